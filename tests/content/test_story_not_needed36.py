"""Golden tests (stop 36, stories36): the care a story needed before, told not used since ("I
have not reached for it once", "he has not needed it since"), is the story's outcome said with a
negation (predicates.yaml, negated_outcomes), as "I haven't had a single flare since" is: the
negation is the claim, not a denial of it. The same outcome told after care of the teller's own
clinician is that care's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Stem Cell Therapy"


@pytest.mark.parametrize(("story", "fires"), [
    ("I used to need a cane on bad arthritis days. Since my treatment here I have not reached "
     "for it once.", True),
    ("My husband relied on a walker for his arthritis. After his cell treatment he has not "
     "needed it since.", True),
    # ... told of the care the teller's own clinician started
    ("My arthritis was bad and I needed a cane. I have not reached for it since my "
     "rheumatologist started me on methotrexate.", False),
])
def test_care_not_needed_since(engine, story: str, fires: bool) -> None:
    body = "<p>Our clinic offers cell treatments.</p>" + story_quote(story, "Ann, Tucson")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
