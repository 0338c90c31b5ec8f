"""Golden tests: a rhetorical question asserts what it asks about, so it is read as the
statement it is ("Did you know our drip prevents the flu?", "Why live with arthritis when stem
cells can repair the joint?"); a question that asks ("Why does my knee hurt when I climb
stairs?") is still no claim. Each row: the rule, whether it fires, the page, the sentence."""

from __future__ import annotations

from checker.content import ContentEngine
from checker.content.text import is_question
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"

CASES = [
    (INFECTIOUS, True, "iv", "Did you know our immune drip prevents the flu?"),
    (DISEASE, True, "Stem Cell Therapy",
     "Why live with knee arthritis when stem cells can repair the joint?"),
    (INFECTIOUS, True, "iv",
     "Why reach for antibiotics when our drops clear ear infections naturally?"),
    (DISEASE, True, "recovery",
     "Isn't it time you reversed your diabetes with our plant protocol?"),
    # a question that asks, and a "did you know" about approved care or a negation
    (DISEASE, False, "pt", "Why does my knee hurt when I climb stairs?"),
    (INFECTIOUS, False, "iv", "Did you know the flu shot cannot give you the flu?"),
    (INFECTIOUS, False, "pt", "Did you know our nurses can give flu shots at your visit?"),
    (DISEASE, False, "Stem Cell Therapy",
     "Can stem cells repair the joint in knee arthritis?"),
]


@golden_sentences(CASES)
def test_rhetorical_questions(engine: ContentEngine, rule: str, fires: bool, title: str,
                              sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def test_what_counts_as_a_question() -> None:
    assert is_question("Why does weight come back when people stop the medicine?")
    assert is_question("Why not ask your doctor when you are next in?")
    assert not is_question("Who needs a flu shot when you have our elderberry syrup?")
    assert not is_question("Did you know that CBD can shrink tumors?")
