"""Golden tests (issue 13, stop 39, fresh35n's dev half): "cold" is the common cold only as a
noun ("a cold", "your cold", "the common cold", "colds", "cold sores"); as an adjective before
the noun it modifies ("a cold teething ring", "a cold compress", "our cold laser", "a
cold-water plunge") it is a temperature and names no infection (conditions-consumer.yaml
`infections-noun-senses`, checker/content/lexicons.NounSenses). Written for these tests, not
taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.lexicons import load_lexicons
from tests.content.conftest import reported, story_quote

INFECT = "infectious-disease-claim"


@pytest.mark.parametrize(("text", "infection"), [
    ("A cold teething ring worked better.", None),
    ("Apply a cold compress for ten minutes.", None),
    ("Our cold laser is cleared for muscle pain.", None),
    ("Try a cold-water rinse after the sauna.", None),
    ("It cures your cold in a day.", "your cold"),
    ("Our tea shortens a cold by three days.", "a cold"),
    ("Nothing stops a cold.", "a cold"),
    ("Your cold lingers because rest was skipped.", "Your cold"),
    ("Zinc will not end the common cold.", "common cold"),
    ("A cold sore heals in ten days.", "A cold"),
    ("Stock up for cold and flu season.", "cold and flu"),
])
def test_cold_is_the_infection_only_as_a_noun(text: str, infection: str | None) -> None:
    found = load_lexicons().conditions["infections"].search(text)
    assert (found.group(0) if found else None) == infection


@pytest.mark.parametrize(("title", "body", "fires"), [
    ("Teething",
     story_quote("Our health visitor showed us how to help him. A cold teething ring "
                 "soothed him in minutes.",
                 "Hannah, mum of Oscar"), False),
    ("Laser Therapy", "<p>Our cold laser stops pain after a sprain.</p>", False),
    ("Immune Support", "<p>Our zinc drops stop a cold before it starts.</p>", True),
    ("Immune Support", "<p>It cures your cold in a day.</p>", True),
    ("Teething", story_quote("These drops stopped his cold in a day, and a cold teething ring "
                             "did the rest.", "Hannah, mum of Oscar"), True),
])
def test_an_adjective_cold_names_no_infection(engine: ContentEngine, title: str, body: str,
                                              fires: bool) -> None:
    assert bool(reported(engine, INFECT, title, body)) is fires
