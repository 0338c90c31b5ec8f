"""Golden tests (stop 38, fpfix38): Australia's regulator named as the approver
("TGA-approved weight-loss injections", "approved by the TGA") claims a government approval
that Australian advertising may not claim (fresh28n dev, the TGA's 2024 infringement notices
to telehealth sellers); the status rule read only the FDA. Approved care so described, and the
status denied, stay quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

STATUS = "false-fda-approval-claim"


def card(title: str, text: str) -> str:
    return f'<div class="card"><h3>{title}</h3><p>{text}</p></div>'


def fired(engine: ContentEngine, body: str) -> bool:
    title = "Medical weight loss with semaglutide"
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            "<p>Our doctors prescribe weight-loss medicines after a video visit.</p>"
            f"{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    return any(f.rule_id == STATUS for f in verdict.findings)


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
