"""Fetch ahead of the browsers: the threads of the audit's pipeline.

Fetcher threads claim URLs from the crawl frontier and fetch them; what needs no browser (a
broken link, a document, an unchanged page carried over) is finished right there, and each
page to render waits in a short queue for a browser thread. So a browser never idles through
a page's round trip to the server, and more pages in flight cost a queue slot, not another
Chromium.

How many browser threads run is the caller's choice (checker.browser.sizing); a browser
thread costs nothing until its first page, since the sessions start on demand. An item is
released to the frontier only when it is finished, so the crawl is not over while a page
waits or renders.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

_POLL = 0.2  # seconds between looks at the stop flag while a queue is full or empty


class FetchAhead[Item, Job]:
    """Runs `fetch` on `fetchers` threads and `render` on the browser threads, `depth`
    fetched pages waiting at most. `fetch` returns None when the item needs no browser;
    `finish` runs once per item when it is done either way. The first exception of any
    thread stops the others and is raised by `run`."""

    def __init__(self, claim: Callable[[], Item | None],
                 fetch: Callable[[Item], Job | None], render: Callable[[Job], None],
                 finish: Callable[[Item], None], item_of: Callable[[Job], Item]) -> None:
        self.claim, self.fetch, self.render = claim, fetch, render
        self.finish, self.item_of = finish, item_of
        self.errors: list[BaseException] = []
        self._stop = threading.Event()

    def run(self, fetchers: int, depth: int, browsers: int) -> None:
        ready: queue.Queue[Job | None] = queue.Queue(maxsize=max(1, depth))
        fetch_threads = [self._thread(self._fetch_loop, ready, f"fetch-{i}")
                         for i in range(max(1, fetchers))]
        browser_threads = [self._thread(self._render_loop, ready, f"browser-{i}")
                           for i in range(max(1, browsers))]
        for thread in fetch_threads:
            thread.join()
        for _ in browser_threads:
            self._put(ready, None, force=True)
        for thread in browser_threads:
            thread.join()
        if self.errors:
            raise self.errors[0]

    def _thread(self, target: Callable[[queue.Queue[Job | None]], None],
                ready: queue.Queue[Job | None], name: str) -> threading.Thread:
        def guarded() -> None:
            try:
                target(ready)
            except BaseException as exc:  # surfaced by run(): a bug must not hang the audit
                self.errors.append(exc)
                self._stop.set()
        thread = threading.Thread(target=guarded, name=name, daemon=True)
        thread.start()
        return thread

    def _fetch_loop(self, ready: queue.Queue[Job | None]) -> None:
        while not self._stop.is_set() and (item := self.claim()) is not None:
            try:
                job = self.fetch(item)
            except BaseException:
                self.finish(item)
                raise
            if job is None:
                self.finish(item)
            elif not self._put(ready, job):
                self.finish(item)  # stopping: the page is left unaudited

    def _render_loop(self, ready: queue.Queue[Job | None]) -> None:
        while True:
            try:
                job = ready.get(timeout=_POLL)
            except queue.Empty:
                if self._stop.is_set():
                    return
                continue
            if job is None:
                return
            try:
                if not self._stop.is_set():
                    self.render(job)
            finally:
                self.finish(self.item_of(job))

    def _put(self, ready: queue.Queue[Job | None], job: Job | None, force: bool = False
             ) -> bool:
        while force or not self._stop.is_set():
            try:
                ready.put(job, timeout=_POLL)
                return True
            except queue.Full:
                if force and self._stop.is_set():
                    return False  # the browser threads are leaving on their own
        return False
