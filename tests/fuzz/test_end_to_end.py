"""The fuzz property end to end: the checker's `python -m checker` entry in a child process,
as a user runs it, on inputs drawn from the same strategies (behind the loopback-only
resolver, see loopback_only.py). Few examples: a child costs seconds of imports."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPO
from tests.fuzz import strategies as fz
from tests.fuzz.conftest import EXIT_CODES, Response, examples
from tests.fuzz.loopback_only import CHILD_MAIN

CHILD_TIMEOUT_S = 180  # generous: a bound on hangs, not a speed assert

pytestmark = pytest.mark.slow


def run_child(args: list[str], cwd) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHONPATH": str(REPO), "TMPDIR": str(cwd)}
    return subprocess.run([sys.executable, "-c", CHILD_MAIN, *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=CHILD_TIMEOUT_S)


def assert_child_clean(proc: subprocess.CompletedProcess[str]) -> None:
    report = f"args={proc.args!r}\ncode={proc.returncode}\nstderr={proc.stderr[-3000:]}"
    assert proc.returncode in EXIT_CODES, report
    assert "Traceback" not in proc.stderr + proc.stdout, report
    assert "internal error" not in proc.stderr, report


@examples(2)
@given(data=st.data())
def test_hostile_site_files_in_a_child_process(fuzz_server, workdirs, data):
    """robots.txt and a sitemap drawn at random, served for real, audited by a real child."""
    fuzz_server.reset()
    fuzz_server.files["/robots.txt"] = Response(
        data.draw(fz.robots_txt(fuzz_server.url), label="robots"), 200, "text/plain")
    fuzz_server.files["/sitemap.xml"] = Response(
        data.draw(fz.sitemap_xml(fuzz_server.url), label="sitemap"), 200, "application/xml")
    folder = workdirs()
    assert_child_clean(run_child(
        ["audit", fuzz_server.url, "--no-browser", "-q", "--max-pages", "4",
         "--sitemap", fuzz_server.url + "sitemap.xml"], folder))


@examples(3)
@given(data=st.data())
def test_user_files_in_a_child_process(fuzz_server, workdirs, data):
    """A config file, a rule pack and a URL list drawn at random, in a real child."""
    fuzz_server.reset()
    folder = workdirs()
    (folder / "clinic-checker.toml").write_bytes(
        data.draw(fz.config_file(fuzz_server.url, fuzz_server.url), label="config"))
    (folder / "pack.yaml").write_bytes(data.draw(fz.rule_pack(), label="pack"))
    (folder / "urls.txt").write_bytes(data.draw(fz.url_list_file(fuzz_server.url),
                                                label="urls"))
    args = data.draw(st.sampled_from([
        ["audit", "--no-browser", "-q", "--rules", "pack.yaml", "--urls", "urls.txt"],
        ["audit", "--no-browser", "-q", "--rules", "pack.yaml"],
        ["rules", "--rules", "pack.yaml"],
        ["history"],
    ]), label="args")
    assert_child_clean(run_child(args, folder))
