"""Run history: `clinic-checker history`, `diff` and `baseline`, and the run's own notes.

Every audit of a project lands in one SQLite file, so runs can be listed, compared by finding
fingerprint, and frozen into a baseline.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from checker.cli.progress import safe_text
from checker.gate.policy import GateResult
from checker.model import Finding, Run
from checker.settings import ConfigError
from checker.store.db import Store

SEVERITIES = ("critical", "serious", "moderate", "minor")


@dataclass
class RunDiff:
    old: Run
    new: Run
    added: list[Finding] = field(default_factory=list)
    fixed: list[Finding] = field(default_factory=list)
    unchanged: list[Finding] = field(default_factory=list)


def diff_runs(store: Store, old: Run, new: Run) -> RunDiff:
    """Findings compared by fingerprint: new in `new`, fixed since `old`, in both."""
    before = _by_fingerprint(store, old.id)
    after = _by_fingerprint(store, new.id)
    return RunDiff(
        old, new,
        added=[f for fp, f in after.items() if fp not in before],
        fixed=[f for fp, f in before.items() if fp not in after],
        unchanged=[f for fp, f in after.items() if fp in before],
    )


def _by_fingerprint(store: Store, run_id: str) -> dict[str, Finding]:
    found: dict[str, Finding] = {}
    for finding in store.iter_findings(run_id):
        found.setdefault(finding.fingerprint, finding)
    return found


def run_notes(run: Run, verdict: GateResult) -> Iterator[str]:
    """Lines after the summary: how incremental the run was, and the gate's baseline and
    waiver effects."""
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
    yield from verdict.notes


def open_history(db: Path | None, config_path: Path | None) -> Store:
    """The project's store: --db, else the config file's `db`, else the default path."""
    from checker.configfile import load_project

    if db is None:
        project = load_project(config_path)
        db = project.defaults.get("db") or project.default_db
    if not Path(db).is_file():
        raise ConfigError(f"no run history at {db} (run an audit first, or pass --db)")
    return Store(db)


def resolve_run(store: Store, ref: str, site: str | None = None) -> Run:
    run = store.find_run(ref, site)
    if run is None:
        raise ConfigError(f"no run {ref!r} in {store.path} (`clinic-checker history` lists"
                          " them; a unique prefix or suffix, 'latest' or 'previous' works"
                          " too)")
    return run


def _finding_line(finding: Finding) -> str:
    # The URL and sentence come from crawled pages: no control characters on the terminal.
    where = f" {safe_text(finding.locator, 80)}" if finding.locator else ""
    return f"  {finding.severity.value:<8} {finding.rule_id} {safe_text(finding.url, 300)}{where}"


def history_rows(store: Store, site: str | None) -> Iterator[list[str]]:
    for run in store.runs(site):
        counts = store.counts(run.id)
        tally = store.page_tally(run.id)
        sev = counts["by_severity"]
        yield [run.id, run.site, run.started, run.status, str(counts["pages"]),
               str(tally["fresh"]), str(tally["rendered"]), str(tally["carried_over"]),
               *(str(sev.get(s, 0)) for s in SEVERITIES), str(counts["needs_review"])]


def _table(header: list[str], rows: list[list[str]]) -> Iterator[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        yield "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))


_db_option = click.option("--db", type=click.Path(path_type=Path),
                          help="SQLite history (default: the project's).")
_config_option = click.option("--config", "config_path", type=click.Path(path_type=Path),
                              help="Config file whose `db` to read.")


_json_option = click.option("--json", "as_json", is_flag=True,
                            help="Print JSON (one document) instead of text.")


@click.command()
@click.argument("site", required=False)
@_json_option
@_db_option
@_config_option
def history(site: str | None, as_json: bool, db: Path | None, config_path: Path | None) -> None:
    """List the runs (of SITE, or of every site), newest first, with their counts."""
    with open_history(db, config_path) as store:
        if as_json:
            click.echo(json.dumps({"runs": [run_record(store, run) for run in store.runs(site)]},
                                  indent=2, ensure_ascii=False))
            return
        rows = list(history_rows(store, site))
    if not rows:
        click.echo(f"No runs{f' of {site}' if site else ''} yet.")
        return
    header = ["run", "site", "started", "status", "pages", "fresh", "rendered", "carried",
              *SEVERITIES, "review"]
    for line in _table(header, rows):
        click.echo(line.rstrip())


def run_record(store: Store, run: Run) -> dict[str, Any]:
    """One run as `history --json` and `diff --json` give it: identity, status, counts, and
    the gate's verdict as recorded with the run (None for runs from before it was kept)."""
    counts = store.counts(run.id)
    return {
        "id": run.id, "site": run.site, "started": run.started, "finished": run.finished,
        "status": run.status, "as_of": run.as_of, "tool_version": run.tool_version,
        "pages": counts["pages"], "page_errors": counts["page_errors"],
        "tally": store.page_tally(run.id),
        "violations_by_severity": {s: counts["by_severity"].get(s, 0) for s in SEVERITIES},
        "violations_by_source": counts["by_source"],
        "needs_review": counts["needs_review"],
        "out_dir": run.options.get("out_dir"),
        "verdict": run.options.get("verdict"),
    }


