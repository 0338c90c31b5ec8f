"""Golden tests (issue 13, stop 36, coordinator): a denial or a risk told in an independent
clause of its own (between semicolons) that names no condition and holds no predicate does not
cover the claim of the next clause, as a NegEx scope ends at a clause boundary: "Pills don't
always work; our hyperbaric therapy treats the cause of chronic illness" denies the pills. A
denial in the claim's own clause, or one that holds its own predicate, still covers it.
Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

DISEASE = "unapproved-disease-claim"
TITLE = "Hyperbaric Oxygen Center"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Pills don't always work; our hyperbaric therapy treats the cause of chronic illness.",
     True),
    ("Medication brings more complications; our hyperbaric sessions relieve fibromyalgia.",
     True),
    # the denial in the claim's own clause, or holding a predicate of its own
    ("Our hyperbaric therapy does not cure fibromyalgia; ask your rheumatologist.", False),
    ("Our oxygen drink is a supplement; it is not a substitute for your asthma inhaler.",
     False),
    ("Our hyperbaric sessions do not treat fibromyalgia.", False),
])
def test_a_denial_in_a_clause_of_its_own_does_not_cover_the_claim(engine: ContentEngine,
                                                                  sentence: str,
                                                                  fires: bool) -> None:
    found = reported(engine, DISEASE, TITLE, f"<p>{sentence}</p>")
    assert bool(found) is fires, found
