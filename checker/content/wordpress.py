"""WordPress pages: is this page served by WordPress, and which post or page is it?

Web staff fix a finding in the editor, not on the live page: when a page says it is
WordPress (its generator meta, `wp-content`/`wp-includes` asset URLs, a `postid-N` or
`page-id-N` body class, a shortlink `?p=N`), each finding on it links to
`/wp-admin/post.php?post=N&action=edit` on the page's origin. The post id comes from the
body class or the shortlink; a WordPress page without one (an archive, the blog index) gets
no link. Read once per page from the parsed document (checker.content.engine's facts).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit, urlunsplit

from lxml import etree

_BODY_CLASS = re.compile(r"^(?:postid|page-id)-(\d{1,12})$")
_ASSET_PATH = re.compile(r"/wp-(?:content|includes)/")
_ID = re.compile(r"^\d{1,12}$")
EDIT_PATH = "/wp-admin/post.php"


def wordpress_post_id(tree: etree._Element) -> int | None:
    """The post id of a WordPress page, or None when the page is not WordPress or names no
    post (body class first: it is the rendered post; the shortlink may be a theme's)."""
    if not _is_wordpress(tree):
        return None
    return _body_class_id(tree) or _shortlink_id(tree)


def edit_url(page_url: str, post_id: int) -> str | None:
    """The WordPress editor of `post_id` on the page's origin (no user:password@ kept)."""
    parts = urlsplit(page_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, netloc, EDIT_PATH, f"post={post_id}&action=edit", ""))


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
