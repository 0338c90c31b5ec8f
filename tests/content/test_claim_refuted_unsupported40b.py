"""Golden tests (stop 40 round 2, fixdebunk40b): two readings round 1's structure missed.

1. A reported claim refuted by a FINDING THAT IT WAS UNSUPPORTED, whatever the auxiliary: "the
   sellers could not back that up", "the data could not support the claim", "the company failed
   to substantiate its claims", "the claims were unsubstantiated" (REFUTES read only "did not
   support this"). News-style reports of a regulator's or a review board's action write it so.
   The same report with no such finding, or a finding that supports it, still fires.
2. A word of killing whose object is people is a harm done, not a predicate: "chelation drips
   given for the wrong reasons have killed patients" names no treated condition. The same
   sentence with an efficacy predicate, or "kills" with a disease's agent as object, fires.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, article_rules_fired, story_quote

MEMORY = "Memory Supplements"
NEURO = "Neurofeedback Centers"
CHELATION = "Chelation and Detox Therapy"


QUIET = [
    (MEMORY, "<p>Commercials for NeuroBright said the capsules reverse memory loss in four "
             "weeks. The FTC found that the company could not back those claims up, and it "
             "paid refunds to buyers.</p>"),
    (MEMORY, "<p>Ads for CogniMax claimed the pills cure dementia. Regulators said in 2017 "
             "that the maker failed to substantiate its claims.</p>"),
    (NEURO, "<p>BrainPath advertised that 85% of its clients reported fewer migraine attacks "
            "after 20 neurofeedback sessions. A review board found those results could not "
            "support the claim.</p>"),
    (CHELATION, "<p>Chelation has no proven role in autism, and chelation infusions given to "
                "children have killed patients.</p>"),
    (CHELATION, "<p>Intravenous chelation does not treat dementia; the drips have killed at "
                "least three people.</p>"),
]

FIRES = [
    # the same report, no finding against it
    (MEMORY, "<p>Commercials for NeuroBright said the capsules reverse memory loss in four "
             "weeks. The FTC looked at the ads in 2016.</p>"),
    # the finding supports it (the seller's voice)
    (MEMORY, "<p>Ads for CogniMax claimed the pills cure dementia. Our data support the "
             "claim.</p>"),
    # a guarantee in the page's own voice, its numbers unrefuted
    (NEURO, "<p>85% of our clients report fewer migraine attacks after 20 neurofeedback "
            "sessions, guaranteed.</p>"),
    # the same sentence shape with an efficacy predicate
    (CHELATION, "<p>Chelation stops autism, and chelation infusions given to children have "
                "never killed patients.</p>"),
    # killing a disease's agent is a predicate
    (CHELATION, "<p>Our chelation drips kill the Lyme disease bacteria.</p>"),
]


@pytest.mark.parametrize(("title", "body"), QUIET)
def test_refuted_as_unsupported_or_a_harm_done_is_quiet(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES == set()


@pytest.mark.parametrize(("title", "body"), FIRES)
def test_the_same_forms_unrefuted_or_claiming_fire(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES


# 3. A testimonial read whole whose outcome word ("would be gone") is what an ad promised, and
#    its later sentences refute it: the outcome word stands at its own words, as a predicate
#    does (it was read as nowhere, so no report could be found before it).
STORY_QUIET = [
    (MEMORY, story_quote("My son bought NeuroBright because the ad said my forgetfulness would "
                         "be gone in a month. Three months later nothing had changed, and my "
                         "doctor said no supplement has been shown to do that.", "Ruth, 69")),
]
STORY_FIRES = [
    # the story says it came true
    (MEMORY, story_quote("My son bought NeuroBright because the ad said my forgetfulness would "
                         "be gone in a month. Three weeks later my forgetfulness was gone.",
                         "Ruth, 69")),
    # the outcome in the teller's own voice
    (MEMORY, story_quote("I took NeuroBright for a month and my forgetfulness is gone. My "
                         "doctor was amazed.", "Ruth, 69")),
]


@pytest.mark.parametrize(("title", "body"), STORY_QUIET)
def test_a_story_refuting_the_outcome_an_ad_promised_is_quiet(engine, title: str,
                                                              body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES == set()


@pytest.mark.parametrize(("title", "body"), STORY_FIRES)
def test_the_story_s_outcome_told_true_fires(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES


# 4. A quoted slogan cut at a "!" after its closing mark, the comment the page's voice
#    declining what it sells ("Why We Don't Sell ...", "Why we stopped offering ..."): a claim
#    held up, not adopted. The first person that declines is no seller; a comment that sells
#    ("Why We Sell Our ...", "our stack") still fires.
HEADING_QUIET = [
    (MEMORY, "<h2>'Heal Memory Loss in Ten Days'! Why We Don't Sell Memory Pills</h2>"
             "<p>Read on.</p>"),
    (MEMORY, "<h2>\u201cCures Dementia Naturally\u201d! Why we stopped offering ginkgo drips"
             "</h2><p>Read on.</p>"),
]
HEADING_FIRES = [
    (MEMORY, "<h2>'Heal Memory Loss in Ten Days'! Why We Sell Our Memory Pills</h2>"
             "<p>Read on.</p>"),
    (MEMORY, "<h2>\u201cCures Dementia Naturally\u201d! Why we never stopped offering our "
             "ginkgo drips</h2><p>Read on.</p>"),
]


@pytest.mark.parametrize(("title", "body"), HEADING_QUIET)
def test_a_quoted_slogan_the_page_declines_to_sell_is_quiet(engine, title: str,
                                                            body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES == set()


@pytest.mark.parametrize(("title", "body"), HEADING_FIRES)
def test_a_quoted_slogan_the_page_sells_fires(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES


# 5. An FAQ answer to a question asking for the harms of care: a sentence that borrows the
#    condition of the harms listed before it ("It can also slow the heart rate") names no
#    condition anything treats. An answer that names its own condition with a predicate fires.
def _faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


FAQ_QUIET = [
    (MEMORY, _faq("What are the side effects of galantamine?",
                  "The most common are nausea, vomiting, diarrhoea and weight loss. It can also "
                  "slow the heart rate, so tell your doctor if you feel faint.")),
]
FAQ_FIRES = [
    (MEMORY, _faq("What are the side effects of our ginkgo drip?",
                  "There are none. It can also slow Alzheimer's disease, so book a course.")),
]


@pytest.mark.parametrize(("title", "body"), FAQ_QUIET)
def test_an_answer_borrowing_the_harms_asked_for_is_quiet(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES == set()


@pytest.mark.parametrize(("title", "body"), FAQ_FIRES)
def test_an_answer_naming_its_own_treated_condition_fires(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES
