"""A URL to a response: a host slot, a total deadline, retries, and the one redirect loop.

The transport decides nothing about the crawl. What may be requested, and which redirect
may be followed, it is told by the caller's callbacks, so that pages, robots.txt and
sitemaps share one loop that re-checks every hop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from checker.crawl.fetch import FetchError, Hop, HttpClient, parse_retry_after, read_body
from checker.crawl.links import is_html_type
from checker.crawl.politeness import HostGate
from checker.crawl.scope import host_key, normalize_url

MAX_REDIRECTS = 10
RETRY_STATUSES = frozenset({429, 502, 503, 504})  # "not now": Retry-After is honoured
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Why a URL may not be requested (None: it may). The int is the hop's index, 0 for the URL
# asked for, 1 for the first redirect target...
HopCheck = Callable[[str, int], "str | None"]
# Why a redirect target may not be followed (None: follow it).
RedirectCheck = Callable[[str], "str | None"]


@dataclass
class Transfer:
    """What became of one URL: the final response, or why there is none."""

    url: str  # the last URL requested or refused
    hop: Hop | None  # the final response; None when `error` says why there is none
    redirects: list[str] = field(default_factory=list)  # targets in order, refused ones too
    error: str | None = None
    status: int | None = None  # the redirect's status when its target was refused


@dataclass
class Transport:
    """Requests through `http`, one host slot each (`gate`), under a total deadline of
    connect + read timeout, retried on connection errors and 429/502/503/504."""

    http: HttpClient
    gate: HostGate
    retries: int
    budget: float  # seconds for one complete answer
    backoff_base: float = 0.5  # seconds; doubled per retry
    retry_after_cap: float = 30.0  # longest Retry-After we wait for
    unlimited: Callable[[str], bool] = lambda url: False  # no slot needed (our own folder)
    on_retry: Callable[[], None] = lambda: None

    def follow(self, url: str, cap: int, read_any: bool, check: HopCheck,
               redirect_check: RedirectCheck | None = None,
               conditions: dict[str, str] | None = None) -> Transfer:
        """Request `url` and follow its redirects by hand: `check` is asked before every
        request, `redirect_check` before a target is followed; `conditions` (If-None-Match,
        If-Modified-Since) go with the first request only. Never raises FetchError."""
        redirects: list[str] = []
        visited = {url}
        for hop_index in range(MAX_REDIRECTS + 1):
            reason = check(url, hop_index)
            if reason is not None:
                return Transfer(url, None, redirects, reason)
            try:
                hop = self.get(url, cap, read_any, conditions if hop_index == 0 else None)
            except FetchError as exc:
                return Transfer(url, None, redirects, str(exc))
            target = redirect_target(hop)
            if target is None:
                return Transfer(url, hop, redirects)
            redirects.append(target)
            if target in visited:
                return Transfer(target, None, redirects, f"redirect loop at {target}")
            reason = redirect_check(target) if redirect_check else None
            if reason is not None:
                return Transfer(url, None, redirects, reason, hop.status)
            visited.add(target)
            url = target
        return Transfer(url, None, redirects, f"too many redirects (> {MAX_REDIRECTS})")

    def get(self, url: str, cap: int, read_any: bool,
            conditions: dict[str, str] | None = None) -> Hop:
        """One URL, with retries on connection errors and 429/502/503/504. Raises FetchError."""
        attempts = max(0, self.retries) + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                hop = self._attempt(url, cap, read_any, conditions)
            except FetchError as exc:
                if not exc.retryable or last:
                    raise
                self.on_retry()
                time.sleep(self.backoff_base * 2**attempt)
                continue
            if hop.status not in RETRY_STATUSES or last:
                return hop
            wait = self._retry_wait(hop, attempt)
            if wait is None:
                return hop
            self.on_retry()
            time.sleep(wait)
        raise AssertionError("unreachable")

    def _retry_wait(self, hop: Hop, attempt: int) -> float | None:
        """Seconds to wait before retrying a 429/502/503/504; None when Retry-After asks for more
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

    def _attempt(self, url: str, cap: int, read_any: bool,
                 conditions: dict[str, str] | None = None) -> Hop:
        """One request holding one of the host's slots, under a total deadline."""
        with self.gate.slot(host_key(url), unlimited=self.unlimited(url)):
            deadline = time.monotonic() + self.budget
            too_slow = f"too slow: no complete answer within {self.budget:g} s"
            try:
                hop = self._request(url, cap, read_any, deadline, conditions)
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

    def _request(self, url: str, cap: int, read_any: bool, deadline: float,
                 conditions: dict[str, str] | None = None) -> Hop:
        response = self.http.open(url, deadline, conditions)
        try:
            hop = Hop(url, response.status_code, dict(response.headers))
            if _wants_body(hop, read_any):
                hop.body, hop.body_hash = read_body(response, cap, deadline)
            return hop
        finally:
            response.close()


def redirect_target(hop: Hop) -> str | None:
    """The normalized target of a redirect response, or None when `hop` is not one."""
    if hop.status not in REDIRECT_STATUSES:
        return None
    location = hop.header("Location")
    if not location:
        return None
    try:
        return normalize_url(urljoin(hop.url, location.strip()))
    except ValueError:
        return None


def _wants_body(hop: Hop, read_any: bool) -> bool:
    """Bodies are read for 2xx pages only, and for robots.txt and sitemaps (`read_any`)."""
    if not 200 <= hop.status < 300:
        return False
    content_type = hop.header("Content-Type")
    return read_any or content_type is None or is_html_type(content_type)
