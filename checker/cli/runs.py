"""What the history commands (history, diff, baseline) share: the project's store, their
--db and --config options, and how a finding or a table is printed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click

from checker.model import Finding
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
