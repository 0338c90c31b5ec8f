"""Golden tests (issue 13, stop 38): an FAQ question that offers the product in place of
vaccination told as what is done to the patient ("instead of getting boosted", "rather than
being vaccinated") asks for the care's stand-in, as "instead of the vaccine" does; an answer that
affirms it and goes on to claim the product against the infection fires. A "No" that keeps the
vaccine stays quiet. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

INFECTION = "infectious-disease-claim"
CLAIM = "The gummies help your body fight off the flu all winter."


def faq(question: str, answer: str) -> str:
    return riverbend_page("Immune Support Shop", "<section class='faq'><h2>FAQ</h2><details>"
                          f"<summary>{question}</summary><p>{answer}</p></details></section>")


@pytest.mark.parametrize(("question", "answer", "fires"), [
    ("Should my kids take the gummies instead of getting immunized?",
     f"Lots of families do. {CLAIM}", True),
    ("Could I take the elderberry gummies rather than being boosted this year?",
     f"Many of our customers do. {CLAIM}", True),
    # neighbour: the answer keeps the vaccine
    ("Can I use your elderberry gummies instead of getting vaccinated?",
     "No. The gummies do not prevent the flu; the flu vaccine does, and we can book it for you.",
     False),
])
def test_the_product_offered_in_place_of_getting_vaccinated(
        engine: ContentEngine, question: str, answer: str, fires: bool) -> None:
    found = reported_on(engine, INFECTION, faq(question, answer))
    assert (CLAIM in found) is fires and (fires or not found)
