"""Content rules on every core: check_page (and, for a fetched page, its links) in a pool of
worker processes, each with its own ContentEngine, built once when the process starts.

Spawn-safe: a worker is sent only the ContentSettings (plain data) and compiles the rule
catalog itself; pages go out as text and come back as PageWork (findings and facts). The
rules are a pure function of the page, so where a page is checked never changes its
findings. Until `start_after` pages were asked for, pages are checked in the calling
process: a small audit does not pay for starting interpreters.

A worker that dies (killed, out of memory) breaks the executor: the pool starts a new one and
tries each page in hand once more. A page that kills its worker twice, or makes the rules
raise, is an error of that page (PageWork.error, a page that could not be audited), never a
traceback and never a page without findings.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from checker.content.engine import ContentEngine, ContentEngineOnDemand, PageVerdict
from checker.crawl.links import extract_links
from checker.settings import ContentSettings
from checker.settings.stages import cores

ERROR_CAP = 300  # characters of an exception's message kept in the page's error


@dataclass
class PageWork:
    """What the content stage made of one page: its verdict and links, or why there is none."""

    verdict: PageVerdict | None
    links: list[str] = field(default_factory=list)
    error: str | None = None


def work_on(engine: ContentEngine | ContentEngineOnDemand, url: str, html: str, status: int | None,
            links_base: str | None) -> PageWork:
    """One page through the rules (and its links read when `links_base` is given)."""
    try:
        verdict = engine.check_page(url, html, status=status)
        links = extract_links(html, links_base) if links_base is not None else []
    except Exception as exc:  # noqa: BLE001 - a bad page is its own error, not the audit's end
        reason = f"{exc.__class__.__name__}: {exc}"[:ERROR_CAP]
        return PageWork(None, error=f"the content rules failed on this page ({reason})")
    return PageWork(verdict, links)


_WORKER_ENGINE: ContentEngine | None = None  # one per worker process, built at its start


def _start_worker(settings: ContentSettings) -> None:
    global _WORKER_ENGINE
    _WORKER_ENGINE = ContentEngine(settings)


def _work_in_worker(url: str, html: str, status: int | None, links_base: str | None
                    ) -> PageWork:
    assert _WORKER_ENGINE is not None, "the pool's initializer builds the engine"
    return work_on(_WORKER_ENGINE, url, html, status, links_base)


class ContentPool:
    """check_page on `processes` worker processes (1 or fewer: in the calling thread).
    Thread-safe: the audit's threads each block on their own page. Use as a context manager."""

    start_after = 24  # pages checked in-process before the workers start (tests lower it)
    attempts = 2  # a page whose worker died is tried once more on a fresh pool

    def __init__(self, engine: ContentEngine | ContentEngineOnDemand,
                 processes: int | None = None):
        self.engine = engine  # the in-process engine; its settings build the workers'
        self.processes = cores() if processes is None else processes
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._asked = 0
        self._closed = False
        self.restarts = 0  # executors replaced after a worker died

    def __enter__(self) -> ContentPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            executor, self._executor, self._closed = self._executor, None, True
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def check_page(self, url: str, html: str, *, status: int | None = None) -> PageWork:
        return self.run(url, html, status=status)

    def run(self, url: str, html: str, *, status: int | None = None,
            links_base: str | None = None) -> PageWork:
        """The page's verdict (and its links from `links_base`), from a worker when the pool
        is running, else from this thread."""
        executor = self._executor_for_next_page()
        if executor is None:
            return work_on(self.engine, url, html, status, links_base)
        for _ in range(self.attempts):
            try:
                return executor.submit(_work_in_worker, url, html, status, links_base).result()
            except BrokenProcessPool:
                executor = self._replace(executor)
                if executor is None:  # closed meanwhile: the audit is ending
                    break
            except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be sent back
                reason = f"{exc.__class__.__name__}: {exc}"[:ERROR_CAP]
                return PageWork(None, error=f"the content rules failed on this page ({reason})")
        return PageWork(None, error="the content rules could not run on this page: their "
                                    f"worker process died {self.attempts} times")

    def _executor_for_next_page(self) -> ProcessPoolExecutor | None:
        with self._lock:
            self._asked += 1
            if self._closed or self.processes <= 1 or self._asked <= self.start_after:
                return None
            if self._executor is None:
                self._executor = self._new_executor()
            return self._executor

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=(self.engine.config,))

    def _replace(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor | None:
        """A fresh executor in place of a broken one (once, whichever thread sees it first)."""
        with self._lock:
            if self._closed:
                return None
            if self._executor is broken:
                broken.shutdown(wait=False, cancel_futures=True)
                self._executor = self._new_executor()
                self.restarts += 1
            return self._executor
