"""Golden tests (issue 13, stop 38): a transplant patient's story that names the teller's donor
("My donor was a cord blood unit from a public bank. ... my counts came back slowly") tells of
the transplant, the licensed use of cord blood and blood-forming stem cells, as "my transplant"
does: the learned model's rating of the story (no condition, no predicate word) is no claim
then. A story crediting the product with an outcome still fires, donor or not. Written for these
tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on, story_quote

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "story", "fires"), [
    ("Cord blood banking", "My donor was a cord blood unit from a public bank. The weeks in "
     "isolation were the hardest part, and my counts came back slowly.", False),
    ("Cord blood banking", "My transplant used a cord blood unit from a public bank. The weeks "
     "in isolation were the hardest part, and my counts came back slowly.", False),
    # neighbours: the product credited with an outcome
    ("Cord blood banking", "My donor was a cord blood unit from a public bank, and the cord blood "
     "cured my leukaemia.", True),
    ("Stem cell therapy", "I was told I'd need a new knee. After the donor stem cell injection "
     "I'm hiking again.", True),
])
def test_a_transplant_story_names_the_donor(engine: ContentEngine, title: str, story: str,
                                            fires: bool) -> None:
    found = reported_on(engine, DISEASE, article_page(title, story_quote(story, "Amira, 29")))
    assert bool(found) == fires
