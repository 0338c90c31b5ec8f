"""Golden test (issue 13): a patient's story that leaves its condition with the teller's own
clinician ("... and my doctor and I keep an eye on my arthritis") is no claim the learned model
may make of it: the sentence has no predicate word that would credit the product, and the
condition's clause gives it to someone else's care. The claim twin, whose condition is the
product's outcome, still fires. Sentences are written for this test, not taken from a corpus
file."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import reported, story_quote

RULE = "unapproved-disease-claim"
TITLE = "Herbal Supplements"


def test_the_condition_left_with_the_tellers_clinician(engine: ContentEngine) -> None:
    text = ("My knees felt looser after a month of the turmeric capsules, and my doctor and I "
            "keep an eye on my arthritis.")
    assert reported(engine, RULE, TITLE, story_quote(text, "Dana R.")) == []


def test_the_condition_given_to_the_product_still_fires(engine: ContentEngine) -> None:
    text = "After a month of the turmeric capsules my arthritis stopped hurting completely."
    found = reported(engine, RULE, TITLE, story_quote(text, "Dana R."))
    assert len(found) == 1 and text in found[0]
