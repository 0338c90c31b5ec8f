"""Golden tests (issue 13, stop 36, claims22a): classes of first-contact misses and false
positives read in the dev half of fresh22a.yaml (online pharmacies and men's-health treatment
services selling ED tablets and hair-loss treatment), each with a near text that must stay quiet
(or fire). Sentences are written for these tests, not taken from a corpus file.

- A card's body or a list item with no subject of its own under approved care ("Zero risk, no
  side effects" under "Tadalafil Daily 5 mg", "Works every time" under "Sildenafil:") is said of
  that care; the rules that read approved care as patient information (the cure, research and
  superlative rules' `approved_care_subject`) clear it, but a dismissal of risk or a guarantee
  said of approved care is still one: "Tadalafil has zero risk" fires as a sentence, and so does
  its card.
- An FAQ about an approved drug's side effects answered "None" by the seller ("Does finasteride
  have side effects?" / "None at all with our low-dose plan") dismisses risk; answered "None" by
  no seller ("Are there side effects from the flu shot?" / "None for most people") it is
  patient information, as before.
- "Guaranteed to" before a told outcome of care ("guaranteed to regrow your hair", "guaranteed
  to clear acne") guarantees the outcome, whatever the verb the cure and treat predicates know;
  a service guaranteed ("guaranteed to ship within a day") is none.
- "Works for 100% of men" says the result of everyone, as "works for every man" does.
- The encounters of care a page books (a consultation, an appointment, a visit) are no product
  name on a page that sells: "Erectile Dysfunction Treatment After an Online Consultation"
  names a service.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES

_PAGE = ("<!DOCTYPE html><html lang='en'><head><title>Erectile Dysfunction and Hair Loss "
         "Treatment | Riverbend Pharmacy</title></head><body><main><article><h1>Erectile "
         "dysfunction and hair loss treatment, online</h1><p>Order prescription treatments after "
         "an online consultation. Orders ship free.</p>{body}</article></main></body></html>")


def _fired(engine: ContentEngine, body: str) -> set[str]:
    verdict = engine.check_page("https://riverbend.example/mens-health/",
                                _PAGE.format(body=body), status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


def _card(title: str, text: str) -> str:
    return f"<div class='card'><h3>{title}</h3><p>{text}</p></div>"


def _faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


def _item(intro: str, item: str) -> str:
    return f"<p>{intro}</p><ul><li>{item}</li></ul>"


@pytest.mark.parametrize(("body", "rule", "fires"), [
    # risk dismissed of approved care named in the lead
    (_card("Tadalafil Daily 5 mg", "Zero risk, no side effects \u2014 take it with anything."),
     "no-risk-minimization", True),
    (_card("Sildenafil 50 mg", "Completely safe, with no side effects."),
     "no-risk-minimization", True),
    (_item("Finasteride 1 mg:", "Completely safe, with no side effects"),
     "no-risk-minimization", True),
    # ... and its labelled risks stated are no dismissal
    (_card("Tadalafil Daily 5 mg", "Can cause headache, indigestion and back pain; never take it "
                                   "with nitrates for chest pain."),
     "no-risk-minimization", False),
    # a guarantee said of approved care in the lead
    (_card("Sildenafil 50 mg", "Works every time."), "no-guaranteed-results", True),
    (_card("Sildenafil 50 mg", "Works for many men, but not every time."),
     "no-guaranteed-results", False),
    # the cure rule still reads approved care in the lead as patient information
    (_card("Amoxicillin 500 mg", "Clears most strep throat infections in ten days."),
     "no-unqualified-cure-claims", False),
])
def test_a_lead_of_approved_care_clears_only_the_rules_that_read_it(
        engine: ContentEngine, body: str, rule: str, fires: bool) -> None:
    assert (rule in _fired(engine, body)) is fires, body


@pytest.mark.parametrize(("question", "answer", "fires"), [
    ("Does finasteride have side effects?", "None at all with our low-dose plan.", True),
    ("Are there any risks with sildenafil?", "None. We only prescribe the safest dose.", True),
    ("Are there side effects from the flu shot?", "None at all for most people.", False),
    ("Does finasteride have side effects?",
     "None for most men, though a few notice lower sex drive; tell our clinician.", False),
])
def test_the_sellers_none_to_a_side_effects_question_about_approved_care(
        engine: ContentEngine, question: str, answer: str, fires: bool) -> None:
    assert ("no-risk-minimization" in _fired(engine, _faq(question, answer))) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our hair loss treatment is guaranteed to regrow your hair in 90 days.", True),
    ("Our acne program is guaranteed to clear your skin.", True),
    ("This formula guarantees to reverse thinning at the crown.", True),
    ("No treatment is guaranteed to regrow hair.", False),
    ("Your order is guaranteed to ship within one business day.", False),
    ("Every consultation is guaranteed to be answered by a doctor within a day.", False),
])
def test_guaranteed_to_before_a_told_outcome(engine: ContentEngine, sentence: str,
                                             fires: bool) -> None:
    assert ("no-guaranteed-results" in _fired(engine, f"<p>{sentence}</p>")) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our sildenafil has been proven in studies to work for 100% of men.", True),
    ("Our ED tablets work for 100 percent of patients.", True),
    ("Our ED tablets work for many men, but not for 100% of men.", False),
])
def test_works_for_a_hundred_percent_of_people(engine: ContentEngine, sentence: str,
                                               fires: bool) -> None:
    assert ("no-guaranteed-results" in _fired(engine, f"<p>{sentence}</p>")) is fires


@pytest.mark.parametrize(("heading", "fires"), [
    ("Erectile Dysfunction Treatment After an Online Consultation", False),
    ("Hair Loss Treatment at Your Follow-Up Visit", False),
    # a name the page sells still names its product
    ("Erectile Dysfunction Treatment With RockHard Max", True),
])
def test_a_booked_encounter_is_no_product_name(engine: ContentEngine, heading: str,
                                               fires: bool) -> None:
    body = f"<h2>{heading}</h2><p>Prices from \u00a37.19. Buy now.</p>"
    assert ("unapproved-disease-claim" in _fired(engine, body)) is fires, heading
