"""Golden tests (issue 13, stop 39, fresh35n's dev half): a list intro that names what a product
is said to relieve and denies the evidence for all of it ("..., none of it shown in a trial:")
lends its items no claim, as "though no study has shown it:" already did (scopes._NO_EVIDENCE,
read by DENIAL). A lead that claims lends its items the claim. Written for these tests, not
taken from a corpus file."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import list_page

DISEASE = "unapproved-disease-claim"
ITEM = "Restless nights and irritability from cutting teeth"


def fired(engine: ContentEngine, intro: str, item: str = ITEM) -> list[str]:
    verdict = engine.check_page("https://clinic.example/p/",
                                list_page("Homeopathic Remedies", intro, item))
    return [f.sentence for f in verdict.findings if f.rule_id == DISEASE]


def test_an_intro_that_denies_the_evidence_lends_no_claim(engine: ContentEngine) -> None:
    assert fired(engine, "What parents are told teething tablets relieve, none of it shown in "
                 "a trial:") == []
    assert fired(engine, "What the label says the tablets relieve, none of these proven:",
                 "Colic and earache") == []


def test_an_intro_that_claims_lends_the_claim(engine: ContentEngine) -> None:
    assert ITEM in fired(engine, "Our teething tablets relieve:")
    assert "Colic and earache" in fired(engine, "Our tablets relieve, none of them with sugar:",
                                        "Colic and earache")
