"""Golden tests (issue 13, stop 37, coordinator): "roots" as a part of the body is no herbal
root of the disease rules' products (products.yaml supplements `roots?`). fresh24n's dev half
(an orthodontic page, first contact) had a compliant rewrite and a patient-information text
fire because "tooth roots" was read as the product and root resorption, a side effect of any
fixed braces, as the condition it treats. Sentences are written for these tests, not taken
from a corpus file.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES

_PAGE = ("<!DOCTYPE html><html lang='en'><head><title>Healthy Smiles | Riverbend Clinic</title>"
         "</head><body><main><article><h1>Healthy Smiles</h1><p>Every plan starts with a "
         "consultation and blood tests.</p><p>{sentence}</p></article></main></body></html>")


def _fired(engine: ContentEngine, sentence: str) -> set[str]:
    verdict = engine.check_page("https://riverbend.example/braces/",
                                _PAGE.format(sentence=sentence), status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


@pytest.mark.parametrize("sentence", [
    "Root resorption, a shortening of the tooth roots, can happen with aligners too; it is "
    "usually minor.",
    "Braces can damage the nerve roots, so we never rush treatment; the roots of your teeth can "
    "shorten.",
])
def test_the_roots_of_teeth_or_nerves_are_no_product(engine, sentence) -> None:
    assert _fired(engine, sentence) == set()


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Our root extract heals the roots of your teeth and stops gum disease.",
     "unapproved-disease-claim"),
    ("Our herbal roots cure root resorption.", "no-unqualified-cure-claims"),
])
def test_a_root_that_is_sold_stays_a_product(engine, sentence, rule) -> None:
    assert rule in _fired(engine, sentence)
