"""The same site and options give the same pages: with --max-pages below the site's size,
which pages are audited must not depend on which render finished first. Pages are claimed in
the order their links were found, and links are handed to the frontier in the order their
pages were claimed (as the --no-browser pipeline always did), whatever the threads' timing.
The crawler alone, on threads whose "render" times are chosen to finish pages in reverse."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from checker.crawl import Crawler, extract_links
from tests.conftest import LocalServer
from tests.crawl.conftest import fast, fast_config

pytestmark = pytest.mark.timeout(60)

SECTIONS, PAGES = 5, 5


def _body(path: str) -> bytes:
    if path == "/":
        links = "".join(f'<a href="/s{i}/">s{i}</a>' for i in range(SECTIONS))
    elif path.count("/") == 2 and path.endswith("/"):
        links = "".join(f'<a href="{path}p{j}.html">p{j}</a>' for j in range(PAGES))
    else:
        links = ""
    return f"<html><head><title>{path}</title></head><body>{links}</body></html>".encode()


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    from http.server import BaseHTTPRequestHandler

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            body = b"" if self.path == "/robots.txt" else _body(self.path)
            self.send_response(404 if self.path == "/robots.txt" else 200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with LocalServer(Handler) as server:
        yield server.url.rstrip("/")


def _crawl(origin: str, workers: int, max_pages: int, slow_first: bool) -> list[str]:
    """The URLs claimed. Each page's links are found after a pause that is longest for the
    first pages claimed when `slow_first` (a browser busy with a heavy page)."""
    claimed: list[str] = []
    lock = threading.Lock()
    with fast(Crawler(fast_config([origin + "/"], max_pages=max_pages,
                                  per_host_concurrency=8, max_urls_per_pattern=100))) as crawler:
        def work() -> None:
            while (item := crawler.claim()) is not None:
                try:
                    with lock:
                        claimed.append(item.url.removeprefix(origin))
                        rank = len(claimed)
                    result = crawler.fetch(item)
                    if slow_first:
                        time.sleep(max(0.0, 0.2 - 0.03 * rank))
                    if result.ok:
                        crawler.discover(item, result.final_url,
                                         extract_links(result.text or "", result.final_url))
                finally:
                    crawler.release(item)

        threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
            assert not thread.is_alive(), "a crawl worker hung"
    return claimed


def test_the_pages_under_max_pages_do_not_depend_on_render_timing(origin: str) -> None:
    one_thread = _crawl(origin, workers=1, max_pages=12, slow_first=False)
    assert one_thread[:6] == ["/", "/s0/", "/s1/", "/s2/", "/s3/", "/s4/"]
    assert sorted(_crawl(origin, workers=4, max_pages=12, slow_first=True)) == sorted(one_thread)


def test_a_whole_site_is_crawled_by_many_threads(origin: str) -> None:
    pages = _crawl(origin, workers=6, max_pages=100, slow_first=True)
    assert len(pages) == len(set(pages)) == 1 + SECTIONS + SECTIONS * PAGES
