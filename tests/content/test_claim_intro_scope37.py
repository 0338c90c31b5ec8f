"""Golden tests (stop 37, scope37): a list item completes its intro's sentence, so the claim
rules' sentence-wide scope cues are read over intro and item together: an intro that reports
others' claims ("The FDA's warning letters cited claims that the supplements:", "Sellers online
say their drops:") reports each item, as "The FDA's warning letters cited claims that the
supplements cure diabetes" does in one sentence. An intro that makes the claim the clinic's own
("Our formula is proven to:", "Customers say our drops:") still leaves each item a claim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import list_page

CURE = "no-unqualified-cure-claims"


def _fired(engine, intro: str, item: str) -> bool:
    verdict = engine.check_page("https://clinic.example/p/",
                                list_page("Shop Supplements", intro, item))
    return any(f.rule_id == CURE and (f.sentence or "").startswith(item[:30])
               for f in verdict.findings)


@pytest.mark.parametrize(("intro", "item", "fires"), [
    ("The FDA's warning letters cited claims that the supplements:",
     "cure diabetes, reverse Alzheimer's disease and shrink tumors", False),
    ("Sellers online say their eye drops:", "cure cataracts and glaucoma for good", False),
    # ... neighbours: the clinic's own intro, same items
    ("Our formula is proven to:",
     "cure diabetes, reverse Alzheimer's disease and shrink tumors", True),
    ("Customers say our eye drops:", "cure cataracts and glaucoma for good", True),
])
def test_an_intro_reports_others_claims(engine, intro: str, item: str, fires: bool) -> None:
    assert _fired(engine, intro, item) is fires
