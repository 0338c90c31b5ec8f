"""What the history commands (history, diff, baseline, review, signoff) share: the project's
store, their --db and --config options, how a finding or a table is printed, and writing a
run's reports again after a reviewer's decisions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click

from checker.model import Finding, Run
from checker.settings import ConfigError
from checker.store.db import Store
from checker.untrusted import safe_text

db_option = click.option("--db", type=click.Path(path_type=Path),
                         help="SQLite history (default: the project's).")
config_option = click.option("--config", "config_path", type=click.Path(path_type=Path),
                             help="Config file whose `db` to read.")
site_option = click.option("--site", help="Site for 'latest' and 'previous'.")
json_option = click.option("--json", "as_json", is_flag=True,
                           help="Print JSON (one document) instead of text.")


def open_history(db: Path | None, config_path: Path | None) -> Store:
    """The project's store: --db, else the config file's `db`, else the default path."""
    from checker.configfile import load_project

    if db is None:
        project = load_project(config_path)
        db = project.defaults.get("db") or project.default_db
    if not Path(db).is_file():
        raise ConfigError(f"no run history at {db} (run an audit first, or pass --db)")
    return Store(db)


def finding_line(finding: Finding) -> str:
    # The URL and sentence come from crawled pages: no control characters on the terminal.
    where = f" {safe_text(finding.locator, 80)}" if finding.locator else ""
    return f"  {finding.severity.value:<8} {finding.rule_id} {safe_text(finding.url, 300)}{where}"


def table(header: list[str], rows: list[list[str]]) -> Iterator[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        yield "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))


def show_verdicts_in_reports(store: Store, run: Run) -> None:
    """After verdicts: mark the run's findings with the verdicts recorded so far, then write
    its reports again so that they show them (the gate's recorded verdict stays what the
    audit decided)."""
    from checker.gate.policy import refresh_review_marks, run_date

    refresh_review_marks(store, run.id, run_date(run))
    write_reports_again(store, run)


def write_reports_again(store: Store, run: Run) -> None:
    """Write the run's reports again in its folder, as its findings are marked now. A report
    that cannot be written is a warning: what was recorded stays recorded."""
    from checker.browser.printing import chromium_printer
    from checker.cli.errors import one_line
    from checker.report import ReportError, rewrite_reports
    from checker.settings import AuditConfig

    printer = chromium_printer(AuditConfig.from_public_options(run.options).browser_stage)
    try:
        written = rewrite_reports(store, run, print_pdf=printer)
    except (ReportError, OSError, ConfigError) as exc:
        # the folder unwritable, Chromium missing for the PDF, a rule pack moved since the run
        click.echo(f"clinic-checker: warning: the report of run {run.id} could not be written"
                   f" again: {one_line(str(exc))}", err=True)
        return
    if written:
        click.echo(f"Reports of run {run.id} written again: "
                   + ", ".join(str(p) for p in written))
    else:
        click.echo(f"The report folder of run {run.id} is gone: its next report shows it.")
