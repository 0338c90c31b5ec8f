"""Golden tests (issue 13, stop 37): a pronoun subject after a semicolon or an "and" whose
antecedent is the approved care that opens the sentence as its subject speaks of that care
("Buprenorphine-naloxone (Suboxone) treats opioid use disorder ...; at a steady dose it
prevents withdrawal and cravings": patient information, as two sentences already were); when
the sentence opens with our product, or names our product between, the pronoun is ours and the
claim fires. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"


def _faq(answer: str) -> str:
    question = "Isn't Suboxone just trading one drug for another?"
    return riverbend_page("Recovery Support Products", f"<h3>{question}</h3><p>{answer}</p>")


@pytest.mark.parametrize(("answer", "fires"), [
    ("Buprenorphine-naloxone (Suboxone) treats opioid use disorder as a medical condition; at a "
     "steady dose it prevents withdrawal and cravings without a high.", False),
    ("Buprenorphine treats opioid use disorder; it prevents withdrawal and cravings.", False),
    ("Our kratom blend treats opioid use disorder; it prevents withdrawal and cravings.", True),
    ("Unlike buprenorphine, our kratom blend is natural; it prevents withdrawal and cravings.",
     True),
    ("Buprenorphine is one option; our kratom blend is another, and it prevents withdrawal and "
     "cravings.", True),
])
def test_a_pronoun_after_a_semicolon_takes_the_sentences_subject(
        engine: ContentEngine, answer: str, fires: bool) -> None:
    assert reported_on(engine, DISEASE, _faq(answer)) == ([answer] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Metformin lowers blood sugar in type 2 diabetes, and it also protects the kidneys in "
     "diabetes.", False),
    ("Our berberine capsules lower blood sugar in type 2 diabetes, and they also protect the "
     "kidneys in diabetes.", True),
])
def test_a_pronoun_after_and_takes_the_sentences_subject(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page("shop", sentence)) == (
        [sentence] if fires else [])
