"""A response to what it means for the audit: a page to audit, a document, a broken link,
or a page that could not be audited and why."""

from __future__ import annotations

import html
import re
from http import HTTPStatus

from checker.crawl.fetch import Hop
from checker.crawl.items import CrawlItem, FetchResult
from checker.crawl.links import decode_html, find_canonical, looks_binary
from checker.crawl.scope import normalize_url
from checker.crawl.transport import Transfer

# Response headers that may carry session secrets into a report.
SECRET_HEADERS = frozenset({"set-cookie", "authorization", "proxy-authenticate", "cookie"})

# 4xx answers that do not say "no such page" but "not you" or "not now" (lost auth, a proxy,
# a timeout, throttling): the page exists and could not be audited, like a 5xx.
NOT_BROKEN_4XX = frozenset({401, 403, 407, 408, 429})


def is_broken_link_status(status: int) -> bool:
    """A status that makes a link broken (404, 410, 400...): the link is wrong, not the
    server. 401/403/429 and 5xx are pages that could not be audited instead."""
    return 400 <= status < 500 and status not in NOT_BROKEN_4XX


def fetch_result(item: CrawlItem, transfer: Transfer, requested: bool = False,
                 conditional: bool = False) -> FetchResult:
    """The FetchResult of one claimed item. A `requested` page (a start URL or a URL-list
    entry) that answers an error is a page that could not be audited, never a broken link:
    the user asked for it. A 304 is "not modified" only to a `conditional` request."""
    hop = transfer.hop
    if hop is None:
        return failure(item, transfer.url, transfer.redirects, transfer.error or "no response",
                       transfer.status)  # fmt: skip
    if conditional and hop.status == 304 and not transfer.redirects:
        return FetchResult(item=item, url=item.url, final_url=hop.url, status=304,
                           content_type=None, headers=_safe_headers(hop.headers), text=None,
                           body_hash=None, error=None, kind="page", not_modified=True)
    result = _from_response(item, hop, transfer.redirects)
    if result.kind == "broken" and requested:
        result.kind = "page"
    if requested and result.text is not None and says_unavailable(result.text):
        # The site's maintenance or coming-soon page, answered 200 for the page the user
        # named: auditing it would pass the site on a placeholder.
        result.error = f"{UNAVAILABLE} (HTTP {hop.status})"
        result.text = None
    return result


def failure(item: CrawlItem, url: str, redirects: list[str], reason: str,
            status: int | None = None) -> FetchResult:
    """A page that could not be fetched: `url` is where it failed."""
    return FetchResult(
        item=item, url=item.url, final_url=url, status=status, content_type=None,
        headers={}, text=None, body_hash=None, error=reason, kind="page",
        redirects=redirects,
    )  # fmt: skip


def _from_response(item: CrawlItem, hop: Hop, redirects: list[str]) -> FetchResult:
    content_type = hop.header("Content-Type")
    result = FetchResult(
        item=item, url=item.url, final_url=hop.url, status=hop.status,
        content_type=content_type, headers=_safe_headers(hop.headers), text=None,
        body_hash=hop.body_hash, error=None, kind="page", redirects=redirects,
    )  # fmt: skip
    if hop.status >= 400:
        result.kind = "broken" if is_broken_link_status(hop.status) else "page"
        result.error = _status_reason(hop)
        return result
    if not 200 <= hop.status < 300:
        result.error = f"HTTP {hop.status} (not a page and not a redirect we can follow)"
        return result
    body = hop.body
    if body is None or (content_type is None and not _sniff_html(body)):
        result.kind = "document"
        return result
    if looks_binary(body, content_type):
        result.error = f"binary content served as {content_type or 'HTML'}"
        return result
    text, warnings = decode_html(body, content_type)
    if not text.strip():
        # A "white screen" (a PHP fatal error, a broken build): nothing to audit, and a page
        # of no content would pass every rule.
        result.error = f"empty response: HTTP {hop.status} with no content"
        return result
    if says_not_found(text):
        # A "soft 404": the server answers 2xx with its not-found page. Audited, it is a clean
        # page, and as the start URL a PASSED run of a site nobody looked at.
        result.kind = "broken"
        result.error = f"{SOFT_404} (HTTP {hop.status})"
        return result
    result.text = text
    result.body, result.sets_cookies = body, hop.header("Set-Cookie") is not None
    result.warnings = warnings
    canonical = find_canonical(text, hop.url)
    if canonical is not None:
        try:
            result.canonical = normalize_url(canonical)
        except ValueError:
            result.canonical = canonical[:2048]
    return result


