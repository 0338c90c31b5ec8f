"""One audit outcome (checker.outcome.run_audit): the gate is evaluated once on findings the
audit marked once, the reports are written, a baseline is honoured, and the store is closed
when a report cannot be written."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from checker.audit import Audit
from checker.gate.baseline import write_baseline
from checker.outcome import run_audit
from checker.report import ReportError
from checker.settings import AuditConfig
from tests.scheduled.conftest import AS_OF


def _config(url: str, tmp: Path, **options: object) -> AuditConfig:
    values: dict = {"start": [url], "no_browser": True, "quiet": True, "db": tmp / "h.sqlite",
                    "out": tmp / "out", "formats": ["json"], "as_of": dt.date.fromisoformat(AS_OF)}
    return AuditConfig(**values | options)


def test_outcome_carries_the_gate_and_reports_and_a_baseline_passes_the_next_run(site, tmp_path):
    _, server = site(4, {1: ("cure",)})
    with run_audit(_config(server.url + "index.html", tmp_path)) as first:
        assert not first.gate.passed and first.exit_code == 1
        assert first.gate.failing >= 1 and first.gate.baselined == 0
        assert first.report_paths == [tmp_path / "out" / "results.json"]
        baseline = tmp_path / "baseline.json"
        count = write_baseline(first.store, first.run, baseline)
    assert count >= first.gate.failing
    config = _config(server.url + "index.html", tmp_path, baseline=baseline,
                     out=tmp_path / "out2")
    with run_audit(config) as second:
        assert second.gate.passed and second.exit_code == 0
        marked = [f for f in second.store.iter_findings(second.run.id) if f.extra.get("baseline")]
        # marked once by the audit, counted by the gate; a fingerprint may recur on pages
        assert second.gate.baselined == len(marked) >= count
        assert {f.fingerprint for f in marked} == set(_fingerprints(baseline))


def _fingerprints(baseline: Path) -> list[str]:
    import json

    return [entry["fingerprint"] for entry in json.loads(baseline.read_text())["findings"]]


def test_the_store_is_closed_when_a_report_cannot_be_written(site, tmp_path):
    _, server = site(2)
    seen: list[Audit] = []
    config = _config(server.url + "index.html", tmp_path, pdf=True,
                     chromedriver_path=str(tmp_path / "no-such-driver"))
    with pytest.raises(ReportError, match="could not print"):
        run_audit(config, started=seen.append)
    (audit,) = seen
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        audit.store.counts(audit.run_id)
