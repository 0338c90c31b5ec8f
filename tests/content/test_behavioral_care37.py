"""Golden tests (stop 37, stories37): the behavioral therapies NIDA names as evidence-based for
addiction (contingency management, motivational interviewing, the community reinforcement
approach) and dialectical behavior therapy are approved care, as CBT and EMDR are
(products.yaml approved-care): a superlative said of them by no seller is patient information;
the seller's product ranked above them stays a claim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "no-superlative-claims"


def _fires(engine: ContentEngine, paragraph: str) -> bool:
    html = ("<html><head><title>Addiction Treatment</title></head><body><main>"
            f"<h1>Addiction Treatment</h1><p>{paragraph}</p></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    return any(f.rule_id == RULE for f in verdict.findings)


@pytest.mark.parametrize(("paragraph", "fires"), [
    ("Contingency management, which rewards negative drug tests, is the most effective treatment "
     "studied for stimulant use disorder.", False),
    ("Our NAD+ drips are the most effective treatment for stimulant use disorder, far better "
     "than contingency management.", True),
])
def test_behavioral_care_is_approved_care(engine, paragraph: str, fires: bool) -> None:
    assert _fires(engine, paragraph) is fires
