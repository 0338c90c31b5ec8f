"""Golden tests (stop 37, scope37): a title of symptoms and "Relief" and nothing else ("Cold,
Cough and Flu Relief"), each a symptom the OTC monographs label their symptom relievers for
(otc-monograph-uses.yaml, M012 cold, cough, allergy), on a page whose title names no product of
the claim classes, is a pharmacy's OTC aisle, not a claim. The same title on a supplement or
homeopathic shop's page, with a product word ("Natural ...", "... Drip"), or naming an infection
no OTC reliever is labelled for ("COVID-19 Relief", "Lyme Disease Relief"), still claims.
Sentences written for these tests."""

from __future__ import annotations

import pytest

CLAIMS = {"unapproved-disease-claim", "infectious-disease-claim"}


def _page(title: str, heading: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>Orders ship in two days.</p><h2>{heading}</h2><p>Browse the range below.</p>"
            "</article></main></body></html>")


@pytest.mark.parametrize(("title", "heading", "fires"), [
    ("Online Pharmacy", "Cold, Cough and Flu Relief", False),
    ("Online Pharmacy", "Cold, Cough &amp; Flu Relief", False),
    # ... neighbours: a product's shop, a product word, an infection no reliever is for
    ("Shop Supplements", "Cold, Cough and Flu Relief", True),
    ("Homeopathic Remedies", "Cold, Cough and Flu Relief", True),
    ("Online Pharmacy", "Natural Cold &amp; Flu Relief", True),
    ("Online Pharmacy", "Flu Relief Drip", True),
    ("Online Pharmacy", "COVID-19 Relief", True),
    ("Online Pharmacy", "Lyme Disease Relief", True),
])
def test_an_otc_aisle(engine, title: str, heading: str, fires: bool) -> None:
    verdict = engine.check_page("https://clinic.example/p/", _page(title, heading))
    assert bool({f.rule_id for f in verdict.findings} & CLAIMS) is fires
