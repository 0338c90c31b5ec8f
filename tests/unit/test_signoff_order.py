"""Which sign-off is "the last one before this run": start times are kept to the second, so
two quick runs can share one; the history's own order decides between them."""

from __future__ import annotations

from pathlib import Path

from checker.model import Run, SignOff
from checker.store.db import Store
from checker.store.history import signoff_status

SITE = "http://127.0.0.1:8000"
SECOND = "2026-12-03T23:59:59+00:00"


def run(store: Store, run_id: str) -> Run:
    recorded = Run(id=run_id, site=SITE, started=SECOND, status="finished")
    store.start_run(recorded)
    store.finish_run(recorded)
    return recorded


def sign(store: Store, signed: Run) -> None:
    store.add_signoff(SignOff(run_id=signed.id, site=SITE, run_started=signed.started,
                              signed_by="R. Reviewer", signed_at=SECOND, note=None,
                              open_findings=0))


def test_a_run_started_in_the_same_second_sees_the_earlier_runs_signoff(tmp_path: Path) -> None:
    store = Store(tmp_path / "history.sqlite")
    try:
        # ids sort the other way from the order the runs were recorded in
        first, second = run(store, "zz-first"), run(store, "aa-second")
        sign(store, first)
        since = signoff_status(store, second)["since"]
        assert since is not None and since["run_id"] == "zz-first"
        assert signoff_status(store, second)["signed_off"] is None
        # and the earlier run does not take the later run's sign-off as one before it
        sign(store, second)
        assert signoff_status(store, first)["since"] is None
    finally:
        store.close()
