"""Golden tests (stop 37, stories37): a status that only some of a kind hold, for uses the sentence
does not name ("Microneedling devices are regulated as medical devices, and some have FDA
clearance for specific uses"), said of no product of ours, is patient information, not a false
approval claim. Some of OUR devices, or some of a kind approved for a use named ("some are FDA
approved for hair loss"), stay claims. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "false-fda-approval-claim"


def _fires(engine: ContentEngine, paragraph: str) -> bool:
    html = ("<html><head><title>Microneedling</title></head><body><main><h1>Microneedling</h1>"
            f"<p>{paragraph}</p></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    return any(f.rule_id == RULE for f in verdict.findings)


@pytest.mark.parametrize(("paragraph", "fires"), [
    ("Microneedling devices are regulated as medical devices, and some have FDA clearance for "
     "specific uses.", False),
    ("Some of our microneedling devices have FDA clearance.", True),
    ("Microneedling pens are safe, and some are FDA approved for hair loss.", True),
])
def test_a_status_some_of_a_kind_hold(engine, paragraph: str, fires: bool) -> None:
    assert _fires(engine, paragraph) is fires
