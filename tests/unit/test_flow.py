"""The audit's threads (checker.flow) and how many browsers they get (checker.browser.sizing):
real threads, real queues; the work functions are the test's own."""

from __future__ import annotations

import os
import threading
import time

import pytest

from checker.browser.sizing import (
    available_mib,
    local_session_cap,
    session_count,
    usable_cores,
)
from checker.flow import FetchAhead
from checker.settings import AuditConfig


class Site:
    """Items 0..n-1: even ones need no browser, odd ones are rendered. Records what each
    stage saw and the most fetched pages ever waiting for a browser."""

    def __init__(self, count: int, render_seconds: float = 0.0) -> None:
        self.todo = list(range(count))
        self.lock = threading.Lock()
        self.rendered: list[int] = []
        self.finished: list[int] = []
        self.waiting = 0
        self.most_waiting = 0
        self.render_seconds = render_seconds
        self.render_threads: set[str] = set()

    def claim(self) -> int | None:
        with self.lock:
            return self.todo.pop(0) if self.todo else None

    def fetch(self, item: int) -> int | None:
        if item % 2 == 0:
            return None
        with self.lock:
            self.waiting += 1
            self.most_waiting = max(self.most_waiting, self.waiting)
        return item

    def render(self, job: int) -> None:
        with self.lock:
            self.waiting -= 1
        time.sleep(self.render_seconds)
        with self.lock:
            self.rendered.append(job)
            self.render_threads.add(threading.current_thread().name)

    def finish(self, item: int) -> None:
        with self.lock:
            self.finished.append(item)

    def flow(self) -> FetchAhead[int, int]:
        return FetchAhead(claim=self.claim, fetch=self.fetch, render=self.render,
                          finish=self.finish, item_of=lambda job: job)


def test_every_item_is_finished_once_and_only_pages_are_rendered():
    site = Site(40)
    site.flow().run(fetchers=3, depth=4, browsers=2)
    assert sorted(site.finished) == list(range(40))
    assert sorted(site.rendered) == list(range(1, 40, 2))
    assert site.render_threads <= {"browser-0", "browser-1"}


def test_pages_fetched_ahead_are_bounded_by_the_depth():
    """Slow browsers: fetchers stop at `depth` queued pages (plus one each in hand, and one
    each browser has taken), they do not fetch the whole site ahead."""
    site = Site(30, render_seconds=0.01)
    site.flow().run(fetchers=2, depth=3, browsers=1)
    assert sorted(site.rendered) == list(range(1, 30, 2))
    assert site.most_waiting <= 3 + 2 + 1


def test_a_crawl_with_nothing_to_render_still_ends():
    site = Site(0)
    site.flow().run(fetchers=2, depth=2, browsers=1)
    assert site.finished == [] and site.rendered == []


def test_a_failing_render_stops_the_run_and_is_raised():
    site = Site(20)

    def broken(job: int) -> None:
        raise ValueError(f"render bug on {job}")

    flow = FetchAhead(claim=site.claim, fetch=site.fetch, render=broken, finish=site.finish,
                      item_of=lambda job: job)
    with pytest.raises(ValueError, match="render bug"):
        flow.run(fetchers=2, depth=2, browsers=2)


def test_sessions_fit_the_cores_and_the_memory():
    assert local_session_cap(2, 24_000) == 2
    assert local_session_cap(8, 24_000) == 8
    assert local_session_cap(8, 1_300) == 2  # memory for two sessions only
    assert local_session_cap(1, 100) == 1  # always one
    assert usable_cores() == len(os.sched_getaffinity(0))


def test_more_workers_never_start_more_local_browsers_than_the_cap():
    cap = local_session_cap(usable_cores(), available_mib())
    counts = [session_count(AuditConfig(workers=n).browser_stage) for n in range(1, 17)]
    assert counts == [min(n, cap) for n in range(1, 17)]  # never fewer for more workers
    assert session_count(AuditConfig(workers=1).browser_stage) == 1
    grid = AuditConfig(workers=8, webdriver_url="http://grid.invalid:4444").browser_stage
    assert session_count(grid) == 8

