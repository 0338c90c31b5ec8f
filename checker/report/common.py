"""Helpers every writer shares: severity order, level mapping, safe text for XML and CSV."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from checker.model import Finding, Run, Severity
from checker.store.db import Store
from checker.untrusted import inert_text


class ReportError(RuntimeError):
    """A report could not be written (for example Chromium could not print the PDF)."""


SEVERITIES = tuple(s.value for s in Severity)  # worst first, as the model orders them

def xml_text(value: Any) -> str:
    """Text for XML (JUnit): what XML 1.0 cannot carry at all (a hostile page's title must not
    break the XML), and what a CI page showing it would obey (escapes, bidi overrides),
    becomes a space."""
    return inert_text(value, keep="\t\n\r")


def safe_href(url: str | None) -> str | None:
    """Only http(s) links become clickable; anything else (javascript:, data:) stays text."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


def require_run(store: Store, run_id: str) -> Run:
    run = store.get_run(run_id)
    if run is None:
        raise KeyError(f"no run {run_id!r} in {store.path}")
    return run


def finding_sort_key(finding: Finding) -> tuple[bool, int, str, str]:
    """Violations before needs-review, worst first, then rule and location."""
    return (finding.status != "violation", -finding.severity.rank, finding.rule_id,
            finding.locator)


def _signed(record: dict[str, Any]) -> str:
    note = f"; note: \u201c{record['note']}\u201d" if record.get("note") else ""
    return (f"by {record['signed_by']} on {record['signed_at']}, with"
            f" {record['open_findings']} open finding(s) at the time{note}.")


def signoff_sentences(status: dict[str, Any]) -> list[str]:
    """The words every report gives a run's sign-off status (checker.store.history
    .signoff_status): this run's sign-off, and the last one before it with what changed
    since. Plain text: each writer escapes it its own way."""
    lines = []
    if own := status.get("signed_off"):
        lines.append(f"This run was signed off {_signed(own)}")
    if since := status.get("since"):
        changed = ("that run is no longer in the history, so the change is unknown"
                   if since.get("new") is None else
                   f"{since['new']} new and {since['fixed']} fixed finding(s) since then")
        lines.append(f"Last signed-off run of this site: {since['run_id']}, {_signed(since)}"
                     f" Compared with it: {changed}.")
    if not lines:
        lines.append("No run of this site has been signed off yet"
                     " (`clinic-checker signoff RUN --by NAME`).")
    return lines
