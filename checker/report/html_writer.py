"""index.html: the people's report, rendered with Jinja2 from reports/templates.

Everything from a crawled page is hostile: autoescape is on for every template, and the
report carries a Content-Security-Policy that forbids scripts other than its own and any
network request.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from checker.config import AuditConfig
from checker.gate import fails_gate
from checker.model import Finding, Page
from checker.resources import reports_dir
from checker.store import Store

SEVERITIES = ("critical", "serious", "moderate", "minor")


def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(reports_dir() / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def write_html(config: AuditConfig, store: Store, run_id: str, path: Path) -> Path:
    run = store.get_run(run_id)
    pages = list(store.iter_pages(run_id))
    by_url: dict[str, list[Finding]] = defaultdict(list)
    for finding in store.iter_findings(run_id):
        by_url[finding.url].append(finding)
    context = _context(config, run, pages, by_url)
    context["counts"] = store.counts(run_id)
    html = environment().get_template("report.html.j2").render(**context)
    path.write_text(html, encoding="utf-8")
    return path


def _context(config: AuditConfig, run: Any, pages: list[Page],
             by_url: dict[str, list[Finding]]) -> dict[str, Any]:
    errors = [p for p in pages if p.error and p.kind == "page"]
    audited = [p for p in pages if not p.error and p.kind == "page"]
    documents = [p for p in pages if p.kind == "document"]
    broken = [p for p in pages if p.kind == "broken"]
    rule_pages: Counter[str] = Counter()
    for url, findings in by_url.items():
        for rule in {f.rule_id for f in findings if f.status == "violation"}:
            rule_pages[rule] += 1
    for findings in by_url.values():
        findings.sort(key=lambda f: (f.status != "violation", -f.severity.rank, f.rule_id))
    return {
        "run": run,
        "config": config,
        "errors": errors,
        "audited": sorted(audited, key=lambda p: -len(by_url.get(p.url, []))),
        "documents": documents,
        "broken": broken,
        "findings_by_url": by_url,
        "site_findings": [f for url, fs in by_url.items() if url not in {p.url for p in pages}
                          for f in fs],
        "top_rules": rule_pages.most_common(10),
        "severities": SEVERITIES,
        "fails_gate": lambda f: fails_gate(f, config),
        "no_browser": config.no_browser,
    }
