"""What an incremental audit takes from the site's previous run.

A page whose body, WCAG profile and rule packs are those the previous run stored keeps that
run's findings without a browser (checker.audit carries it over); the previous run's ETag and
Last-Modified make the fetch conditional, and a sitemap <lastmod> older than the body it read
skips the fetch. Every answer here is read from the store once per page and kept until the
page is saved, so that an incremental audit gives exactly what `--full` gives.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from pathlib import Path

from checker.content.extract import main_lines
from checker.crawl import CrawlItem, FetchResult
from checker.crawl.fetch import conditional_headers
from checker.model import Evidence, Page, Run
from checker.store.db import Store


def asset_digests(assets: list[tuple[str, str, str]] | None,
                  digest: Callable[[str], str | None]) -> dict[str, str | None] | None:
    """What a rendered page was made of besides its HTML (checker.browser.guard.PageLog
    .assets), URL -> digest of what it answers (Crawler.asset_digest), stored with the page;
    None when that cannot be told again: unknown, too many, or a request that is not a GET
    (asking again would act on the site)."""
    if assets is None or any(method != "GET" for _, method, _ in assets):
        return None
    return {url: digest(url) for url in dict.fromkeys(url for url, _, _ in assets)}


def dom_key(body_hash: str) -> str:
    """The DOM cache's key for a page body: a re-audit whose date moved re-checks the
    content rules on the DOM rendered last time."""
    return f"dom:{body_hash}"


class PreviousRun:
    """The previous run of the site as this run may reuse it (None: a full audit)."""

    lastmod_slack = dt.timedelta(days=1)  # a sitemap's bare date is some time that day

    def __init__(self, store: Store, run: Run | None, profile: str, as_of: dt.date,
                 no_browser: bool) -> None:
        self.store, self.run, self.profile = store, run, profile
        self.no_browser = no_browser
        # The audit date differs from the previous run's: content rules run again.
        self.date_moved = run is not None and run.as_of != as_of.isoformat()
        self._records: dict[str, dict | None] = {}  # previous records of the pages in hand

    def record(self, url: str) -> dict | None:
        """The previous run's record of this page when it may stand for this run's: stored
        under this profile, without error, with its body's hash. Read once per page: kept
        in hand until the page is saved (`forget`)."""
        if self.run is None:
            return None
        if url not in self._records:
            record = self.store.page_record(self.run.id, url)
            usable = (record is not None and record["body_hash"] is not None
                      and record["profile"] == self.profile and not record["page"].error)
            self._records[url] = record if usable else None
        return self._records[url]

    def forget(self, url: str) -> None:
        self._records.pop(url, None)

    def unchanged(self, url: str, body_hash: str | None) -> dict | None:
        """The previous run's record of this page when it stored this body: its findings
        still hold (but for the date's rules)."""
        record = self.record(url)
        return record if record is not None and record["body_hash"] == body_hash else None

    def renders_as_before(self, record: dict, digest: Callable[[str], str]) -> bool:
        """Whether the page's stylesheets, scripts, frames and data answer what they did when
        the previous run rendered it: the same HTML over another stylesheet is another page
        to axe. Without a browser the HTML is all the content rules read."""
        if self.no_browser:
            return True
        assets = record["page"].extra.get("assets")
        if not isinstance(assets, dict):
            return False  # not known: rendered again (every run, for a page that POSTs)
        return all(isinstance(url, str) and digest(url) == old for url, old in assets.items())

    def conditions(self, url: str) -> dict[str, str] | None:
        """If-None-Match / If-Modified-Since for a page the previous run stored with an ETag
        or Last-Modified: a 304 then stands for the same body. Not without the browser when
        the date moved (the date's rules need the page's HTML again)."""
        if self.no_browser and self.date_moved:
            return None
        record = self.record(url)
        if record is None:
            return None
        extra = record["page"].extra
        return conditional_headers(extra.get("etag"), extra.get("last_modified")) or None

    def listed_unchanged(self, item: CrawlItem) -> bool:
        """The sitemap dates the page before the body the previous run read: not asked for
        (the sitemap is trusted; --full asks for everything)."""
        if item.lastmod is None or (self.no_browser and self.date_moved):
            return False
        record = self.record(item.url)
        read = record["page"].extra.get("captured_at") if record is not None else None
        try:
            read_at = dt.datetime.fromisoformat(read) if isinstance(read, str) else None
        except ValueError:
            return False
        return (read_at is not None and read_at.tzinfo is not None
                and item.lastmod + self.lastmod_slack <= read_at)

    def evidence(self, page: Page, fetched: FetchResult, now: str) -> Evidence | None:
        """This run's evidence of an unchanged page: fetched now, its text as read before
        (the same stored blob), so an incremental run keeps what --full would. A previous
        run that kept no evidence leaves the text to read from its stored DOM (or the
        fetched HTML without a browser); None when there is neither."""
        assert self.run is not None
        before = self.store.evidence(page.url, run_id=self.run.id)
        if before is not None and before.body_hash == page.body_hash:
            return Evidence.of(page, before.main_text, now, read_at=before.read_at)
        html = self.html(page, fetched)
        return None if html is None else Evidence.of(page, main_lines(page.url, html), now)

    def html(self, page: Page, fetched: FetchResult) -> str | None:
        """The page as the content rules read it last time: the DOM rendered then (the
        fetched HTML without a browser); None when the cache no longer has it."""
        if self.no_browser:
            return fetched.text
        return self.store.get_dom(dom_key(page.body_hash or ""))

    def copy_screenshot(self, relative: str | None, out_dir: Path) -> str | None:
        """Reports are self-contained folders: bring the earlier run's screenshot along."""
        old_dir = self.run.options.get("out_dir") if self.run else None
        if not relative or not old_dir:
            return None
        source, target = Path(old_dir) / relative, out_dir / relative
        if source.resolve() != target.resolve():
            if not source.is_file():
                return None
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return relative


def settled_last_modified(fetched: FetchResult) -> str | None:
    """The page's Last-Modified when it can vouch for the body: a second or more before the
    response's Date (RFC 9110, 8.8.2.2). Times are to the second, so a page changed again
    within the second it was sent in would otherwise answer 304 with a body we never read."""
    value = fetched.header("Last-Modified")
    if not value:
        return None
    try:
        modified = parsedate_to_datetime(value)
        date = fetched.header("Date")
        sent = parsedate_to_datetime(date) if date else dt.datetime.now(dt.UTC)
    except (TypeError, ValueError):
        return None
    if modified.tzinfo is None or sent.tzinfo is None:
        return None  # not an HTTP date (those are GMT)
    return value if modified <= sent - dt.timedelta(seconds=1) else None
