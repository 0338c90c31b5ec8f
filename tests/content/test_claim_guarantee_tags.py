"""Golden tests (no-guaranteed-results, stop 31): an outcome closed by a guarantee said as a
clause ("..., we guarantee it", "..., that's our promise") or as a sentence of its own after it
("We guarantee it."), and no one left out of the outcome ("Nobody leaves our clinic without
relief", "has never failed a single client", "you can't fail with", "no way you won't feel
better"). Each: the exact sentence reported, beside a near sentence that must not fire.
Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

RULE = "no-guaranteed-results"

CASES = [
    ("<p>You will sleep through the night from day one, we guarantee it.</p>",
     ["You will sleep through the night from day one, we guarantee it."]),
    ("<p>Lose two dress sizes by summer, that's our promise.</p>",
     ["Lose two dress sizes by summer, that's our promise."]),
    ("<p>Your child's grades will improve. We guarantee it.</p>", ["We guarantee it."]),
    ("<p>Nobody leaves our clinic without relief.</p>",
     ["Nobody leaves our clinic without relief."]),
    ("<p>Our method has never failed a single client.</p>",
     ["Our method has never failed a single client."]),
    ("<p>You can't fail with our recovery protocol.</p>",
     ["You can't fail with our recovery protocol."]),
    ("<p>There's no way you won't feel better after our hangover drip.</p>",
     ["There's no way you won't feel better after our hangover drip."]),
    ("<p>Guaranteed fat loss in 30 days.</p>", ["Guaranteed fat loss in 30 days."]),
    # a service guaranteed, and outcomes said to vary
    ("<p>We guarantee you a same-day appointment when you call before noon.</p>", []),
    ("<p>No program works for everyone; nobody should feel they failed if it did not help."
     "</p>", []),
    ("<p>Results vary, and we cannot promise that every patient will see the same change.</p>",
     []),
]


@pytest.mark.parametrize(("body", "expected"), CASES,
                         ids=[f"{'fires' if c[1] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_guarantee_tags_and_no_one_left_out(engine: ContentEngine, body: str,
                                            expected: list[str]) -> None:
    html = riverbend_page("Medical Weight Loss", body)
    assert reported_on(engine, RULE, html) == expected
