"""The gate: decide the exit code from a run's findings and page errors.

What counts: violations that are neither in the baseline nor covered by a waiver that is still
valid on the audit date. Those fail the gate at or above --fail-on, and per-source thresholds
(`max_wcag_serious = 0`: at most that many WCAG findings serious or worse) cap them further.
Baseline and waiver effects are marked on the stored findings (Finding.extra["baseline"],
Finding.extra["waiver"]) so that every report shows them, and named in the gate's notes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from checker.exit_codes import EXIT_FINDINGS, EXIT_OK
from checker.gate.baseline import finding_fingerprints
from checker.gate.defects import Defect, group_defects
from checker.gate.review import FAILS, ReviewBook, settled
from checker.gate.status import StatusCounts, count_statuses, previous_fingerprints
from checker.model import Finding, Run
from checker.settings import GateSettings, parse_threshold_key
from checker.store.db import Store
from checker.store.reviews import review_book
from checker.words import plural

SEVERITIES = ("critical", "serious", "moderate", "minor")

LISTED = 20  # failing findings named in the notes; the reports list them all


@dataclass
class GateResult:
    passed: bool
    reasons: list[str] = field(default_factory=list)
    failing: int = 0  # counted findings at or above the threshold
    page_errors: int = 0
    baselined: int = 0  # findings not counted because the baseline has them
    fixed: list[dict[str, Any]] = field(default_factory=list)  # baseline entries now gone
    waived: int = 0
    expired: list[str] = field(default_factory=list)  # expired waivers that matched findings
    failing_findings: list[Finding] = field(default_factory=list)  # the first LISTED
    notes: list[str] = field(default_factory=list)  # baseline and waiver effects, for people
    threshold: str = ""  # --fail-on
    statuses: StatusCounts = field(default_factory=StatusCounts)  # every finding by status
    failing_defects: list[Defect] = field(default_factory=list)  # fix-first order

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.passed else EXIT_FINDINGS


@dataclass
class _Tally:
    baselined: int = 0
    waived: int = 0
    expired: dict[int, int] = field(default_factory=dict)  # waiver number -> findings


def with_review_mark(extra: dict[str, Any], finding: Finding, book: ReviewBook | None,
                     as_of: dt.date) -> dict[str, Any]:
    """`extra` with the finding's review mark as the book has it now (an old one dropped)."""
    marked = {k: v for k, v in extra.items() if k != "review"}
    review = book.mark(finding, as_of) if book else None
    if review is not None:
        marked["review"] = review
    return marked


def run_date(run: Run) -> dt.date:
    """The date a run's audit judged on (waivers and acceptances expire against it)."""
    return dt.date.fromisoformat(run.as_of) if run.as_of else dt.date.fromisoformat(
        run.started[:10])


def refresh_review_marks(store: Store, run_id: str, as_of: dt.date) -> int:
    """Mark a finished run's findings again with the verdicts recorded since its audit (the
    reports written again then show them); the gate's recorded verdict is left as it was.
    Returns how many findings changed."""
    book = review_book(store, run_id)
    updates = {}
    for row_id, finding in store.iter_finding_rows(run_id):
        extra = with_review_mark(finding.extra, finding, book, as_of)
        if extra != finding.extra:
            updates[row_id] = extra
    store.set_finding_extra(updates)
    return len(updates)


