"""Golden tests (issue 13, stop 37): an FAQ answer that opens with "No." as a sentence of its
own answers the QUESTION; the sentence after it is read as it stands. It neither denies the
claim that follows ("Is it safe to stop opioids at home?" / "No. Our kratom blend treats opioid
use disorder." is the seller's claim) nor keeps approved care from being named ("Can kratom
treat opioid use disorder?" / "No. Buprenorphine and methadone treat opioid use disorder." is
patient information). Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"


def _faq(question: str, answer: str) -> str:
    return riverbend_page("Recovery Support Products", f"<h3>{question}</h3><p>{answer}</p>")


@pytest.mark.parametrize(("question", "answer", "fires"), [
    # the claim after the "No." is the seller's, whatever the question named
    ("Is it safe to stop opioids at home?",
     "No. Our kratom blend treats opioid use disorder.", True),
    # approved care after the "No." is patient information, as it is without the "No."
    ("Can kratom treat opioid use disorder?",
     "No. Buprenorphine and methadone treat opioid use disorder.", False),
    ("Is kratom safe?", "No. Buprenorphine and methadone treat opioid use disorder.", False),
    # a "No" that denies inside its own clause still denies
    ("Can kratom treat opioid use disorder?",
     "No. Kratom is not a treatment for opioid use disorder.", False),
])
def test_an_answers_no_is_read_apart_from_the_sentence_after_it(
        engine: ContentEngine, question: str, answer: str, fires: bool) -> None:
    assert reported_on(engine, DISEASE, _faq(question, answer)) == ([answer] if fires else [])


@pytest.mark.parametrize("answer", [
    "No. It may help you feel more hydrated while the flu runs its course.",
    "No. It eases the aches while the flu runs its course.",
])
def test_a_no_to_a_question_about_the_product_still_denies_it(engine: ContentEngine,
                                                              answer: str) -> None:
    # the "No" denies what the question asks of the product; the answer goes on under it
    html = riverbend_page("IV Vitamin Drips",
                          f"<h3>Can the immune drip cure the flu?</h3><p>{answer}</p>")
    assert reported_on(engine, "infectious-disease-claim", html) == []
