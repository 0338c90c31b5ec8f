"""Golden tests (issue 13, stop 37): a test's result is the service's report, and hours or
appointments that "work for all" suit whoever they fit: neither is a guaranteed outcome;
guaranteed results and a treatment that works for every man still are. Written for these
tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

GUARANTEE = "no-guaranteed-results"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Fertility Services", "We guarantee a pregnancy test result within 24 hours.", False),
    ("Fertility Services", "Guaranteed lab results by noon.", False),
    ("Fertility Services", "We guarantee results within 24 hours.", True),
    ("Men's Health Clinic", "Our evening hours work for all the men on shifts.", False),
    ("Men's Health Clinic", "Our weekend appointments work for all patients.", False),
    ("Men's Health Clinic", "Our shockwave protocol works for every man.", True),
])
def test_a_service_is_no_guaranteed_outcome(engine: ContentEngine, title: str, sentence: str,
                                            fires: bool) -> None:
    assert reported_on(engine, GUARANTEE, article_page(title, sentence)) == (
        [sentence] if fires else [])
