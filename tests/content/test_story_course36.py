"""Golden tests (stop 36, stories36): a patient's story that credits the course of the service
the page offers, told only by its count or as the teller's own ("After five sessions at
Brightwell Centre they have stopped", "since my sessions", "after my course here", "Two
treatments later"), credits what the clinic sold, as "our treatment" does in the seller's
voice. Not a course named by its kind ("sessions of cognitive behavioural therapy", "three
Kybella sessions") or by its giver ("the exercises my physiotherapist gave me"), nor on a page
whose title names approved care ("Physical Therapy"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Anxiety and Low Mood Support"


@pytest.mark.parametrize(("story", "fires"), [
    ("I lived with panic attacks for years. After five sessions at Brightwell Centre they have "
     "completely stopped.", True),
    ("My migraines have eased so much since my sessions that I sleep through the night.", True),
    ("After my course here my insomnia has gone.", True),
    ("I had eczema on both hands for a decade. Two treatments later it has cleared.", True),
    # ... the course named by its kind, or given by the teller's own clinician
    ("After six sessions of cognitive behavioural therapy my panic attacks have stopped.",
     False),
    ("A few sessions and the exercises my physiotherapist gave me eased my back pain.", False),
    ("After three Kybella sessions my double chin is smaller.", False),
])
def test_story_course(engine, story: str, fires: bool) -> None:
    body = "<p>We offer calm, friendly sessions.</p>" + story_quote(story, "Pat, Leeds")
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires


def test_story_course_on_a_page_of_approved_care(engine) -> None:
    story = "I had back pain for years. After six sessions here it has completely gone."
    body = "<p>We offer calm, friendly sessions.</p>" + story_quote(story, "Pat, Leeds")
    assert DISEASE in article_rules_fired(engine, TITLE, body)
    assert DISEASE not in article_rules_fired(engine, "Physical Therapy", body)
