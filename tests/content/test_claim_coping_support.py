"""Golden tests (issue 13, stop 32): help to cope with a condition, live with it, adjust to it or
understand it (a support group, a counselor, a nurse navigator) is support, not an effect on the
condition, and the care named in what is coped with ("the stress of cancer treatment") is no
predicate; a product that also does something to the condition still claims it. Written for
these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

DISEASE = "unapproved-disease-claim"
TITLE = "Natural Cancer Support"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our support group helps families cope with the stress of cancer treatment.", False),
    ("Nurse navigators help you understand your breast cancer diagnosis and plan for "
     "treatment.", False),
    ("Our dietitians help patients live well with diabetes.", False),
    ("Our mushroom tea helps you cope with chemo and shrinks tumors naturally.", True),
    ("Our capsules help you live well with diabetes by reversing insulin resistance.", True),
])
def test_help_to_cope_is_support(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported(engine, DISEASE, TITLE, f"<p>{sentence}</p>") == ([sentence] if fires else [])
