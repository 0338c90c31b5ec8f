"""Golden tests (stop 37, stories37): a status in a relative clause ("..., which are FDA-approved
to slow myopia") is said of the name right before it ("MiSight 1 day contact lenses"), not of a
product word an earlier element of the sentence's list names ("Low-dose atropine drops prescribed
by an eye doctor"). The product as the relative's own antecedent ("Clear Vision drops, which are
FDA-approved") and a seller's list ("We stock ..., Vitamin D3 Gold, which are FDA approved")
stay claims. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "false-fda-approval-claim"


def _fires(engine: ContentEngine, title: str, paragraph: str) -> bool:
    html = (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<p>{paragraph}</p></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    return any(f.rule_id == RULE for f in verdict.findings)


@pytest.mark.parametrize(("title", "paragraph", "fires"), [
    ("Myopia", "Low-dose atropine drops prescribed by an eye doctor, MiSight 1 day contact "
               "lenses, which are FDA-approved to slow myopia in children, and orthokeratology "
               "lenses can slow how fast it progresses.", False),
    ("Eye Health", "Clear Vision drops, which are FDA-approved, slow myopia in children.", True),
    ("Supplements", "We stock Zinc Shield capsules, Vitamin D3 Gold, which are FDA approved.",
     True),
])
def test_a_status_in_a_relative_clause(engine, title: str, paragraph: str, fires: bool) -> None:
    assert _fires(engine, title, paragraph) is fires
