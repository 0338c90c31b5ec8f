"""Issue 15's check of reviewers' verdicts, on the demo site in real Chromium: three findings
reviewed (one accepted, one fails, one not-an-issue), one page's reviewed sentence changed and
the site audited again: two verdicts carried over, one back as re-review, and the gate
counting them as the verdicts say. Done twice, into two histories: once with
`clinic-checker review set` at the terminal, once through the HTML report's "Download
verdicts" file and `clinic-checker review import`."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from selenium.webdriver.support.ui import Select

from checker.cli.main import cli
from checker.gate.review import subject_hash
from checker.model import Finding
from tests.conftest import SUITE_AS_OF, StaticServer, requires_browser, run_cli
from tests.report.browser_helpers import events, recording_session

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]

AS_OF = SUITE_AS_OF.isoformat()
FORMATS = "html,json,junit,sarif,markdown,github,gitlab,csv"
OLD_SENTENCE = "your next drip is free."
NEW_SENTENCE = "your next two drips are free."
# what each reviewer decides, by (rule, page)
DECISIONS = {
    ("off-label-disclosure", "ketamine-depression.html"): {
        "verdict": "accepted", "reason": "The off-label statement is on the consent form",
        "expires": "2027-03-01"},
    ("color-contrast", "contact.html"): {"verdict": "fails"},
    ("no-guaranteed-results", "iv-drips.html"): {
        "verdict": "not-an-issue", "reason": "A money-back offer, not a health outcome"},
}


# Only the reviewed pages are audited: the test needs them, and Chromium time adds up.
PAGES = ("services/ketamine-depression.html", "contact.html", "services/iv-drips.html")


def _audit(urls: Path, db: Path, out: Path) -> tuple[int, dict[str, Any]]:
    # one worker: one Chromium for three pages (a second costs ~4 CPU-s and tests nothing here)
    proc = run_cli("audit", "--urls", str(urls), "--db", str(db), "--out", str(out),
                   "--as-of", AS_OF, "--format", FORMATS, "--workers", "1", "-q")
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads((out / "results.json").read_text())


def _reviewed(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The findings the reviewers decide on, by their (rule, page) key."""
    found = {}
    for f in results["findings"]:
        key = (f["rule_id"], f["url"].rsplit("/", 1)[-1])
        if key in DECISIONS and (key[0] != "color-contrast" or f["status"] == "needs-review"):
            found[key] = f
    assert set(found) == set(DECISIONS)
    return found


def _copy_history(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def _review_at_the_terminal(db: Path, findings: dict[str, dict[str, Any]]) -> None:
    for key, decision in DECISIONS.items():
        args = ["review", "set", findings[key]["fingerprint"], "--by", "Dana Reyes",
                "--db", str(db)]
        for option, value in decision.items():
            args += [f"--{option}", value]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output


def _review_in_the_report(report: Path, findings: dict[str, dict[str, Any]],
                          downloads: Path) -> tuple[Path, list[str]]:
    """Fill the verdict controls of review.html in Chromium and download the file."""
    session = recording_session()
    driver = session.driver
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                               {"behavior": "allow", "downloadPath": str(downloads)})
        driver.get((report / "review.html").as_uri())
        driver.find_element("id", "reviewer").send_keys("Sam Lee")
        for key, decision in DECISIONS.items():
            item = driver.find_element("id", f"v-{findings[key]['fingerprint']}")
            Select(item.find_element("name", "verdict")).select_by_value(decision["verdict"])
            if decision.get("reason"):
                item.find_element("name", "reason").send_keys(decision["reason"])
            if decision.get("expires"):  # a date input's typing depends on the locale
                driver.execute_script("arguments[0].value = arguments[1]",
                                      item.find_element("name", "expires"),
                                      decision["expires"])
        driver.find_element("css selector", "form.verdicts button[type=submit]").click()
        status = driver.find_element("id", "verdicts-status").text
        deadline = time.monotonic() + 30
        while not list(downloads.glob("*.json")) and time.monotonic() < deadline:
            time.sleep(0.2)
        return next(downloads.glob("*.json")), [status, *events(driver)]
    finally:
        session.quit()


