"""Golden tests (stop 37, stories37): in a patient's story, approved care the teller had, then a
bare "and" that opens the outcome's own clause with the teller's subject ("I finished six rounds
of chemotherapy for Hodgkin lymphoma two years ago and my scans are still clear"): the outcome is
that care's, as with ", and my scans ...". Not when the care is the seller's product ("six rounds
of our mistletoe infusions"), nor when other care is told between ("and then I tried the mistletoe
and my scans are clear"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Natural Cancer Support"


@pytest.mark.parametrize(("story", "fires"), [
    ("I finished six rounds of chemotherapy for Hodgkin lymphoma two years ago and my scans are "
     "still clear.", False),
    ("I completed radiation for my prostate cancer last spring and my PSA is now undetectable.",
     False),
    # the seller's own product as the care, and other care told between
    ("I finished six rounds of our mistletoe infusions for Hodgkin lymphoma two years ago and my "
     "scans are still clear.", True),
    ("I had chemotherapy for breast cancer and then I tried the mistletoe tincture and my scans "
     "are clear.", True),
])
def test_care_then_and_my_outcome(engine, story: str, fires: bool) -> None:
    body = "<p>Browse our natural support range.</p>" + story_quote(story, "Priya, 29")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
