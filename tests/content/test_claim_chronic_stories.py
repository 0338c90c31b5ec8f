"""Golden tests (issue 13, claims17b): the chronic-disease story forms supplement, chiropractic
and functional-medicine pages use.

- A medicine given up, named by its class (MedlinePlus's own pages: antidepressants, statins,
  blood thinners, opioids), names the condition it is for: "tapered off my antidepressants"
  is a story about depression, as "off my blood pressure pills" is about blood pressure.
- A before/after story told by its labels ("Before: A1C 9.2 ... After: 5.9") tells its outcome
  with the "After:" label, and the patient's words for blood sugar readings ("my fasting
  sugar", "my sugar was 300", "morning sugars") name the condition.
- Care kept off, tapered off or no longer needed ("stay off dialysis", "I haven't needed my
  anxiety meds since", "cut my insulin in half") is the outcome the product is credited with.
- An approved drug named by its brand and replaced or given up ("can replace your Synthroid",
  "get off Xanax") names the condition its label is for, as a drug class does.
- A result said of every person the product is for, whoever they are ("works for every type 2
  diabetic", "works for all women going through menopause"), is a guarantee.

The same forms crediting approved care (buprenorphine, Ozempic with an endocrinologist, the
teller's psychiatrist), a service that fits everyone's schedule, and patient information about
readings stay quiet. Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page, story_quote

DISEASE = "unapproved-disease-claim"
GUARANTEE = "no-guaranteed-results"

STORIES = [
    # a medicine of a class given up, the product credited
    ("Brain Support Capsules",
     "Since starting the capsules I've tapered off my antidepressants completely.", True),
    ("Heart Formula", "After three weeks on the drops I threw out my statins.", True),
    ("Recovery Oils", "Clean off opioids for a year now thanks to these oils.", True),
    # before/after told by its labels, and the patient's words for blood sugar
    ("Natural Diabetes Program",
     "Before: A1C 9.2 and two shots a day. After: A1C 5.9 and no shots.", True),
    ("Natural Diabetes Program", "BEFORE: 40 units of insulin a day. AFTER: none.", True),
    ("Natural Diabetes Program", "My fasting sugar went from 240 to 98 in six weeks.", True),
    ("Natural Diabetes Program", "Before the program my sugar was over 300. Now it's 110.",
     True),
    # care not needed since, a dose cut in half
    ("Calm Drops", "I haven't needed my anxiety meds since.", True),
    ("Joint Formula", "I don't take painkillers anymore.", True),
    ("Natural Diabetes Program", "Six weeks on the protocol and I cut my insulin in half.", True),
    # the same forms crediting approved care, or telling no condition
    ("Depression Care",
     "My psychiatrist helped me taper off my antidepressant slowly over three months.", False),
    ("Addiction Medicine",
     "Buprenorphine got me off opioids and I've been in recovery for two years.", False),
    ("Diabetes Care",
     "Before: A1C 9.1. After six months on Ozempic and my endocrinologist's plan: 6.8.", False),
    ("Diabetes Education",
     "Before: I was scared of needles. After: my diabetes educator showed me how easy the pen "
     "is.", False),
    ("Weight Loss Program", "Before: 242 pounds. After: 198 pounds and my doctor is thrilled.",
     False),
    ("Diabetes Care",
     "My sugar was 300 when I was diagnosed; insulin and a dietitian brought it down.", False),
    ("Orthopedics", "After my knee replacement I don't take painkillers anymore.", False),
    ("Diabetes Care", "After my gastric bypass I don't take insulin anymore.", False),
]


@pytest.mark.parametrize(("title", "text", "fires"), STORIES,
                         ids=[f"{'fires' if c[2] else 'clear'}-{i}"
                              for i, c in enumerate(STORIES)])
def test_chronic_disease_stories(engine: ContentEngine, title: str, text: str,
                                 fires: bool) -> None:
    found = reported_on(engine, DISEASE, riverbend_page(title, story_quote(text, "Pat, 61")))
    if fires:
        assert len(found) == 1 and text in found[0], found
    else:
        assert found == []


# Care kept off or tapered off, said of the product outside a story, and the same care in
# patient information.
KEPT_OFF = [
    ("Kidney Cleanse Tea", "Stay off dialysis with our kidney cleanse.", True),
    ("Brain Support Capsules", "Our capsules help you taper off antidepressants naturally.", True),
    ("Heart Health Supplement",
     "Brings your blood pressure numbers back to normal without pills.", True),
    ("Heart Health Supplement",
     "Many customers stop taking their blood pressure pills within months.", True),
    ("Opiate Withdrawal Support", "Most people who use our drops stay off opiates.", True),
    ("Kidney Care", "Many people with kidney failure stay on dialysis for years while they wait "
     "for a transplant.", False),
    # the evidence for it said to be missing ("no data" is "no evidence")
    ("Opiate Withdrawal Support",
     "We have no data on how many people who use our drops stay off opiates.", False),
    ("Depression Care", "Your doctor can help you taper off antidepressants slowly to avoid "
     "withdrawal symptoms.", False),
    ("Depression Care", "Never stop taking your antidepressants without talking to your doctor.",
     False),
    ("Blood Pressure Care",
     "Losing weight and cutting salt can bring your blood pressure numbers down.", False),
]


@pytest.mark.parametrize(("title", "sentence", "fires"), KEPT_OFF,
                         ids=[f"{'fires' if c[2] else 'clear'}-{i}"
                              for i, c in enumerate(KEPT_OFF)])
def test_care_kept_off_names_its_condition(engine: ContentEngine, title: str, sentence: str,
                                           fires: bool) -> None:
    found = reported_on(engine, DISEASE, riverbend_page(title, f"<p>{sentence}</p>"))
    assert found == ([sentence] if fires else [])


# An approved drug by its brand name, replaced or given up, names the condition its label is
# for; the same drug replaced by its generic, or stopped with the doctor, is patient information.
BRANDS = [
    ("Thyroid Support Formula", "Our formula can replace your Synthroid.", True),
    ("Calm Drops", "A gentle, natural way to get off Xanax.", True),
    ("Inhaler-Free Breathing Formula", "This blend replaced my inhaler.", True),
    ("Pharmacy", "Generic atorvastatin can replace Lipitor at a lower price.", False),
    ("Anxiety Care", "If you want to stop Xanax, your doctor will lower the dose slowly.", False),
    ("Pharmacy", "Your pharmacist can replace a lost inhaler with an emergency supply.", False),
    ("Orthopedics", "My surgeon replaced my hip last spring.", False),
]


@pytest.mark.parametrize(("title", "sentence", "fires"), BRANDS,
                         ids=[f"{'fires' if c[2] else 'clear'}-{i}"
                              for i, c in enumerate(BRANDS)])
def test_an_approved_drug_replaced_names_its_condition(engine: ContentEngine, title: str,
                                                       sentence: str, fires: bool) -> None:
    found = reported_on(engine, DISEASE, riverbend_page(title, f"<p>{sentence}</p>"))
    assert found == ([sentence] if fires else [])


READINGS = [
    "A fasting blood glucose of 126 mg/dL or higher on two tests means diabetes.",
    "If your morning sugars run high, your doctor may adjust your insulin.",
    "Check your fasting blood sugar each morning and write it down for your doctor.",
]


@pytest.mark.parametrize("sentence", READINGS)
def test_readings_in_patient_information_stay_quiet(engine: ContentEngine,
                                                    sentence: str) -> None:
    assert reported_on(engine, DISEASE, riverbend_page("Diabetes Care",
                                                       f"<p>{sentence}</p>")) == []


GUARANTEES = [
    ("Joint Relief Program", "This protocol works for every arthritis sufferer we see.", True),
    ("Menopause Support", "It works for all women going through menopause.", True),
    ("Natural Diabetes Program", "Our program works for each and every type 2 patient.", True),
    ("Natural Diabetes Program", "No supplement works for every diabetic.", False),
    ("Diabetes Care", "We offer evening hours that work for every patient's schedule.", False),
    ("Yoga for Back Pain", "Our gentle classes work for all ages and every body type.", False),
    ("Diabetes Care", "Not every medicine works for every type 2 patient, so we review your "
     "results every three months.", False),
]


@pytest.mark.parametrize(("title", "sentence", "fires"), GUARANTEES,
                         ids=[f"{'fires' if c[2] else 'clear'}-{i}"
                              for i, c in enumerate(GUARANTEES)])
def test_a_result_for_every_person_it_is_for(engine: ContentEngine, title: str, sentence: str,
                                             fires: bool) -> None:
    found = reported_on(engine, GUARANTEE, riverbend_page(title, f"<p>{sentence}</p>"))
    assert found == ([sentence] if fires else [])
