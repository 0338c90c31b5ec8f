"""Golden tests of fixrecall40's first class (issue 13, stop 40): a device or programme known
on the page only by its brand, the brand's name ending in a word for a treatment ("System",
"Protocol", "Programme").

A pain clinic's pages named an electromagnetic machine only by its trade name (the ASA's 2021
ruling on a clinic's "Super Inductive System"): "Our <Brand> System sessions speed up fracture
healing", a list under "The <Brand> System treats:", a sidebar list under "<Brand> System - say
goodbye to:". The reader knew such a name as the clinic's own branded treatment only after a
determiner in lower case ("the Vitality Protocol", "our Signature Glow Facial"), so a sentence or
lead that OPENS with "The" or "Our" lost it, and a title or lead that opens with the name itself,
set off by a colon or a dash, had none. Both now name the product (unapproved-disease-claim).
Neighbours that stay quiet: the same lead hedged ("what it has not been shown to end"), a lead
that names no product ("Ask us about:"), approved care or a condition inside the name ("Our
Physical Therapy Program", "The Diabetes Prevention Program"). Pages are written for these
tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, card, list_page, reported_on

DISEASE = "unapproved-disease-claim"
TITLE = "Physical Therapy and Rehabilitation"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our Revive Pulse System sessions speed up fracture healing so you walk again sooner.",
     True),
    ("The Revive Pulse System eases sciatica and nerve damage in a few sessions.", True),
    ("Our Physical Therapy Program treats back pain and sciatica.", False),
    ("The Diabetes Prevention Program lowers the risk of type 2 diabetes.", False),
])
def test_a_sentence_opening_with_the_brand(engine: ContentEngine, sentence: str,
                                           fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, article_page("pt", sentence))) is fires


@pytest.mark.parametrize(("intro", "fires"), [
    ("The Revive Pulse System treats:", True),
    ("Revive Pulse System - say goodbye to:", True),
    ("Revive Pulse System - what it has not been shown to end:", False),
    ("Ask us about:", False),
])
def test_a_list_under_the_brand(engine: ContentEngine, intro: str, fires: bool) -> None:
    page = list_page(TITLE, intro, "Tennis elbow, sprains and carpal tunnel syndrome")
    assert bool(reported_on(engine, DISEASE, page)) is fires


@pytest.mark.parametrize(("title", "text", "fires"), [
    ("Fracture Healing", "Our Revive Pulse System sessions speed up fracture healing.", True),
    ("Myth: Magnetic Pulses Speed Fracture Healing",
     "Myth: Revive Pulse System sessions speed up fracture healing. Fact: no trial has shown "
     "this; a broken bone heals with immobilisation and time.", False),
])
def test_a_card_about_the_brand(engine: ContentEngine, title: str, text: str,
                                fires: bool) -> None:
    page = (f"<html><head><title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1>"
            f"{card(title, text)}</article></main></body></html>")
    assert bool(reported_on(engine, DISEASE, page)) is fires
