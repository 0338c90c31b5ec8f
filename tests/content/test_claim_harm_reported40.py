"""Golden tests (stop 40, fixdebunk40): a harm people report, suffered or developed after the
care, as a news report tells it, is what the care did to them, not what it treats (the
disease rules' scope stop "a harm it caused", scopes.HARM_CAUSED): pool f14nn-092's headline.
The same report with a word of easing between ("less", "relief", "disappears") tells a benefit
and still fires. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, article_rules_fired

STEM_CELLS = "Stem Cell Therapy"


@pytest.mark.parametrize(("body", "fires"), [
    ("<h2>Stem Cell Clinic Patients Report Vision Loss After Eye Injections</h2>"
     "<p>Read the story.</p>", False),
    ("<p>Patients report less knee pain after our stem cell injections.</p>", True),
    ("<p>Patients report their arthritis pain disappears after stem cell injections.</p>", True),
    ("<p>Patients report knee pain relief after our stem cell injections.</p>", True),
])
def test_a_harm_reported_after_the_care(engine, body: str, fires: bool) -> None:
    assert bool(article_rules_fired(engine, STEM_CELLS, body) & CLAIM_RULES) is fires
