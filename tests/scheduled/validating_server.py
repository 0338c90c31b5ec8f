"""A site on 127.0.0.1 that answers conditional requests as web servers do: an ETag (a hash
of the body) and a Last-Modified per page, 304 Not Modified to a matching If-None-Match (or,
without one, to an If-Modified-Since not older than the page), and a log of what it was
asked and how it answered. With `sitemap`, /sitemap.xml lists every page with its
<lastmod>."""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import http.server
import threading
import time
from dataclasses import dataclass, field

from tests.conftest import LocalServer


@dataclass
class Served:
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None


@dataclass
class ValidatingSite:
    """pages: path -> HTML. `etags` / `last_modified` say which validators are sent."""

    pages: dict[str, str]
    etags: bool = True
    last_modified: bool = True
    sitemap: bool = False
    log: list[Served] = field(default_factory=list)
    _modified: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        long_ago = time.time() - 3 * 86400
        self._modified = {path: long_ago for path in self.pages}
        self._lock = threading.Lock()

    def change(self, path: str, html: str) -> None:
        with self._lock:
            self.pages[path] = html
            self._modified[path] = time.time() - 5  # settled: seconds before any answer

    def page_log(self) -> list[Served]:
        """What the pages were asked and answered (robots.txt and sitemaps left out)."""
        return [served for served in self.log if served.path in self.pages]

    def statuses(self) -> list[int]:
        return [served.status for served in self.page_log()]

    def clear(self) -> None:
        self.log.clear()

    def answer(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?", 1)[0]
        if path == "/sitemap.xml" and self.sitemap:
            self._send(handler, 200, self._sitemap_xml(handler), "application/xml")
            return
        with self._lock:
            html, modified = self.pages.get(path), self._modified.get(path, 0.0)
        inm, ims = handler.headers.get("If-None-Match"), handler.headers.get("If-Modified-Since")
        if html is None:
            status, body = 404, b"not found"
        else:
            body = html.encode()
            status = 304 if self._not_modified(body, modified, inm, ims) else 200
        self.log.append(Served(path, status, inm, ims))
        handler.send_response(status)
        if html is not None:
            if self.etags:
                handler.send_header("ETag", self._etag(body))
            if self.last_modified:
                handler.send_header("Last-Modified", email.utils.formatdate(modified,
                                                                            usegmt=True))
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", "0" if status == 304 else str(len(body)))
        handler.end_headers()
        if status != 304:
            handler.wfile.write(body)

    @staticmethod
    def _send(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes,
              content_type: str) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _sitemap_xml(self, handler: http.server.BaseHTTPRequestHandler) -> bytes:
        address, port = handler.server.server_address[:2]
        host = f"http://{address}:{port}"
        with self._lock:
            entries = "".join(
                f"<url><loc>{host}{path}</loc><lastmod>"
                f"{dt.datetime.fromtimestamp(modified, dt.UTC).isoformat(timespec='seconds')}"
                "</lastmod></url>" for path, modified in self._modified.items())
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                f'"http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>').encode()

    def _not_modified(self, body: bytes, modified: float, inm: str | None,
                      ims: str | None) -> bool:
        if inm is not None:  # RFC 9110 13.2.2: If-None-Match decides when present
            return self.etags and self._etag(body) in [t.strip() for t in inm.split(",")]
        if ims is not None and self.last_modified:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                return False
            return int(modified) <= since
        return False

    @staticmethod
    def _etag(body: bytes) -> str:
        return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


class ValidatingServer(LocalServer):
    """Serves a ValidatingSite on 127.0.0.1 (a fresh port; the URLs stay for its life)."""

    def __init__(self, site: ValidatingSite):
        self.site = site

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site.answer(self)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        super().__init__(Handler)
