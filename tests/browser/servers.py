"""A scripted HTTP server on a loopback address for the guard tests: each path answers what
the test says (by request), and every request is recorded, so a test can assert that the
browser did, or did not, ask for something."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tests.conftest import LoopbackHTTPServer


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


@dataclass
class Reply:
    body: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {
        "Content-Type": "text/html; charset=utf-8"})


Route = Callable[[Seen], Reply]


class ScriptedServer(LoopbackHTTPServer):
    def __init__(self, host: str, routes: dict[str, Route | str]) -> None:
        super().__init__((host, 0), _Handler)
        self.routes = routes
        self.seen: list[Seen] = []
        self.connections = 0  # TCP connections accepted, with or without a request on them
        self.url = f"http://{host}:{self.server_address[1]}/"
        self.port = self.server_address[1]

    def process_request(self, request, client_address) -> None:  # noqa: ANN001
        self.connections += 1
        super().process_request(request, client_address)

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]

    def answer(self, seen: Seen) -> Reply:
        route = self.routes.get(seen.path.split("?", 1)[0])
        if route is None:
            return Reply("not here", 404, {"Content-Type": "text/plain"})
        return Reply(route) if isinstance(route, str) else route(seen)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: ScriptedServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
        self.server.seen.append(seen)
        reply = self.server.answer(seen)
        body = reply.body.encode()
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET


@contextmanager
def scripted(host: str, routes: dict[str, Route | str]) -> Iterator[ScriptedServer]:
    server = ScriptedServer(host, routes)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
