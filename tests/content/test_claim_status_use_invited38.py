"""Golden tests (issue 13, stop 38): an approved drug's FDA approval given as the reader's
warrant to use it for a use its label does not name ("Hydroxychloroquine is FDA-approved, so it
is safe to use for COVID-19"; "It is FDA approved, so you can take it for the flu" after a
sentence naming the drug) claims an approval the drug does not have for that use, as the
seller's "our ... is FDA approved" does. The same warrant for a labelled use, a use denied,
and a drug with no label entry stay quiet. Written for these tests, not taken from a corpus
file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

STATUS = "false-fda-approval-claim"
PAGE = "Telehealth Prescriptions"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Hydroxychloroquine is FDA-approved, so it is safe to use for COVID-19.", True),
    ("Ivermectin has been prescribed for decades. It is FDA approved, so you can take it for "
     "the flu with confidence.", True),
    # neighbours: a labelled use, a use denied, a drug with no label entry
    ("Hydroxychloroquine is FDA-approved for lupus, so it is safe to use for lupus flares under "
     "your rheumatologist's care.", False),
    ("Ivermectin is FDA-approved for parasites, but it is not safe to use for COVID-19.", False),
    ("Paxlovid is FDA-approved, so it is safe to use for COVID-19 in adults at high risk.",
     False),
])
def test_an_approval_given_as_the_warrant_for_an_unlabelled_use(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert bool(reported_on(engine, STATUS, article_page(PAGE, sentence))) is fires
