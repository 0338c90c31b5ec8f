"""Golden tests of care the condition needs no more, told as the outcome (issue 13; fixfaq40's
own probes, not taken from a corpus file): "the injection means they never need the
operation", "no stent required" say the product stands in for the condition's care (the
replaced care is a claim, claimread.SUBSTITUTED_CARE), and the negation inside them denies
nothing. A denial of the claim beside it still clears ("does not mean you will never need
surgery", "not a substitute for a stent; no supplement clears plaque"), and so does approved
care as the agent ("With physical therapy, ...")."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_page, reported_on, riverbend_page

STEM = "Stem Cell Therapy"
HEART = "Heart Health Supplements"


def faq(title: str, question: str, answer: str) -> str:
    return riverbend_page(title, f"<section class='faq'><h2>FAQ</h2><details><summary>"
                                 f"{question}</summary><p>{answer}</p></details></section>")


CASES = [
    (True, faq(STEM, "Is it an alternative to knee surgery?",
               "For many of our knee arthritis patients the injection means they never need "
               "the operation.")),
    (True, article_page(HEART, "Our bergamot blend melts the plaque in clogged arteries, no "
                               "stent required.")),
    (True, article_page(HEART, "Clogged arteries are flushed clean by our bergamot blend, no "
                               "stent needed.")),
    (False, faq(STEM, "Is it an alternative to knee surgery?",
                "The injection does not mean you will never need surgery for your knee "
                "arthritis.")),
    (False, faq("Physical Therapy and Rehabilitation", "Will I need surgery?",
                "With physical therapy, most people with a minor meniscus tear never need "
                "surgery.")),
    (False, article_page(HEART, "Our bergamot blend is not a substitute for a stent; no "
                                "supplement clears plaque.")),
]


@pytest.mark.parametrize(("fires", "html"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_care_needed_no_more_is_the_outcome(engine, fires, html) -> None:
    assert bool(reported_on(engine, "unapproved-disease-claim", html)) is fires
