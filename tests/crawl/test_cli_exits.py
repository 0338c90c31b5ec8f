"""The whole command line against the misbehaving site: a start page that fails exits 3 with
one line naming it, a crawled page that fails the audit fails the gate, bad crawl inputs are
one line and exit 2. Never a traceback."""

from __future__ import annotations

import base64
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

from checker.model import FIELD_CAPS
from tests.conftest import run_cli
from tests.crawl.misbehaving_server import RESUME_CHAIN, MisbehavingServer

# Each test starts the CLI in a child process (a few seconds each on a busy machine).
pytestmark = [pytest.mark.timeout(120), pytest.mark.slow]


@pytest.fixture
def site(site: MisbehavingServer) -> MisbehavingServer:
    """The misbehaving site without its robots.txt sitemap, which would seed the whole site
    (hangs and trickles included) into every audit."""
    site.state.sitemap_in_robots = False
    return site


def audit(*args: str, out: Path) -> tuple[int, list[str], str]:
    """Run `clinic-checker audit` (no browser); (exit code, stderr lines, stdout)."""
    proc = run_cli("audit", *args, "--no-browser", "-q", "--out", str(out / "report"),
                   "--db", str(out / "history.sqlite"))  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stderr.strip().splitlines(), proc.stdout


@pytest.mark.parametrize("path,status", [("/missing", 404), ("/forbidden", 403),
                                         ("/unauthorized", 401), ("/error500", 500),
                                         ("/busy", 503)])  # fmt: skip
def test_a_start_url_that_answers_an_error_exits_3_naming_it(
    site: MisbehavingServer, tmp_path: Path, path: str, status: int
) -> None:
    code, lines, _ = audit(site.origin + path, out=tmp_path)
    assert code == 3
    assert lines == [f"clinic-checker: cannot run: start URL {site.origin}{path} answered "
                     f"HTTP {status}; nothing was audited"]  # fmt: skip


def test_one_failed_start_page_of_a_list_fails_the_gate_listed_first(
    site: MisbehavingServer, tmp_path: Path
) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site.origin}/about\n{site.origin}/gone\n{site.origin}/orphan\n")
    code, lines, stdout = audit("--urls", str(listing), "--fail-on", "never", out=tmp_path)
    # two of three listed pages were audited: not "cannot run" (exit 3) but a failed gate
    assert code == 1, lines
    assert "1 page could not be audited" in stdout
    report = tmp_path / "report"
    results = json.loads((report / "results.json").read_text())
    pages = {p["url"].removeprefix(site.origin): p for p in results["pages"]}
    assert pages["/gone"]["status"] == 410 and pages["/gone"]["error"].startswith("HTTP 410")
    assert pages["/about"]["error"] is None
    assert results["run"]["status"] == "finished"


def test_a_list_of_only_failed_pages_exits_3(site: MisbehavingServer, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site.origin}/gone\n{site.origin}/missing\n")
    code, lines, _ = audit("--urls", str(listing), out=tmp_path)
    assert code == 3
    assert lines == [f"clinic-checker: cannot run: start URL {site.origin}/gone answered "
                     f"HTTP 410 (and 1 more start URL(s) failed); nothing was audited"]  # fmt: skip


def test_crawled_server_error_fails_the_gate_and_a_404_stays_a_broken_link(
    site: MisbehavingServer, tmp_path: Path
) -> None:
    code, _, stdout = audit(site.origin + "/small", "--fail-on", "never", out=tmp_path)
    assert code == 1, stdout
    assert "1 page could not be audited" in stdout
    pages = json.loads((tmp_path / "report" / "results.json").read_text())["pages"]
    by_path = {p["url"].removeprefix(site.origin): p for p in pages}
    assert by_path["/error500"]["kind"] == "page" and by_path["/error500"]["status"] == 500
    assert by_path["/error500"]["error"].startswith("HTTP 500")
    assert by_path["/missing"]["kind"] == "broken"
    # reported with every page that links to it, not only the first one found
    assert by_path["/missing"]["linked_from"] == [site.origin + "/small",
                                                  site.origin + "/small-leaf"]  # fmt: skip
    assert by_path["/error500"]["linked_from"] is None
    index = (tmp_path / "report" / "index.html").read_text()
    text = re.sub(r"<[^>]+>", "", index)  # URLs are wrapped in spans with break points
    assert f"linked from {site.origin}/small, {site.origin}/small-leaf" in text
    code, _, stdout = audit(site.origin + "/small", "--fail-on", "never",
                            "--allow-page-errors", out=tmp_path)  # fmt: skip
    assert code == 0, stdout


