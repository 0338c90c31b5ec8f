"""Golden tests (stop 39, fpfix39a): a test, scan or session guaranteed to find the cause of
the reader's condition ("guaranteed to reveal the hidden cause of your fatigue", fresh32n dev
f32n-015) is a guarantee of a clinical outcome (no-guaranteed-results: the frame
<guarantee-to> <cause-found>). Negated, reported and a service's delivery guaranteed stay
quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

GUARANTEE = "no-guaranteed-results"
TITLE = "Chelation and Detox Therapy"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("One bio-energetic scan is guaranteed to reveal the hidden cause of your fatigue.", True),
    ("Our stool panel is guaranteed to pinpoint the root cause of your bloating.", True),
    ("Every hair mineral test guarantees to uncover the real cause of your headaches.", True),
    # ... negated, reported (practitioners, like clinics, are others who sell it), a delivery
    # guaranteed
    ("No scan is guaranteed to find the cause of your fatigue.", False),
    ("Some practitioners say one scan is guaranteed to reveal the hidden cause of your fatigue; "
     "no device can promise that.", False),
    ("Your report is guaranteed to reach you within 48 hours.", False),
])
def test_a_cause_guaranteed_found(engine, sentence: str, fires: bool) -> None:
    assert (GUARANTEE in article_rules_fired(engine, TITLE, f"<p>{sentence}</p>")) is fires
