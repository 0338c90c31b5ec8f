"""Golden tests (stop 36, stories36): in a patient's story, a dosage form as the definite subject
of the outcome's clause ("The monthly shot cut my cravings") points back to the approved drug an
earlier sentence named ("I was nervous about starting Vivitrol"): the story credits that care, not
the page's product. Not when the story names a product of ours the form may point to ("so I tried
these kudzu capsules instead. The pills cut my cravings"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Recovery Support Products"


@pytest.mark.parametrize(("story", "fires"), [
    ("I was nervous about starting Vivitrol for my drinking. The monthly shot cut my cravings "
     "within weeks.", False),
    ("I was nervous about starting Sublocade for my opioid addiction. The monthly shot took away "
     "my cravings.", False),
    # ... a product of ours the form may point to
    ("I was nervous about starting Vivitrol for my drinking, so I tried these kudzu capsules "
     "instead. The pills cut my cravings in a week.", True),
])
def test_a_form_points_back_to_approved_care(engine, story: str, fires: bool) -> None:
    body = "<p>Browse our recovery support range.</p>" + story_quote(story, "Grace, Reno")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