def test_an_empty_start_is_a_usage_error_not_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<title>cwd</title><p>not to be audited</p>")
    proc = run_cli("audit", "", "--no-browser", "-q", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "clinic-checker: error: a start URL is empty: give a URL, a folder, --sitemap or --urls"]


def test_a_5_kb_start_url_is_one_line(tmp_path: Path) -> None:
    code, lines, _ = audit("http://127.0.0.1:1/" + "a" * 5000, out=tmp_path)
    assert code == 2 and len(lines) == 1
    assert "5,019 characters long; the limit is 2,048" in lines[0] and len(lines[0]) < 300


@pytest.mark.parametrize("sitemap", ["file:///etc/passwd", "not a url", "http://[::1"])
def test_a_sitemap_that_is_not_a_web_url_is_one_line(tmp_path: Path, sitemap: str) -> None:
    code, lines, _ = audit("--sitemap", sitemap, out=tmp_path)
    assert code == 2 and len(lines) == 1 and lines[0].startswith("clinic-checker: error: --sitemap")


def test_a_url_list_saved_by_a_windows_editor_is_read(
    site: MisbehavingServer, tmp_path: Path
) -> None:
    """Notepad's "Unicode" (UTF-16 LE with its BOM, CRLF lines) through the whole audit; the
    other encodings with a BOM are tests/unit/test_input_files.py's, on the reader alone."""
    listing = tmp_path / "urls.txt"
    listing.write_bytes(f"# pages\r\n{site.origin}/about\r\n{site.origin}/orphan\r\n"
                        .encode("utf-16"))
    code, lines, _ = audit("--urls", str(listing), out=tmp_path)
    assert code == 0, lines
    with sqlite3.connect(tmp_path / "history.sqlite") as conn:
        urls = sorted(r[0] for r in conn.execute("SELECT url FROM pages"))
    assert urls == [f"{site.origin}/about", f"{site.origin}/orphan"]


def test_an_undecodable_url_list_is_one_line(tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_bytes(b"http://127.0.0.1:1/\n\xff\xfe\xfa broken\n")
    code, lines, _ = audit("--urls", str(listing), out=tmp_path)
    assert code == 2 and len(lines) == 1
    assert "not UTF-8 text, nor UTF-16/32 with a BOM" in lines[0]


# --- secrets ------------------------------------------------------------------------------------


def _files_containing(folder: Path, needles: list[bytes]) -> list[str]:
    """Every file under `folder` (reports, the history DB and its WAL) holding a needle."""
    return [str(path) for path in folder.rglob("*") if path.is_file()
            and any(needle in path.read_bytes() for needle in needles)]  # fmt: skip


def test_a_password_in_the_start_url_is_used_and_stored_nowhere(
    site: MisbehavingServer, tmp_path: Path
) -> None:
    start = site.origin.replace("http://", "http://nurse:s3cr%40t@") + "/small-leaf"
    proc = run_cli("audit", start, "--no-browser", "--fail-on", "never", "--allow-page-errors",
                   "--out",
                   str(tmp_path / "report"), "--db", str(tmp_path / "history.sqlite"))
    assert proc.returncode == 0, proc.stderr
    token = base64.b64encode(b"nurse:s3cr@t")
    sent = {e.path: e.headers.get("Authorization") for e in site.state.log}
    assert sent["/small-leaf"] == f"Basic {token.decode()}"  # used for the request
    assert sent["/missing"] == f"Basic {token.decode()}"  # and the rest of that origin
    needles = [b"s3cr", token]
    assert _files_containing(tmp_path, needles) == []
    assert "s3cr" not in proc.stdout + proc.stderr
    with sqlite3.connect(tmp_path / "history.sqlite") as conn:
        (options,) = conn.execute("SELECT options FROM runs").fetchone()
    assert json.loads(options)["start"] == [site.origin + "/small-leaf"]


def test_a_secret_with_a_newline_is_named_never_shown_never_stored(
    site: MisbehavingServer, tmp_path: Path
) -> None:
    env = {**os.environ, "CC_TOKEN": "Bearer tok-123\r\nX-Injected: yes"}
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "audit", site.origin + "/small-leaf", "--no-browser",
         "-q", "--header", "X-Api-Token: env:CC_TOKEN", "--out", str(tmp_path / "report"),
         "--db", str(tmp_path / "history.sqlite")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "clinic-checker: error: --header X-Api-Token: the value has a newline or another "
        "character not allowed in an HTTP header (value not shown)"]
    assert "tok-123" not in proc.stdout + proc.stderr
    assert _files_containing(tmp_path, [b"tok-123", b"Injected"]) == []
    assert site.state.log == []  # nothing was requested with it


