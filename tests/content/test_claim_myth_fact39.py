"""Golden tests (stop 39, fpfix39a): the line labelled "Fact:" under a card titled "Myth: ..."
(or after a "Myth:" sentence) corrects the myth; the product the myth names is not its subject
(fresh32n's dev negative f32nn-001 was its first case: "Fact: your liver and kidneys clear waste
from the body." took the title's drips). A fact line that names a product, speaks as the seller
or points back to the myth's product ("Fact: they clear migraines") is still the seller's claim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

DISEASE = "unapproved-disease-claim"
IV = "IV Vitamin Drips and NAD+ Infusions"


def _card(title: str, body: str) -> str:
    return ("<p>Browse our services.</p><div class=\"cards\"><div class=\"card\">"
            f"<h3>{title}</h3><p>{body}</p><a href=\"/book/\">Book now</a></div></div>")


@pytest.mark.parametrize(("title", "body", "fires"), [
    ("Myth: Detox Drips Flush Out Toxins",
     "Fact: your liver and kidneys clear waste from the body. Our hydration drip gives fluids "
     "and vitamins.", False),
    # ... neighbours: the fact line claims for a product, the seller's or the myth's own
    ("Myth: IV Drips Are Only for Hangovers",
     "Fact: our drips clear migraines and chronic fatigue within a day.", True),
    ("Myth: IV Drips Are Only for Hangovers",
     "Fact: they clear migraines and chronic fatigue within a day.", True),
    ("Myth: You Have to Live with Tendon Pain",
     "Fact: PRP injections heal torn tendons and end tendonitis.", True),
])
def test_the_fact_line_of_a_myth_card(engine, title: str, body: str, fires: bool) -> None:
    assert (DISEASE in article_rules_fired(engine, IV, _card(title, body))) is fires
