"""results.sarif: SARIF 2.1.0, one result per finding, for GitHub code scanning and other
SARIF consumers.

A finding lives on a web page. When the page has a source file in the repository (a folder
audit, or the config's `source_map`), the location is that file, relative to the repository
root, at the line of the element or sentence in the served HTML, so code scanning shows it on
the file; otherwise the location's artifactLocation.uri is the page URL on line 1. The region's
snippet is the element HTML or the sentence, and the CSS selector is a logicalLocation.
partialFingerprints carries our stable fingerprint, so a consumer tracks a finding across runs
the way our own diff does.

baselineState compares with the baseline file when the audit has one (as the gate does):
new, unchanged, and absent for what the baseline had and is fixed (`kind: pass` results at
level none); without a baseline, with the site's previous run: new or unchanged. Waived
findings and baselined ones carry an accepted suppression, which GitHub code scanning shows
as dismissed.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from checker.gate.review import ACCEPTED, NOT_AN_ISSUE, review_words, settled
from checker.gate.status import finding_status, previous_fingerprints
from checker.model import Finding, Run
from checker.report.common import require_run
from checker.report.source_files import SourceMap
from checker.report.wcag_sc import criterion
from checker.store.db import Store

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "clinicChecker/v1"
LEVELS = {"critical": "error", "serious": "error", "moderate": "warning", "minor": "note"}


def rule_descriptor(finding: Finding) -> dict[str, Any]:
    """tool.driver.rules entry, from the first finding of the rule (findings carry the
    rule's metadata: axe's help, or the content rule's why/fix/source)."""
    short = finding.message if finding.source == "content" else (finding.help or finding.message)
    full = " ".join(x for x in (finding.help, finding.why) if x) or short
    help_lines = [x for x in (
        finding.why and f"Why it matters: {finding.why}",
        finding.fix and f"How to fix: {finding.fix}",
        finding.rule_source and f"Source: {finding.rule_source}",
        *(_sc_line(sc) for sc in finding.wcag),
    ) if x]
    descriptor: dict[str, Any] = {
        "id": finding.rule_id,
        "name": finding.rule_id,
        "shortDescription": {"text": short[:1000]},
        "fullDescription": {"text": full},
        "help": {"text": "\n".join(help_lines) or short},
        "defaultConfiguration": {"level": LEVELS[finding.severity.value]},
        "properties": {
            "tags": _tags(finding),
            "precision": "high" if finding.source == "wcag" else "medium",
            "problem.severity": LEVELS[finding.severity.value],
        },
    }
    # axe's rule page; a content rule's guidance page, else where its source can be read
    if help_uri := finding.help_url or finding.extra.get("source_url"):
        descriptor["helpUri"] = help_uri
    return descriptor


def _sc_line(sc: str) -> str:
    info = criterion(sc)
    return f"WCAG {sc} {info['title'] or ''} ({info['level'] or '?'}): {info['url'] or ''}"


def _tags(finding: Finding) -> list[str]:
    tags = ["accessibility", "wcag"] if finding.source == "wcag" else ["content", "medical"]
    tags += [f"wcag{sc}" for sc in finding.wcag]
    return list(dict.fromkeys(tags))  # SARIF wants them unique


@dataclass(frozen=True)
class Comparison:
    """What baselineState compares with: the baseline file's fingerprints, else the previous
    run's violations (None: nothing to compare with, no baselineState)."""

    label: str = ""
    fingerprints: frozenset[str] | None = None
    baseline: bool = False

    def state(self, finding: Finding) -> str | None:
        if finding.extra.get("baseline"):  # the gate's own mark, made applying the baseline
            return "unchanged"
        if self.fingerprints is None:
            return None
        return "new" if self.baseline or finding.fingerprint not in self.fingerprints \
            else "unchanged"


def location(finding: Finding, sources: SourceMap) -> dict[str, Any]:
    snippet = finding.sentence or finding.excerpt or finding.selector or finding.url
    located = sources.locate(finding) if sources else None
    # GitHub wants a line; a page with no source file has none, so it sits on line 1.
    uri, line = (located.path, located.line or 1) if located else (finding.url, 1)
    return {"physicalLocation": {"artifactLocation": {"uri": uri},
                                 "region": {"startLine": line, "snippet": {"text": snippet}}}}


def result(finding: Finding, rule_index: int, sources: SourceMap | None = None,
           comparison: Comparison | None = None, status: str = "") -> dict[str, Any]:
    location_ = location(finding, sources or SourceMap())
    if finding.selector:
        location_["logicalLocations"] = [
            {"fullyQualifiedName": finding.selector, "kind": "element"}
        ]
    entry: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        # SARIF: a result that is not a failure (needs review) must have level "none".
        "level": LEVELS[finding.severity.value] if finding.status == "violation" else "none",
        "kind": "fail" if finding.status == "violation" else "review",
        "message": {"text": f"{finding.message} ({finding.url})"},
        "locations": [location_],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "severity": finding.severity.value,
            "source": finding.source,
            "status": finding.status,
            "wcag": finding.wcag,
            "selector": finding.selector,
            "carriedOver": finding.carried_over,
            "url": finding.url,
            "findingStatus": status,  # open-new, open-known, waived, baselined, review, ...
        },
    }
    if words := review_words(finding.extra.get("review")):
        entry["properties"]["review"] = words
    if comparison is not None and (state := comparison.state(finding)):
        entry["baselineState"] = state
    if finding.extra.get("baseline"):
        label = comparison.label if comparison is not None and comparison.baseline else ""
        entry["suppressions"] = [{"kind": "external", "status": "accepted",
                                  "justification": f"in the baseline {label}".rstrip()}]
    waiver = finding.extra.get("waiver")
    if waiver and not waiver.get("expired"):
        # GitHub code scanning dismisses a result with an accepted suppression.
        entry["suppressions"] = [{
            "kind": "external", "status": "accepted",
            "justification": f"waiver #{waiver.get('number')}: {waiver.get('reason')}"
                             f" (approved by {waiver.get('approved_by')},"
                             f" expires {waiver.get('expires')})",
        }]
    if settled(finding.extra.get("review")) in (ACCEPTED, NOT_AN_ISSUE):
        entry["suppressions"] = [{"kind": "external", "status": "accepted",
                                  "justification": f"reviewed: {words}"}]
    return entry


