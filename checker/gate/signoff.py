"""Sign-off: a reviewer's record that they reviewed a run, with how many of its findings were
open at that moment (the statuses of checker/gate/status.py, as the report shows them)."""

from __future__ import annotations

import datetime as dt

from checker.gate.policy import refresh_review_marks, run_date
from checker.gate.status import count_statuses, previous_fingerprints
from checker.model import Run, SignOff
from checker.settings import ConfigError
from checker.store.db import Store

SIGNABLE = ("finished", "failed")  # a run whose audit ended, passed or not


def sign_off(store: Store, run: Run, by: str, note: str | None) -> SignOff:
    """Record the sign-off (never replacing an earlier one) and return it; a ConfigError
    when the run's audit has not ended or no name is given."""
    if run.status not in SIGNABLE:
        raise ConfigError(f"run {run.id} is {run.status}: only a run whose audit ended can be"
                          " signed off (`clinic-checker audit --resume` carries it on)")
    if not by.strip():
        raise ConfigError("--by needs the reviewer's name")
    # the verdicts recorded since the audit count: what is open is what stands now
    refresh_review_marks(store, run.id, run_date(run))
    statuses = count_statuses(store, run, *previous_fingerprints(store, run))
    signoff = SignOff(
        run_id=run.id, site=run.site, run_started=run.started, signed_by=by.strip(),
        signed_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        note=(note or "").strip() or None, open_findings=statuses.open,
        counts=statuses.as_dict())
    store.add_signoff(signoff)
    return signoff
