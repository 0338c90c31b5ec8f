"""The content pool: check_page in spawned worker processes gives what the audit's own process
gives; a worker that dies is replaced and its page tried again; a page whose worker keeps
dying is an error of that page, never a missing verdict."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from checker.content import ContentEngine
from checker.content.pool import ContentPool, PageWork
from tests.content.conftest import FIXTURES

pytestmark = pytest.mark.slow  # starts interpreters


def fixture_pages() -> list[tuple[str, str]]:
    pages = sorted(FIXTURES.glob("*/*.html")) + sorted((FIXTURES / "_pages").glob("*.html"))
    return [(f"https://clinic.test/{p.parent.name}/{p.name}", p.read_text()) for p in pages]


def kill_workers_until(stop: threading.Event) -> None:
    """SIGKILL every worker process that appears, until told to stop."""
    while not stop.wait(0.01):
        for child in multiprocessing.active_children():
            if child.pid is not None:
                try:
                    os.kill(child.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def pooled(engine: ContentEngine, processes: int = 2) -> ContentPool:
    pool = ContentPool(engine, processes)
    pool.start_after = 0  # the workers from the first page on
    return pool


def test_workers_give_the_findings_and_facts_of_the_audit_process(engine):
    pages = fixture_pages()
    assert len(pages) > 40
    expected = [engine.check_page(url, html) for url, html in pages]
    with pooled(engine) as pool, ThreadPoolExecutor(4) as threads:
        works = list(threads.map(lambda page: pool.run(page[0], page[1],
                                                       links_base=page[0]), pages))
        assert len(multiprocessing.active_children()) == 2
    for work, verdict in zip(works, expected, strict=True):
        assert work.error is None and work.verdict is not None
        assert work.verdict.findings == verdict.findings  # same findings, same order
        assert work.verdict.facts == verdict.facts
    assert sum(len(v.findings) for v in expected) > 20
    assert any(work.links for work in works)


def test_a_killed_worker_is_replaced_and_its_page_tried_again(engine):
    url, html = next(p for p in fixture_pages() if "fire-may-cure" in p[0])
    expected = engine.check_page(url, html)
    with pooled(engine, processes=2) as pool:
        assert pool.run(url, html).verdict is not None  # the workers are up
        victim = multiprocessing.active_children()[0]
        assert victim.pid is not None
        os.kill(victim.pid, signal.SIGKILL)
        victim.join(10)
        work = pool.run(url, html)
    assert pool.restarts == 1
    assert work.verdict is not None and work.verdict.findings == expected.findings


def test_a_page_whose_worker_keeps_dying_is_an_error_of_that_page(engine):
    url, html = next(p for p in fixture_pages() if "fire-may-cure" in p[0])
    stop = threading.Event()
    killer = threading.Thread(target=kill_workers_until, args=(stop,))
    with pooled(engine) as pool:
        killer.start()
        try:
            work = pool.run(url, html)
        finally:
            stop.set()
            killer.join()
    assert work == PageWork(None, [], work.error)
    assert work.error is not None and "worker process died 2 times" in work.error


def test_small_audits_check_pages_in_process(engine):
    url, html = fixture_pages()[0]
    with ContentPool(engine, processes=2) as pool:
        for _ in range(pool.start_after):
            assert pool.run(url, html).verdict is not None
        assert multiprocessing.active_children() == []
