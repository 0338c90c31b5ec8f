"""Golden tests (stop 35, rewrites35): no-guaranteed-results' "keep it off for life" pattern
matches from the sentence's start, so the negation before "keep" is read in the pattern: a
denied permanence ("is not shown to keep the weight off for life") guarantees nothing; the
promise, and a negation elsewhere in the sentence, still fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import rules_fired

TITLE = "Weight Loss Clinic"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our gastric sleeve is not proven to keep the weight off for good; some weight often returns.",
     False),
    ("The balloon does not keep the pounds off forever without changes in diet.", False),
    ("Our injections won't keep it off permanently on their own.", False),
    ("Lose the weight with our balloon and keep it off for life.", True),
    ("Lose the weight and keep it off for good, not just for a season.", True),
])
def test_kept_off_denied(engine, sentence: str, fires: bool) -> None:
    assert ("no-guaranteed-results" in rules_fired(engine, TITLE, sentence)) is fires
