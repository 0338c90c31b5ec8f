"""What the crawl hands to the pipeline: an item to process and the result of fetching it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class CrawlItem:
    url: str  # normalized
    depth: int
    referrer: str | None = None
    lastmod: dt.datetime | None = None  # a sitemap's <lastmod> for it (UTC)
    # The order the frontier handed it out in (Frontier.claim), so that its links join the
    # queue in that order whichever page finishes first (Crawler.discover).
    claim_seq: int | None = field(default=None, compare=False, repr=False)


@dataclass
class FetchResult:
    item: CrawlItem
    url: str  # normalized requested URL
    final_url: str  # after redirects
    status: int | None
    content_type: str | None
    headers: dict[str, str]
    text: str | None  # decoded HTML; None unless kind == "page" and no error
    body_hash: str | None  # sha256 of the (decoded-transfer) body bytes
    error: str | None  # why the page could not be fetched or audited
    kind: str  # "page", "document" or "broken"
    redirects: list[str] = field(default_factory=list)
    canonical: str | None = None
    # Problems that did not stop the audit (invalid UTF-8 replaced, unknown charset...).
    warnings: list[str] = field(default_factory=list)
    # 304 to a conditional request: the page is what the previous run stored (no body read)
    not_modified: bool = False
    # The page's body as received (transfer encoding undone), for the browser to render
    # instead of downloading it again (checker.browser.guard.HandedDocument); None unless
    # `text` is set.
    body: bytes | None = field(default=None, repr=False)
    sets_cookies: bool = False  # the response set cookies (the browser must get them itself)

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)

    @property
    def ok(self) -> bool:
        """An HTML page that can be audited."""
        return self.kind == "page" and self.error is None and self.text is not None
