"""Golden tests (stop 37, stories37): in a patient's story, a demonstrative pseudo-cleft right
before the outcome ("..., and that is what got me through") sums up the care its sentence told:
approved care told there ("My clinic gave me buprenorphine and checked on me every day") is the
outcome's agent, not the page's product. Not when the sentence names a product of ours ("gave me
kratom capsules") or tells the care failing before other care. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Opioid Withdrawal Support Products"


@pytest.mark.parametrize(("story", "fires"), [
    ("Day three of withdrawal was the hardest. My clinic gave me buprenorphine and checked on me "
     "every day, and that is what got me through.", False),
    ("The first week off opioids was awful. My doctor started me on methadone, and that's what "
     "got me through the withdrawal.", False),
    # a product of ours in the sentence, and approved care that failed before it
    ("Day three of withdrawal was the hardest. My clinic gave me kratom capsules and checked on "
     "me every day, and that is what got me through.", True),
    ("Day three of withdrawal was the hardest. My doctor gave me buprenorphine but it did "
     "nothing, so I tried the kratom capsules, and that is what got me through.", True),
])
def test_that_is_what_got_me_through(engine, story: str, fires: bool) -> None:
    body = "<p>Browse our withdrawal support range.</p>" + story_quote(story, "Sam, Tulsa")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
