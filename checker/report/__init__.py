"""Report writers: HTML for people; JSON (and more) for machines. Each reads the store."""

from __future__ import annotations

from pathlib import Path

from checker.config import AuditConfig
from checker.report.html_writer import write_html
from checker.report.json_writer import write_json
from checker.store import Store


def write_reports(config: AuditConfig, store: Store, run_id: str, out_dir: Path) -> list[Path]:
    """Every format the config asks for; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    if "json" in config.formats:
        written.append(write_json(store, run_id, out_dir / "results.json"))
    if "html" in config.formats:
        written.append(write_html(config, store, run_id, out_dir / "index.html"))
    return written
