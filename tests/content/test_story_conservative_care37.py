"""Golden tests (stop 37, stories37): stretching and splints are the conservative care guidelines
name first for foot, tendon and joint pain (AAOS OrthoInfo), approved care as "exercises" are
(products.yaml approved-care): a story whose plantar fasciitis got better with stretching and
night splints tells that care's outcome, not the page's product's. A story crediting the
page's product beside them, or healed by it after they failed, stays a claim. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Platelet-Rich Plasma"


@pytest.mark.parametrize(("story", "fires"), [
    ("My plantar fasciitis slowly got better over a few months with stretching, night splints "
     "and new shoes.", False),
    ("My plantar fasciitis slowly got better over a few months with stretching, night splints "
     "and your PRP shots.", True),
    ("My plantar fasciitis finally healed after three PRP injections, when stretching and "
     "splints had done nothing.", True),
])
def test_stretching_and_splints_in_a_story(engine, story: str, fires: bool) -> None:
    body = "<p>Ask about our services.</p>" + story_quote(story, "Dee, Boise")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
