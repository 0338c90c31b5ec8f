"""Golden tests (issue 13, stop 32): "instead of" (or "rather than") that names the care a
condition needs (chemo, metformin, knee surgery, a condition's own treatment) offers the product
in the care's place, in the sentence or in the FAQ question an answer takes up: the claim, not a
denial of it. "Instead of" a time, a span, or care the doctor keeps still denies or says nothing.
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES, reported, reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Integrative Cancer Support",
     "More families now choose our immune infusions instead of chemo, and their tumors shrink.",
     True),
    ("Stem Cell Injections",
     "Patients pick stem cell injections instead of knee surgery and walk pain-free within "
     "weeks.", True),
    ("Integrative Cancer Support",
     "Never use herbal products instead of cancer treatment your oncologist recommends.", False),
    ("Primary Care", "Most people recover in days instead of weeks with the right rest.", False),
])
def test_instead_of_the_care_a_condition_needs(engine: ContentEngine, title: str,
                                               sentence: str, fires: bool) -> None:
    assert reported(engine, DISEASE, title, f"<p>{sentence}</p>") == ([sentence] if fires else [])


@pytest.mark.parametrize(("question", "answer", "fires"), [
    ("Can I take the mushroom extract instead of breast cancer treatment?",
     "Many women rely on our extract to keep breast cancer in check.", True),
    ("Can I use the mushroom extract instead of chemotherapy?",
     "No. Supplements do not treat cancer; talk to your oncologist before you take any.", False),
])
def test_an_answer_to_a_question_that_asks_for_the_cares_stand_in(
        engine: ContentEngine, question: str, answer: str, fires: bool) -> None:
    html = riverbend_page("Mushroom Extracts for Cancer Support",
                          f"<h3>{question}</h3><p>{answer}</p>")
    if fires:
        assert reported_on(engine, DISEASE, html) == [answer]
    else:
        verdict = engine.check_page("https://riverbend.example/p/", html, status=200)
        assert not {f.rule_id for f in verdict.findings} & CLAIM_RULES
