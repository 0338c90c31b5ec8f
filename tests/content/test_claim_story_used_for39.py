"""Golden tests of fpfix39b's fourth class (issue 13, stop 39): a story on a page that sells,
crediting a thing it names as used for a time.

A story on a shop's page credited "Two weeks in VCARE" with ending a man's prostate problems
(the ASA's 2024 ruling on VCARE prostate underwear): the reader knew no product there, since a
single word or a word in capitals is no trade name by itself (an abbreviation, a place, a
person). Said as what the teller used, wore or took for a time ("two weeks in", "a month on",
"three months of using", "since he started wearing"), by its name or by its kind after "the" or
"this" ("one week using the headset"), on a page that sells, it is the thing sold and the
story's product (unapproved-disease-claim). Approved care used for a time ("a month on Flomax")
stays the story's care, and the same story with no outcome claimed stays quiet. Pages are
written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on

DISEASE = "unapproved-disease-claim"


def _shop(story: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><title>Shop | Riverbend Health</title></head>"
            "<body><main><h1>Shop our bestsellers</h1><p>Free shipping on orders over $50.</p>"
            "<section class='reviews'><h2>What customers say</h2><blockquote><p>"
            f"\u201c{story}\u201d</p><footer>\u2014 Graham, 67</footer></blockquote></section>"
            "</main></body></html>")


@pytest.mark.parametrize(("story", "fires"), [
    ("Two weeks in VCARE and I no longer get up at night to pee; my prostate problems are "
     "gone.", True),
    ("A month on Nopalea and my arthritis pain is gone.", True),
    ("Two weeks in VCARE and I still get up twice a night to pee, about the same as before; "
     "they are comfortable.", False),
    ("A month on Flomax and I no longer get up at night to pee.", False),
    # the thing by its kind, with "the": the one the page sells
    ("Just one week using the headset and I've come off my depression tablets.", True),
    ("A month on the medication my doctor prescribed and my arthritis pain is gone.", False),
    # ... or the start of its use
    ("My husband's sleep apnoea has gone since he started wearing the ring, and he no longer "
     "needs his CPAP machine.", True),
    ("My back pain has eased since I started wearing the brace my physiotherapist fitted.",
     False),
])
def test_a_story_crediting_a_thing_used_for_a_time(engine: ContentEngine, story: str,
                                                   fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, _shop(story))) is fires
