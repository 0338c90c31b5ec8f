"""Golden outputs for conditions written the way people write them (issue 13, helper `claims14b`,
5 Dec 2026): a body part and what a sentence says of it (a symptom word after a link verb, a
function the part has lost, its damage by a cause named in a relative clause) and the symptoms,
lab measures and cell words MedlinePlus pages name conditions by (rules/lexicons/
conditions-consumer.yaml). Each claim beside a near sentence that must not fire: the same lay
words about approved care, general health or a structure/function statement. The sentences were
written for this test; none is a corpus item."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.lexicons import load_lexicons
from tests.content.conftest import reported, story_quote

# (the engine is conftest.py's: one per session, audit date 2026-11-25)

SHOP = "Herbal Supplements"
DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"


@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    # --- a symptom word said of the body part after a link verb ---------------------------
    (DISEASE, SHOP, "<p>When your joints are so stiff that mornings hurt, our turmeric capsules "
                    "loosen them within days.</p>",
     ["When your joints are so stiff that mornings hurt, our turmeric capsules loosen them "
      "within days."]),
    (DISEASE, SHOP, "<p>Our nattokinase capsules thin blood that is too thick.</p>",
     ["Our nattokinase capsules thin blood that is too thick."]),
    (DISEASE, SHOP, "<p>Warfarin thins blood that is too likely to clot.</p>", []),
    (DISEASE, SHOP, "<p>Our collagen powder supports healthy joints as you stay active.</p>", []),
    # --- a function the body part has lost -------------------------------------------------
    (DISEASE, SHOP, "<p>Our kidney tea restores kidneys that can no longer filter.</p>",
     ["Our kidney tea restores kidneys that can no longer filter."]),
    (DISEASE, SHOP, "<p>Dialysis cleans the blood when the kidneys can no longer filter "
                    "waste.</p>", []),
    (DISEASE, SHOP, "<p>Our herbal drops strengthen an immune system that can't fight off "
                    "infections.</p>",
     ["Our herbal drops strengthen an immune system that can't fight off infections."]),
    (DISEASE, SHOP, "<p>Eat well and sleep enough to support your immune system.</p>", []),
    # --- damage by a cause named before the verb -------------------------------------------
    (DISEASE, SHOP, "<p>Our lung tea rebuilds the air sacs that smoking wore away.</p>",
     ["Our lung tea rebuilds the air sacs that smoking wore away."]),
    (DISEASE, SHOP, "<p>Quitting smoking is the best thing you can do for your lungs.</p>", []),
    # --- symptoms, measures and cells by the names MedlinePlus pages use -------------------
    (DISEASE, SHOP, "<p>Our mullein syrup stops the wheezing when the weather turns.</p>",
     ["Our mullein syrup stops the wheezing when the weather turns."]),
    (DISEASE, SHOP, "<p>An albuterol inhaler stops wheezing within minutes.</p>", []),
    (DISEASE, SHOP, "<p>Our kidney tonic brings a high creatinine back down.</p>",
     ["Our kidney tonic brings a high creatinine back down."]),
    (DISEASE, SHOP, "<p>Your doctor orders a creatinine test to see how well your kidneys "
                    "work.</p>", []),
    (DISEASE, SHOP, "<p>Our mushroom extract clears abnormal cells before they spread.</p>",
     ["Our mushroom extract clears abnormal cells before they spread."]),
    (DISEASE, SHOP, "<p>A Pap test finds abnormal cells early, when treatment works best.</p>",
     []),
    (DISEASE, SHOP, "<p>Our hibiscus tea brings your pressure down naturally.</p>",
     ["Our hibiscus tea brings your pressure down naturally."]),
    (DISEASE, SHOP, "<p>Our St. John's wort lifts a hopeless mood.</p>",
     ["Our St. John's wort lifts a hopeless mood."]),
    (DISEASE, SHOP, "<p>An antidepressant can lift a hopeless mood in four to six weeks.</p>", []),
])
def test_conditions_in_lay_forms(engine: ContentEngine, rule: str, title: str, body: str,
                                 expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected


@pytest.mark.parametrize(("text", "found"), [
    ("my knees were so swollen", ["knees were so swollen"]),
    ("blood that is too thick", ["blood that is too thick"]),
    ("a heart that can't pump", ["heart that can't pump"]),
    ("the cartilage that years of running wore down", []),  # cartilage is its own name
    ("nerves that chemo damaged", ["nerves that chemo damaged"]),
    ("cells that grow out of control", ["cells that grow out of control"]),
    ("high liver enzymes", ["high liver enzymes"]),
    # a body part said to be well, or one that works, is no condition
    ("blood that flows to the heart", []),
    ("kidneys that filter waste", []),
    ("joints are flexible", []),
])
def test_lay_forms_are_conditions(text: str, found: list[str]) -> None:
    diseases = load_lexicons().conditions["diseases"]
    assert [m.text for m in diseases.finditer(text) if m.text != "cartilage"] == found


# Body functions restored, eponyms without the apostrophe, MedlinePlus short names, stages,
# toxic-metal overload, and a list intro that ends in "when:" or "if:" (its items are clauses that
# complete it). Each claim beside a near sentence that must not fire.
@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    # a body function as a condition only after a restorative verb
    (DISEASE, SHOP, "<p>Our ginkgo drops restore your hearing in weeks.</p>",
     ["Our ginkgo drops restore your hearing in weeks."]),
    (DISEASE, SHOP, "<p>Hearing aids restore hearing for many people with hearing loss.</p>", []),
    (DISEASE, SHOP, "<p>Our biotin gummies regrow hair where it has thinned.</p>",
     ["Our biotin gummies regrow hair where it has thinned."]),
    (DISEASE, SHOP, "<p>Our biotin gummies support healthy hair, skin and nails.</p>", []),
    (DISEASE, SHOP, "<p>Our elderberry syrup restores your body's ability to fight off "
                    "illness.</p>",
     ["Our elderberry syrup restores your body's ability to fight off illness."]),
    (DISEASE, SHOP, "<p>Our zinc lozenges support a healthy immune system.</p>", []),
    (DISEASE, SHOP, "<p>Our whey protein helps repair muscle after exercise.</p>", []),
    # eponyms as pages write them, and MedlinePlus short names
    (DISEASE, SHOP, "<p>Our coconut oil slows Alzheimers and Parkinsons.</p>",
     ["Our coconut oil slows Alzheimers and Parkinsons."]),
    (DISEASE, SHOP, "<p>Our aloe juice calms IBD flares.</p>",
     ["Our aloe juice calms IBD flares."]),
    (DISEASE, SHOP, "<p>Mesalamine is a first treatment for IBD.</p>", []),
    # a disease by its stage; a program's stage is no disease
    (DISEASE, SHOP, "<p>Our chaga tea helped my husband, who was diagnosed with stage 3, beat "
                    "the odds.</p>",
     ["Our chaga tea helped my husband, who was diagnosed with stage 3, beat the odds."]),
    (DISEASE, SHOP, "<p>Stage 2 of our program rebuilds your confidence.</p>", []),
    # heavy metals said to be removed (the FDA's OTC chelation warnings)
    (DISEASE, SHOP, "<p>Our clay capsules pull heavy metals out of your body.</p>",
     ["Our clay capsules pull heavy metals out of your body."]),
    (DISEASE, SHOP, "<p>Our clay capsules are tested for heavy metals by an outside lab.</p>",
     []),
    # a list intro ending in "when:" lends its predicate to the clause each item is
    (DISEASE, SHOP, "<p>Our lung tea helps when:</p><ul><li>a chest cold leaves you coughing up "
                    "phlegm for weeks</li></ul>",
     ["a chest cold leaves you coughing up phlegm for weeks"]),
    (DISEASE, SHOP, "<p>Call your doctor if:</p><ul><li>a chest cold leaves you coughing up "
                    "phlegm for weeks</li></ul>", []),
    (DISEASE, SHOP, "<p>Our lung tea may not help if:</p><ul><li>a chest cold leaves you coughing "
                    "up phlegm for weeks</li></ul>", []),
])
def test_restored_functions_names_and_clause_lists(engine: ContentEngine, rule: str,
                                                   title: str, body: str,
                                                   expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected


# A patient's story that credits the plan or medicine a clinician of the patient's set ("managed
# with the plan my doctor set up") tells of that care, not of the product taken with meals; the
# story that credits the product over the doctor's pills still fires.
@pytest.mark.parametrize(("text", "expected"), [
    ("I take PowerZyme Prime with dinner. My knee pain is managed with the plan my doctor set "
     "up.", []),
    ("I take PowerZyme Prime with dinner. My back pain is managed with the exercises my physical "
     "therapist gave me.", []),
    ("I take PowerZyme Prime with dinner. My knee pain is finally managed with these capsules, "
     "not the pills my doctor gave me.",
     ["\u201cI take PowerZyme Prime with dinner. My knee pain is finally managed with these "
      "capsules, not the pills my doctor gave me.\u201d \u2014 Linda"]),
])
def test_a_story_credits_the_plan_its_doctor_set(engine: ContentEngine, text: str,
                                                 expected: list[str]) -> None:
    assert reported(engine, DISEASE, SHOP, story_quote(text, "Linda")) == expected


# From the development sets' misses: symptoms said with their verb after the body part, a person
# who can't do what a condition stops, restoration said with "back", healing a named tissue,
# every illness, terminal illness, the side effects of chemo by their cause, COVID-19 variants,
# people named by their disease. Each claim beside a near sentence that must not fire.
@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    (DISEASE, SHOP, "<p>When your knees creak on the stairs, our collagen chews quiet them.</p>",
     ["When your knees creak on the stairs, our collagen chews quiet them."]),
    (DISEASE, SHOP, "<p>Our collagen chews are made from grass-fed bovine hide.</p>", []),
    (DISEASE, SHOP, "<p>Our focus drops help children who cannot sit still in class.</p>",
     ["Our focus drops help children who cannot sit still in class."]),
    (DISEASE, SHOP, "<p>Our focus drops come in a glass bottle you cannot break.</p>", []),
    (DISEASE, SHOP, "<p>Our bacopa capsules gave me my sharp memory back.</p>",
     ["Our bacopa capsules gave me my sharp memory back."]),
    (DISEASE, SHOP, "<p>Our arnica gel heals a torn rotator cuff without surgery.</p>",
     ["Our arnica gel heals a torn rotator cuff without surgery."]),
    (DISEASE, SHOP, "<p>Rest and physical therapy help a rotator cuff heal.</p>", []),
    (DISEASE, SHOP, "<p>One tonic for every illness in your family.</p>",
     ["One tonic for every illness in your family."]),
    (DISEASE, SHOP, "<p>Our ginger chews ease the nausea of chemotherapy.</p>",
     ["Our ginger chews ease the nausea of chemotherapy."]),
    (DISEASE, SHOP, "<p>Anti-nausea medicine prevents the nausea of chemotherapy.</p>", []),
    (DISEASE, SHOP, "<p>Our cinnamon capsules bring sugar down for diabetics.</p>",
     ["Our cinnamon capsules bring sugar down for diabetics."]),
    (INFECTION, SHOP, "<p>Our rosemary drops ward off the omicron variant.</p>",
     ["Our rosemary drops ward off the omicron variant."]),
    (INFECTION, SHOP, "<p>Updated vaccines protect against the omicron variant.</p>", []),
    (INFECTION, SHOP, "<p>Every time a virus goes around, three droppers of our tincture and "
                      "I'm over it in a day.</p>",
     ["Every time a virus goes around, three droppers of our tincture and I'm over it in a "
      "day."]),
])
def test_development_set_lay_forms(engine: ContentEngine, rule: str, title: str, body: str,
                                   expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected


# A lay name is the disease it is a symptom or short name of when an approved drug's labelled
# uses are matched (conditions-consumer.yaml `symptom-of`): "sertraline can lift low mood" names
# a use its label covers; a name the label does not cover stays outside it.
@pytest.mark.parametrize(("drug", "condition", "covered"), [
    ("sertraline", "low mood", True),
    ("sertraline", "hopelessness", True),
    ("sertraline", "heavy metals", False),
    ("propranolol", "my pressure", True),
    ("propranolol", "wheezing", False),
    ("donepezil", "Alzheimers", True),
])
def test_lay_names_meet_labelled_uses(drug: str, condition: str, covered: bool) -> None:
    labelled = load_lexicons().labelled
    assert labelled is not None
    found = labelled.drug(drug)
    assert found is not None
    assert (found.covers(condition) is not None) is covered


# Taking or using something named with a capital is taking a product, not a behaviour: the
# product acts. A behaviour ("Taking a walk") and approved care ("Taking Tylenol") stay quiet.
@pytest.mark.parametrize(("rule", "body", "expected"), [
    (INFECTION, "<p>Taking B Complex every day helps your body destroy the drug-resistant staph "
                "germs that spread in gyms.</p>",
     ["Taking B Complex every day helps your body destroy the drug-resistant staph germs that "
      "spread in gyms."]),
    (INFECTION, "<p>Washing your hands stops the spread of staph germs.</p>", []),
    (DISEASE, "<p>Taking a walk every day helps back pain.</p>", []),
    (DISEASE, "<p>Taking Tylenol every few hours eases a fever.</p>", []),
])
def test_a_named_product_taken_is_no_behaviour(engine: ContentEngine, rule: str, body: str,
                                               expected: list[str]) -> None:
    assert reported(engine, rule, SHOP, body) == expected
