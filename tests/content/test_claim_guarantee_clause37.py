"""Golden tests (issue 13, stop 37): a guarantee whose clause tells the outcome ("We guarantee
you will get pregnant within six months", "We guarantee your hair will grow back") is a
guaranteed result; a service told in the clause, and a guarantee denied, are not. Written for
these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

GUARANTEE = "no-guaranteed-results"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Fertility Services", "We guarantee you will get pregnant within six months.", True),
    ("Medical Weight Loss", "We guarantee you will lose 20 pounds.", True),
    ("Hair Restoration", "We guarantee that your hair will grow back.", True),
    ("Fertility Services", "We guarantee you will see a doctor within 48 hours.", False),
    ("Fertility Services", "We cannot guarantee you will get pregnant.", False),
    ("Medical Weight Loss", "Nobody can guarantee that you'll lose weight.", False),
])
def test_a_guarantee_whose_clause_tells_the_outcome(engine: ContentEngine, title: str,
                                                    sentence: str, fires: bool) -> None:
    assert reported_on(engine, GUARANTEE, article_page(title, sentence)) == (
        [sentence] if fires else [])
