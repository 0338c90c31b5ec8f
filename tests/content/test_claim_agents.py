"""Golden tests of who does the treating in a disease claim: the clinic's own clinicians are
the seller, not approved care ("Our doctors treat knee arthritis without surgery" on the stem
cell page is the clinic's claim for its product), while another clinician, approved care
named as the instrument, or no product of ours in context still clears it. Sentences written
for these tests (coordinator's probes, 5 Dec 2026), not from a letter."""

from __future__ import annotations

from tests.content.conftest import assert_fires_as_labelled, golden_sentences

STEM = "Stem Cell Therapy"
PRIMARY = "Primary Care and Family Medicine"
RULE = "unapproved-disease-claim"

CASES = [
    (RULE, True, STEM, "Our doctors treat knee arthritis without surgery."),
    (RULE, True, STEM, "Our physicians have helped hundreds of patients with MS walk again."),
    (RULE, True, STEM, "Our board-certified physician uses this therapy to treat autism."),
    # approved care named as the instrument, another clinician, or no product in context
    (RULE, False, STEM, "Our doctors prescribe approved medicines to treat arthritis flares."),
    (RULE, False, STEM, "Your doctor can treat knee arthritis with physical therapy and "
                        "approved medicines."),
    (RULE, False, PRIMARY, "Our doctors treat high blood pressure and type 2 diabetes."),
]


@golden_sentences(CASES)
def test_who_does_the_treating(engine, rule, fires, title, sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
