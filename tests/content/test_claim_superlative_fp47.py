"""Golden tests (issue 13, stop 47): three compliant forms the superlative and guarantee rules
read as claims. A superlative said of approved care equated with it after the copula, its way
named by a purpose ("The most effective way to prevent measles is two doses of MMR vaccine"),
or the care the self-care a cold needs ("rest and fluids"); the purchase guaranteed with a
refund as its alternative ("Satisfaction guaranteed or your money back"); a field of care a
Title Case heading capitalizes after "in" ("Best Practice in Wound Care"), no named place.
Each with the close claim that still fires (the seller's product equated, an outcome
guaranteed, a clinic ranked in a city). Written for these tests, not taken from a corpus
file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, heading_page, reported_on

SUPERLATIVE = "no-superlative-claims"
GUARANTEED = "no-guaranteed-results"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Measles", "The most effective way to prevent measles is two doses of MMR vaccine.", False),
    ("Colds", "The best treatment for a cold is rest and fluids.", False),
    # the seller's product equated with the superlative ranks it
    ("Measles", "The most effective way to beat measles is our vitamin drip.", True),
    ("Colds", "The best treatment for a cold is our zinc and elderberry drip.", True),
])
def test_a_superlative_equated_with_approved_care(engine: ContentEngine, title: str,
                                                  sentence: str, fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, article_page(title, sentence)) == (
        [sentence] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Satisfaction guaranteed or your money back", False),
    ("Guaranteed next-day delivery or your money back", False),
    # an outcome guaranteed, the refund its alternative
    ("Guaranteed weight loss or your money back", True),
])
def test_a_purchase_guaranteed_is_no_result(engine: ContentEngine, sentence: str,
                                            fires: bool) -> None:
    assert reported_on(engine, GUARANTEED, article_page("Medical Weight Loss", sentence)) == (
        [sentence] if fires else [])


@pytest.mark.parametrize(("heading", "fires"), [
    ("Best Practice in Wound Care", False),
    ("Best Practice in Infection Control", False),
    # a named place after "in" ranks the clinic
    ("Best Clinic in Austin", True),
    ("Best Wound Care Clinic in Austin", True),
])
def test_a_field_of_care_is_no_ranking_place(engine: ContentEngine, heading: str,
                                             fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, heading_page("Infection Control", heading)) == (
        [heading] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    # "possible" after its noun is the same commitment as before it ("the best possible care")
    ("Giving you the best care possible is our priority.", False),
    ("We want every patient to have the best start possible.", False),
    # the treatment given, ranked, in either order
    ("We give you the best dental treatment possible.", True),
])
def test_best_possible_after_its_noun(engine: ContentEngine, sentence: str,
                                      fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, article_page("About Our Clinic", sentence)) == (
        [sentence] if fires else [])
