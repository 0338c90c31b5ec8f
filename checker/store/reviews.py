"""History queries for reviewers' verdicts (`clinic-checker review`): how each finding of a
run stands with the verdicts recorded so far, the finding a fingerprint names, and recording
verdicts from a verdicts file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from checker.gate.review import ReviewBook, Verdict, awaiting, new_verdict
from checker.gate.review_file import read_verdicts_file
from checker.model import Finding, Run
from checker.settings import ConfigError
from checker.store.db import Store


def review_book(store: Store, run_id: str) -> ReviewBook:
    """Every verdict recorded so far, read for the findings of one run."""
    verdicts = list(store.iter_verdicts())
    # the run's fingerprints (all of them) only when some verdict may concern them
    return ReviewBook(verdicts, store.fingerprints(run_id) if verdicts else set())


def reviewed_findings(store: Store, run: Run, as_of: dt.date
                      ) -> Iterator[tuple[Finding, dict[str, Any] | None]]:
    """Each finding of `run` (one per fingerprint) with its review mark as of now: verdicts
    recorded after the run count here, before the next audit marks them."""
    book = review_book(store, run.id)
    seen: set[str] = set()
    for finding in store.iter_findings(run.id):
        if finding.fingerprint in seen:
            continue
        seen.add(finding.fingerprint)
        yield finding, book.mark(finding, as_of)


def awaiting_verdict(store: Store, run: Run, as_of: dt.date, *, wcag_violations: bool
                     ) -> Iterator[tuple[Finding, dict[str, Any] | None]]:
    """Findings with no verdict on their present text, or back for re-review; under a valid
    waiver they are decided already. WCAG violations only when asked (axe is exact about
    them; content findings and needs-review results are the reviewer's judgement)."""
    for finding, mark in reviewed_findings(store, run, as_of):
        waiver = finding.extra.get("waiver")
        if waiver and not waiver.get("expired"):
            continue
        if finding.source == "wcag" and finding.status == "violation" and not wcag_violations:
            continue
        if awaiting(mark):
            yield finding, mark


def finding_in_run(store: Store, run: Run, ref: str) -> Finding:
    """The finding of `run` whose fingerprint is `ref` or starts with it (unique)."""
    matches = sorted(fp for fp in store.fingerprints(run.id) if fp.startswith(ref.lower()))
    if len(matches) != 1:
        what = "no finding" if not matches else f"{len(matches)} findings"
        raise ConfigError(f"{what} of run {run.id} with fingerprint {ref!r} (`clinic-checker"
                          " review` lists them)")
    return next(f for f in store.iter_findings(run.id) if f.fingerprint == matches[0])


def verdicts_from_file(store: Store, path: Path) -> list[Verdict]:
    """The verdicts of a verdicts file, each bound to its finding in the run the file names
    (else the latest run that has it); raises ConfigError before anything is recorded."""
    run_id, entries = read_verdicts_file(path)
    run = store.get_run(run_id) if run_id else None
    in_run = {f.fingerprint: f for f in store.iter_findings(run.id)} if run else {}
    verdicts = []
    for number, entry in enumerate(entries, 1):
        finding = in_run.get(entry["fingerprint"]) or store.latest_finding(entry["fingerprint"])
        if finding is None:
            raise ConfigError(f"verdicts {path}: verdict {number}: no finding with fingerprint"
                              f" {entry['fingerprint']} in {store.path} (a file from another"
                              " project's report?)")
        verdicts.append(new_verdict(
            finding, entry["verdict"], by=entry["by"], reason=entry.get("reason"),
            expires=entry.get("expires"), run_id=run.id if run else None,
            at=entry.get("at"), hashed=entry["subject_hash"]))
    return verdicts


def current_verdicts(store: Store) -> list[Verdict]:
    """The latest verdict per fingerprint, oldest first."""
    latest: dict[str, Verdict] = {}
    for verdict in store.iter_verdicts():
        latest.pop(verdict.fingerprint, None)
        latest[verdict.fingerprint] = verdict
    return list(latest.values())
