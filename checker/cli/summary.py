"""What `audit` prints after a run: the gate's verdict and the counts by status first (the
words and numbers of the report's banner), then the summary, then how incremental the run was
and what the baseline and waivers did. Lines quote URLs and sentences from crawled pages: the
caller passes each through safe_text."""

from __future__ import annotations

from collections.abc import Iterator

from checker.gate.policy import GateResult
from checker.gate.status import (
    BASELINED,
    LABELS,
    OPEN_KNOWN,
    OPEN_NEW,
    REVIEW,
    REVIEWED,
    WAIVED,
    StatusCounts,
)
from checker.model import Severity
from checker.outcome import Outcome
from checker.report.common import signoff_sentences
from checker.store.history import signoff_status


def verdict_line(verdict: GateResult) -> str:
    """First line of the summary, in the words of the report's banner."""
    word = "PASSED" if verdict.passed else "FAILED"
    why = "" if verdict.passed else ": " + "; ".join(verdict.reasons)
    return f"{word}{why}. Threshold: fail on {verdict.threshold}."


def status_line(statuses: StatusCounts) -> str:
    """Counts by status, as the report, JUnit and SARIF give them."""
    expiry = ""
    if statuses.waiver_expiries:
        expiry = " (until " + ", ".join(sorted(statuses.waiver_expiries)) + ")"
    since = " since the previous run" if statuses.previous_run else ""
    reviewed = [f"{LABELS[s]}: {statuses[s]}" for s in REVIEWED if statuses[s]]
    return (f"Open: {statuses[OPEN_NEW]} new, {statuses[OPEN_KNOWN]} known; "
            f"waived: {statuses[WAIVED]}{expiry}; baselined: {statuses[BASELINED]}; "
            f"fixed{since}: {statuses.fixed}; for review: {statuses[REVIEW]}"
            + "".join(f"; {part}" for part in reviewed) + ".")


def summary_lines(outcome: Outcome) -> Iterator[str]:
    run, verdict = outcome.run, outcome.gate
    yield verdict_line(verdict)
    yield status_line(verdict.statuses)
    counts = outcome.store.counts(run.id)
    sev = counts["by_severity"]
    src = counts["by_source"]
    yield (f"Audited {counts['pages'] - counts['page_errors']} of {counts['pages']} pages"
           f" of {run.site}; {counts['page_errors']} could not be audited.")
    yield ("Findings: " + ", ".join(f"{sev.get(s.value, 0)} {s.value}" for s in Severity)
           + f" ({src.get('wcag', 0)} WCAG, {src.get('content', 0)} content;"
           f" {counts['needs_review']} need review).")
    if run.options.get("no_browser"):
        yield "No WCAG checks were made: --no-browser skips the browser."
    for path in outcome.report_paths:
        yield f"Report: {path}"
    yield from run_notes(outcome)


def run_notes(outcome: Outcome) -> Iterator[str]:
    """Lines after the summary: how incremental the run was, and the gate's baseline and
    waiver effects."""
    run = outcome.run
    incremental = run.options.get("incremental") or {}
    if run.options.get("resumed"):
        yield f"Resumed run {run.id} (resumed {run.options['resumed']} time(s))."
    if incremental.get("full"):
        yield "Full audit (--full): no findings carried over."
    elif incremental.get("previous_run"):
        yield (f"Incremental: {incremental.get('fresh', 0)} page(s) audited afresh"
               f" ({incremental.get('rendered', 0)} rendered in the browser),"
               f" {incremental.get('carried_over', 0)} unchanged page(s) carried over from"
               f" run {incremental['previous_run']}.")
    yield from outcome.gate.notes
    since = signoff_status(outcome.store, run)["since"]
    if since is not None:  # the report's words for the last sign-off and what changed since
        yield from signoff_sentences({"since": since})
    if pruned := run.options.get("pruned"):
        yield pruned_line(run.site, pruned["keep_runs"], pruned["runs"])


def pruned_line(site: str, keep: int, runs: list[str]) -> str:
    """What keep_runs deleted, never silently."""
    if not runs:
        return f"Pruned nothing: {site} has at most {keep} run(s) (keep_runs = {keep})."
    return (f"Pruned {len(runs)} run(s) of {site} beyond the newest {keep} (keep_runs ="
            f" {keep}): {', '.join(runs)}; their pages, findings and evidence are gone from"
            " the history (report folders and sign-offs stay).")
