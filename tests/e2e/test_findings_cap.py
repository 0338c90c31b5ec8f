"""A hostile page that repeats one claim thousands of times must not multiply into reports
and a database a hundred times its size: at most FINDINGS_PER_RULE findings of a rule per
page are kept, and the last one says how many more there are."""

from __future__ import annotations

import datetime as dt
import json

from checker.content import ContentEngine
from checker.model import FINDINGS_PER_RULE, Finding, Severity, cap_per_rule
from checker.outcome import run_audit
from checker.settings import AuditConfig
from tests.browser.servers import scripted

RULE = "unapproved-disease-claim"
CLAIMS = 150
PAGE = ("<!doctype html><html lang=en><head><title>Stem cells</title></head><body><main>"
        "<h1>Stem cell therapy</h1>"
        + "".join(f"<p>Our stem cell therapy cures arthritis for good, patient {i}.</p>"
                  for i in range(CLAIMS))
        + "</main></body></html>")


def test_a_page_repeating_a_claim_keeps_the_first_hundred_and_counts_the_rest(tmp_path):
    with scripted("127.0.0.1", {"/": PAGE}) as site:
        config = AuditConfig(start=[site.url], no_browser=True, quiet=True, max_pages=1,
                             db=tmp_path / "a.sqlite", out=tmp_path / "out", fail_on="never",
                             formats=["json", "html"], as_of=dt.date(2026, 12, 4))
        with run_audit(config) as outcome:
            stored = [f for f in outcome.store.iter_findings(outcome.run.id)
                      if f.rule_id == RULE]
    findings = ContentEngine(AuditConfig(as_of=dt.date(2026, 12, 4))).check_page(
        site.url, PAGE, status=200).findings
    assert len(stored) == FINDINGS_PER_RULE
    # (the first sentences fire the cure-claim rule instead, which stops at its own 20)
    fired = sum(1 for f in findings if f.rule_id == RULE)
    # the first ones in document order: the same ones every run
    numbers = [int(f.sentence.rstrip(".").rsplit(" ", 1)[1]) for f in stored]
    assert numbers == sorted(numbers) and numbers[-1] - numbers[0] == FINDINGS_PER_RULE - 1
    assert [f.extra.get("not_listed", 0) for f in stored][-1] == fired - FINDINGS_PER_RULE
    records = json.loads((tmp_path / "out" / "results.json").read_text())["findings"]
    more = fired - FINDINGS_PER_RULE
    assert more > 0 and sum(r["not_listed"] for r in records if r["rule_id"] == RULE) == more
    pages = "".join(p.read_text() for p in (tmp_path / "out" / "pages").glob("*.html"))
    assert f"{more} more sentences on this page fail this rule and are not listed" in pages


def _finding(rule: str, status: str = "violation") -> Finding:
    return Finding(rule_id=rule, source="wcag", severity=Severity.SERIOUS, url="u",
                   message="m", status=status)


def test_the_cap_is_per_rule_and_status_and_capping_twice_changes_nothing():
    found = ([_finding("image-alt") for _ in range(130)] + [_finding("label")] * 3
             + [_finding("image-alt", "needs-review") for _ in range(101)])
    kept = cap_per_rule(found)
    assert len(kept) == FINDINGS_PER_RULE + 3 + FINDINGS_PER_RULE
    notes = [(f.rule_id, f.status, f.extra["not_listed"]) for f in kept
             if "not_listed" in f.extra]
    assert notes == [("image-alt", "violation", 30), ("image-alt", "needs-review", 1)]
    assert cap_per_rule(kept) == kept
