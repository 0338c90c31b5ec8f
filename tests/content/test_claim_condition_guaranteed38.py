"""Golden tests (issue 13, stop 38): a disease or a symptom made the subject of a guarantee
("your cancer is guaranteed to respond", "your back pain is guaranteed to go") is a guaranteed
result whatever the verb; a guarantee denied and a service guaranteed stay quiet. Written for
these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

GUARANTEE = "no-guaranteed-results"
PAGE = "Integrative Cancer Support"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Drink the full course and your cancer is guaranteed to respond.", True),
    ("Your back pain is guaranteed to go within three sessions.", True),
    # neighbours: denied, a service
    ("No cancer is guaranteed to respond to any treatment.", False),
    ("A reply is guaranteed to reach you within a day.", False),
])
def test_a_condition_guaranteed_to_give_way(engine: ContentEngine, sentence: str,
                                            fires: bool) -> None:
    assert reported_on(engine, GUARANTEE, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])
