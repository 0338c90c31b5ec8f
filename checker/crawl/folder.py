"""Serve a local folder of built HTML on 127.0.0.1, so the browser stage can load it like
any site and a CI job needs no server of its own."""

from __future__ import annotations

import os
import threading
import zlib
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static files only: no directory listings (they are not pages of the site), no
    stderr noise for every request."""

    # Headers and body are two writes: with Nagle on, each response would wait for the
    # client's delayed ACK (~40 ms per file, per page and per asset in the browser).
    disable_nagle_algorithm = True

    def list_directory(self, path: str | os.PathLike[str]):  # type: ignore[override]
        self.send_error(404, "No index in this folder")
        return None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        # The crawler hangs up on a body over the size cap (or on a timeout): the crawler
        # records that page's error; the server must not print a traceback on our stderr.
        pass


def _preferred_port(folder: Path) -> int:
    """The same folder name gets the same port run after run, so its page URLs, and with them
    incremental audits, baselines and history, stay comparable (CI clones differ in path)."""
    return 20000 + zlib.crc32(folder.name.encode("utf-8")) % 20000


def _bind(host: str, port: int, handler: partial[_QuietHandler]) -> _Server:
    for candidate in (port, port + 1, port + 2, 0):
        try:
            return _Server((host, candidate), handler)
        except OSError:
            continue  # taken by another process; the last try (0) lets the OS choose
    raise OSError(f"cannot serve the folder on {host}")


class FolderServer:
    """A threaded static file server for one folder on 127.0.0.1, on a stable free port."""

    def __init__(self, folder: str | os.PathLike[str], host: str = "127.0.0.1") -> None:
        self.folder = Path(folder).resolve()
        handler = partial(_QuietHandler, directory=str(self.folder))
        self._server = _bind(host, _preferred_port(self.folder), handler)
        self.host = host
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="folder-server", daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def start(self) -> FolderServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def page_urls(self) -> list[str]:
        """Every HTML file in the folder as a URL, index pages as their folder's URL, sorted
        with the home page first: a static build's orphan pages get audited too."""
        paths: list[str] = []
        for root, dirs, files in os.walk(self.folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            rel_root = Path(root).relative_to(self.folder).as_posix()
            prefix = "" if rel_root == "." else rel_root + "/"
            for name in sorted(files):
                if not name.lower().endswith((".html", ".htm")):
                    continue
                path = prefix if name == "index.html" else prefix + name
                paths.append(path)
        paths.sort(key=lambda p: (p != "", p.count("/"), p))
        return [self.url + quote(p) for p in paths]
