"""`clinic-checker signoff RUN --by NAME`: record that a reviewer reviewed a run, then write
the run's reports again so that they show it."""

from __future__ import annotations

from pathlib import Path

import click

from checker.cli.runs import (
    config_option,
    db_option,
    open_history,
    site_option,
    write_reports_again,
)
from checker.store.history import resolve_run


@click.command()
@click.argument("run_ref", metavar="RUN")
@click.option("--by", "signed_by", required=True, metavar="NAME",
              help="Who reviewed the run.")
@click.option("--note", metavar="TEXT", help="What the reviewer wants kept with it.")
@site_option
@db_option
@config_option
def signoff(run_ref: str, signed_by: str, note: str | None, site: str | None,
            db: Path | None, config_path: Path | None) -> None:
    """Record that NAME reviewed RUN (who, when, the note, and how many findings were open),
    and write RUN's reports again in its folder so that they show it; later runs of the site
    show the last sign-off and what changed since. Sign-offs are kept, never replaced."""
    from checker.gate.signoff import sign_off

    with open_history(db, config_path) as store:
        run = resolve_run(store, run_ref, site)
        record = sign_off(store, run, signed_by, note)
        click.echo(f"Signed off run {run.id} ({run.site}) by {record.signed_by} at"
                   f" {record.signed_at}: {record.open_findings} open finding(s).")
        write_reports_again(store, run)  # sign_off marked the findings with the verdicts
