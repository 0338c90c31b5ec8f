"""A page that shows the request's secrets back (a staging site's debug toolbar, phpinfo(), a
link that carries the token on) must not carry them into the history, a report or the
terminal: the values the user gave are replaced with "[secret]" in whatever the page sent.
With the browser too, for a page it loads itself (the first of each host). Not its
screenshot: pixels cannot be redacted."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import quote

import pytest

from checker.outcome import run_audit
from checker.settings import AuditConfig
from checker.settings.secrets import REDACTED, Redactor
from tests.conftest import LocalServer, requires_browser

pytestmark = pytest.mark.timeout(120)

TOKEN = "tok3n-ABCDEFG-12345"
SESSION = "SESS-9f8e7d6c5b4a"


class _Echo(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path == "/robots.txt":
            self.send_response(404)
            self.end_headers()
            return
        auth = self.headers.get("Authorization", "")
        cookie = self.headers.get("Cookie", "")
        body = (f"<!doctype html><html lang=en><head><title>Debug {auth}</title></head><body>"
                f"<main><h1>Request</h1><p>Our drip cures chronic fatigue, {auth}.</p>"
                f"<ul><li>Cookie: {cookie}</li></ul><img src=/x.png alt='{auth}'>"
                f"<a href='/next?token={quote(auth)}'>next</a></main></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    with LocalServer(_Echo) as server:
        yield server.url


def _leaks(folder: Path) -> list[str]:
    needles = [s.encode() for s in (TOKEN, SESSION, quote(TOKEN), quote(SESSION))]
    return sorted(str(p) for p in folder.rglob("*") if p.is_file()
                  and any(n in p.read_bytes() for n in needles))


def _audit(origin: str, tmp_path: Path, **options: object) -> list[str]:
    os.environ["ECHO_TEST_TOKEN"] = f"Bearer {TOKEN}"
    lines: list[str] = []
    config = AuditConfig(**{
        "start": [origin], "quiet": True, "db": tmp_path / "h.sqlite", "out": tmp_path / "out",
        "formats": ["html", "json", "csv", "junit", "sarif", "github", "gitlab", "markdown"],
        "headers": {"Authorization": "env:ECHO_TEST_TOKEN"}, "cookies": {"sid": SESSION},
        "as_of": dt.date(2026, 12, 4), "max_pages": 3, "fail_on": "never",
        "screenshots": False} | options)
    with run_audit(config, log=lines.append, progress=lambda e, page: lines.append(
            f"{page.url} {page.title} {page.error}")) as outcome:
        findings = list(outcome.store.iter_findings(outcome.run.id))
    assert any(REDACTED in (f.sentence or "") for f in findings), "the page was not read"
    return lines


def test_secrets_a_page_shows_back_are_kept_nowhere(origin: str, tmp_path: Path) -> None:
    lines = _audit(origin, tmp_path, no_browser=True)
    assert _leaks(tmp_path) == []
    assert not any(TOKEN in line or SESSION in line for line in lines)


@requires_browser
@pytest.mark.browser
@pytest.mark.slow
def test_secrets_a_page_shows_the_browser_are_kept_nowhere(origin: str, tmp_path: Path) -> None:
    lines = _audit(origin, tmp_path, workers=2, page_timeout=20)
    assert _leaks(tmp_path) == []
    assert not any(TOKEN in line or SESSION in line for line in lines)


def test_the_redactor_takes_values_their_parts_and_encoded_forms() -> None:
    redactor = Redactor([f"Bearer {TOKEN}", f"sid={SESSION}; consent=yes"])
    text = f"Bearer {TOKEN} / {quote(TOKEN)} / sid={SESSION} / consent=yes / Bearer x"
    assert redactor.text(text) == (f"{REDACTED} / {REDACTED} / sid={REDACTED} /"
                                   " consent=yes / Bearer x")
    assert redactor.data(text.encode()) == redactor.text(text).encode()
    assert not Redactor(["yes", "Bearer"])  # short words and auth schemes are no secrets
