"""Golden tests (issue 13, stop 37): a list intro of side effects whose predicate has a product
of the claim classes as its subject or agent ("Chemo side effects our drip eases:") lends its
predicate to the items; an intro of harms that names no product that eases them lends none.
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"


def _listed(lead: str) -> str:
    return riverbend_page("IV Vitamin Drips", f"<p>{lead}</p><ul><li>Mouth sores</li>"
                                              "<li>Neuropathy</li></ul>")


@pytest.mark.parametrize(("lead", "fires"), [
    ("Chemo side effects our drip eases:", True),
    ("Side effects relieved by our drip:", True),
    ("Common side effects of chemotherapy:", False),
    ("Side effects of our drip that ease quickly:", False),
])
def test_side_effects_the_product_eases_take_its_predicate(engine: ContentEngine, lead: str,
                                                           fires: bool) -> None:
    assert reported_on(engine, DISEASE, _listed(lead)) == (
        ["Mouth sores", "Neuropathy"] if fires else [])
