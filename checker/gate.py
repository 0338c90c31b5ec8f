"""The gate: decide the exit code from a run's findings and page errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.config import AuditConfig
from checker.model import Finding, Page
from checker.store import Store

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_CANNOT_RUN = 3


@dataclass
class GateResult:
    passed: bool
    reasons: list[str] = field(default_factory=list)
    failing: int = 0  # findings at or above the threshold
    page_errors: int = 0

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.passed else EXIT_FINDINGS


def fails_gate(finding: Finding, config: AuditConfig) -> bool:
    threshold = config.fail_threshold
    return (
        threshold is not None
        and finding.status == "violation"
        and finding.severity.at_least(threshold)
    )


def evaluate(config: AuditConfig, store: Store, run_id: str) -> GateResult:
    """Pages that could not be audited fail the gate unless allowed; so do violations at or
    above --fail-on."""
    page_errors = sum(1 for p in store.iter_pages(run_id) if _is_error(p))
    failing = sum(1 for f in store.iter_findings(run_id) if fails_gate(f, config))
    reasons = []
    if page_errors and not config.allow_page_errors:
        reasons.append(f"{page_errors} page(s) could not be audited")
    if failing:
        reasons.append(f"{failing} finding(s) at or above {config.fail_on}")
    return GateResult(passed=not reasons, reasons=reasons, failing=failing,
                      page_errors=page_errors)


def _is_error(page: Page) -> bool:
    return page.error is not None and page.kind == "page"
