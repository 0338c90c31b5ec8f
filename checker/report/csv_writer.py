"""findings.csv: one row per finding, for spreadsheets.

Cells come from crawled pages, and a spreadsheet runs a cell that starts with = + - @ as a
formula (CSV injection): such cells get a leading single quote.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from checker.gate.review import review_words
from checker.model import Finding
from checker.store.db import Store

COLUMNS = (
    "severity", "status", "source", "rule_id", "url", "wcag", "level", "selector", "sentence",
    "excerpt", "message", "why", "fix", "rule_source", "help_url", "fingerprint",
    "carried_over", "baseline", "waiver", "review",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def waiver_text(finding: Finding) -> str:
    waiver = finding.extra.get("waiver")
    if not waiver:
        return ""
    state = "expired" if waiver.get("expired") else "until"
    return (f"#{waiver.get('number')} {state} {waiver.get('expires')}: {waiver.get('reason')}"
            f" (approved by {waiver.get('approved_by') or 'nobody named'})")


def row(finding: Finding) -> list[str]:
    values = {
        "severity": finding.severity.value,
        "wcag": " ".join(finding.wcag),
        "fingerprint": finding.fingerprint,
        "carried_over": "yes" if finding.carried_over else "no",
        "baseline": "yes" if finding.extra.get("baseline") else "no",
        "waiver": waiver_text(finding),
        "review": review_words(finding.extra.get("review")),
    }
    return [safe_cell(values[c] if c in values else getattr(finding, c)) for c in COLUMNS]


def write_csv(store: Store, run_id: str, path: Path) -> Path:
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for finding in store.iter_findings(run_id):
            writer.writerow(row(finding))
    tmp.replace(path)
    return path
