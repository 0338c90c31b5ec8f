"""Golden tests of fpfix39b's second class (issue 13, stop 39): the PDE5 inhibitors of the class
whose labels labelled-uses.yaml did not hold, and a superlative that sets one approved drug
against another.

labelled-uses.yaml held sildenafil and tadalafil but not the class's other members, vardenafil
(Levitra, Staxyn) and avanafil (Stendra), whose generic names the approved-care stems (-afil)
and whose brands the UNII list know as approved care: any use of them was approved care, so
"Stendra lowers the risk of heart failure" was quiet. Their labels name erectile dysfunction
only. A drug of labelled-uses.yaml for a labelled use clears a superlative said of it
("Lithium is one of the most effective treatments for bipolar disorder"), but not one that sets
it against another approved drug by name ("works faster and better than Viagra or Cialis"): no
label holds that contest (no-superlative-claims). Sentences are written for these tests, not
taken from a corpus file."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"
SUPER = "no-superlative-claims"

CASES = [
    (DISEASE, True, "Online ED Treatment", "Stendra lowers the risk of heart failure."),
    (DISEASE, True, "Online ED Treatment", "Vardenafil keeps your blood vessels young and "
                                           "prevents strokes."),
    (DISEASE, True, "Online ED Treatment", "Levitra shrinks an enlarged prostate."),
    (DISEASE, False, "Online ED Treatment", "Stendra (avanafil) treats erectile dysfunction in "
                                            "adult men."),
    (DISEASE, False, "Online ED Treatment", "Levitra and Staxyn treat ED."),
    (SUPER, True, "Online ED Treatment", "Stendra is the next-generation ED pill that works "
                                         "faster and better than Viagra or Cialis."),
    (SUPER, True, "Online ED Treatment", "Viagra is the ED pill that works better than Levitra "
                                         "for ED."),
    (SUPER, False, "Online ED Treatment", "Stendra is a newer ED pill; no head-to-head trial "
                                          "has shown that it works faster or better than "
                                          "Viagra or Cialis."),
    (SUPER, False, "Mood Disorders", "Lithium is one of the most effective treatments for "
                                     "bipolar disorder."),
]


@golden_sentences(CASES)
def test_pde5_labels_and_rival_superlatives(engine: ContentEngine, rule: str, fires: bool,
                                            title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
