"""Golden tests (issue 13, stop 39): a list item whose only predicate is its lead's, under a
lead whose subject is approved care ("Proton beam therapy may be recommended for:", "Imatinib
(Gleevec) is approved to treat:"), names that care's uses, as one sentence would read, on any
page: the unapproved-disease rule now lends the lead's care as the disease rules that read
any product already did (`_lent_care`). Radiation therapy by its kinds (proton beam,
stereotactic, brachytherapy, radiotherapy) is approved care as "radiation" was. A lead that
names a product of ours, or a brand another capitalized word extends into the seller's own
name, lends no care: those items still claim. Written for these tests, not taken from a corpus
file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import list_page, reported_on

DISEASE = "unapproved-disease-claim"
PAGE = "Integrative Cancer Support Products"


@pytest.mark.parametrize(("intro", "item", "fires"), [
    ("Proton beam therapy may be recommended for:",
     "Some children's cancers and tumours close to the spinal cord", False),
    ("Stereotactic radiosurgery is used to treat:", "Small brain tumours and metastases", False),
    ("Imatinib is approved to treat:", "Chronic myeloid leukaemia in adults", False),
    # a product of ours in the lead, or a brand extended into the seller's own name: claims
    ("Our mistletoe extract may be recommended for:",
     "Some children's cancers and tumours close to the spinal cord", True),
    ("Lipitor Natural is made for people who struggle with:",
     "High cholesterol readings and clogged arteries", True),
])
def test_lead_lends_its_approved_care(engine: ContentEngine, intro: str, item: str,
                                      fires: bool) -> None:
    assert (item in reported_on(engine, DISEASE, list_page(PAGE, intro, item))) is fires
