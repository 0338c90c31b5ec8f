"""Each finding's status, and the counts by status that the terminal, the reports, JUnit and
SARIF all give: computed once here, from the marks the gate's policies left on the stored
findings and from the site's previous run.

- open-new: a violation the gate counts, not seen in the previous run
- open-known: a violation the gate counts, already in the previous run
- waived: under a waiver still valid on the audit date (the waiver's expiry is kept)
- baselined: in the baseline, so not counted
- review: needs a reviewer's judgement (axe "incomplete", judgement content rules)
- confirmed, accepted, not-an-issue: a reviewer's verdict (checker/gate/review.py) on this
  very text or element; confirmed (`fails`) is open whatever the severity
- re-review: the text or element changed since a reviewer's verdict, or an acceptance
  expired: awaiting a verdict again (the gate counts it as unreviewed; open, unless a waiver
  or the baseline sets it aside)
- fixed: a violation of the previous run that this run no longer has, on a page it looked at
  again (model.is_fixed)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Mapping
from dataclasses import dataclass, field

from checker.gate import review
from checker.gate.review import FAILS
from checker.model import Finding, Run, is_fixed
from checker.store.db import Store

OPEN_NEW, OPEN_KNOWN, WAIVED, BASELINED, REVIEW = (
    "open-new", "open-known", "waived", "baselined", "review")
CONFIRMED, RE_REVIEW, ACCEPTED, NOT_AN_ISSUE = (
    "confirmed", "re-review", "accepted", "not-an-issue")
# In the order people read them; "open" leads.
STATUSES = (OPEN_NEW, OPEN_KNOWN, CONFIRMED, RE_REVIEW, WAIVED, ACCEPTED, NOT_AN_ISSUE,
            BASELINED, REVIEW)
LABELS = {
    OPEN_NEW: "open (new)", OPEN_KNOWN: "open (known)", CONFIRMED: "fails (confirmed)",
    RE_REVIEW: "re-review", WAIVED: "waived", ACCEPTED: "accepted",
    NOT_AN_ISSUE: "not an issue", BASELINED: "baselined", REVIEW: "for review",
}
# The statuses a reviewer's verdict gives (shown in the summary line only when present).
REVIEWED = (CONFIRMED, RE_REVIEW, ACCEPTED, NOT_AN_ISSUE)
_BY_VERDICT = {FAILS: CONFIRMED, review.ACCEPTED: ACCEPTED, review.NOT_AN_ISSUE: NOT_AN_ISSUE}


def finding_status(finding: Finding, previous: Container[str]) -> str:
    """One finding's status; `previous` holds the fingerprints of the previous run's
    violations."""
    mark = finding.extra.get("review")
    verdict = review.settled(mark)
    if verdict:  # a reviewer's decision on this very finding leads its waiver and baseline
        return _BY_VERDICT[verdict]
    if finding.status != "violation":
        return RE_REVIEW if mark else REVIEW
    # A valid waiver is a reviewer's recorded decision, with an expiry: it names the status
    # of a finding that the baseline has too.
    waiver = finding.extra.get("waiver")
    if waiver and not waiver.get("expired"):
        return WAIVED
    if finding.extra.get("baseline"):
        return BASELINED
    if mark:  # changed since its verdict, or an acceptance expired: counted, and awaited
        return RE_REVIEW
    return OPEN_KNOWN if finding.fingerprint in previous else OPEN_NEW


def is_open(status: str) -> bool:
    """Awaiting someone: a fix, or (re-review) a reviewer's verdict."""
    return status in (OPEN_NEW, OPEN_KNOWN, CONFIRMED, RE_REVIEW)


@dataclass
class StatusCounts:
    """Findings of a run by status, and the previous run's violations it fixed."""

    counts: Counter[str] = field(default_factory=Counter)
    fixed: int = 0
    previous_run: str | None = None  # the run "new", "known" and "fixed" compare with
    waiver_expiries: Counter[str] = field(default_factory=Counter)  # expiry date -> findings
    open_by_severity: Counter[str] = field(default_factory=Counter)  # for the trend chart

    def __getitem__(self, status: str) -> int:
        return self.counts.get(status, 0)

    @property
    def open(self) -> int:
        return sum(self[s] for s in STATUSES if is_open(s))

    def as_dict(self) -> dict[str, object]:
        """For results.json, JUnit properties, SARIF and the run's history."""
        return {**{s: self[s] for s in STATUSES}, "fixed": self.fixed,
                "previous_run": self.previous_run,
                "waiver_expiries": dict(sorted(self.waiver_expiries.items())),
                "open_by_severity": dict(self.open_by_severity)}


def previous_run(store: Store, run: Run) -> Run | None:
    """The last finished run of the same site before this one, if the store has one."""
    for other in store.runs(run.site):
        if other.id != run.id and other.status == "finished" and other.started <= run.started:
            return other
    return None


def violation_fingerprints(store: Store, run_id: str) -> dict[str, str]:
    """The run's violations' fingerprints, each with its page's URL."""
    return {f.fingerprint: f.url for f in store.iter_findings(run_id) if f.status == "violation"}


def previous_fingerprints(store: Store, run: Run) -> tuple[str | None, dict[str, str]]:
    """The previous run's id and its violations' fingerprints with their pages' URLs (empty
    without one)."""
    previous = previous_run(store, run)
    return (previous.id, violation_fingerprints(store, previous.id)) if previous else (None,
                                                                                      {})


def count_statuses(store: Store, run: Run, previous: str | None, before: Mapping[str, str]
                   ) -> StatusCounts:
    """The run's findings by status (one streamed pass) and what it fixed since the
    previous run of the site (`previous`, whose violations are `before`)."""
    result = StatusCounts(previous_run=previous)
    now: set[str] = set()
    for finding in store.iter_findings(run.id):
        status = finding_status(finding, before)
        result.counts[status] += 1
        if finding.status == "violation":
            now.add(finding.fingerprint)
        if status == WAIVED:
            result.waiver_expiries[str(finding.extra["waiver"].get("expires"))] += 1
        if is_open(status):
            result.open_by_severity[finding.severity.value] += 1
    rechecked = store.rechecked_urls(run.id) if before else set()
    result.fixed = sum(is_fixed(fp, url, now, rechecked) for fp, url in before.items())
    return result
