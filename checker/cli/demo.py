"""`clinic-checker demo`: audit the bundled demo clinic site into reports/demo/."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from checker.cli.audit import audit_and_present
from checker.cli.options import table_options, typed_values
from checker.settings import AuditConfig


@click.command()
@table_options("demo")
def demo(**options: Any) -> None:
    """Serve the bundled demo clinic site on 127.0.0.1, audit it, write reports/demo/."""
    from checker.demo import demo_site_dir

    values = typed_values(options)
    values.setdefault("out", Path("reports/demo"))
    config = AuditConfig(start=[str(demo_site_dir())], **values).validate()
    if config.db is None:
        # A fresh store each time: the demo's port changes between runs.
        for suffix in ("", "-wal", "-shm"):
            Path(f"{config.out}/audit.sqlite{suffix}").unlink(missing_ok=True)
        config.db = Path(f"{config.out}/audit.sqlite")  # not the project's history
    sys.exit(audit_and_present(config, gate=False))
