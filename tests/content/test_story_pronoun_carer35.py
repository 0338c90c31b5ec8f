"""Golden tests (stop 35, rewrites35): in a patient's story, approved care started by "she" or
"he" after the story named a clinician ("I went to see a doctor ... she started me on
escitalopram") is the clinician's care, and the outcome told after it is that care's, as "my
doctor started me on" already is; the page's product is not credited. A product of ours started
so, or care a non-clinician started, is read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

TITLE = "Homeopathic Remedies"


@pytest.mark.parametrize(("story", "fires"), [
    ("I put off seeing a doctor about my depression for a year. When I finally went, she started "
     "me on sertraline, and within two months I was myself again.", False),
    ("I saw a psychiatrist about my depression. Then he put me on bupropion, and within weeks I "
     "was myself again.", False),
    # ... our product started so, or by someone who is no clinician of the story
    ("I put off seeing a doctor about my depression for a year. When I finally went, she started "
     "me on these pellets, and within two months I was myself again.", True),
    ("My sister swore by homeopathy for her depression. She started me on these pellets, and "
     "within two months I was myself again.", True),
])
def test_pronoun_carer(engine, story: str, fires: bool) -> None:
    body = ("<p>Our pharmacy stocks homeopathic pellets, drops and kits.</p>"
            + story_quote(story, "Anonymous, Oregon"))
    assert ("unapproved-disease-claim" in article_rules_fired(engine, TITLE, body)) is fires
