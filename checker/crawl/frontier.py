"""The frontier: what is queued, what is in flight, what was seen. Thread-safe.

Memory is one string per URL ever seen plus the queued items: pages' bodies never come here.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Iterable

from checker.crawl.items import CrawlItem


class Frontier:
    def __init__(self, max_pages: int, max_per_pattern: int = 200) -> None:
        self.max_pages = max_pages
        self.max_per_pattern = max_per_pattern
        self._queue: deque[CrawlItem] = deque()
        self._seen: set[str] = set()
        self._skipped: set[str] = set()
        self._patterns: Counter[str] = Counter()
        self._in_flight = 0
        self._claimed = 0
        self._next_seq = 0
        self._cond = threading.Condition()

    # --- adding ---------------------------------------------------------------------------

    def seen(self, url: str) -> bool:
        with self._cond:
            return url in self._seen

    def mark_seen(self, url: str) -> bool:
        """Record a URL as known without queueing it; False if it was already known."""
        with self._cond:
            if url in self._seen:
                return False
            self._seen.add(url)
            return True

    def add(self, item: CrawlItem, limits: tuple[str, ...] = ()) -> tuple[str, str | None]:
        """Queue an item unless its URL was seen. Returns ("queued" | "seen" | "capped", the
        limit key that was full). Each key in `limits` admits at most max_per_pattern URLs:
        many URLs of one shape are the mark of a calendar or filter trap."""
        with self._cond:
            if item.url in self._seen:
                return "seen", None
            for key in limits:
                if self._patterns[key] >= self.max_per_pattern:
                    return "capped", key
            for key in limits:
                self._patterns[key] += 1
            self._seen.add(item.url)
            self._queue.append(item)
            self._cond.notify()
            return "queued", None

    def skip(self, urls: Iterable[str]) -> int:
        """URLs done in an earlier run: never claimed, but they count toward max_pages."""
        count = 0
        with self._cond:
            for url in urls:
                if url in self._skipped:
                    continue
                self._skipped.add(url)
                self._seen.add(url)
                count += 1
            self._claimed += count
            self._cond.notify_all()
        return count

    def restore(self, items: Iterable[CrawlItem]) -> int:
        count = 0
        with self._cond:
            queued = {item.url for item in self._queue}
            for item in items:
                if item.url in self._skipped or item.url in queued:
                    continue
                self._seen.add(item.url)
                self._queue.append(item)
                queued.add(item.url)
                count += 1
            self._cond.notify_all()
        return count

    # --- taking ---------------------------------------------------------------------------

    def claim(self, timeout: float | None = None) -> CrawlItem | None:
        """The next item, waiting while the queue is empty but items in flight may still
        add more. None when the crawl is over, or when `timeout` passes first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while True:
                if self._claimed >= self.max_pages:
                    return None
                while self._queue:
                    item = self._queue.popleft()
                    if item.url in self._skipped:
                        continue
                    self._claimed += 1
                    self._in_flight += 1
                    item.claim_seq, self._next_seq = self._next_seq, self._next_seq + 1
                    return item
                if self._in_flight == 0:
                    self._cond.notify_all()  # wake the other waiting workers: it is over
                    return None
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return None
                self._cond.wait(remaining)

    def release(self) -> None:
        with self._cond:
            self._in_flight = max(0, self._in_flight - 1)
            self._cond.notify_all()

    # --- looking --------------------------------------------------------------------------

    @property
    def done(self) -> bool:
        with self._cond:
            if self._claimed >= self.max_pages:
                return self._in_flight == 0
            return not self._queue and self._in_flight == 0

    def pending(self) -> list[CrawlItem]:
        with self._cond:
            return [item for item in self._queue if item.url not in self._skipped]

    def counts(self) -> dict[str, int]:
        with self._cond:
            return {
                "queued": len(self._queue),
                "in_flight": self._in_flight,
                "claimed": self._claimed,
                "seen": len(self._seen),
            }