# one audit, two ways of reviewing, two audits again
@pytest.fixture(scope="module")
def trail(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from checker.demo import demo_site_dir

    work = tmp_path_factory.mktemp("review-trail")
    site = work / "site"
    shutil.copytree(demo_site_dir(), site)
    with StaticServer(site) as server:
        urls = work / "urls.txt"
        urls.write_text("".join(f"{server.url}{page}\n" for page in PAGES))
        return _trail(work, site, urls)


def _trail(work: Path, site: Path, urls: Path) -> dict[str, Any]:
    terminal_db, report_db = work / "terminal.sqlite", work / "report.sqlite"
    first_code, first = _audit(urls, terminal_db, work / "run1")
    _copy_history(terminal_db, report_db)
    reviewed = _reviewed(first)
    downloads = work / "downloads"
    downloads.mkdir()
    downloaded, page_notes = _review_in_the_report(work / "run1", reviewed, downloads)
    imported = CliRunner().invoke(cli, ["review", "import", str(downloaded), "--db",
                                        str(report_db)])
    assert imported.exit_code == 0, imported.output
    # both histories name run1's folder: its reports, written again after each way
    rewritten = {"report": json.loads((work / "run1" / "results.json").read_text())}
    _review_at_the_terminal(terminal_db, reviewed)
    rewritten["terminal"] = json.loads((work / "run1" / "results.json").read_text())
    rewritten["terminal-review.html"] = (work / "run1" / "review.html").read_text()
    page = site / "services" / "iv-drips.html"
    page.write_text(page.read_text().replace(OLD_SENTENCE, NEW_SENTENCE))
    second = {}
    for name, db in (("terminal", terminal_db), ("report", report_db)):
        second[name] = _audit(urls, db, work / f"run2-{name}")
    return {"first": (first_code, first), "reviewed": reviewed, "second": second,
            "dbs": {"terminal": terminal_db, "report": report_db}, "work": work,
            "downloaded": downloaded, "page_notes": page_notes, "rewritten": rewritten,
            "import_output": imported.output}


def _by_key(results: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(f["rule_id"], f["url"].rsplit("/", 1)[-1]): f for f in results["findings"]
            if f["review"] is not None}


@pytest.mark.parametrize("way", ["terminal", "report"])
def test_two_verdicts_carry_over_and_the_changed_sentence_is_back_for_re_review(
        trail, way) -> None:
    _, results = trail["second"][way]
    marked = _by_key(results)
    assert set(marked) == set(DECISIONS)
    accepted = marked[("off-label-disclosure", "ketamine-depression.html")]["review"]
    assert accepted["state"] == "current" and accepted["verdict"] == "accepted"
    assert accepted["expires"] == "2027-03-01"
    confirmed = marked[("color-contrast", "contact.html")]["review"]
    assert confirmed["state"] == "current" and confirmed["verdict"] == "fails"
    changed = marked[("no-guaranteed-results", "iv-drips.html")]
    assert NEW_SENTENCE in changed["sentence"]
    assert changed["review"]["state"] == "re-review"
    assert changed["review"]["previous"]["verdict"] == "not-an-issue"
    assert changed["review"]["previous"]["by"] == ("Dana Reyes" if way == "terminal"
                                                   else "Sam Lee")


@pytest.mark.parametrize("way", ["terminal", "report"])
def test_the_gate_counts_the_findings_as_the_verdicts_say(trail, way) -> None:
    first_code, first = trail["first"]
    code, results = trail["second"][way]
    reviewed = trail["reviewed"]
    before = {f["fingerprint"] for f in first["run"]["options"]["verdict"]["fix_first"]}
    after = {f["fingerprint"] for f in results["run"]["options"]["verdict"]["fix_first"]}
    off_label = reviewed[("off-label-disclosure", "ketamine-depression.html")]["fingerprint"]
    needs_review = reviewed[("color-contrast", "contact.html")]["fingerprint"]
    changed = _by_key(results)[("no-guaranteed-results", "iv-drips.html")]["fingerprint"]
    assert off_label in before and off_label not in after  # accepted: not counted
    assert needs_review not in before and needs_review in after  # fails: always fails
    assert changed in after  # re-review: counted as unreviewed
    assert first_code == code == 1
    statuses = results["run"]["options"]["verdict"]["statuses"]
    assert (statuses["accepted"], statuses["confirmed"], statuses["re-review"]) == (1, 1, 1)


@pytest.mark.parametrize("way", ["terminal", "report"])
def test_the_reviewed_run_s_reports_show_the_verdicts_and_keep_its_gate(trail, way) -> None:
    """`review set` and `review import` write the run's reports again: each reviewed finding
    carries its verdict, and the gate's recorded verdict is the audit's own."""
    _, first = trail["first"]
    again = trail["rewritten"][way]
    marked = _by_key(again)
    assert set(marked) == set(DECISIONS)
    for key, decision in DECISIONS.items():
        review = marked[key]["review"]
        assert review["state"] == "current" and review["verdict"] == decision["verdict"]
        assert review["by"] == ("Dana Reyes" if way == "terminal" else "Sam Lee")
    assert again["run"]["options"]["verdict"] == first["run"]["options"]["verdict"]
    if way == "terminal":
        assert "fails by Dana Reyes" in trail["rewritten"]["terminal-review.html"]
    else:
        assert "Reports of run " in trail["import_output"]


def test_the_report_file_names_what_the_reviewer_saw(trail) -> None:
    status, *notes = trail["page_notes"]
    assert notes == []  # no CSP violation, no script error
    assert "Downloaded 3 verdicts" in status
    entries = json.loads(trail["downloaded"].read_text())["verdicts"]
    reviewed = {f["fingerprint"]: f for f in trail["reviewed"].values()}
    assert {e["fingerprint"] for e in entries} == set(reviewed)
    for entry in entries:
        finding = Finding.from_dict(reviewed[entry["fingerprint"]])
        assert entry["subject_hash"] == subject_hash(finding)
        assert entry["by"] == "Sam Lee"


def test_review_lists_the_changed_finding_with_its_old_verdict(trail) -> None:
    listed = CliRunner().invoke(cli, ["review", "--db", str(trail["dbs"]["terminal"])])
    assert listed.exit_code == 0, listed.output
    changed = _by_key(trail["second"]["terminal"][1])[("no-guaranteed-results",
                                                        "iv-drips.html")]
    assert changed["fingerprint"] in listed.output
    assert "re-review (the text changed since: not-an-issue by Dana Reyes" in listed.output
    for finding in trail["reviewed"].values():
        assert finding["fingerprint"] not in listed.output  # decided, or gone


def test_every_format_shows_the_verdicts(trail) -> None:
    out = trail["work"] / "run2-terminal"
    junit = (out / "junit.xml").read_text()
    assert "review: fails by Dana Reyes" in junit
    assert "re-review (the text changed since: not-an-issue" in junit
    sarif = json.loads((out / "results.sarif").read_text())
    results = sarif["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")
                  and "reviewed: accepted" in r["suppressions"][0]["justification"]]
    assert len(suppressed) == 1
    assert {r["properties"].get("findingStatus") for r in results} >= {
        "accepted", "confirmed", "re-review"}
    summary = (out / "summary.md").read_text()
    assert "fails (confirmed)" in summary and "re-review" in summary
    assert "review: fails by Dana Reyes" in (out / "annotations.txt").read_text()
    gitlab = (out / "gl-code-quality.json").read_text()
    assert "[review: re-review" in gitlab and "reviewed: accepted" not in gitlab
    assert "accepted by Dana Reyes" in (out / "findings.csv").read_text()
    review_page = (out / "review.html").read_text()
    assert "re-review (the text changed since: not-an-issue by Dana Reyes" in review_page
    pages = "".join(p.read_text() for p in (out / "pages").glob("*.html"))
    assert "fails by Dana Reyes" in pages and "review.html#v-" in pages
