"""Golden tests (issue 13, stop 38): research told in the active voice as under way ("Cord Blood
Stem Cells: What Research Is Studying in Alzheimer's and Parkinson's", "researchers are testing
...") hedges a heading or sentence as "is being studied" already does: the learned model's
rating of the heading (a condition, no predicate word) is no claim then. A heading that promises
the product for the condition still fires. Written for these tests, not taken from a corpus
file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "heading", "fires"), [
    ("Cord blood banking", "Cord Blood Stem Cells: What Research Is Studying in Alzheimer's and "
     "Parkinson's", False),
    ("Stem cell therapy", "Researchers Are Testing Umbilical Cord Cells in Knee Osteoarthritis",
     False),
    # neighbours: the product offered for the condition
    ("Cord blood banking", "Cord Blood Stem Cells: Hope for Alzheimer's and Parkinson's", True),
    ("Stem cell therapy", "Umbilical Cord Cells That Rebuild Knee Cartilage in Osteoarthritis",
     True),
])
def test_research_under_way_is_no_claim(engine: ContentEngine, title: str, heading: str,
                                        fires: bool) -> None:
    found = reported_on(engine, DISEASE, article_page(title, f"<h2>{heading}</h2>"))
    assert found == ([heading] if fires else [])
