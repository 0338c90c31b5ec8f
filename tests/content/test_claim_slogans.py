"""Golden tests (disease-claim type): claims told as slogans and euphemisms. A condition made an
adjective of its absence ("seizure-free") and a headline farewell to a condition ("Goodbye Knee
Pain") are predicates; "gluten-free" and a farewell to crutches name no condition. Autism named
as people write it, with the person ("kids on the spectrum"), is the condition."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"

CASES = [
    (DISEASE, True, "CBD Oils for Epilepsy", "Kids become seizure-free with our oil."),
    (DISEASE, True, "Stem Cell Therapy", "Goodbye Knee Pain, Hello Hiking"),
    (DISEASE, False, "shop", "Every capsule is gluten-free and dairy-free."),
    (DISEASE, False, "pt", "Goodbye crutches: what to expect as your ankle heals."),
    (DISEASE, True, "Hyperbaric Oxygen Therapy",
     "Our hyperbaric sessions help kids on the spectrum speak and focus."),
    (DISEASE, False, "pt", "Children on the autism spectrum often benefit from speech therapy."),
    # approved care that leaves the patient free of the condition is patient information
    (DISEASE, False, "pt",
     "About two in three people with epilepsy become seizure-free with medication."),
]


@golden_sentences(CASES)
def test_slogans(engine: ContentEngine, rule: str, fires: bool, title: str,
                 sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
