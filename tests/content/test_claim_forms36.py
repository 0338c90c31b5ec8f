"""Golden tests (issue 13, stop 36, forms36): classes of claims missed in the short forms
pages use (list items under an intro), read over every development set, each with a near text
that must stay quiet. Sentences are written for these tests, not taken from a corpus file.

- A list intro whose subject names the care its items are said of ("Cupping therapy can help
  with:", "Chiropractic adjustments can help with:", "Nanoemulsified Milk Thistle supports
  people with:") makes each item the seller's statement of what that care does: the learned
  patient-information head no longer clears the item (a bare list of conditions read alone
  looks like a leaflet's). So an item that opens with its own predicate and has no subject of
  its own ("Stop panic attacks before they start" under "SereneMind Complex helps:"). Not an
  intro whose subject is approved care ("Antibiotics can help with:"), what people do
  ("Regular exercise can help with:"), the items' kind ("Conditions a GP can help with:") or a
  question. For a rule of product classes, whose product is then the page's, the subject must
  be a proper name ("Nanoemulsified Milk Thistle", "SereneMind Complex"): under "Chiropractic
  care for children can help with:" the modality's own lawful scope ("Neck stiffness after a
  fall", a rewrite in fresh20a) is no claim for the page's product. The rows of the
  unapproved-disease rule pass on main too (the learned head's rating depends on the page);
  the infectious-disease rows fail on main f1ab071.
- An approval with no subject of its own (a list item, a card's body, the rest of a heading
  after its colon) is said of the name its intro gives ("Why patients choose Lumiwave:" over
  "FDA approved to heal heel pain", "Vital Edge: FDA Approved Male Vitality"), when no lexicon
  knows the name as approved care or an approved drug's brand: the seller's own product. Not
  "Why patients choose Wegovy:", a denial, or a one-word heading topic ("Safety: ..."). The
  three claims fail on main f1ab071.
- A refund when the outcome fails guarantees the outcome ("If your hair hasn't thickened by
  then, we'll refund you in full", "if it doesn't ease your anxiety, you get 100% back"): the
  fail-condition of the guarantee frame names the outcome's own subject in any tense, and the
  remedy the money back in other words; not a service's failure ("If your order hasn't
  arrived"). The three claims fail on main f1ab071.
- A name no lexicon knows (`_named_product`: no approved care, approved drug's brand,
  condition, product class or person) as the subject of the sentence's own predicate in its
  clause ("NeuroBalance treats depression in teenagers and adults") is the seller's product
  said to act: the learned patient-information head, which reads such an FAQ answer as a
  leaflet's, no longer clears it for a rule of product classes. Not "Sertraline treats ..." nor
  "Dr Helen Rivera treats ...". The two claims fail on main 6360245.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES

_PAGE = ("<!DOCTYPE html><html lang='en'><head><title>Herbal Supplements and Natural Therapies "
         "| Riverbend Wellness</title></head><body><main><article><h1>Herbal supplements and "
         "natural therapies</h1><p>Our wellness centre offers herbal blends, cupping and "
         "chiropractic visits.</p>{body}</article></main></body></html>")


def _fired(engine: ContentEngine, body: str) -> set[str]:
    verdict = engine.check_page("https://riverbend.example/wellness/",
                                _PAGE.format(body=body), status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


def _item(intro: str, item: str) -> str:
    return f"<p>{intro}</p><ul><li>{item}</li></ul>"


@pytest.mark.parametrize(("body", "rule", "fires"), [
    # the intro's subject is the care its bare items are said of
    (_item("Cupping therapy can help with:", "Shingles and cold sores that keep coming back"),
     "infectious-disease-claim", True),
    (_item("Nanoemulsified Milk Thistle supports people with:", "Fatty liver and liver scarring"),
     "unapproved-disease-claim", True),
    (_item("Liver Restore Complex supports people with:", "Fatty liver and liver scarring"),
     "unapproved-disease-claim", True),
    (_item("Chiropractic adjustments can help with:", "Repeated sinus infections in children"),
     "infectious-disease-claim", True),
    # ... and an item that opens with its own predicate has the intro's subject
    (_item("SereneMind Complex helps:", "Stop panic attacks before they start"),
     "unapproved-disease-claim", True),
    # approved care, what people do, the items' kind: no subject of ours
    (_item("Physical therapy can help with:", "Knee osteoarthritis and back pain"),
     "unapproved-disease-claim", False),
    (_item("Regular exercise can help with:", "Type 2 diabetes and high blood pressure"),
     "unapproved-disease-claim", False),
    (_item("Conditions a GP can help with:", "Repeated sinus infections in children"),
     "infectious-disease-claim", False),
    (_item("Antibiotics can help with:", "Repeated sinus infections in children"),
     "infectious-disease-claim", False),
])
def test_a_list_intro_names_the_care_its_items_are_said_of(
        engine: ContentEngine, body: str, rule: str, fires: bool) -> None:
    assert (rule in _fired(engine, body)) is fires, body


_SHOP = ("<!DOCTYPE html><html lang='en'><head><title>Skin and Body Treatments | Riverbend "
         "Aesthetics</title></head><body><main><article><h1>Skin and body treatments</h1><p>Our "
         "nurse injectors offer Botox and hyaluronic acid fillers.</p>{body}</article></main>"
         "</body></html>")


def _shop_fired(engine: ContentEngine, body: str) -> set[str]:
    verdict = engine.check_page("https://riverbend.example/treatments/",
                                _SHOP.format(body=body), status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


@pytest.mark.parametrize(("body", "fires"), [
    # an approval with no subject of its own, said of the product its intro names
    (_item("Why our clients love the Velora Sculpt:", "FDA approved for cellulite and loose skin"),
     True),
    (_item("Why patients choose Lumiwave:", "FDA approved to heal heel pain in three visits"),
     True),
    # ... or of the name before a heading's colon
    ("<h2>Vital Edge: FDA Approved Male Vitality</h2><p>Two capsules a day.</p>", True),
    # approved care so named, a clearance, a denial, a one-word topic: no claim
    (_item("Why patients choose Wegovy:", "FDA approved for chronic weight management"), False),
    (_item("Why our clients love the Velora Sculpt:",
           "Not approved or cleared by the FDA for cellulite"), False),
    ("<h2>Safety: FDA approved medicines only</h2><p>We stock licensed products.</p>", False),
    ("<h2>Vital Edge: Ingredients and Serving Size</h2><p>Two capsules a day.</p>", False),
])
def test_an_approval_without_a_subject_is_said_of_the_name_its_lead_gives(
        engine: ContentEngine, body: str, fires: bool) -> None:
    assert ("false-fda-approval-claim" in _shop_fired(engine, body)) is fires, body


_CLINIC = ("<!DOCTYPE html><html lang='en'><head><title>Hair Loss and Anxiety Treatment | "
           "Riverbend Clinic</title></head><body><main><article><h1>Hair loss and anxiety "
           "treatment</h1><p>Order after an online consultation with our prescribers.</p>{body}"
           "</article></main></body></html>")


def _clinic_fired(engine: ContentEngine, body: str) -> set[str]:
    verdict = engine.check_page("https://riverbend.example/treatment/",
                                _CLINIC.format(body=body), status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


def _card(title: str, text: str) -> str:
    return f"<div class='card'><h3>{title}</h3><p>{text}</p></div>"


@pytest.mark.parametrize(("body", "fires"), [
    # a money-back offer tied to the outcome: the outcome's own subject fails, in any tense
    (_card("Thickening Foam", "Fuller hair in four months. If your hair hasn't thickened by "
                              "then, we'll refund you in full."), True),
    (_card("Thickening Foam", "If your scalp isn't covered in 120 days, your money back."),
     True),
    # ... or the money back told in other words
    (_item("What you get with Calmora:",
           "A money-back promise: if it doesn't ease your anxiety, you get 100% back"), True),
    # a service's failure refunded is no outcome guaranteed
    (_card("Thickening Foam", "If your order hasn't arrived in five days, we'll refund you in "
                              "full."), False),
    (_item("What you get with Calmora:",
           "A 30-day return policy; we do not promise that it will ease your anxiety"), False),
])
def test_a_refund_when_the_outcome_fails_guarantees_it(
        engine: ContentEngine, body: str, fires: bool) -> None:
    assert ("no-guaranteed-results" in _clinic_fired(engine, body)) is fires, body


_REMEDY = ("<!DOCTYPE html><html lang='en'><head><title>Homeopathy | Riverbend Naturals</title>"
           "</head><body><main><article><h1>Homeopathy at Riverbend</h1><p>Read about our range "
           "before you order.</p>{body}</article></main></body></html>")


def _faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


@pytest.mark.parametrize(("body", "fires"), [
    # a name no lexicon knows as the subject of the sentence's own predicate: the seller's
    # product said to act, which the learned patient-information head no longer clears
    (_faq("Can teenagers take NeuroBalance?", "NeuroBalance treats depression in teenagers and "
                                              "adults, and it can be taken with food."), True),
    (_faq("How long can I take NeuroBalance?", "NeuroBalance treats long-standing depression as "
                                               "well as short spells of low mood, and it can be "
                                               "taken for months."), True),
    # approved care by its name, a person: patient information, as before
    (_faq("Can teenagers take Sertraline?", "Sertraline treats depression in teenagers and "
                                            "adults, and it can be taken with food."), False),
    (_faq("Can teenagers see Dr Helen Rivera?", "Dr Helen Rivera treats depression in teenagers "
                                                "and adults with talking therapy."), False),
])
def test_a_name_no_lexicon_knows_as_the_subject_of_its_predicate(
        engine: ContentEngine, body: str, fires: bool) -> None:
    assert ("unapproved-disease-claim" in _remedy_fired(engine, body)) is fires, body


def _remedy_fired(engine: ContentEngine, body: str) -> set[str]:
    verdict = engine.check_page("https://riverbend.example/homeopathy/",
                                _REMEDY.format(body=body), status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES
