"""Golden tests (issue 13, stop 39): immune checkpoint inhibitors (PD-1, PD-L1, CTLA-4
inhibitors) are a class of approved drugs, named as approved care as "ACE inhibitors" and
"statins" are; and a predicate word that modifies the name of approved care ("immune" of
"immune checkpoint inhibitors") is a word of that name, no predicate. A product of ours said to
act still claims. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"
PAGE = "Integrative Cancer Support Products"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Some patients with advanced melanoma treated with immune checkpoint inhibitors have had "
     "no sign of cancer for years.", False),
    ("PD-1 inhibitors shrink some lung cancers.", False),
    # ours: still a claim
    ("Our mistletoe extract shrinks melanoma and boosts immune checkpoint inhibitors.", True),
    ("Patients with advanced melanoma treated with our mistletoe extract have had no sign of "
     "cancer for years.", True),
])
def test_checkpoint_inhibitors_are_approved_care(engine: ContentEngine, sentence: str,
                                                 fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])
