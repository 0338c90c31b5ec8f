"""Golden tests (stop 48, heading48): claims in the forms of marketing headings and card titles.

Each row is a pair: a text the old reading got wrong, and a close neighbour on the other side
that must keep its verdict. The facts:

- a rhetorical question as a card's title or a heading ("Struggling with IBS?") is answered by
  the first sentence of the text under it, as by the sentence right after it
  (claimread._answering);
- an answer that tells the reader to try the page's own practice or our product before the
  approved care a condition needs ("Ear infections? Try chiropractic before antibiotics")
  offers it as that care's first-line alternative: the care is put off, not credited
  (claimread._tried_before_care); approved care tried first, or the reader's own self-care,
  is not ("Asthma? Try breathing exercises before inhalers", "Try cutting down on coffee
  before reaching for antacids");
- "permanent" opening a heading's noun compound modifies its head: "Permanent Acne Scar and
  Rosacea Removal" offers the conditions' permanent removal (claim-frames.yaml permanent-end);
  "Permanent Makeup Removal" names the permanent thing removed, no condition;
- the NHS and NICE are sources a page reports, as the FDA and the CDC are ("what the NHS
  recommends": scopes.ATTRIBUTION); a source reported does not cover a clause of the seller's
  own after a contrast or a semicolon ("..., but our spray gets rid of head lice").

Sentences written for these tests (the probe /tmp/probe-heading48.py of stop 48 holds more)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import card, reported_on

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"
SHOP = "Shop Supplements"
CHIROPRACTIC = "Chiropractic and Wellness"
AESTHETICS = "Laser Skin Clinic"
FAMILY = "Family Medicine"


def _page(title: str, body: str) -> str:
    """An article page of `title` whose article holds a line about visits, then `body`."""
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>Our team sees patients on weekdays.</p>{body}<p>Each visit lasts twenty "
            "minutes.</p></article></main></body></html>")


def _heading(text: str) -> str:
    return f"<h2>{text}</h2>"


def _para(text: str) -> str:
    return f"<p>{text}</p>"


# (rule, page title, body, fires, neighbour body, neighbour fires); a row fires when the rule
# reports a sentence of its body
PAIRS = [
    # a rhetorical title answered by the text under it
    (DISEASE, SHOP, card("Struggling with IBS?", "Meet GutGuard, our probiotic blend. $32."),
     True, card("Struggling with IBS?", "Read our guide to the low-FODMAP diet, written by a "
                "dietitian."), False),
    (DISEASE, "CBD Oils and Gummies",
     card("Tired of Sleepless Nights?", "Meet Dream Drops, our CBD and melatonin blend."), True,
     card("Tired of Sleepless Nights?", "Talk to your doctor about a sleep assessment."),
     False),
    # tried before the care the condition needs
    (DISEASE, CHIROPRACTIC, _heading("Colic? Try Chiropractic Before Medication"), True,
     _heading("Colic? Ask Your Health Visitor Before Trying Anything Else"), False),
    (INFECTIOUS, CHIROPRACTIC,
     card("Ear Infections?", "Try chiropractic care before antibiotics."), True,
     card("Ear Infections?", "See your GP; antibiotics are sometimes needed."), False),
    (DISEASE, CHIROPRACTIC, _heading("Asthma? Try Breathing Exercises Before Inhalers"), False,
     _heading("Asthma? Try Chiropractic Before Inhalers"), True),
    (DISEASE, "Immune Wellness Services",
     _para("Asthma? Try our salt room before reaching for an inhaler."),
     True, _para("Heartburn? Try cutting down on coffee before reaching for antacids."), False),
    # "permanent" and the head of its compound
    (CURE, AESTHETICS, _heading("Permanent Acne Scar and Rosacea Removal"), True,
     _heading("Permanent Makeup Removal"), False),
    (CURE, SHOP, _heading("Permanent Eczema Relief"), True,
     _heading("Is Permanent Acne Scar Removal Possible?"), False),
    # the NHS as a source reported, and the seller's clause after it
    (INFECTIOUS, FAMILY, _heading("Get Rid of Head Lice: What the NHS Recommends"), False,
     _heading("Get Rid of Head Lice with LiceOut Spray"), True),
    (INFECTIOUS, "Shop", _para("The NHS recommends wet combing, but our LiceOut spray gets rid "
                               "of head lice in one go."), True,
     _para("The NHS recommends wet combing to get rid of head lice."), False),
    (INFECTIOUS, "Shop", _para("The CDC recommends wet combing; our LiceOut spray gets rid of "
                               "head lice in one go."), True,
     _para("According to the CDC, the flu vaccine prevents influenza, but our clinic is out of "
           "stock."), False),
]


def _reports(engine: ContentEngine, rule: str, title: str, body: str) -> bool:
    """`rule` reports a sentence of `body` (not of the page around it)."""
    return any(found and found in body.replace("&amp;", "&")
               for found in reported_on(engine, rule, _page(title, body)))


@pytest.mark.parametrize(("rule", "title", "body", "fires", "neighbour", "neighbour_fires"),
                         PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_a_heading_or_card_form_reads_the_pair(engine: ContentEngine, rule: str, title: str,
                                               body: str, fires: bool, neighbour: str,
                                               neighbour_fires: bool) -> None:
    assert _reports(engine, rule, title, body) is fires, body
    assert _reports(engine, rule, title, neighbour) is neighbour_fires, neighbour
