"""Golden tests (issue 13, stop 47, gaps47): two readings.

"surgical" as the modifier of a condition ("surgical scars", "a surgical wound", "surgical
site infection") names the condition the use is for, not surgery as the care approved, so it
no longer clears a false approval as a true one; "cleared for use in surgical procedures"
still reads as surgery, and a use the kind is cleared for (microneedling for acne scars and
surgical scars, K200044) stays quiet. A superlative whose complement after "is" (or "is
with") is the seller's own product ranks the product ("The best way to treat a cold is with
our zinc lozenges"); approved self-care there does not ("is rest and fluids"). Written for
these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

FDA = "false-fda-approval-claim"
SUPERLATIVE = "no-superlative-claims"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("PRP Therapy", "Our PRP injections are FDA approved for surgical scars.", True),
    ("Exosome Therapy", "Our exosome gel is FDA approved for healing surgical wounds.", True),
    ("Stem Cell Therapy", "Our stem cell therapy is FDA approved for surgical site infections.",
     True),
    # surgery as the care the clearance covers; a use the device kind is cleared for
    ("PRP Therapy", "Our PRP system is FDA cleared for use in surgical procedures.", False),
    ("Microneedling",
     "Our microneedling pen is FDA cleared for acne scars, surgical scars and fine lines.", False),
])
def test_surgical_naming_a_condition_is_no_surgery(engine: ContentEngine, title: str,
                                                   sentence: str, fires: bool) -> None:
    assert reported_on(engine, FDA, article_page(title, sentence)) == (
        [sentence] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    ("The best way to treat a cold is with our zinc lozenges.", True),
    ("The most effective way to treat a cold is our zinc lozenges.", True),
    # approved self-care equated; the seller's aim or its means of contact, no product
    ("The best way to treat a cold is rest and fluids.", False),
    ("The best way to book a visit is with our online form.", False),
])
def test_a_superlative_equated_with_the_sellers_product(engine: ContentEngine, sentence: str,
                                                       fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, article_page("Colds", sentence)) == (
        [sentence] if fires else [])
