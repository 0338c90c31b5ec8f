"""A site on 127.0.0.1 that misbehaves on purpose, with a log of every request it receives.

Each route is one fault a real clinic site (or a hostile one) may have. The home page links
to all of them; robots.txt disallows /private/ and points at a gzipped sitemap index whose
only page is /orphan, which nothing links to.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

BOMB_SIZE = 200 * 1024 * 1024  # decompressed bytes of the gzip bomb
HUGE_SIZE = 50 * 1024 * 1024
PRIVATE_HOST = "intranet.test"  # tests make this name resolve to 10.0.0.5


def _make_bomb() -> bytes:
    """200 MB of spaces inside an HTML page, gzipped to ~1 MB, built without holding 200 MB."""
    compressor = zlib.compressobj(1, zlib.DEFLATED, 31)  # gzip container; level 1 is 3x faster
    parts = [compressor.compress(b"<html><body>")]
    block = b" " * (1024 * 1024)
    for _ in range(BOMB_SIZE // len(block)):
        parts.append(compressor.compress(block))
    parts.append(compressor.compress(b"</body></html>"))
    parts.append(compressor.flush())
    return b"".join(parts)


_BOMB: bytes | None = None
_BOMB_LOCK = threading.Lock()


def gzip_bomb() -> bytes:
    global _BOMB
    with _BOMB_LOCK:
        if _BOMB is None:
            _BOMB = _make_bomb()
        return _BOMB


@dataclass
class Logged:
    method: str
    path: str
    host: str
    headers: dict[str, str]


@dataclass
class ServerState:
    """What the test can see and steer: the request log and a stop signal for hanging
    handlers."""

    log: list[Logged] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)
    hits: dict[str, int] = field(default_factory=dict)
    other_origin: str = ""  # e.g. http://127.0.0.2:PORT
    robots_status: int = 200
    sitemap_in_robots: bool = True
    robots_extra: str = ""  # more robots.txt lines, e.g. odd Sitemap: lines

    def record(self, entry: Logged) -> int:
        with self.lock:
            self.log.append(entry)
            self.hits[entry.path] = self.hits.get(entry.path, 0) + 1
            return self.hits[entry.path]

    def paths(self) -> list[str]:
        with self.lock:
            return [e.path for e in self.log]


def page(title: str, body: str = "", head: str = "") -> bytes:
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>{head}"
        f"</head><body><main><h1>{title}</h1>{body}</main></body></html>"
    ).encode()


FAULT_LINKS = [
    "/loop-a",
    "/to-other-host",
    "/to-private",
    "/to-disallowed",
    "/never",
    "/trickle",
    "/trickle-headers",
    "/huge",
    "/huge-chunked",
    "/bomb",
    "/error500",
    "/busy",
    "/busy-long",
    "/flaky",
    "/throttled",
    "/binary",
    "/bad-utf8",
    "/calendar?month=2024-01",
    "/events/2024/01/",
    "/private/records",
    "/missing",
    "/gone",
    "/forbidden",
    "/unauthorized",
    "/doc.pdf",
    "/moved",
    "/canonical?utm_source=news",
    "/about",
    f"http://{PRIVATE_HOST}/admin",
]


class Handler(BaseHTTPRequestHandler):
    state: ServerState
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall per response

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        parts = urlsplit(self.path)
        count = self.state.record(
            Logged("GET", self.path, self.headers.get("Host", ""), dict(self.headers.items()))
        )
        route = ROUTES.get(parts.path)
        if route is None:
            for prefix, handler in PREFIX_ROUTES.items():
                if parts.path.startswith(prefix):
                    route = handler
                    break
        try:
            if route is None:
                self.send(404, page("Not found"))
            else:
                route(self, parse_qs(parts.query), count)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the client hung up: that is the point of several routes

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    # --- helpers --------------------------------------------------------------------------

    def send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location: str, status: int = 302) -> None:
        self.send(status, b"", Location=location)


def _home(h: Handler, q: dict, n: int) -> None:
    links = "".join(f'<li><a href="{href}">{href}</a></li>' for href in FAULT_LINKS)
    h.send(200, page("Home", f"<ul>{links}</ul>"))


def _robots(h: Handler, q: dict, n: int) -> None:
    if h.state.robots_status != 200:
        h.send(h.state.robots_status, b"robots are resting", "text/plain")
        return
    port = h.server.server_address[1]
    # Crawl-delay 5 would make this suite crawl for minutes if applied to loopback.
    body = "User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n"
    if h.state.sitemap_in_robots:
        body += f"\nSitemap: http://127.0.0.1:{port}/sitemap-index.xml\n"
    body += h.state.robots_extra
    h.send(200, body.encode(), "text/plain")


def _sitemap_txt(h: Handler, q: dict, n: int) -> None:
    port = h.server.server_address[1]
    h.send(200, f"http://127.0.0.1:{port}/orphan\nhttp://127.0.0.1:{port}/tree/7\n".encode(),
           "text/plain")  # fmt: skip


def _tree(h: Handler, q: dict, n: int) -> None:
    """/tree/N links to /tree/2N+1 and /tree/2N+2: an endless binary tree of pages."""
    try:
        node = int(urlsplit(h.path).path.rsplit("/", 1)[-1])
    except ValueError:
        node = 0
    links = f'<a href="/tree/{2 * node + 1}">left</a> <a href="{2 * node + 2}">right</a>'
    h.send(200, page(f"Node {node}", links))


def _sitemap_index(h: Handler, q: dict, n: int) -> None:
    port = h.server.server_address[1]
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>http://127.0.0.1:{port}/sitemap-pages.xml.gz</loc></sitemap>"
        "</sitemapindex>"
    ).encode()
    h.send(200, body, "application/xml")


def _sitemap_pages(h: Handler, q: dict, n: int) -> None:
    port = h.server.server_address[1]
    base = f"http://127.0.0.1:{port}"
    urls = ["/", "/orphan", "/private/from-sitemap", f"{h.state.other_origin}/from-sitemap"]
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{u if '://' in u else base + u}</loc></url>" for u in urls)
        + "</urlset>"
    )
    h.send(200, gzip.compress(xml.encode()), "application/gzip")


def _loop(target: str) -> Callable[[Handler, dict, int], None]:
    return lambda h, q, n: h.redirect(target)


def _to_other(h: Handler, q: dict, n: int) -> None:
    h.redirect(f"{h.state.other_origin}/landing")


def _to_private(h: Handler, q: dict, n: int) -> None:
    h.redirect(f"http://{PRIVATE_HOST}/internal")


def _never(h: Handler, q: dict, n: int) -> None:
    h.state.stop.wait(30)  # never answers (until the test ends)


def _trickle(h: Handler, q: dict, n: int) -> None:
    body = page("Trickle", "x" * 200)
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    for byte in body:
        if h.state.stop.wait(1):
            return
        h.wfile.write(bytes([byte]))
        h.wfile.flush()


def _trickle_headers(h: Handler, q: dict, n: int) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"y" * 100
    for byte in head:
        if h.state.stop.wait(0.5):
            return
        h.wfile.write(bytes([byte]))
        h.wfile.flush()


def _huge(h: Handler, q: dict, n: int) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(HUGE_SIZE))
    h.end_headers()
    _stream(h, HUGE_SIZE)


def _huge_chunked(h: Handler, q: dict, n: int) -> None:
    # No Content-Length, connection closes at the end: only a streamed count can stop it.
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    h.close_connection = True
    _stream(h, HUGE_SIZE)


def _stream(h: Handler, size: int) -> None:
    block = b"<p>" + b"a" * (64 * 1024 - 7) + b"</p>\n"
    sent = 0
    while sent < size and not h.state.stop.is_set():
        h.wfile.write(block)
        sent += len(block)


def _bomb(h: Handler, q: dict, n: int) -> None:
    h.send(200, gzip_bomb(), "text/html", Content_Encoding="gzip")


def _error500(h: Handler, q: dict, n: int) -> None:
    h.send(500, page("Internal error"))


def _status(code: int, title: str) -> Callable[[Handler, dict, int], None]:
    return lambda h, q, n: h.send(code, page(title))


def _small(h: Handler, q: dict, n: int) -> None:
    """A small site for whole audits: a good page, a server error and a broken link."""
    links = "".join(f'<a href="{href}">{href}</a> ' for href in ("/small-leaf", "/error500",
                                                                  "/missing"))  # fmt: skip
    h.send(200, page("Small", links))


def _small_leaf(h: Handler, q: dict, n: int) -> None:
    h.send(200, page("Leaf", '<a href="/small">back</a> <a href="/missing">missing</a>'))


def _huge_title(h: Handler, q: dict, n: int) -> None:
    h.send(200, page("T" * (1024 * 1024), "<p>A page whose title is one megabyte.</p>"))


RESUME_CHAIN = 12  # /r/0 ... /r/12


def _resume_chain(h: Handler, q: dict, n: int) -> None:
    """A slow chain for kill-and-resume: /r/0 links to /r/old (a 301 to /r/target) and /r/1;
    /r/i links to /r/i+1; the last page links to /r/target directly."""
    name = urlsplit(h.path).path.rsplit("/", 1)[-1]
    time.sleep(0.25)  # slow enough to kill the audit half way
    if name == "old":
        h.redirect("/r/target", 301)
        return
    if name == "target":
        h.send(200, page("Target"))
        return
    i = int(name)
    links = ["/r/old"] if i == 0 else []
    links += [f"/r/{i + 1}"] if i < RESUME_CHAIN else ["/r/target"]
    h.send(200, page(f"Chain {i}", "".join(f'<a href="{u}">{u}</a> ' for u in links)))


def _busy(h: Handler, q: dict, n: int) -> None:
    h.send(503, page("Busy"), Retry_After="1")


def _busy_long(h: Handler, q: dict, n: int) -> None:
    h.send(503, page("Busy"), Retry_After="3600")


def _flaky(h: Handler, q: dict, n: int) -> None:
    if n == 1:
        h.send(502, page("Bad gateway"))
    else:
        h.send(200, page("Flaky but fine"))


def _throttled(h: Handler, q: dict, n: int) -> None:
    if n == 1:
        h.send(429, page("Too many requests"), Retry_After="1")
    else:
        h.send(200, page("Throttled but fine"))


def _binary(h: Handler, q: dict, n: int) -> None:
    body = bytes(range(256)) * 64
    h.send(200, body, "text/html")


def _bad_utf8(h: Handler, q: dict, n: int) -> None:
    body = page("Caf\u00e9", "<p>price: \u20ac5</p>").replace("é".encode(), b"\xe9\xff")
    h.send(200, body, "text/html; charset=utf-8")


def _calendar(h: Handler, q: dict, n: int) -> None:
    year, month = (int(x) for x in q.get("month", ["2024-01"])[0].split("-")[:2])
    nxt = f"{year + (month // 12)}-{month % 12 + 1:02d}"
    prev = f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
    links = f'<a href="?month={nxt}">next</a> <a href="/calendar?month={prev}">prev</a>'
    h.send(200, page(f"Calendar {year}-{month:02d}", links))


def _events(h: Handler, q: dict, n: int) -> None:
    # /events/YYYY/MM/ with links to the next and previous month, forever
    parts = [p for p in urlsplit(h.path).path.split("/") if p]
    try:
        year, month = int(parts[1]), int(parts[2])
    except (IndexError, ValueError):
        year, month = 2024, 1
    ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
    links = f'<a href="/events/{ny}/{nm:02d}/">next</a>'
    links += f' <a href="../../{year}/{month:02d}/">self</a>'
    h.send(200, page(f"Events {year}-{month:02d}", links))


def _private(h: Handler, q: dict, n: int) -> None:
    h.send(200, page("Private records"))


def _orphan(h: Handler, q: dict, n: int) -> None:
    h.send(200, page("Orphan", '<a href="/about">about</a>'))


def _about(h: Handler, q: dict, n: int) -> None:
    h.send(200, page("About", '<a href="/">home</a> <a href="mailto:x@example.org">mail</a>'))


def _pdf(h: Handler, q: dict, n: int) -> None:
    h.send(200, b"%PDF-1.4\n" + b"0" * 100_000, "application/pdf")


def _moved(h: Handler, q: dict, n: int) -> None:
    h.redirect("/about?utm_campaign=x", 301)


def _canonical(h: Handler, q: dict, n: int) -> None:
    head = '<link rel="canonical" href="/about">'
    h.send(200, page("Canonical", head=head))


ROUTES: dict[str, Callable[[Handler, dict, int], None]] = {
    "/": _home,
    "/robots.txt": _robots,
    "/sitemap-index.xml": _sitemap_index,
    "/sitemap-pages.xml.gz": _sitemap_pages,
    "/sitemap.txt": _sitemap_txt,
    "/loop-a": _loop("/loop-b"),
    "/loop-b": _loop("/loop-a"),
    "/to-other-host": _to_other,
    "/to-private": _to_private,
    "/to-disallowed": _loop("/private/redirected"),
    "/never": _never,
    "/trickle": _trickle,
    "/trickle-headers": _trickle_headers,
    "/huge": _huge,
    "/huge-chunked": _huge_chunked,
    "/bomb": _bomb,
    "/error500": _error500,
    "/small": _small,
    "/huge-title": _huge_title,
    "/small-leaf": _small_leaf,
    "/gone": _status(410, "Gone"),
    "/forbidden": _status(403, "Attention required"),
    "/unauthorized": _status(401, "Log in"),
    "/busy": _busy,
    "/busy-long": _busy_long,
    "/flaky": _flaky,
    "/throttled": _throttled,
    "/binary": _binary,
    "/bad-utf8": _bad_utf8,
    "/calendar": _calendar,
    "/orphan": _orphan,
    "/about": _about,
    "/doc.pdf": _pdf,
    "/moved": _moved,
    "/canonical": _canonical,
}
PREFIX_ROUTES: dict[str, Callable[[Handler, dict, int], None]] = {
    "/events/": _events,
    "/private/": _private,
    "/tree/": _tree,
    "/r/": _resume_chain,
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up on a bomb or a trickle is the expected case here


class MisbehavingServer:
    """The site on `host` (default 127.0.0.1), on a free port, in a thread."""

    def __init__(self, host: str = "127.0.0.1", state: ServerState | None = None) -> None:
        self.state = state or ServerState()
        gzip_bomb()  # built up front: building it inside a request would look like a hang
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self.httpd = _Server((host, 0), handler)
        self.origin = f"http://{host}:{self.httpd.server_address[1]}"
        self.url = self.origin + "/"
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> MisbehavingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.state.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class RecordingServer:
    """A plain host (e.g. on 127.0.0.2) that only records what reaches it."""

    def __init__(self, host: str = "127.0.0.2") -> None:
        self.state = ServerState()

        class _Recorder(BaseHTTPRequestHandler):
            state = self.state
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                self.state.record(
                    Logged("GET", self.path, self.headers.get("Host", ""), dict(self.headers))
                )
                body = page("Other host", '<a href="/deeper">deeper</a>')
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = _Server((host, 0), _Recorder)
        self.origin = f"http://{host}:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
