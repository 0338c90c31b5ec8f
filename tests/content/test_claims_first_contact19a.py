"""Golden tests (issue 13, stop 34, claims19a): classes of first-contact misses and false
positives read in the dev half of fresh19a.yaml (hearing aids, laser eye surgery, homeopathic
eye drops), each with a near sentence that must stay quiet. Sentences are written for these
tests, not taken from a corpus file.

- A guarantee of a bodily function's outcome: "guaranteed 20/20 vision", "perfect vision is
  guaranteed", "Perfect hearing for life, guaranteed" (not "vision insurance ... guaranteed").
- Freedom from a corrective aid or a daily medicine promised for good ("Throw away your
  glasses for good", "Freedom from glasses for life").
- "No.1" / "No. 1", the abbreviation of "number one", ranks as "number one" does.
- A negation whose time an "until" clause ends ("I didn't trust them until I saw they were FDA
  approved", "I could not walk until the shots healed my knee") asserts what follows.
- "stye", the common name of the ICD-10-CM's hordeolum, is a condition.
- In a story, a product word inside a name of approved care ("the eye drops my doctor
  prescribed") is the care's, as it is in any other sentence.
- "stop" told to the reader with no object ("..., so stop and get checked") stops no condition.
- A condition's natural course ("Most floaters fade on their own") told in an answer that opens
  by denying its question's product ("Can eye drops help with floaters?" / "No eye drop has been
  shown to ...") is no claim for that product.
- The excimer laser's approved use written as clinics write it ("reshape the cornea", "reduce
  the need for glasses") is a use the FDA approved lasers for.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import list_page, reported, reported_on, story_quote

DISEASE = "unapproved-disease-claim"
INFECT = "infectious-disease-claim"
GUARANTEE = "no-guaranteed-results"
SUPERLATIVE = "no-superlative-claims"
STATUS = "false-fda-approval-claim"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Guaranteed 20/20 vision after one treatment.", True),
    ("With our lenses, perfect vision is guaranteed for the rest of your life.", True),
    ("Perfect hearing for life, guaranteed.", True),
    ("We guarantee a perfect smile after your veneers.", True),
    # a service guaranteed, or an outcome with its limits
    ("Vision insurance coverage is guaranteed for every employee.", False),
    ("We guarantee a hearing test appointment within a week.", False),
    ("Most patients see well after treatment, but vision can change with age.", False),
])
def test_a_guaranteed_outcome_of_a_bodily_function(engine: ContentEngine, sentence: str,
                                                   fires: bool) -> None:
    found = reported(engine, GUARANTEE, "Laser Eye Surgery", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Throw away your glasses for good.", True),
    ("Freedom from glasses for life is just ten minutes away.", True),
    ("Say goodbye to your hearing aids forever.", True),
    # freedom without permanence, or its limits told
    ("Freedom from glasses for most distance tasks is the usual result.", False),
    ("Many people still need reading glasses for life after treatment.", False),
])
def test_freedom_from_an_aid_promised_for_good(engine: ContentEngine, sentence: str,
                                               fires: bool) -> None:
    found = reported(engine, GUARANTEE, "Laser Eye Surgery", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize(("sentence", "fires"), [
    ("We are Ohio's No.1 laser eye clinic.", True),
    ("Visit the No. 1 hearing aid center in the county.", True),
    ("Form No. 1 must be signed before your first visit.", False),
])
def test_no_1_ranks_as_number_one(engine: ContentEngine, sentence: str, fires: bool) -> None:
    found = reported(engine, SUPERLATIVE, "Laser Eye Surgery", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize(("rule", "title", "text", "fires"), [
    (STATUS, "Hearing Aids for Hearing Loss", "I didn't trust cheap hearing aids until I saw "
     "they were FDA approved. Now I hear the TV again.", True),
    (DISEASE, "Stem Cell Therapy", "I could not walk without pain until the stem cell shots "
     "healed my knee arthritis.", True),
    # the denial itself, with no "until" to end it, or "until now"
    (STATUS, "Hearing Aids for Hearing Loss", "I never trusted cheap hearing aids, and none "
     "of them is FDA approved.", False),
    (STATUS, "Hearing Aids for Hearing Loss", "No hearing aid has been FDA approved until now, "
     "and ours are not either.", False),
    (DISEASE, "Stem Cell Therapy", "The stem cell shots have not healed my knee arthritis "
     "until now.", False),
])
def test_a_denial_ended_by_until(engine: ContentEngine, rule: str, title: str, text: str,
                                 fires: bool) -> None:
    found = reported(engine, rule, title, story_quote(text, "Walter H."))
    assert bool(found) is fires, found


@pytest.mark.parametrize(("item", "fires"), [
    ("Shrink painful styes in days", True),
    ("A sty on the eyelid gone overnight", True),
    ("Are not a treatment for styes", False),
])
def test_stye_is_a_condition(engine: ContentEngine, item: str, fires: bool) -> None:
    html = list_page("Homeopathic Eye Drops", "Our eyelid drops:", item)
    found = reported_on(engine, DISEASE, html) + reported_on(engine, INFECT, html)
    assert bool(found) is fires, found


@pytest.mark.parametrize(("text", "fires"), [
    # the teller's approved care, whose name holds a product word ("drops"), does the clearing
    ("The eye drops my doctor prescribed cleared my son's conjunctivitis in two days.", False),
    ("The nasal spray my doctor prescribed cleared my sinus infection in a week.", False),
    # the product the page sells still does
    ("These drops cleared my son's conjunctivitis in two days.", True),
    ("My doctor's eye drops did nothing, but these homeopathic drops cleared my son's "
     "conjunctivitis in two days.", True),
])
def test_a_product_word_inside_approved_care_in_a_story(engine: ContentEngine, text: str,
                                                        fires: bool) -> None:
    html = story_quote(text, "Maria S.")
    found = reported(engine, DISEASE, "Homeopathic Eye Drops", html) \
        + reported(engine, INFECT, "Homeopathic Eye Drops", html)
    assert bool(found) is fires, found


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Any eye drop can sting or cause an infection if the bottle is contaminated, so stop "
     "and get checked if your eye hurts.", False),
    ("If your eye gets redder, stop using the drops and see your eye doctor.", False),
    # "stop" with a condition as its object is the claim
    ("Our drops stop pink eye in a day.", True),
    ("Stop pink eye in a day with our homeopathic drops.", True),
])
def test_stop_told_to_the_reader(engine: ContentEngine, sentence: str, fires: bool) -> None:
    found = reported(engine, INFECT, "Homeopathic Eye Drops", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


@pytest.mark.parametrize(("sentence", "fires"), [
    ("LASIK uses an FDA-approved excimer laser to reshape the cornea and reduce the need for "
     "glasses.", False),
    ("Our FDA-approved laser is used to correct short-sightedness.", False),
    # a use no laser is approved for
    ("We use an FDA-approved laser for neuropathy.", True),
])
def test_the_excimer_lasers_approved_use(engine: ContentEngine, sentence: str,
                                         fires: bool) -> None:
    found = reported(engine, STATUS, "Laser Eye Surgery", f"<p>{sentence}</p>")
    assert bool(found) is fires, found


def _faq(question: str, answer: str) -> str:
    return (f'<section class="faq"><h2>Frequently asked questions</h2><details><summary>'
            f"{question}</summary><p>{answer}</p></details></section>")


@pytest.mark.parametrize(("answer", "fires"), [
    ("No eye drop has been shown to dissolve floaters. Most floaters fade on their own, but a "
     "sudden shower of new ones needs an eye exam the same day.", False),
    ("No. Most floaters fade on their own within a few months.", False),
    # an answer that affirms keeps the question's product as the agent
    ("Yes. Most floaters fade on their own within weeks of starting the drops.", True),
])
def test_natural_course_under_a_denied_question(engine: ContentEngine, answer: str,
                                                fires: bool) -> None:
    body = _faq("Can eye drops help with floaters?", answer)
    found = reported(engine, DISEASE, "Homeopathic Eye Drops", body)
    assert bool(found) is fires, found
