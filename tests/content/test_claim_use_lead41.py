"""Golden tests of the use intro (issue 13, stop 41, the coordinator's probes): a gerund list
item under an intro that names what the product is used for ("Our members take it for:" /
"Getting back to sport after a knee injury") is the product's use, a claim; under any other
intro with "for" in it ("Ask us about options for:", "Support for:") it is the reader's own
deed, as before. And a story's "I don't need it" is care given up only in a clinician's words
or "after all", not in "I know I don't need it for my diabetes; my metformin does that job"."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_page, list_page, reported_on, story_quote

UNAPPROVED = "unapproved-disease-claim"
REGEN = "Stem Cell and PRP Injections"
SHOP = "Shop Supplements"
GETTING_BACK = "Getting back to sport after a knee injury"
STRESS = "Managing stress, which can make IBS worse"
TASTE = "I like the taste, but I know I don't need it for my diabetes; my metformin does that job."

# (fires, page, the sentence the finding must be on)
CASES = [
    (True, list_page(REGEN, "Our patients use the injections for:", GETTING_BACK), GETTING_BACK),
    (False, list_page(REGEN, "Ask us about options for:", GETTING_BACK), GETTING_BACK),
    (False, list_page(REGEN, "Who it's for:", GETTING_BACK), GETTING_BACK),
    (True, list_page(SHOP, "Our customers take it for:", STRESS), STRESS),
    (False, list_page(SHOP, "Support for:", STRESS), STRESS),
    (True, article_page(SHOP, story_quote("My nurse was about to put me on insulin. After three "
                                          "months of GlucoBalance she told me I don't need it.",
                                          "Dana, Tulsa")), "she told me I don't need it"),
    (False, article_page(SHOP, story_quote(TASTE, "Dana, Tulsa")), "I don't need it"),
]


@pytest.mark.parametrize(("fires", "html", "sentence"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_use_intro_and_care_not_needed(engine, fires, html, sentence) -> None:
    reported = reported_on(engine, UNAPPROVED, html)
    assert any(sentence in found for found in reported) is fires, reported
