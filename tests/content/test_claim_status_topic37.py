"""Golden tests (stop 37, scope37): a guide's title that sets the approval beside the product
as its topic ("CBD and FDA Approval: The Facts") says no status of the product; a title that
calls the product approved ("FDA-Approved CBD: The Facts", "CBD: FDA Approved and Safe") still
claims. Sentences written for these tests."""

from __future__ import annotations

import pytest

STATUS = "false-fda-approval-claim"


def _page(title: str, heading: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>Orders ship in two days.</p><h2>{heading}</h2><p>Browse the range below.</p>"
            "</article></main></body></html>")


@pytest.mark.parametrize(("heading", "fires"), [
    ("CBD and FDA Approval: The Facts", False),
    ("Compounded Semaglutide and FDA Approval: What to Expect and Risks", False),
    # ... neighbours: the product called approved
    ("FDA-Approved CBD: The Facts", True),
    ("CBD: FDA Approved and Safe", True),
])
def test_the_approval_as_a_guides_topic(engine, heading: str, fires: bool) -> None:
    verdict = engine.check_page("https://clinic.example/p/", _page("CBD Oils and Gummies", heading))
    assert (STATUS in {f.rule_id for f in verdict.findings}) is fires
