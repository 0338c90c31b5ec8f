"""Golden tests (stop 38, fpfix38): unbranded semaglutide or tirzepatide named as the one the
seller prescribes, sells or ships ("the semaglutide you prescribe") is the seller's own, so
compounded (no generic is approved), as "our semaglutide" and "your semaglutide" are
(products.yaml `compounded`): a yes to "Is the semaglutide you prescribe approved?" claims an
approval (fresh28n dev, a telehealth FAQ). A brand the seller prescribes is approved care.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, telehealth_page

STATUS = "false-fda-approval-claim"


def faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


def fired(engine: ContentEngine, body: str) -> bool:
    return bool(reported_on(engine, STATUS, telehealth_page(body)))


CASES = [
    (True, faq("Is the semaglutide you prescribe approved?",
               "Yes, it is FDA-approved, so you can start with confidence.")),
    (True, faq("Is the tirzepatide we ship approved?",
               "Yes, it is approved by the FDA.")),
    (False, faq("Is the Wegovy you prescribe approved?",
                "Yes, Wegovy is FDA-approved for chronic weight management.")),
    (False, faq("Is the semaglutide you prescribe approved?",
                "No. Compounded semaglutide is not FDA-approved.")),
]


@pytest.mark.parametrize(("fires", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_the_semaglutide_a_seller_prescribes_is_its_own(engine: ContentEngine, fires: bool,
                                                        body: str) -> None:
    assert fired(engine, body) is fires, body
