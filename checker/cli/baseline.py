"""`clinic-checker baseline`: freeze a run's findings so that only new ones fail the gate."""

from __future__ import annotations

from pathlib import Path

import click

from checker.cli.runs import config_option, db_option, open_history, site_option
from checker.store.history import resolve_run


@click.command()
@click.argument("run_ref", metavar="RUN")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              default=Path("clinic-checker-baseline.json"), show_default=True)
@site_option
@db_option
@config_option
def baseline(run_ref: str, output: Path, site: str | None, db: Path | None,
             config_path: Path | None) -> None:
    """Write RUN's findings to a baseline file: with --baseline FILE, only findings not in it
    fail the gate."""
    from checker.gate.baseline import write_baseline

    with open_history(db, config_path) as store:
        run = resolve_run(store, run_ref, site)
        count = write_baseline(store, run, output)
    click.echo(f"Wrote {count} finding(s) of run {run.id} ({run.site}) to {output}")
