"""Golden tests (stop 37, scope37): a guide's title, a condition, a colon and two or more of
the topics a guide tells of it ("Lyme disease: treatment and recovery", "Shingles: symptoms,
diagnosis and treatment"), on a page whose title names no product of the claim classes, is no
claim. The same title on a page about such a product (the IV drip page) is read as that page's
offer, and a title that says more than topics ("Lyme disease: fast recovery", "Lyme Disease
Treatment", "...: our treatments and results") is read as before. Sentences written for these
tests."""

from __future__ import annotations

import pytest

CLAIMS = {"unapproved-disease-claim", "infectious-disease-claim"}


def _page(title: str, heading: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            "<p>Our team sees patients every weekday.</p>"
            f"<h2>{heading}</h2><p>Call us to book a visit with a clinician.</p>"
            "</article></main></body></html>")


@pytest.mark.parametrize(("title", "heading", "fires"), [
    ("Primary Care Services", "Lyme disease: treatment and recovery", False),
    ("Primary Care Services", "Shingles: symptoms, diagnosis and treatment", False),
    ("Family Medicine", "Chronic fatigue: causes and treatment", False),
    # ... neighbours: a product's page, or a title that says more than topics
    ("IV Vitamin Drips and NAD+ Infusions", "Lyme disease: treatment and recovery", True),
    ("IV Vitamin Drips and NAD+ Infusions", "Chronic fatigue: treatment and recovery", True),
    ("Primary Care Services", "Lyme disease: fast recovery", True),
    ("Primary Care Services", "Lyme Disease Treatment", True),
])
def test_a_guide_title(engine, title: str, heading: str, fires: bool) -> None:
    verdict = engine.check_page("https://clinic.example/p/", _page(title, heading))
    fired = {f.rule_id for f in verdict.findings if f.sentence == heading} & CLAIMS
    assert bool(fired) is fires
