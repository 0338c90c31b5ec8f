"""`explain URL` reaches only the URL it was given: a redirect is reported, never followed."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from click.testing import CliRunner

from checker.cli.main import cli

PAGE = b"<html><body><main><p>Our stem cell injections cure arthritis.</p></main></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.2:9/internal")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


def _serve() -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def test_explain_reports_a_redirect_instead_of_following_it() -> None:
    server, base = _serve()
    try:
        result = CliRunner().invoke(cli, ["explain", f"{base}/moved"])
    finally:
        server.shutdown()
    assert result.exit_code == 2
    assert "redirects to http://127.0.0.2:9/internal" in result.output


def test_explain_reads_the_page_it_was_given() -> None:
    server, base = _serve()
    try:
        result = CliRunner().invoke(cli, ["explain", f"{base}/page.html"])
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    assert "cure arthritis" in result.output
