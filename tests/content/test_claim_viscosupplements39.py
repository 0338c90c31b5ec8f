"""Golden tests (issue 13, stop 39): hyaluronic acid injections into the knee (viscosupplements:
Synvisc, Euflexxa, Durolane ...) are devices the FDA approves by PMA for the pain of knee
osteoarthritis, and hyaluronic acid fillers for facial wrinkles and lips (labelled-uses.yaml):
named for those uses they are approved care, for any other use they are the claim's product.
A regenerative product named for knee osteoarthritis still claims. Written for these tests,
not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"
PAGE = "Regenerative Joint Care"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Hyaluronic acid injections are indicated for the treatment of pain in osteoarthritis of "
     "the knee in patients who have not improved with simple analgesics.", False),
    ("Synvisc-One eases knee osteoarthritis pain for up to six months in many patients.", False),
    # outside the label, or a regenerative product: claims
    ("Hyaluronic acid injections reverse rheumatoid arthritis in the hands.", True),
    ("Our stem cell injections ease knee osteoarthritis pain for good.", True),
])
def test_viscosupplements_for_their_labelled_use(engine: ContentEngine, sentence: str,
                                                 fires: bool) -> None:
    found = reported_on(engine, DISEASE, article_page(PAGE, sentence)) \
        + reported_on(engine, "no-unqualified-cure-claims", article_page(PAGE, sentence))
    assert (sentence in found) is fires, found
