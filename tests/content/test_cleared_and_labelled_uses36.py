"""Golden tests (issue 13, stop 36, coordinator): approved care in its labelled or cleared use,
as patient-information pages name it. Intravenous iron (labelled-uses.yaml) is labelled for
iron deficiency anemia, and an infusion for it is care; the same infusion said to cure hair
loss or fatigue is outside its label. A hyperbaric chamber's cleared use "delayed radiation
injury" (products.yaml, the FDA's list) is also written "radiation damage". Sentences are
written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import harbor_claim_rules

DISEASE = "unapproved-disease-claim"
CURE = "no-unqualified-cure-claims"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("IV Therapy", "Your iron infusion will treat your anaemia within a few weeks.", False),
    ("IV Therapy", "IV iron corrects iron deficiency anemia when tablets are not enough.", False),
    ("IV Therapy", "Our iron infusions cure hair loss and chronic fatigue.", True),
    ("IV Therapy", "Our vitamin drips treat anemia.", True),
    ("Hyperbaric Medicine", "Hyperbaric oxygen helps heal radiation damage to the jaw.", False),
    ("Hyperbaric Medicine", "Our hyperbaric chamber heals nerve damage from diabetes.", True),
])
def test_labelled_and_cleared_uses_are_care(engine: ContentEngine, title: str, sentence: str,
                                            fires: bool) -> None:
    found = harbor_claim_rules(engine, title, f"<p>{sentence}</p>")
    assert bool(found & {DISEASE, CURE}) is fires, found


@pytest.mark.parametrize(("sentence", "fires"), [
    ("A root canal cleans out the infected pulp. It relieves the pain of an abscess and lets "
     "you keep your natural tooth.", False),
    ("Our natural remedy relieves the pain of an abscess.", True),
])
def test_natural_said_of_the_bodys_own_part_is_no_product(engine: ContentEngine, sentence: str,
                                                          fires: bool) -> None:
    """"Your natural tooth" is the patient's own tooth, not a natural product of ours."""
    found = harbor_claim_rules(engine, "Dental Care", f"<p>{sentence}</p>")
    assert bool(found & {DISEASE, CURE}) is fires, found