SOFT_404 = "soft 404: the page's title or first heading says it was not found"
# A not-found page's title or first heading, as CMSs and hosts word it: "404", "Error 404",
# "Page not found – Clinic", "Oops! That page can't be found." (WordPress), "404 | Clinic" (Wix).
_NOT_FOUND = re.compile(
    # "404" alone or before a separator, never a name: "404 Chiropractic" (Atlanta's area
    # code), "404 Elm Ave Clinic"
    r"^\W*(?:error\s*)?404\s*(?:$|[|:.!\u00b7\u2022\u2013\u2014-])"
    r"|\b404\W{1,3}(?:error|page|not\s+found)\b|\b(?:error|http)\W{0,3}404\b"
    r"|^\W*(?:page|file|url|content|post)?\s*not\s+found\b"
    r"|\b(?:page|url|file)\s+(?:was\s+)?not\s+found\b"
    r"|\bpage\s+(?:you\s+(?:requested|are\s+looking\s+for|were\s+looking\s+for)\s+)?"
    r"(?:can\W?t|cannot|could\s*n\W?t|could\s+not)\s+be\s+found\b"
    r"|\bpage\s+(?:does\s*n\W?t|does\s+not|no\s+longer)\s+exists?\b",
    re.IGNORECASE)
_TITLE_OR_H1 = re.compile(r"<(title|h1)\b[^>]*>(.{0,300}?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


UNAVAILABLE = ("the site's placeholder: the page's title or first heading says it is a "
               "maintenance, coming-soon, parked-domain or web server default page")
# A placeholder's title or first heading, as maintenance plugins, web servers and hosts word
# it: "Under Maintenance", "Coming Soon", "Welcome to nginx!", "Index of /", "Account Suspended".
_UNAVAILABLE = re.compile(
    r"^\W*(?:(?:site|website|we\W?re|we\s+are)\s+)?(?:(?:currently|temporarily)\s+)?"
    r"(?:under\s+(?:maintenance|construction)|down\s+for\s+maintenance|"
    r"(?:in\s+)?maintenance\s+mode|coming\s+soon|launching\s+soon)\b"
    r"|\b(?:briefly\s+unavailable\s+for\s+scheduled\s+maintenance|"
    r"(?:site|website)\s+(?:is\s+)?(?:currently\s+)?(?:under\s+(?:maintenance|construction)|"
    r"down\s+for\s+maintenance|coming\s+soon))\b"
    # a server with no site on it yet, a directory listing, a parked or suspended domain
    r"|^\W*(?:welcome\s+to\s+nginx|apache2?\s+\w+\s+default\s+page|it\s+works!?\W*$|"
    r"test\s+page\s+for\s+the\s+(?:apache|nginx)|iis\s+windows\s+server|"
    r"index\s+of\s+/|account\s+suspended|(?:this\s+)?domain\s+(?:is\s+)?"
    r"(?:parked|for\s+sale))",
    re.IGNORECASE)


def says_unavailable(text: str) -> bool:
    """Whether a page's title or first heading says the site is a placeholder (maintenance
    mode, coming soon). "Our new clinic opens soon" in a heading is a page."""
    return any(_UNAVAILABLE.search(head) for head in _heads(text))


def _heads(text: str) -> list[str]:
    """The page's title and first h1, as plain text."""
    heads: dict[str, str] = {}
    for match in _TITLE_OR_H1.finditer(text[:65536]):
        heads.setdefault(match.group(1).lower(), match.group(2))
        if len(heads) == 2:
            break
    return [" ".join(html.unescape(_TAG.sub(" ", head)).split()) for head in heads.values()]


def says_not_found(text: str) -> bool:
    """Whether a 2xx page's title or first heading says the page was not found. Only those
    two: a clinic page may well say "not found" in its text."""
    return any(_NOT_FOUND.search(head) for head in _heads(text))


def _safe_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in SECRET_HEADERS}


def _status_reason(hop: Hop) -> str:
    reason = f"HTTP {hop.status}"
    try:
        reason += f" {HTTPStatus(hop.status).phrase}"
    except ValueError:
        pass
    if "retry_after" in hop.extra:
        reason += f" (Retry-After {hop.extra['retry_after']} s is longer than we wait)"
    return reason


def _sniff_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--"))
