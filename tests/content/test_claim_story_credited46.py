"""Golden tests (stop 46, storyfp46): what a story itself names as its outcome's instrument.

A story that identifies what acted ("his oncologist says that was the hormone therapy", "The
long COVID clinic's pacing plan is what slowly helped") credits that, whatever vocabulary
knows it, unless it is the page's product, "here", "your ...", or a course of the page's
service; care a clinician of the story recommended, prescribed or started the teller on is that
clinician's care, with what it names (essential oils used in smell training), unless it is the
page's own product; a person's need to stop ("when I needed to stop and rest"), an infinitive
with no object ("a place to slow down and talk") and a visit to the teller's own clinician
("I'm seeing my neurologist in May") tell nothing done to a condition.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import story_fired

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"


STORIES = [
    # the story names what acted, and it is not the page's
    (False, DISEASE, "Natural cancer support",
     "Last year my brother began hormone therapy for prostate cancer, and he also drank our "
     "green tea because he enjoyed it. By his spring scan the tumour had shrunk; his urologist "
     "says that was the hormone therapy."),
    (False, DISEASE, "Herbal supplements",
     "A year of chronic fatigue syndrome kept me in bed, and the energy pack I ordered did "
     "nothing. The fatigue clinic's pacing programme is what finally helped."),
    # neighbours: the story names the page's product as what acted
    (True, DISEASE, "Natural cancer support",
     "Last year my brother began hormone therapy for prostate cancer, and he also drank our "
     "green tea because he enjoyed it. By his spring scan the tumour had shrunk; his urologist "
     "says that was the green tea."),
    (True, DISEASE, "Herbal supplements",
     "A year of chronic fatigue syndrome kept me in bed, and the energy pack I ordered did "
     "nothing. Your turmeric capsules are what finally helped."),
    # care a clinician of the story recommended, with a product word inside it
    (False, INFECTIOUS, "Primary care services",
     "I could not taste anything after COVID. My ENT consultant recommended smell training "
     "with four essential oils every morning, and after six months I could smell fresh bread "
     "and cut grass again."),
    # neighbour: the product recommended is the page's own
    (True, INFECTIOUS, "Immune support services",
     "I could not taste anything after COVID. Your immune drip cleared the virus in days, and "
     "after six months I could smell fresh bread and cut grass again."),
    # a person's need to stop, no product stopping the condition
    (False, INFECTIOUS, "Immune support services",
     "After COVID I felt tired and alone. The Thursday gardening club here gave me a reason to "
     "get up, and the volunteers were patient when I needed to stop and rest."),
    # neighbour: the product stops the condition
    (True, INFECTIOUS, "Immune support services",
     "After COVID I felt tired and alone. Your immune drip helped stop my long COVID, and the "
     "volunteers were patient."),
    # an infinitive with no object: the teller's own act, not a product slowing anything
    (False, DISEASE, "Wellness retreats",
     "The retreat was a calm place to slow down and talk with others who have lupus. My lupus "
     "is the same, and that was never the point."),
    # neighbour: the product slows the condition
    (True, DISEASE, "Wellness retreats",
     "The retreat was a calm place. Your herbal tonic helped to slow down my lupus, and I "
     "feel better."),
    # a visit to the teller's own clinician is care that goes on, no after
    (False, DISEASE, "Wellness retreats",
     "The meals were lovely and the masseur was gentle with my sore neck. I still get my "
     "cluster headaches, as expected, and I'm seeing my neurologist in May."),
    # neighbour: what the teller does now, the story's outcome
    (True, DISEASE, "Wellness retreats",
     "The meals were lovely and the masseur was gentle with my sore neck. After your herbal "
     "drops for my cluster headaches I'm sleeping through the night."),
]


@pytest.mark.parametrize(("fires", "rule", "title", "story"), STORIES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(STORIES)])
def test_a_story_credits_what_it_names_as_the_instrument(
        engine: ContentEngine, fires: bool, rule: str, title: str, story: str) -> None:
    assert story_fired(engine, rule, title, story) is fires
