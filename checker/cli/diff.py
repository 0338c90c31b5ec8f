"""`clinic-checker diff`: new and fixed findings between two runs (or a run and the one
before it), as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from checker.cli.runs import (
    config_option,
    db_option,
    finding_line,
    json_option,
    open_history,
    site_option,
)
from checker.model import Finding, Run
from checker.store.db import Store
from checker.store.history import (
    RunDiff,
    diff_runs,
    finding_record,
    resolve_run,
    run_before_or_fail,
    run_record,
)


@click.command()
@click.argument("run_a")
@click.argument("run_b", required=False)
@click.option("--all", "show_all", is_flag=True, help="Also list the unchanged findings.")
@json_option
@site_option
@db_option
@config_option
def diff(run_a: str, run_b: str | None, show_all: bool, as_json: bool, site: str | None,
         db: Path | None, config_path: Path | None) -> None:
    """New and fixed findings (by fingerprint) from RUN_A to RUN_B; with RUN_A alone, from the
    run of its site before it to RUN_A. A run is named by its id, a unique prefix or suffix of
    it, 'latest' or 'previous'."""
    with open_history(db, config_path) as store:
        old, new = _diff_pair(store, run_a, run_b, site)
        result = diff_runs(store, old, new)
        if as_json:
            click.echo(json.dumps(diff_record(store, result, show_all), indent=2,
                                  ensure_ascii=False))
            return
    click.echo(f"{result.old.id} -> {result.new.id} ({result.new.site}):"
               f" {len(result.added)} new, {len(result.fixed)} fixed,"
               f" {len(result.unchanged)} unchanged")
    sections = [("New", result.added), ("Fixed", result.fixed)]
    if show_all:
        sections.append(("Unchanged", result.unchanged))
    for title, findings in sections:
        click.echo(f"{title} ({len(findings)}):")
        for finding in sorted(findings, key=_sort_key):
            click.echo(finding_line(finding))


def _diff_pair(store: Store, run_a: str, run_b: str | None, site: str | None
               ) -> tuple[Run, Run]:
    if run_b is not None:
        return resolve_run(store, run_a, site), resolve_run(store, run_b, site)
    new = resolve_run(store, run_a, site)
    return run_before_or_fail(store, new), new


def diff_record(store: Store, result: RunDiff, show_all: bool) -> dict[str, Any]:
    """`diff --json`: both runs, the counts, and the findings (unchanged ones with --all)."""
    record: dict[str, Any] = {
        "old": run_record(store, result.old), "new": run_record(store, result.new),
        "counts": {"new": len(result.added), "fixed": len(result.fixed),
                   "unchanged": len(result.unchanged)},
        "new_findings": [finding_record(f) for f in sorted(result.added, key=_sort_key)],
        "fixed_findings": [finding_record(f) for f in sorted(result.fixed, key=_sort_key)],
    }
    if show_all:
        record["unchanged_findings"] = [finding_record(f)
                                        for f in sorted(result.unchanged, key=_sort_key)]
    return record


def _sort_key(finding: Finding) -> Any:
    return (-finding.severity.rank, finding.url, finding.rule_id, finding.locator)
