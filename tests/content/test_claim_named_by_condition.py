"""Golden tests (issue 13, stop 32): a product named by the condition it is for ("Diabetes Tea",
"Arthritis Formula", "COVID Home Kit", "our anxiety gummies") states its intended use, as the
FDA's letters read such names; a test kit, a place or team of care, and an OTC product named by
the symptoms its monograph lets it relieve are not claims. Written for these tests, not taken
from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

DISEASE = "unapproved-disease-claim"
INFECT = "infectious-disease-claim"
TITLE = "Shop Herbal Remedies"


@pytest.mark.parametrize(("rule", "sentence", "fires"), [
    (DISEASE, "Order our Diabetes Tea today.", True),
    (DISEASE, "Try our new anxiety gummies, 30 count.", True),
    (INFECT, "The COVID Home Kit ships today.", True),
    (DISEASE, "Neuropathy Support Complex, buy 2 and get 1 free.", True),
    (INFECT, "The COVID Test Kit gives results in 15 minutes.", False),
    (DISEASE, "Visit our Diabetes Clinic on Tuesdays.", False),
    (DISEASE, "Our Cancer Care Team meets every patient within a week.", False),
    (DISEASE, "Heartburn Tablets, 24 count.", False),
])
def test_a_product_named_by_its_condition(engine: ContentEngine, rule: str, sentence: str,
                                          fires: bool) -> None:
    assert reported(engine, rule, TITLE, f"<p>{sentence}</p>") == ([sentence] if fires else [])


def test_a_name_whose_page_denies_the_use_is_no_claim(engine: ContentEngine) -> None:
    named = "Bright Harbor Dry Eye Formula provides omega-3 fatty acids."
    denial = "It is not a treatment for dry eye disease; your eye doctor can recommend drops."
    assert reported(engine, DISEASE, TITLE, f"<p>{named}</p>") == [named]
    assert reported(engine, DISEASE, TITLE, f"<p>{named} {denial}</p>") == []
