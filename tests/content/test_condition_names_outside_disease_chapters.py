"""Golden tests (issue 13, stop 36, coordinator): conditions whose ICD-10-CM codes sit in the
symptom and injury chapters (R, T) that the condition vocabulary is not built from, named as
MedlinePlus and the NHS name them (rules/lexicons/conditions-consumer.yaml): suicidal thoughts,
altitude sickness, heat stroke, frostbite, heavy periods, bedwetting, teeth grinding; and among
infections thrush, BV and verrucas. Each claim beside a sentence of patient information naming
the same condition that must stay quiet. Sentences are written for these tests, not taken from
a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import harbor_claim_rules

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"
TITLE = "Wellness Shop"


@pytest.mark.parametrize(("rule", "sentence", "fires"), [
    (DISEASE, "Our canned oxygen prevents altitude sickness on every hike.", True),
    (DISEASE, "Our NAD+ drip ends suicidal thoughts within a day.", True),
    (DISEASE, "Our electrolyte drink prevents heat stroke during summer training.", True),
    (DISEASE, "Our herbal tea eases heavy periods.", True),
    (DISEASE, "Our magnesium spray relieves teeth grinding in children.", True),
    (DISEASE, "Our homeopathic drops stop bedwetting in a week.", True),
    (INFECTIOUS, "Our colloidal silver gel clears thrush in two days.", True),
    (INFECTIOUS, "Our tea tree pessaries cure BV naturally.", True),
    # the same conditions told as patient information
    (DISEASE, "If you have suicidal thoughts, call or text 988 at any time.", False),
    (DISEASE, "Altitude sickness is more likely above 2,500 metres; climb slowly.", False),
    (DISEASE, "Heat stroke is an emergency: call 911 and cool the person down.", False),
    (INFECTIOUS, "Thrush is a common yeast infection; a pharmacist can advise you.", False),
])
def test_conditions_coded_outside_the_disease_chapters(engine: ContentEngine, rule: str,
                                                       sentence: str, fires: bool) -> None:
    found = harbor_claim_rules(engine, TITLE, f"<p>{sentence}</p>")
    # (a cure verb's claim is reported once, as the cure claim it also is)
    assert bool(found & {rule, CURE}) is fires, found



@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our IV protocol treats the root cause of chronic illness.", True),
    ("Our amino acid drips heal mental health conditions without medication.", True),
    ("Our herbal blend helps couples who have struggled for years to conceive.", True),
    ("Our injection melts the tissue in men with enlarged breasts.", True),
    ("Our maca capsules restore erections in men over 50.", True),
    ("Our eye vitamins restore sharp vision in a week.", True),
    ("Our tea tree wipes soothe itchy, swollen eyelids.", True),
    # the same classes told as patient information, or a plan rather than a condition
    ("Many people with a chronic illness also live with depression; ask us about support.",
     False),
    ("Mental health conditions are common, and talking therapies and medicines both help.",
     False),
    ("Folic acid is recommended for women who are trying to conceive.", False),
])
def test_classes_of_disease_and_lay_names_of_infertility_and_impotence(engine: ContentEngine,
                                                                      sentence: str,
                                                                      fires: bool) -> None:
    found = harbor_claim_rules(engine, TITLE, f"<p>{sentence}</p>")
    assert bool(found & {DISEASE, CURE}) is fires, found
