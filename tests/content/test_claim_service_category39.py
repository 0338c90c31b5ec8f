"""Golden tests (issue 13, stop 39): the noun "treatment" as the modifier of a provider's noun
("Our Addiction Treatment Network", "a treatment centre"), and the plural "treatments" as what a
clinic offers ("Chronic pain: the treatments our physicians offer", "Our clinic offers several
hair loss treatments"), name a kind of care or the place that gives it, not a product's effect
on the condition, when the sentence names no product of the claim classes but the seller's own
words for itself. A product named, a heading that calls the page's product the condition's
treatment, or a verb of treating still claims. Written for these tests (the quiet sentences
are the pool's rewrites f12b-035, f14n-008, f22n-020)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"
STEM = "Stem Cell Therapy"
RECOVERY = "Recovery Support Products"
HAIR = "Hair Restoration Clinic"


def heading(text: str) -> str:
    return f"<h2>{text}</h2><p>Your first visit starts with a conversation about your goals.</p>"


@pytest.mark.parametrize(("title", "body", "said", "fires"), [
    (RECOVERY, heading("Our Addiction Treatment Network"), "Our Addiction Treatment Network",
     False),
    (STEM, heading("Chronic pain: the treatments our physicians offer"),
     "Chronic pain: the treatments our physicians offer", False),
    (HAIR, "<p>Our clinic offers several hair loss treatments; none can stop hair loss for "
           "good, and results are not guaranteed.</p>",
     "Our clinic offers several hair loss treatments; none can stop hair loss for good, and "
     "results are not guaranteed.", False),
    (STEM, "<p>We offer several treatments for chronic knee pain at our two clinics.</p>",
     "We offer several treatments for chronic knee pain at our two clinics.", False),
    # claim neighbours: the product named, the page's product as the condition's treatment,
    # a verb of treating
    (STEM, heading("Stem Cell Treatment for Chronic Pain"),
     "Stem Cell Treatment for Chronic Pain", True),
    (STEM, heading("Muscular Dystrophy Treatment"), "Muscular Dystrophy Treatment", True),
    (STEM, "<p>We offer stem cell treatments for knee arthritis.</p>",
     "We offer stem cell treatments for knee arthritis.", True),
    ("PRP Injections", "<p>Our PRP injections treat knee arthritis.</p>",
     "Our PRP injections treat knee arthritis.", True),
])
def test_service_category_is_no_product_effect(engine: ContentEngine, title: str, body: str,
                                               said: str, fires: bool) -> None:
    assert (said in reported_on(engine, DISEASE, riverbend_page(title, body))) is fires
