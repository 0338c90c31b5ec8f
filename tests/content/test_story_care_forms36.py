"""Golden tests (stop 36, stories36): a drug class of approved care named with its dosage form
("antibiotic drops", "antihistamine eye drops", "steroid nasal spray") is that care, so a story
that credits it credits approved care, not the page's "drops" (the supplements class names any
"drops"). Drops the seller sells, drops of no approved kind, or drops a seller calls
"anti-inflammatory" are read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Natural Remedies for Eyes and Sinuses"


@pytest.mark.parametrize(("story", "fires"), [
    ("The antibiotic drops our pediatrician gave us cleared my daughter's conjunctivitis in "
     "three days.", False),
    ("My hay fever is well controlled with the antihistamine drops my allergist prescribed.",
     False),
    ("My cold sores healed within days with the antiviral capsules from my GP.", False),
    # ... the seller's drops, or drops of no approved kind
    ("These herbal eye drops cleared my daughter's conjunctivitis in three days.", True),
    ("My hay fever is well controlled with the elderflower drops I order here.", True),
    ("Our anti-inflammatory drops calmed my eczema in two days.", True),
])
def test_approved_care_by_its_form(engine, story: str, fires: bool) -> None:
    body = ("<p>Our shop stocks herbal drops, sprays and teas.</p>"
            + story_quote(story, "Sam, Bristol"))
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
