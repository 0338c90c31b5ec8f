"""How the audit spreads its work over threads, processes and the browser: fetch threads
that run ahead of the one thread that stores (--no-browser), and a browser pool started only
when a page needs rendering."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from checker.browser.pool import BrowserPool, BrowserUnavailable
from checker.content.pool import PageWork
from checker.crawl import FetchResult


class LazyBrowser:
    """The browser pool, started by the first page that needs rendering (a re-audit whose
    pages are all unchanged starts no Chromium at all), or ahead of it (`start_early`: a
    full audit's first session starts while the crawl reads its first page), and closed
    behind the audit (`close_in_background`: the end-of-run work and the caller do not wait
    for Chromium to quit; the interpreter does, at exit)."""

    def __init__(self, make: Callable[[], BrowserPool]):
        self._make = make
        self._pool: BrowserPool | None = None
        self._closed = False
        self._closing: threading.Thread | None = None
        self._lock = threading.Lock()

    def get(self) -> BrowserPool:
        with self._lock:  # one start, whichever worker asks first; the others wait for it
            if self._closed:
                raise BrowserUnavailable("the audit's browser pool is closed")
            if self._pool is None:
                self._pool = self._make().__enter__()
            return self._pool

    def start_early(self) -> None:
        """Start the pool now, in the background. A page that needs it meanwhile waits for
        this start (get holds the lock) rather than begin another; a start that fails is
        reported by that page's own get, as without this."""
        def start() -> None:
            with contextlib.suppress(Exception):
                self.get()
        threading.Thread(target=start, name="session-start", daemon=True).start()

    def close_in_background(self) -> threading.Thread:
        """Close the pool (and any early start still under way) on a thread that is not a
        daemon: the audit returns at once, and the process does not exit before every
        session has quit. Join the thread to wait for that."""
        self._closing = threading.Thread(target=self._close, args=(None, None, None),
                                         name="browser-close")
        self._closing.start()
        return self._closing

    def __enter__(self) -> LazyBrowser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._closing is None:  # else it is being closed already, in the background
            self._close(*exc)

    def _close(self, *exc: object) -> None:
        with self._lock:  # (an early start still under way finishes first)
            pool, self._pool, self._closed = self._pool, None, True
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
