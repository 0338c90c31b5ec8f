"""Golden tests (stop 37, scope37): a Drug Facts label's "Uses" line in the OTC monographs' own
words ("Uses: temporarily relieves minor aches and pains due to the common cold, headache,
toothache ..."), each condition a symptom the monographs label their relievers for, naming no
product of the claim classes, on a page whose title names none, is the label of an OTC drug in
its monograph use. The same line on a homeopathic shop's page, with a product word, or for an
infection no OTC reliever is labelled for ("... symptoms of COVID-19"), still claims. Sentences
written for these tests."""

from __future__ import annotations

from tests.content.conftest import assert_fires_as_labelled, golden_sentences

INFECTIOUS = "infectious-disease-claim"
USES = ("Uses: temporarily relieves minor aches and pains due to the common cold, headache, "
        "toothache, muscular aches and backache, and temporarily reduces fever.")


@golden_sentences([
    (INFECTIOUS, False, "Online Pharmacy", USES),
    (INFECTIOUS, False, "Online Pharmacy", "Uses: temporarily relieves cough due to minor throat "
     "and bronchial irritation as may occur with the common cold."),
    # ... neighbours: a homeopathic shop, a product word, an infection no reliever is for
    (INFECTIOUS, True, "Homeopathic Remedies", USES),
    (INFECTIOUS, True, "Online Pharmacy", "Uses: our natural drops temporarily relieve the "
     "common cold and flu."),
    (INFECTIOUS, True, "Online Pharmacy", "Uses: temporarily relieves symptoms of COVID-19 and "
     "shortens the infection."),
])
def test_a_drug_facts_uses_line(engine, rule: str, fires: bool, title: str,
                                sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
