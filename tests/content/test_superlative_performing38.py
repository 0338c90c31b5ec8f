"""Golden tests (issue 13, stop 38): a ranking by performance ("the highest performing cord
blood processing system in the UK", the ASA's Cells4Life ruling) is a superlative of what is
sold, and "in the UK" closes a ranking as "in the US" does. A performance figure without a
ranking, or a UK fact that ranks nothing, is no superlative. Written for these tests, not taken
from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

SUPERLATIVE = "no-superlative-claims"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Cord blood banking", "TotiCyte is the highest performing cord blood processing system in "
     "the UK, delivering three times more stem cells than any other method.", True),
    ("PRP injections", "Ours is the best-performing PRP system in the UK.", True),
    ("IV therapy", "We are the safest IV drip clinic in the UK.", True),
    # neighbours: no ranking
    ("Cord blood banking", "TotiCyte is our cord blood processing system; in our own laboratory "
     "tests it recovered more viable cells than the systems we compared.", False),
    ("Cord blood banking", "Our laboratory is one of the cord blood banks licensed in the UK by "
     "the Human Tissue Authority.", False),
])
def test_a_ranking_by_performance(engine: ContentEngine, title: str, sentence: str,
                                  fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, article_page(title, sentence)) == (
        [sentence] if fires else [])
