"""Golden tests (issue 13, stop 37): the symptoms set against the cause as a bare object
("..., tackling the cause rather than the symptoms") contrast two objects of the product's
action, as "rather than masking symptoms" does: no denial of the claim. A "not" of the claim's
own still denies. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our magnetic bracelets ease hay fever, tackling the cause rather than the symptoms.", True),
    ("Our magnetic bracelets ease hay fever by fixing the root instead of just its symptoms.",
     True),
    ("Our magnetic bracelets do not treat hay fever; antihistamines ease the symptoms rather "
     "than the cause.", False),
])
def test_the_symptoms_set_against_the_cause_deny_nothing(engine: ContentEngine, sentence: str,
                                                         fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page("shop", sentence)) == (
        [sentence] if fires else [])
