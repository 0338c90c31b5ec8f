"""--resume after kill -9: the unfinished run carries on; no stored page is audited again and
none is lost, so its pages and findings equal an uninterrupted audit's."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.scheduled.conftest import AS_OF, REPO, cli, finding_keys, latest_run

pytestmark = pytest.mark.slow  # audits killed and resumed in subprocesses

TOTAL = 60  # a chain of pages, each linking the next, 0.3 s each: the kill lands mid-audit
KILL_AFTER = 12  # pages stored; past the first frontier checkpoint (every 10 pages)


def stored_pages(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return [r[0] for r in conn.execute("SELECT url FROM pages")]
    except sqlite3.OperationalError:
        return []  # the schema is not there yet


def audit_args(url: str, db: Path, out: Path) -> list[str]:
    return ["audit", url, "--no-browser", "-q", "--as-of", AS_OF, "--fail-on", "never",
            "--db", str(db), "--out", str(out)]


def test_resume_after_sigkill_equals_an_uninterrupted_audit(project, site, tmp_path):
    _, server = site(TOTAL, {3: ("cure",), 9: ("guarantee",), 17: ("cure",)}, delay=0.3)
    url = server.url + "index.html"
    db = project / "history.sqlite"
    stderr = (tmp_path / "stderr.txt").open("w+")
    child = subprocess.Popen(
        [sys.executable, "-m", "checker", *audit_args(url, db, project / "out")],
        cwd=project, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 120
        while len(stored_pages(db)) < KILL_AFTER:
            if child.poll() is not None:
                stderr.seek(0)
                pytest.fail(f"the audit ended before it could be killed: {stderr.read()}")
            assert time.monotonic() < deadline, "the audit made no progress"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    done_before = set(stored_pages(db))
    assert KILL_AFTER <= len(done_before) < TOTAL + 1
    with sqlite3.connect(db) as conn:
        (killed_id, status), = conn.execute("SELECT id, status FROM runs").fetchall()
        checkpointed = conn.execute("SELECT COUNT(*) FROM frontier").fetchone()[0]
    assert status == "running" and checkpointed > 0

    server.set_delay(0)  # the resume and the uninterrupted audit need no time to be killed
    resumed_at = time.monotonic()
    proc = cli(*audit_args(url, db, project / "out"), "--resume", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert f"Resumed run {killed_id}" in proc.stdout
    refetched = {server.url + path.lstrip("/") for t, path in server.log if t >= resumed_at}
    assert not refetched & done_before, "pages stored before the kill were audited again"

    options, pages, findings = latest_run(db)
    assert options["resumed"] == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, status FROM runs").fetchall() == [(killed_id, "finished")]

    other = tmp_path / "uninterrupted"
    other.mkdir()
    proc = cli(*audit_args(url, other / "history.sqlite", other / "out"), cwd=other)
    assert proc.returncode == 0, proc.stderr
    _, full_pages, full_findings = latest_run(other / "history.sqlite")
    assert sorted(p["url"] for p in pages) == sorted(p["url"] for p in full_pages)
    assert len(pages) == TOTAL + 1
    assert finding_keys(findings) == finding_keys(full_findings)
    assert len(findings) == len(full_findings)  # site-wide findings made once, not twice


def test_resume_without_an_unfinished_run_starts_a_new_one(project, site):
    _, server = site(2)
    url = server.url + "index.html"
    db = project / "history.sqlite"
    for _ in range(2):  # cron may always pass --resume
        proc = cli(*audit_args(url, db, project / "out"), "--resume", cwd=project)
        assert proc.returncode == 0, proc.stderr
        assert "Resumed run" not in proc.stdout
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT status FROM runs")] == ["finished"] * 2
