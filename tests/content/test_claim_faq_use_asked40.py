"""Golden tests of an FAQ answer that affirms the use its question asks about (issue 13, class 4:
"an FAQ whose question carries the claim and whose answer does not"; fixfaq40's own probes, not
taken from a corpus file). A question may ask a product's use without a predicate word: the
product taken or used FOR the condition ("Can I take turmeric for my arthritis?"), or IN PLACE
of the condition's care ("Should I take vitamin D instead of the flu shot?", "Is stem cell
therapy an alternative to hip replacement?"); or it may take the course as given and ask its
length ("How many sessions does a child with autism need?"). An answer that affirms it ("Yes.",
"Many of our patients do."), doses the course ("Most children need 40 dives.") or tells the
gain people see in a comparative of the symptom ("Many of our clients report fewer flare-ups and
less fatigue") is the seller's claim that the product is for the condition, as the statement
is. An answer that denies, hedges or refers stays quiet, and so does a yes about approved care
(its labelled use, care asked of before its use, an approved drug standing in for another) or a
cleared indication.

Each: the exact question and answer and the rule; the compliant neighbours in the same form."""

from __future__ import annotations

import pytest

from tests.content.conftest import reported_on, riverbend_page

WELLNESS = "Chiropractic and wellness center"
STEM = "Stem Cell Therapy"
HERBAL = "Herbal Remedies"
FMT = "Fecal Microbiota Transplant"
HBOT = "Hyperbaric Oxygen Therapy"


def faq(title: str, question: str, answer: str) -> str:
    return riverbend_page(title, f"<section class='faq'><h2>FAQ</h2><details><summary>"
                                 f"{question}</summary><p>{answer}</p></details></section>")


CASES = [
    # the product in place of the condition's care, affirmed
    ("infectious-disease-claim", True, WELLNESS,
     "Should I take vitamin D instead of the flu shot?", "Many of our patients do."),
    ("infectious-disease-claim", True, WELLNESS,
     "Should I take vitamin D instead of the flu shot?", "Yes."),
    ("unapproved-disease-claim", True, STEM,
     "Is stem cell therapy an alternative to hip replacement?", "Yes."),
    ("unapproved-disease-claim", True, STEM, "Is it an alternative to hip surgery?", "Yes."),
    ("infectious-disease-claim", False, WELLNESS,
     "Should I take vitamin D instead of the flu shot?",
     "No. Vitamin D does not replace the flu shot; get both."),
    ("infectious-disease-claim", False, WELLNESS,
     "Should I take vitamin D instead of the flu shot?",
     "Ask your doctor; we recommend the flu shot for everyone over six months."),
    ("infectious-disease-claim", False, WELLNESS,
     "Should I take vitamin D instead of the flu shot?",
     "There is no evidence that vitamin D can replace the vaccine."),
    ("unapproved-disease-claim", False, STEM, "Is it an alternative to hip surgery?",
     "It may help some people delay surgery; studies are small."),
    ("unapproved-disease-claim", False, STEM, "Is it an alternative to hip surgery?",
     "That is a question for your orthopedic surgeon."),
    ("unapproved-disease-claim", False, STEM, "Is it an alternative to hip surgery?",
     "Not yet. Research is ongoing."),
    # approved care standing in for approved care, or asked of itself
    ("unapproved-disease-claim", False, "Men's Health",
     "Can I take generic sildenafil instead of Viagra?", "Yes."),
    ("unapproved-disease-claim", False, "Physical Therapy and Rehabilitation",
     "Can I do physical therapy instead of surgery?", "Many patients do."),
    # the product taken for the condition, affirmed
    ("unapproved-disease-claim", True, HERBAL, "Can I take turmeric for my arthritis?", "Yes."),
    ("unapproved-disease-claim", True, HERBAL, "Should I take turmeric for my arthritis?",
     "Many of our patients do."),
    ("unapproved-disease-claim", False, HERBAL, "Can I take turmeric for my arthritis?",
     "No. There is no good evidence it helps arthritis."),
    ("unapproved-disease-claim", False, HERBAL, "Can I take turmeric for my arthritis?",
     "It may ease mild joint pain for some people, but studies are small."),
    ("unapproved-disease-claim", False, HERBAL, "Can I take turmeric for my arthritis?",
     "Ask your doctor first, because it can interact with blood thinners."),
    ("unapproved-disease-claim", False, "Diabetes care",
     "Can I take metformin for type 2 diabetes?", "Yes, it is approved for that."),
    ("unapproved-disease-claim", False, "Pain clinic",
     "Can I take ibuprofen for my back pain?", "Yes, for a few days."),
    # the course for the condition taken as given, dosed
    ("unapproved-disease-claim", True, HBOT, "How many sessions does a child with autism need?",
     "Most children need 40 dives."),
    ("unapproved-disease-claim", False, HBOT,
     "How many sessions does a child with autism need?",
     "We do not treat autism with hyperbaric oxygen."),
    ("unapproved-disease-claim", False, HBOT,
     "How many sessions does a child with autism need?", "That depends; ask your pediatrician."),
    ("unapproved-disease-claim", False, HBOT,
     "How many sessions does a patient with a diabetic foot ulcer need?",
     "Most patients need 30 to 40 dives."),
    ("unapproved-disease-claim", False, "Physical Therapy and Rehabilitation",
     "How many sessions of physical therapy does a child with torticollis need?",
     "Most children need 8 to 12."),
    # the gain asked about, seen by the seller's clients
    ("unapproved-disease-claim", True, FMT, "Can FMT help with multiple sclerosis?",
     "Many of our clients report fewer flare-ups and less fatigue after a full course."),
    ("unapproved-disease-claim", False, FMT, "Can FMT help with multiple sclerosis?",
     "A few clients report less fatigue, but no study has shown that FMT helps multiple "
     "sclerosis."),
    ("unapproved-disease-claim", False, FMT, "Can FMT help with multiple sclerosis?",
     "Most clients report mild bloating for a day."),
    # an answer whose first sentence declines the question: what follows is told under it
    ("unapproved-disease-claim", False, FMT, "Can FMT help with multiple sclerosis?",
     "We cannot promise it will. Some clients say they feel less tired; studies have not "
     "confirmed this, so keep seeing your neurologist."),
    ("unapproved-disease-claim", False, FMT, "Can FMT help with multiple sclerosis?",
     "Not yet. Some clients report fewer flare-ups, but trials are under way."),
    ("unapproved-disease-claim", False, "Physical Therapy and Rehabilitation",
     "Does physical therapy help knee arthritis?", "Most patients report less pain after six "
     "weeks."),
]


