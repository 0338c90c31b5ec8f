"""The pipeline: crawl -> fetch -> (render + axe) -> content rules -> store, page by page.

Worker threads each take a URL from the crawl frontier, fetch it, load it in their own
browser session, run axe and the content rules on the one rendered DOM, store the page with
its findings, and hand the links they found back to the frontier.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checker import __version__
from checker.browser import BrowserPool
from checker.config import AuditConfig
from checker.content import ContentEngine
from checker.crawl import CrawlItem, Crawler, FetchResult, extract_links
from checker.model import Finding, Page, Run
from checker.render import Rendered, render_with_retry
from checker.store import Store
from checker.wcag import axe_version, findings_from_axe


class AuditCannotRun(RuntimeError):
    """The audit could not start or reached nothing: exit code 3."""


@dataclass
class AuditResult:
    run: Run
    store: Store
    out_dir: Path
    start_urls: list[str]
    crawl_stats: dict = field(default_factory=dict)


ProgressFn = Callable[[str, Page], None]


def default_out_dir(site: str, when: dt.datetime) -> Path:
    safe = "".join(c if c.isalnum() or c in "-." else "-" for c in site)[:80] or "site"
    return Path("reports") / f"{safe}-{when.strftime('%Y%m%d-%H%M%S')}"


def profile_key(config: AuditConfig, engine: ContentEngine, axe: str | None) -> str:
    """What a page's findings depend on besides its body: if this and the body hash are
    unchanged, the stored findings still hold."""
    parts = {
        "axe": axe,
        "wcag": [config.wcag_version, config.level, config.best_practices,
                 sorted(config.axe_rules), sorted(config.disable_axe_rules)],
        "rules": engine.version,
        "as_of": config.as_of.isoformat(),
        "browser": not config.no_browser,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


class Audit:
    """One run of the pipeline over one site."""

    def __init__(self, config: AuditConfig, progress: ProgressFn | None = None,
                 log: Callable[[str], None] | None = None):
        self.config = config.validate()
        self.engine = ContentEngine(config)
        self.progress = progress or (lambda event, page: None)
        self.log = log or (lambda message: None)
        self.axe_version = None if config.no_browser else axe_version(config)
        self.profile = profile_key(config, self.engine, self.axe_version)
        self._reached_start = threading.Event()

    def run(self) -> AuditResult:
        config = self.config
        started = dt.datetime.now(dt.UTC)
        with Crawler(config, log=self.log) as crawler:
            out_dir = config.out or default_out_dir(crawler.site, started)
            out_dir.mkdir(parents=True, exist_ok=True)
            store = Store(config.db or out_dir / "audit.sqlite")
            run = Run(
                id=started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6],
                site=crawler.site,
                started=started.isoformat(timespec="seconds"),
                tool_version=__version__,
                axe_version=self.axe_version,
                as_of=config.as_of.isoformat(),
                options=config.public_options() | {"start_urls": crawler.start_urls},
            )
            previous = store.latest_run(crawler.site) if not config.full else None
            store.start_run(run)
            self.store, self.run_id, self.previous = store, run.id, previous
            self.out_dir = out_dir
            if config.no_browser:
                self._work(crawler, None)
            else:
                with BrowserPool(config) as pool:
                    self._run_workers(crawler, pool)
            self._site_rules(crawler.start_urls)
            if not self._reached_start.is_set():
                run.status = "failed"
                run.finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                store.finish_run(run)
                raise AuditCannotRun(
                    f"start URL unreachable: {', '.join(crawler.start_urls)}"
                    f" ({self._start_error or 'no response'})"
                )
            run.status = "finished"
            run.finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            store.finish_run(run)
            return AuditResult(run, store, out_dir, crawler.start_urls, dict(crawler.stats))

    _start_error: str | None = None

    def _run_workers(self, crawler: Crawler, pool: BrowserPool) -> None:
        errors: list[BaseException] = []

        def worker() -> None:
            try:
                self._work(crawler, pool)
            except BaseException as exc:  # surfaced after join: a worker bug must not hang
                errors.append(exc)

        threads = [threading.Thread(target=worker, name=f"audit-{i}", daemon=True)
                   for i in range(self.config.workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]

    def _work(self, crawler: Crawler, pool: BrowserPool | None) -> None:
        while (item := crawler.claim(timeout=None)) is not None:
            try:
                self._audit_item(crawler, pool, item)
            finally:
                crawler.release(item)

    def _audit_item(self, crawler: Crawler, pool: BrowserPool | None, item: CrawlItem) -> None:
        fetched = crawler.fetch(item)
        page = Page(
            url=fetched.url,
            final_url=fetched.final_url,
            status=fetched.status,
            error=fetched.error,
            content_type=fetched.content_type,
            body_hash=fetched.body_hash,
            depth=item.depth,
            referrer=item.referrer,
            canonical=fetched.canonical,
            kind=fetched.kind if fetched.kind in ("document", "broken") else "page",
        )
        if item.depth == 0 and fetched.status is not None:
            self._reached_start.set()
        elif item.depth == 0 and self._start_error is None:
            self._start_error = fetched.error
        if page.error or fetched.kind != "page" or fetched.text is None:
            self._save(page, [], {})
            return
        if self._carry_over(crawler, item, page):
            return
        if pool is None:
            rendered = Rendered(fetched.url, fetched.final_url, "", fetched.text,
                                extract_links(fetched.text, fetched.final_url))
        else:
            rendered = render_with_retry(pool, fetched.final_url, self.config)
        self._finish_page(crawler, item, page, fetched, rendered)

    def _finish_page(self, crawler: Crawler, item: CrawlItem, page: Page, fetched: FetchResult,
                     rendered: Rendered) -> None:
        if rendered.error:
            page.error = rendered.error
            self._save(page, [], {})
            return
        page.rendered = pool_used = rendered.axe is not None
        findings: list[Finding] = []
        if pool_used:
            findings += findings_from_axe(page.url, rendered.axe or {})
        verdict = self.engine.check_page(page.url, rendered.html, status=page.status)
        findings += verdict.findings
        page.title = rendered.title or _title_from(verdict.facts)
        if rendered.screenshot_png:
            page.screenshot = self._write_screenshot(page.url, rendered.screenshot_png)
        facts = dict(verdict.facts) | {"_links": rendered.links}
        self._save(page, findings, facts)
        crawler.discover(item, rendered.final_url, rendered.links)

    def _carry_over(self, crawler: Crawler, item: CrawlItem, page: Page) -> bool:
        """An unchanged page (same body, same profile) keeps its earlier findings."""
        if self.previous is None or page.body_hash is None:
            return False
        record = self.store.page_record(self.previous.id, page.url)
        if (record is None or record["body_hash"] != page.body_hash
                or record["profile"] != self.profile or record["page"].error):
            return False
        old = record["page"]
        page.title, page.rendered, page.carried_over = old.title, old.rendered, True
        page.screenshot = old.screenshot
        findings = list(self.store.iter_findings(self.previous.id, page.url))
        for finding in findings:
            finding.carried_over = True
        self._save(page, findings, record["facts"])
        crawler.discover(item, page.final_url or page.url, record["facts"].get("_links", []))
        return True

    def _save(self, page: Page, findings: list[Finding], facts: dict) -> None:
        self.store.save_page(self.run_id, page, findings, profile=self.profile, facts=facts)
        self.progress("page", page)

    def _write_screenshot(self, url: str, png: bytes) -> str:
        name = hashlib.sha256(url.encode()).hexdigest()[:16] + ".jpg"
        folder = self.out_dir / "screenshots"
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(png)
        return f"screenshots/{name}"

    def _site_rules(self, start_urls: list[str]) -> None:
        facts = self.store.page_facts(self.run_id)
        findings = self.engine.check_site(facts, start_urls)
        if findings:
            self.store.add_findings(self.run_id, start_urls[0], findings)


def _title_from(facts: dict) -> str | None:
    title = facts.get("title")
    return title if isinstance(title, str) else None
