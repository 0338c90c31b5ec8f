"""Golden tests (issue 13, stop 32): a cure told as a likelihood or a chance of the disease's
course, by no seller ("Skin cancer found early is much more likely to be cured", "The chance of a
cure is highest when ..."), is prognosis, not a cure claim; the clinic's own likelihood ("Our
patients are more likely to be cured") and a product's cure or cure rate still are.
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

CURE = "no-unqualified-cure-claims"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Skin Cancer Screening", "Skin cancer found early is much more likely to be cured.", False),
    ("Testicular Cancer", "The chance of a cure is highest when the cancer has not spread.",
     False),
    ("Integrative Cancer Support",
     "Our patients are more likely to be cured than those who only get chemo.", True),
    ("Integrative Cancer Support", "Our mushroom extract cures skin cancer found early.", True),
    ("Regenerative Medicine", "PRP has a 90% cure rate for tendinitis.", True),
])
def test_a_cure_told_as_a_likelihood(engine: ContentEngine, title: str, sentence: str,
                                     fires: bool) -> None:
    assert reported(engine, CURE, title, f"<p>{sentence}</p>") == ([sentence] if fires else [])
