"""History queries over the store: a run by reference, and two runs compared by finding
fingerprint (`clinic-checker diff`, `history`, `baseline`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checker.model import Finding, Run, Severity, SignOff, is_fixed
from checker.settings import ConfigError
from checker.store.db import Store


@dataclass
class RunDiff:
    old: Run
    new: Run
    added: list[Finding] = field(default_factory=list)
    fixed: list[Finding] = field(default_factory=list)
    unchanged: list[Finding] = field(default_factory=list)


def diff_runs(store: Store, old: Run, new: Run) -> RunDiff:
    """Findings compared by fingerprint: new in `new`, fixed since `old` (model.is_fixed:
    on a page `new` looked at again), in both."""
    before = _by_fingerprint(store, old.id)
    after = _by_fingerprint(store, new.id)
    rechecked = store.rechecked_urls(new.id)
    return RunDiff(
        old, new,
        added=[f for fp, f in after.items() if fp not in before],
        fixed=[f for fp, f in before.items() if is_fixed(fp, f.url, after, rechecked)],
        unchanged=[f for fp, f in after.items() if fp in before],
    )


def _by_fingerprint(store: Store, run_id: str) -> dict[str, Finding]:
    found: dict[str, Finding] = {}
    for finding in store.iter_findings(run_id):
        found.setdefault(finding.fingerprint, finding)
    return found


def resolve_run(store: Store, ref: str, site: str | None = None) -> Run:
    """A run by id, unique id prefix, 'latest' or 'previous'; a ConfigError names the fix."""
    run = store.find_run(ref, site)
    if run is None:
        raise ConfigError(f"no run {ref!r} in {store.path} (`clinic-checker history` lists"
                          " them; a unique prefix or suffix, 'latest' or 'previous' works"
                          " too)")
    return run


def run_before_or_fail(store: Store, new: Run) -> Run:
    """The finished run of the same site before `new` (`diff RUN` compares with it)."""
    old = store.run_before(new)
    if old is None:
        raise ConfigError(f"run {new.id} is the first finished run of {new.site}: nothing to"
                          " compare it with (name two runs)")
    return old


def run_record(store: Store, run: Run) -> dict[str, Any]:
    """One run as `history --json` and `diff --json` give it: identity, status, counts, and
    the gate's verdict as recorded with the run (None for runs from before it was kept)."""
    counts = store.counts(run.id)
    return {
        "id": run.id, "site": run.site, "started": run.started, "finished": run.finished,
        "status": run.status, "as_of": run.as_of, "tool_version": run.tool_version,
        "pages": counts["pages"], "page_errors": counts["page_errors"],
        "tally": store.page_tally(run.id),
        "violations_by_severity": {s.value: counts["by_severity"].get(s.value, 0)
                                   for s in Severity},
        "violations_by_source": counts["by_source"],
        "needs_review": counts["needs_review"],
        "out_dir": run.options.get("out_dir"),
        "verdict": run.options.get("verdict"),
        "signoffs": [signoff_record(s) for s in store.signoffs(run_id=run.id)],
    }


def finding_record(finding: Finding) -> dict[str, Any]:
    return {"fingerprint": finding.fingerprint, "rule_id": finding.rule_id,
            "source": finding.source, "severity": finding.severity.value,
            "status": finding.status, "url": finding.url, "selector": finding.selector,
            "sentence": finding.sentence, "message": finding.message, "wcag": finding.wcag}


def signoff_record(signoff: SignOff) -> dict[str, Any]:
    return {"run_id": signoff.run_id, "signed_by": signoff.signed_by,
            "signed_at": signoff.signed_at, "note": signoff.note,
            "open_findings": signoff.open_findings}


def signoff_status(store: Store, run: Run) -> dict[str, Any]:
    """What the reports say about sign-off: this run's own latest sign-off (None when it
    has none), and the site's last sign-off of an earlier run with the findings new and
    fixed since that run (counts None when that run was pruned from the history)."""
    own = store.signoffs(run_id=run.id)
    earlier = store.signoffs(site=run.site, before=run)
    since: dict[str, Any] | None = None
    if earlier:
        last = earlier[0]
        signed_run = store.get_run(last.run_id)
        change = diff_runs(store, signed_run, run) if signed_run is not None else None
        since = signoff_record(last) | {
            "new": len(change.added) if change else None,
            "fixed": len(change.fixed) if change else None}
    return {"signed_off": signoff_record(own[0]) if own else None, "since": since}
