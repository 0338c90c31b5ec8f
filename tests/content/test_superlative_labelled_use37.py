"""Golden tests (stop 37, stories37): a superlative said of an approved drug of labelled-uses.yaml
for a condition its FDA label names ("Lithium is one of the most effective treatments for bipolar
disorder"), by no seller, is patient information about approved care, as it is for the care
products.yaml names (no-superlative-claims, `approved_care_subject`); the same drug for a use
outside its label ("Lithium is the best treatment for anxiety", "Ketamine is the most effective
treatment for depression") or said by the seller stays a superlative claim. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "no-superlative-claims"


def _fires(engine: ContentEngine, title: str, paragraph: str) -> bool:
    html = (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<p>{paragraph}</p></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    return any(f.rule_id == RULE for f in verdict.findings)


@pytest.mark.parametrize(("title", "paragraph", "fires"), [
    ("Bipolar disorder", "Lithium is one of the most effective treatments for bipolar disorder. "
                         "You will need regular blood tests.", False),
    ("Anxiety", "Lithium is the best treatment for anxiety.", True),
    ("Depression", "Ketamine is the most effective treatment for depression.", True),
    ("Bipolar disorder", "Our lithium protocol is the most effective treatment for bipolar "
                         "disorder.", True),
])
def test_a_superlative_for_a_labelled_use(engine, title: str, paragraph: str,
                                          fires: bool) -> None:
    assert _fires(engine, title, paragraph) is fires
