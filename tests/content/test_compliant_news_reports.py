"""Golden tests: news and enforcement reports name a firm's claims without making them. An
authority or accuser reporting what a firm advertised, promoted or claimed ("Prosecutors say
the center promoted its ozone therapy as a cure for HIV") is claim-reported; a sentence that
tells the firm to stop its sales talk has no condition for its verb; standard dental care is
approved care. Each beside the firm's own-voice twin, which fires."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"

CASES = [
    (INFECTIOUS, False, "Ozone Therapy",
     "Prosecutors say the center promoted its ozone therapy as a cure for HIV."),
    (INFECTIOUS, True, "Ozone Therapy", "Our ozone therapy is a cure for HIV."),
    (CURE, False, "Herbal Teas", "The agency warned that the firm claimed its tea cures diabetes."),
    (CURE, True, "Herbal Teas", "Our tea cures diabetes."),
    (DISEASE, False, "CBD Oils",
     "The FDA warned the seller to stop claiming that its CBD oil shrinks tumors."),
    (CURE, False, "Brain Supplements", "In 2019 the Federal Trade Commission sued the marketers "
     "for claiming their supplement reversed Alzheimer's disease."),
    (DISEASE, False, "IV Vitamin Drips", "Under the settlement, the chain must stop making such "
     "claims about cancer unless competent and reliable evidence backs them."),
    (DISEASE, False, "Dental Care", "Gum disease is treated with a deep cleaning called scaling "
     "and root planing."),
]


@golden_sentences(CASES)
def test_news_reports(engine: ContentEngine, rule: str, fires: bool, title: str,
                      sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
