"""Golden tests (no-risk-minimization): a safety absolute widened by the people it is said to be
safe for ("completely safe for everyone, including pregnant women") is no balanced text naming
risks; an FAQ about risks answered "Not really." says there are none."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    assert_fires_as_labelled,
    golden_sentences,
    reported_on,
    riverbend_page,
)

RULE = "no-risk-minimization"

CASES = [
    (RULE, True, "Ozone Therapy",
     "Ozone therapy is completely safe for everyone, including pregnant women."),
    # "including" that names the risks is balanced text
    (RULE, False, "Ozone Therapy",
     "Ozone therapy is generally well tolerated, but side effects can occur, including "
     "headaches."),
]


@golden_sentences(CASES)
def test_safety_absolutes(engine: ContentEngine, rule: str, fires: bool, title: str,
                          sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


@pytest.mark.parametrize(("answer", "reported"), [
    ("Not really. Exosomes come from healthy donors, so your body accepts them.",
     ["Are there any risks with exosome therapy?"]),
    ("Not really serious ones, but you may have soreness and bruising for a few days.", []),
])
def test_an_faq_about_risks_answered_not_really(engine: ContentEngine, answer: str,
                                                reported: list[str]) -> None:
    page = riverbend_page("Exosome Therapy", "<h3>Are there any risks with exosome therapy?"
                          f"</h3><p>{answer}</p>")
    assert reported_on(engine, RULE, page) == reported
