"""--no-browser with the content rules on two worker processes: the same pages, findings and
facts, stored in the same order, as with the rules in the audit's own process."""

from __future__ import annotations

import pytest

from checker.content.pool import ContentPool
from checker.store.db import Store
from tests.scheduled.conftest import AS_OF, cli

pytestmark = pytest.mark.slow  # audits of a generated site, worker processes


def stored_run(db) -> tuple[list[tuple], list[tuple], dict]:
    """The run's pages in store order, its findings in store order, its pages' facts."""
    with Store(db) as store:
        run = store.runs()[0]
        pages = [(p.url, p.status, p.error, p.body_hash, p.depth, p.title)
                 for p in store.iter_pages(run.id)]
        findings = [(f.url, f.rule_id, f.fingerprint, f.message, f.sentence, f.selector)
                    for f in store.iter_findings(run.id)]
        facts = store.page_facts(run.id)
    return pages, findings, facts


def test_two_content_processes_store_what_one_process_stores(project, site, monkeypatch):
    monkeypatch.setattr(ContentPool, "start_after", 0)  # the workers from the first page on
    defects = {n: ("cure",) if n % 3 == 0 else ("guarantee",) if n % 5 == 0 else ()
               for n in range(1, 31)}
    _, server = site(30, defects)
    runs = {}
    for processes in ("0", "2"):
        db = project / f"p{processes}.sqlite"
        proc = cli("audit", server.url + "index.html", "--no-browser", "--as-of", AS_OF,
                   "--fail-on", "never", "-q", "--content-processes", processes,
                   "--db", str(db), "--out", str(project / f"out{processes}"), cwd=project)
        assert proc.returncode == 0, proc.stderr + proc.stdout
        runs[processes] = stored_run(db)
    pages, findings, facts = runs["2"]
    assert len(pages) == 31 and len(findings) > 10
    assert runs["2"] == runs["0"]
