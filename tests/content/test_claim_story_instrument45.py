"""Golden tests (stop 45, fixstory45): a story is a claim about the page's product only when
the product is its outcome's instrument.

A patient's story that names no product of ours, no name, no course of the page's service and
nothing it turned to, and tells care the teller had from someone else (approved care told in a
sentence before the outcome: "I had six weeks of radiotherapy ... The scan showed no sign of
it"; a hospital's programme), is that care's story, whatever approved-care list names it; the
same story with the page's product as its instrument ("your capsules", "the capsules") still
fires. A cure of a curable infection by care may name the infection again by its kind ("no
virus at all"), beside the same cure by a supplement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page, story_fired

CURE = "no-unqualified-cure-claims"
DISEASE = "unapproved-disease-claim"


STORIES = [
    (False, "Natural cancer support",
     "I had six weeks of radiotherapy for my throat cancer. The scan in the spring showed no "
     "sign of it, and I'm back at work."),
    (False, "Herbal supplements",
     "My blood sugar was far too high from diabetes. I lost 15 pounds with the hospital's "
     "education program and cut out soda, and a year later my numbers are normal."),
    # neighbours: the page's product as the instrument, named, addressed or pointed at
    (True, "Natural cancer support",
     "I had six weeks of your mushroom capsules for my throat cancer. The scan in the spring "
     "showed no sign of it, and I'm back at work."),
    (True, "Natural cancer support",
     "I had six weeks of radiotherapy for my throat cancer, then I found these capsules. The "
     "scan in the spring showed no sign of it, and I'm back at work."),
    (True, "Herbal supplements",
     "My blood sugar was far too high from diabetes. I lost 15 pounds with your program and "
     "cut out soda, and a year later my numbers are normal."),
]


@pytest.mark.parametrize(("fires", "title", "story"), STORIES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(STORIES)])
def test_a_story_is_the_products_claim_only_when_the_product_acted(
        engine: ContentEngine, fires: bool, title: str, story: str) -> None:
    assert story_fired(engine, DISEASE, title, story) is fires


CURES = [
    (False, "Primary care", "Eight weeks of pills from my liver specialist cured my hepatitis "
                            "C. My last blood test showed no virus at all."),
    # neighbour: the same cure by the seller's supplement
    (True, "Primary care", "Eight weeks of milk thistle cured my hepatitis C. My last blood "
                           "test showed no virus at all."),
]


@pytest.mark.parametrize(("fires", "title", "story"), CURES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CURES)])
def test_a_curable_infection_named_again_by_its_kind(
        engine: ContentEngine, fires: bool, title: str, story: str) -> None:
    assert story_fired(engine, CURE, title, story) is fires


INFECTION = "infectious-disease-claim"
IMMUNE = "Immune support supplements"
PRESCRIBED = [
    # an approved drug the teller's own clinician prescribed, for a reason outside its label
    # ("because of my kidney disease"): the clinician's prescribing, not the page's use
    (False, DISEASE, "I tested positive on a Friday and my GP prescribed Paxlovid that evening "
                     "because of my kidney disease. I felt awful for two days, but I never "
                     "needed the hospital, and I was back in the garden within a week."),
    (False, INFECTION, "I tested positive on a Friday and my GP prescribed Paxlovid that evening "
                       "because of my kidney disease. I felt awful for two days, but I never "
                       "needed the hospital, and I was back in the garden within a week."),
    # ... told by her pronoun, and singled out by a cleft with what went with it, beside the
    # seller's product the teller kept taking
    (False, DISEASE, "I tested positive for COVID in March and rang my doctor the same day. She "
                     "prescribed Paxlovid because of my age, and by day four my fever had gone. "
                     "I kept taking ImmunoGuard because I like a routine, but it was the "
                     "Paxlovid and sleep that got me back to work."),
    # neighbours: the page's product as what the teller started, or what the cleft singles out
    (True, DISEASE, "I tested positive on a Friday and started your ImmunoGuard capsules that "
                    "evening because of my kidney disease. I felt awful for two days, but I "
                    "never needed the hospital, and I was back in the garden within a week."),
    (True, INFECTION, "I tested positive on a Friday and started your ImmunoGuard capsules that "
                      "evening because of my kidney disease. I felt awful for two days, but I "
                      "never needed the hospital, and I was back in the garden within a week."),
    (True, DISEASE, "I tested positive for COVID in March and rang my doctor the same day. She "
                    "prescribed Paxlovid because of my age. I felt no better until I doubled my "
                    "ImmunoGuard, and it was the ImmunoGuard that got my fever down."),
]


@pytest.mark.parametrize(("fires", "rule", "story"), PRESCRIBED,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(PRESCRIBED)])
def test_a_drug_the_tellers_clinician_prescribed(
        engine: ContentEngine, fires: bool, rule: str, story: str) -> None:
    assert story_fired(engine, rule, IMMUNE, story) is fires


def _narrated_fired(engine: ContentEngine, title: str, text: str) -> list[str]:
    """The sentences the disease rule reports in a paragraph of `text` on a page of `title`."""
    return reported_on(engine, DISEASE, riverbend_page(title, f"<p>{text}</p>"))


CANCER = "Natural cancer support"
JUNE = ("After surgery and chemotherapy for bowel cancer, June has been clear for five "
        "years.")


def test_a_narrated_outcome_after_the_care_its_clause_of_time_names(
        engine: ContentEngine) -> None:
    assert _narrated_fired(engine, CANCER, JUNE) == []
    # ... and the story going on about her ("Her scans ...") borrows that care with the
    # condition
    assert _narrated_fired(engine, CANCER, JUNE + " Her scans came back clear again this "
                                                  "spring.") == []


def test_a_narrated_outcome_after_the_sellers_product_still_fires(
        engine: ContentEngine) -> None:
    ours = ("After six rounds of our mistletoe infusions for bowel cancer, June has been clear "
            "for five years.")
    assert ours in _narrated_fired(engine, CANCER, ours)
    then = "Her scans came back clear again this spring thanks to our mistletoe drops."
    assert then in _narrated_fired(engine, CANCER, JUNE + " " + then)


STAY = ("Ana was admitted with COVID-19 pneumonia in February and treated with oxygen and "
        "dexamethasone on the medical ward.")
STAY_OURS = ("Ana was admitted with COVID-19 pneumonia in February and treated with our ozone "
             "therapy on the ward.")


@pytest.mark.parametrize(("fires", "text"), [(False, STAY), (True, STAY_OURS)],
                         ids=["clear", "fires"])
def test_a_stay_in_hospital_told_with_its_care(
        engine: ContentEngine, fires: bool, text: str) -> None:
    page = riverbend_page("Primary care", f"<p>{text}</p>")
    assert (text in reported_on(engine, INFECTION, page)) is fires
