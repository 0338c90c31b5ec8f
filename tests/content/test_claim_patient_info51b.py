"""Golden tests of patient information (issue 13, stop 51, pi51b): approved care named by its
place, each with a close neighbour in a seller's words that still fires. Sentences
written for these tests in the styles of wound clinics and patients'
stories (the probe /tmp/probe-pi51b.py of stop 51 holds more).

- the diabetic foot ulcer, a use the FDA lists for cleared hyperbaric chambers, also by its
  place ("the ulcer on my heel", "a toe ulcer": products.yaml cleared `hyperbaric`); an
  ulcer of the leg, stomach or mouth, or another condition beside it, is still a claim; a
  condition in the story's signature ("— Walter, 63, living with type 2 diabetes") is the
  teller's, no other condition (claimread.products._cleared_use).
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    assert_golden_pair,
    assert_story_pair,
    reported_on,
    riverbend_page,
    story_quote,
)

DISEASE = "unapproved-disease-claim"
HYPERBARIC = "Hyperbaric Oxygen Therapy"

# (rule, page title, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    (DISEASE, HYPERBARIC, "Hyperbaric oxygen may help a foot ulcer heal when wound care has not "
                          "worked.", False,
     "Hyperbaric oxygen may help a stomach ulcer heal when medicines have not worked.", True),
]

# (page title, story, fires, neighbour, neighbour fires)
STORIES = [
    (HYPERBARIC, "The ulcer on my heel would not close. After 30 hyperbaric treatments and "
                 "weekly debridement it healed.", False,
     "The ulcer on my leg would not close. After 30 hyperbaric treatments it healed and my "
     "arthritis eased too.", True),
    (HYPERBARIC, "My toe ulcer finally closed after 20 hyperbaric sessions.", False,
     "My mouth ulcers finally cleared after 20 hyperbaric sessions.", True),
]


@pytest.mark.parametrize(("rule", "title", "sentence", "fires", "neighbour", "neighbour_fires"),
                         PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_patient_information_reads_the_pair(engine: ContentEngine, rule: str, title: str,
                                            sentence: str, fires: bool, neighbour: str,
                                            neighbour_fires: bool) -> None:
    # a reported sentence holding the text's first twenty characters
    assert_golden_pair(engine, rule, title, sentence, fires, neighbour, neighbour_fires, head=20)


@pytest.mark.parametrize(("title", "story", "fires", "neighbour", "neighbour_fires"), STORIES,
                         ids=[f"story-{i}" for i in range(len(STORIES))])
def test_a_story_of_approved_care_reads_the_pair(engine: ContentEngine, title: str, story: str,
                                                 fires: bool, neighbour: str,
                                                 neighbour_fires: bool) -> None:
    assert_story_pair(engine, DISEASE, title, story, fires, neighbour, neighbour_fires)


@pytest.mark.parametrize(("story", "fires"), [
    ("The ulcer on my heel had been open for months. After 30 hyperbaric treatments and weekly "
     "debridement it closed.", False),
    ("The ulcer on my heel had been open for months. After 30 hyperbaric treatments it closed "
     "and my arthritis eased.", True),
])
def test_a_signature_s_condition_is_the_teller_s(engine: ContentEngine, story: str,
                                                 fires: bool) -> None:
    page = riverbend_page(HYPERBARIC, "<h2>What patients say</h2>" + story_quote(
        story, "Walter, 63, living with type 2 diabetes"))
    assert any(story[:40] in f for f in reported_on(engine, DISEASE, page)) is fires
