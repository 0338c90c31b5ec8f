"""Golden tests (stop 46, storyrec46): a patient's story that credits a SERVICE with a condition's
end is the seller's claim, whatever words name the service, when the story puts it where an
instrument stands: the subject of the outcome ("The hypnotherapy sessions cleared it"), the
object of "after", "by the end of" or "within a week of starting" ("After three sessions with
Jo", "By the end of the course"), or a kind of service no regulator
approves as treatment or its practitioner, named anywhere in the story (products.yaml services:
"Energy healing with Ruth released it", "I found a life coach"). Each neighbour tells the same
story of approved care or of a regulated clinician's (CBT with a psychologist, NHS Talking
Therapies, a hospital's programme, the GP's prescription, the sessions of the psychologist the
teller was referred to), and stays quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Anxiety and Low Mood Support"

# (the story that credits the page's service, its neighbour told of approved care)
PAIRS = [
    # the outcome's subject
    ("My anxiety ruled my life. The hypnotherapy sessions cleared it in a month.",
     "My anxiety ruled my life. The CBT sessions with my psychologist cleared it in a month."),
    # the object of "after", with the practitioner named
    ("I had panic attacks every week for ten years. After three sessions with Jo they stopped "
     "completely.",
     "I had panic attacks every week for ten years. After three sessions with my psychologist "
     "they stopped completely."),
    # a clause of time
    ("I suffered from OCD since childhood. By the end of the course my rituals had gone.",
     "I suffered from OCD since childhood. By the end of the course of CBT my psychiatrist "
     "arranged, my rituals had gone."),
    # ... and the course the story takes up by "the" after naming approved care is that care
    ("I had panic attacks for years. By the end of the course they had stopped.",
     "I had panic attacks for years. My GP referred me to a psychologist for CBT. By the end "
     "of the course they had stopped."),
    # ... or counts after naming the clinician the teller was sent to; a practitioner of a
    # kind no regulator approves named so
    ("I found a life coach online after years of panic attacks. After three sessions they had "
     "stopped completely.",
     "My GP referred me to a clinical psychologist after years of panic attacks. After three "
     "sessions they had stopped completely."),
    # the practitioner by name as the subject of what was done to the teller
    ("Years of anxiety and nothing helped. Claire taught me to breathe through it, and within a "
     "month the panic attacks had stopped.",
     "Years of anxiety and nothing helped. Claire, my GP, helped me find the right medication, "
     "and within a month the panic attacks had stopped."),
    # a clause of time that ends on the course
    ("I was depressed for years. Within a week of starting the programme my depression had "
     "lifted completely.",
     "I was depressed for years. My GP referred me to NHS Talking Therapies, and within a week "
     "of starting the programme my depression had lifted completely."),
    # a named method as the subject
    ("My daughter's anorexia nearly killed her. The Mindful Recovery Process gave her back her "
     "life, and she is completely well now.",
     "My daughter's anorexia nearly killed her. The hospital's eating disorder programme gave "
     "her back her life, and she is completely well now."),
    # a count that opens its clause, the practitioner named, and a phobia (a condition by its
    # plain name: conditions-consumer.yaml)
    ("I had a phobia of flying for twenty years. One NLP session with Mark and it was gone.",
     "I had a phobia of flying for twenty years. Six sessions of exposure therapy with a "
     "clinical psychologist and it was gone."),
    # a kind of service no regulator approves, with no word of a course
    ("I had suffered from anxiety all my life. Energy healing with Ruth released it, and I have "
     "been calm ever since.",
     "I had suffered from anxiety all my life. The sertraline my GP prescribed released it, and "
     "I have been calm ever since."),
]


def _reported(engine: ContentEngine, story: str) -> list[str]:
    page = riverbend_page(TITLE, "<h2>What clients say</h2>" + story_quote(story, "Sam, 34"))
    return [s for s in reported_on(engine, DISEASE, page) if story[:30] in s]


@pytest.mark.parametrize(("story", "neighbour"), PAIRS,
                         ids=[f"pair-{i}" for i in range(len(PAIRS))])
def test_a_story_credits_the_service_it_puts_as_the_instrument(
        engine: ContentEngine, story: str, neighbour: str) -> None:
    assert _reported(engine, story), f"{DISEASE} did not report: {story}"
    assert not _reported(engine, neighbour), f"{DISEASE} reported: {neighbour}"


def test_a_course_on_a_page_of_approved_care_is_that_care(engine: ContentEngine) -> None:
    """The page's title names approved care: its course is that care's (unchanged)."""
    story = "I had back pain for years. The sessions cleared it completely."
    body = "<h2>What patients say</h2>" + story_quote(story, "Pat, Leeds")
    assert reported_on(engine, DISEASE, riverbend_page("Our services", body))
    assert not reported_on(engine, DISEASE, riverbend_page("Physical Therapy", body))
