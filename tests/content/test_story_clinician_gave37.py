"""Golden tests (stop 37, stories37): in a patient's story, the teller's own clinician who gave
the care ("Her physiotherapist showed us tummy time and repositioning") in the clause before the
outcome's, or in the sentence before it, is the outcome's agent ("..., and her head shape had
improved by her first birthday"), whatever words name that care. Not a chiropractor (whose
adjustments a chiropractic page sells), nor an outcome told with means of its own ("improved
after six weeks of our neurofeedback sessions"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Natural Wellness Care for Babies"


@pytest.mark.parametrize(("story", "fires"), [
    ("Our daughter was diagnosed with plagiocephaly at four months. Her physiotherapist showed "
     "us tummy time and repositioning, and her head shape had improved by her first birthday.",
     False),
    # the page's own kind of practitioner, and an outcome with means of its own
    ("Our daughter was diagnosed with plagiocephaly at four months. Her chiropractor showed us "
     "gentle adjustments, and her head shape had improved by her first birthday.", True),
    ("Our son was diagnosed with plagiocephaly at four months. His pediatrician referred us to a "
     "helmet clinic. His head shape improved after six of our cranial adjustments.", True),
])
def test_the_clinician_who_gave_the_care(engine, story: str, fires: bool) -> None:
    body = "<p>Gentle care for growing bodies.</p>" + story_quote(story, "Mia's mom")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
