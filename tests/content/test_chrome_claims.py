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


def test_site_rules_read_from_the_store_as_from_memory(
        engine: ContentEngine, demo_site, tmp_path) -> None:
    """The audit streams the run's facts from the store (StoredFacts, URL order, read again
    for each rule) instead of holding every page's: the site findings are the same as from
    the facts held in memory, whatever order the pages were stored in."""
    from checker.model import Page, Run
    from checker.store.db import Store, StoredFacts

    facts = {}
    for path in sorted(demo_site.rglob("*.html"), reverse=True):  # not in URL order
        url = "http://127.0.0.1:8000/" + path.relative_to(demo_site).as_posix()
        facts[url] = engine.check_page(url, path.read_text(encoding="utf-8"), status=200).facts
    start = ["http://127.0.0.1:8000/index.html"]
    with Store(tmp_path / "history.sqlite") as store:
        store.start_run(Run(id="r1", site="demo", started="2026-11-25T09:00:00+00:00"))
        for url, page_facts in facts.items():
            store.save_page("r1", Page(url=url, status=200), [],
                            facts=page_facts | {"_links": [url]})
        streamed = engine.check_site(StoredFacts(store, "r1"), start)
    in_memory = engine.check_site(json.loads(json.dumps(facts)), start)
    assert [f.to_dict() for f in streamed] == [f.to_dict() for f in in_memory]
    assert any(f.sentence == TEASER for f in streamed)
    # without the statement page the statement rule fires, counting every page
    del facts["http://127.0.0.1:8000/accessibility.html"]
    missing = engine.check_site(facts, start)
    assert [f.extra.get("pages_checked") for f in missing
            if f.rule_id == "accessibility-statement-present"] == [len(facts)]
