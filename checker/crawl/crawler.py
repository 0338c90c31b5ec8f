"""The Crawler: the frontier and the crawl's policy (scope, robots, the address guard) behind
one thread-safe API. Seeds say where it starts, the transport fetches, responses say what a
response means.

The pipeline runs N workers that each loop claim() -> fetch() -> (render) -> discover() ->
release(). The crawler never renders and never stores pages: it hands out items and
FetchResults and keeps only the seen-set and small records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Iterable
from urllib.parse import urljoin, urlsplit

from checker import USER_AGENT
from checker.crawl.fetch import HttpClient, build_secret_headers
from checker.crawl.folder import FolderServer
from checker.crawl.frontier import Frontier
from checker.crawl.items import CrawlItem, FetchResult
from checker.crawl.politeness import HostGate
from checker.crawl.responses import failure, fetch_result
from checker.crawl.robots import ROBOTS_MAX_BYTES, HostRobots, RobotsCache, parse_robots
from checker.crawl.scope import (
    AddressGuard,
    Scope,
    address_class,
    host_key,
    looks_like_trap,
    normalize_url,
    trap_keys,
)
from checker.crawl.seeds import read_sitemaps, resolve_seeds, robots_sitemaps, sitemap_hosts
from checker.crawl.sitemaps import SITEMAP_MAX_BYTES, RawResponse
from checker.crawl.transport import Transport
from checker.settings import CrawlSettings
from checker.settings.secrets import Redactor
from checker.untrusted import safe_text

ASSET_MAX_BYTES = 8 * 1024 * 1024  # a stylesheet, script or data answer read for its digest
MAX_ASSETS_KEPT = 20_000  # digests kept for the run (beyond: asked again per page)


class Crawler:
    """See the module docstring. Use as a context manager."""

    # Tunables that are not user options; tests shrink them before entering.
    retry_after_cap = 30.0  # longest Retry-After we wait for; longer gives up on the page
    backoff_base = 0.5  # seconds; doubled per retry

    def __init__(self, config: CrawlSettings, log: Callable[[str], None] | None = None,
                 ready: Callable[[Crawler], None] | None = None) -> None:
        self.config = config
        self._log = log or (lambda message: None)
        # Called once the crawler can fetch, before it reads robots.txt and sitemaps (the
        # audit's login script: checker.audit).
        self._ready = ready
        self.start_urls: list[str] = []
        self.site = config.site or ""
        self.documents: list[dict] = []
        self.broken_links: list[dict] = []
        self._stats: dict[str, int] = {
            "fetched": 0,
            "pages": 0,
            "documents": 0,
            "broken": 0,
            "errors": 0,
            "retries": 0,
            "skipped_robots": 0,
            "out_of_scope": 0,
            "trap_capped": 0,
            "sitemap_urls": 0,
            "not_modified": 0,
        }
        self._lock = threading.Lock()
        self._asset_digests: dict[str, str] = {}  # asset URL -> digest, this run
        self._folder: FolderServer | None = None
        self._seeds: list[str] = []
        self._requested: set[str] = set()  # the start URLs and URL-list entries
        self._sitemap_hosts: set[str] = set()
        self._sitemaps: list[str] = []  # --sitemap, normalized
        self._capped_patterns: set[str] = set()
        self._passwords: list[str] = []  # of start URLs' user:password@
        # discover() in claim order: links held by claim_seq until the pages before are done
        self._order_lock = threading.RLock()
        self._held: dict[int, tuple[CrawlItem, str, list[str]]] = {}
        self._released: set[int] = set()
        self._next_flush = 0
        self._doc_urls: set[str] = set()
        self.frontier = Frontier(config.max_pages, config.max_urls_per_pattern)
        self.gate = HostGate(config.per_host_concurrency)
        self.scope: Scope
        self.guard: AddressGuard
        self.http: HttpClient
        self.transport: Transport
        # origin -> the headers that carry the user's secrets there (scope.may_send_secrets)
        self.secrets: dict[str, dict[str, str]] = {}
        self.robots: RobotsCache

    # --- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> Crawler:
        try:
            self._start()
        except BaseException:
            self._stop()  # __exit__ is not called when __enter__ raises: no leaked server
            raise
        return self

    def _start(self) -> None:
        seeds = resolve_seeds(self.config, self._log)
        self._folder, self.start_urls, self._seeds = seeds.folder, seeds.start_urls, seeds.urls
        self._requested = set(self.start_urls)
        self.site, self._sitemaps = seeds.site, seeds.sitemaps
        self._passwords = [password for _, password in seeds.credentials.values()]
        self.scope = Scope(self.start_urls, self.config.allow_hosts,
                           self.config.include, self.config.exclude)  # fmt: skip
        self.guard = AddressGuard(self.start_urls)
        self.secrets = {
            start_origin: build_secret_headers(self.config.headers, self.config.cookies,
                                         seeds.credentials.get(start_origin))
            for start_origin in seeds.secret_origins()
        }  # fmt: skip
        self.http = HttpClient(
            USER_AGENT,
            self.config.connect_timeout,
            self.config.read_timeout,
            secrets=self.secrets,
            check_peer=lambda address: self.guard.check_addresses([address]),
        )
        self.transport = Transport(
            self.http, self.gate, self.config.retries,
            budget=self.config.connect_timeout + self.config.read_timeout,
            backoff_base=self.backoff_base, retry_after_cap=self.retry_after_cap,
            unlimited=self._is_own_folder, on_retry=lambda: self._count("retries"),
        )  # fmt: skip
        self.robots = RobotsCache(self._fetch_robots, enabled=not self.config.ignore_robots)
        if self.config.ignore_robots:
            self._log("robots.txt is ignored (--ignore-robots)")
        if self._ready is not None:
            self._ready(self)
        self._seed()

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "http"):
            stats = self.stats
            self._log(
                f"crawl finished: {stats['fetched']} fetched, {stats['errors']} with errors, "
                f"{stats['documents']} documents, {stats['skipped_robots']} skipped by robots.txt, "
                f"{stats['out_of_scope']} links out of scope, {stats['trap_capped']} trap links "
                "skipped"
            )
        self._stop()

    def _stop(self) -> None:
        if hasattr(self, "http"):
            self.http.close()
        if self._folder is not None:
            self._folder.stop()
            self._folder = None

    def _seed(self) -> None:
        starts = {normalize_url(url) for url in self.start_urls}
        for url in self._seeds:
            if normalize_url(url) in starts:
                self.frontier.add(CrawlItem(normalize_url(url), 0, None))
            else:  # a folder's other files obey --include/--exclude like crawled links
                self._enqueue(url, 0, None, from_links=False)
        sitemaps = list(self._sitemaps)
        if not self.config.urls_file and self._folder is None:
            for start in self.start_urls:
                robots_url = self.robots.robots_url(start)
                sitemaps += robots_sitemaps(robots_url, self.robots.for_url(start).sitemaps,
                                            self._log)  # fmt: skip
        if sitemaps:
            self._sitemap_hosts = sitemap_hosts(sitemaps)
            self._stats["sitemap_urls"] += read_sitemaps(
                sitemaps, self._fetch_sitemap, self._enqueue_listed, self._log)
        counts = self.frontier.counts()
        self._log(f"crawl starts with {counts['queued']} URL(s) from {len(self.start_urls)} start")

    def _enqueue_listed(self, url: str, listed_in: str, lastmod: dt.datetime | None) -> bool:
        return self._enqueue(url, 0, listed_in, from_links=False, lastmod=lastmod) == "queued"

    # --- the worker API -------------------------------------------------------------------

    def claim(self, timeout: float | None = None) -> CrawlItem | None:
        return self.frontier.claim(timeout)

    def release(self, item: CrawlItem) -> None:
        """The item is finished: the links of every page claimed before it, and its own, are
        queued in claim order (see discover) before the frontier counts it done."""
        with self._order_lock:
            if item.claim_seq is not None:
                self._released.add(item.claim_seq)
                while self._next_flush in self._released:
                    self._released.discard(self._next_flush)
                    held = self._held.pop(self._next_flush, None)
                    self._next_flush += 1
                    if held is not None:
                        self._discover_now(*held)
        self.frontier.release()

    def skip(self, urls: Iterable[str]) -> None:
        normalized = []
        for url in urls:
            try:
                normalized.append(normalize_url(url))
            except ValueError:
                continue
        self.frontier.skip(normalized)

    def pending(self) -> list[CrawlItem]:
        return self.frontier.pending()

    def seen_redirect_targets(self, urls: Iterable[str]) -> None:
        """Redirect targets an earlier attempt followed (FetchResult.redirects): known, so a
        direct link to one is not queued (--resume)."""
        for url in urls:
            self.frontier.mark_seen(url)

    def not_a_page(self, url: str) -> None:
        """A URL never queued from a link (the login page of a login script)."""
        try:
            self.frontier.mark_seen(normalize_url(url))
        except ValueError:
            pass

    def restore(self, items: Iterable[CrawlItem]) -> None:
        self.frontier.restore(items)

    def discover(self, item: CrawlItem, base_url: str, links: list[str]) -> None:
        """Queue a page's links. Held until every page claimed before it is released: pages
        are claimed in the order links were found, so the same site gives the same pages
        under --max-pages and the trap caps whichever render finishes first."""
        with self._order_lock:
            if item.claim_seq is not None and item.claim_seq >= self._next_flush:
                self._held[item.claim_seq] = (item, base_url, links)
                return
        self._discover_now(item, base_url, links)

    def _discover_now(self, item: CrawlItem, base_url: str, links: list[str]) -> None:
        if self.config.urls_file is not None:
            return  # a URL list is audited exactly, no crawling beyond it
        depth = item.depth + 1
        if self.config.max_depth is not None and depth > self.config.max_depth:
            return
        for link in links:
            try:
                url = urljoin(base_url, link)
            except ValueError:
                continue
            self._enqueue(url, depth, item.url, from_links=True)

    def _enqueue(self, raw_url: str, depth: int, referrer: str | None, from_links: bool,
                 lastmod: dt.datetime | None = None) -> str:
        try:
            url = self._folder_alias(normalize_url(raw_url))
        except ValueError:
            return "invalid"
        if self.frontier.seen(url):
            return "seen"
        if not self.scope.allows(url):
            self._count("out_of_scope")
            return "out_of_scope"
        if looks_like_trap(url):
            self._count("trap_capped")
            return "capped"
        if not self.robots.for_url(url).allowed(url, USER_AGENT):
            if self.frontier.mark_seen(url):
                self._count("skipped_robots")
            return "robots"
        limits = trap_keys(url) if from_links else ()
        outcome, full = self.frontier.add(CrawlItem(url, depth, referrer, lastmod), limits)
        if outcome == "capped":
            self._count("trap_capped")
            self._log_capped(full or "")
        return outcome

    def _log_capped(self, key: str) -> None:
        with self._lock:
            if key in self._capped_patterns:
                return
            self._capped_patterns.add(key)
        self._log(
            f"more than {self.frontier.max_per_pattern} links shaped like {safe_text(key)}: "
            "the rest are skipped (calendar or filter trap? raise max_urls_per_pattern)"
        )

    # --- fetching: what may be requested --------------------------------------------------

    def fetch(self, item: CrawlItem, conditions: dict[str, str] | None = None) -> FetchResult:
        """The page of `item`. With `conditions` (If-None-Match / If-Modified-Since from the
        previous run), a 304 comes back as FetchResult.not_modified, without a body."""
        try:
            result = self._fetch_page(item, conditions)
        except Exception as exc:  # noqa: BLE001 - a crawl must survive any one page
            result = failure(item, item.url, [], f"internal error: {exc.__class__.__name__}")
        self._record(result)
        return result

    def _fetch_page(self, item: CrawlItem, conditions: dict[str, str] | None) -> FetchResult:
        transfer = self.transport.follow(item.url, self.config.max_body_bytes, read_any=False,
                                         check=self._page_hop_refused,
                                         redirect_check=self._page_redirect_refused,
                                         conditions=conditions)  # fmt: skip
        result = fetch_result(item, transfer, self.requested(item),
                              conditional=bool(conditions))
        return self._redact(result)

    def asset_digest(self, url: str) -> str:
        """What a stylesheet, script, frame or data URL a rendered page loaded answers now: a
        digest of its status, type and body (asked once per run). An incremental audit
        compares it with the previous run's: a page whose HTML is unchanged but whose
        stylesheet changed renders otherwise (checker.reuse)."""
        with self._lock:
            known = self._asset_digests.get(url)
        if known is None:
            known = self._digest_asset(url)
            with self._lock:
                if len(self._asset_digests) < MAX_ASSETS_KEPT:
                    self._asset_digests[url] = known
        return known

    def _digest_asset(self, url: str) -> str:
        # The browser's own rules, not the crawl's scope: a page's CDN stylesheet is read.
        def refused(hop_url: str, hop_index: int) -> str | None:
            return self.guard.check(hop_url)

        try:
            transfer = self.transport.follow(url, ASSET_MAX_BYTES, read_any=True,
                                             check=refused)
        except Exception as exc:  # noqa: BLE001 - never the audit's end: the page renders again
            return f"error {exc.__class__.__name__}"
        hop = transfer.hop
        if hop is None:
            return f"error {transfer.error}"
        head = f"{hop.status}\n{hop.header('Content-Type') or ''}\n".encode()
        return hashlib.sha256(head + (hop.body or b"")).hexdigest()[:32]

    def redactor(self) -> Redactor:
        """The user's secrets as this crawl sends them (login cookies included), to take out
        of whatever a page sends back."""
        values = [v for headers in self.secrets.values() for v in headers.values()]
        values += [v for jar in self.http.login_cookies.values()
                   for v in jar.values()] + self._passwords
        return Redactor(values)

    def _redact(self, result: FetchResult) -> FetchResult:
        """A page that shows the request's secrets back (a debug page, phpinfo(), a link with
        the token): the text, body and addresses keep none of them."""
        redactor = self.redactor()
        if not redactor:
            return result
        if result.text is not None:
            result.text = redactor.text(result.text)
        if result.body is not None:
            result.body = redactor.data(result.body)
        result.final_url = redactor.text(result.final_url)
        result.redirects = [redactor.text(url) for url in result.redirects]
        if result.canonical is not None:
            result.canonical = redactor.text(result.canonical)
        if result.error is not None:
            result.error = redactor.text(result.error)
        return result

    def requested(self, item: CrawlItem) -> bool:
        """Whether the user named this page (a start URL or URL-list entry), rather than the
        crawl finding it."""
        return item.depth == 0 and item.referrer is None and item.url in self._requested

    @property
    def sends_credentials(self) -> bool:
        """Whether the crawl logs in by what it sends (--header, --cookie, user:password@ in a
        start URL): a page redirected to a login form then means they were refused or
        expired, not a public login page."""
        return any(self.secrets.values()) or bool(self._passwords)

    def _page_hop_refused(self, url: str, hop_index: int) -> str | None:
        """Why a page (hop 0) or its redirect target may not be requested, or None."""
        reason = self._blocked(url, check_scope=hop_index > 0)
        if reason is not None and hop_index > 0:
            return f"redirect to {url}: {reason}"
        return reason

    def _page_redirect_refused(self, target: str) -> str | None:
        if not self.scope.allows(target):
            return f"out-of-scope redirect to {target}"
        self.frontier.mark_seen(target)  # the target is this page: not queued again
        return None

    def _blocked(self, url: str, check_scope: bool) -> str | None:
        """Why the URL may not be fetched, or None."""
        if check_scope and not self.scope.allows(url):
            return f"out of scope: {url}"
        reason = self.guard.check(url)
        if reason is not None:
            return reason
        robots = self.robots.for_url(url)
        if not robots.allowed(url, USER_AGENT):
            return robots.error or "disallowed by robots.txt"
        return None

    def _folder_alias(self, url: str) -> str:
        """On our own folder server dir/index.html and dir/ are one file: use one URL."""
        if self._is_own_folder(url) and url.endswith("/index.html"):
            return url[: -len("index.html")]
        return url

    def _is_own_folder(self, url: str) -> bool:
        return self._folder is not None and host_key(url) == host_key(self._folder.url)

    # --- records --------------------------------------------------------------------------

    def _record(self, result: FetchResult) -> None:
        with self._lock:
            self._stats["fetched"] += 1
            self._stats[{"page": "pages", "document": "documents", "broken": "broken"}[
                result.kind]] += 1  # fmt: skip
            if result.error is not None:
                self._stats["errors"] += 1
            if result.kind == "document" and result.url not in self._doc_urls:
                self._doc_urls.add(result.url)
                self.documents.append({"url": result.url, "content_type": result.content_type,
                                       "referrer": result.item.referrer})  # fmt: skip
            if result.not_modified:
                self._stats["not_modified"] += 1
            if result.kind == "broken":
                self.broken_links.append({"url": result.url, "status": result.status,
                                          "error": result.error,
                                          "referrer": result.item.referrer})  # fmt: skip
        if result.error is not None:
            self._log(f"{safe_text(result.url)}: {safe_text(result.error)}")
        for warning in result.warnings:
            self._log(f"{safe_text(result.url)}: {safe_text(warning)}")

    def _count(self, key: str, n: int = 1) -> None:
        with self._lock:
            self._stats[key] = self._stats.get(key, 0) + n

    @property
    def stats(self) -> dict:
        with self._lock:
            stats = dict(self._stats)
        counts = self.frontier.counts()
        stats.update(queued=counts["queued"], in_flight=counts["in_flight"],
                     claimed=counts["claimed"], seen=counts["seen"])  # fmt: skip
        return stats

    # --- robots.txt and sitemaps ----------------------------------------------------------

    def _fetch_robots(self, robots_url: str) -> HostRobots:
        raw = self._fetch_aux(robots_url, ROBOTS_MAX_BYTES, same_site_only=True)
        robots = parse_robots(raw.status, raw.body, raw.error)
        host = host_key(robots_url)
        if not self._is_loopback(robots_url):
            self.gate.set_delay(host, max(self.config.delay, robots.crawl_delay(USER_AGENT)))
        if robots.error:
            self._log(f"{safe_text(robots_url)}: {robots.error}; this host is not crawled")
        return robots

    def _fetch_sitemap(self, url: str) -> RawResponse:
        return self._fetch_aux(url, SITEMAP_MAX_BYTES, same_site_only=False)

    def _fetch_aux(self, url: str, cap: int, same_site_only: bool) -> RawResponse:
        """robots.txt or a sitemap: guard, scope and redirects checked like a page (robots.txt
        itself is not asked), the body read whatever its type. Never raises."""
        try:
            url = normalize_url(url)
        except ValueError as exc:
            return RawResponse(url, None, None, None, str(exc))

        def refused(hop_url: str, hop_index: int) -> str | None:
            if not self._aux_in_scope(hop_url, same_site_only):
                return f"out of scope: {hop_url}"
            return self.guard.check(hop_url)

        transfer = self.transport.follow(url, cap, read_any=True, check=refused)
        hop = transfer.hop
        if hop is None:
            return RawResponse(transfer.url, None, None, None, transfer.error)
        return RawResponse(hop.url, hop.status, hop.body, hop.header("Content-Type"), None)

    def _aux_in_scope(self, url: str, same_site_only: bool) -> bool:
        if self.scope.allows(url) or self.scope.host_allowed(url):
            return True
        return not same_site_only and host_key(url) in self._sitemap_hosts

    @staticmethod
    def _is_loopback(url: str) -> bool:
        host = urlsplit(url).hostname or ""
        if host == "localhost":
            return True
        try:
            return address_class(host) == "loopback"
        except ValueError:
            return False
