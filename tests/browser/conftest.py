"""Fixtures for the browser stage: a misbehaving site on 127.0.0.1 (and a second origin on
127.0.0.2 for cross-origin frames), browser pools, and a tiny pipeline driver that pushes URLs
through worker threads the way checker.audit does."""

from __future__ import annotations

import http.server
import queue
import threading
import time
from collections.abc import Iterator

import pytest

from checker.browser.pool import BrowserPool
from checker.browser.render import Rendered, render_with_retry
from checker.settings import AuditConfig
from tests.conftest import SITES

SITE = SITES / "browser"
# Set when a browser asks for /slow.gif: a test that must act while a page is still loading
# waits for it instead of guessing with a sleep (the image is cached after the first load).
SLOW_IMAGE_REQUESTED = threading.Event()


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, plus /stall (never answers while the test runs), /slow.gif (answers after
    a second) and CROSS_ORIGIN in pages replaced by the other origin's URL."""

    server: _Server

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(SITE), **kwargs)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path.split("?", 1)[0]
        if path == "/stall":
            self.server.stopping.wait(120)
            return
        if path == "/slow.gif":
            SLOW_IMAGE_REQUESTED.set()
            time.sleep(1.0)
            self.path = "/pixel.gif"
        if path.endswith(".html") and self.server.cross_origin:
            body = (SITE / path.lstrip("/")).read_bytes()
            body = body.replace(b"CROSS_ORIGIN", self.server.cross_origin.encode())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str):
        super().__init__((host, 0), _Handler)
        self.stopping = threading.Event()
        self.cross_origin = ""
        self.url = f"http://{host}:{self.server_address[1]}/"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


@pytest.fixture(scope="session")
def site() -> Iterator[str]:
    """Base URL of the browser fixture site; frames.html embeds a frame from 127.0.0.2."""
    main, other = _Server("127.0.0.1"), _Server("127.0.0.2")
    main.cross_origin = other.url.rstrip("/")
    yield main.url
    main.stop()
    other.stop()


def fast_config(**overrides: object) -> AuditConfig:
    """Short timeouts keep the misbehaving pages cheap."""
    values: dict = {"page_timeout": 5, "axe_timeout": 10, "workers": 1, "quiet": True}
    values.update(overrides)
    return AuditConfig(**values)


@pytest.fixture(scope="module")
def shared_pool() -> Iterator[tuple[BrowserPool, AuditConfig]]:
    """One pool for the tests whose pages do not break sessions."""
    config = fast_config()
    with BrowserPool(config) as pool:
        yield pool, config


def audit_urls(pool: BrowserPool, config: AuditConfig, urls: list[str],
               workers: int) -> dict[str, Rendered]:
    """What checker.audit does with the browser stage: worker threads take URLs and render
    them through the shared pool; every URL must come back."""
    todo: queue.Queue[str] = queue.Queue()
    for url in urls:
        todo.put(url)
    done: dict[str, Rendered] = {}
    lock = threading.Lock()

    def work() -> None:
        while True:
            try:
                url = todo.get_nowait()
            except queue.Empty:
                return
            rendered = render_with_retry(pool, url, config)
            with lock:
                done[url] = rendered

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(240)
    return done


def jpeg_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a JPEG's start-of-frame marker."""
    index = 2
    while index < len(data):
        marker, length = data[index + 1], int.from_bytes(data[index + 2:index + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(data[index + 5:index + 7], "big")
            width = int.from_bytes(data[index + 7:index + 9], "big")
            return width, height
        index += 2 + length
    raise ValueError("no JPEG frame header")
