"""Status of each finding and fix-first defects: the one computation behind the verdict's
counts and the order of the fix-first list and the terminal's `failing:` lines."""

from __future__ import annotations

from pathlib import Path

from checker.gate.defects import PAGES_KEPT, group_defects
from checker.gate.status import (
    BASELINED,
    OPEN_KNOWN,
    OPEN_NEW,
    REVIEW,
    WAIVED,
    count_statuses,
    finding_status,
    previous_fingerprints,
)
from checker.model import Finding, Page, Run
from checker.store.db import Store

SITE = "https://clinic.example"


def _finding(rule: str, page: str, *, severity: str = "serious", selector: str | None = None,
             sentence: str | None = None, status: str = "violation", **extra) -> Finding:
    return Finding(rule_id=rule, source="content" if sentence else "wcag", severity=severity,
                   url=f"{SITE}{page}", message=rule, selector=selector, sentence=sentence,
                   status=status, extra=extra)


def test_each_finding_has_one_status() -> None:
    known = _finding("label", "/a", selector="#q")
    assert finding_status(known, {known.fingerprint}) == OPEN_KNOWN
    assert finding_status(_finding("label", "/b", selector="#q"), set()) == OPEN_NEW
    assert finding_status(_finding("label", "/b", selector="#q", baseline=True),
                          set()) == BASELINED
    valid = {"expires": "2027-01-01", "expired": False}
    assert finding_status(_finding("label", "/b", waiver=valid), set()) == WAIVED
    lapsed = {"expires": "2026-01-01", "expired": True}
    assert finding_status(_finding("label", "/b", waiver=lapsed), set()) == OPEN_NEW
    assert finding_status(_finding("label", "/b", status="needs-review"), set()) == REVIEW


def _store_run(store: Store, run_id: str, started: str, findings: list[Finding]) -> Run:
    run = Run(id=run_id, site="clinic.example", started=started, status="finished")
    store.start_run(run)
    store.finish_run(run)
    for url in sorted({f.url for f in findings}):
        store.save_page(run_id, Page(url=url, status=200),
                        [f for f in findings if f.url == url])
    return run


def test_counts_compare_with_the_previous_run(tmp_path: Path) -> None:
    store = Store(tmp_path / "h.sqlite")
    gone = _finding("image-alt", "/a", selector="img")
    stays = _finding("label", "/a", selector="#q")
    _store_run(store, "r1", "2026-12-01T00:00:00", [gone, stays])
    now = [_finding("label", "/a", selector="#q"), _finding("link-name", "/b", selector="a"),
           _finding("list", "/b", selector="ul", waiver={"expires": "2027-03-01"}),
           _finding("region", "/b", selector="main", baseline=True)]
    run = _store_run(store, "r2", "2026-12-02T00:00:00", now)
    counts = count_statuses(store, run, *previous_fingerprints(store, run))
    assert (counts[OPEN_NEW], counts[OPEN_KNOWN], counts[WAIVED], counts[BASELINED],
            counts.fixed) == (1, 1, 1, 1, 1)
    assert counts.previous_run == "r1" and counts.open == 2
    assert counts.as_dict()["waiver_expiries"] == {"2027-03-01": 1}


def test_one_defect_on_many_pages_is_one_row_and_leads() -> None:
    header = [_finding("link-name", f"/p{i}", selector="header a.logo") for i in range(14)]
    sidebar = [_finding("no-unqualified-cure-claims", f"/p{i}",
                        sentence=f"Our drip  cures {'Fatigue' if i else 'fatigue'}.")
               for i in range(3)]
    critical = [_finding("image-alt", "/p1", severity="critical", selector="img.hero")]
    minor = [_finding("meta-viewport", f"/p{i}", severity="minor", selector="meta")
             for i in range(20)]
    defects = group_defects([*critical, *minor, *sidebar, *header], set())
    assert [(d.rule_id, d.page_count) for d in defects] == [
        ("link-name", 14), ("meta-viewport", 20), ("no-unqualified-cure-claims", 3),
        ("image-alt", 1)]
    assert defects[0].pages[:2] == [f"{SITE}/p0", f"{SITE}/p1"]
    assert defects[0].status == OPEN_NEW and defects[0].findings == 14


def test_a_page_counts_once_after_the_kept_list_is_full() -> None:
    # two findings of one defect on each page (the same link twice in the footer), 250 pages
    findings = [_finding("link-name", f"/p{i}", selector="footer a.social")
                for i in range(250) for _ in range(2)]
    (defect,) = group_defects(findings, set())
    assert defect.page_count == 250 and defect.findings == 500
    assert len(defect.pages) == PAGES_KEPT


def test_a_claim_in_the_chrome_weighs_every_page_it_is_on() -> None:
    pages = [f"{SITE}/p{i}" for i in range(6)]
    chrome = _finding("no-unqualified-cure-claims", "/p0", severity="critical",
                      sentence="Cured her migraines for good.", chrome=True, pages=pages)
    header = [_finding("link-name", f"/p{i}", severity="critical", selector="header a")
              for i in range(4)]
    defects = group_defects([*header, chrome], set())
    assert [(d.rule_id, d.page_count) for d in defects] == [
        ("no-unqualified-cure-claims", 6), ("link-name", 4)]
    assert defects[0].pages == pages and "pages" not in defects[0].example.extra
