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
from tests.content.conftest import reported

# (the engine is conftest.py's: one per session, audit date 2026-11-25)

SHOP = "Herbal Supplements"
DISEASE = "unapproved-disease-claim"


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
