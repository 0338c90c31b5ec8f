"""--format github and gitlab on a folder audit with a baseline: one annotation per new
finding, on the file and line it sits at in the built HTML; Code Quality without the
baselined findings."""

from __future__ import annotations

import json
import re
from pathlib import Path

from checker.report.github_writer import ANNOTATED, annotations, escape_data
from checker.report.markdown_writer import md
from checker.settings import AuditConfig
from tests.ci.conftest import PUBLIC, TOTAL
from tests.report.synthetic import build
from tests.scheduled.conftest import AS_OF, cli
from tests.scheduled.sitegen import write_page


def folder_audit(repo: Path, *args: str):
    return cli("audit", PUBLIC, "--no-browser", "--as-of", AS_OF, "-q", *args, cwd=repo)


def line_number(path: Path, needle: str) -> int:
    (number,) = [n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line]
    return number


def baselined_run_with_one_new_claim(repo: Path, *formats: str):
    """Baseline the first audit, then add a cure claim to page 4 and audit again."""
    first = folder_audit(repo, "--fail-on", "never", "--out", "out1")
    assert first.returncode == 0, first.stderr
    assert cli("baseline", "latest", "-o", "baseline.json", cwd=repo).returncode == 0
    write_page(repo / PUBLIC, 4, TOTAL, ("cure",), revision=2)
    return folder_audit(repo, "--baseline", "baseline.json", "--out", "out2",
                        "--format", ",".join(formats))


def test_github_annotations_name_the_file_and_line_of_new_findings_only(repo):
    proc = baselined_run_with_one_new_claim(repo, "github", "json")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    errors = [line for line in proc.stdout.splitlines() if line.startswith("::error")]
    # the claim made page 4 a treatment page: it also lacks a risks section (on <main>)
    failing = [line for line in proc.stdout.splitlines() if "failing:" in line]
    assert len(errors) == len(failing) == 2, proc.stdout
    page = repo / PUBLIC / "note-004.html"
    claim = next(e for e in errors if "no-unqualified-cure-claims" in e)
    assert claim.startswith(f"::error file={PUBLIC}/note-004.html,"
                            f"line={line_number(page, 'cures chronic fatigue')},title=")
    risks = next(e for e in errors if "risks-section-present" in e)
    assert risks.startswith(f"::error file={PUBLIC}/note-004.html,"
                            f"line={line_number(page, '<main id=')},title=")
    # the file beside the other reports holds the same lines
    assert (repo / "out2" / "annotations.txt").read_text().splitlines() == errors


def test_gitlab_code_quality_lists_counted_findings_on_files(repo):
    proc = baselined_run_with_one_new_claim(repo, "gitlab")
    assert proc.returncode == 1
    issues = json.loads((repo / "out2" / "gl-code-quality.json").read_text())
    # every violation not in the baseline (below the threshold too), all new on page 4
    baseline = {f["fingerprint"] for f in json.loads(
        (repo / "baseline.json").read_text())["findings"]}
    assert {i["location"]["path"] for i in issues} == {f"{PUBLIC}/note-004.html"}
    assert len(issues) >= 2 and not {i["fingerprint"] for i in issues} & baseline
    (issue,) = [i for i in issues if i["check_name"] == "no-unqualified-cure-claims"]
    assert issue["location"]["lines"]["begin"] == line_number(
        repo / PUBLIC / "note-004.html", "cures chronic fatigue")
    assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
    assert issue["severity"] == "major" and issue["description"]
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_annotations_on_a_live_site_carry_the_url_and_are_capped(tmp_path):
    store, run_id = build(tmp_path / "h.sqlite", pages=40, findings=200, previous=False)
    lines = list(annotations(AuditConfig(fail_on="minor"), store, run_id))
    failing = [line for line in lines if line.startswith("::error title=")
               and "could not be audited" not in line]
    assert len(failing) == ANNOTATED
    assert all("http%3A//clinic.test" in line.split("::")[1] for line in failing)
    more = int(lines[-1].split("::")[2].split()[0])
    violations = sum(1 for f in store.iter_findings(run_id) if f.status == "violation")
    assert lines[-1].startswith("::warning") and more == violations - ANNOTATED


def test_a_crawled_sentence_cannot_start_a_second_workflow_command():
    assert escape_data("cures\n::set-output name=x::1\x1b[31m") == (
        "cures%0A::set-output name=x::1 [31m")


