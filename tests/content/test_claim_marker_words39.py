"""Golden tests (issue 13, stop 39): a word written with "-positive", "-negative" or "-mutated"
after it names a marker a test finds ("KIT-positive", "HER2-negative", "HIV-positive"), a
gene's or a germ's symbol, never a product of ours, even when it is spelled like one ("KIT" is
no kit). A product named elsewhere in the text, or in the list's lead, still claims. Written
for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, list_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("intro", "item", "fires"), [
    # the lead names an approved drug for its labelled use: the items are those uses
    ("Imatinib (Gleevec) is approved to treat:",
     "KIT-positive gastrointestinal stromal tumours (GIST)", False),
    ("Imatinib (Gleevec) is approved to treat:",
     "KIT-positive gastrointestinal stromal tumors", False),
    # a product of ours in the lead lends the item its product: still a claim
    ("Our mushroom extract kit helps shrink:",
     "KIT-positive gastrointestinal stromal tumours (GIST)", True),
])
def test_marker_is_no_product_in_a_list(engine: ContentEngine, intro: str, item: str,
                                        fires: bool) -> None:
    html = list_page("Medicine information", intro, item)
    assert (item in reported_on(engine, DISEASE, html)) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Trastuzumab treats HER2-positive breast cancer.", False),
    # the same marker, a product of ours the agent: still a claim
    ("Our detox kit shrinks HER2-positive breast cancer.", True),
])
def test_marker_beside_a_product(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page("Medicine information", sentence)) == (
        [sentence] if fires else [])
