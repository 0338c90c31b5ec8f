"""Golden tests (stop 37, stories37): the seller's topical named with its strength ("Our 2% kojic
acid cream", "Our 2% hydroquinone fade cream") is a product of the disease rules' topicals class,
as "our kojic acid cream" is; a denial of it stays quiet. (With skin "patches" no product since
stop 37, the hydroquinone claim of fresh20n f20n-001 rests on its cream.) Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("paragraph", "fires"), [
    ("Our 2% kojic acid cream heals eczema in two weeks.", True),
    ("Our 2% hydroquinone fade cream treats melasma and clears the brown patches in as little as "
     "four weeks.", True),
    ("Our 10% urea cream is not approved to treat psoriasis.", False),
])
def test_a_topical_named_with_its_strength(engine, paragraph: str, fires: bool) -> None:
    assert (DISEASE in article_rules_fired(engine, "Skin Care", f"<p>{paragraph}</p>")) is fires
