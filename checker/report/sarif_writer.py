"""results.sarif: SARIF 2.1.0, one result per finding, for GitHub code scanning and other
SARIF consumers.

A finding lives on a web page, not in a source file: the location's artifactLocation.uri is
the page URL, the region's snippet is the element HTML or the sentence, and the CSS selector
is a logicalLocation. partialFingerprints carries our stable fingerprint, so a consumer
tracks a finding across runs the way our own diff does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from checker.model import Finding
from checker.report.common import require_run
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
    if finding.help_url:
        descriptor["helpUri"] = finding.help_url
    return descriptor


def _sc_line(sc: str) -> str:
    info = criterion(sc)
    return f"WCAG {sc} {info['title'] or ''} ({info['level'] or '?'}): {info['url'] or ''}"


def _tags(finding: Finding) -> list[str]:
    tags = ["accessibility", "wcag"] if finding.source == "wcag" else ["content", "medical"]
    tags += [f"wcag{sc}" for sc in finding.wcag]
    return list(dict.fromkeys(tags))  # SARIF wants them unique


def result(finding: Finding, rule_index: int) -> dict[str, Any]:
    snippet = finding.sentence or finding.excerpt or finding.selector or finding.url
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": finding.url},
            # GitHub wants a line; a web page has none, so every result sits on line 1.
            "region": {"startLine": 1, "snippet": {"text": snippet}},
        },
    }
    if finding.selector:
        location["logicalLocations"] = [
            {"fullyQualifiedName": finding.selector, "kind": "element"}
        ]
    entry: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        # SARIF: a result that is not a failure (needs review) must have level "none".
        "level": LEVELS[finding.severity.value] if finding.status == "violation" else "none",
        "kind": "fail" if finding.status == "violation" else "review",
        "message": {"text": f"{finding.message} ({finding.url})"},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "severity": finding.severity.value,
            "source": finding.source,
            "status": finding.status,
            "wcag": finding.wcag,
            "selector": finding.selector,
            "carriedOver": finding.carried_over,
        },
    }
    if finding.extra.get("baseline"):
        entry["baselineState"] = "unchanged"
    waiver = finding.extra.get("waiver")
    if waiver and not waiver.get("expired"):
        # GitHub code scanning dismisses a result with an accepted suppression.
        entry["suppressions"] = [{
            "kind": "external", "status": "accepted",
            "justification": f"waiver #{waiver.get('number')}: {waiver.get('reason')}"
                             f" (approved by {waiver.get('approved_by')},"
                             f" expires {waiver.get('expires')})",
        }]
    return entry


def write_sarif(store: Store, run_id: str, path: Path) -> Path:
    run = require_run(store, run_id)
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
        "properties": {"axeVersion": run.axe_version, "site": run.site, "asOf": run.as_of},
    }
    tmp = path.with_suffix(".sarif.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        _write(out, head, ((f, index[f.rule_id]) for f in store.iter_findings(run_id)))
    tmp.replace(path)
    return path


def _write(out: IO[str], head: dict[str, Any], findings: Any) -> None:
    """The run object's keys, then its results streamed one per line."""
    out.write(f'{{"$schema": {json.dumps(SARIF_SCHEMA)}, "version": "2.1.0", "runs": [{{\n')
    for key, value in head.items():
        out.write(f"{json.dumps(key)}: {json.dumps(value)},\n")
    out.write('"results": [')
    for n, (finding, rule_index) in enumerate(findings):
        out.write(("\n" if n == 0 else ",\n") + json.dumps(result(finding, rule_index)))
    out.write("]}]}\n")