def test_markdown_summary_matches_the_gate_and_goes_to_the_step_summary(repo, tmp_path):
    step_summary = tmp_path / "step-summary.md"
    step_summary.write_text("earlier step\n")
    first = folder_audit(repo, "--fail-on", "never", "--out", "out1")
    assert first.returncode == 0
    assert cli("baseline", "latest", "-o", "baseline.json", cwd=repo).returncode == 0
    write_page(repo / PUBLIC, 4, TOTAL, ("cure",), revision=2)
    proc = cli("audit", PUBLIC, "--no-browser", "--as-of", AS_OF, "-q", "--baseline",
               "baseline.json", "--out", "out2", "--format", "html,markdown", cwd=repo,
               env={"GITHUB_STEP_SUMMARY": str(step_summary),
                    "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/r",
                    "GITHUB_RUN_ID": "42"})
    assert proc.returncode == 1
    summary = (repo / "out2" / "summary.md").read_text()
    # the verdict and the counts are the ones the CLI printed
    gate_line = proc.stdout.splitlines()[0]  # the verdict leads the summary
    reason = gate_line.split("FAILED: ")[1].split(". Threshold")[0]
    assert summary.startswith(f"## ❌ clinic-checker: {md(PUBLIC)}: Failed: ")
    assert reason.split()[0] in summary.splitlines()[0]
    known = re.search(r"Baseline baseline.json: (\d+) known", proc.stdout).group(1)
    assert f"| 2 | {known} | 0 | 0 | 0 |" in summary
    fix_first = summary.split("**Fix first**")[1]
    assert "no\\-unqualified\\-cure\\-claims" in fix_first and "note\\-004" in fix_first
    assert "out2/index\\.html" in summary
    assert "(https://github.com/o/r/actions/runs/42)" in summary
    run_id = re.match(r"earlier step\n<!-- clinic-checker run (\S+) -->",
                      step_summary.read_text()).group(1)
    block = (f"<!-- clinic-checker run {run_id} -->\n{summary}\n"
             f"<!-- /clinic-checker run {run_id} -->\n")
    assert step_summary.read_text() == "earlier step\n" + block
    # a sign-off in the same step writes the reports again: the run's block is replaced
    signed = cli("signoff", "latest", "--by", "Dr Reviewer", cwd=repo,
                 env={"GITHUB_STEP_SUMMARY": str(step_summary)})
    assert signed.returncode == 0, signed.stderr
    after = step_summary.read_text()
    assert after.startswith("earlier step\n<!-- clinic-checker run ")
    assert after.count(f"<!-- clinic-checker run {run_id} -->") == 1
    assert "Dr Reviewer" in after and after != "earlier step\n" + block


def test_markdown_escapes_page_text():
    assert md("[click](javascript:alert(1)) <img src=x>") == (
        "\\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x\\>")


def test_markdown_shows_the_counts_by_status_the_gate_recorded():
    from checker.model import Run
    from checker.report.markdown_writer import summary_lines

    verdict = {"passed": True, "headline": "Passed", "threshold": "serious",
               "counts": {"failing": 0, "baselined": 1, "waived": 2,
                          "fixed_since_baseline": 0, "page_errors": 0},
               "fix_first": [], "statuses": {"open-new": 0, "open-known": 3, "waived": 2,
                                             "baselined": 1, "review": 4, "fixed": 5}}
    counts = {"pages": 3, "page_errors": 0, "by_severity": {}, "needs_review": 4}
    text = "\n".join(summary_lines(Run("r1", "clinic", "2026-01-01"), verdict, counts, []))
    assert "| open (new) | open (known) | waived | baselined | for review | fixed |" in text
    assert "| 0 | 3 | 2 | 1 | 4 | 5 |" in text
    assert text.startswith("## ✅ clinic-checker: clinic: Passed")


def test_an_earlier_run_never_writes_over_the_reports_of_a_later_one(repo):
    """A CI job that writes every run to the same --out: signing off (or reviewing) the
    earlier run leaves the later run's reports in place and says why."""
    for _ in range(2):
        assert folder_audit(repo, "--fail-on", "never", "--out", "out",
                            "--format", "json").returncode == 0
    later = json.loads((repo / "out" / "results.json").read_text())["run"]["id"]
    history = cli("history", "--json", cwd=repo)
    runs = [r["id"] for r in json.loads(history.stdout)["runs"]]
    earlier = next(r for r in runs if r != later)
    signed = cli("signoff", earlier, "--by", "Dr Reviewer", cwd=repo)
    assert signed.returncode == 0, signed.stderr
    assert f"now holds the reports of run {later}" in signed.stderr
    kept = json.loads((repo / "out" / "results.json").read_text())
    assert kept["run"]["id"] == later and kept["signoff"]["signed_off"] is None
    signed = cli("signoff", later, "--by", "Dr Reviewer", cwd=repo)
    assert signed.returncode == 0 and "written again" in signed.stdout
    signoff = json.loads((repo / "out" / "results.json").read_text())["signoff"]
    assert signoff["signed_off"]["signed_by"] == "Dr Reviewer"


# Text a page controls, with what a terminal, a CI log or a rendered summary would obey: a
# terminal escape, a right-to-left override (the finding reads backwards: "Trojan Source"),
# isolates, a zero-width joiner and a C1 control.
HOSTILE = "cures fatigue \x1b[2J\u202egnp.exe\u2066::error::x\u2069 \u200d\x9b31m done"
OBEYED = {"\x1b", "\u202e", "\u2066", "\u2069", "\u200d", "\x9b"}


def test_workflow_commands_carry_no_bidi_or_hidden_characters():
    # printed to stdout, where the runner's log shows them
    assert not OBEYED & set(escape_data(HOSTILE)) and "%0A" in escape_data("a\nb")


def test_the_markdown_summary_carries_no_escape_or_bidi_characters():
    assert not OBEYED & set(md(HOSTILE))


def test_junit_and_gitlab_text_carry_no_escape_or_bidi_characters(tmp_path):
    from checker.report.common import xml_text
    from checker.report.gitlab_writer import issue

    assert not OBEYED & set(xml_text(HOSTILE)) and xml_text("a\nb") == "a\nb"
    store, run_id = build(tmp_path / "h.sqlite", pages=4, findings=20, previous=False)
    finding = next(store.iter_findings(run_id))
    finding.message = HOSTILE
    assert not OBEYED & set(issue(finding, None)["description"])
