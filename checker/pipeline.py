"""How the audit spreads its work over threads, processes and the browser: fetch threads
that run ahead of the one thread that stores (--no-browser), and a browser pool started only
when a page needs rendering."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from checker.browser.pool import BrowserPool
from checker.content.pool import PageWork
from checker.crawl import FetchResult


class LazyBrowser:
    """The browser pool, started when a page first needs rendering: a re-audit whose pages
    are all unchanged (carried over) starts no Chromium at all."""

    def __init__(self, make: Callable[[], BrowserPool]):
        self._make = make
        self._pool: BrowserPool | None = None
        self._lock = threading.Lock()

    def get(self) -> BrowserPool:
        with self._lock:  # one start, whichever worker asks first; the others wait for it
            if self._pool is None:
                self._pool = self._make().__enter__()
            return self._pool

    def __enter__(self) -> LazyBrowser:
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.__exit__(*exc)


class DaemonThreads:
    """A few daemon threads running submitted calls. Unlike a ThreadPoolExecutor's (joined
    when the interpreter exits), they never hold up an interrupted audit's exit."""

    def __init__(self, count: int, name: str):
        self._jobs: queue.SimpleQueue[tuple[Future, Callable, tuple] | None] = (
            queue.SimpleQueue())
        self._threads = [threading.Thread(target=self._serve, name=f"{name}-{i}", daemon=True)
                         for i in range(count)]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()
        self._jobs.put((future, fn, args))
        return future

    def close(self) -> None:
        """Each thread ends after its call in hand; nothing waits for them."""
        for _ in self._threads:
            self._jobs.put(None)

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, fn, args = job
            if not future.set_running_or_notify_cancel():
                continue  # cancelled while queued
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on it
                future.set_exception(exc)


@dataclass
class Prepared:
    """A page as a fetch thread hands it over (--no-browser): the fetch, and the content
    rules' work on it unless the stored findings are carried over as they are."""

    fetched: FetchResult
    work: PageWork | None = None
