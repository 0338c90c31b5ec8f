"""One audit, start to finish: `run_audit(config) -> Outcome`.

Everything after the pipeline happens here once: the baseline and waivers are read once
(before any page is fetched), the findings are marked once (by the audit, before its run is
finished), the gate is evaluated once and the reports are written. The CLI, the pytest plugin
and the benchmarks only present the Outcome.

    with run_audit(config) as outcome:      # the store is closed on leaving
        print(outcome.gate.passed, outcome.report_paths)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.configfile import DEFAULT_DB, DEFAULT_REPORTS_DIR
from checker.gate.policy import GateResult, Policies, evaluate
from checker.gate.verdict import record_verdict
from checker.model import Run
from checker.settings import AuditConfig, ConfigError
from checker.store.db import SCHEMA_VERSION, Store
from checker.store.opening import check_out_dir, check_store_path

# The audit itself (the crawler, the browser and the content engine: ~1 CPU-s of imports) is
# imported by run_audit, when an audit runs: prepare() alone, and with it every command that
# stops at a wrong option, --out or --db, imports none of it.
if TYPE_CHECKING:
    from checker.audit import Audit, LogFn, ProgressFn


@dataclass
class Outcome:
    """What an audit leaves: its run, the open store, the gate's verdict, the reports."""

    config: AuditConfig
    run: Run
    store: Store
    gate: GateResult
    report_paths: list[Path]
    out_dir: Path
    start_urls: list[str]

    @property
    def exit_code(self) -> int:
        return self.gate.exit_code

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Outcome:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def prepare(config: AuditConfig) -> Policies:
    """What is checked before any page is fetched, so that a typo costs no audit time: the
    options, --out and --db, the axe rule ids, the optional WCAG engines' scripts, the
    baseline and waiver files (returned, read once)."""
    config.validate()
    check_out_dir(Path(config.out or DEFAULT_REPORTS_DIR))
    check_store_path(Path(config.db or DEFAULT_DB), SCHEMA_VERSION)  # reads only
    # imported here, not above: a wrong --out or --db is told without loading the browser stage
    from checker.browser.engines import check_engines_installed
    from checker.browser.wcag import unknown_axe_rules

    check_engines_installed(config)  # --engine ibm without `make engines`: one line, exit 2
    if unknown := unknown_axe_rules(config.axe):
        raise ConfigError(f"unknown axe rule id: {', '.join(unknown)} (see axe-core's rule list)")
    return Policies.load(config.gate, config.as_of)


def _prune(store: Store, run: Run, keep: int | None) -> None:
    """keep_runs: after the reports (which compare with the previous run), only what the user
    asked to prune; kept with the run so the summary names it (cli/summary.run_notes)."""
    if keep is None:
        return
    run.options = run.options | {"pruned": {"keep_runs": keep,
                                            "runs": store.prune_runs(run.site, keep)}}
    store.finish_run(run)


def run_audit(config: AuditConfig, *, policies: Policies | None = None,
              progress: ProgressFn | None = None, log: LogFn | None = None,
              started: Callable[[Audit], None] | None = None) -> Outcome:
    """Audit, evaluate the gate, write the reports. `policies` comes from prepare() (called
    here when not given); `started` sees the Audit before it runs (the crash handler keeps
    it). On an error after the audit (a report that cannot be written) the store is closed
    and the error raised."""
    from checker.audit import Audit, AuditCannotRun
    from checker.browser.printing import chromium_printer
    from checker.report import write_reports

    policies = policies if policies is not None else prepare(config)
    audit = Audit(config, policies, progress=progress, log=log)
    if started is not None:
        started(audit)
    result = audit.run()
    try:
        gate = evaluate(config.gate, result.store, result.run.id, policies)
        # kept with the run: the reports, notifications and history read it, never re-judge
        record_verdict(result.store, result.run, gate, str(config.gate.fail_on))
        paths = write_reports(config, result.store, result.run.id, result.out_dir,
                              print_pdf=chromium_printer(config.browser_stage))
        _prune(result.store, result.run, config.keep_runs)
    except BaseException:
        result.store.close()
        raise
    if result.cannot_run is not None:
        result.store.close()
        raise AuditCannotRun(f"{result.cannot_run} (report: {result.out_dir})")
    return Outcome(config, result.run, result.store, gate, paths, result.out_dir,
                   result.start_urls)