class Policies:
    """The baseline and the waivers of one audit, read (and checked) up front."""

    def __init__(self, settings: GateSettings, as_of: dt.date, baseline: Any = None,
                 waivers: list | None = None):
        self.settings = settings
        self.as_of = as_of  # the audit date: waivers expire against it
        self.baseline = baseline
        self.waivers = waivers or []
        self.stats: dict[str, Any] = {}
        self.book: ReviewBook | None = None  # the store's verdicts, read when marking

    @classmethod
    def load(cls, settings: GateSettings, as_of: dt.date) -> Policies:
        from checker.gate.baseline import load_baseline
        from checker.gate.waivers import load_waivers

        baseline = load_baseline(settings.baseline) if settings.baseline else None
        waivers = load_waivers(settings.waivers) if settings.waivers else []
        return cls(settings, as_of, baseline, waivers)

    def apply(self, store: Store, run_id: str) -> dict[str, Any]:
        """Mark the run's findings in the store (idempotent: earlier marks are replaced).
        The audit calls this once, before its run is finished; the gate reads `stats`."""
        updates: dict[int, dict[str, Any]] = {}
        seen: set[str] = set()  # only a baseline asks which of its findings are gone
        tally = _Tally()
        self.book = review_book(store, run_id)
        for row_id, finding in store.iter_finding_rows(run_id):
            if self.baseline is not None:
                seen.update(finding_fingerprints(finding))
            extra = self.marked(finding, tally)
            if extra != finding.extra:
                updates[row_id] = extra
        store.set_finding_extra(updates)
        return self._record(tally, seen, store.rechecked_urls(run_id)
                            if self.baseline is not None else None)

    def mark_all(self, findings: list[Finding]) -> dict[str, Any]:
        """The same marks on findings held in memory (the pytest plugin's live driver)."""
        tally = _Tally()
        for finding in findings:
            finding.extra = self.marked(finding, tally)
        return self._record(tally, {fp for f in findings for fp in finding_fingerprints(f)})

    def marked(self, finding: Finding, tally: _Tally) -> dict[str, Any]:
        """The finding's extra with its baseline and waiver marks (earlier ones replaced)."""
        as_of = self.as_of
        extra = with_review_mark({k: v for k, v in finding.extra.items()
                                  if k not in ("baseline", "waiver")}, finding, self.book, as_of)
        if self.baseline is not None and any(fp in self.baseline
                                             for fp in finding_fingerprints(finding)):
            extra["baseline"] = True
            tally.baselined += 1
        waiver = self._waiver_for(finding, as_of)
        if waiver is not None:
            lapsed = waiver.expired(as_of)
            extra["waiver"] = waiver.describe() | {"expired": lapsed}
            if lapsed:
                tally.expired[waiver.number] = tally.expired.get(waiver.number, 0) + 1
            else:
                tally.waived += 1
        return extra

    def _record(self, tally: _Tally, seen: set[str], rechecked: set[str] | None = None
                ) -> dict[str, Any]:
        fixed = [] if self.baseline is None else self.baseline.fixed(seen, rechecked)
        self.stats = {"baselined": tally.baselined, "waived": tally.waived, "fixed": fixed,
                      "expired": tally.expired}
        return self.stats

    def _waiver_for(self, finding: Finding, as_of: dt.date) -> Any:
        """The first valid waiver that matches; else the first expired one (to report it)."""
        matching = [w for w in self.waivers if w.matches(finding)]
        valid = [w for w in matching if not w.expired(as_of)]
        return (valid or matching or [None])[0]

    def summary(self) -> dict[str, Any]:
        """For the run's options: what the baseline and waivers did."""
        if not self.stats:
            return {}
        by_number = {w.number: w for w in self.waivers}
        return {
            "baseline": str(self.baseline.path) if self.baseline else None,
            "baselined": self.stats["baselined"],
            "fixed": len(self.stats["fixed"]),
            "waivers": str(self.settings.waivers) if self.settings.waivers else None,
            "waived": self.stats["waived"],
            "expired_waivers": [by_number[n].describe() | {"findings": count}
                                for n, count in self.stats["expired"].items()],
        }


def fails_gate(finding: Finding, settings: GateSettings) -> bool:
    """A reviewer's `fails` verdict fails the gate whatever the severity (a needs-review
    result too), unless --fail-on never turns failing on findings off."""
    threshold = settings.fail_threshold
    return threshold is not None and (
        confirmed(finding) or (counts(finding) and finding.severity.at_least(threshold)))


def confirmed(finding: Finding) -> bool:
    return settled(finding.extra.get("review")) == FAILS


def counts(finding: Finding) -> bool:
    """A violation the gate counts: not in the baseline, not under a valid waiver, not
    accepted or found a false positive by a reviewer (a verdict on this very text; a
    re-review counts as unreviewed), or confirmed by one."""
    if confirmed(finding):
        return True
    waiver = finding.extra.get("waiver")
    return (finding.status == "violation" and not finding.extra.get("baseline")
            and not (waiver and not waiver.get("expired"))
            and settled(finding.extra.get("review")) is None)


