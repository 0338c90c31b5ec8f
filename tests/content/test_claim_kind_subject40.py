"""Golden tests of fixrecall40's fourth class (issue 13, stop 40): on a page that sells, the
thing sold named only by its kind as the sentence's subject ("This tiny device restores the
hearing you've lost", "Our oxygen cans ... manage COPD").

A shop page's sentence whose subject is "this", "these" or "our" and a word for a thing, with a
verb after it, speaks of what the page sells (the FDA's warnings on hearing amplifiers sold as
hearing aids, on canned oxygen sold for lung disease): the reader took a trade name there
(_named_product) and a thing used for a time in a story, not the thing by its kind, so such a
sentence had no product (unapproved-disease-claim). Quiet neighbours: a person or a group of
people as the subject ("Our team", "Our pharmacists"), approved care by its kind ("This
medicine", "Our hearing aids"), the claim denied or hedged, the same sentence on a page that
sells nothing. Pages are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on

DISEASE = "unapproved-disease-claim"


def _shop(sentence: str, price: str = "<p>Each pack is $24.99, with free shipping.</p>") -> str:
    return ("<html><head><title>Shop | Harbor Wellness</title></head><body><main><article>"
            f"<h1>Shop our bestsellers</h1>{price}<p>{sentence}</p></article></main></body></html>")


@pytest.mark.parametrize(("sentence", "fires"), [
    ("This little gadget restores the hearing you have lost, no audiologist needed.", True),
    ("Our oxygen cans are an easy way to manage COPD symptoms at home.", True),
    ("Our team helps customers manage COPD and asthma.", False),
    ("Our pharmacists can help you manage asthma symptoms.", False),
    ("This medicine relieves allergy symptoms.", False),
    ("This little gadget does not restore hearing you have lost; see an audiologist.", False),
])
def test_the_thing_sold_by_its_kind(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, _shop(sentence))) is fires


def test_not_on_a_page_that_sells_nothing(engine: ContentEngine) -> None:
    # (a kind of thing artefacts.yaml does not list: since stop 42 a gadget, a headset or an
    # amplifier at hand is the product on any page, test_claim_unknown_product42.py)
    page = _shop("Our oxygen cans are an easy way to manage COPD symptoms at home.",
                 price="<p>Read about hearing loss and when to see an audiologist.</p>")
    assert not reported_on(engine, DISEASE, page)
