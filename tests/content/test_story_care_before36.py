"""Golden tests (stop 36, stories36): approved care a story names only in its before, in the
sentences before the one that tells the course of the page's service at the clinic ("my course
here", "her sessions at Harbor Wellness") and the outcome, or given up ("and I'm off them"), is
not the care the outcome is told of: "I was on antidepressants for years. After my course here
my low mood has gone and I'm off them" credits the course. Care named with the course's own
kind ("my course of talking therapy"), or a plain "my treatment" that may be the care the story
named, is read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
TITLE = "Family Health Support"


@pytest.mark.parametrize(("story", "rule", "fires"), [
    ("I was on antidepressants for years. After my course here my low mood has gone and I'm off "
     "them.", DISEASE, True),
    ("Mia had strep throat after strep throat and five rounds of antibiotics. Since her sessions "
     "at Harbor Wellness started she hasn't had a single one.", INFECTIOUS, True),
    # ... the course named by its kind, or a plain "my treatment"
    ("I was on antidepressants for years. After my course of talking therapy my low mood has "
     "gone.", DISEASE, False),
    ("I was on antidepressants for years. After my treatment my low mood has gone.", DISEASE,
     False),
])
def test_care_before_the_course(engine, story: str, rule: str, fires: bool) -> None:
    body = "<p>We offer calm, friendly sessions.</p>" + story_quote(story, "Pat, Leeds")
    assert (rule in article_rules_fired(engine, TITLE, body)) is fires
