"""Golden tests (issue 13, stop 38): the supplement label's disclaimer ("These statements have
not been evaluated by the Food and Drug Administration") printed beside a disease claim denies
none of it: a claim read with the disclaimer in its sentence still fires. A product's own status
told with the same verb ("has not been evaluated by the FDA for prostate cancer") stays a denial.
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("shop", "Her arthritis pain has eased since she started the turmeric capsules. *These "
     "statements have not been evaluated by the Food and Drug Administration.", True),
    ("shop", "Our red clover capsules shrink fibroids. *This statement has not been evaluated "
     "by the FDA.", True),
    # neighbours: the product's status denied with the same verb
    ("shop", "Our red clover capsules have not been evaluated by the FDA to shrink fibroids.",
     False),
    ("shop", "Turmeric capsules have not been evaluated as a treatment for arthritis pain.",
     False),
])
def test_the_label_disclaimer_denies_no_claim(engine: ContentEngine, title: str, sentence: str,
                                              fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page(title, sentence)) == (
        [sentence] if fires else [])
