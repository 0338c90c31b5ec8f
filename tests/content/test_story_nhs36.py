"""Golden tests (stop 36, stories36): a service of the NHS and what it gives ("the NHS long COVID
clinic's pacing plan", "an NHS pain service") is approved care (products.yaml, approved-care), so
a story that credits it credits approved care, not the page's product; a story that credits the
page's own treatment beside it is read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Hyperbaric Oxygen Therapy"


@pytest.mark.parametrize(("story", "fires"), [
    ("Months of long Covid. The NHS post-COVID service's pacing plan is slowly bringing my "
     "energy back.", False),
    ("My fibromyalgia pain eased after the NHS pain service's physiotherapist set me a "
     "pacing plan.", False),
    # ... the page's own treatment credited
    ("Two years of fibromyalgia. The NHS pain clinic did nothing, but ten sessions in your "
     "hyperbaric chamber eased my fibromyalgia pain.", True),
])
def test_nhs_care_credited(engine, story: str, fires: bool) -> None:
    body = "<p>Our chamber sessions last an hour.</p>" + story_quote(story, "Helen, Leeds")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
