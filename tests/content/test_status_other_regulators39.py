"""Golden tests (stop 39, fpfix39c): the UK's MHRA, the EU's EMA and Health Canada named alone
as the approver ("MHRA-approved compounded semaglutide", "approved by Health Canada") claim a
government approval as the TGA did (test_status_tga38.py); the status rule read only the FDA
and the TGA. Approved care so described, and the status denied, stay quiet. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import card, reported_on, telehealth_page

STATUS = "false-fda-approval-claim"


def fired(engine: ContentEngine, body: str) -> bool:
    return bool(reported_on(engine, STATUS, telehealth_page(body)))


CASES = [
    (True, card("Compounded Semaglutide", "MHRA-approved weight-loss injections made by our "
                                          "partner pharmacy, from \u00a3149 a month.")),
    (True, "<p>Our compounded tirzepatide is approved by Health Canada.</p>"),
    (True, "<p>Our peptide injections are approved by the European Medicines Agency.</p>"),
    (True, "<p>Our compounded tirzepatide is EMA approved and ships from Ireland.</p>"),
    (False, "<p>Wegovy is approved by the MHRA for weight management in adults.</p>"),
    (False, "<p>Mounjaro is Health Canada-approved for type 2 diabetes.</p>"),
    (False, "<p>Compounded semaglutide is not MHRA-approved.</p>"),
]


@pytest.mark.parametrize(("fires", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_an_approval_by_another_regulator_is_a_government_approval_claimed(
        engine: ContentEngine, fires: bool, body: str) -> None:
    assert fired(engine, body) is fires, body