def evaluate(settings: GateSettings, store: Store, run_id: str, policies: Policies
             ) -> GateResult:
    """Pages that could not be audited fail the gate unless allowed; so do counted violations
    at or above --fail-on, and counts above a per-source threshold. The findings are marked
    once: by the audit (policies already applied), else here."""
    stats = policies.stats or policies.apply(store, run_id)
    run = store.get_run(run_id)
    previous, before = previous_fingerprints(store, run) if run else (None, {})
    statuses = count_statuses(store, run, previous, before) if run else StatusCounts()
    page_errors = sum(1 for p in store.iter_pages(run_id) if p.failed)
    failing: list[Finding] = []
    failing_by_sev: Counter[str] = Counter()
    over: dict[str, int] = dict.fromkeys(settings.thresholds, 0)
    for finding in store.iter_findings(run_id):
        if not counts(finding):
            continue
        if fails_gate(finding, settings):
            if len(failing) < LISTED:
                failing.append(finding)
            failing_by_sev[finding.severity.value] += 1
            failing_by_sev["_new"] += finding.fingerprint not in before
            over["_failing"] = over.get("_failing", 0) + 1
        for key in settings.thresholds:
            source, severity = parse_threshold_key(key) or (None, None)
            if (source is None or finding.source == source) and severity is not None \
                    and finding.severity.at_least(severity):
                over[key] += 1
    n_failing = over.pop("_failing", 0)
    reasons = []
    if n_failing:
        reasons.append(_failing_words(failing_by_sev, str(settings.fail_on)))
    if page_errors and not settings.allow_page_errors:
        reasons.append(f"{plural(page_errors, 'page')} could not be audited")
    for key, limit in settings.thresholds.items():
        if over[key] > limit:
            reasons.append(f"{plural(over[key], 'finding')} over {key} = {limit}")
    defects = group_defects(
        (f for f in store.iter_findings(run_id) if fails_gate(f, settings)), before)
    result = GateResult(passed=not reasons, reasons=reasons, failing=n_failing,
                        page_errors=page_errors, baselined=stats["baselined"],
                        fixed=stats["fixed"], waived=stats["waived"],
                        failing_findings=failing, threshold=str(settings.fail_on),
                        statuses=statuses, failing_defects=defects)
    result.expired = [w.label() for w in policies.waivers if w.number in stats["expired"]]
    result.notes = _notes(policies, stats, defects)
    return result


def _failing_words(by_sev: Counter[str], threshold: str) -> str:
    """"1 new serious finding", "3 findings at or above serious (1 critical, 2 serious;
    1 new)": new means not in the site's previous run."""
    new = by_sev.pop("_new", 0)
    total = sum(by_sev.values())
    fresh = "new " if new == total else ""
    also_new = f"{new} new" if 0 < new < total else ""
    if len(by_sev) == 1:
        (sev,) = by_sev
        return plural(total, f"{fresh}{sev} finding") + (f" ({also_new})" if also_new else "")
    parts = ", ".join(f"{by_sev[s]} {s}" for s in SEVERITIES if by_sev.get(s))
    return (plural(total, f"{fresh}finding") + f" at or above {threshold} ({parts}"
            + (f"; {also_new}" if also_new else "") + ")")


def _notes(policies: Policies, stats: dict[str, Any], defects: list[Defect]) -> list[str]:
    notes = []
    if policies.baseline is not None:
        notes.append(f"Baseline {policies.baseline.path}: {stats['baselined']} known finding(s)"
                     f" not counted; {len(stats['fixed'])} fixed since the baseline.")
        for entry in stats["fixed"][:LISTED]:
            notes.append(f"  fixed: {entry.get('severity')} {entry.get('rule_id')}"
                         f" {entry.get('url')} {entry.get('location') or ''}".rstrip())
    if policies.waivers:
        notes.append(f"Waivers {policies.settings.waivers}: {stats['waived']} finding(s) waived;"
                     f" {len(stats['expired'])} waiver(s) expired.")
        by_number = {w.number: w for w in policies.waivers}
        for number, count in stats["expired"].items():
            waiver = by_number[number]
            notes.append(f"  expired {waiver.expires.isoformat()}: {waiver.label()};"
                         f" its {count} finding(s) count again")
    # Fix first: one line per defect, worst first (severity x pages), as the report lists
    # them; a defect on many pages names its first page and how many more.
    for defect in defects[:LISTED]:
        f = defect.example
        more = f" (on {plural(defect.page_count, 'page')})" if defect.page_count > 1 else ""
        notes.append(f"  failing: {f.severity.value} {f.rule_id} {defect.pages[0]}"
                     f" {f.locator[:80]}".rstrip() + more)
    if len(defects) > LISTED:
        notes.append(f"  ... and {len(defects) - LISTED} more (see the report)")
    return notes
