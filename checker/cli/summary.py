"""The short summary printed after an audit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from checker.gate.policy import GateResult

SEVERITIES = ("critical", "serious", "moderate", "minor")


def summary_lines(result: Any, verdict: GateResult, paths: list[Path]) -> Iterator[str]:
    counts = result.store.counts(result.run.id)
    sev = counts["by_severity"]
    src = counts["by_source"]
    yield (f"Audited {counts['pages'] - counts['page_errors']} of {counts['pages']} pages"
           f" of {result.run.site}; {counts['page_errors']} could not be audited.")
    yield ("Findings: " + ", ".join(f"{sev.get(s, 0)} {s}" for s in SEVERITIES)
           + f" ({src.get('wcag', 0)} WCAG, {src.get('content', 0)} content;"
           f" {counts['needs_review']} need review).")
    if result.run.options.get("no_browser"):
        yield "No WCAG checks were made: --no-browser skips the browser."
    gate = "passed" if verdict.passed else "FAILED: " + "; ".join(verdict.reasons)
    yield f"Gate (fail on {result.run.options.get('fail_on')}): {gate}."
    for path in paths:
        yield f"Report: {path}"
