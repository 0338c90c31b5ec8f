"""annotations.txt: GitHub Actions workflow commands, one `::error` per finding that fails the
gate, so a pull request shows them on its files (folder audits and `source_map`) or, for a live
site, titled with the page URL. The CLI prints the file to stdout, where the runner reads them.

Capped: GitHub shows at most 10 error annotations per step and 50 per job, so more would only
be noise in the log; the last line counts the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from checker.gate.policy import fails_gate
from checker.gate.review import review_words
from checker.model import Finding
from checker.report.common import require_run
from checker.report.source_files import SourceMap
from checker.settings import AuditConfig
from checker.store.db import Store
from checker.untrusted import inert_text

ANNOTATED = 50


def escape_data(text: str) -> str:
    """The message part of a workflow command (GitHub's toolkit escaping). Text from crawled
    pages: a newline cannot start a second command, and no control or format character (an
    escape, a bidi override) reaches the log."""
    text = inert_text(text, keep="\r\n")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, sources: SourceMap) -> str:
    located = sources.locate(finding) if sources else None
    title = f"{finding.rule_id} ({finding.severity.value})"
    message = finding.message
    if located is None:
        props = f"title={escape_property(f'{title}: {finding.url}')}"
        message = f"{message} ({finding.url})"
    else:
        props = f"file={escape_property(located.path)}"
        if located.line:
            props += f",line={located.line}"
        props += f",title={escape_property(title)}"
    if finding.locator:
        message += f"\n{finding.locator[:300]}"
    if words := review_words(finding.extra.get("review")):
        message += f"\nreview: {words[:300]}"
    return f"::error {props}::{escape_data(message)}"


def annotations(config: AuditConfig, store: Store, run_id: str) -> Iterator[str]:
    run = require_run(store, run_id)
    sources = SourceMap.of(run, config.source_map)
    shown = more = 0
    for page in store.iter_pages(run_id):
        if page.failed and not config.allow_page_errors:
            yield (f"::error title={escape_property('page could not be audited')}::"
                   f"{escape_data(f'{page.url}: {page.error}')}")
    for finding in store.iter_findings(run_id):
        if not fails_gate(finding, config):
            continue
        if shown < ANNOTATED:
            shown += 1
            yield annotation(finding, sources)
        else:
            more += 1
    if more:
        yield (f"::warning title=clinic-checker::{more} more failing finding(s) not annotated"
               " (see the report)")


def write_github(config: AuditConfig, store: Store, run_id: str, path: Path) -> Path:
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(line + "\n" for line in annotations(config, store, run_id)),
                   encoding="utf-8")
    tmp.replace(path)
    return path
