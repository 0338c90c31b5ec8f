"""The review trail's evidence and sign-off, on the real CLI, a real SQLite history and a
generated site served on 127.0.0.1: one page's relevant sentence changes between two audits;
`evidence` prints what the page said before, with its capture time, `--diff` shows the
change, and the sign-off of the first run shows in its report and in the next run's."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.model import Evidence
from checker.store.db import Store
from checker.store.history import signoff_status
from tests.conftest import requires_browser
from tests.scheduled.conftest import AS_OF, cli, results
from tests.scheduled.sitegen import SiteServer, build_site, page_name

OLD_SENTENCE = "Our energy drip cures chronic fatigue in just three sessions."
NEW_SENTENCE = "Some patients tell us our energy drip helped them feel less tired."
# A page's text may carry terminal escapes: clear the screen, then fake a line.
HOSTILE = "Read this \x1b[2J\x1b[31mFAKE LINE\x1b[0m note."
REVIEWER, NOTE = "Dr. Ana Rivera", "claims on the drip pages checked"


@dataclass
class Trail:
    """Three audits of one site: r1; then (r1 signed off) the claim's sentence changed and r2
    audited incrementally; then r3 with --full."""

    project: Path
    db: Path
    base: str
    runs: dict[str, str]  # r1, r2, r3 -> run id
    signoff_stdout: str
    r2_stdout: str  # the audit's summary after the sign-off

    def url(self, n: int) -> str:
        return self.base + page_name(n)

    def evidence(self, url: str, run: str) -> Evidence:
        with Store(self.db) as store:
            found = store.evidence(url, run_id=self.runs[run])
        assert found is not None
        return found


def _audit(project: Path, url: str, out: str, *extra: str) -> str:
    proc = cli("audit", url, "--out", str(project / out), "--as-of", AS_OF, "--fail-on",
               "never", "--no-browser", "--format", "html,json,markdown", *extra,
               cwd=project)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    return proc.stdout


def _latest_id(db: Path) -> str:
    with Store(db) as store:
        return store.runs()[0].id


@pytest.fixture(scope="module")
def trail(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("trail")
    root = build_site(tmp / "site", 3, {2: ("cure",)})
    note3 = root / page_name(3)
    note3.write_text(note3.read_text().replace("Bring your medicine list.", HOSTILE))
    project = tmp / "project"
    project.mkdir()
    db = project / ".clinic-checker" / "history.sqlite"
    with SiteServer(root) as server:
        start = server.url + "index.html"
        runs = {}
        _audit(project, start, "r1")
        runs["r1"] = _latest_id(db)
        signed = cli("signoff", runs["r1"], "--by", REVIEWER, "--note", NOTE, cwd=project)
        assert signed.returncode == 0, signed.stderr
        note2 = root / page_name(2)
        note2.write_text(note2.read_text().replace(OLD_SENTENCE, NEW_SENTENCE))
        r2_stdout = _audit(project, start, "r2")
        runs["r2"] = _latest_id(db)
        _audit(project, start, "r3", "--full")
        runs["r3"] = _latest_id(db)
        yield Trail(project, db, server.url, runs, signed.stdout, r2_stdout)


def _evidence(trail: Trail, *args: str):
    return cli("evidence", *args, cwd=trail.project)


def test_evidence_prints_the_earlier_text_with_its_capture_time(trail: Trail):
    earlier = _evidence(trail, trail.url(2), "--run", trail.runs["r1"])
    assert earlier.returncode == 0, earlier.stderr
    with Store(trail.db) as store:
        page = next(p for p in store.iter_pages(trail.runs["r1"]) if p.url == trail.url(2))
    assert f"Captured:    {page.extra['captured_at']}" in earlier.stdout
    assert f"Run:         {trail.runs['r1']}" in earlier.stdout
    assert "HTTP status: 200" in earlier.stdout
    assert f"Body sha256: {page.body_hash}" in earlier.stdout
    main_text = earlier.stdout.split("Main text:", 1)[1]
    assert OLD_SENTENCE in main_text and NEW_SENTENCE not in main_text
    # the content finding's sentence and its paragraph, as that run recorded them
    assert f"no-unqualified-cure-claims: {OLD_SENTENCE}" in earlier.stdout
    assert "in the paragraph: " + OLD_SENTENCE + " Book an IV drip today." in earlier.stdout

    latest = _evidence(trail, trail.url(2))
    assert NEW_SENTENCE in latest.stdout and OLD_SENTENCE not in latest.stdout
    assert f"Run:         {trail.runs['r3']}" in latest.stdout
    # --as-of: the last capture on or before that day (today's runs; none the day before)
    assert NEW_SENTENCE in _evidence(trail, trail.url(2), "--as-of", "2999-01-01").stdout


def test_diff_shows_the_changed_sentence_only(trail: Trail):
    proc = _evidence(trail, trail.url(2), "--diff", trail.runs["r1"], trail.runs["r2"])
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(f"--- {trail.url(2)} run {trail.runs['r1']} captured ")
    assert lines[1].startswith(f"+++ {trail.url(2)} run {trail.runs['r2']} captured ")
    removed = [line[1:] for line in lines[2:] if line.startswith("-")]
    added = [line[1:] for line in lines[2:] if line.startswith("+")]
    assert removed == [OLD_SENTENCE + " Book an IV drip today."]
    assert added == [NEW_SENTENCE + " Book an IV drip today."]

    same = _evidence(trail, trail.url(1), "--diff", trail.runs["r1"], trail.runs["r2"])
    assert same.returncode == 0 and "is the same in run" in same.stdout


def test_an_incremental_run_keeps_the_evidence_a_full_run_makes(trail: Trail):
    def seen(e: Evidence) -> tuple:
        return e.url, e.status, e.final_url, e.body_hash, e.text_hash, e.main_text

    for n in (1, 2, 3):
        incremental = trail.evidence(trail.url(n), "r2")
        full = trail.evidence(trail.url(n), "r3")
        assert seen(incremental) == seen(full)
        assert incremental.captured_at <= full.captured_at
    # the unchanged page names the first run's text (the same blob), read when r1 rendered it
    carried, first = trail.evidence(trail.url(1), "r2"), trail.evidence(trail.url(1), "r1")
    assert carried.text_hash == first.text_hash and carried.read_at == first.read_at
    # a later run never overwrote what r1 saw
    assert OLD_SENTENCE in trail.evidence(trail.url(2), "r1").main_text
    with Store(trail.db) as store, store._lock:
        blobs = store._conn.execute(
            "SELECT COUNT(*) FROM dom_cache WHERE key LIKE 'text:%'").fetchone()[0]
        texts = store._conn.execute(
            "SELECT COUNT(DISTINCT text_hash) FROM evidence").fetchone()[0]
    assert blobs == texts == 5  # index, notes 1 and 3 once; note 2 before and after


def test_page_text_reaches_the_terminal_without_control_characters(trail: Trail):
    proc = _evidence(trail, trail.url(3))
    assert proc.returncode == 0
    assert "FAKE LINE" in proc.stdout and "\x1b" not in proc.stdout
    assert HOSTILE in trail.evidence(trail.url(3), "r1").main_text  # stored as it was


@pytest.mark.parametrize("args, words", [
    (("http://127.0.0.1:9/never-audited.html",), "no evidence of"),
    (("{url}", "--run", "no-such-run"), "no run 'no-such-run'"),
    (("{url}", "--as-of", "2001-01-01"), "runs with evidence of it:"),
    (("{url}", "--as-of", "yesterday"), "is not a date"),
    (("{url}", "--run", "latest", "--diff", "previous", "latest"), "give one of"),
])
def test_what_cannot_be_shown_is_one_line_and_exit_2(trail: Trail, args, words):
    proc = _evidence(trail, *(a.format(url=trail.url(2)) for a in args))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and words in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_signoff_shows_in_its_report_and_in_the_next_runs(trail: Trail):
    first = results(trail.project / "r1")
    statuses = first["run"]["options"]["verdict"]["statuses"]
    open_then = statuses["open-new"] + statuses["open-known"]
    assert f"by {REVIEWER} at " in trail.signoff_stdout
    assert f"{open_then} open finding(s)" in trail.signoff_stdout
    own = first["signoff"]["signed_off"]
    assert (own["signed_by"], own["note"], own["open_findings"]) == (REVIEWER, NOTE, open_then)
    html = (trail.project / "r1" / "index.html").read_text()
    assert f"This run was signed off by {REVIEWER}" in html and "open finding(s)" in html

    since = results(trail.project / "r2")["signoff"]["since"]
    changed = json.loads(cli("diff", trail.runs["r1"], trail.runs["r2"], "--json",
                             cwd=trail.project).stdout)["counts"]
    assert since["run_id"] == trail.runs["r1"] and since["signed_by"] == REVIEWER
    assert (since["new"], since["fixed"]) == (changed["new"], changed["fixed"])
    assert since["fixed"] >= 1  # the cure claim is gone with its sentence
    later = (trail.project / "r2" / "index.html").read_text()
    assert f"Last signed-off run of this site: {trail.runs['r1']}" in later
    assert f"{since['new']} new and {since['fixed']} fixed finding(s) since then" in later
    assert "Sign-off" in (trail.project / "r2" / "summary.md").read_text()
    assert f"Last signed-off run of this site: {trail.runs['r1']}" in trail.r2_stdout
    # the PDF is printed from print.html: the same words
    from checker.report.html_writer import write_print_html
    from checker.settings import AuditConfig

    with Store(trail.db) as store:
        printed = write_print_html(AuditConfig(), store, trail.runs["r2"],
                                   trail.project / "print" / "print.html").read_text()
    assert f"Last signed-off run of this site: {trail.runs['r1']}" in printed


def test_history_names_who_signed_a_run_off(trail: Trail):
    rows = {line.split()[0]: line for line in
            cli("history", cwd=trail.project).stdout.splitlines()[1:]}
    assert rows[trail.runs["r1"]].endswith(REVIEWER) and rows[trail.runs["r2"]].endswith("-")
    runs = json.loads(cli("history", "--json", cwd=trail.project).stdout)["runs"]
    signed = {r["id"]: [s["signed_by"] for s in r["signoffs"]] for r in runs}
    assert signed[trail.runs["r1"]] == [REVIEWER] and signed[trail.runs["r2"]] == []


def test_signoff_of_an_unknown_run_or_without_a_name_is_one_line(trail: Trail):
    for args in (("no-such-run", "--by", REVIEWER), (trail.runs["r2"], "--by", "  ")):
        proc = cli("signoff", *args, cwd=trail.project)
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1


def test_keep_runs_prunes_only_older_runs_and_says_so(trail: Trail, tmp_path: Path):
    db = tmp_path / "history.sqlite"
    shutil.copyfile(trail.db, db)  # the module's history stays whole for the other tests
    stdout = _audit(tmp_path, trail.base + "index.html", "r4", "--db", str(db),
                    "--keep-runs", "2", "--full")
    pruned = [trail.runs["r1"], trail.runs["r2"]]
    assert (f"Pruned 2 run(s) of {results(tmp_path / 'r4')['run']['site']} beyond the newest 2"
            f" (keep_runs = 2): {', '.join(pruned)}") in stdout
    with Store(db) as store:
        assert [r.id for r in store.runs()][1:] == [trail.runs["r3"]]
        assert store.evidence(trail.url(2), run_id=trail.runs["r1"]) is None
        assert store.evidence(trail.url(2), run_id=trail.runs["r3"]) is not None
        assert store.signoffs(run_id=trail.runs["r1"])  # the reviewer's record stays
        with store._lock:
            texts = {r[0] for r in store._conn.execute(
                "SELECT substr(key, 6) FROM dom_cache WHERE key LIKE 'text:%'")}
        latest = store.runs()[0]
        # the reports were written before the pruning (they compare with the previous run);
        # the signed-off run is gone now, so a later report cannot count what changed since
        assert signoff_status(store, latest)["since"]["new"] is None
    assert trail.evidence(trail.url(2), "r1").text_hash not in texts  # r1's own text went
    proc = cli("evidence", trail.url(2), "--run", trail.runs["r1"], "--db", str(db),
               cwd=tmp_path)
    assert proc.returncode == 2


def test_a_huge_main_text_is_kept_capped_with_the_hash_of_all_of_it(tmp_path: Path):
    from checker.model import FIELD_CAPS, Page, Run, text_hash

    text = "\n".join(f"Paragraph {n} of a page that never ends." for n in range(20_000))
    page = Page(url="https://clinic.example/huge", final_url="https://clinic.example/huge",
                status=200, body_hash="b" * 64)
    with Store(tmp_path / "h.sqlite") as store:
        store.start_run(Run(id="r1", site="clinic.example", started="2026-11-25T10:00:00"))
        store.save_page("r1", page, [],
                        evidence=Evidence.of(page, text, "2026-11-25T10:00:01+00:00"))
        kept = store.evidence("https://clinic.example/huge#top", run_id="r1")
    assert kept is not None and len(text) > FIELD_CAPS["main_text"]
    assert len(kept.main_text) <= FIELD_CAPS["main_text"]
    assert kept.main_text.endswith(f"[truncated, {len(text):,} characters]")
    assert kept.text_hash == text_hash(text)


JS_SENTENCE = "This sentence was written by the page's script after it loaded."


@requires_browser
@pytest.mark.browser
def test_rendered_text_is_the_evidence_and_signoff_prints_the_pdf_again(tmp_path: Path):
    root = build_site(tmp_path / "site", 1, {1: ("cure",)})
    note = root / page_name(1)
    script = ("<script>const p = document.createElement('p'); p.textContent ="
              f" {JS_SENTENCE!r}; document.querySelector('article').append(p);</script>")
    note.write_text(note.read_text().replace("</main>", "</main>" + script))
    with SiteServer(root) as server:
        proc = cli("audit", server.url + "index.html", "--out", str(tmp_path / "r1"),
                   "--as-of", AS_OF, "--fail-on", "never", "--pdf", "--workers", "1",
                   cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr + proc.stdout
        shown = cli("evidence", server.url + page_name(1), cwd=tmp_path).stdout
    assert JS_SENTENCE in shown.split("Main text:", 1)[1]  # what the browser showed
    pdf = tmp_path / "r1" / "report.pdf"
    before = pdf.read_bytes()
    proc = cli("signoff", "latest", "--by", REVIEWER, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "report.pdf" in proc.stdout
    after = pdf.read_bytes()
    assert after.startswith(b"%PDF-") and after != before
    # Chromium printed the PDF from print.html, which now carries the sign-off
    printed = (tmp_path / "r1" / "print.html").read_text()
    assert f"This run was signed off by {REVIEWER}" in printed


@pytest.mark.slow  # two audits of the whole demo site
def test_the_issues_check_on_the_demo_site(tmp_path: Path, demo_site: Path):
    """Issue 15's check: the demo's IV page's cure claim is reworded and the site audited
    again; `evidence` prints the earlier text with its capture time, `--diff` the change, and
    the sign-off of the first run shows in the second run's report."""
    from tests.conftest import StaticServer

    site = tmp_path / "demo"
    shutil.copytree(demo_site, site)
    page = site / "services" / "iv-drips.html"
    with StaticServer(site) as server:
        start, url = server.url + "index.html", server.url + "services/iv-drips.html"
        _audit(tmp_path, start, "r1")
        first = _latest_id(tmp_path / ".clinic-checker" / "history.sqlite")
        assert cli("signoff", "latest", "--by", REVIEWER, cwd=tmp_path).returncode == 0
        page.write_text(page.read_text().replace(OLD_SENTENCE, NEW_SENTENCE))
        _audit(tmp_path, start, "r2")
    earlier = cli("evidence", url, "--run", "previous", cwd=tmp_path).stdout
    captured = next(p["extra"]["captured_at"] for p in _store_pages(tmp_path, first)
                    if p["url"] == url)
    assert f"Captured:    {captured}" in earlier and OLD_SENTENCE in earlier
    diff = cli("evidence", url, "--diff", "previous", "latest", cwd=tmp_path).stdout
    assert f"-{OLD_SENTENCE}" in diff and f"+{NEW_SENTENCE}" in diff
    since = results(tmp_path / "r2")["signoff"]["since"]
    assert since["run_id"] == first and since["fixed"] >= 1


def _store_pages(project: Path, run_id: str) -> list[dict]:
    with Store(project / ".clinic-checker" / "history.sqlite") as store:
        return [p.to_dict() for p in store.iter_pages(run_id)]
