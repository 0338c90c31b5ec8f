"""Golden tests (issue 13): an unapproved product offered in place of the care a condition
needs is offered for that condition.

"A safe alternative to hip replacement surgery", "our tea in place of chemotherapy", "helps
patients avoid dialysis": the page names no disease, but the care it sets the product against
does (rules/lexicons/conditions-consumer.yaml, `implied` and `replaced`, each the standard care
MedlinePlus names for its conditions), after a word of substitution
(claimread.SUBSTITUTED_CARE). Each row: the exact sentence the rule reports, or nothing for a
near sentence (the substitution denied, hedged, advised by no seller, or made by approved
care). Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

DISEASE = "unapproved-disease-claim"
INFECT = "infectious-disease-claim"
STEM = "Stem Cell Therapy"
HERBS = "Herbal Supplements"
OZONE = "Ozone Therapy"
ORTHO = "Orthopedic Surgery"

CASES = [
    (DISEASE, STEM, "Our stem cell injections are a safe alternative to hip replacement "
                    "surgery.", True),
    # the care coordinated ("knee and shoulder surgery")
    (DISEASE, STEM, "PRP therapy is the natural alternative to knee and shoulder surgery.",
     True),
    # care no longer needed: the negation is the claim
    (DISEASE, STEM, "Most of our patients never need the knee replacement their surgeon "
                    "recommended.", True),
    (DISEASE, HERBS, "Thousands choose our herbal tea in place of chemotherapy.", True),
    (DISEASE, HERBS, "Our IV protocol helps patients avoid dialysis.", True),
    (DISEASE, STEM, "Patients with worn-out knees choose our cell therapy over a knee "
                    "replacement.", True),
    (DISEASE, HERBS, "Serene Mood Drops are an all-natural alternative to antidepressants.",
     True),
    # the care of an infection, named with it: not approved care but what the product replaces
    (INFECT, OZONE, "With our ozone sessions you won't need antibiotics for a sinus "
                    "infection.", True),
    (INFECT, OZONE, "Our ozone sauna is a natural alternative to antibiotics.", True),
    # near sentences: the substitution denied, hedged, asked about, or made by approved care
    (DISEASE, STEM, "Stem cell injections are not an alternative to hip replacement "
                    "surgery.", False),
    (DISEASE, STEM, "Whether PRP can delay knee replacement is still being studied.", False),
    (DISEASE, ORTHO, "Ask your surgeon about alternatives to knee replacement, such as "
                     "physical therapy or bracing.", False),
    (DISEASE, ORTHO, "Recovery after hip replacement surgery takes about six weeks.", False),
    (DISEASE, ORTHO, "A cortisone injection may put off the need for a knee replacement for "
                     "some months.", False),
    (DISEASE, STEM, "We do not offer PRP as a substitute for surgery your surgeon "
                    "recommends.", False),
    (INFECT, OZONE, "Ozone is not a substitute for antibiotics, and we never say it is.",
     False),
]


@pytest.mark.parametrize(("rule", "title", "sentence", "fires"), CASES,
                         ids=[f"{c[0]}-{'fires' if c[3] else 'clear'}-{i}"
                              for i, c in enumerate(CASES)])
def test_the_care_a_product_replaces_names_its_condition(
        engine: ContentEngine, rule: str, title: str, sentence: str, fires: bool) -> None:
    assert reported(engine, rule, title, f"<p>{sentence}</p>") == ([sentence] if fires else [])
