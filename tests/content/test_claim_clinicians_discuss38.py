"""Golden tests (issue 13, stop 38): the clinic's clinicians who will discuss or explain the
conditions with the reader ("Conditions our doctors will discuss with you at your assessment:")
hedge a list as "we discuss" already does: its items are topics of a consultation, not what the
product treats. An intro that says the clinicians treat them still makes the items claims.
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import list_page, reported_on

DISEASE = "unapproved-disease-claim"
ITEM = "Osteoarthritis, tennis elbow and Achilles tendonitis"


@pytest.mark.parametrize(("intro", "item", "fires"), [
    ("Conditions our doctors will discuss with you at your assessment:",
     ITEM + ", and the treatments with the best evidence for each", False),
    ("Our sports medicine specialists can explain the options for:", ITEM, False),
    # neighbours: the clinicians treat the conditions with the product
    ("Conditions our doctors treat with PRP:", ITEM, True),
    ("We use PRP to treat:", ITEM, True),
])
def test_conditions_the_clinicians_will_discuss(engine: ContentEngine, intro: str, item: str,
                                                fires: bool) -> None:
    found = reported_on(engine, DISEASE, list_page("PRP injections", intro, item))
    assert found == ([item] if fires else [])
