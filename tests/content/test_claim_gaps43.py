"""Golden tests (stop 43, fixgap43): claims the pool still missed, read by their structure.

A line under a lead that gives a reason to buy from the seller ("Why order from us:") speaks of
the seller's own goods, so an unbranded molecule there ("FDA-approved semaglutide") is the
seller's product: no generic semaglutide is approved, and a seller of an approved brand names it
(fresh45n dev, a shop's list). A customer's story that vouches for an approval is the seller's
claim unless the story names approved care the approval could be true of, and care it went
without ("without seeing a doctor") is not such care (fresh45n dev, a testimonial). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    card,
    harbor_page,
    reported_on,
    riverbend_page,
    story_quote,
    telehealth_page,
)

STATUS = "false-fda-approval-claim"

SHOP_LINES = [
    (True, "Why order from us:", "FDA-registered lab, FDA-approved semaglutide"),
    (True, "Why buy from us:", "FDA-approved tirzepatide, shipped in two days"),
    (False, "Why order from us:", "FDA-registered lab, FDA-approved Wegovy pens"),
    (False, "Why order from us:", "Licensed pharmacists, and compounded semaglutide that is "
                                  "not FDA-approved"),
]


@pytest.mark.parametrize(("fires", "intro", "line"), SHOP_LINES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(SHOP_LINES)])
def test_a_molecule_under_a_reason_to_buy_from_the_seller_is_the_sellers(
        engine: ContentEngine, fires: bool, intro: str, line: str) -> None:
    body = f"<p>{intro}</p><ul><li>{line}</li><li>Support by email</li></ul>"
    found = reported_on(engine, STATUS, telehealth_page(body))
    assert (found == [line]) is fires, found


STORIES = [
    (True, "Knowing it's FDA approved made me comfortable ordering semaglutide online "
           "without seeing a doctor."),
    (False, "Knowing it's FDA approved made me comfortable starting semaglutide after "
            "seeing my doctor."),
]


@pytest.mark.parametrize(("fires", "story"), STORIES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(STORIES)])
def test_care_a_story_went_without_vouches_for_no_approval(
        engine: ContentEngine, fires: bool, story: str) -> None:
    found = reported_on(engine, STATUS, telehealth_page(story_quote(story, "Dana K.")))
    assert (len(found) == 1 and story in found[0]) is fires, found


# A question that asks whether people with a condition gain after something ("feel better
# after a course of acupuncture?") is answered by a yes that tells the outcome (fresh44n dev, an
# FAQ whose answer only affirms); not when what they gain after is approved care (CBT).
def wellness_faq(question: str, answer: str) -> str:
    body = ("<p>Our wellness clinic offers vitamin injections, herbal products and "
            f"consultations.</p><h2>Questions</h2><details><summary>{question}</summary>"
            f"<p>{answer}</p></details>")
    return riverbend_page("Immune wellness clinic", body)


GAINS_ASKED = [
    (True, "Do people with long Covid feel better after a course of acupuncture?",
     "Yes, most of our patients do."),
    (False, "Do people with depression feel better after CBT?",
     "Yes, most of our patients do."),
    (False, "Do people with long Covid feel better after a course of acupuncture?",
     "Some do, but trials have not shown that it helps."),
]


@pytest.mark.parametrize(("fires", "question", "answer"), GAINS_ASKED,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(GAINS_ASKED)])
def test_a_yes_to_a_gain_asked_of_people_with_a_condition(
        engine: ContentEngine, fires: bool, question: str, answer: str) -> None:
    found = reported_on(engine, "unapproved-disease-claim", wellness_faq(question, answer))
    assert (found == [answer]) is fires, found


# A disclosure elsewhere on the page covers the uses its sentence names, or those of the group it
# names (ICD-11's): "using it for mood disorders is off-label" is no disclosure of ketamine's use
# for OCD (fresh14a dev, a list of conditions treated on a ketamine page); the page disclosing
# the use for OCD, or the use for chronic pain under which fibromyalgia falls, is quiet.
def ketamine_page(disclosure: str, item: str) -> str:
    body = (f"<p>{disclosure}</p><p>Conditions we treat with ketamine:</p>"
            f"<ul><li>{item}</li><li>Bring a list of your medicines.</li></ul>")
    return riverbend_page("Ketamine infusion therapy", body)


OFF_LABEL = [
    (True, "Ketamine is FDA-approved as an anesthetic; using it for mood disorders is "
           "off-label.", "Obsessive-compulsive disorder"),
    (False, "Ketamine is FDA-approved as an anesthetic; using it for obsessive-compulsive "
            "disorder is off-label.", "Obsessive-compulsive disorder"),
    (False, "Ketamine is FDA-approved as an anesthetic; using it for the conditions below is "
            "off-label.", "Obsessive-compulsive disorder"),
    (False, "Ketamine is FDA-approved as an anesthetic. Using it to treat chronic pain is "
            "off-label.", "Fibromyalgia and complex regional pain syndrome"),
]


@pytest.mark.parametrize(("fires", "disclosure", "item"), OFF_LABEL,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(OFF_LABEL)])
def test_a_page_disclosure_covers_the_uses_it_names(
        engine: ContentEngine, fires: bool, disclosure: str, item: str) -> None:
    found = reported_on(engine, "unapproved-disease-claim", ketamine_page(disclosure, item))
    assert (found == [item]) is fires, found


# A question of the dose to take for a condition ("How much Essiac Tea should I drink if I have
# cancer?") takes the product for the condition as given, as "How many sessions ...?" does, and
# an answer that doses it makes the claim (fresh47n dev); a reply that declines to dose is quiet,
# and so is a dose of approved care (ibuprofen for arthritis).
def store_faq(question: str, answer: str) -> str:
    body = ("<p>Our store carries herbal teas, tinctures and capsules.</p><h2>Questions</h2>"
            f"<details><summary>{question}</summary><p>{answer}</p></details>")
    return riverbend_page("Integrative cancer support products", body)


DOSES_ASKED = [
    (True, "How much Essiac Tea should I drink if I have cancer?",
     "Two fluid ounces twice a day on an empty stomach, for as long as the cancer is active."),
    (False, "How much Essiac Tea should I drink if I have cancer?",
     "We cannot advise on cancer; please ask your oncologist before taking any herbal "
     "product."),
    (False, "How much ibuprofen should I take for arthritis?",
     "Two tablets up to three times a day, with food."),
]


@pytest.mark.parametrize(("fires", "question", "answer"), DOSES_ASKED,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(DOSES_ASKED)])
def test_an_answer_that_doses_a_product_for_a_condition(
        engine: ContentEngine, fires: bool, question: str, answer: str) -> None:
    found = reported_on(engine, "unapproved-disease-claim", store_faq(question, answer))
    assert (found == [answer]) is fires, found


# Diagnosis is an intended use as treatment is (21 U.S.C. 321(g)(1)(B), 321(h)): a screening
# card that "finds breast cancer" under a thermography title claims it (fresh9n dev); the same
# words under a mammography title name no product of the rule's classes, and a mammogram that
# finds it, on a thermography card, is not the thermography's claim.
SCREENINGS = [
    (True, "Breast Thermography",
     "Radiation-free screening that finds breast cancer while it is still curable."),
    (False, "Mammography",
     "Low-dose X-ray screening that finds breast cancer while it is still curable."),
    (False, "Breast Thermography",
     "Radiation-free imaging of skin temperature. Only a mammogram finds breast cancer early, "
     "so keep yours."),
]


@pytest.mark.parametrize(("fires", "title", "text"), SCREENINGS,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(SCREENINGS)])
def test_a_screening_that_finds_a_disease(engine: ContentEngine, fires: bool, title: str,
                                          text: str) -> None:
    body = "<p>Our clinic offers screening and imaging services.</p>" + card(title, text)
    found = reported_on(engine, "unapproved-disease-claim",
                        riverbend_page("Screening services", body))
    assert (found == [text]) is fires, found


# A card's line whose subject is the kind its title ends with ("The FDA-approved nasal
# antiseptic" under "NanoBio Protect Nasal Antiseptic") says the status of the titled product, a
# name no approved vocabulary knows (fresh44n dev); a brand the approved-drug names know
# (Flonase) is approved care, and a status denied is quiet.
KIND_LINES = [
    (True, "NanoBio Protect Nasal Antiseptic",
     "The FDA-approved nasal antiseptic for everyday defence against colds and flu."),
    (False, "Flonase Nasal Spray", "The FDA-approved nasal spray for allergy relief, now at CVS."),
    (False, "NanoBio Protect Nasal Antiseptic",
     "The nasal antiseptic is not FDA-approved to prevent any infection."),
]


@pytest.mark.parametrize(("fires", "title", "text"), KIND_LINES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(KIND_LINES)])
def test_a_card_line_whose_subject_is_its_titles_kind(
        engine: ContentEngine, fires: bool, title: str, text: str) -> None:
    page = harbor_page("Shop our bestsellers",
                       "<p>Free shipping on orders over $50.</p>" + card(title, text))
    found = reported_on(engine, STATUS, page)
    assert (found == [text]) is fires, found
