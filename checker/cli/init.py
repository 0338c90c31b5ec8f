"""`clinic-checker init`: write the starter config file (generated from the options table)."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.argument("path", type=click.Path(path_type=Path), default="clinic-checker.toml")
def init(path: Path, force: bool) -> None:
    """Write a commented starter config file (default ./clinic-checker.toml)."""
    from checker.configfile import write_starter

    click.echo(f"Wrote {write_starter(path, force=force)}; edit the sites, then run"
               " `clinic-checker audit`.")