# --- what is stored per field ---------------------------------------------------------------------


def test_a_megabyte_title_is_stored_capped_with_a_visible_marker(
    site: MisbehavingServer, tmp_path: Path
) -> None:
    code, lines, _ = audit(site.origin + "/huge-title", "--fail-on", "never", out=tmp_path)
    assert code == 0, lines
    results = tmp_path / "report" / "results.json"
    assert results.stat().st_size < 100_000
    (page,) = json.loads(results.read_text())["pages"]
    # The content stage already cuts a block at 20,000 characters (content/text.py).
    assert re.search(r"^T+… \[truncated, [\d,]{6,} characters\]$", page["title"])
    assert len(page["title"]) <= FIELD_CAPS["title"]
    with sqlite3.connect(tmp_path / "history.sqlite") as conn:
        (data,) = conn.execute("SELECT data FROM pages").fetchone()
    assert json.loads(data)["title"] == page["title"]


# --- resume ------------------------------------------------------------------------------------


def _stored_urls(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return sorted(r[0] for r in conn.execute("SELECT url FROM pages"))
    except sqlite3.OperationalError:
        return []  # the schema is not there yet


def test_a_page_reached_by_redirect_and_by_link_is_audited_once_after_a_resume(
    site: MisbehavingServer, tmp_path: Path
) -> None:
    """Killed (SIGKILL) after /r/old -> /r/target was stored, resumed: the late direct link
    to /r/target must not audit it again. Same pages as an uninterrupted run."""
    start = site.origin + "/r/0"
    killed = tmp_path / "killed"
    args = [sys.executable, "-m", "checker", "audit", start, "--no-browser", "-q",
            "--fail-on", "never", "--db", str(killed / "history.sqlite"),
            "--out", str(killed / "report")]  # fmt: skip
    killed.mkdir()
    child = subprocess.Popen(args, cwd=killed, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while len(_stored_urls(killed / "history.sqlite")) < 4:
            assert child.poll() is None, "the audit ended before it could be killed"
            assert time.monotonic() < deadline, "the audit made no progress"
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    before = _stored_urls(killed / "history.sqlite")
    assert f"{site.origin}/r/old" in before and f"{site.origin}/r/{RESUME_CHAIN}" not in before
    resumed = subprocess.run([*args, "--resume"], cwd=killed, capture_output=True, text=True,
                             timeout=120)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert "Resumed run" in resumed.stdout

    whole = tmp_path / "whole"
    code, lines, _ = audit(start, "--fail-on", "never", out=whole)
    assert code == 0, lines
    expected = _stored_urls(whole / "history.sqlite")
    assert f"{site.origin}/r/target" not in expected  # audited as /r/old's final URL only
    assert _stored_urls(killed / "history.sqlite") == expected
