"""Golden tests (issue 13, stop 37): approval said by a noun phrase with the agency unnamed
("Our exosomes are an approved treatment for knee arthritis") is a status said of the
product, as "FDA-approved" is; a denied one and one said of approved care are not. Written for
these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

STATUS = "false-fda-approval-claim"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Regenerative Medicine", "Our exosomes are an approved treatment for knee arthritis.", True),
    ("IV Vitamin Drips", "Our NAD+ drip is an approved therapy for addiction.", True),
    ("Regenerative Medicine", "Our exosomes are not an approved treatment for knee arthritis.",
     False),
    ("Ketamine Therapy",
     "Spravato is an approved treatment for treatment-resistant depression.", False),
])
def test_an_approved_treatment_said_of_the_product_is_a_status(
        engine: ContentEngine, title: str, sentence: str, fires: bool) -> None:
    assert reported_on(engine, STATUS, article_page(title, sentence)) == (
        [sentence] if fires else [])
