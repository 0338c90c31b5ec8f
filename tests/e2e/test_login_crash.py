"""A crash while the login script runs (a bug that quotes the typed password in its message):
the last-resort handler's one line and crash.log hold no password."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_crash_handler import audit_args, crash_log_of, run_with_bug

pytestmark = pytest.mark.slow  # the CLI in a subprocess

LOGIN_PASSWORD = "typed-Pa55word-7788"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("<html lang=en><head><title>Home</title></head><body>"
                                       "<main><h1>Home</h1></main></body></html>")
    return folder


def test_a_crash_in_the_login_never_writes_the_password(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLINIC_LOGIN_PASSWORD", LOGIN_PASSWORD)
    login = ["--login", "open http://127.0.0.1:9/login",
             "--login", "fill #password with env:CLINIC_LOGIN_PASSWORD",
             "--login", "click button", "--login", "wait for url /account"]
    proc = run_with_bug("checker.audit.crawler_login", "function",
                        f"the field refused {LOGIN_PASSWORD!r}",
                        audit_args(site, tmp_path, *login), tmp_path)
    text = crash_log_of(proc).read_text(encoding="utf-8")
    assert "crawler_login" in text and "the field refused '***'" in text
    assert LOGIN_PASSWORD not in text + proc.stderr + proc.stdout
