"""A cure with no agent of its own, told beside a sentence of its paragraph that names approved
care, is patient information about that care; a cure the seller, a product, a contrast or a
patient's own story carries stays a claim (no-unqualified-cure-claims, `approved_care_subject`)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "no-unqualified-cure-claims"


def _reported(engine: ContentEngine, title: str, paragraph: str) -> list[str]:
    html = (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<p>{paragraph}</p></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    return [f.sentence for f in verdict.findings if f.rule_id == RULE]


@pytest.mark.parametrize(("title", "paragraph"), [
    ("Hepatitis C", "Hepatitis C can be cured. Direct-acting antiviral pills taken for 8 to 12 "
                    "weeks clear the virus in more than 95 out of 100 people."),
    ("Patient Stories", "When Kevin's hepatitis C was found at a routine checkup, his doctor "
                        "prescribed 12 weeks of an antiviral pill. Three months after he "
                        "finished, tests showed he was cured."),
    ("Tuberculosis", "Treatment for tuberculosis takes at least four to six months of antibiotics "
                     "such as isoniazid and rifampin. Taking every dose is what cures the "
                     "infection and stops drug-resistant TB from developing."),
    ("Scabies", "Permethrin cream is applied from the neck down and washed off after 8 to 14 "
                "hours. One or two treatments usually cure scabies."),
    # the cure of an infection approved care is labelled to cure (curable-infections.yaml),
    # told with that care: its typical outcome, in a patient's story too (stop 37: this story
    # was a claim before, the coordinator's decision moved it)
    ("Hepatitis C", "My hepatitis C was cured with twelve weeks of pills. I wish I had been "
                    "tested years earlier."),
    ("Patient Stories", "The TB nurse came to my home every week with my medicine. Nine months "
                        "later I finished treatment and my doctor says I'm cured."),
    ("Hepatitis C", "Most people with hepatitis C are cured after taking tablets for 8 to 12 "
                    "weeks."),
])
def test_a_cure_beside_approved_care_is_patient_information(engine, title, paragraph) -> None:
    assert _reported(engine, title, paragraph) == []


@pytest.mark.parametrize(("title", "paragraph", "sentence"), [
    ("Cancer Support", "Chemotherapy is not the only way. Cancer can be cured.",
     "Cancer can be cured."),
    ("Diabetes Reversal", "Metformin only masks the problem. Diabetes can be cured.",
     "Diabetes can be cured."),
    ("Lyme Disease Care", "Doctors prescribe antibiotics for Lyme disease. But Lyme can be cured "
                          "naturally.", "But Lyme can be cured naturally."),
    ("Cancer Support", "Cancer can be cured. We have seen it happen with our vitamin C "
                       "infusions.", "Cancer can be cured."),
    ("Hepatitis Support", "Antivirals are expensive. Milk thistle cures hepatitis C.",
     "Milk thistle cures hepatitis C."),
    # a story's cure of a chronic condition, whatever the care it credits
    ("Fibromyalgia", "My fibromyalgia was cured with twelve weeks of pills. I wish I had been "
                     "told years earlier.",
     "My fibromyalgia was cured with twelve weeks of pills."),
    # a curable infection cured by what is no approved care, or set against the care
    ("Hepatitis C", "My hepatitis C was cured naturally with twelve weeks of herbal pills.",
     "My hepatitis C was cured naturally with twelve weeks of herbal pills."),
    ("Patient Stories", "My hepatitis C and my fibromyalgia were cured with twelve weeks of "
                        "pills.",
     "My hepatitis C and my fibromyalgia were cured with twelve weeks of pills."),
])
def test_a_cure_the_care_does_not_carry_stays_a_claim(engine, title, paragraph, sentence) -> None:
    assert _reported(engine, title, paragraph) == [sentence]


def test_an_otc_antifungal_heading_that_cures_athletes_foot_is_its_label(engine) -> None:
    """The OTC antifungal monograph's own words (21 CFR 333.250) as a heading under the brand."""
    html = ("<html><head><title>Athlete's foot</title></head><body><main>"
            "<h1>Athlete's foot</h1><h2>Lamisil\u00ae AT cures most athlete's foot</h2>"
            "<p>Apply once a day for one week.</p></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    assert [f.sentence for f in verdict.findings if f.rule_id == RULE] == []


def test_a_cure_of_a_curable_infection_by_no_care_stays_a_claim(engine) -> None:
    """The care named only in the sentence before does not carry a cure with its own agent."""
    assert _reported(engine, "Hepatitis Support",
                     "Antivirals are expensive. Milk thistle cures hepatitis C.") == [
        "Milk thistle cures hepatitis C."]
