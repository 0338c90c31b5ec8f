"""results.json: the machine-readable run, streamed from the store.

schema_version 1; keys are only ever added, never renamed or removed. The JSON Schema that
validates it ships in the wheel: reports/schema/results.schema.json (see schema_path()).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from checker.model import Finding, Page
from checker.report.common import require_run
from checker.resources import reports_dir
from checker.store.db import Store
from checker.store.history import signoff_status

SCHEMA_VERSION = 1


def schema_path() -> Path:
    return reports_dir() / "schema" / "results.schema.json"


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
        "screenshot": page.screenshot,
        # the pages that link to a broken link (at most 20), else null
        "linked_from": page.extra.get("linked_from"),
        "edit_url": (page.extra.get("wordpress") or {}).get("edit_url"),
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
        "help": finding.help,
        "why": finding.why,
        "fix": finding.fix,
        "rule_source": finding.rule_source,
        "fingerprint": finding.fingerprint,
        "carried_over": finding.carried_over,
        "edit_url": finding.edit_url,
        "baseline": bool(finding.extra.get("baseline")),
        "waiver": finding.extra.get("waiver"),
        # a reviewer's verdict (checker/gate/review.py): state current, re-review (with the
        # previous verdict) or expired; null without one
        "review": finding.extra.get("review"),
        "engines": finding.engine_rules if finding.source == "wcag" else [],
        # more findings of this rule and status on the page, not listed (model.cap_per_rule)
        "not_listed": finding.extra.get("not_listed", 0),
    }


def write_json(store: Store, run_id: str, path: Path) -> Path:
    """Written a record at a time so a 20,000-finding run never sits in memory whole."""
    run = require_run(store, run_id)
    run_data = {
        "id": run.id,
        "site": run.site,
        "started": run.started,
        "finished": run.finished,
        "status": run.status,
        "tool_version": run.tool_version,
        "axe_version": run.axe_version,
        "engine_versions": run.options.get("engine_versions") or (
            {"axe": run.axe_version} if run.axe_version else {}),
        "as_of": run.as_of,
        "options": run.options,
    }
    tmp = path.with_suffix(".json.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        run_json = json.dumps(run_data, sort_keys=True)
        signoff_json = json.dumps(signoff_status(store, run), sort_keys=True)
        out.write(f'{{"schema_version": {SCHEMA_VERSION},\n"run": {run_json},\n'
                  f'"signoff": {signoff_json},\n"pages": [')
        _write_items(out, (page_record(p) for p in store.iter_pages(run_id)))
        out.write('],\n"findings": [')
        _write_items(out, (finding_record(f) for f in store.iter_findings(run_id)))
        out.write("]}\n")
    tmp.replace(path)
    return path


def _write_items(out: IO[str], items: Any) -> None:
    for index, item in enumerate(items):
        out.write(("\n" if index == 0 else ",\n") + json.dumps(item, sort_keys=True))
