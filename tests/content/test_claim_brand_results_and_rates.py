"""Golden tests (issue 13, stop 32): a GLP-1 brand's results offered as what a compounded product
gives ("Get Ozempic results with our compounded semaglutide", "Wegovy-level weight loss") is a
sameness claim, not "Ozempic results vary"; a near-certain success rate written before its name
("a 98% success rate") is a guarantee of results when the clinic claims it, not when said of
approved care by no seller. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

SAMENESS = "compounded-sameness-claim"
GUARANTEE = "no-guaranteed-results"


@pytest.mark.parametrize(("rule", "title", "sentence", "fires"), [
    (SAMENESS, "Online Weight Loss", "Get Ozempic results with our compounded semaglutide.", True),
    (SAMENESS, "Online Weight Loss",
     "Our compounded semaglutide delivers Wegovy-level weight loss.", True),
    (SAMENESS, "Online Weight Loss",
     "Ozempic results vary from person to person, even with compounded semaglutide.", False),
    (GUARANTEE, "Knee Pain Program", "Our program has a 98% success rate.", True),
    (GUARANTEE, "LASIK and Cataract Surgery", "Our LASIK has a 99% success rate.", True),
    (GUARANTEE, "LASIK and Cataract Surgery", "Cataract surgery has a 98% success rate.", False),
    (GUARANTEE, "Knee Pain Program",
     "Knee replacement has a 95% success rate at ten years, according to the American Academy "
     "of Orthopaedic Surgeons.", False),
])
def test_brand_results_and_success_rates(engine: ContentEngine, rule: str, title: str,
                                         sentence: str, fires: bool) -> None:
    assert reported(engine, rule, title, f"<p>{sentence}</p>") == ([sentence] if fires else [])
