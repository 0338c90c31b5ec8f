"""Golden tests (issue 13, stop 34, claims20a): classes of first-contact misses read in the dev
half of fresh20a.yaml (osteopathy and chiropractic pages for babies and children), each with a
near sentence that must stay quiet. Sentences are written for these tests, not taken from a
corpus file.

- The NHS health A-Z names of common childhood conditions the vocabularies write otherwise or
  not at all ("reflux" in babies, "glue ear", "Down's syndrome"), symptom phrases written noun
  first ("sleeping problems", "breathing difficulties", "learning difficulties", "poor
  concentration": the mirror of "trouble sleeping"), and the baby named by the symptom
  ("sleepless, irritable infants") are conditions.
- A sentence whose first word begins the condition's own name ("Breathing difficulties ...")
  has no behaviour of the reader's as its subject; "Breathing slowly eases ..." still has.
- The teller's own osteopath is a clinician of the story, as a chiropractor or physio is (in
  the US an osteopath is a licensed physician, a DO): "the exercises my osteopath gave me
  helped" credits that care; "our osteopaths" are the seller, and a product of ours still
  fires.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES, list_page, reported, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Chiropractic and Wellness"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our cranial osteopathy settles reflux in newborns within a week.", True),
    ("Regular adjustments clear glue ear in young children.", True),
    ("Gentle spinal care eases learning difficulties in school-age children.", True),
    ("Our osteopathic sessions improve poor concentration in teenagers.", True),
    ("Our herbal drops calm sleepless, irritable infants.", True),
    ("Craniosacral therapy helps children with Down's syndrome reach their milestones.", True),
    # the same conditions told as patient information
    ("Reflux in babies usually gets better on its own by the time they are one.", False),
    ("Glue ear often clears up without treatment within three months.", False),
    ("Ask your GP if your child has sleeping problems that last for weeks.", False),
])
def test_nhs_names_and_noun_first_symptoms_are_conditions(engine: ContentEngine, sentence: str,
                                                         fires: bool) -> None:
    found = reported(engine, DISEASE, TITLE, f"<p>{sentence}</p>")
    assert bool(found) is fires, found


def _claim_rules(engine: ContentEngine, html: str) -> set[str]:
    verdict = engine.check_page("https://harbor.example/p/", html, status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


@pytest.mark.parametrize(("intro", "item", "fires"), [
    ("Families bring their children to us for:",
     "Breathing difficulties and a blocked nose in toddlers", True),
    ("Our osteopaths can help with:", "Sleeping problems in babies and toddlers", True),
    # a behaviour of the reader's as the subject stays advice
    ("Tips from our team:", "Breathing slowly and deeply for a few minutes eases anxiety", False),
])
def test_a_gerund_that_begins_the_condition_is_no_behaviour(engine: ContentEngine, intro: str,
                                                            item: str, fires: bool) -> None:
    found = _claim_rules(engine, list_page(TITLE, intro, item))
    assert bool(found) is fires, found


@pytest.mark.parametrize(("story", "fires"), [
    ("I had a stiff back for weeks after moving house. A few visits and the stretches my "
     "osteopath gave me helped me bend again.", False),
    ("My knee ached after every run. The exercises my osteopath gave me eased the ache within "
     "a month.", False),
    # a product of ours credited in the same story still fires
    ("My lower back ached for weeks. Our Arnica Relief Drops cured my sciatica in three days.",
     True),
])
def test_the_tellers_own_osteopath_is_a_clinician_of_the_story(engine: ContentEngine,
                                                                story: str,
                                                                fires: bool) -> None:
    found = reported(engine, DISEASE, TITLE, story_quote(story, "Dana, 52"))
    assert bool(found) is fires, found
