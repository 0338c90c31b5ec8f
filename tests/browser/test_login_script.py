"""A staging site behind a login form (tests/browser/login_site.py, a real server on
127.0.0.1) audited through the command line with a login script in the config file, in real
Chromium: with the right password every page is audited behind the login; with a wrong one
every page is a page error "not logged in" and the gate fails. The password is in no file the
audit leaves (history database, every report) and in none of its output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from checker.browser.login import session_login
from checker.browser.pool import BrowserPool
from checker.browser.render import render_with_retry
from checker.model import PageFailure
from checker.outcome import run_audit
from checker.settings import AuditConfig
from checker.settings.login import login_script
from tests.browser.login_site import HIDDEN, PAGES, PASSWORD, LoginSite
from tests.conftest import requires_browser, run_cli

pytestmark = [requires_browser, pytest.mark.browser]

CONFIG = """
start = ["{url}/", "{url}/services", "{url}/contact"]
sitemap = ["{url}/sitemap.xml"]
login = [
  "open {url}/login",
  "fill #username with env:CLINIC_STAGING_USER",
  "fill #password with env:CLINIC_STAGING_PASSWORD",
  "click button[type=submit]",
  "wait for url /account",
]
login_timeout = {timeout}
workers = {workers}
page_timeout = 20
fail_on = "never"
format = ["html", "json", "csv", "junit", "sarif", "markdown"]
out = "out"
"""


@pytest.fixture
def site() -> Iterator[LoginSite]:
    with LoginSite() as server:
        yield server


def audit(site: LoginSite, folder: Path, password: str, timeout: float,
          monkeypatch: pytest.MonkeyPatch, workers: int = 2) -> tuple[int, str, dict]:
    monkeypatch.setenv("CLINIC_STAGING_USER", "staff")
    monkeypatch.setenv("CLINIC_STAGING_PASSWORD", password)
    (folder / "clinic-checker.toml").write_text(
        CONFIG.format(url=site.url, timeout=timeout, workers=workers), encoding="utf-8")
    done = run_cli("audit", cwd=folder, timeout=300)
    results = json.loads((folder / "out" / "results.json").read_text(encoding="utf-8"))
    return done.returncode, done.stdout + done.stderr, results


def assert_password_nowhere(password: str, folder: Path, output: str) -> None:
    """Not in stdout/stderr, not in the history database (and its WAL), not in any report."""
    secret = password.encode("utf-8")
    assert password not in output
    files = [p for p in folder.rglob("*") if p.is_file() and p.name != "clinic-checker.toml"]
    assert any(p.suffix == ".sqlite" for p in files) and any(p.name == "index.html"
                                                             for p in files)
    leaked = [str(p.relative_to(folder)) for p in files if secret in p.read_bytes()]
    assert leaked == []


def test_every_page_behind_the_login_is_audited(site: LoginSite, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    code, output, results = audit(site, tmp_path, PASSWORD, 20, monkeypatch)
    assert code == 0, output
    pages = {p["url"].removeprefix(site.url): p for p in results["pages"]}
    # the start pages, /account (found through the pages' links) and the page only the
    # sitemap behind the login lists; never /login (no page of the audit) nor /logout (it
    # would end the login)
    assert set(pages) == {*PAGES, HIDDEN}
    assert all(p["error"] is None for p in pages.values()), pages
    assert site.logouts == 0
    # the crawler logged in once, and each browser session before its first page
    assert site.logins_ok >= 2 and site.logins_failed == 0
    assert results["run"]["options"]["login"] == {"crawler": "logged in"}
    overview = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "This audit logged in with its login script" in overview
    wcag = [f for f in results["findings"] if f["rule_id"] == "image-alt"]
    assert {f["url"].removeprefix(site.url) for f in wcag} == {*PAGES, HIDDEN}
    # the pages look like WordPress: each finding links to its page's editor
    services = [f for f in results["findings"] if f["url"] == f"{site.url}/services"]
    assert services and {f["edit_url"] for f in services} == {
        f"{site.url}/wp-admin/post.php?post=11&action=edit"}
    assert_password_nowhere(PASSWORD, tmp_path, output)


def test_a_wrong_password_reports_every_page_not_logged_in(
        site: LoginSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = "not-the-Pa55word-at-all"
    code, output, results = audit(site, tmp_path, wrong, 3, monkeypatch, workers=1)
    # every page listed as not logged in; nothing audited is exit 3, after the reports
    assert code == 3, output
    assert "nothing was audited" in output
    pages = results["pages"]
    assert {p["url"].removeprefix(site.url) for p in pages} == {"/", "/services", "/contact"}
    assert all(p["error"].startswith("not logged in") for p in pages), pages
    # no page was read: no finding at all, not even a site-level one (a missing
    # accessibility statement judged from no page would only mislead)
    assert results["findings"] == []
    assert site.served == []
    assert site.logins_failed >= 1 and site.logins_ok == 0
    assert results["run"]["options"]["login"]["crawler"].startswith(
        "failed: login step 5 (wait for url /account)")
    assert "could not be audited" in output
    overview = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert ("The <strong>login script failed</strong> (login step 5 (wait for url /account)"
            " did not happen within 3 s)") in overview
    assert_password_nowhere(wrong, tmp_path, output)


def test_each_browser_session_logs_in_again_after_a_restart(
        site: LoginSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool's sessions, in process: a failed login makes each page of its session a page
    error naming the step; a session that replaces a killed one logs in before its page."""
    monkeypatch.setenv("CLINIC_STAGING_USER", "staff")
    monkeypatch.setenv("CLINIC_STAGING_PASSWORD", "wrong-password-00")
    script = login_script([f"open {site.url}/login",
                           "fill #username with env:CLINIC_STAGING_USER",
                           "fill #password with env:CLINIC_STAGING_PASSWORD",
                           "click button[type=submit]", "wait for url /account"], 3)
    assert script is not None
    config = AuditConfig(workers=1, page_timeout=20, screenshots=False).browser_stage
    with BrowserPool(config, size=1, prepare=session_login(script)) as pool:
        refused = render_with_retry(pool, f"{site.url}/services", config)
    assert refused.failure is PageFailure.NOT_LOGGED_IN
    assert refused.error == ("not logged in: login step 5 (wait for url /account) did not"
                             " happen within 3 s")
    assert "wrong-password-00" not in refused.error and site.served == []

    monkeypatch.setenv("CLINIC_STAGING_PASSWORD", PASSWORD)
    with BrowserPool(config, size=1, prepare=session_login(script)) as pool:
        first = render_with_retry(pool, f"{site.url}/services", config)
        session = pool.acquire()
        pool.release(session)
        session.kill()  # a crash between pages: the next page gets a fresh session
        second = render_with_retry(pool, f"{site.url}/contact", config)
    assert (first.error, first.title, second.error, second.title) == (
        None, "Services", None, "Contact")
    # each login lands on /account, then the session's page
    assert site.logins_ok == 2
    assert site.served == ["/account", "/services", "/account", "/contact"]


