"""Golden tests (disease-claim type): "naturally" said of what the body does by itself is
physiology, not a natural product ("Your liver and kidneys naturally filter toxins"); said of
what a product does it stays the product."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"

CASES = [
    (DISEASE, False, "Primary Care",
     "Your liver and kidneys naturally filter toxins from your blood."),
    (DISEASE, True, "Wellness Center",
     "Naturally ease arthritis pain with our turmeric blend."),
]


@golden_sentences(CASES)
def test_the_body_naturally(engine: ContentEngine, rule: str, fires: bool, title: str,
                            sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
