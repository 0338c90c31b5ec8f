"""A wrong --out or --db is one line and exit 2 (3 for a database another process holds),
before any page is fetched; another program's database is never modified."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.store.opening import OPEN_LOCK_WAIT_S
from tests.conftest import run_cli

pytestmark = pytest.mark.slow  # each test runs the CLI in a subprocess


PAGE = ("<html lang=en><head><title>Clinic</title></head><body><main><h1>Clinic</h1>"
        "<p>Opening hours.</p></main></body></html>")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text(PAGE)
    return folder


def audit(site: Path, tmp_path: Path, *, out: Path | None = None, db: Path | None = None
          ) -> subprocess.CompletedProcess[str]:
    return run_cli("audit", str(site), "--no-browser", "-q",
                   "--out", str(out or tmp_path / "out"),
                   "--db", str(db or tmp_path / "history.sqlite"), cwd=tmp_path)


def assert_one_line(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0]


def test_out_that_is_a_file(site, tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("keep me")
    proc = audit(site, tmp_path, out=target)
    assert_one_line(proc, 2, "--out", "is a file")
    assert target.read_text() == "keep me"
    assert not (tmp_path / "history.sqlite").exists()  # refused before the store was made


def test_out_under_a_file(site, tmp_path):
    (tmp_path / "plain").write_text("")
    assert_one_line(audit(site, tmp_path, out=tmp_path / "plain" / "out"), 2, "--out")


def test_out_that_cannot_be_written(site, tmp_path):
    # /proc refuses new folders even to root (chmod 555 would not stop root)
    assert_one_line(audit(site, tmp_path, out=Path("/proc/clinic-checker-out")), 2,
                    "--out", "cannot be written")


def test_db_that_is_a_folder(site, tmp_path):
    (tmp_path / "dbdir").mkdir()
    assert_one_line(audit(site, tmp_path, db=tmp_path / "dbdir"), 2, "--db", "folder")


@pytest.mark.parametrize("content", [bytes(range(256)) * 20, b"runs,pages\n1,2\n"],
                         ids=["random-bytes", "text-file"])
def test_db_that_is_not_sqlite(site, tmp_path, content):
    db = tmp_path / "not.sqlite"
    db.write_bytes(content)
    assert_one_line(audit(site, tmp_path, db=db), 2, "not a SQLite database")
    assert db.read_bytes() == content


def test_truncated_history(site, tmp_path, audited_history):
    db = tmp_path / "history.sqlite"
    shutil.copyfile(audited_history, db)  # a whole history, as an audit leaves it
    with sqlite3.connect(db) as conn:  # fold the WAL back in: one self-contained file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    whole = db.read_bytes()
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(whole[: len(whole) // 2])
    assert_one_line(audit(site, tmp_path, out=tmp_path / "out2", db=cut), 2, "truncated")
    proc = run_cli("history", "--db", str(cut), cwd=tmp_path)
    assert_one_line(proc, 2, "truncated")


def test_another_programs_database_is_refused_and_untouched(site, tmp_path):
    db = tmp_path / "crm.sqlite"
    with sqlite3.connect(db) as conn:  # names that clash with ours, other columns
        conn.execute("CREATE TABLE runs (patient TEXT, visit TEXT)")
        conn.execute("CREATE TABLE meta (k TEXT)")
        conn.execute("INSERT INTO runs VALUES ('Ann', '2026-01-02')")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert_one_line(audit(site, tmp_path, db=db), 2, "another program's SQLite database")
    assert_one_line(run_cli("history", "--db", str(db), cwd=tmp_path), 2, "another program")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("crm")) == [
        "crm.sqlite"]  # no -wal or -shm left beside it either


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("INSERT INTO meta (key, value) VALUES ('held', 'yes')")
print("locked", flush=True)
sys.stdin.read()  # hold the write transaction until the test closes our stdin
conn.execute("ROLLBACK")
"""


def test_history_locked_by_another_process_waits_then_one_line(site, tmp_path,
                                                              audited_history):
    db = tmp_path / "history.sqlite"
    shutil.copyfile(audited_history, db)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        began = time.monotonic()
        proc = audit(site, tmp_path, out=tmp_path / "out2", db=db)
        waited = time.monotonic() - began
        assert_one_line(proc, 3, "locked by another process")
        assert waited >= OPEN_LOCK_WAIT_S  # it waited for the lock before giving up
    finally:
        holder.communicate("")
    # once the lock is released the same command runs
    assert audit(site, tmp_path, out=tmp_path / "out3", db=db).returncode == 0


@pytest.fixture(scope="module")
def audited_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A history with one audit in it, for the commands that read one (each test copies it:
    an audit per test would be the same audit)."""
    work = tmp_path_factory.mktemp("audited")
    folder = work / "site"
    folder.mkdir()
    (folder / "index.html").write_text(PAGE)
    assert audit(folder, work).returncode == 0
    return work / "history.sqlite"


@pytest.mark.parametrize("target", ["folder", "plain/under-a-file", "/proc/clinic.toml"])
def test_files_the_commands_write_to_a_bad_path(audited_history, tmp_path, target):
    """`init PATH` and `baseline -o PATH` where PATH is a folder, under a file, or in a place
    that cannot be written: one line, exit 2."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "plain").write_text("")
    path = target if target.startswith("/") else str(tmp_path / target)
    assert_one_line(run_cli("init", "--force", path, cwd=tmp_path), 2, "clinic-checker: error")
    db = tmp_path / "history.sqlite"
    shutil.copyfile(audited_history, db)
    proc = run_cli("baseline", "latest", "--db", str(db), "-o", path, cwd=tmp_path)
    assert_one_line(proc, 2, "cannot write")
