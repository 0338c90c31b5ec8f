"""Fixtures for the crawler tests: the misbehaving site, another host, a fast config, and a
worker loop that drives the Crawler API the way the pipeline does (without a browser)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
from requests import Response

from checker.crawl import Crawler, FetchResult, extract_links
from checker.crawl import scope as scope_module
from checker.crawl.fetch import HttpClient
from checker.settings import AuditConfig
from tests.crawl.misbehaving_server import PRIVATE_HOST, MisbehavingServer, RecordingServer

PRIVATE_ADDRESS = "10.0.0.5"


@pytest.fixture
def other_host() -> Iterator[RecordingServer]:
    with RecordingServer("127.0.0.2") as server:
        yield server


@pytest.fixture
def site(other_host: RecordingServer) -> Iterator[MisbehavingServer]:
    server = MisbehavingServer()
    server.state.other_origin = other_host.origin
    with server:
        yield server


def install_fake_dns(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """intranet.test resolves to a private address; every other name but localhost fails
    (tests never reach a real resolver). Returns the list of names asked for."""
    asked: list[str] = []

    def resolve(host: str, port: int | None = None) -> list[str]:
        asked.append(host)
        if host == PRIVATE_HOST:
            return [PRIVATE_ADDRESS]
        if host == "localhost":
            return ["127.0.0.1"]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(scope_module, "resolve_host", resolve)
    return asked


def install_no_private_traffic(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail the test if the fetch layer is ever asked for a private host. Returns the list
    of URLs the fetch layer was asked for."""
    real_open = HttpClient.open
    opened: list[str] = []

    def guarded_open(self: HttpClient, url: str, deadline: float | None = None,
                     conditions: dict[str, str] | None = None) -> Response:
        opened.append(url)
        if PRIVATE_HOST in url or PRIVATE_ADDRESS in url:
            pytest.fail(f"the fetch layer was asked for a private address: {url}")
        return real_open(self, url, deadline, conditions)

    monkeypatch.setattr(HttpClient, "open", guarded_open)
    return opened


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return install_fake_dns(monkeypatch)


@pytest.fixture
def no_private_traffic(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return install_no_private_traffic(monkeypatch)


def fast_config(start: list[str], **overrides: object) -> AuditConfig:
    values: dict[str, object] = dict(
        start=start,
        connect_timeout=1.0,
        read_timeout=1.5,  # above the trickle's 1 s between bytes: its reason is "too slow"
        max_body_bytes=1024 * 1024,
        retries=1,
        per_host_concurrency=8,
        max_pages=80,
        max_urls_per_pattern=5,
    )
    values.update(overrides)
    return AuditConfig(**values)  # type: ignore[arg-type]


def fast(crawler: Crawler) -> Crawler:
    crawler.backoff_base = 0.05
    crawler.retry_after_cap = 2.0
    return crawler


def run_crawl(crawler: Crawler, workers: int = 8) -> dict[str, FetchResult]:
    """claim -> fetch -> extract_links -> discover -> release, on `workers` threads, as the
    pipeline does in --no-browser mode. Returns every result by requested URL."""
    results: dict[str, FetchResult] = {}
    lock = threading.Lock()
    failures: list[BaseException] = []

    def work() -> None:
        try:
            while (item := crawler.claim()) is not None:
                try:
                    result = crawler.fetch(item)
                    with lock:
                        assert item.url not in results, f"{item.url} claimed twice"
                        results[item.url] = result
                    if result.ok:
                        links = extract_links(result.text or "", result.final_url)
                        crawler.discover(item, result.final_url, links)
                finally:
                    crawler.release(item)
        except BaseException as exc:  # noqa: BLE001 - reported in the main thread
            failures.append(exc)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive(), "a crawl worker hung"
    if failures:
        raise failures[0]
    return results
