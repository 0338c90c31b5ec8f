"""The gate's verdict as it is kept with the run (run.options["verdict"]): written once, right
after the gate is evaluated, and read by every later consumer (the markdown summary, the
notifications, `history --json`) so that none of them judges the run a second way."""

from __future__ import annotations

from typing import Any

from checker.gate.defects import Defect
from checker.gate.policy import GateResult
from checker.gate.review import review_words
from checker.model import Run
from checker.store.db import Store

FIX_FIRST = 10  # failing findings kept with the verdict, in the gate's order


def headline(gate: GateResult) -> str:
    """The verdict in words: "Passed" or "Failed: 2 new serious findings"."""
    return "Passed" if gate.passed else "Failed: " + "; ".join(gate.reasons)


def _fix_first(defect: Defect) -> dict[str, Any]:
    """A failing defect (one rule on one element or sentence, on `pages` pages)."""
    finding = defect.example
    return {"severity": finding.severity.value, "rule_id": finding.rule_id,
            "url": defect.pages[0], "pages": defect.page_count,
            "locator": finding.locator[:200], "message": finding.message[:300],
            "fingerprint": finding.fingerprint,
            # the editor of the page named (a WordPress page), when the example is on it
            "edit_url": finding.edit_url if finding.url == defect.pages[0] else None,
            "review": review_words(finding.extra.get("review")) or None}


def verdict_record(gate: GateResult, threshold: str) -> dict[str, Any]:
    return {
        "passed": gate.passed, "headline": headline(gate), "reasons": gate.reasons,
        "threshold": threshold, "exit_code": gate.exit_code,
        "counts": {"failing": gate.failing, "page_errors": gate.page_errors,
                   "baselined": gate.baselined, "waived": gate.waived,
                   "fixed_since_baseline": len(gate.fixed),
                   "failing_defects": len(gate.failing_defects)},
        # every finding by status (checker/gate/status.py): the report's, JUnit's and
        # SARIF's numbers
        "statuses": gate.statuses.as_dict(),
        # failing defects in the fix-first order of the report and the terminal
        "fix_first": [_fix_first(d) for d in gate.failing_defects[:FIX_FIRST]],
    }


def record_verdict(store: Store, run: Run, gate: GateResult, threshold: str) -> None:
    """Add this record to what the gate may already have kept with the run (same words for
    the same facts), never dropping a key another consumer reads."""
    kept = run.options.get("verdict") or {}
    run.options = run.options | {"verdict": kept | verdict_record(gate, threshold)}
    store.finish_run(run)


def recorded_verdict(run: Run) -> dict[str, Any] | None:
    """The verdict kept with the run; None for a run that was not gated (or older)."""
    return run.options.get("verdict")
