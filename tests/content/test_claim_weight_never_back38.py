"""Golden tests (issue 13, stop 38): a result made permanent by the weight itself never coming
back ("so the weight never comes back", "the pounds will never return") is a guaranteed result,
as "you will never regain it" is; a promise denied and the typical course told stay quiet.
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

GUARANTEE = "no-guaranteed-results"
PAGE = "Medical Weight Loss"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("The balloon resets your stomach, so the weight never comes back.", True),
    ("Finish the program and the pounds will never return.", True),
    # neighbours: the promise denied, the typical course
    ("No program can promise that the weight never comes back.", False),
    ("Most people regain some weight within five years, so follow-up visits matter.", False),
])
def test_the_weight_said_never_to_come_back(engine: ContentEngine, sentence: str,
                                            fires: bool) -> None:
    assert reported_on(engine, GUARANTEE, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])
