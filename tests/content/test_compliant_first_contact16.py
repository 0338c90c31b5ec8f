"""Golden tests of the classes found by the fresh set fresh16n.yaml (helper negatives16, 5 Dec
2026: compliant rewrites and patient information at first contact; dev half read, test half
scored once at the end): the exact text must fire no claim rule, and its claim twin must still
fire the rule. Texts written for these tests (some clear ones are the dev half's), not from a
letter. The first six clear rows fire on main before this change (the last two are near
sentences, quiet on both).

- a story whose outcome is told of care the patient's own clinician added or changed ("after my
  doctor added metformin", "His rheumatologist adjusted his medication, and his flares have
  settled"), or whose last sentence, read whole by the learned model, is told of approved care
  ("Six months of occupational therapy later I could button my shirt"), is that care's story,
  not the page's product's (claimread _care_started, _after_told_of_care); "out of control" is
  the condition's state, not a product controlling it;
- "treatment" naming a place ("a skin infection at the treatment site") is no predicate;
- a status on an indefinite head in a condition ("When an FDA-approved product is available,
  our clinicians prescribe it") is said of no product (claimread _status_stop);
- Kybella (deoxycholic acid) is approved care for fat below the chin (products.yaml,
  labelled-uses.yaml); another use of it is outside its label.

Recall rows (dev-half misses): a superlative ranked in a named place ("the most advanced stem
cell center in the Pacific Northwest"), "Number one in ..." as a headline, and "FDA-approved"
said of patient-funded research."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, story_quote
from tests.content.conftest import article_rules_fired as _fired

STEM = "Stem Cell Therapy"
TELE = "Medical Weight Loss with Semaglutide and Tirzepatide"
SPA = "Injectables and Body Contouring"


# (title, body) that must fire no claim rule
CLEAR = [
    (STEM, story_quote("My husband's lupus was out of control. His rheumatologist adjusted his "
                       "medication, and his flares have settled.", "Denise R., Tacoma")),
    (STEM, story_quote("After my stroke my left hand was useless. Six months of occupational "
                       "therapy later I could button my shirt.", "Tom, 67")),
    (STEM, story_quote("I have type 2 diabetes and my A1C dropped from 9 to 6.5 after my doctor "
                       "added metformin and I started walking every day.", "Linda")),
    (TELE, "<p>Compounded medicines are not FDA-approved. When an FDA-approved product is "
           "available and suitable, our clinicians prescribe it; a compounded version is "
           "considered only when there is a medical reason, such as an allergy to an "
           "ingredient.</p>"),
    (SPA, "<div class='card'><h3>Kybella</h3><p>Kybella is an FDA-approved injection for "
          "moderate to severe fat below the chin in adults. Swelling and bruising are common for "
          "a few days. From $600 per treatment.</p></div>"),
    (SPA, "<p>Tell your provider before laser treatment if you have:</p><ul><li>Pregnancy or "
          "breastfeeding, a skin infection at the treatment site, or a history of keloid "
          "scars</li></ul>"),
    (STEM, "<p>A stem cell research clinic in the Pacific Northwest, open since 2016.</p>"),
    (STEM, "<p>Our patient-funded research is not FDA-approved.</p>"),
]

# (rule, title, body): the claim twin of a clear row, which must still fire its rule
TWINS = [
    ("unapproved-disease-claim", STEM,
     story_quote("My husband's lupus was out of control. Since his stem cell treatment he hasn't "
                 "had a single flare.", "Denise R., Tacoma")),
    ("unapproved-disease-claim", STEM,
     story_quote("After my stroke my left hand was useless. Six weeks after the stem cells I "
                 "could button my shirt.", "Tom, 67")),
    ("unapproved-disease-claim", STEM,
     story_quote("I have type 2 diabetes and my A1C dropped from 9 to 6.5 after one infusion!",
                 "Linda")),
    ("unapproved-disease-claim", STEM,
     story_quote("My doctor added metformin, but my A1C only dropped after the stem cell "
                 "infusions.", "Linda")),
    ("false-fda-approval-claim", TELE,
     "<p>Our compounded semaglutide is an FDA-approved product, prescribed online.</p>"),
    ("unapproved-disease-claim", SPA, "<p>Kybella injections dissolve lipomas on the back.</p>"),
    ("unapproved-disease-claim", STEM,
     "<p>The treatment site heals, and so does the arthritis: our stem cells repair knee "
     "cartilage.</p>"),
    ("no-superlative-claims", STEM,
     "<p>The most advanced stem cell center in the Pacific Northwest.</p>"),
    ("no-superlative-claims", STEM,
     "<div class='card'><h3>Why Choose Us</h3><p>Number one in patient outcomes for MS and "
     "lupus.</p></div>"),
    ("false-fda-approval-claim", STEM, "<p>Our patient-funded research is FDA-approved.</p>"),
]


@pytest.mark.parametrize(("title", "body"), CLEAR, ids=[f"clear-{i}" for i in range(len(CLEAR))])
def test_compliant_text_of_fresh16n_classes_fires_no_claim_rule(engine, title, body) -> None:
    assert not _fired(engine, title, body) & CLAIM_RULES, body


@pytest.mark.parametrize(("rule", "title", "body"), TWINS,
                         ids=[f"{t[0]}-twin-{i}" for i, t in enumerate(TWINS)])
def test_claim_twin_still_fires(engine, rule, title, body) -> None:
    assert rule in _fired(engine, title, body), body


# Own probe batch 2 (written before running, in styles of neither half): a story read whole by
# the learned model whose change came after care the teller's clinician started, in a clause
# with no product of ours (claimread _learned_care_started); a status asked about in a
# "whether" clause ("Whether a treatment is FDA-approved for your condition") is not held
# (claimread _ASKED_STATUS). Each clear row fires on main; each twin fires on both.
SHOP = "Shop Supplements"
FISH = "<p>Our fish oil softgels are made in the USA.</p>"
PROBED = [
    (False, "unapproved-disease-claim", SHOP,
     FISH + story_quote("I take the fish oil because I like the idea, but my cholesterol came "
                        "down after my doctor started me on a statin.", "Gary")),
    (True, "unapproved-disease-claim", SHOP,
     FISH + story_quote("My doctor started me on a statin, but my cholesterol only came down "
                        "after I added the fish oil.", "Gary")),
    (False, "false-fda-approval-claim", "Regenerative Medicine",
     "<p>Questions to ask any clinic before a regenerative injection:</p><ul><li>Whether a "
     "treatment is FDA-approved for your condition, and what the published studies show</li>"
     "</ul>"),
    (True, "false-fda-approval-claim", STEM,
     "<p>Whether you have knee or hip pain, our stem cell injections are FDA-approved.</p>"),
]


@pytest.mark.parametrize(("fires", "rule", "title", "body"), PROBED,
                         ids=[f"{'fires' if p[0] else 'clear'}-{i}" for i, p in enumerate(PROBED)])
def test_probed_story_care_and_asked_status(engine, fires, rule, title, body) -> None:
    assert (rule in _fired(engine, title, body)) is fires, body


# Own probe batch 3 (written before running; news of regulators' actions, hospital, pharmacy,
# insurer and guideline texts, stories of approved care): a state or an attorney general who
# settles with a clinic that sold X for Y reports the claim (scopes.py CLAIM_REPORTED); a lead
# that reports others' sales talk ("The warning letters said the products were marketed to:")
# makes its items the claims it reports; a superlative told as a guideline's word by no seller
# (scopes.py AUTHORITY_REPORTED, read by the superlative rule); CAR-T cell therapy written with
# a space is approved care; a one-sentence story whose change is told of approved care and the
# teller's clinician, naming no product of ours. Each clear row fires on main; each twin fires on
# both.
CHIRO = "Chiropractic Care for Back Pain, Neck Pain and Wellness"
BATCH3 = [
    (False, "unapproved-disease-claim", "Regenerative Medicine",
     "<h2>State Settles With Clinic That Sold Amniotic Injections for Knee Pain</h2>"),
    (True, "unapproved-disease-claim", "Regenerative Medicine",
     "<h2>Our Clinic Sold 500 Amniotic Injections for Knee Pain Last Year</h2>"),
    (False, "unapproved-disease-claim", SHOP,
     "<p>The warning letters said the products were marketed to:</p><ul><li>treat diabetes and "
     "lower blood sugar</li></ul>"),
    (True, "unapproved-disease-claim", SHOP,
     "<p>Conditions our supplements treat:</p><ul><li>treat diabetes and lower blood sugar</li>"
     "</ul>"),
    (False, "no-superlative-claims", "Physical Therapy",
     "<p>The most effective treatment for most ankle sprains is early, guided movement rather "
     "than long periods of rest, according to clinical practice guidelines.</p>"),
    (True, "no-superlative-claims", "Platelet-Rich Plasma (PRP) Injections",
     "<p>Our PRP is the most effective treatment for ankle sprains, according to our "
     "patients.</p>"),
    (False, "false-fda-approval-claim", "Cancer Support",
     "<p>Physicians at our cancer center were among the first in the region to offer CAR-T cell "
     "therapy, an FDA-approved treatment for certain lymphomas.</p>"),
    (True, "false-fda-approval-claim", "Cancer Support",
     "<p>Our stem cell therapy, an FDA-approved treatment for certain lymphomas, is now offered "
     "here.</p>"),
    (False, "unapproved-disease-claim", CHIRO,
     story_quote("My back pain got better over six weeks of adjustments and the exercises my "
                 "chiropractor gave me, though I still have stiff mornings.", "Paul, 45")),
    (True, "unapproved-disease-claim", SHOP,
     "<p>Our turmeric capsules are made in the USA.</p>"
     + story_quote("My arthritis pain is gone and I've stopped my medications.", "June")),
]


@pytest.mark.parametrize(("fires", "rule", "title", "body"), BATCH3,
                         ids=[f"{'fires' if p[0] else 'clear'}-{i}" for i, p in enumerate(BATCH3)])
def test_probed_reports_guidelines_and_approved_stories(engine, fires, rule, title, body) -> None:
    assert (rule in _fired(engine, title, body)) is fires, body


# Own probe batch 4 (compliant GLP-1, peptide, exosome, IV, ozone, vaccine, CBD and telehealth
# texts): a status the sentence says is past ("Sermorelin was once FDA-approved ..., but the
# brand was discontinued") is not held (claimread _PAST_STATUS). The clear row fires on main.
PEPTIDES = "Peptide Therapy"
BATCH4 = [
    (False, PEPTIDES, "<h3>Is sermorelin approved?</h3><p>Sermorelin was once FDA-approved to "
                      "diagnose and treat growth hormone deficiency in children, but the brand "
                      "was discontinued. It is not approved for anti-aging, and we don't offer it "
                      "for that.</p>"),
    (True, PEPTIDES, "<p>Our sermorelin injections are FDA-approved for anti-aging and "
                     "energy.</p>"),
    (True, PEPTIDES, "<p>Our sermorelin was originally developed by a drug company and is "
                     "FDA-approved.</p>"),
]


@pytest.mark.parametrize(("fires", "title", "body"), BATCH4,
                         ids=[f"{'fires' if p[0] else 'clear'}-{i}" for i, p in enumerate(BATCH4)])
def test_a_past_status_is_not_held(engine, fires, title, body) -> None:
    assert ("false-fda-approval-claim" in _fired(engine, title, body)) is fires, body


# Own probe batch 5 (compliant cards, headings, lists, FAQs and stories on product pages): care a
# story tells done with a participle ("I ended up having a hip replacement", "getting a knee
# replacement") is the teller's care, not a condition left for the product (claimread
# _CARE_DONE). The clear row fires on main; the twin fires on both.
BATCH5 = [
    (False, story_quote("The injections didn't help my hip. I ended up having a hip replacement, "
                        "and now I walk the dog every morning.", "Dennis, 64")),
    (True, story_quote("I ended up having two cord blood shots for my hip arthritis, and now I "
                       "walk the dog every morning.", "Dennis, 64")),
]


@pytest.mark.parametrize(("fires", "body"), BATCH5,
                         ids=[f"{'fires' if p[0] else 'clear'}-{i}" for i, p in enumerate(BATCH5)])
def test_care_told_done_with_a_participle(engine, fires, body) -> None:
    assert ("unapproved-disease-claim" in _fired(engine, "Regenerative Medicine", body)) is fires


# Own probe batch 6 (compliant rewrites in every form): a title that says what the page answers
# those who ask ("What we tell patients who ask about stem cells for autism") tells a question
# others ask, as "Some patients ask us about ..." does (claimread _ANSWER_TO_ASKERS). The clear
# row fires on main; the twins fire on both.
BATCH6 = [
    (False, "<h2>What we tell patients who ask about stem cells for autism</h2>"),
    (True, "<h2>Patients who ask about stem cells for autism see real progress</h2>"),
    (True, "<h2>What we offer patients with autism: stem cells</h2>"),
]


@pytest.mark.parametrize(("fires", "body"), BATCH6,
                         ids=[f"{'fires' if p[0] else 'clear'}-{i}" for i, p in enumerate(BATCH6)])
def test_an_answer_to_those_who_ask_is_no_claim(engine, fires, body) -> None:
    assert ("unapproved-disease-claim" in _fired(engine, STEM, body)) is fires, body


# Own probe batch 8 (FAQ answers that affirm approved care on product pages): a yes to a
# question that asks about approved care, and about no product of ours ("Does physical therapy
# help knee arthritis?" / "Yes."), is about that care (claimread _care_asked). The clear row
# fires on main; the twins fire on both.
REGEN = "Regenerative Medicine"
BATCH8 = [
    (False, "<h3>Does physical therapy help knee arthritis?</h3><p>Yes. Physical therapy focused "
            "on strengthening the muscles around the knee reduces pain for most people with knee "
            "osteoarthritis.</p>"),
    (True, "<h3>Does PRP help knee arthritis?</h3><p>Yes. Most of our patients have less pain "
           "within weeks.</p>"),
    (True, "<h3>Does PRP work better than physical therapy for knee arthritis?</h3><p>Yes, for "
           "most of our patients.</p>"),
]


@pytest.mark.parametrize(("fires", "body"), BATCH8,
                         ids=[f"{'fires' if p[0] else 'clear'}-{i}" for i, p in enumerate(BATCH8)])
def test_a_yes_about_approved_care_is_no_claim(engine, fires, body) -> None:
    assert ("unapproved-disease-claim" in _fired(engine, REGEN, body)) is fires, body


def test_a_yes_about_a_drug_outside_its_label_still_fires(engine) -> None:
    body = ("<h3>Can ivermectin help if I test positive for COVID?</h3><p>Yes, it can. Start the "
            "tablets on the first day of symptoms and most people feel well within 48 hours.</p>")
    fired = _fired(engine, "Online Doctor Visits and Prescriptions", body)
    assert fired & {"infectious-disease-claim", "unapproved-disease-claim"}, body
