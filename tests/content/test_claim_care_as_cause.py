"""Golden tests (issue 13, stop 31): approved care named as the cause of the harm the product
is said to mend ("an immune system weakened by chemotherapy") or as an adjective of the
product's own constituents ("elderberry's antiviral compounds") is not the care that acts, so
the product's claim stands; the same care as the subject that acts stays patient information.
Each row: the exact sentence reported, or nothing. Written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import list_page, reported, reported_on

DISEASE = "unapproved-disease-claim"
INFECT = "infectious-disease-claim"

CASES = [
    (DISEASE, "Herbal Supplements",
     "Our mushroom blend rebuilds an immune system weakened by chemotherapy.", True),
    (DISEASE, "Family Medicine",
     "Nerves damaged by chemotherapy may recover slowly; physical therapy can help.", False),
    (INFECT, "Herbal Supplements",
     "Elderberry's antiviral compounds stop the flu virus from multiplying.", True),
    (INFECT, "Family Medicine",
     "Antiviral medicines such as oseltamivir can shorten the flu by about a day.", False),
]


@pytest.mark.parametrize(("rule", "title", "sentence", "fires"), CASES,
                         ids=[f"{c[0]}-{'fires' if c[3] else 'clear'}-{i}"
                              for i, c in enumerate(CASES)])
def test_care_as_cause_or_constituent(engine: ContentEngine, rule: str, title: str,
                                      sentence: str, fires: bool) -> None:
    assert reported(engine, rule, title, f"<p>{sentence}</p>") == ([sentence] if fires else [])


def test_a_list_item_mending_the_harm_care_did(engine: ContentEngine) -> None:
    item = "Restores an immune system weakened by radiation"
    html = list_page("Herbal Supplements", "What our mushroom blend does:", item)
    assert reported_on(engine, DISEASE, html) == [item]


# A cleared use named in the sentence before lends its condition to the next, and the use
# goes with it: "Iron-deficiency anemia is common ... it is treated with iron drops" is the
# drops' labelled use, while a second condition the product is said to reverse still fires.
@pytest.mark.parametrize(("body", "fires"), [
    ("<p>Vitamin D deficiency is common in winter. It is treated with vitamin D supplements "
     "your doctor doses.</p>", False),
    ("<p>Psoriasis flares in winter. Our herbal drops clear it for good.</p>", True),
])
def test_a_cleared_use_lent_by_the_sentence_before(engine: ContentEngine, body: str,
                                                  fires: bool) -> None:
    found = reported(engine, DISEASE, "Family Medicine", body)
    assert bool(found) is fires, found
