"""junit.xml: a testcase per page, a <failure> per finding at or above the gate, an <error>
for a page that could not be audited. CI systems show it as a test report.

Attribute `failures` counts <failure> elements (findings at or above the gate), `errors`
counts pages that could not be audited, `tests` counts testcases (pages).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from checker.gate.policy import fails_gate
from checker.gate.review import review_words
from checker.model import Finding, Page
from checker.report.common import require_run, xml_text
from checker.settings import AuditConfig
from checker.store.db import Store


def _attr(value: object) -> str:
    return quoteattr(xml_text(value))


def _text(value: object) -> str:
    return escape(xml_text(value))


def _failure(finding: Finding) -> str:
    where = finding.sentence or finding.selector or "(page)"
    lines = [
        f"{finding.severity.value} {finding.source} {finding.rule_id}: {finding.message}",
        f"page: {finding.url}",
        f"where: {where}",
    ]
    if finding.wcag:
        lines.append("WCAG: " + ", ".join(finding.wcag) + (f" ({finding.level})"
                                                          if finding.level else ""))
    if finding.fix:
        lines.append(f"fix: {finding.fix}")
    if finding.help_url:
        lines.append(f"more: {finding.help_url}")
    lines.append(f"fingerprint: {finding.fingerprint}")
    if words := review_words(finding.extra.get("review")):
        lines.append(f"review: {words}")
    message = f"[{finding.severity.value}] {finding.message}"
    return (f'      <failure message={_attr(message)} type={_attr(finding.rule_id)}>'
            f"{_text(chr(10).join(lines))}</failure>\n")


def _testcase(page: Page, failing: list[Finding], site: str) -> str:
    head = f'    <testcase classname={_attr(site)} name={_attr(page.url)} time="0"'
    if page.kind != "page":
        return (f'{head}>\n      <skipped message={_attr(page.kind + " link, not audited: "
                + (page.error or str(page.status)))}/>\n    </testcase>\n')
    body = ""
    if page.error:
        body += f"      <error message={_attr(page.error)} type=\"page-error\"/>\n"
    body += "".join(_failure(f) for f in failing)
    return f"{head}/>\n" if not body else f"{head}>\n{body}    </testcase>\n"


def write_junit(config: AuditConfig, store: Store, run_id: str, path: Path) -> Path:
    run = require_run(store, run_id)
    failing: dict[str, list[Finding]] = defaultdict(list)
    for finding in store.iter_findings(run_id):
        if fails_gate(finding, config):
            failing[finding.url].append(finding)
    pages = list(store.iter_pages(run_id))
    page_urls = {p.url for p in pages}
    # A site-level finding on a URL that is no page of the run still gets a testcase.
    pages += [Page(url=url) for url in failing if url not in page_urls]
    tests = len(pages)
    failures = sum(len(v) for v in failing.values())
    errors = sum(1 for p in pages if p.failed)
    skipped = sum(1 for p in pages if p.kind != "page")
    tmp = path.with_suffix(".xml.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        _write(out, run.site, run.started, pages, failing, (tests, failures, errors, skipped),
               _properties(run.options.get("verdict")))
    tmp.replace(path)
    return path


def _properties(verdict: dict | None) -> dict[str, str]:
    """The gate's verdict and the counts by status, as the terminal and the report give
    them: `verdict`, `threshold`, `status.open-new` ... `status.fixed`."""
    if not verdict:
        return {}
    statuses = verdict.get("statuses") or {}
    props = {"verdict": verdict.get("headline", ""), "threshold": verdict.get("threshold", "")}
    props |= {f"status.{k}": str(v) for k, v in statuses.items()
              if isinstance(v, int) and not isinstance(v, bool)}
    return props


def _write(out: IO[str], site: str, started: str, pages: list[Page],
           failing: dict[str, list[Finding]], totals: tuple[int, int, int, int],
           properties: dict[str, str]) -> None:
    tests, failures, errors, skipped = totals
    counts = f'tests="{tests}" failures="{failures}" errors="{errors}"'
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="clinic-checker" {counts} time="0">\n')
    out.write(f'  <testsuite name={_attr(site)} {counts} skipped="{skipped}" time="0"'
              f" timestamp={_attr(started)}>\n")
    if properties:
        out.write("    <properties>\n" + "".join(
            f"      <property name={_attr(k)} value={_attr(v)}/>\n"
            for k, v in properties.items()) + "    </properties>\n")
    for page in pages:
        out.write(_testcase(page, failing.get(page.url, []), site))
    out.write("  </testsuite>\n</testsuites>\n")
