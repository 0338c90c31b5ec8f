"""Golden tests (stop 37, stories37): the rhythm treatments the American Heart Association names
for atrial fibrillation (catheter ablation, cardioversion, pacemakers; products.yaml
approved-care) are approved care: a superlative said of catheter ablation by a sentence that
points back to it ("For many patients it works better than medicines") is patient
information; the seller's own product set against it stays a claim. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "no-superlative-claims"


def _fires(engine: ContentEngine, paragraph: str) -> bool:
    html = ("<html><head><title>AFib</title></head><body><main><h1>AFib</h1>"
            f"<p>{paragraph}</p></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    return any(f.rule_id == RULE for f in verdict.findings)


@pytest.mark.parametrize(("paragraph", "fires"), [
    ("Catheter ablation treats atrial fibrillation by scarring the small areas of heart tissue "
     "that trigger the irregular rhythm. For many patients it works better than medicines at "
     "keeping a normal heartbeat.", False),
    ("Our hawthorn drops calm an irregular heartbeat. For many patients they work better than "
     "catheter ablation.", True),
])
def test_catheter_ablation_is_approved_care(engine, paragraph: str, fires: bool) -> None:
    assert _fires(engine, paragraph) is fires
