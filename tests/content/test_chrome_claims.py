"""Claims in the site's chrome (a sidebar teaser repeated on many pages) are the clinic's
claims: reported once per site, with the pages they appear on; not zero times, not per page.
Read from the demo site's pages, through the stored facts as an audit does."""

from __future__ import annotations

import json

from checker.content import ContentEngine

TEASER = "Patient story: how one drip cured her migraines for good"


def test_sidebar_teaser_claim_is_one_finding_listing_its_pages(
        engine: ContentEngine, demo_site) -> None:
    facts, page_findings = {}, []
    pages = sorted(demo_site.rglob("*.html"))
    for path in pages:
        url = "http://127.0.0.1:8000/" + path.relative_to(demo_site).as_posix()
        verdict = engine.check_page(url, path.read_text(encoding="utf-8"), status=200)
        facts[url] = json.loads(json.dumps(verdict.facts))  # through the store, as JSON
        page_findings += verdict.findings
    holding = sorted(url for url, f in facts.items()
                     if any(c["sentence"] == TEASER for c in f["chrome_claims"]))
    assert len(holding) >= 6
    assert not [f for f in page_findings if f.sentence == TEASER]  # not once per page
    site = [f for f in engine.check_site(facts, [next(iter(facts))]) if f.sentence == TEASER]
    assert [f.rule_id for f in site] == ["no-unqualified-cure-claims"]  # once per site
    assert site[0].extra["pages"] == holding and site[0].url == holding[0]
    assert site[0].extra["site_level"] and site[0].extra["chrome"]
    # the evidence of the claim: its sentence and the paragraph it sits in
    assert site[0].excerpt and TEASER in site[0].excerpt