def test_a_page_the_browser_gets_as_the_login_form_is_not_logged_in(
        site: LoginSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The crawler stays logged in, the browser's session expires after its login landing and
    one page: the pages it then gets as the login form are page errors, not clean pages."""
    monkeypatch.setenv("CLINIC_STAGING_USER", "staff")
    monkeypatch.setenv("CLINIC_STAGING_PASSWORD", PASSWORD)
    site.browser_session_pages = 2  # /account after the login, then one page
    steps = [f"open {site.url}/login", "fill #username with env:CLINIC_STAGING_USER",
             "fill #password with env:CLINIC_STAGING_PASSWORD", "click button[type=submit]",
             "wait for url /account"]
    config = AuditConfig(start=[f"{site.url}/", f"{site.url}/services", f"{site.url}/contact"],
                         login=steps, login_timeout=10, workers=1, page_timeout=20,
                         screenshots=False, out=tmp_path / "out", db=tmp_path / "h.sqlite",
                         formats=["json"], quiet=True, fail_on="never")
    with run_audit(config) as outcome:
        pages = list(outcome.store.iter_pages(outcome.run.id))
        exit_code = outcome.exit_code
    audited = [p for p in pages if p.audited]
    refused = [p for p in pages if p.failed]
    assert len(audited) == 1 and len(refused) == len(PAGES) - 1, [
        (p.url, p.error) for p in pages]
    assert all(p.error == f"not logged in: redirected to the login page {site.url}/login"
               and p.extra["failure"] == "not-logged-in" for p in refused)
    # the crawler got each of them (its session lives on): the browser's render said so
    assert all(p.final_url == p.url and p.status == 200 for p in refused)
    assert exit_code == 1  # pages not audited fail the gate, whatever --fail-on says
