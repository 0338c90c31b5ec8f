"""Golden tests (issue 13, stop 35, negatives21): classes read in the dev half of fresh21n.yaml
(mental-health, addiction, ketamine and TMS clinic pages), each with a near sentence on the
other side. Sentences are written for these tests, not taken from a corpus file.

- "Drops" is also the noun of a fall in a measure, as trial results and leaflets tell it
  ("larger drops in depression scores than placebo", "drops in blood pressure on standing"):
  then it is no dosage form and names no product; "two drops in each eye" and "our CBD drops"
  still do.
- "SAD" is the short name MedlinePlus and the NHS give seasonal affective disorder; as an
  all-caps short form it is read only in capitals, never as the word "sad".
- The clinic's own care by its plain name ("our program", "our center", already the clinic's
  product) is written in British spelling too ("our programme", "our centre"); and the clinic
  as a place or a programme is no product beside the approved care the sentence says it gives
  ("Our centre treats anxiety with CBT and medication", "Our clinic treats PTSD with EMDR"),
  while a product named beside that care ("with IV vitamin drips and CBT") still fires.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES, reported

DISEASE = "unapproved-disease-claim"


def _claim_rules(engine: ContentEngine, title: str, body: str) -> set[str]:
    html = (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Riverbend Health</title>"
            f"</head><body><main><article><h1>{title}</h1>{body}</article></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/p/", html, status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


@pytest.mark.parametrize(("title", "sentence"), [
    ("Ketamine Therapy", "In the clinical trials, adults with treatment-resistant depression who "
     "added Spravato to an oral antidepressant had larger drops in depression scores at four "
     "weeks than those who added a placebo spray."),
    ("Depression and Anxiety Care", "Patients with depression who took sertraline had larger "
     "drops in depression scores than those on placebo."),
    ("High Blood Pressure", "Patients with high blood pressure who took lisinopril had larger "
     "drops in blood pressure than those on placebo."),
])
def test_drops_in_a_measure_name_no_product(engine: ContentEngine, title: str,
                                            sentence: str) -> None:
    assert _claim_rules(engine, title, f"<p>{sentence}</p>") == set()


@pytest.mark.parametrize("sentence", [
    "Our CBD drops ease anxiety and insomnia.",
    "Put two drops in each eye to relieve dry eye.",
    "Take ten of our herbal drops in water to calm anxiety.",
])
def test_drops_as_a_dosage_form_still_name_the_product(engine: ContentEngine,
                                                        sentence: str) -> None:
    assert reported(engine, DISEASE, "Natural Remedies", f"<p>{sentence}</p>") == [sentence]


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Frequency therapy treats SAD in two weeks.", True),
    ("Our bioresonance sessions ease SAD within a month.", True),
    # the word "sad", and SAD told as patient information
    ("Frequency therapy helps when you feel sad in winter.", False),
    ("Seasonal affective disorder (SAD) is a type of depression that comes and goes with the "
     "seasons; light therapy and talking therapies can help.", False),
])
def test_sad_is_seasonal_affective_disorder(engine: ContentEngine, sentence: str,
                                            fires: bool) -> None:
    found = reported(engine, DISEASE, "Wellness Sessions", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize(("sentence", "fires"), [
    # the clinic's own care by its plain name, in British spelling as in US spelling
    ("Our programme resets the stress response that keeps PTSD going.", True),
    ("Our centre calms anxiety and lifts depression in six sessions.", True),
    ("Our program lifts depression in six sessions.", True),
    # ... and the same clinic giving approved care it names
    ("Our programme helps people with opioid addiction through counselling and buprenorphine.",
     False),
    ("Our centre treats depression and anxiety with CBT and medication.", False),
    ("Our clinic treats PTSD with EMDR, a therapy NICE recommends.", False),
])
def test_the_clinic_by_its_british_name_and_the_care_it_gives(engine: ContentEngine,
                                                              sentence: str,
                                                              fires: bool) -> None:
    found = reported(engine, DISEASE, "Depression and Anxiety Care", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize("sentence", [
    # a product beside the approved care is still the claim's product
    "Our clinic treats depression with IV vitamin drips and CBT.",
    "Our clinic treats depression with bioresonance sessions and CBT.",
    "Our clinic treats arthritis with herbal remedies and acupuncture.",
])
def test_a_product_beside_the_approved_care_still_fires(engine: ContentEngine,
                                                         sentence: str) -> None:
    assert reported(engine, DISEASE, "Depression and Anxiety Care", f"<p>{sentence}</p>") \
        == [sentence]
