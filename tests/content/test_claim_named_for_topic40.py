"""Golden tests of fixrecall40's third class (issue 13, stop 40): a heading or card title
"<Brand> for <Condition>" on a page whose topic is a product class of the rule.

A homeopathic pharmacy's page headed a remedy "MindSoothe for Depression and Low Mood" (the
FTC's and FDA's actions on homeopathic mood products): a seller's name, "for" and a condition,
with no verb, states the product's intended use, as _named_for already read it on a
page that SELLS (a price, a cart). A page whose topic is itself a product class of the rule
(homeopathic remedies, IV drips, stem cells) gives the name its class just as well, so the
title now fires there too (unapproved-disease-claim). Quiet neighbours: an approved brand
("Zoloft for Depression"), a section's title whose last word is a plural ("Patient Stories for
Migraine", "Coverage Options for Knee Arthritis"), the same title on a page whose topic is no
product class (physical therapy: the name is then of no known class). Pages are written for
these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import heading_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "heading", "fires"), [
    ("Homeopathic Remedies", "CalmWave for Depression and Low Mood", True),
    ("IV Vitamin Drips and NAD+ Infusions", "Vital Glow for Migraines", True),
    ("Homeopathic Remedies", "Zoloft for Depression", False),
    ("IV Vitamin Drips and NAD+ Infusions", "Patient Stories for Migraine", False),
    ("Stem Cell Therapy", "Coverage Options for Knee Arthritis", False),
    ("Physical Therapy and Rehabilitation", "Vital Glow for Migraines", False),
])
def test_a_brand_for_a_condition_on_a_productheading_page(engine: ContentEngine, title: str,
                                                   heading: str, fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, heading_page(title, heading))) is fires
