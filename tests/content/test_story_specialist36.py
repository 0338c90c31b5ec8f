"""Golden tests (stop 36, stories36): a condition a story names only by the teller's specialist
("my psychiatrist", "her neurologist": conditions-consumer.yaml, implied) is no condition an
approved drug's label could leave out, so "My psychiatrist switched me from sertraline to
bupropion" names no use outside sertraline's label: the drugs are the specialist's approved care.
A product of the seller's that the specialist's story credits, or a condition the story names
outside the drug's label, is read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
TITLE = "Online Prescriptions"


@pytest.mark.parametrize(("story", "fires"), [
    ("My psychiatrist switched me from sertraline to bupropion at my last video visit. The "
     "tiredness went away.", False),
    ("My psychiatrist moved me from escitalopram to bupropion in the spring. The tiredness went "
     "away within a month.", False),
    # ... the seller's product credited, or a condition outside the drug's label
    ("My psychiatrist took me off sertraline and started me on these drops. The tiredness went "
     "away.", True),
    ("My oncologist said chemo was my only option. I took ivermectin instead and my tumors "
     "shrank.", True),
])
def test_specialist_names_no_condition_outside_a_label(engine, story: str, fires: bool) -> None:
    body = ("<p>Order refills online and talk to a clinician by video.</p>"
            + story_quote(story, "Priya, Austin"))
    assert (DISEASE in article_rules_fired(engine, TITLE, body)) is fires
