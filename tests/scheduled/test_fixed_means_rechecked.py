"""A finding is "fixed" only when a run looked at its page again and it was gone: a page that
could not be audited this time (a 503, a timeout, a lost login) or was not reached fixes
nothing. It used to: a clinic page that was down for the nightly run had its cure claim
reported "fixed since the previous run" (terminal, summary, report, diff, notifications) and
"fixed since the baseline". A page that is gone (404) did lose its findings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from checker.gate.baseline import write_baseline
from checker.gate.status import count_statuses, previous_fingerprints
from checker.outcome import run_audit
from checker.settings import AuditConfig
from checker.store.history import diff_runs
from tests.conftest import LocalServer

pytestmark = pytest.mark.timeout(60)

CLAIM = (b"<!doctype html><html lang=en><head><title>IV therapy</title></head><body><main>"
         b"<h1>IV therapy</h1><p>Our drip cures chronic fatigue.</p></main></body></html>")
HOME = (b"<!doctype html><html lang=en><head><title>Clinic</title></head><body><main>"
        b"<h1>Clinic</h1><p>Welcome.</p><a href=/iv.html>IV therapy</a></main></body></html>")
ANSWERS = {"claim": (200, CLAIM), "down": (503, b"down"), "gone": (404, b"gone"),
           "edited": (200, CLAIM.replace(b"cures chronic fatigue", b"is a vitamin drip"))}


@pytest.fixture
def site() -> Iterator[tuple[str, dict[str, str]]]:
    state = {"iv": "claim"}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            status, body = {"/": (200, HOME), "/iv.html": ANSWERS[state["iv"]]}.get(
                self.path, (404, b"no"))
            self.send_response(status)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with LocalServer(Handler) as server:
        yield server.url, state


def _audit(url: str, tmp_path: Path, name: str, **options: object) -> dict:
    config = AuditConfig(**{"start": [url], "no_browser": True, "quiet": True, "retries": 0,
                            "db": tmp_path / "h.sqlite", "out": tmp_path / name,
                            "formats": ["json", "sarif"], "as_of": dt.date(2026, 12, 4),
                            "fail_on": "never", "allow_page_errors": True} | options)
    with run_audit(config) as outcome:
        store, run = outcome.store, outcome.run
        previous = store.run_before(run)
        statuses = count_statuses(store, run, *previous_fingerprints(store, run))
        if options.get("baseline") is None and name == "first":
            write_baseline(store, run, tmp_path / "baseline.json")
        return {
            "fixed": statuses.fixed,
            "diff": [f.rule_id for f in diff_runs(store, previous, run).fixed] if previous
            else [],
            "listed": [f.rule_id for f in store.iter_fixed_findings(previous.id, run.id)]
            if previous else [],
            "since baseline": [e["rule_id"] for e in outcome.gate.fixed],
            "sarif absent": [r["ruleId"] for r in json.loads(
                (tmp_path / name / "results.sarif").read_text())["runs"][0]["results"]
                if r.get("baselineState") == "absent"],
        }


@pytest.mark.parametrize("then,fixed", [("down", False), ("gone", True), ("edited", True)])
def test_only_a_page_looked_at_again_fixes_its_findings(site, tmp_path, then, fixed):
    url, state = site
    _audit(url, tmp_path, "first")
    state["iv"] = then
    second = _audit(url, tmp_path, "second", baseline=tmp_path / "baseline.json")
    claim = "no-unqualified-cure-claims"
    assert (claim in second["diff"]) is fixed, second
    assert (claim in second["listed"]) is fixed, second
    assert (claim in second["since baseline"]) is fixed, second
    assert (claim in second["sarif absent"]) is fixed, second  # code scanning closes those
    assert (second["fixed"] >= 1) is fixed, second
