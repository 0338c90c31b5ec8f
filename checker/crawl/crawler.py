"""The Crawler: seeds, scope, robots, politeness and fetching behind one thread-safe API.

The pipeline runs N workers that each loop claim() -> fetch() -> (render) -> discover() ->
release(). The crawler never renders and never stores pages: it hands out items and
FetchResults and keeps only the seen-set and small records.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from checker import USER_AGENT
from checker.config import AuditConfig, ConfigError
from checker.crawl.fetch import (
    FetchError,
    Hop,
    HttpClient,
    parse_retry_after,
    read_body,
    resolve_secrets,
)
from checker.crawl.folder import FolderServer
from checker.crawl.frontier import Frontier
from checker.crawl.items import CrawlItem, FetchResult
from checker.crawl.links import (
    decode_html,
    find_canonical,
    is_html_type,
    looks_binary,
    sanitize,
)
from checker.crawl.politeness import HostGate
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
from checker.crawl.sitemaps import (
    SITEMAP_MAX_BYTES,
    CrawlerWebClient,
    RawResponse,
    sitemap_page_urls,
)

MAX_REDIRECTS = 10
RETRY_STATUSES = frozenset({502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class Crawler:
    """See the module docstring. Use as a context manager."""

    # Tunables that are not user options; tests shrink them.
    retry_after_cap = 30.0  # longest Retry-After we wait for; longer gives up on the page
    backoff_base = 0.5  # seconds; doubled per retry

    def __init__(self, config: AuditConfig, log: Callable[[str], None] | None = None) -> None:
        self.config = config
        self._log = log or (lambda message: None)
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
        }
        self._lock = threading.Lock()
        self._folder: FolderServer | None = None
        self._seeds: list[str] = []
        self._capped_patterns: set[str] = set()
        self._doc_urls: set[str] = set()
        self.frontier = Frontier(config.max_pages, config.max_urls_per_pattern)
        self.gate = HostGate(config.per_host_concurrency)
        self.scope: Scope
        self.guard: AddressGuard
        self.http: HttpClient
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
        self._resolve_start()
        self.scope = Scope(self.start_urls, self.config.allow_hosts,
                           self.config.include, self.config.exclude)  # fmt: skip
        self.guard = AddressGuard(self.start_urls)
        self.http = HttpClient(
            USER_AGENT,
            self.config.connect_timeout,
            self.config.read_timeout,
            headers=resolve_secrets(self.config.headers),
            cookies=resolve_secrets(self.config.cookies),
            secret_hosts={host_key(u) for u in self.start_urls},
            check_peer=lambda address: self.guard.check_addresses([address]),
        )
        self.robots = RobotsCache(self._fetch_robots, enabled=not self.config.ignore_robots)
        if self.config.ignore_robots:
            self._log("robots.txt is ignored (--ignore-robots)")
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

    def _resolve_start(self) -> None:
        starts = list(self.config.start)
        if len(starts) == 1 and Path(starts[0]).is_dir():
            self._folder = FolderServer(starts[0]).start()
            self.start_urls = [self._folder.url]
            self._seeds = self._folder.page_urls()
            self.site = self.config.site or self._folder.folder.name
            self._log(f"serving folder {self._folder.folder} at {self._folder.url}")
            return
        if self.config.urls_file is not None:
            starts += _read_url_list(Path(self.config.urls_file))
        urls: list[str] = []
        for raw in starts:
            try:
                url = normalize_url(raw if "://" in raw else f"http://{raw}")
            except ValueError as exc:
                raise ConfigError(f"start URL {raw!r} is not valid: {exc}") from None
            if url not in urls:
                urls.append(url)
        if not urls and not self.config.sitemaps:
            raise ConfigError("nothing to audit: give a start URL, a folder, --sitemap or --urls")
        if not urls:
            urls = [normalize_url(urljoin(self.config.sitemaps[0], "/"))]
        self.start_urls = urls
        self._seeds = list(urls)
        self.site = self.config.site or (urlsplit(urls[0]).hostname or "site")

    def _seed(self) -> None:
        starts = {normalize_url(url) for url in self.start_urls}
        for url in self._seeds:
            if normalize_url(url) in starts:
                self.frontier.add(CrawlItem(normalize_url(url), 0, None))
            else:  # a folder's other files obey --include/--exclude like crawled links
                self._enqueue(url, 0, None, from_links=False)
        sitemaps = list(self.config.sitemaps)
        if not self.config.urls_file:
            for start in self.start_urls:
                if self._folder is None:
                    sitemaps += self.robots.for_url(start).sitemaps
        if sitemaps:
            self._seed_sitemaps(sitemaps)
        counts = self.frontier.counts()
        self._log(f"crawl starts with {counts['queued']} URL(s) from {len(self.start_urls)} start")

    def _seed_sitemaps(self, sitemaps: list[str]) -> None:
        client = CrawlerWebClient(self._fetch_sitemap)
        self._sitemap_hosts = {host_key(normalize_url(s)) for s in sitemaps if "://" in s}
        done: set[str] = set()
        for sitemap in sitemaps:
            if sitemap in done:
                continue
            done.add(sitemap)
            added = 0
            for url, listed_in in sitemap_page_urls(sitemap, client):
                if self._enqueue(url, 0, listed_in, from_links=False) == "queued":
                    added += 1
            self._stats["sitemap_urls"] += added
            self._log(f"sitemap {sanitize(sitemap)}: {added} new URL(s)")
        for error in client.errors:
            self._log(sanitize(error, 300))

    # --- the worker API -------------------------------------------------------------------

    def claim(self, timeout: float | None = None) -> CrawlItem | None:
        return self.frontier.claim(timeout)

    def release(self, item: CrawlItem) -> None:
        self.frontier.release()

    @property
    def done(self) -> bool:
        return self.frontier.done

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

    def restore(self, items: Iterable[CrawlItem]) -> None:
        self.frontier.restore(items)

    def discover(self, item: CrawlItem, base_url: str, links: list[str]) -> None:
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

    def _enqueue(self, raw_url: str, depth: int, referrer: str | None, from_links: bool) -> str:
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
        outcome, full = self.frontier.add(CrawlItem(url, depth, referrer), limits)
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
            f"more than {self.frontier.max_per_pattern} links shaped like {sanitize(key)}: "
            "the rest are skipped (calendar or filter trap? raise max_urls_per_pattern)"
        )

    # --- fetching -------------------------------------------------------------------------

    def fetch(self, item: CrawlItem) -> FetchResult:
        try:
            result = self._fetch_page(item)
        except Exception as exc:  # noqa: BLE001 - a crawl must survive any one page
            result = self._failure(item, item.url, [], f"internal error: {exc.__class__.__name__}")
        self._record(result)
        return result

    def _fetch_page(self, item: CrawlItem) -> FetchResult:
        url, redirects = item.url, []
        visited = {url}
        for hop_index in range(MAX_REDIRECTS + 1):
            reason = self._blocked(url, check_scope=hop_index > 0)
            if reason is not None:
                if hop_index > 0:
                    reason = f"redirect to {url}: {reason}"
                return self._failure(item, url, redirects, reason)
            try:
                hop = self._get(url, self.config.max_body_bytes, read_any=False)
            except FetchError as exc:
                return self._failure(item, url, redirects, str(exc))
            target = self._redirect_target(hop)
            if target is None:
                return self._result(item, hop, redirects)
            redirects.append(target)
            if target in visited:
                return self._failure(item, target, redirects, f"redirect loop at {target}")
            if not self.scope.allows(target):
                return self._failure(
                    item, url, redirects, f"out-of-scope redirect to {target}", hop.status
                )
            visited.add(target)
            self.frontier.mark_seen(target)
            url = target
        return self._failure(item, url, redirects, f"too many redirects (> {MAX_REDIRECTS})")

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

    @staticmethod
    def _redirect_target(hop: Hop) -> str | None:
        if hop.status not in REDIRECT_STATUSES:
            return None
        location = hop.header("Location")
        if not location:
            return None
        try:
            return normalize_url(urljoin(hop.url, location.strip()))
        except ValueError:
            return None

    def _get(self, url: str, cap: int, read_any: bool) -> Hop:
        """One URL, with retries on connection errors and 502/503/504. Raises FetchError."""
        attempts = max(0, self.config.retries) + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                hop = self._attempt(url, cap, read_any)
            except FetchError as exc:
                if not exc.retryable or last:
                    raise
                self._count("retries")
                time.sleep(self.backoff_base * 2**attempt)
                continue
            if hop.status not in RETRY_STATUSES or last:
                return hop
            wait = self._retry_wait(hop, attempt)
            if wait is None:
                return hop
            self._count("retries")
            time.sleep(wait)
        raise AssertionError("unreachable")

    def _retry_wait(self, hop: Hop, attempt: int) -> float | None:
        """Seconds to wait before retrying a 502/503/504; None when Retry-After asks for more
        than we are willing to wait (the page is then reported with its status)."""
        retry_after = parse_retry_after(hop.header("Retry-After"))
        if retry_after is None:
            return self.backoff_base * 2**attempt
        if retry_after > self.retry_after_cap:
            hop.extra["retry_after"] = f"{retry_after:g}"
            return None
        # Everyone else waits too: the host asked for a pause, not just this page.
        self.gate.pause(host_key(hop.url), retry_after)
        return retry_after

    def _attempt(self, url: str, cap: int, read_any: bool) -> Hop:
        """One request holding one of the host's slots, under a total deadline."""
        budget = self.config.connect_timeout + self.config.read_timeout
        with self.gate.slot(host_key(url), unlimited=self._is_own_folder(url)):
            deadline = time.monotonic() + budget
            too_slow = f"too slow: no complete answer within {budget:g} s"
            try:
                hop = self._request(url, cap, read_any, deadline)
            except FetchError as exc:
                if self.http.finish():
                    raise FetchError(too_slow) from exc
                raise
            except BaseException:
                self.http.finish()
                raise
            # The watchdog's shutdown can also look like a clean end of the body.
            if self.http.finish():
                raise FetchError(too_slow)
            return hop

    def _request(self, url: str, cap: int, read_any: bool, deadline: float) -> Hop:
        response = self.http.open(url, deadline)
        try:
            hop = Hop(url, response.status_code, dict(response.headers))
            if self._wants_body(hop, read_any):
                hop.body, hop.body_hash = read_body(response, cap, deadline)
            return hop
        finally:
            response.close()

    @staticmethod
    def _wants_body(hop: Hop, read_any: bool) -> bool:
        if not 200 <= hop.status < 300:
            return False
        content_type = hop.header("Content-Type")
        return read_any or content_type is None or is_html_type(content_type)

    def _folder_alias(self, url: str) -> str:
        """On our own folder server dir/index.html and dir/ are one file: use one URL."""
        if self._is_own_folder(url) and url.endswith("/index.html"):
            return url[: -len("index.html")]
        return url

    def _is_own_folder(self, url: str) -> bool:
        return self._folder is not None and host_key(url) == host_key(self._folder.url)

    # --- results --------------------------------------------------------------------------

    def _result(self, item: CrawlItem, hop: Hop, redirects: list[str]) -> FetchResult:
        content_type = hop.header("Content-Type")
        result = FetchResult(
            item=item, url=item.url, final_url=hop.url, status=hop.status,
            content_type=content_type, headers=_safe_headers(hop.headers), text=None,
            body_hash=hop.body_hash, error=None, kind="page", redirects=redirects,
        )  # fmt: skip
        if hop.status >= 400:
            result.kind = "broken"
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
        result.text = text
        result.warnings = warnings
        canonical = find_canonical(text, hop.url)
        if canonical is not None:
            try:
                result.canonical = normalize_url(canonical)
            except ValueError:
                result.canonical = canonical[:2048]
        return result

    def _failure(
        self,
        item: CrawlItem,
        url: str,
        redirects: list[str],
        reason: str,
        status: int | None = None,
    ) -> FetchResult:
        return FetchResult(
            item=item, url=item.url, final_url=url, status=status, content_type=None,
            headers={}, text=None, body_hash=None, error=reason, kind="page",
            redirects=redirects,
        )  # fmt: skip

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
            if result.kind == "broken":
                self.broken_links.append({"url": result.url, "status": result.status,
                                          "error": result.error,
                                          "referrer": result.item.referrer})  # fmt: skip
        if result.error is not None:
            self._log(f"{sanitize(result.url)}: {sanitize(result.error)}")
        for warning in result.warnings:
            self._log(f"{sanitize(result.url)}: {sanitize(warning)}")

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
            self._log(f"{sanitize(robots_url)}: {robots.error}; this host is not crawled")
        return robots

    def _fetch_sitemap(self, url: str) -> RawResponse:
        return self._fetch_aux(url, SITEMAP_MAX_BYTES, same_site_only=False)

    def _fetch_aux(self, url: str, cap: int, same_site_only: bool) -> RawResponse:
        """robots.txt or a sitemap: guard, scope and redirects checked like a page, the body
        read whatever its type. Never raises."""
        try:
            url = normalize_url(url)
        except ValueError as exc:
            return RawResponse(url, None, None, None, str(exc))
        visited = {url}
        for _ in range(MAX_REDIRECTS + 1):
            if not self._aux_in_scope(url, same_site_only):
                return RawResponse(url, None, None, None, f"out of scope: {url}")
            reason = self.guard.check(url)
            if reason is not None:
                return RawResponse(url, None, None, None, reason)
            try:
                hop = self._get(url, cap, read_any=True)
            except FetchError as exc:
                return RawResponse(url, None, None, None, str(exc))
            target = self._redirect_target(hop)
            if target is None:
                return RawResponse(url, hop.status, hop.body, hop.header("Content-Type"), None)
            if target in visited:
                return RawResponse(url, None, None, None, "redirect loop")
            visited.add(target)
            url = target
        return RawResponse(url, None, None, None, "too many redirects")

    def _aux_in_scope(self, url: str, same_site_only: bool) -> bool:
        if self.scope.allows(url) or self.scope.host_allowed(url):
            return True
        return not same_site_only and host_key(url) in getattr(self, "_sitemap_hosts", set())

    @staticmethod
    def _is_loopback(url: str) -> bool:
        host = urlsplit(url).hostname or ""
        if host == "localhost":
            return True
        try:
            return address_class(host) == "loopback"
        except ValueError:
            return False


# --- helpers ------------------------------------------------------------------------------

SECRET_HEADERS = frozenset({"set-cookie", "authorization", "proxy-authenticate", "cookie"})


def _safe_headers(headers: dict[str, str]) -> dict[str, str]:
    """Response headers without the ones that may carry session secrets into a report."""
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


def _read_url_list(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"--urls {path}: {exc.strerror}") from None
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
