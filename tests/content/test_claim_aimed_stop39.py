"""Golden tests (issue 13, stop 39): stopping a substance told as a person's aim or struggle
("need more than one try to stop using opiates", "people who want to quit opioids") is what the
person means to do, no outcome a product brought about; and "recovery" named as a process in a
clause of its own that names no condition ("..., and that is a normal part of recovery") is no
product's effect either. A product said to make the person stop, or a recovery from the
condition credited to it, still claims. Written for these tests, not taken from a corpus
file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"
PAGE = "Kratom Blend"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Many people need more than one try to stop using opiates, and that is a normal part of "
     "recovery.", False),
    ("Most people who try to quit opioids on their own relapse within a month.", False),
    # the product makes them stop: still a claim
    ("Our kratom blend helps people stop using opiates.", True),
    ("With our kratom blend, most customers stop using opiates within a week.", True),
    ("Our kratom blend speeds recovery from opiate addiction.", True),
])
def test_aimed_stop_is_no_outcome(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])
