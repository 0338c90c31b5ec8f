"""Golden tests (claim type, no-unqualified-cure-claims): a condition ended outright and told
as total ("completely heals"), a permanent end named as a noun ("permanent resolution"),
approved care named as left out ("without antibiotics"), and an FAQ question whether the
product cures answered yes. Each with a near sentence that must not fire."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    assert_fires_as_labelled,
    golden_sentences,
    reported_on,
    riverbend_page,
)

RULE = "no-unqualified-cure-claims"

CASES = [
    (RULE, True, "Hyperbaric Oxygen Therapy",
     "Our hyperbaric sessions completely heal diabetic foot ulcers."),
    (RULE, True, "iv", "The chelation protocol fully reverses fatty liver disease."),
    # a wound heals completely in patient information: the condition is the subject
    (RULE, False, "pt", "Most ankle sprains heal completely within six weeks of rest."),
    (RULE, True, "recovery", "Our herbal formula eradicates Lyme disease without antibiotics."),
    # approved care named as what cures (the prescriber's course) is patient information
    (RULE, False, "recovery",
     "Antibiotics eradicate Lyme disease in most people when they are started early."),
    (RULE, True, "recovery", "Our peptide protocol offers permanent resolution of tendinitis."),
    (RULE, False, "pt", "Resolution of tendinitis usually takes six weeks of rest."),
]


@golden_sentences(CASES)
def test_cure_outright(engine: ContentEngine, rule: str, fires: bool, title: str,
                       sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def _faq(question: str, answer: str) -> str:
    return riverbend_page("Chelation and IV Therapy FAQ",
                          f"<h3>{question}</h3><p>{answer}</p>")


@pytest.mark.parametrize(("question", "answer", "reported"), [
    ("Will the chelation drip cure my heart disease?",
     "Yes. Most of our patients never need bypass surgery after it.",
     ["Will the chelation drip cure my heart disease?"]),
    # a yes about approved care, with no product and no seller in question or answer
    ("Can strep throat be cured?", "Yes, with a full course of antibiotics.", []),
    # a question whether a condition can be cured, no one named to cure it: a prognosis
    ("Can warts be cured?", "Yes. Most go away on their own within two years.", []),
    # a yes the answer qualifies at once is not an unqualified cure
    ("Will the chelation drip cure my heart disease?",
     "Yes, for some patients, but results vary and it is not a substitute for your"
     " cardiologist's care.", []),
])
def test_an_faq_yes_to_a_cure_question(engine: ContentEngine, question: str, answer: str,
                                       reported: list[str]) -> None:
    assert reported_on(engine, RULE, _faq(question, answer)) == reported


# A condition lived as if never had, no longer found at all, or "history" (stop 31): each the
# exact sentence the cure rule reports, beside a near sentence that must not fire.
STORY_CASES = [
    ("It's like I never had MS: I walk, I run, I dance.", True),
    ("Some adults act as if they never had chickenpox, but the virus stays in the body.", False),
    ("My doctor can't find any trace of the Lyme anymore.", True),
    ("If the test cannot find any sign of infection, antibiotics are not needed.", False),
    ("Not one seizure since Lily started the oil, and her epilepsy is history.", True),
    ("Tell us about your family history of heart disease and epilepsy.", False),
]


@pytest.mark.parametrize(("sentence", "fires"), STORY_CASES,
                         ids=[f"{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(STORY_CASES)])
def test_a_condition_lived_as_never_had_or_no_longer_found(engine: ContentEngine, sentence: str,
                                                           fires: bool) -> None:
    html = riverbend_page("Herbal Supplements", f"<p>{sentence}</p>")
    assert reported_on(engine, RULE, html) == ([sentence] if fires else [])
