"""Golden tests (stop 35, rewrites35): "not a <kind> medicine/remedy/medication" denies the
claim as "not a <kind> treatment" does (scopes.DENIAL), in the sentence and in a list's lead;
bare ("it's not a medicine") or set against drugs as sales talk ("not a harsh chemical
medicine") it denies nothing. Sentences written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content.scopes import DENIAL
from tests.content.conftest import article_rules_fired

TITLE = "Homeopathic Remedies"


@pytest.mark.parametrize(("intro", "item", "fires"), [
    # the lead denies the product is care for the condition; its list says what to do instead
    ("CalmLeaf Drops are not a sleep medicine. If your sleep has changed:",
     "Tell your doctor, since insomnia can be a sign of depression that can be treated", False),
    ("CalmLeaf Drops are not an anxiety medication. If worry keeps you awake:",
     "Ask your doctor, since anxiety can be treated", False),
    # ... the same list under a lead that sells the product for it, or sets it against drugs
    ("CalmLeaf Drops help you sleep. If your sleep has changed:",
     "Tell your doctor, since insomnia can be a sign of depression that can be treated", True),
    ("CalmLeaf Drops are not a harsh chemical medicine. If your sleep has changed:",
     "Tell your doctor, since insomnia can be a sign of depression that can be treated", True),
])
def test_denial_in_lead(engine, intro: str, item: str, fires: bool) -> None:
    body = (f"<p>Our pharmacy stocks homeopathic pellets, drops and kits.</p><p>{intro}</p>"
            f"<ul><li>Sessions are booked in advance.</li><li>{item}</li></ul>")
    assert ("unapproved-disease-claim" in article_rules_fired(engine, TITLE, body)) is fires


@pytest.mark.parametrize(("text", "denies"), [
    ("Arnica gel is not a pain medicine", True),
    ("Elderberry syrup is not a flu remedy", True),
    ("Our tea is not an anti-inflammatory medication", True),
    ("It's not a medicine, it's nature", False),
    ("It's not a harsh chemical medicine", False),
    ("not a miracle remedy, just a good one", False),
    ("not a single medicine worked for me", False),
])
def test_denial_names_a_medicine_with_its_use(text: str, denies: bool) -> None:
    assert bool(DENIAL.search(text)) is denies
