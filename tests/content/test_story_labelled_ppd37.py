"""Golden tests (stop 37, stories37): the neuroactive steroids approved for postpartum depression
(zuranolone, Zurzuvae 2023; brexanolone, Zulresso 2019; labelled-uses.yaml) are approved care
for that labelled use: a story in which zuranolone got the teller through postpartum depression
credits that care, not the page's product. The same drug for a use its label does not name
(anxiety), and a product of ours, stay claims. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Postpartum Wellness Supplements"


@pytest.mark.parametrize(("story", "fires"), [
    ("My OB diagnosed postpartum depression at my six-week visit. Zuranolone and weekly therapy "
     "got me through it.", False),
    # outside the label, and the seller's product
    ("My OB diagnosed anxiety at my six-week visit. Zuranolone cleared my anxiety in a week.",
     True),
    ("My OB diagnosed postpartum depression at my six-week visit. These saffron capsules got me "
     "through it.", True),
])
def test_a_labelled_ppd_drug_in_a_story(engine, story: str, fires: bool) -> None:
    body = "<p>Browse our postpartum range.</p>" + story_quote(story, "Ana, Fresno")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
