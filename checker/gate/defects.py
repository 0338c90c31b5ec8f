"""Fix first: findings grouped into defects and ordered worst first, for the report's fix-first
list and the terminal's `failing:` lines alike.

One defect is one thing to fix even when it shows on many pages: the same rule on the same
element (a header or footer control: same selector) or the same sentence (a sidebar claim:
same normalized text). Defects are ordered by severity times the number of pages they are on.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace

from checker.gate.status import STATUSES, finding_status
from checker.model import Finding, normalize_text

PAGES_KEPT = 200  # URLs kept per defect; `page_count` counts them all


def defect_key(finding: Finding) -> tuple[str, str]:
    """Rule and what pins it: the normalized sentence, else the element's selector."""
    if finding.sentence:
        return finding.rule_id, "sentence:" + normalize_text(finding.sentence)
    return finding.rule_id, "element:" + (finding.selector or "")


@dataclass
class Defect:
    """One rule failing on one element or sentence, on one or more pages."""

    rule_id: str
    example: Finding  # the first finding of the defect: its message, selector, sentence
    severity_rank: int = 0
    status: str = ""  # the most pressing status among its findings (open before waived)
    pages: list[str] = field(default_factory=list)
    page_count: int = 0
    findings: int = 0
    _last_url: str = field(default="", repr=False)

    @property
    def severity(self) -> str:
        return self.example.severity.value

    @property
    def weight(self) -> int:
        """Severity times pages affected: what to fix first."""
        return self.severity_rank * self.page_count

    def add(self, finding: Finding, status: str) -> None:
        self.findings += 1
        if finding.severity.rank > self.severity_rank:
            self.severity_rank, self.example = finding.severity.rank, _example(finding)
        if not self.status or STATUSES.index(status) < STATUSES.index(self.status):
            self.status = status
        # a site finding (a claim in the chrome) is on every page it lists, not on one
        for url in finding.extra.get("pages") or (finding.url,):
            self._count(url)

    def _count(self, url: str) -> None:
        """Count a page once. Past the kept list only the last page counted is remembered:
        the store streams a page's findings together, so a repeat is always the last one."""
        if url == self._last_url or (len(self.pages) < PAGES_KEPT and url in self.pages):
            return
        self._last_url = url
        self.page_count += 1
        if len(self.pages) < PAGES_KEPT:
            self.pages.append(url)


def _example(finding: Finding) -> Finding:
    """The finding a defect shows, without a site finding's list of the pages it is on (a
    claim in the site's chrome names every page of the site; a defect counts its own)."""
    if "pages" not in finding.extra:
        return finding
    return replace(finding, extra={k: v for k, v in finding.extra.items() if k != "pages"})


class Defects:
    """Defects built up one finding at a time (findings are streamed from the store)."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], Defect] = {}

    def add(self, finding: Finding, status: str) -> None:
        key = defect_key(finding)
        defect = self._by_key.get(key)
        if defect is None:
            defect = self._by_key[key] = Defect(finding.rule_id, finding)
        defect.add(finding, status)

    def ordered(self) -> list[Defect]:
        """Worst first: weight, then severity, then rule id and location, so the order is
        the same on every run."""
        return sorted(self._by_key.values(), key=lambda d: (
            -d.weight, -d.severity_rank, d.rule_id, d.example.locator))


def group_defects(findings: Iterable[Finding], previous: Container[str]) -> list[Defect]:
    """Findings grouped into defects, worst first; `previous` holds the previous run's
    violation fingerprints (for each finding's status)."""
    defects = Defects()
    for finding in findings:
        defects.add(finding, finding_status(finding, previous))
    return defects.ordered()
