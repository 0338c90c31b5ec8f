"""The login script without a browser: its steps read once with one-line problems (never
quoting a secret), the config file's key, the login-form test on pages, the crawler's cookies
kept to their origin, logout links left alone, and the crash scrubber."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.audit import crawl_settings
from checker.cli.errors import CrashScene, Scrubber
from checker.configfile import parse_project
from checker.crawl.fetch import HttpClient
from checker.crawl.loginpage import login_page_reason
from checker.crawl.scope import Scope
from checker.settings import AuditConfig, ConfigError, OptionError
from checker.settings.login import LoginStep, login_script, parse_step

SCRIPT = ["open https://staging.clinic.example/login",
          "fill #username with env:STAGING_USER",
          "fill input[name=password] with env:STAGING_PASSWORD",
          "click button[type=submit]",
          "wait for url /account"]


def test_each_step_form_reads_into_a_typed_step() -> None:
    assert [parse_step(s) for s in SCRIPT] == [
        LoginStep("open", "https://staging.clinic.example/login"),
        LoginStep("fill", "#username", "env:STAGING_USER"),
        LoginStep("fill", "input[name=password]", "env:STAGING_PASSWORD"),
        LoginStep("click", "button[type=submit]"),
        LoginStep("wait-url", "/account")]
    assert parse_step("Wait for element  .account  nav a") == LoginStep(
        "wait-element", ".account nav a")
    script = login_script(SCRIPT, 12.5)
    assert script is not None and script.timeout == 12.5
    assert script.login_url == "https://staging.clinic.example/login"
    assert script.form_selectors == ("#username", "input[name=password]")
    assert script.variables == ("STAGING_USER", "STAGING_PASSWORD")
    assert login_script([], 30) is None


@pytest.mark.parametrize("steps, problem", [
    (["open staging.clinic.example/login", "wait for url /a"], "give an http(s) URL"),
    (["open https://u:pw@staging.clinic.example/", "wait for url /a"], "user:password@"),
    (["open https://s.example/", "fill #pw with hunter2-literal", "wait for url /a"],
     "must come from the environment"),
    (["open https://s.example/", "type #pw hunter2-literal", "wait for url /a"],
     "'type ...' is not a login step"),
    (["click #go", "wait for url /a"], "must start with `open URL`"),
    (["open https://s.example/", "click #go"], "must end with `wait for url"),
    (["open https://s.example/", "wait for url account"], "URL or a /path"),
])
def test_a_bad_script_is_one_line_that_never_shows_a_value(steps: list[str],
                                                           problem: str) -> None:
    with pytest.raises(OptionError) as caught:
        AuditConfig(start=["https://s.example/"], login=steps).validate()
    message = str(caught.value)
    assert problem in message and "\n" not in message
    assert "hunter2" not in message and "pw@" not in message


def test_the_config_file_key_and_a_missing_variable(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "clinic-checker.toml"
    steps = ", ".join(f'"{s}"' for s in SCRIPT)
    path.write_text(f'start = ["https://staging.clinic.example/"]\nlogin = [{steps}]\n'
                    "login_timeout = 12\n", encoding="utf-8")
    monkeypatch.setenv("STAGING_USER", "staff")
    monkeypatch.delenv("STAGING_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="reads environment variable STAGING_PASSWORD,"
                       " which is not set"):
        parse_project(path).configs({})
    monkeypatch.setenv("STAGING_PASSWORD", "pw-from-env")
    config = parse_project(path).configs({})[0]
    assert config.login == SCRIPT and config.login_timeout == 12
    # the stored options name the variables, never their values
    assert "pw-from-env" not in repr(config.public_options())
    path.write_text('start = ["https://s.example/"]\nlogin = ["open https://s.example/",'
                    ' "fill #pw with hunter2-literal", "wait for url /a"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        parse_project(path).configs({})
    assert "login" in str(caught.value) and "hunter2" not in str(caught.value)


LOGIN_URL = "http://127.0.0.1:8000/login"


FORM = '<form><input id="username"><input name="password" type="password"></form>'
SERVICES = "http://127.0.0.1:8000/services"


@pytest.mark.parametrize("requested, final_url, html, reason", [
    (SERVICES, "http://127.0.0.1:8000/login?next=/services", "<p>x</p>",
     "redirected to the login page http://127.0.0.1:8000/login"),
    (SERVICES, SERVICES, FORM, "shows the login form (#username, input[name=password])"),
    (SERVICES, SERVICES, '<input id="username"><p>Our services</p>', None),
    ("http://127.0.0.1:8000/login-help", "http://127.0.0.1:8000/login-help",
     "<p>Forgot your password?</p>", None),
    (SERVICES, "http://127.0.0.1:8001/login", "<p>another origin's page</p>", None),
    # the login page asked for itself: the form says so, a logged-in page there does not
    (LOGIN_URL, LOGIN_URL, FORM, "shows the login form"),
    (LOGIN_URL, LOGIN_URL, "<h1>Welcome back</h1>", None),
])
def test_a_page_that_is_the_login_form(requested: str, final_url: str, html: str,
                                       reason: str | None) -> None:
    script = login_script([f"open {LOGIN_URL}", "fill #username with env:U",
                           "fill input[name=password] with env:P", "wait for url /a"], 5)
    assert script is not None
    found = login_page_reason(script, requested, final_url, html)
    assert (found is None) if reason is None else (reason in (found or ""))


def test_without_fields_to_tell_by_the_login_url_is_the_login_page() -> None:
    script = login_script([f"open {LOGIN_URL}", "click .sso-button", "wait for url /a"], 5)
    assert script is not None
    assert login_page_reason(script, LOGIN_URL, LOGIN_URL, "<p>x</p>") == (
        f"the page is the login page {LOGIN_URL}")


def test_login_cookies_go_only_to_their_origin() -> None:
    client = HttpClient("ua", 1, 1, secrets={"http://127.0.0.1:8000": {"Cookie": "a=1"}})
    cookies = [{"name": "sid", "value": "s1", "domain": "127.0.0.1"},
               {"name": "secure_sid", "value": "s2", "domain": "127.0.0.1", "secure": True},
               {"name": "other", "value": "s3", "domain": "clinic.example"}]
    client.use_login_cookies(cookies, ["http://127.0.0.1:8000"])
    try:
        # joined to the --cookie value; a secure cookie never over http; another domain's
        # cookie not at all
        assert client.headers_for("http://127.0.0.1:8000/x")["Cookie"] == "a=1; sid=s1"
        assert "Cookie" not in client.headers_for("http://127.0.0.1:8001/x")
        assert "Cookie" not in client.headers_for("http://127.0.0.2:8000/x")
        # the browser's own cookies are its own: secret_headers (what the browser is sent)
        # holds only --header/--cookie
        assert client.secret_headers("http://127.0.0.1:8000/x") == {"Cookie": "a=1"}
    finally:
        client.close()


def test_logout_links_are_out_of_scope_with_a_login_script() -> None:
    config = AuditConfig(start=["https://s.example/"], exclude=["/calendar/"],
                         login=SCRIPT)
    settings = crawl_settings(config, login_script(config.login, config.login_timeout))
    scope = Scope(["https://s.example/"], exclude=settings.exclude)
    for url in ("https://s.example/logout", "https://s.example/wp-login.php?action=logout",
                "https://s.example/account/sign-out", "https://s.example/calendar/1"):
        assert not scope.allows(url), url
    for url in ("https://s.example/services/blog-logo", "https://s.example/blog-offers",
                "https://s.example/catalog-outline"):
        assert scope.allows(url), url
    assert config.exclude == ["/calendar/"]  # the config itself is unchanged
    assert crawl_settings(config, None).exclude == ["/calendar/"]


def test_the_crash_scrubber_removes_what_a_login_step_types(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STAGING_PASSWORD", "typed-password-1234")
    monkeypatch.setenv("ARGV_PASSWORD", "argv-password-5678")
    scene = CrashScene(config=AuditConfig(login=SCRIPT))
    argv = ["clinic-checker", "audit", "--login", "fill #pw with env:ARGV_PASSWORD"]
    cleaned = Scrubber.for_scene(scene, argv)("typed-password-1234 argv-password-5678")
    assert "typed-password-1234" not in cleaned and "argv-password-5678" not in cleaned
