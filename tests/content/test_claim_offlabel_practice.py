"""Golden tests (disease-claim type, approved drugs outside their labels): what doctors do with
an approved drug outside its label, told as medical practice by no one who offers it ("Some
doctors prescribe metformin for polycystic ovary syndrome"), is patient information; the same
drug and use offered by the seller, or told as what the drug does, is a claim."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"

CASES = [
    (DISEASE, False, "pt", "Some doctors prescribe metformin for polycystic ovary syndrome."),
    (DISEASE, True, "Longevity Medicine",
     "Our doctors prescribe metformin for polycystic ovary syndrome."),
    (DISEASE, False, "pt", "Propranolol can be prescribed for performance anxiety."),
    (DISEASE, True, "Anxiety Care", "Propranolol cures performance anxiety."),
    (DISEASE, False, "pt", "Prazosin is sometimes prescribed for nightmares in PTSD."),
    (DISEASE, True, "Ketamine Therapy", "Ketamine infusions ease the nightmares of PTSD."),
]


@golden_sentences(CASES)
def test_offlabel_practice(engine: ContentEngine, rule: str, fires: bool, title: str,
                           sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
