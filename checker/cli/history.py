"""`clinic-checker history`: the runs of a project (or of one site), newest first."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click

from checker.cli.runs import config_option, db_option, json_option, open_history, table
from checker.model import Severity
from checker.store.db import Store
from checker.store.history import run_record
from checker.untrusted import safe_text

SEVERITIES = [s.value for s in Severity]  # worst first


def history_rows(store: Store, site: str | None) -> Iterator[list[str]]:
    for run in store.runs(site):
        counts = store.counts(run.id)
        tally = store.page_tally(run.id)
        sev = counts["by_severity"]
        yield [run.id, run.site, run.started, run.status, str(counts["pages"]),
               str(tally["fresh"]), str(tally["rendered"]), str(tally["carried_over"]),
               *(str(sev.get(s, 0)) for s in SEVERITIES), str(counts["needs_review"]),
               _signed_by(store, run.id)]


def _signed_by(store: Store, run_id: str) -> str:
    """Who signed the run off last (`clinic-checker signoff`), or '-'."""
    signoffs = store.signoffs(run_id=run_id)
    return safe_text(signoffs[0].signed_by, 40) if signoffs else "-"


@click.command()
@click.argument("site", required=False)
@json_option
@db_option
@config_option
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
              *SEVERITIES, "review", "signed off by"]
    for line in table(header, rows):
        click.echo(line.rstrip())