@click.command()
@click.argument("run_a")
@click.argument("run_b", required=False)
@click.option("--all", "show_all", is_flag=True, help="Also list the unchanged findings.")
@_json_option
@click.option("--site", help="Site for 'latest' and 'previous'.")
@_db_option
@_config_option
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
            click.echo(_finding_line(finding))


def _diff_pair(store: Store, run_a: str, run_b: str | None, site: str | None
               ) -> tuple[Run, Run]:
    if run_b is not None:
        return resolve_run(store, run_a, site), resolve_run(store, run_b, site)
    new = resolve_run(store, run_a, site)
    old = store.run_before(new)
    if old is None:
        raise ConfigError(f"run {new.id} is the first finished run of {new.site}: nothing to"
                          " compare it with (name two runs)")
    return old, new


def diff_record(store: Store, result: RunDiff, show_all: bool) -> dict[str, Any]:
    """`diff --json`: both runs, the counts, and the findings (unchanged ones with --all)."""
    record: dict[str, Any] = {
        "old": run_record(store, result.old), "new": run_record(store, result.new),
        "counts": {"new": len(result.added), "fixed": len(result.fixed),
                   "unchanged": len(result.unchanged)},
        "new_findings": [_finding_record(f) for f in sorted(result.added, key=_sort_key)],
        "fixed_findings": [_finding_record(f) for f in sorted(result.fixed, key=_sort_key)],
    }
    if show_all:
        record["unchanged_findings"] = [_finding_record(f)
                                        for f in sorted(result.unchanged, key=_sort_key)]
    return record


def _finding_record(finding: Finding) -> dict[str, Any]:
    return {"fingerprint": finding.fingerprint, "rule_id": finding.rule_id,
            "source": finding.source, "severity": finding.severity.value,
            "status": finding.status, "url": finding.url, "selector": finding.selector,
            "sentence": finding.sentence, "message": finding.message, "wcag": finding.wcag}


def _sort_key(finding: Finding) -> Any:
    return (-finding.severity.rank, finding.url, finding.rule_id, finding.locator)


@click.command()
@click.argument("run_ref", metavar="RUN")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              default=Path("clinic-checker-baseline.json"), show_default=True)
@click.option("--site", help="Site for 'latest' and 'previous'.")
@_db_option
@_config_option
def baseline(run_ref: str, output: Path, site: str | None, db: Path | None,
             config_path: Path | None) -> None:
    """Write RUN's findings to a baseline file: with --baseline FILE, only findings not in it
    fail the gate."""
    from checker.gate.baseline import write_baseline

    with open_history(db, config_path) as store:
        run = resolve_run(store, run_ref, site)
        count = write_baseline(store, run, output)
    click.echo(f"Wrote {count} finding(s) of run {run.id} ({run.site}) to {output}")
