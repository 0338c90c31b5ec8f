"""Machine-readable history: `history --json`, `diff --json`, `diff` showing new and fixed
only (unless --all), `diff RUN` against the run before it, run ids by prefix or suffix."""

from __future__ import annotations

import json
from pathlib import Path

from checker.model import Finding, Page, Run
from checker.store.db import Store
from tests.scheduled.conftest import cli

KEPT = Finding("image-alt", "wcag", "critical", "http://x/1", "no alt", selector="img")
FIXED = Finding("label", "wcag", "serious", "http://x/1", "no label", selector="input")
ADDED = Finding("cure-claim", "content", "serious", "http://x/2", "cure claim",
                sentence="Our drip cures fatigue.")


def store_with_two_runs(db: Path) -> tuple[str, str]:
    """Run 1 has KEPT and FIXED; run 2 has KEPT and ADDED."""
    ids = ("20260101T000000-aaa111", "20260102T000000-bbb222")
    with Store(db) as store:
        for run_id, findings in zip(ids, ([KEPT, FIXED], [KEPT, ADDED]), strict=True):
            run = Run(id=run_id, site="clinic", started=run_id[:8] + "T00:00:00")
            store.start_run(run)
            store.save_page(run.id, Page("http://x/1", status=200, rendered=True),
                            [f for f in findings if f.url == "http://x/1"])
            store.save_page(run.id, Page("http://x/2", status=200, rendered=True),
                            [f for f in findings if f.url == "http://x/2"])
            run.status, run.finished = "finished", run.started
            store.finish_run(run)
    return ids


def test_history_json_lists_runs_newest_first_with_counts(tmp_path):
    db = tmp_path / "h.sqlite"
    first, second = store_with_two_runs(db)
    result = cli("history", "--json", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    runs = json.loads(result.stdout)["runs"]
    assert [r["id"] for r in runs] == [second, first]
    assert runs[0]["violations_by_severity"] == {"critical": 1, "serious": 1, "moderate": 0,
                                                 "minor": 0}
    assert runs[0]["pages"] == 2 and runs[0]["status"] == "finished"


def test_diff_shows_new_and_fixed_only_unless_all(tmp_path):
    db = tmp_path / "h.sqlite"
    first, second = store_with_two_runs(db)
    plain = cli("diff", first, second, "--db", str(db), cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert "1 new, 1 fixed, 1 unchanged" in plain.stdout
    assert "cure-claim" in plain.stdout and "label" in plain.stdout
    assert "image-alt" not in plain.stdout and "Unchanged" not in plain.stdout
    every = cli("diff", first, second, "--all", "--db", str(db), cwd=tmp_path)
    assert "Unchanged (1):" in every.stdout and "image-alt" in every.stdout


def test_diff_json_with_one_run_compares_with_the_run_before(tmp_path):
    db = tmp_path / "h.sqlite"
    first, second = store_with_two_runs(db)
    result = cli("diff", "latest", "--json", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert (record["old"]["id"], record["new"]["id"]) == (first, second)
    assert record["counts"] == {"new": 1, "fixed": 1, "unchanged": 1}
    assert [f["fingerprint"] for f in record["new_findings"]] == [ADDED.fingerprint]
    assert [f["fingerprint"] for f in record["fixed_findings"]] == [FIXED.fingerprint]
    assert "unchanged_findings" not in record
    with_all = json.loads(cli("diff", "latest", "--json", "--all", "--db", str(db),
                              cwd=tmp_path).stdout)
    assert [f["rule_id"] for f in with_all["unchanged_findings"]] == ["image-alt"]


def test_diff_of_the_first_run_alone_is_one_line_and_exit_2(tmp_path):
    db = tmp_path / "h.sqlite"
    first, _ = store_with_two_runs(db)
    result = cli("diff", first, "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2
    assert "first finished run" in result.stderr and len(result.stderr.splitlines()) == 1


def test_run_ids_by_unique_prefix_or_suffix(tmp_path):
    db = tmp_path / "h.sqlite"
    first, second = store_with_two_runs(db)
    with Store(db) as store:
        assert store.find_run("bbb222").id == second  # the random suffix
        assert store.find_run("aa111").id == first  # any suffix
        assert store.find_run("20260101").id == first  # a prefix
        assert store.find_run("2026010") is None  # a prefix of both: ambiguous
        assert store.find_run("%") is None  # LIKE wildcards are literal
    result = cli("diff", "aaa111", "bbb222", "--json", "--db", str(db), cwd=tmp_path)
    assert json.loads(result.stdout)["new"]["id"] == second
