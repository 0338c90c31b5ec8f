"""The pipeline: crawl -> fetch -> (render + axe) -> content rules -> store, page by page.

Fetch threads take URLs from the crawl frontier and fetch them ahead of the browser threads
(checker/flow.py), which load each page in their own browser session, run axe on it while the
content rules read the same rendered DOM, store the page with its findings, and hand the links
they found back to the frontier.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from checker import __version__, timing
from checker.browser.agreement import BrowserChecks, disagreement
from checker.browser.engines import engine_findings, engine_versions
from checker.browser.guard import TRACKER_URL_PATTERNS, RequestPolicy
from checker.browser.locate import locate_sentences
from checker.browser.login import LoginFailed, crawler_login, session_login
from checker.browser.pool import BrowserPool, Session, check_browser_installed
from checker.browser.render import PageInput, Rendered, render_with_retry
from checker.browser.sizing import fetcher_count, session_count
from checker.browser.viewport import DEFAULT_VIEWPORT, parse_viewport
from checker.browser.wcag import axe_version, findings_from_axe
from checker.configfile import DEFAULT_DB, DEFAULT_REPORTS_DIR
from checker.content import ContentEngine, ContentEngineOnDemand
from checker.content.pool import ContentPool, PageWork
from checker.content.wordpress import edit_url
from checker.crawl import Crawler, CrawlItem, FetchResult
from checker.crawl.loginpage import login_page_reason, login_wall_reason
from checker.crawl.responses import SOFT_404, says_not_found
from checker.crawl.scope import normalize_url, without_userinfo
from checker.flow import FetchAhead
from checker.gate.policy import Policies
from checker.model import Evidence, Finding, Page, PageFailure, Run, cap_per_rule
from checker.pipeline import DaemonThreads, LazyBrowser, Prepared
from checker.report.site_index import site_slug
from checker.reuse import PreviousRun, asset_digests, dom_key, settled_last_modified
from checker.settings import AuditConfig, ConfigError, CrawlSettings
from checker.settings.login import LoginScript, login_script
from checker.settings.secrets import Redactor
from checker.store.db import Store, StoredFacts
from checker.timing import timed


class AuditCannotRun(RuntimeError):
    """The audit could not start or reached nothing: exit code 3."""


@dataclass
class AuditResult:
    """The finished pipeline; checker.outcome turns it into the audit's Outcome."""

    run: Run
    store: Store
    out_dir: Path
    start_urls: list[str]
    cannot_run: str | None = None  # pages were fetched, none audited: exit 3 after the reports


@dataclass
class _ToRender:
    """A fetched page waiting for a browser."""

    item: CrawlItem
    page: Page
    fetched: FetchResult
    fetched_at: float  # time.perf_counter(): how long it waited is the "wait" stage


class _ContentAhead:
    """The content rules of one page, asked for (checker.content.pool) from the content thread
    as soon as the rendered DOM is read, while the browser runs axe and takes the screenshot
    in its own processes. The work is for the exact DOM the page ended on: a page that
    navigated is checked again on its new DOM."""

    def __init__(self, pool: ContentPool, page: Page, thread: ThreadPoolExecutor,
                 redactor: Redactor | None = None) -> None:
        self.pool, self.page, self.thread = pool, page, thread
        # the rules read the DOM without the user's secrets a page may show back
        self.redact = redactor.text if redactor else (lambda html: html)
        self._html: str | None = None  # the DOM as given (its redacted copy is checked)
        self._future: Future[PageWork] | None = None
        self._located: str | None = None  # the DOM whose sentences have their boxes

    def _check(self, html: str) -> PageWork:
        with timed(self.page.url, "content"):
            return self.pool.check_page(self.page.url, html, status=self.page.status)

    def start(self, html: str) -> None:
        self._html, self._future = html, self.thread.submit(self._check, self.redact(html))

    def work(self, html: str) -> PageWork:
        if self._future is None or self._html != html:
            self.start(html)
        assert self._future is not None
        return self._future.result()

    def finding_boxes(self, session: Session, axe: dict[str, Any]
                      ) -> list[dict[str, Any]] | None:
        """What the page's screenshot must show: the boxes of axe's nodes and of the content
        findings' sentences (located now, while the session shows the page, so the picture
        can be of the part that holds them); None for a page with no finding to outline."""
        nodes = [node for kind in ("violations", "incomplete") for rule in axe.get(kind) or []
                 for node in rule.get("nodes") or []]
        boxes = [node["bbox"] for node in nodes if isinstance(node.get("bbox"), dict)]
        verdict = self._future.result().verdict if self._future is not None else None
        if verdict is None:
            return boxes  # the rules failed here (or never ran): the page from its top
        if verdict.findings:
            self.locate(session)
            boxes += [f.bbox for f in verdict.findings if isinstance(f.bbox, dict)]
        return boxes if nodes or verdict.findings else None

    def locate(self, session: Session) -> None:
        """Each content finding's sentence box on the page the session shows (once per DOM)."""
        if self._future is None or self._located == self._html:
            return
        verdict = self._future.result().verdict
        if verdict is not None:
            with timed(self.page.url, "locate"):
                locate_sentences(session, verdict.findings)
        self._located = self._html

    def done(self, html: str) -> PageWork | None:
        """The work already asked for on this DOM, else None."""
        if self._future is None or self._html != html:
            return None
        return self._future.result()


