"""The last-resort handler: an unexpected exception anywhere is one line and exit 3, the run
in hand is saved (unfinished, resumable, results.json written), crash.log holds the traceback
without secrets. Ctrl-C is one line and exit 130.

The faults are injected by replacing one stage with a function that raises, in a real child
process running the real CLI: no input is known to crash the checker (that is the point), so
the test makes its own bug.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow  # each test runs the CLI in a subprocess

SECRET = "tok-9f8e7d6c5b4a"
COOKIE_SECRET = "sess-1a2b3c4d"
URL_PASSWORD = "hunter2-url-pass"

# Runs the real CLI after making one named function raise (the "bug").
INJECT = """
import importlib, sys
module_name, _, attr = sys.argv[1].rpartition(".")
owner_name, _, cls = module_name.rpartition(".") if sys.argv[2] == "method" else ("", "", "")
if cls:
    owner = getattr(importlib.import_module(owner_name), cls)
else:
    owner = importlib.import_module(module_name)
message = sys.argv[3]
def bug(*args, **kwargs):
    raise RuntimeError(message)
setattr(owner, attr, bug)
sys.argv = ["clinic-checker", *sys.argv[4:]]
from checker.cli import main
main()
"""

CRASH_LINE = re.compile(r"^clinic-checker: internal error: RuntimeError: .* \(details in (.+)\)$")


def child_env(cwd: Path) -> dict[str, str]:
    return os.environ | {"PYTHONPATH": str(REPO), "CLINIC_TOKEN": SECRET, "TMPDIR": str(cwd)}


def run_with_bug(target: str, kind: str, message: str, args: list[str], cwd: Path
                 ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", INJECT, target, kind, message, *args],
                          capture_output=True, text=True, cwd=cwd, env=child_env(cwd),
                          timeout=300)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    for name in ("index", "about", "contact"):
        links = "".join(f'<a href="{n}.html">{n}</a>' for n in ("index", "about", "contact"))
        (folder / f"{name}.html").write_text(
            f"<html lang=en><head><title>{name}</title></head><body><main><h1>{name}</h1>"
            f"<p>Clinic hours.</p>{links}</main></body></html>")
    return folder


def audit_args(site: Path, tmp_path: Path, *extra: str) -> list[str]:
    return ["audit", str(site), "--no-browser", "-q", "--out", str(tmp_path / "out"),
            "--db", str(tmp_path / "history.sqlite"),
            "--header", "X-Token: env:CLINIC_TOKEN", "--cookie", f"session={COOKIE_SECRET}",
            *extra]


def crash_log_of(proc: subprocess.CompletedProcess[str]) -> Path:
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    match = CRASH_LINE.match(lines[0])
    assert match, lines[0]
    return Path(match.group(1))


def run_status(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT status FROM runs ORDER BY rowid")]


def test_crash_after_the_pages_saves_the_run_and_scrubs_secrets(site, tmp_path):
    message = f"site rules broke on http://clinic:{URL_PASSWORD}@127.0.0.1/ with {SECRET}"
    proc = run_with_bug("checker.audit.Audit._site_rules", "method", message,
                        audit_args(site, tmp_path), tmp_path)
    log = crash_log_of(proc)
    out = tmp_path / "out"
    assert log == out / "crash.log"
    text = log.read_text()
    assert "Traceback (most recent call last)" in text and "_site_rules" in text
    everything = text + proc.stderr + proc.stdout
    for secret in (SECRET, COOKIE_SECRET, URL_PASSWORD):
        assert secret not in everything
    assert "http://clinic:***@127.0.0.1/" in text  # the user kept, the password gone
    # what the run had is saved: every page in results.json, the run resumable
    results = json.loads((out / "results.json").read_text())
    assert len(results["pages"]) == 3
    assert results["run"]["status"] == "interrupted"
    assert run_status(tmp_path / "history.sqlite") == ["interrupted"]
    resumed = subprocess.run([sys.executable, "-m", "checker",
                              *audit_args(site, tmp_path, "--resume")], capture_output=True,
                             text=True, cwd=tmp_path, env=child_env(tmp_path), timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert "Resumed run" in resumed.stdout
    assert run_status(tmp_path / "history.sqlite") == ["finished"]


def test_crash_in_one_report_writer_still_writes_the_others(site, tmp_path):
    proc = run_with_bug("checker.report.html_writer.environment", "function",
                        "template exploded", audit_args(site, tmp_path), tmp_path)
    log = crash_log_of(proc)
    assert "could not write index.html" in log.read_text()
    assert json.loads((tmp_path / "out" / "results.json").read_text())["pages"]
    # the audit itself had finished: the run is not left for --resume
    assert run_status(tmp_path / "history.sqlite") == ["finished"]


def test_crash_in_a_command_without_a_run_logs_to_the_temp_folder(tmp_path):
    proc = run_with_bug("checker.content.load_rules", "function", "pack loader bug",
                        ["rules"], tmp_path)
    log = crash_log_of(proc)
    assert log.parent == tmp_path  # TMPDIR of the child
    assert "no run was in progress" in log.read_text()


HANGING_SERVER = """
import http.server, sys, time
class Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/p"):
            time.sleep(60)  # every page the start links to hangs: the audit is mid-way
        elif self.path != "/":
            self.send_error(404)  # robots.txt and the sitemaps answer at once
            return
        body = b"<html><body><main>" + b"".join(
            b'<a href="/p%d">p</a>' % i for i in range(5)) + b"</main></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def test_ctrl_c_is_one_line_exit_130_and_the_run_resumable(tmp_path):
    server = subprocess.Popen([sys.executable, "-c", HANGING_SERVER], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}/"
        env = os.environ | {"PYTHONPATH": str(REPO)}
        audit = subprocess.Popen(
            [sys.executable, "-m", "checker", "audit", url, "--no-browser", "-q",
             "--out", str(tmp_path / "out"), "--db", str(tmp_path / "history.sqlite")],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=_interruptible)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "running" not in _statuses(tmp_path):
            time.sleep(0.2)
        time.sleep(1)  # the start page is stored; the next page hangs
        audit.send_signal(signal.SIGINT)
        _, stderr = audit.communicate(timeout=60)
    finally:
        server.kill()
        server.wait()
    assert audit.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "carries on with --resume" in stderr  # the way to go on, not only that it stopped
    assert run_status(tmp_path / "history.sqlite") == ["interrupted"]


def _interruptible() -> None:
    """Ctrl-C as a terminal delivers it: a suite started in the background by a
    non-interactive shell (`make test &`, `nohup`, cron) hands its children SIGINT ignored,
    and Python then never raises KeyboardInterrupt; the child is given the default back."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _statuses(tmp_path: Path) -> list[str]:
    try:
        return run_status(tmp_path / "history.sqlite")
    except sqlite3.Error:
        return []  # not made yet
