"""The overview says plainly how the audit was limited: no browser, robots.txt ignored."""

from __future__ import annotations

import pytest

from checker.demo import demo_site_dir
from tests.conftest import run_cli

pytestmark = pytest.mark.slow  # the CLI in a subprocess


def _overview(tmp_path, *options: str) -> str:
    proc = run_cli("audit", str(demo_site_dir()), "--no-browser", "--fail-on", "never", "-q",
                   "--out", str(tmp_path / "out"), "--db", str(tmp_path / "h.sqlite"), *options)
    assert proc.returncode == 0, proc.stderr
    return (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_ignored_robots_and_skipped_browser_are_printed_in_the_report(tmp_path):
    html = _overview(tmp_path, "--ignore-robots")
    assert "<code>--ignore-robots</code>" in html
    assert "no WCAG checks were made" in html


def test_a_normal_run_has_no_robots_notice(tmp_path):
    assert "<code>--ignore-robots</code>" not in _overview(tmp_path)
