"""Golden tests of fpfix39b's sixth class (issue 13, stop 39): "before they can cause" inside a
prevention told of the product.

The risk cue ("can cause") reads a sentence as a statement of the product's risk. Said of a
condition's cause that the product stops in time ("it washes out the viruses you breathe in
before they can cause a cold, so you stay well all winter", the ASA's 2022 ruling on a seawater
nasal cleanse), it is the prevention claimed (infectious-disease-claim). A risk of the product
itself ("it can cause nosebleeds") still clears. Sentences are written for these tests, not
taken from a corpus file."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

INFECT = "infectious-disease-claim"

CASES = [
    (INFECT, True, "Nasal Cleanse", "Used every day, our nasal cleanse washes out the viruses "
                                    "you breathe in before they can cause a cold, so you stay "
                                    "well all winter."),
    (INFECT, True, "Nasal Cleanse", "Our spray kills germs before they can cause the flu."),
    (INFECT, False, "Nasal Cleanse", "Used too often, our nasal cleanse can cause nosebleeds, "
                                     "and it does not prevent a cold."),
    (INFECT, False, "Nasal Cleanse", "Saline rinses may ease a blocked nose, but no rinse has "
                                     "been shown to stop viruses before they can cause a cold."),
]


@golden_sentences(CASES)
def test_a_cause_stopped_before_it_can_act(engine: ContentEngine, rule: str, fires: bool,
                                           title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