ProgressFn = Callable[[str, Page], None]
LogFn = Callable[[str], None]


def default_out_dir(site: str, when: dt.datetime) -> Path:
    """reports/<site>/<YYYYmmdd-HHMMSS>/: the site folder also gets latest/ and an index of
    every run (checker/report/site_index.py)."""
    return DEFAULT_REPORTS_DIR / site_slug(site) / when.strftime("%Y%m%d-%H%M%S")


def site_name(config: AuditConfig, crawler: Crawler) -> str:
    """The site's name in history: --site / the config's site, else the start URL's host,
    with its port when not the default (two local servers are two sites), else the folder's
    name."""
    if config.site or not crawler.start_urls or crawler.site != urlsplit(
            crawler.start_urls[0]).hostname:
        return crawler.site
    parts = urlsplit(crawler.start_urls[0])
    return parts.netloc.rsplit("@", 1)[-1] or crawler.site


def profile_key(config: AuditConfig, rules_version: str, axe: str | None,
                engines: dict[str, str] | None = None) -> str:
    """What a page's findings depend on besides its body: if this and the body hash are
    unchanged, the stored findings still hold (an incremental run finds what --full does)."""
    parts = {
        "tool": __version__,
        "axe": axe,
        "wcag": [config.wcag_version, config.level, config.best_practices,
                 sorted(config.axe_rules), sorted(config.disable_axe_rules)],
        "rules": rules_version,
        # which WCAG engines ran, at which versions (only when more than axe, so that
        # axe-only runs keep the key they had before engines could be chosen)
        **({"engines": engines} if engines and set(engines) != {"axe"} else {}),
        # not the audit date: that would make every nightly run a full one; when only the
        # date moved, _carry_over runs the (date-dependent) content rules again
        "browser": not config.no_browser,
        # what the browser shows besides the body: the viewport (media queries, contrast,
        # target size) and the third-party scripts it lets run. Only when not the default,
        # so that default runs keep the key they had before these counted.
        **({"viewport": parse_viewport(config.viewport).metrics()}
           if parse_viewport(config.viewport) != parse_viewport(DEFAULT_VIEWPORT) else {}),
        **({} if config.block_trackers else {"block_trackers": False}),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


class Audit:
    """One run of the pipeline over one site."""

    def __init__(self, config: AuditConfig, policies: Policies | None = None,
                 progress: ProgressFn | None = None, log: LogFn | None = None):
        self.config = config.validate()
        self.engine = ContentEngineOnDemand(config.content)
        self.progress = progress or (lambda event, page: None)
        self.log = log or (lambda message: None)
        self.axe_version = None if config.no_browser else axe_version(config.axe)
        self.browser_settings = config.browser_stage  # the browser stage's slice
        self.engine_versions = ({} if config.no_browser
                                else engine_versions(config, self.axe_version))
        self.profile = profile_key(config, self.engine.version, self.axe_version,
                                   self.engine_versions)
        # baseline and waivers: read once, before the crawl (checker.outcome.prepare)
        self.policies = (policies if policies is not None
                         else Policies.load(config.gate, config.as_of))
        self._checkpoint_lock = threading.Lock()
        self._unasked = 0  # pages not requested: their sitemap lastmod says unchanged
        # what each page rendered this run loaded (checker.reuse), digested after the pages
        self._page_assets: dict[str, list[tuple[str, str, str]] | None] = {}
        self._saved_since_checkpoint = 0
        self._checkpointed = 0  # URLs the last frontier checkpoint wrote
        self.login = checked_login(config)
        self.login_outcome: str | None = None  # how the crawler's login went, for the run
        # the thread that waits for each page's content rules while axe runs (browser)
        self._content_thread: ThreadPoolExecutor | None = None
        # hand the browser the crawler's copy of each page, or compare the two
        self.browser_checks = BrowserChecks(handing_over=self.login is None)
        self._browser_count = 1  # browser threads: chosen when the workers start
        self._prestarted = threading.Event()  # the other sessions are starting
        # Set once the pages are rendered: the sessions quitting behind the audit (join it to
        # wait for Chromium to be gone; the interpreter does at exit).
        self.browser_closing: threading.Thread | None = None

    def run(self) -> AuditResult:
        config = self.config
        started = dt.datetime.now(dt.UTC)
        store = Store(config.db or DEFAULT_DB)
        # The crawler logs in before it reads robots.txt and sitemaps (a staging site's
        # sitemap is behind its login too).
        ready = self._log_in_crawler if self.login is not None else None
        with Crawler(crawl_settings(config, self.login), log=self.log, ready=ready) as crawler:
            run, resumed = self._open_run(store, crawler, started)
            try:
                self._audit_pages(crawler)
            except BaseException:
                # Ctrl-C or a crash: the pages so far are stored; --resume carries on
                _close(store, run, "interrupted")
                raise
            return self._conclude(store, run, crawler, resumed)

    def _open_run(self, store: Store, crawler: Crawler, started: dt.datetime
                  ) -> tuple[Run, bool]:
        """A new run, or (--resume) the interrupted one with its frontier; its report folder,
        and the previous run an incremental audit reuses. Returns (run, resumed)."""
        config = self.config
        site = site_name(config, crawler)
        run = self._resumable_run(store, site) if config.resume else None
        resumed = run is not None
        if run is None:
            run = self._new_run(crawler, site, started)
        out_dir = Path(config.out or run.options.get("out_dir")
                       or default_out_dir(site, started))
        out_dir.mkdir(parents=True, exist_ok=True)
        run.options |= {"out_dir": str(out_dir)}
        previous = None if config.full else store.latest_run(site, exclude=run.id)
        self.store, self.run_id, self.previous = store, run.id, previous
        self.reuse = PreviousRun(store, previous, self.profile, config.as_of,
                                 config.no_browser)
        self.out_dir = out_dir
        if resumed:
            store.reopen_run(run)
            self._restore(crawler, store, run.id)
        else:
            store.start_run(run)
        return run, resumed

    def _audit_pages(self, crawler: Crawler) -> None:
        """Every page of the crawl fetched, rendered (unless --no-browser), checked and
        stored."""
        config = self.config
        # With local browsers the cores are theirs: the content rules run on a thread beside
        # axe (measured on 2 cores: worker processes cost more CPU than they save); without a
        # browser, or with a Selenium Grid, they get the processes.
        processes = (config.content_processes
                     if config.no_browser or config.webdriver_url else 0)
        with ContentPool(self.engine, processes) as self.content:
            if config.no_browser:
                self._run_fetchers(crawler)
                return
            prepare = session_login(self.login) if self.login else None
            check_browser_installed(self.browser_settings)  # before any fetch
            browser = LazyBrowser(lambda: BrowserPool(
                self.browser_settings, prepare=prepare,
                policy=browser_policy(config, crawler)))
            if self.previous is None:
                # Every page will be rendered: the first session starts while the crawl reads
                # robots.txt, sitemaps and the first page. Not for a re-audit: there it would
                # spend a Chromium start (about 1.5 CPU-s) on every unchanged re-audit, beside
                # its crawl, to save a changed one only the crawl up to its first changed page
                # (about 40 ms on bench/incremental.py's site; bench/README.md, "Third round").
                browser.start_early()
            with browser, ThreadPoolExecutor(1, thread_name_prefix="content") as thread:
                self._content_thread = thread
                # while the first browser starts: what the rules load on first use
                thread.submit(warm_up, self.engine)
                self._run_workers(crawler, browser)
                # Chromium quits while the site rules, gate and reports run (0.4-0.7 s a
                # session); an interrupted audit waits for it (the with block's exit closes it
                # then).
                self.browser_closing = browser.close_in_background()

    def _conclude(self, store: Store, run: Run, crawler: Crawler, resumed: bool
                  ) -> AuditResult:
        """After the pages: site rules, the gate's marks, the run's bookkeeping; an audit
        that read no page at all cannot run (exit 3, before any report)."""
        problem = nothing_audited(store, run.id, crawler.start_urls)
        if problem is not None and not answered_any_page(store, run.id):
            _close(store, run, "failed")
            raise AuditCannotRun(problem)
        self._record_linked_from(store, run.id)
        self._record_asset_digests(store, run.id, crawler)
        if problem is None:  # site rules judge audited pages; with none, they'd only mislead
            self._site_rules(crawler.start_urls)
        self.policies.apply(store, run.id)
        run.options |= self._bookkeeping(store, run.id, self.previous, resumed,
                                         crawler.stats["not_modified"] + self._unasked)
        # A start page that failed while others were audited is a page the audit meant to
        # read and could not, like any other (listed first, fails the gate: exit 1). Pages
        # fetched but none audited (the browser failed each): exit 3 once the reports list
        # them, so the user sees what was tried.
        _close(store, run, "finished" if problem is None else "failed")
        store.prune_dom_cache()
        return AuditResult(run, store, self.out_dir, crawler.start_urls, cannot_run=problem)

    def _new_run(self, crawler: Crawler, site: str, started: dt.datetime) -> Run:
        return Run(
            id=started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6],
            site=site,
            started=started.isoformat(timespec="seconds"),
            tool_version=__version__,
            axe_version=self.axe_version,
            as_of=self.config.as_of.isoformat(),
            options=self._public_options() | {"start_urls": crawler.start_urls,
                                              "engine_versions": self.engine_versions},
        )

    def _public_options(self) -> dict:
        """The options as stored and reported: secrets masked, and no user:password@ of a
        start URL or sitemap (the crawler uses it; nothing keeps it)."""
        options = self.config.public_options()
        for key in ("start", "sitemaps"):
            if isinstance(options.get(key), list):
                options[key] = [without_userinfo(str(url)) for url in options[key]]
        return options

    def _log_in_crawler(self, crawler: Crawler) -> None:
        """The login script, once in a browser, for the crawler's cookies; the login page
        itself is no page to audit. A failed login is one line: the pages behind it are then
        reported not logged in, each."""
        assert self.login is not None
        crawler.not_a_page(self.login.login_url)
        try:
            cookies = crawler_login(self.browser_settings, browser_policy(self.config, crawler),
                                    self.login)
        except LoginFailed as exc:
            self.login_outcome = f"failed: {exc}"
            self.log(f"the crawler could not log in: {exc}; pages behind the login will be"
                     " reported not logged in")
            return
        crawler.http.use_login_cookies(cookies, list(crawler.secrets))
        self.login_outcome = "logged in"
        self.log(f"logged in for the crawler ({len(cookies)} cookie(s), values not shown)")

    def _resumable_run(self, store: Store, site: str) -> Run | None:
        """The latest unfinished run of this site (killed, crashed), if there is one."""
        runs = store.runs(site)
        if runs and runs[0].status in ("running", "interrupted"):
            run = runs[0]
            self.log(f"resuming run {run.id} of {site} started {run.started}")
            run.options = run.options | {
                k: v for k, v in self._public_options().items() if k != "out"}
            run.options["resumed"] = run.options.get("resumed", 0) + 1
            return run
        self.log(f"no unfinished run of {site} to resume: starting a new one")
        return None

    def _restore(self, crawler: Crawler, store: Store, run_id: str) -> None:
        """Carry on where the killed run stopped: pages already stored are never claimed
        again; the checkpointed frontier and the links of every stored page (saved with the
        page, in the same transaction) rebuild the queue, so nothing found is lost."""
        done = store.done_urls(run_id)
        crawler.skip(done)
        # A page reached through a redirect is its target too: without this, a direct link
        # to the target found after the resume would audit it a second time.
        for page in store.iter_pages(run_id):
            crawler.seen_redirect_targets(page.extra.get("redirects") or [])
        crawler.restore(CrawlItem(url, depth, ref) for url, depth, ref in store.frontier(run_id))
        for page, links in store.iter_pages_with_links(run_id):
            if links:
                item = CrawlItem(page.url, page.depth, page.referrer)
                crawler.discover(item, page.final_url or page.url, links)
        store.delete_site_level_findings(run_id)  # made again at the end
        self.log(f"{len(done)} page(s) already done; {len(crawler.pending())} queued")

    def _bookkeeping(self, store: Store, run_id: str, previous: Run | None, resumed: bool,
                     not_modified: int = 0) -> dict:
        """What the reports and `history` show about how this run was made."""
        tally = store.page_tally(run_id)
        return {
            "pages_tally": tally,
            "incremental": {
                "previous_run": previous.id if previous else None,
                "full": self.config.full,
                "fresh": tally["fresh"],
                "rendered": tally["rendered"],
                "carried_over": tally["carried_over"],
                # pages the server answered 304 Not Modified, or not asked for at all (their
                # sitemap dates them before the body stored): no body was sent again
                "not_modified": not_modified,
            },
            "gate_policies": self.policies.summary(),
            **({"login": {"crawler": self.login_outcome}} if self.login else {}),
        }

    def _run_workers(self, crawler: Crawler, browser: LazyBrowser) -> None:
        """Fetch threads feed browser threads (checker.flow): how many browsers is chosen
        from the machine's usable cores and memory (checker.browser.sizing)."""
        def finish(item: CrawlItem) -> None:
            crawler.release(item)
            self._checkpoint(crawler)

        self._browser_count = session_count(self.browser_settings)
        self.log(f"{self._browser_count} browser session(s) for {self.config.workers}"
                 " worker(s)")
        flow: FetchAhead[CrawlItem, _ToRender] = FetchAhead(
            claim=lambda: crawler.claim(timeout=None),
            fetch=lambda item: self._fetch_item(crawler, item),
            render=lambda job: self._render_item(crawler, self._browser_pool(browser), job),
            finish=finish, item_of=lambda job: job.item)
        flow.run(fetchers=fetcher_count(self.config.crawl), depth=self.config.workers,
                 browsers=self._browser_count)

    def _browser_pool(self, browser: LazyBrowser) -> BrowserPool:
        """The pool, started by the first page that needs it; the other browser threads'
        sessions then start in the background while that page renders. A re-audit renders
        only the pages that changed, often a few: there a page waits for a busy session as
        long as starting another would take, and sessions start only when pages keep them
        all busy."""
        pool = browser.get()
        if not self._prestarted.is_set():
            self._prestarted.set()
            if self.previous is not None:
                pool.patience = pool.start_seconds
                return pool
            for _ in range(self._browser_count - 1):
                threading.Thread(target=pool.ensure, args=(self._browser_count,),
                                 name="session-start", daemon=True).start()
        return pool

    fetch_ahead = 16  # --no-browser: pages fetched and checked ahead of the one being stored

    def _run_fetchers(self, crawler: Crawler) -> None:
        """--no-browser: fetch threads fetch pages and hand them to the content pool, ahead of
        this thread, which alone stores pages and feeds the frontier, in the order the pages
        were claimed: the store, the crawl and the findings are those of a single thread."""
        ahead: deque[tuple[CrawlItem, Future[Prepared]]] = deque()
        fetchers = DaemonThreads(min(self.fetch_ahead, 4 + 2 * max(1, self.content.processes)),
                                 name="fetch")
        try:
            while True:
                while len(ahead) < self.fetch_ahead:
                    # wait for a URL only when nothing is in hand to store meanwhile
                    item = crawler.claim(timeout=0 if ahead else None)
                    if item is None:
                        break
                    ahead.append((item, fetchers.submit(self._prepare, crawler, item)))
                if not ahead:
                    return
                item, future = ahead.popleft()
                try:
                    self._store_prepared(crawler, item, future.result())
                finally:
                    crawler.release(item)
                self._checkpoint(crawler, in_hand=[item for item, _ in ahead])
        finally:
            for _, future in ahead:
                future.cancel()
            fetchers.close()  # without waiting: Ctrl-C must not wait for a hung fetch

    def _prepare(self, crawler: Crawler, item: CrawlItem) -> Prepared:
        """In a fetch thread: the page fetched and, unless its stored findings still hold as
        they are, checked by the content rules (on another core when the pool runs)."""
        fetched = self._fetch(crawler, item)
        if not fetched.ok or fetched.text is None:
            return Prepared(fetched)  # not modified, or nothing to check
        if (self.reuse.unchanged(fetched.url, fetched.body_hash) is not None
                and not self.reuse.date_moved):
            return Prepared(fetched)
        return Prepared(fetched, self.content.run(fetched.url, fetched.text,
                                                  status=fetched.status,
                                                  links_base=fetched.final_url))

    def _store_prepared(self, crawler: Crawler, item: CrawlItem, prepared: Prepared) -> None:
        """In the audit's thread: a prepared page stored, its links handed to the frontier."""
        fetched = prepared.fetched
        if fetched.not_modified:
            if self._revalidated(crawler, item, fetched):
                return
            prepared = Prepared(fetched := crawler.fetch(item))  # read it after all
        page = self._page_of(item, fetched)
        if page.error or fetched.kind != "page" or fetched.text is None:
            self._save(page, [], {})
            return
        if self._not_logged_in(page, fetched.url, fetched.final_url or fetched.url,
                               fetched.text, crawler, item):
            return
        if self._carry_over(crawler, item, page, fetched, recheck=prepared.work):
            return
        work = prepared.work or self.content.run(page.url, fetched.text, status=page.status,
                                                 links_base=fetched.final_url)
        rendered = Rendered(fetched.url, fetched.final_url, "", fetched.text, work.links)
        self._finish_page(crawler, item, page, fetched, rendered, work)

    def _fetch(self, crawler: Crawler, item: CrawlItem) -> FetchResult:
        """The page, asked for conditionally when the previous run stored it; not asked for
        at all when its sitemap <lastmod> is older than the body the previous run read
        (the sitemap is trusted: --full asks for everything)."""
        if not self.reuse.listed_unchanged(item):
            return crawler.fetch(item, self.reuse.conditions(item.url))
        with self._checkpoint_lock:
            self._unasked += 1
        return FetchResult(item=item, url=item.url, final_url=item.url, status=None,
                           content_type=None, headers={}, text=None, body_hash=None,
                           error=None, kind="page", not_modified=True)

    def _revalidated(self, crawler: Crawler, item: CrawlItem, fetched: FetchResult) -> bool:
        """A 304: the page is the one the previous run stored, so it is stored again as
        that (carried over). False when it cannot be: the caller fetches it in full."""
        record = self.reuse.record(item.url)
        if record is None:
            return False
        old: Page = record["page"]
        fetched.status, fetched.body_hash = old.status, old.body_hash
        fetched.final_url, fetched.content_type = old.final_url or old.url, old.content_type
        fetched.canonical = old.canonical
        page = self._page_of(item, fetched)
        return self._carry_over(crawler, item, page, fetched)

    def _page_of(self, item: CrawlItem, fetched: FetchResult) -> Page:
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
        if fetched.redirects:  # restored on --resume: see _restore
            page.extra["redirects"] = fetched.redirects
        elif fetched.text is not None:  # what a re-audit's conditional request sends back
            if etag := fetched.header("ETag"):
                page.extra["etag"] = etag
            if last_modified := settled_last_modified(fetched):
                page.extra["last_modified"] = last_modified
        return page

    def _fetch_item(self, crawler: Crawler, item: CrawlItem) -> _ToRender | None:
        """In a fetch thread: fetch a claimed item; finish what needs no browser (errors,
        documents, broken links, unchanged pages) and return the page to render otherwise."""
        with timed(item.url, "fetch"):
            fetched = self._fetch(crawler, item)
        if fetched.not_modified:
            if self._revalidated(crawler, item, fetched):
                return None
            fetched = crawler.fetch(item)  # the stored page cannot stand in: read it after all
        page = self._page_of(item, fetched)
        if page.error or fetched.kind != "page" or fetched.text is None:
            self._save(page, [], {})
            return None
        if self._not_logged_in(page, fetched.url, fetched.final_url or fetched.url,
                               fetched.text, crawler, item):
            return None
        if self._carry_over(crawler, item, page, fetched):
            return None
        return _ToRender(item, page, fetched, time.perf_counter())

    def _render_item(self, crawler: Crawler, pool: BrowserPool, job: _ToRender) -> None:
        """In a browser thread: render the page, its content rules beside axe, and store it."""
        item, page, fetched = job.item, job.page, job.fetched
        timing.note(page.url, "wait", time.perf_counter() - job.fetched_at)
        assert self._content_thread is not None
        redactor = crawler.redactor()
        content = _ContentAhead(self.content, page, self._content_thread, redactor)

        def locate(session: Session, shown: Rendered) -> None:
            """Each sentence's box is measured while the page is still in the browser, where
            the page shows it (before the screenshot when one was taken)."""
            content.work(shown.html)
            content.locate(session)

        document, comparing = self.browser_checks.document_for(fetched)
        agreed: bool | None = None
        try:
            given = PageInput(document=document, on_dom=content.start,
                              finding_boxes=content.finding_boxes)
            rendered = redacted(render_with_retry(pool, fetched.final_url,
                                                  self.browser_settings, after=locate,
                                                  given=given), redactor)
            if comparing and not rendered.error:
                agreed = disagreement(fetched.status, fetched.text, rendered) is None
        finally:
            if comparing:
                self.browser_checks.settle(fetched.final_url, agreed)
        self._finish_page(crawler, item, page, fetched, rendered, content.done(rendered.html))

    def _finish_page(self, crawler: Crawler, item: CrawlItem, page: Page, fetched: FetchResult,
                     rendered: Rendered, content: PageWork | None = None) -> None:
        # Render facts (screenshot_scale/size, axe_version, dialogs, navigation_held, retries),
        # and when the page was captured: the archive (PDF) dates what it shows.
        page.extra.update(rendered.extra)
        page.extra["captured_at"] = _now()
        if rendered.error:
            page.error = rendered.error
            if rendered.failure:
                page.extra["failure"] = rendered.failure.value
            self._save(page, [], {})
            return
        shown = rendered.extra.get("browser_final_url") or rendered.final_url
        if self._not_logged_in(page, rendered.url, str(shown), rendered.html,
                               crawler, item):
            return
        mismatch = disagreement(fetched.status, fetched.text, rendered)
        if mismatch is not None:
            failure, page.error = mismatch
            page.extra["failure"] = failure.value
            self._save(page, [], {})
            return
        if rendered.axe is not None and says_not_found(rendered.html):
            # A script-made site's not-found view: the crawler got the app's shell (200).
            page.error = f"{SOFT_404}, as the browser rendered it"
            page.kind = "page" if crawler.requested(item) else "broken"
            self._save(page, [], {})
            return
        page.rendered = pool_used = rendered.axe is not None
        findings: list[Finding] = []
        if pool_used:
            try:
                findings += engine_findings(page.url, rendered.engines, self.config,
                                            findings_from_axe(page.url, rendered.axe or {}))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                # Results verified in checker.browser.axe cannot get here; if some do, they are
                # this page's error, not the audit's end.
                page.error = f"engine tampered with: unreadable axe results ({exc!r:.200})"
                page.extra["failure"] = PageFailure.ENGINE_TAMPERED.value
                self._save(page, [], {})
                return
            if rendered.engines:
                page.extra["engine_ms"] = rendered.engines["ms"]
                if rendered.engines["errors"]:
                    page.extra["engine_errors"] = rendered.engines["errors"]
                if rendered.engines.get("extra"):  # e.g. HTMLCS checks that threw here
                    page.extra["engine_notes"] = rendered.engines["extra"]
        work = content or self.content.check_page(page.url, rendered.html, status=page.status)
        if work.verdict is None:  # the rules failed on this page: it was not audited
            page.error = work.error
            page.extra["failure"] = PageFailure.CONTENT_FAILED.value
            self._save(page, [], {"_links": rendered.links})
            crawler.discover(item, rendered.final_url, rendered.links)
            return
        verdict = work.verdict
        findings += verdict.findings
        link_to_editor(page, findings, verdict.facts)
        page.title = rendered.title or _title_from(verdict.facts)
        if rendered.screenshot:
            page.screenshot = self._write_screenshot(page.url, rendered.screenshot)
        facts = dict(verdict.facts) | {"_links": rendered.links}
        if pool_used:
            with self._checkpoint_lock:
                self._page_assets[page.url] = rendered.assets
        if pool_used and page.body_hash:
            self.store.put_dom(dom_key(page.body_hash), rendered.html)
        self._save(page, findings, facts,
                   Evidence.of(page, verdict.main_text, page.extra["captured_at"]))
        crawler.discover(item, rendered.final_url, rendered.links)

    def _not_logged_in(self, page: Page, requested: str, final_url: str, html: str,
                       crawler: Crawler, item: CrawlItem) -> bool:
        """With a login script, a page that is the login form (redirected to it, or showing
        its fields) is saved as a page error, never audited as the page; without one, so is
        a page redirected to a login form that the user named (start URL, URL-list entry),
        or any such page of a crawl that sends credentials (they were refused or expired:
        the session was lost mid-crawl). The audit would otherwise pass on the login wall."""
        if self.login:
            why = login_page_reason(self.login, requested, final_url, html)
        elif crawler.requested(item) or crawler.sends_credentials:
            why = login_wall_reason(requested, final_url, html,
                                    credentials=crawler.sends_credentials)
        else:
            why = None
        if why is None:
            return False
        page.error = f"not logged in: {why}"
        page.extra["failure"] = PageFailure.NOT_LOGGED_IN.value
        self._save(page, [], {})
        return True

    def _carry_over(self, crawler: Crawler, item: CrawlItem, page: Page,
                    fetched: FetchResult, recheck: PageWork | None = None) -> bool:
        """An unchanged page (same body, same axe and WCAG profile, same rule packs) keeps its
        earlier findings without a browser. When only the audit date moved, the content rules
        (the date-dependent part) run again on the DOM rendered last time (`recheck`: already
        run on the fetched page, without the browser)."""
        record = self.reuse.unchanged(page.url, page.body_hash)
        if (record is None or self.previous is None
                or not self.reuse.renders_as_before(record, crawler.asset_digest)):
            return False
        old = record["page"]
        evidence = self.reuse.evidence(page, fetched, _now())
        if evidence is None:
            return False  # no text to vouch for this run: read the page again
        # Site-level findings are stored under a page's URL but belong to the run: they are
        # made again once per run over all its pages (carried-over ones included).
        findings = [f for f in self.store.iter_findings(self.previous.id, page.url)
                    if not f.extra.get("site_level")]
        facts = record["facts"]
        if self.reuse.date_moved:
            work = recheck
            if work is None:
                html = self.reuse.html(page, fetched)
                if html is None:
                    return False  # nothing to re-check the content against: render again
                work = self.content.check_page(page.url, html, status=page.status)
            verdict = work.verdict
            if verdict is None:
                return False  # the rules failed: the page's own audit says so
            findings = [f for f in findings if f.source != "content"] + verdict.findings
            facts = dict(verdict.facts) | {"_links": facts.get("_links", [])}
        page.title, page.rendered, page.carried_over = old.title, old.rendered, True
        page.screenshot = self.reuse.copy_screenshot(old.screenshot, self.out_dir)
        # The render facts go with the screenshot: its scale places the finding boxes, its
        # capture time dates what the archive shows.
        page.extra = old.extra | page.extra
        link_to_editor(page, findings, facts)
        for finding in findings:
            finding.carried_over = True
        self._save(page, findings, facts, evidence)
        crawler.discover(item, page.final_url or page.url, facts.get("_links", []))
        return True

    def _save(self, page: Page, findings: list[Finding], facts: dict,
              evidence: Evidence | None = None) -> None:
        self.reuse.forget(page.url)
        findings = cap_per_rule(findings)
        with timed(page.url, "store"):
            self.store.save_page(self.run_id, page, findings, profile=self.profile,
                                 facts=facts, evidence=evidence)
        self.progress("page", page)

    checkpoint_every = 10  # pages; the stored links of each page are the fine-grained record

    def _checkpoint(self, crawler: Crawler, in_hand: list[CrawlItem] | None = None) -> None:
        """Write the queued URLs to the store now and then, for --resume, with those claimed
        but not stored yet (`in_hand`: fetched ahead)."""
        with self._checkpoint_lock:
            self._saved_since_checkpoint += 1
            # Each checkpoint writes the whole queue: spaced out as the queue grows, so that
            # checkpoints cost O(1) per page, not O(queue) (a big crawl queues thousands).
            if self._saved_since_checkpoint < max(self.checkpoint_every,
                                                  self._checkpointed // 10):
                return
            self._saved_since_checkpoint = 0
            pending = (in_hand or []) + crawler.pending()
            self._checkpointed = len(pending)
        self.store.save_frontier(self.run_id, ((i.url, i.depth, i.referrer) for i in pending))

    def _write_screenshot(self, url: str, png: bytes) -> str:
        name = hashlib.sha256(url.encode()).hexdigest()[:16] + ".jpg"
        folder = self.out_dir / "screenshots"
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(png)
        return f"screenshots/{name}"

    linked_from_cap = 20  # pages named per broken link; a nav link is on every page

    asset_fetchers = 4  # assets digested at once after the pages

    def _record_asset_digests(self, store: Store, run_id: str, crawler: Crawler) -> None:
        """What each page rendered this run was made of besides its HTML, as digests on
        Page.extra["assets"] (checker.reuse): each asset asked once, after the pages, so that
        no browser waits on it. A run cut short keeps none for its pages: they are rendered
        again next time."""
        pending = self._page_assets
        if not pending:
            return
        urls = sorted({url for assets in pending.values() if assets
                       for url, method, _ in assets if method == "GET"})
        with ThreadPoolExecutor(max_workers=self.asset_fetchers,
                                thread_name_prefix="assets") as pool:
            digests = dict(zip(urls, pool.map(crawler.asset_digest, urls), strict=True))
        store.set_page_extra(run_id, {url: {"assets": asset_digests(assets, digests.get)}
                                      for url, assets in pending.items()})

    def _record_linked_from(self, store: Store, run_id: str) -> None:
        """Each broken link gets the pages that link to it (page.extra["linked_from"]), read
        from the links stored with every audited page, so the report can say where to fix
        it. A link listed only in a sitemap keeps its referrer, the sitemap."""
        broken = {page.url: page.referrer for page in store.iter_pages(run_id)
                  if page.kind == "broken"}  # fmt: skip
        if not broken:
            return
        linked_from: dict[str, list[str]] = {url: [] for url in broken}
        for url, facts in store.iter_page_facts(run_id):
            for link in facts.get("_links") or []:
                try:
                    target = normalize_url(link)
                except ValueError:
                    continue
                pages = linked_from.get(target)
                if pages is not None and url not in pages and len(pages) < self.linked_from_cap:
                    pages.append(url)
        store.set_page_extra(run_id, {
            url: {"linked_from": sorted(pages) or ([broken[url]] if broken[url] else [])}
            for url, pages in linked_from.items()})

    def _site_rules(self, start_urls: list[str]) -> None:
        # streamed from the store: the site rules keep what they need, not every page
        findings = self.engine.check_site(StoredFacts(self.store, self.run_id),
                                          start_urls)  # marked site_level
        if findings:
            self.store.add_findings(self.run_id, start_urls[0], findings)


# Links that would end the audit's login (a GET of a logout link logs out the crawler, and the
# browser session that renders it): never followed while a login script is set.
LOGOUT_LINKS = r"(?i)(?<![a-z])(?:log|sign)[-_]?(?:out|off)(?![a-z])"


def crawl_settings(config: AuditConfig, login: LoginScript | None) -> CrawlSettings:
    """The crawl's settings; with a login script, logout links are out of scope."""
    settings = config.crawl
    if login is not None:
        settings.exclude = [*settings.exclude, LOGOUT_LINKS]
    return settings


def checked_login(config: AuditConfig) -> LoginScript | None:
    """The login script, with every variable it reads set (else ConfigError, before any
    request: a login typing an empty password would only fail later, less clearly)."""
    script = login_script(config.login, config.login_timeout)
    for name in script.variables if script else ():
        if name not in os.environ:
            raise ConfigError(f"the login script reads environment variable {name}, which is"
                              " not set")
    return script


def browser_policy(config: AuditConfig, crawler: Crawler) -> RequestPolicy:
    """The browser asks the crawler's own questions: its address guard, its scope and its
    secrets (checker.browser.guard)."""
    return RequestPolicy(
        guard=crawler.guard, scope=crawler.scope, secrets_for=crawler.http.secret_headers,
        blocked_patterns=TRACKER_URL_PATTERNS if config.block_trackers else ())


def answered_any_page(store: Store, run_id: str) -> bool:
    """Some page of the run was answered with a 2xx: what the audit tried is worth a report
    (its pages' failures listed), even when none could be audited."""
    return any(page.kind == "page" and page.status is not None and 200 <= page.status < 300
               for page in store.iter_pages(run_id))


def nothing_audited(store: Store, run_id: str, start_urls: list[str]) -> str | None:
    """Why the run audited no page at all (exit 3), naming the first start page (start URL or
    URL-list entry) that failed and how; None when any page was audited. Read from the store,
    so a resumed run counts the pages its killed attempt audited."""
    if any(page.audited for page in store.iter_pages(run_id)):  # streamed, not all held
        return None
    reached = [record["page"] for url in start_urls
               if (record := store.page_record(run_id, url)) is not None]
    failed = [page for page in reached if page.status is None or page.status >= 400
              or page.kind != "page" or page.error]
    if not failed:
        return "no page could be fetched; nothing was audited"
    first = failed[0]
    if first.status is not None and first.status >= 400:
        why = f"answered HTTP {first.status}"
    elif first.error:
        why = f"could not be audited ({first.error})"
    else:
        why = f"is not an HTML page ({first.content_type or first.kind})"
    more = f" (and {len(failed) - 1} more start URL(s) failed)" if len(failed) > 1 else ""
    return f"start URL {first.url} {why}{more}; nothing was audited"


def _close(store: Store, run: Run, status: str) -> None:
    run.status = status
    run.finished = _now()
    store.finish_run(run)


def _now() -> str:
    """A capture time: UTC, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def link_to_editor(page: Page, findings: list[Finding], facts: dict) -> None:
    """A WordPress page (checker.content.wordpress) keeps its post id and editor link, and
    each of its findings links to that editor, for every report to show."""
    post_id, root = facts.get("wordpress_post"), facts.get("wordpress_root")
    if not isinstance(post_id, int) or isinstance(post_id, bool):
        return
    editor = edit_url(page.final_url or page.url, post_id,
                      root if isinstance(root, str) else "/")
    if editor is None:
        return
    page.extra["wordpress"] = {"post_id": post_id, "edit_url": editor}
    for finding in findings:
        finding.extra["edit_url"] = editor


# A small clinic page: checking it once loads what the rule types load on first use
# (lexicons, compiled patterns, the hyphenation dictionary), while the first browser session
# starts, instead of on the first page while its browser waits.
_WARM_UP_PAGE = ("<!doctype html><html lang=en><head><title>Ketamine therapy | Clinic</title>"
                 "</head><body><header><nav><a href=/>Home</a></nav></header><main>"
                 "<h1>Ketamine therapy for depression</h1>" + "<p>Our clinic treats anxiety,"
                 " depression and chronic pain with ketamine infusions and supplements."
                 " Results vary from patient to patient; side effects may include nausea"
                 " and dizziness, and a provider reviews your medical history first.</p>" * 12
                 + "<h2>Risks</h2><p>Studies show benefits for some patients.</p>"
                 "<form><input name=email></form></main><aside><p>Book now</p></aside>"
                 "<footer><p>Clinic, 1 Example Street</p></footer></body></html>")


def redacted(rendered: Rendered, redactor: Redactor) -> Rendered:
    """The render without the user's secrets a page showed back (its DOM, title, links,
    the engines' excerpts, dialogs): the crawler's copy is redacted as it is read
    (Crawler._redact), a page the browser loaded itself is redacted here. Its screenshot
    cannot be."""
    if not redactor:
        return rendered

    def clean(value: Any) -> Any:
        return None if value is None else json.loads(redactor.text(json.dumps(value)))

    return replace(rendered, final_url=redactor.text(rendered.final_url),
                   title=redactor.text(rendered.title), html=redactor.text(rendered.html),
                   links=[redactor.text(link) for link in rendered.links],
                   axe=clean(rendered.axe), engines=clean(rendered.engines),
                   error=None if rendered.error is None else redactor.text(rendered.error),
                   extra=clean(rendered.extra))


def warm_up(engine: ContentEngine | ContentEngineOnDemand) -> None:
    """What the rules load on first use (a lazy engine: compiles it), off the page path."""
    engine.check_page("http://warm-up.invalid/", _WARM_UP_PAGE)


def _title_from(facts: dict) -> str | None:
    title = facts.get("title")
    return title if isinstance(title, str) else None
