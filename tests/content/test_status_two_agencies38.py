"""Golden tests (stop 38, fpfix38): an approval said by two agencies, the FDA the last ("approved
by both the TGA and the FDA", "approved by Health Canada and the FDA"), is the FDA's approval
claimed; the status rule read only "approved by the FDA" (fresh28n dev, a telehealth FAQ).
Approved care so described stays quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, telehealth_page

STATUS = "false-fda-approval-claim"


def fired(engine: ContentEngine, body: str) -> bool:
    return bool(reported_on(engine, STATUS, telehealth_page(body)))


CASES = [
    (True, "<p>Our compounded semaglutide is approved by both the TGA and the FDA.</p>"),
    (True, "<p>Our compounded semaglutide is approved by Health Canada and the FDA.</p>"),
    (False, "<p>Wegovy is approved by both Health Canada and the FDA for chronic weight "
            "management.</p>"),
    (False, "<p>Our compounded semaglutide is not approved by the TGA or the FDA.</p>"),
]


@pytest.mark.parametrize(("fires", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_an_approval_by_two_agencies_claims_the_fdas(engine: ContentEngine, fires: bool,
                                                     body: str) -> None:
    assert fired(engine, body) is fires, body
