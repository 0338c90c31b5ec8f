"""crash.log and the crash line never carry a secret: what the scrubber removes."""

from __future__ import annotations

from checker.cli.errors import CrashScene, Scrubber
from checker.settings import AuditConfig


def test_scrubs_header_and_cookie_values_from_config_argv_and_environment(monkeypatch):
    monkeypatch.setenv("CLINIC_FUZZ_TOKEN", "from-the-env-1234")
    scene = CrashScene(config=AuditConfig(headers={"X-Token": "env:CLINIC_FUZZ_TOKEN"},
                                          cookies={"session": "cookie-value-99"}))
    argv = ["clinic-checker", "audit", "--header", "X-Other: argv-secret-77",
            "--cookie=sid=argv-cookie-55"]
    scrub = Scrubber.for_scene(scene, argv)
    text = ("from-the-env-1234 cookie-value-99 argv-secret-77 argv-cookie-55 "
            "X-Other: argv-secret-77")
    cleaned = scrub(text)
    for secret in ("from-the-env-1234", "cookie-value-99", "argv-secret-77", "argv-cookie-55"):
        assert secret not in cleaned
    assert "X-Other: ***" in cleaned  # the header's name stays readable


def test_scrubs_url_passwords_and_auth_headers_keeping_the_rest():
    scrub = Scrubber([])
    assert scrub("GET https://ann:pa55word@clinic.test/x failed") == (
        "GET https://ann:***@clinic.test/x failed")
    assert scrub("{'Authorization': 'Bearer abc.def'}") == "{'Authorization': '***'}"
    assert scrub("Cookie: sid=1; theme=dark") == "Cookie: ***"
    assert scrub("a plain message at http://clinic.test/") == (
        "a plain message at http://clinic.test/")


def test_short_values_are_not_scrubbed_from_ordinary_words():
    # a one-letter "secret" would blank out every 'a' of the traceback
    assert Scrubber(["a", ""])("a traceback line") == "a traceback line"
