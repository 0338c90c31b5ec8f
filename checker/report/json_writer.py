"""results.json: the machine-readable run, streamed from the store (schema_version 1)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checker.model import Finding, Page
from checker.store import Store

SCHEMA_VERSION = 1


def page_record(page: Page) -> dict[str, Any]:
    return {
        "url": page.url,
        "final_url": page.final_url,
        "status": page.status,
        "error": page.error,
        "title": page.title,
        "findings_count": page.findings_count,
        "kind": page.kind,
        "carried_over": page.carried_over,
    }


def finding_record(finding: Finding) -> dict[str, Any]:
    return {
        "rule_id": finding.rule_id,
        "source": finding.source,
        "status": finding.status,
        "severity": finding.severity.value,
        "url": finding.url,
        "wcag": finding.wcag,
        "level": finding.level,
        "selector": finding.selector,
        "sentence": finding.sentence,
        "excerpt": finding.excerpt,
        "message": finding.message,
        "help_url": finding.help_url,
        "fingerprint": finding.fingerprint,
        "carried_over": finding.carried_over,
    }


def write_json(store: Store, run_id: str, path: Path) -> Path:
    """Written a record at a time so a 20,000-finding run never sits in memory whole."""
    run = store.get_run(run_id)
    if run is None:
        raise KeyError(f"no run {run_id!r} in {store.path}")
    run_data = {
        "id": run.id,
        "site": run.site,
        "started": run.started,
        "finished": run.finished,
        "status": run.status,
        "tool_version": run.tool_version,
        "axe_version": run.axe_version,
        "as_of": run.as_of,
        "options": run.options,
    }
    tmp = path.with_suffix(".json.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        out.write('{"schema_version": %d,\n"run": %s,\n"pages": [' % (
            SCHEMA_VERSION, json.dumps(run_data, sort_keys=True)))
        _write_items(out, (page_record(p) for p in store.iter_pages(run_id)))
        out.write('],\n"findings": [')
        _write_items(out, (finding_record(f) for f in store.iter_findings(run_id)))
        out.write("]}\n")
    tmp.replace(path)
    return path


def _write_items(out: Any, items: Any) -> None:
    for index, item in enumerate(items):
        out.write(("\n" if index == 0 else ",\n") + json.dumps(item, sort_keys=True))
