"""Golden tests of condition names a vocabulary writes otherwise (issue 13, class 1): the
plural of a singular ICD-10-CM or Disease Ontology name ("nasal polyp" -> "nasal polyps",
"ovarian cyst" -> "ovarian cysts"), and the short and eponym forms of MedlinePlus health topics
("PMS", "Raynaud's", "SIBO", "NAFLD", "hyperhidrosis"). The exact sentence the disease rule
reports; the near sentences are patient information about approved care or the condition's
course. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content.lexicons import load_lexicons, with_plurals
from tests.content.conftest import article_page

DISEASE = "unapproved-disease-claim"


def _reported(engine, topic: str, sentence: str) -> list[str]:
    verdict = engine.check_page("https://clinic.example/p/", article_page(topic, sentence))
    return [f.sentence or "" for f in verdict.findings if f.rule_id == DISEASE]


def test_plurals_are_regular_and_skip_latin_and_category_names() -> None:
    assert with_plurals(["nasal polyp", "cavity", "sinusitis", "kidney disease",
                         "hernia", "sepsis", "crohn's"]) == [
        "nasal polyp", "cavity", "sinusitis", "kidney disease", "hernia", "sepsis", "crohn's",
        "nasal polyps", "cavities"]


@pytest.mark.parametrize("name", ["nasal polyps", "ovarian cysts", "PMS", "Raynaud's",
                                  "SIBO", "NAFLD", "hyperhidrosis", "gastroparesis",
                                  "pinched nerves", "high PSA"])
def test_the_name_is_a_condition(name: str) -> None:
    diseases = load_lexicons().conditions["diseases"]
    found = diseases.search(f"It helps {name} today.")
    assert found is not None and found.text == name


@pytest.mark.parametrize(("topic", "sentence"), [
    ("shop", "The gut reset kit treats SIBO without antibiotics."),
    ("Hyperbaric Oxygen Therapy", "Hyperbaric sessions reverse Raynaud's in weeks."),
    ("shop", "Our milk thistle formula reverses NAFLD."),
    ("shop", "These drops treat hormone imbalance in women over 40."),
    ("Peptide Therapy", "Our peptide therapy treats gastroparesis."),
    ("shop", "Our botanical cream dissolves keloids."),
])
def test_a_claim_on_such_a_name_fires(engine, topic, sentence) -> None:
    assert _reported(engine, topic, sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "SIBO is usually treated with antibiotics such as rifaximin.",
    "Keeping your hands warm and stopping smoking help with Raynaud's.",
    "Weight loss of 7 to 10 percent can improve NAFLD.",
    "Steroid injections can flatten keloids, but they may come back.",
    "A high PSA does not always mean cancer; we may repeat the test.",
])
def test_patient_information_on_such_a_name_does_not(engine, sentence) -> None:
    assert _reported(engine, "pt", sentence) == []
