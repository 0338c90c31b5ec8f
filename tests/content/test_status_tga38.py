"""Golden tests (stop 38, fpfix38): Australia's regulator named as the approver
("TGA-approved weight-loss injections", "approved by the TGA") claims a government approval
that Australian advertising may not claim (fresh28n dev, the TGA's 2024 infringement notices
to telehealth sellers); the status rule read only the FDA. Approved care so described, and the
status denied, stay quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import card, reported_on, telehealth_page

STATUS = "false-fda-approval-claim"


def fired(engine: ContentEngine, body: str) -> bool:
    return bool(reported_on(engine, STATUS, telehealth_page(body)))


CASES = [
    (True, card("Compounded Semaglutide", "TGA-approved weight-loss injections made by our "
                                          "partner compounding chemist, from $199 a month.")),
    (True, "<p>Our compounded tirzepatide is approved by the TGA.</p>"),
    (False, "<p>Wegovy is TGA-approved for chronic weight management in adults.</p>"),
    (False, "<p>Compounded semaglutide is not TGA-approved.</p>"),
]


@pytest.mark.parametrize(("fires", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_an_approval_by_the_tga_is_a_government_approval_claimed(
        engine: ContentEngine, fires: bool, body: str) -> None:
    assert fired(engine, body) is fires, body
