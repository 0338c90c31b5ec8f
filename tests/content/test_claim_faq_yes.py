"""Golden tests of a claim an FAQ question raises and its answer affirms (issue 13, claims in
FAQs; own probes of claims12b, written for these tests, not taken from a corpus file): "Are
results guaranteed?" / "Absolutely." says the guarantee as much as "Results are guaranteed"
does, and so for a risk dismissed ("Is PRP completely safe?" / "Yes.") and a superlative ("Is
this the best PRP clinic in Denver?" / "Yes, and our patients agree."), and a research claim
("Is PRP clinically proven?" / "Yes, it is.") needs its citation in the answer. Said of
approved care by no seller, the question read as a statement is patient information, as the
statement is. The question alone is never a claim; the answer must open with a yes its first
sentence does not qualify ("Yes, but results vary", "Yes, for most people"), and none of the
rule's scope cues may clear it.
A question about the product's risks answered "None" ("Are there side effects?" / "None at
all.") says there are none, as "no side effects" does; not a none that is qualified ("No
serious ones; some bruising is common", "None for most people") or that answers a question
about approved care ("Are there side effects from the flu vaccine?").

Each: the exact FAQ and the rule, and a near FAQ that must not fire."""

from __future__ import annotations

import pytest

from tests.content.conftest import reported_on, riverbend_page

PRP = "Regenerative Medicine: PRP and Exosomes"


def faq(question: str, answer: str, title: str = PRP) -> str:
    return riverbend_page(title, f"<section class='faq'><h2>FAQ</h2><details><summary>{question}"
                                 f"</summary><p>{answer}</p></details></section>")


CASES = [
    ("no-guaranteed-results", True, faq("Are results guaranteed?", "Absolutely.")),
    ("no-guaranteed-results", False,
     faq("Are results guaranteed?", "No; results vary from person to person.")),
    ("no-guaranteed-results", False,
     faq("Are results guaranteed?", "Yes, but only our price is; results vary.")),
    ("no-risk-minimization", True, faq("Is PRP completely safe?", "Yes.")),
    ("no-risk-minimization", True, faq("Is it risk-free?", "Yes, totally.")),
    ("no-risk-minimization", False, faq(
        "Is PRP completely safe?",
        "No procedure is completely safe; bruising and infection can happen.")),
    ("no-risk-minimization", False, faq(
        "Is the flu vaccine completely safe?",
        "Serious side effects are rare, and most people have only a sore arm.",
        "Vaccines")),
    ("no-superlative-claims", True,
     faq("Is this the best PRP clinic in Denver?", "Yes, and our patients agree.")),
    ("no-superlative-claims", False,
     faq("Is this the best PRP clinic in Denver?", "We let our patients' reviews speak.")),
    # a research claim asked and affirmed, with no citation in the answer; not one cited
    # there, nor one said of approved care
    ("research-claims-cited", True, faq("Is PRP clinically proven?", "Yes, it is.")),
    ("research-claims-cited", True, faq("Has PRP been proven in studies?", "Definitely.")),
    ("research-claims-cited", False, faq(
        "Is PRP clinically proven?",
        "Yes, it is (<a href='https://pubmed.ncbi.nlm.nih.gov/123/'>study</a>).")),
    ("research-claims-cited", False,
     faq("Is PRP clinically proven?", "Yes, for some uses, but the evidence is mixed.")),
    ("research-claims-cited", False, faq(
        "Has the flu vaccine been proven safe in studies?", "Yes, it has.", "Vaccines")),
    # a superlative of approved care, asked and affirmed, is patient information
    ("no-superlative-claims", False, faq(
        "Is bariatric surgery the most effective treatment for severe obesity?", "Yes, it is.",
        "Weight Loss Surgery")),
    # a question about risks answered "None"
    ("no-risk-minimization", True, faq("Are there side effects?", "None at all.")),
    ("no-risk-minimization", True,
     faq("Is there any downtime or risk?", "Zero. It's your own blood.")),
    ("no-risk-minimization", False,
     faq("Are there side effects?", "No serious ones; some bruising is common.")),
    ("no-risk-minimization", False, faq(
        "Are there side effects?", "No. Like any injection, bruising and soreness can happen.")),
    ("no-risk-minimization", False, faq(
        "Are there side effects from the flu vaccine?", "No. It is very safe.", "Vaccines")),
    ("no-risk-minimization", False, faq(
        "Is there a risk of infection from the flu shot?",
        "No. The flu shot cannot give you the flu.", "Vaccines")),
]


@pytest.mark.parametrize(("rule", "fires", "html"), CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(CASES)])
def test_faq_question_answered_yes(engine, rule, fires, html) -> None:
    assert bool(reported_on(engine, rule, html)) is fires
