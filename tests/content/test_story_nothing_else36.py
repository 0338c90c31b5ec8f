"""Golden tests (stop 36, stories36): "when nothing else worked", "where no other treatment had
helped" tell what all other care failed to do, closing the clause, as "when antibiotics
couldn't" does (claimread._CARE_FAILED): its "nothing" denies nothing the story claims, so a
story the learned model rates a claim is not stopped by it. A story whose own product did
nothing is still no claim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

INFECTIOUS = "infectious-disease-claim"
TITLE = "Shop Supplements"


@pytest.mark.parametrize(("story", "fires"), [
    ("This tincture got rid of my chronic Lyme when nothing else worked.", True),
    ("These capsules got rid of my chronic Lyme where no other treatment had helped.", True),
    # ... the product itself did nothing
    ("This tincture did nothing for my chronic Lyme, and nothing else worked either.", False),
])
def test_nothing_else_worked(engine, story: str, fires: bool) -> None:
    body = "<p>Browse our tinctures and capsules.</p>" + story_quote(story, "Jo, Maine")
    assert (INFECTIOUS in article_rules_fired(engine, TITLE, body)) is fires
