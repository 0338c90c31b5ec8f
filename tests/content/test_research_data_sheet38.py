"""Golden tests (issue 13, stop 38): "data" in a product's technical or safety data sheet names
a document, not the evidence: "Our own laboratory comparison, described on the technical data
sheet, found higher cell recovery ..." is no "data ... found" research claim. Data as evidence
("Clinical data prove ...", "the data sheet lists them, and our data show ...") still is.
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

RESEARCH = "research-claims-cited"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Cord blood banking", "Our own laboratory comparison, described on the technical data "
     "sheet, found higher cell recovery than the systems we tested.", False),
    ("Skin care", "The safety data sheet for the peel solution shows how to store it and what "
     "to do after a spill.", False),
    # neighbours: data as the evidence
    ("Cord blood banking", "Clinical data prove that TotiCyte recovers three times more stem "
     "cells.", True),
    ("Cord blood banking", "The data sheet lists our methods, and our data show that TotiCyte "
     "recovers more stem cells.", True),
])
def test_a_data_sheet_is_no_evidence(engine: ContentEngine, title: str, sentence: str,
                                     fires: bool) -> None:
    assert reported_on(engine, RESEARCH, article_page(title, sentence)) == (
        [sentence] if fires else [])