@pytest.mark.parametrize(("rule", "fires", "title", "question", "answer"), CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(CASES)])
def test_faq_answer_affirms_the_use_asked(engine, rule, fires, title, question, answer) -> None:
    assert bool(reported_on(engine, rule, faq(title, question, answer))) is fires


# The yes in other words: the reply particles of English ("Of course.", "Certainly.", "Sure.",
# "Without a doubt.", "100%."), a yes after the reply's own adverb ("In most cases, yes."),
# an auxiliary strengthened ("It certainly can.") and others' yes ("Most do.", "Our patients
# think so."). Not a particle that opens a denial ("Of course not.", "Certainly not.", "Most
# don't."), one followed by a hedge or a referral, or a yes about approved care.
YES_WORDS = [
    (True, STEM, "Can stem cells help my knee arthritis?", "Of course."),
    (True, STEM, "Can stem cells help my knee arthritis?", "Certainly."),
    (True, STEM, "Can stem cells help my knee arthritis?", "Without a doubt."),
    (True, STEM, "Can stem cells help my knee arthritis?", "100%."),
    (True, STEM, "Can stem cells help my knee arthritis?", "In most cases, yes."),
    (True, STEM, "Can stem cells help my knee arthritis?", "It certainly can."),
    (True, STEM, "Can stem cells help my knee arthritis?", "Most do."),
    (True, STEM, "Can stem cells help my knee arthritis?", "Our patients think so."),
    (False, STEM, "Can stem cells help my knee arthritis?",
     "Of course not. No stem cell product is approved for arthritis."),
    (False, STEM, "Can stem cells help my knee arthritis?", "Certainly not."),
    (False, STEM, "Can stem cells help my knee arthritis?", "Most don't."),
    (False, STEM, "Can stem cells help my knee arthritis?",
     "Sure, ask your orthopedic surgeon whether it is worth trying."),
    (False, STEM, "Can stem cells help my knee arthritis?",
     "Of course, everyone is different, and studies are small."),
    (False, "Diabetes care", "Can metformin treat type 2 diabetes?", "Of course."),
]


@pytest.mark.parametrize(("fires", "title", "question", "answer"), YES_WORDS,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(YES_WORDS)])
def test_faq_yes_in_other_words(engine, fires, title, question, answer) -> None:
    html = faq(title, question, answer)
    assert bool(reported_on(engine, "unapproved-disease-claim", html)) is fires
