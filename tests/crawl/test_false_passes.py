"""Pages an audit meant to read and did not really read are never a clean "passed": a start
URL that lands on a login form, a page the server answered with nothing. Each is a page that
could not be audited (listed first, fails the gate) and, when it was all the audit had, exit 3.
In process, without a browser: the decision is the crawler's response, before any render."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from checker.audit import AuditCannotRun
from checker.content import ContentEngine
from checker.content import engine as engine_module
from checker.crawl.responses import SOFT_404, UNAVAILABLE
from checker.model import Page, PageFailure
from checker.outcome import run_audit
from checker.settings import AuditConfig
from checker.store.db import Store
from tests.conftest import LocalServer

pytestmark = pytest.mark.timeout(60)

LOGIN_FORM = (b"<!doctype html><html lang=en><head><title>Sign in | Clinic staging</title>"
              b"</head><body><main><h1>Sign in</h1><form method=post><label>Email <input"
              b" name=email></label><label>Password <input type=password name=pw></label>"
              b"<button>Sign in</button></form></main></body></html>")


def _page(title: str, body: str = "") -> bytes:
    return (f"<!doctype html><html lang=en><head><title>{title}</title></head><body><main>"
            f"<h1>{title}</h1>{body}</main></body></html>").encode()


ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/robots.txt": (404, {}, b""),
    "/": (302, {"Location": "/accounts/login?next=/"}, b""),
    "/accounts/login": (200, {"Content-Type": "text/html"}, LOGIN_FORM),
    "/public/": (200, {"Content-Type": "text/html"},
                 _page("Our clinic", '<p>Welcome.</p><a href="/portal/">Patient portal</a>'
                       '<a href="/blank.html">News</a><a href="/old-offer/">Offer</a>'
                       '<a href="/404-chiropractic/">Partners</a>')),
    # WordPress's not-found page, answered 200 by a caching plugin: a "soft 404"
    "/old-offer/": (200, {"Content-Type": "text/html"},
                    b"<!doctype html><html lang=en><head><title>Page not found &ndash; Clinic"
                    b"</title></head><body><main><h1>Oops! That page can&rsquo;t be found."
                    b"</h1><p>It looks like nothing was found at this location.</p></main>"
                    b"</body></html>"),
    # a maintenance plugin's placeholder, answered 200 on every path
    "/soon/": (200, {"Content-Type": "text/html"},
               _page("Coming Soon | Riverbend Clinic", "<p>Our new site is almost ready.</p>")),
    "/404-chiropractic/": (200, {"Content-Type": "text/html"},
                           _page("404 Chiropractic | Atlanta", "<p>Our partner practice.</p>")),
    "/portal/": (302, {"Location": "/accounts/login?next=/portal/"}, b""),
    "/blank.html": (200, {"Content-Type": "text/html; charset=utf-8"}, b""),
    "/spaces.html": (200, {"Content-Type": "text/html"}, b" \r\n\t \n"),
}


# A members area behind a session cookie; its second page treats the session as expired.
MEMBERS = {
    "/members/": _page("Members", '<p>Your plan.</p><a href="/members/records/">Records</a>'),
    "/members/records/": None,  # the session "expired": always sent to the login form
}


def _members(path: str, cookie: str) -> tuple[int, dict[str, str], bytes]:
    if cookie == "session=ok-7f3a9c" and MEMBERS[path] is not None:
        return 200, {"Content-Type": "text/html"}, MEMBERS[path] or b""
    return 302, {"Location": f"/accounts/login?next={path}"}, b""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path.split("?")[0]
        status, headers, body = (
            _members(path, self.headers.get("Cookie", "")) if path in MEMBERS else
            ROUTES.get(path, (404, {"Content-Type": "text/html"}, b"no")))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    with LocalServer(_Handler) as server:
        yield server.url.rstrip("/")


def _config(tmp_path: Path, *start: str, **options: object) -> AuditConfig:
    return AuditConfig(**{"start": list(start), "no_browser": True, "quiet": True,
                          "db": tmp_path / "h.sqlite", "out": tmp_path / "out",
                          "formats": ["json"], "as_of": dt.date(2026, 12, 4)} | options)


def _stored(tmp_path: Path, origin: str) -> dict[str, Page]:
    """The last run's pages as the store keeps them (with their PageFailure), by path."""
    with Store(tmp_path / "h.sqlite") as store:
        (run, *_) = store.runs()
        return {page.url.removeprefix(origin): page for page in store.iter_pages(run.id)}


def _audit(tmp_path: Path, *start: str, **options: object) -> int:
    with run_audit(_config(tmp_path, *start, **options)) as outcome:
        return outcome.exit_code


def test_a_start_url_redirected_to_a_login_form_is_not_audited_it_exits_3(
    origin: str, tmp_path: Path
) -> None:
    # Without a login script the audit used to report the login form as the site: PASSED.
    with pytest.raises(AuditCannotRun) as raised:
        run_audit(_config(tmp_path, origin + "/"))
    assert f"start URL {origin}/ could not be audited (not logged in:" in str(raised.value)
    (page,) = _stored(tmp_path, origin).values()
    assert page.error.startswith(f"not logged in: redirected to a login page {origin}/accounts")
    assert page.extra["failure"] == PageFailure.NOT_LOGGED_IN.value and not page.audited
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    assert results["pages"][0]["error"] == page.error  # listed with its reason


def test_a_listed_url_redirected_to_a_login_form_fails_the_gate_beside_audited_pages(
    origin: str, tmp_path: Path
) -> None:
    code = _audit(tmp_path, origin + "/public/", origin + "/", fail_on="never",
                  max_depth=0)
    pages = _stored(tmp_path, origin)
    assert pages["/"].extra["failure"] == PageFailure.NOT_LOGGED_IN.value
    assert pages["/public/"].error is None and pages["/public/"].audited
    assert code == 1  # a page meant for audit was not: never a pass


def test_a_crawled_link_to_a_login_page_is_audited_as_the_page_it_is(
    origin: str, tmp_path: Path
) -> None:
    # A public site's "Patient portal" link lands on the portal's login form: that form is a
    # public page of the clinic, audited like any other, not an error.
    _audit(tmp_path, origin + "/public/", fail_on="never")
    portal = _stored(tmp_path, origin)["/portal/"]
    assert portal.error is None and portal.audited
    assert (portal.final_url or "").startswith(origin + "/accounts/login")


def test_an_audit_that_reads_no_page_never_compiles_the_content_rules(
    origin: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Compiling the shipped packs costs about 1.5 CPU-s: an audit that ends before its first
    # page (exit 3) does not pay it; one that reads pages compiles them once.
    compiled: list[object] = []
    compile_engine = ContentEngine.__init__

    def counted(self: ContentEngine, config: object) -> None:
        compiled.append(config)
        compile_engine(self, config)  # type: ignore[arg-type]

    monkeypatch.setattr(ContentEngine, "__init__", counted)
    monkeypatch.setattr(engine_module, "_ENGINES", {})  # none compiled yet in this process
    with pytest.raises(AuditCannotRun):
        run_audit(_config(tmp_path, origin + "/no-such-page/"))  # answered 404
    assert compiled == []
    _audit(tmp_path, origin + "/public/", fail_on="never")
    assert len(compiled) == 1


@pytest.mark.parametrize("path", ["/blank.html", "/spaces.html"])
def test_a_page_answered_with_nothing_is_not_audited(origin: str, tmp_path: Path,
                                                     path: str) -> None:
    # A PHP fatal error's "white screen": 200, text/html, no byte of content. There is nothing
    # to audit; it used to be a clean page (0 findings) and, as the start URL, a PASSED run.
    with pytest.raises(AuditCannotRun) as raised:
        run_audit(_config(tmp_path, origin + path))
    assert f"start URL {origin}{path} could not be audited (empty response" in str(raised.value)
    code = _audit(tmp_path, origin + "/public/", fail_on="never")
    blank = _stored(tmp_path, origin)["/blank.html"]  # linked from /public/
    assert blank.error is not None and blank.error.startswith("empty response")
    assert not blank.audited and code == 1


def test_a_not_found_page_answered_200_is_not_audited(origin: str, tmp_path: Path) -> None:
    # A "soft 404" (the CMS's not-found page with status 200) used to be audited as a clean
    # page; as the start URL the run PASSED on a page that does not exist.
    with pytest.raises(AuditCannotRun) as raised:
        run_audit(_config(tmp_path, origin + "/old-offer/"))
    assert (f"start URL {origin}/old-offer/ could not be audited (soft 404: the page's title"
            in str(raised.value))
    code = _audit(tmp_path, origin + "/public/", fail_on="never")
    pages = _stored(tmp_path, origin)
    soft = pages["/old-offer/"]  # linked from /public/: a broken link, listed as one
    assert soft.kind == "broken" and not soft.audited
    assert soft.error == f"{SOFT_404} (HTTP 200)"
    named = pages["/404-chiropractic/"]  # a name that starts with 404 is a page like any other
    assert named.error is None and named.audited
    assert code == 1


def test_a_session_lost_mid_crawl_is_a_page_that_could_not_be_audited(
    origin: str, tmp_path: Path
) -> None:
    # With --cookie, a crawled page redirected to the login form means the session was
    # refused or expired: it used to be audited as the login form (a clean page: PASSED).
    code = _audit(tmp_path, origin + "/members/", cookies={"session": "ok-7f3a9c"})
    pages = _stored(tmp_path, origin)
    assert pages["/members/"].audited and pages["/members/"].error is None
    lost = pages["/members/records/"]
    assert lost.extra["failure"] == PageFailure.NOT_LOGGED_IN.value and not lost.audited
    assert lost.error.startswith(f"not logged in: redirected to a login page {origin}/accounts")
    assert "although credentials were sent" in lost.error and "7f3a9c" not in lost.error
    assert code == 1


def test_a_named_url_showing_the_site_s_placeholder_is_not_audited(origin: str,
                                                                  tmp_path: Path) -> None:
    # A site in maintenance mode answers 200 with a "Coming Soon" page: audited, it was a
    # clean page and the run PASSED on a placeholder instead of the site.
    with pytest.raises(AuditCannotRun) as raised:
        run_audit(_config(tmp_path, origin + "/soon/"))
    assert f"start URL {origin}/soon/ could not be audited ({UNAVAILABLE}" in str(raised.value)
    (page,) = _stored(tmp_path, origin).values()
    assert page.error == f"{UNAVAILABLE} (HTTP 200)" and not page.audited
