"""WordPress pages: is this page served by WordPress, and which post or page is it?

Web staff fix a finding in the editor, not on the live page: when a page says it is
WordPress (its generator meta, `wp-content`/`wp-includes` asset URLs, a `postid-N` or
`page-id-N` body class, a shortlink `?p=N`), each finding on it links to
`wp-admin/post.php?post=N&action=edit` of the WordPress install on the page's origin. The
post id comes from the body class or the shortlink; a WordPress page without one (an archive,
the blog index) gets no link. The install may live in a folder (`/blog/`): its REST API link,
its RSD link, the shortlink or its own `wp-includes` scripts name that folder, when they are on
the page's origin (a CDN's copy says nothing about the editor). Read once per page from the
parsed document (checker.content.engine's facts).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

from lxml import etree

_BODY_CLASS = re.compile(r"^(?:postid|page-id)-(\d{1,12})$")
_ASSET_PATH = re.compile(r"/wp-(?:content|includes)/")
_ID = re.compile(r"^\d{1,12}$")
EDIT_PATH = "wp-admin/post.php"  # under the install's folder
ROOT_CAP = 200  # characters of an install folder taken from a page (the page is untrusted)
# Where the install's folder shows, in the order they are trusted: the path before the marker.
_ROOT_SOURCES = (("link", "https://api.w.org/", "wp-json/"), ("link", "edituri", "xmlrpc.php"),
                 ("link", "shortlink", ""), ("script", None, "wp-includes/"))


def wordpress_post_id(tree: etree._Element) -> int | None:
    """The post id of a WordPress page, or None when the page is not WordPress or names no
    post (body class first: it is the rendered post; the shortlink may be a theme's)."""
    if not _is_wordpress(tree):
        return None
    return _body_class_id(tree) or _shortlink_id(tree)


def edit_url(page_url: str, post_id: int, root: str = "/") -> str | None:
    """The WordPress editor of `post_id` in the install at `root` (a folder of the page's
    origin) on the page's origin (no user:password@ kept)."""
    parts = urlsplit(page_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, netloc, _folder(root) + EDIT_PATH,
                       f"post={post_id}&action=edit", ""))


def wordpress_root(tree: etree._Element, page_url: str) -> str:
    """The folder of the WordPress install serving the page ("/" unless a link or script of
    the page's own origin names another)."""
    home = _origin(page_url)
    if home is None:
        return "/"
    for tag, rel, marker in _ROOT_SOURCES:
        for el in tree.iter(tag):
            if rel is not None and rel not in (el.get("rel") or "").lower().split():
                continue
            try:  # the page's own markup: "http://[oops" is not a URL
                found = urlsplit(urljoin(page_url, (el.get("href") or el.get("src") or "")
                                         .strip()))
            except ValueError:
                continue
            if _origin(found.geturl()) != home:
                continue
            path = found.path
            at = path.find("/" + marker) if marker else path.rfind("/")
            if at >= 0:
                return _folder(path[:at + 1])
    return "/"


def _origin(url: str) -> str | None:
    # Imported here (perf49): checker.crawl's package imports the crawler and its HTTP
    # client (requests, urllib3: ~0.4 CPU-s), which a process that only checks pages (the
    # corpus scorers, the test workers, a script using ContentEngine) never uses; only a
    # WordPress post's page asks for its origin.
    from checker.crawl.scope import origin

    try:
        return origin(url)
    except ValueError:  # not an http(s) URL, a port that is not a number
        return None


def _folder(path: str) -> str:
    """A path as an install folder: from "/" to "/", no dot segments, capped; else "/"."""
    if (not path.startswith("/") or len(path) > ROOT_CAP or "/../" in path or "/./" in path
            or any(c in path for c in "?#\\ ") or not path.isprintable()):
        return "/"
    return path if path.endswith("/") else path + "/"


def _is_wordpress(tree: etree._Element) -> bool:
    for meta in tree.iter("meta"):
        if ((meta.get("name") or "").strip().lower() == "generator"
                and (meta.get("content") or "").strip().lower().startswith("wordpress")):
            return True
    if _body_class_id(tree) is not None or _shortlink_id(tree) is not None:
        return True
    for el in tree.iter("link", "script", "img", "style"):
        if _ASSET_PATH.search(el.get("href") or el.get("src") or ""):
            return True
    return False


def _body_class_id(tree: etree._Element) -> int | None:
    body = next(tree.iter("body"), None)
    if body is None:
        return None
    for token in (body.get("class") or "").split():
        match = _BODY_CLASS.match(token)
        if match:
            return int(match.group(1))
    return None


def _shortlink_id(tree: etree._Element) -> int | None:
    for link in tree.iter("link"):
        if "shortlink" not in (link.get("rel") or "").lower().split():
            continue
        values = parse_qs(urlsplit(link.get("href") or "").query).get("p", [])
        if values and _ID.match(values[0]):
            return int(values[0])
    return None
