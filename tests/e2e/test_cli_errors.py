"""Bad input gets one line and the right exit code; never a traceback."""

from __future__ import annotations

import pytest

from tests.conftest import free_port, run_cli

pytestmark = pytest.mark.slow  # each test runs the CLI in a subprocess


def test_unreachable_start_url_exits_3_with_one_line(tmp_path):
    port = free_port()  # nothing listens there
    proc = run_cli("audit", f"http://127.0.0.1:{port}/", "--out", str(tmp_path), "-q",
                   "--no-browser", "--retries", "0")  # (retries: tests/crawl)
    assert proc.returncode == 3
    lines = proc.stderr.strip().splitlines()
    assert lines == [f"clinic-checker: cannot run: start URL http://127.0.0.1:{port}/ could"
                     " not be audited (connection refused); nothing was audited"]
    assert "Traceback" not in proc.stderr


def test_port_1_is_unreachable_exit_3(tmp_path):
    proc = run_cli("audit", "http://127.0.0.1:1/", "--out", str(tmp_path), "-q", "--retries", "0")
    assert proc.returncode == 3, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_bad_option_value_exits_2_with_one_line():
    proc = run_cli("audit", "--max-pages", "nope", "x")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "--max-pages" in lines[0] and "nope" in lines[0]
    assert "Traceback" not in proc.stderr


def test_unknown_option_exits_2_with_one_line():
    proc = run_cli("audit", "--max-pagez", "3", "http://127.0.0.1:1/")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "--max-pagez" in proc.stderr


def test_missing_chromedriver_exits_3_naming_the_fix(tmp_path, serve):
    from checker.demo import demo_site_dir

    server = serve(demo_site_dir())
    proc = run_cli("audit", server.url, "--out", str(tmp_path), "-q",
                   "--chromedriver", str(tmp_path / "no-such-driver"))
    assert proc.returncode == 3
    assert "chromedriver" in proc.stderr and "apt-get install" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
