"""The HTML report of a run bigger than what it keeps in memory: review.html lists the first
2,000 findings (one per fingerprint, awaiting a verdict first) of all the run's; each rule's
file lists every finding of the rule; a page's own file shows what only the stored page holds
(the overview keeps a slim copy of each page). Checked against the store, read plainly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.gate.review import awaiting
from checker.report import write_reports
from checker.report.common import finding_sort_key
from checker.report.html_writer import REVIEW_LISTED
from checker.report.overview import page_file
from checker.settings import AuditConfig
from tests.report.synthetic import BASE, build

FRAMED = f"{BASE}/page-7.html"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("streams")
    store, run_id = build(root / "audit.sqlite", pages=300, findings=6000)
    record = store.page_record(run_id, FRAMED)
    assert record is not None
    page = record["page"]
    page.extra["failed_frames"] = [{"url": f"{BASE}/widget.html", "reason": "HTTP 502"}]
    store.save_page(run_id, page, list(store.iter_findings(run_id, FRAMED)))
    out = root / "out"
    write_reports(AuditConfig(formats=["html"]), store, run_id, out)
    findings = list(store.iter_findings(run_id))
    store.close()
    return {"out": out, "findings": findings}


def test_review_lists_the_first_findings_in_order_and_counts_the_rest(report) -> None:
    first: dict[str, object] = {}
    for f in report["findings"]:
        first.setdefault(f.fingerprint, f)
    assert len(first) > REVIEW_LISTED
    expected = sorted(first.values(), key=lambda f: (not awaiting(f.extra.get("review")),
                                                     finding_sort_key(f)))
    html = (report["out"] / "review.html").read_text(encoding="utf-8")
    listed = re.findall(r'<li class="finding[^"]*" id="v-([0-9a-f]+)"', html)
    assert listed == [f.fingerprint for f in expected[:REVIEW_LISTED]]
    assert f"{len(first) - REVIEW_LISTED} more are not listed" in html


def test_each_rule_file_lists_every_finding_of_its_rule(report) -> None:
    out: Path = report["out"]
    rules = {f.rule_id for f in report["findings"]}
    for rule_id in rules:
        html = (out / "rules" / f"{rule_id}.html").read_text(encoding="utf-8")
        rows = re.findall(r'<tr data-item data-sev=', html)
        assert len(rows) == sum(f.rule_id == rule_id for f in report["findings"]), rule_id
        for file, n in re.findall(r'href="\.\./(pages/[0-9a-f]+\.html)#f(\d+)"', html)[:50]:
            assert f'id="f{n}"' in (out / file).read_text(encoding="utf-8")


def test_a_page_file_shows_what_only_the_stored_page_holds(report) -> None:
    html = (report["out"] / page_file(FRAMED)).read_text(encoding="utf-8")
    assert "Frames that could not be audited" in html and "widget.html" in html
