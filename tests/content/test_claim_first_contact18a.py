"""Golden tests (issue 13, stop 33, claims18a): classes of first-contact misses and false
positives read in the dev half of fresh18a.yaml, each with a near sentence that must stay
quiet. Sentences are written for these tests, not taken from a corpus file.

- A product named by its kind, then "for" and a condition, with no verb: a heading or card
  title ("Chelation for Heart Disease") states the intended use, whatever kind of product the
  products lexicon names, not only the kinds the predicate's own word list spells out.
- Allergen immunotherapy's verb, "desensitize", is a treatment predicate; allergy shots and
  allergen immunotherapy are approved care.
- A superlative closed by "ever discovered/found/invented/tested" leaves no scope to rank in.
- A referral to the reader's own clinician ("Your child's pediatrician can point you to
  support that helps") is not the page product's claim, even where the condition is lent by
  the sentence before.
- A story in which the teller's clinician proposed care that the teller refused ("My doctor
  wanted to start insulin ... I took the capsules instead") does not credit that clinician.
- "found no ... product safe and effective for any ..." denies the claim it names.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import list_page, reported, reported_on, story_quote

DISEASE = "unapproved-disease-claim"
INFECT = "infectious-disease-claim"
SUPERLATIVE = "no-superlative-claims"


def _heading_page(title: str, heading: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Harbor Wellness</title>"
            f"</head><body><main><h1>{title}</h1><p>Book a visit online.</p><h2>{heading}</h2>"
            "<p>Our team will talk you through what to expect.</p></main></body></html>")


@pytest.mark.parametrize(("rule", "title", "heading", "fires"), [
    (DISEASE, "Integrative Medicine", "Chelation for Heart Disease", True),
    (DISEASE, "Natural Health Clinic", "Homeopathy for Eczema", True),
    (DISEASE, "Regenerative Clinic", "Exosomes for Parkinson's Disease", True),
    # a subtitle that names the offer leaves the use in the title
    (DISEASE, "Natural Health Clinic", "Homeopathy for Eczema: Our Gentle Method", True),
    # approved care by its kind, a cleared use, the condition not what the title ends on
    (DISEASE, "Family Medicine", "Antivirals for Hepatitis C", False),
    (DISEASE, "Hyperbaric Medicine", "Hyperbaric Oxygen for Carbon Monoxide Poisoning", False),
    (DISEASE, "Natural Health Clinic", "Homeopathy for Eczema: What the Evidence Says", False),
    (DISEASE, "Natural Health Clinic", "Homeopathy for Eczema - Does It Work?", False),
])
def test_a_kind_named_for_a_condition(engine: ContentEngine, rule: str, title: str,
                                      heading: str, fires: bool) -> None:
    found = reported_on(engine, rule, _heading_page(title, heading))
    assert (heading in found) is fires, found


def test_desensitize_is_a_treatment_predicate(engine: ContentEngine) -> None:
    item = "Raw bee pollen to desensitize you to ragweed allergies"
    html = list_page("Herbal Supplements", "Our allergy season remedies:", item)
    assert reported_on(engine, DISEASE, html) == [item]


def test_allergy_shots_desensitizing_stay_patient_information(engine: ContentEngine) -> None:
    body = ("<p>Allergy shots desensitize your immune system to pollen and dust mites over "
            "three to five years.</p>")
    assert reported(engine, DISEASE, "Allergy and Asthma Clinic", body) == []


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Oregano oil is the most potent natural antiviral ever found.", True),
    ("Our spray is the safest nasal remedy ever tested.", True),
    ("The most common question we hear is about dosing.", False),
])
def test_a_superlative_closed_by_ever(engine: ContentEngine, sentence: str,
                                      fires: bool) -> None:
    found = reported(engine, SUPERLATIVE, "Herbal Supplements", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


def _faq(question: str, answer: str) -> str:
    return (f'<section class="faq"><h2>Frequently asked questions</h2><details><summary>'
            f"{question}</summary><p>{answer}</p></details></section>")


def test_a_referral_to_the_readers_clinician_is_no_claim(engine: ContentEngine) -> None:
    """"Your child's pediatrician" is approved care as "your pediatrician" is."""
    body = _faq("Can homeopathy reverse autism?",
                "No. Autism is lifelong, and no remedy we sell changes it. Your child's "
                "pediatrician can point you to support that helps.")
    assert reported(engine, DISEASE, "Homeopathy", body) == []


def test_the_products_own_support_still_fires(engine: ContentEngine) -> None:
    body = _faq("Can homeopathy reverse autism?",
                "Yes. Our remedies give children support that helps.")
    assert reported(engine, DISEASE, "Homeopathy", body) != []


def test_care_the_teller_refused_is_not_credited(engine: ContentEngine) -> None:
    text = ("My cardiologist wanted to put stents in my clogged arteries. I took the garlic "
            "capsules for three months instead, and I cancelled the procedure.")
    found = reported(engine, DISEASE, "Herbal Supplements", story_quote(text, "Ron P."))
    assert len(found) == 1, found


def test_care_the_teller_received_is_still_credited(engine: ContentEngine) -> None:
    text = ("My cardiologist put two stents in my clogged arteries, and with cardiac rehab I "
            "walk two miles a day again.")
    assert reported(engine, DISEASE, "Herbal Supplements", story_quote(text, "Ron P.")) == []


def test_a_word_of_the_conditions_own_name_is_no_predicate(engine: ContentEngine) -> None:
    """"blocked" in "blocked arteries" names the condition; it blocks nothing."""
    text = ("My cardiologist put two stents in my blocked arteries, and with cardiac rehab I "
            "walk two miles a day again.")
    assert reported(engine, DISEASE, "Herbal Supplements", story_quote(text, "Ron P.")) == []
    text = ("My cardiologist wanted to put stents in my blocked arteries. I took the garlic "
            "capsules instead, and my arteries cleared.")
    assert reported(engine, DISEASE, "Herbal Supplements", story_quote(text, "Ron P.")) != []
    # a restorative verb that opens the condition composed from it stays the predicate
    text = "The PRP healed my torn tendon when nothing else did."
    assert reported(engine, DISEASE, "Herbal Supplements", story_quote(text, "Ron P.")) != []


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Regulators have found no ozone product safe or effective for any infection.", False),
    ("Our ozone sessions are safe and effective for any infection.", True),
])
def test_found_no_product_effective_denies_the_claim(engine: ContentEngine, sentence: str,
                                                     fires: bool) -> None:
    found = reported(engine, INFECT, "Ozone Therapy", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize(("sentence", "fires"), [
    # approved care as the cause of the harm the product is said to remove
    # (a named method the products lexicon does not know: the care the sentence names would
    # otherwise make it patient information)
    ("NAET therapy clears the toxins left by vaccines and drugs, and with them the "
     "symptoms of autism.",
     True),
    ("The Smits method removes the blocks caused by antibiotics and relieves eczema.", True),
    # the care that acts stays patient information
    ("Ondansetron prevents the nausea caused by chemotherapy.", False),
    ("Physical therapy eases the stiffness left by surgery.", False),
])
def test_care_named_as_the_harms_cause(engine: ContentEngine, sentence: str,
                                       fires: bool) -> None:
    found = reported(engine, DISEASE, "Homeopathy", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize(("sentence", "fires"), [
    # "ADD", the older name of ADHD, in capitals
    ("Our focus drops calm ADD in children and adults.", True),
    # the verb in capitals names nothing
    ("ADD TO CART", False),
    ("Add the drops to water twice a day.", False),
])
def test_add_the_older_name_of_adhd(engine: ContentEngine, sentence: str, fires: bool) -> None:
    found = reported(engine, DISEASE, "Herbal Supplements", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize(("text", "fires"), [
    # a person of the teller's life does the helping; the care the story credits is approved
    ("I was diagnosed with ADHD at 34. My psychiatrist and I found the right medicine, and a "
     "coach helps me plan my work week.", False),
    # the product still helps when it is the subject
    ("I was diagnosed with ADHD at 34. The focus drops help me get through my work week.",
     True),
])
def test_a_person_as_the_verbs_subject(engine: ContentEngine, text: str, fires: bool) -> None:
    found = reported(engine, DISEASE, "Herbal Supplements", story_quote(text, "James T."))
    assert bool(found) is fires, found
