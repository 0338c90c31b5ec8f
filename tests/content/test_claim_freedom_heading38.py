"""Golden tests (stop 38, fpfix38): "Freedom from" a condition opening a heading or a slogan
offers the condition's end ("Freedom from Obesity and Type 2 Diabetes": the ASA's 2019 ruling
on a low-carb diet plan read it as a cure claim; fresh27n dev). The cure rule's <freed> read
only a person told free ("I am finally free of ..."). Freedom named inside a sentence of
patient information, and freedom from what is no condition, stay quiet. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

CURE = "no-unqualified-cure-claims"


def fired(engine: ContentEngine, title: str, body: str) -> bool:
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    return any(f.rule_id == CURE for f in verdict.findings)


CASES = [
    (True, "Weight loss", "<h2>Freedom from Obesity and Type 2 Diabetes</h2><p>Our plan is "
                          "simple.</p>"),
    (False, "Epilepsy surgery", "<p>For some people the aim of epilepsy surgery is freedom "
                                "from seizures.</p>"),
    (False, "Weight loss", "<h2>Freedom from Diets: Cook Real Food</h2><p>Our plan is "
                           "simple.</p>"),
]


@pytest.mark.parametrize(("fires", "title", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_freedom_from_a_condition_as_a_heading_is_a_cure_claim(
        engine: ContentEngine, fires: bool, title: str, body: str) -> None:
    assert fired(engine, title, body) is fires, body
