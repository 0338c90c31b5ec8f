"""robots.txt, read once per host with protego."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from protego import Protego

ROBOTS_MAX_BYTES = 512 * 1024  # Google reads the first 500 KiB; so do we


@dataclass
class HostRobots:
    """What one host's robots.txt says; `parser` None means everything is allowed."""

    parser: Protego | None = None
    error: str | None = None  # set when robots.txt could not be read and we stay away
    sitemaps: list[str] = field(default_factory=list)

    def allowed(self, url: str, user_agent: str) -> bool:
        if self.error is not None:
            return False
        return self.parser is None or self.parser.can_fetch(url, user_agent)

    def crawl_delay(self, user_agent: str) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(user_agent)
        rate = self.parser.request_rate(user_agent)
        if rate is not None and rate.requests:
            delay = max(delay or 0.0, rate.seconds / rate.requests)
        return float(delay or 0.0)


def parse_robots(status: int | None, body: bytes | None, error: str | None) -> HostRobots:
    """The rules from a robots.txt response, following the usual reading (RFC 9309):
    a missing file (4xx) allows everything; a server error (5xx) means stay away."""
    if status is not None and 500 <= status < 600:
        return HostRobots(error=f"robots.txt unavailable (HTTP {status})")
    if error is not None or status is None or not 200 <= status < 300 or body is None:
        # Unreachable or missing: the page fetch itself will report the real problem.
        return HostRobots()
    text = body.decode("utf-8", "replace")
    parser = Protego.parse(text)
    return HostRobots(parser=parser, sitemaps=list(parser.sitemaps))


class RobotsCache:
    """One HostRobots per scheme+host+port, fetched on first use by exactly one thread."""

    def __init__(self, fetch: Callable[[str], HostRobots], enabled: bool = True) -> None:
        self._fetch = fetch
        self.enabled = enabled
        self._hosts: dict[str, HostRobots] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    @staticmethod
    def robots_url(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}/robots.txt"

    def for_url(self, url: str) -> HostRobots:
        if not self.enabled:
            return HostRobots()
        key = self.robots_url(url)
        with self._lock:
            if key in self._hosts:
                return self._hosts[key]
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._lock:
                if key in self._hosts:
                    return self._hosts[key]
            robots = self._fetch(key)
            with self._lock:
                self._hosts[key] = robots
            return robots
