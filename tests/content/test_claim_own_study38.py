"""Golden tests (issue 13, stop 38): a result reported from a study opens "In a double-blind,
placebo-controlled trial, ..." with its modifiers set apart by commas as well as by spaces, and
the seller's own study told with its result ("Users in our clinical study needed half as much
pain medication") is a research claim that needs its citation. A call to join a study, a clinic
that is no study, and a study told with its uncertainty stay quiet. Written for these tests,
not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

RESEARCH = "research-claims-cited"
PAGE = "Shop Supplements"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("In a double-blind, placebo-controlled trial, people taking our tea slept an hour longer.",
     True),
    ("Users in our clinical study needed half as much pain medication.", True),
    ("Participants in our own pilot study lost 12 percent of their body weight.", True),
    # neighbours: a call to join, a clinic that is no study, a study told with its uncertainty
    ("Volunteers in our clinical trial receive free care and travel costs.", False),
    ("In our clinic, most patients go home the same day.", False),
    ("In a small, early study, some people reported less pain, but more research is needed.",
     False),
])
def test_a_trial_with_its_modifiers_and_the_sellers_own_study(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, RESEARCH, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])
