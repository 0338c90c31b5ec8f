"""Golden tests (stop 37, stories37): "patches" as the lesions of a skin condition ("psoriasis
patches", "the scaly patches of eczema") name no transdermal patch, so no product of the disease
rules: "Light therapy can clear psoriasis patches in many patients" on a page that sells no
patch is patient information about phototherapy. A patch that is the product ("Apply the patch
to a clean, dry patch of skin; it clears eczema in a week") stays one. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "paragraph", "fires"), [
    ("Skin Conditions", "Light therapy can clear psoriasis patches in many patients after about "
                        "20 sessions.", False),
    ("Skin Conditions", "Apply the patch to a clean, dry patch of skin; it clears eczema in a "
                        "week.", True),
])
def test_skin_patches_are_no_product(engine, title: str, paragraph: str, fires: bool) -> None:
    assert (DISEASE in article_rules_fired(engine, title, f"<p>{paragraph}</p>")) is fires
