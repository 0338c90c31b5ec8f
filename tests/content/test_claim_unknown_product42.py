"""Golden tests of the product a reader knows by no lexicon (issue 13, stop 42): a claim whose
predicate and condition are in place is said of the seller's product when that product is
named as the predicate's subject right before it (a name in capitals, or one capitalized word
inside the sentence: "..., because Calmora treats anxiety at its root"), or is the thing at
hand by its kind after a determiner ("ten days with the headband", "the stimulator ends ...":
rules/lexicons/artefacts.yaml). Quiet neighbours: a name a title makes a person's ("Dr
Calmora"), a name that is no subject of the predicate ("The Golden Ember facial felt lovely;
my GP looks after my sciatica"), a heading's capitals, and a thing in a story or sentence that
names approved care or the teller's own clinician (the thing is then that care)."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_page, heading_page, reported_on, story_quote

UNAPPROVED = "unapproved-disease-claim"
MOOD = "Mood and Wellbeing"
BACK = "Back Pain Relief"
HEAD = "Headache and Migraine Care"

CALMORA = ("Many members come off their anxiety pills within weeks, because Calmora treats "
           "anxiety where it starts.")
DR_CALMORA = CALMORA.replace("because Calmora", "because Dr Calmora")
EMBER = ("Two failed back operations later, Golden Ember controls my sciatica better than any "
         "pill did.")
EMBER_GP = "The Golden Ember facial felt lovely; my GP looks after my sciatica."
HEADBAND = "Ten days with the headband and my migraines were gone."
HEADBAND_FITTED = HEADBAND.replace("the headband", "the headband my physiotherapist fitted")
STIMULATOR = "The stimulator heals sciatica in a week."
STIMULATOR_PRESCRIBED = "With your prescribed painkillers, the stimulator heals sciatica in a week."
HEADING = "Sciatica Relief That Works"

# (fires, page, the sentence the finding must be on)
CASES = [
    (True, article_page(MOOD, CALMORA), "because Calmora treats anxiety"),
    (False, article_page(MOOD, DR_CALMORA), "because Dr Calmora treats anxiety"),
    (True, article_page(BACK, story_quote(EMBER, "Glen, Leeds")),
     "Golden Ember controls my sciatica"),
    (False, article_page(BACK, story_quote(EMBER_GP, "Glen, Leeds")), "my GP looks after"),
    (True, article_page(HEAD, story_quote(HEADBAND, "Rita, Hove")), HEADBAND[:-1]),
    (False, article_page(HEAD, story_quote(HEADBAND_FITTED, "Rita, Hove")),
     "Ten days with the headband"),
    (True, article_page(BACK, STIMULATOR), STIMULATOR[:-1]),
    (False, article_page(BACK, STIMULATOR_PRESCRIBED), "the stimulator heals"),
    (False, heading_page(BACK, HEADING), HEADING),
]


@pytest.mark.parametrize(("fires", "html", "sentence"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_product_by_name_or_kind(engine, fires, html, sentence) -> None:
    reported = reported_on(engine, UNAPPROVED, html)
    assert any(sentence in found for found in reported) is fires, reported
