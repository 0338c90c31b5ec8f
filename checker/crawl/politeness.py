"""Per-host politeness: a cap on concurrent requests and a minimum gap between them."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    delay: float = 0.0
    next_start: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


class HostGate:
    """Hands out request slots per host. A host with a delay (--delay, robots Crawl-delay,
    a 503's Retry-After) gets its requests spaced at least that far apart."""

    def __init__(self, concurrency: int, default_delay: float = 0.0) -> None:
        self.concurrency = max(1, concurrency)
        self.default_delay = default_delay
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            entry = self._hosts.get(host)
            if entry is None:
                entry = _Host(threading.BoundedSemaphore(self.concurrency), self.default_delay)
                self._hosts[host] = entry
            return entry

    def set_delay(self, host: str, delay: float) -> None:
        entry = self._host(host)
        entry.delay = max(entry.delay, delay)

    def pause(self, host: str, seconds: float) -> None:
        """No request to this host for `seconds` (a Retry-After)."""
        entry = self._host(host)
        with entry.lock:
            entry.next_start = max(entry.next_start, time.monotonic() + seconds)

    @contextmanager
    def slot(self, host: str, unlimited: bool = False) -> Iterator[None]:
        """Hold one of the host's request slots for the duration of a request.

        `unlimited` is for our own folder server and loopback hosts with no delay: there is
        no one to be polite to.
        """
        if unlimited:
            yield
            return
        entry = self._host(host)
        entry.slots.acquire()
        try:
            self._wait_turn(entry)
            yield
        finally:
            entry.slots.release()

    @staticmethod
    def _wait_turn(entry: _Host) -> None:
        if entry.delay <= 0 and entry.next_start <= time.monotonic():
            return  # the common case on loopback and folders: nothing to wait for
        # Sleeping under the host's lock lines its requests up one after another, and the
        # gap is measured from when a request really started, however late the sleep woke.
        with entry.lock:
            wait = entry.next_start - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            entry.next_start = time.monotonic() + entry.delay
