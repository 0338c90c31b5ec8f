"""Golden tests (issue 13, stop 38): guarantee gaps of the phrase list. The cosmetic look
promised with a tag or after "guaranteed" in the words clinics use for teeth and skin
("whiter", "brighter", "straighter", "even skin tone"), "painless" beside "pain-free", and a
result told of someone else then promised to the reader ("..., and you will too!"); each with
a neighbour that stays quiet (a service guaranteed, a denial, a possibility). Written for these
tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

GUARANTEE = "no-guaranteed-results"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Teeth Whitening", "Brighter, whiter teeth in one visit, guaranteed.", True),
    ("Skin Clinic", "Guaranteed even skin tone after three peels.", True),
    ("Tattoo Studio", "100% painless laser sessions for every client.", True),
    ("Tattoo Studio", "Painless tattoo removal, guaranteed.", True),
    ("Clear Aligners", "Guaranteed straighter teeth by summer.", True),
    ("Medical Weight Loss", "Maria lost 30 pounds in four months with us, and you will too!",
     True),
    # neighbours: a service guaranteed, a denial, a possibility, a question of fit
    ("Teeth Whitening", "Same-day appointments, guaranteed.", False),
    ("Teeth Whitening",
     "Whitening can make teeth several shades whiter, but no result is guaranteed.", False),
    ("Medical Weight Loss", "Maria lost 30 pounds in four months, and many people can do the same.",
     False),
    ("Medical Weight Loss", "Weekend appointments are guaranteed even on bank holiday days.",
     False),
    ("Clear Aligners", "We will tell you at the consultation whether it will work for you.", False),
])
def test_a_promised_look_or_a_result_promised_to_the_reader(
        engine: ContentEngine, title: str, sentence: str, fires: bool) -> None:
    assert reported_on(engine, GUARANTEE, article_page(title, sentence)) == (
        [sentence] if fires else [])
