"""Golden tests (stop 38, fpfix38): nouns the disease rule read as its predicate.

- "treatment" after a possessive and nothing but the condition's name or a word of which care
  it is ("Support Alongside Your Cancer Treatment", "during her chemotherapy treatment") names
  the person's own care, not a product treating (fresh26n dev, a heading of an integrative
  oncology service); "Your Natural Cancer Treatment" is a product's name for itself and fires.
- "balance" with nothing after it but the end of its phrase is the noun of a list of what is
  checked ("feeling in your feet, pulses and balance, ..."), not a product balancing a measure
  (fresh27n dev, a neuropathy check's list item); "balance blood sugar" fires.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

DISEASE = "unapproved-disease-claim"


def fired(engine: ContentEngine, title: str, body: str) -> bool:
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    return any(f.rule_id == DISEASE for f in verdict.findings)


def items(intro: str, item: str) -> str:
    return f"<p>{intro}</p><ul><li>{item}</li><li>Shoes and socks</li></ul>"


CASES = [
    (False, "Integrative Oncology", "<h2>Integrative Oncology: Support Alongside Your Cancer "
                                    "Treatment</h2><p>We offer massage and nutrition advice.</p>"),
    (True, "Integrative Oncology", "<h2>Integrative Oncology: Your Natural Cancer "
                                   "Treatment</h2><p>We offer massage and nutrition advice.</p>"),
    (True, "Integrative Oncology", "<h2>Integrative Oncology: Natural Cancer Treatment That "
                                   "Works</h2><p>We offer massage and nutrition advice.</p>"),
    # a product called the person's treatment is the claim
    (True, "Eye Vitamins | Supplements", "<p>Visual Gold is an eye vitamin. If you have "
                                         "macular degeneration, Visual Gold is your "
                                         "treatment.</p>"),
    (False, "Chiropractic and Wellness", items("What we check:", "Feeling in your feet, pulses and "
                                      "balance, with a letter to your GP if we find signs of "
                                      "diabetic nerve damage")),
    (True, "Chiropractic and Wellness", items("What our programme does:",
                                              "Restores feeling in your feet, pulses and "
                                              "balance, and reverses diabetic nerve damage")),
    (True, "Blood sugar", "<p>Our cinnamon capsules balance blood sugar in type 2 "
                          "diabetes.</p>"),
]


@pytest.mark.parametrize(("fires", "title", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_noun_of_ones_own_care_or_of_a_checklist_is_no_predicate(
        engine: ContentEngine, fires: bool, title: str, body: str) -> None:
    assert fired(engine, title, body) is fires, body