def absent(gone: tuple[str, Finding], sources: SourceMap, comparison: Comparison
           ) -> dict[str, Any]:
    """A violation of the baseline (or the previous run) this run no longer has."""
    fp, finding = gone
    return {
        "ruleId": finding.rule_id, "kind": "pass", "level": "none",
        "baselineState": "absent",
        "message": {"text": f"Fixed since {comparison.label}: {finding.message}"
                            f" ({finding.url})"},
        "locations": [location(finding, sources)],
        "partialFingerprints": {FINGERPRINT_KEY: fp},
        "properties": {"severity": finding.severity.value, "source": finding.source,
                       "url": finding.url},
    }


def comparison_for(store: Store, run: Run, baseline: Path | None
                   ) -> tuple[Comparison, list[tuple[str, Finding]]]:
    """What the run is compared with, and the baseline's findings that are gone."""
    if baseline is not None:
        from checker.gate.baseline import load_baseline

        loaded = load_baseline(baseline)
        # fixed as the gate says it (on a page this run looked at again); an entry keeps its
        # fingerprint, not the sentence or selector it was made from
        gone = [(e["fingerprint"], Finding(e["rule_id"], e.get("source") or "wcag",
                                           e["severity"], e["url"], e.get("message") or ""))
                for e in loaded.fixed_in(store, run.id)]
        return Comparison(str(baseline), frozenset(loaded.entries), baseline=True), gone
    previous = store.run_before(run)
    if previous is None:
        return Comparison(), []
    # Only the baseline's fixed findings become `absent` results: a previous run's would
    # fill the file with every finding fixed since, which `diff` lists better.
    before = {f.fingerprint for f in store.iter_findings(previous.id) if f.status == "violation"}
    return Comparison(f"run {previous.id}", frozenset(before)), []


def write_sarif(store: Store, run_id: str, path: Path, *, source_map: dict[str, str] | None = None,
                baseline: Path | None = None) -> Path:
    run = require_run(store, run_id)
    sources = SourceMap.of(run, source_map)
    comparison, gone = comparison_for(store, run, baseline)
    rules: dict[str, dict[str, Any]] = {}
    for finding in store.iter_findings(run_id):  # pass 1: the rules, which come first
        if finding.rule_id not in rules:
            rules[finding.rule_id] = rule_descriptor(finding)
    index = {rule_id: i for i, rule_id in enumerate(rules)}
    errors = [p for p in store.iter_pages(run_id) if p.failed]
    invocation: dict[str, Any] = {
        "executionSuccessful": run.status == "finished",
        "startTimeUtc": run.started,
        "toolExecutionNotifications": [
            {"level": "error", "message": {"text": f"page could not be audited: {p.error}"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": p.url}}}]}
            for p in errors
        ],
    }
    if run.finished:
        invocation["endTimeUtc"] = run.finished
    head = {
        "tool": {"driver": {
            "name": "clinic-checker",
            "version": run.tool_version or "0",
            "informationUri": "https://pypi.org/project/clinic-checker/",
            "rules": list(rules.values()),
        }},
        "automationDetails": {"id": f"clinic-checker/{run.site}/{run.id}"},
        "invocations": [invocation],
        # The gate's verdict and counts by status, as the terminal and the report give them.
        "properties": {"axeVersion": run.axe_version, "site": run.site, "asOf": run.as_of,
                       "verdict": run.options.get("verdict")},
    }
    _, before = previous_fingerprints(store, run)
    tmp = path.with_suffix(".sarif.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        results = (result(f, index[f.rule_id], sources, comparison, finding_status(f, before))
                   for f in store.iter_findings(run_id))
        _write(out, head, itertools.chain(results, (absent(f, sources, comparison)
                                                    for f in gone)))
    tmp.replace(path)
    return path


def _write(out: IO[str], head: dict[str, Any], results: Iterable[dict[str, Any]]) -> None:
    """The run object's keys, then its results streamed one per line."""
    out.write(f'{{"$schema": {json.dumps(SARIF_SCHEMA)}, "version": "2.1.0", "runs": [{{\n')
    for key, value in head.items():
        out.write(f"{json.dumps(key)}: {json.dumps(value)},\n")
    out.write('"results": [')
    for n, entry in enumerate(results):
        out.write(("\n" if n == 0 else ",\n") + json.dumps(entry))
    out.write("]}]}\n")
