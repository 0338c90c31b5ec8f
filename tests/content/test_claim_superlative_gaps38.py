"""Golden tests (issue 13, stop 38): superlative gaps of the phrase list. A ranking by a
place's possessive in the number-one form ("Europe's No.1 ..."), a superlative closed by a
national or a market scope ("... in the UK", "... in the industry", "... available."), and a
product or brand called a miracle by name ("Fastbraces are a miracle, ..."); each with a
neighbour that stays quiet (a cause or a condition's rate ranked, an event called a miracle).
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

SUPERLATIVE = "no-superlative-claims"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Dental Holidays", "Europe's No.1 dental holiday, with flights included.", True),
    ("Orthodontics", "The Fastest, Most Advanced Braces in the UK", True),
    ("Regenerative Medicine", "The highest platelet count in the industry.", True),
    ("Recovery Support Products", "The most powerful natural recovery system available.", True),
    ("Orthodontics", "Fastbraces are a miracle, the best thing I have ever done!", True),
    # neighbours: a cause ranked, a condition's rate, a choice of care, an event called a miracle
    ("Skin Clinic", "Melanoma is the fastest-rising cancer in the UK.", False),
    ("Skin Clinic", "Britain's number one cause of skin damage is the sun.", False),
    ("Orthodontics", "Fixed braces are the most common orthodontic treatment available.", False),
    ("Orthodontics", "It was a miracle that nobody was hurt in the fire.", False),
])
def test_a_superlative_with_a_market_or_national_scope_or_a_named_miracle(
        engine: ContentEngine, title: str, sentence: str, fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, article_page(title, sentence)) == (
        [sentence] if fires else [])
