"""Golden tests (issue 13, stop 38): a condition named as what a product's cleared or licensed
use is given for, with only condition names between ("Cord blood is used in transplants to treat
many diseases of the blood and immune system, such as leukaemia, lymphoma and sickle cell
disease": the licensed use of HPC, Cord Blood is the transplant, which serves those diseases),
is the use's, not another claim. Past another predicate ("..., and our stem cells reverse
autism") the condition is the product's claim again. Written for these tests, not taken from a
corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Cord blood banking", "Cord blood is used in transplants to treat many diseases of the "
     "blood and immune system, such as leukaemia, lymphoma and sickle cell disease.", False),
    ("Cord blood banking", "Cord blood stem cells are used today in transplants for some blood "
     "and immune disorders such as leukaemia.", False),
    # neighbours: another predicate after the use's conditions; no transplant named
    ("Cord blood banking", "Cord blood is used in transplants for leukaemia, and our stem cells "
     "reverse autism.", True),
    ("Cord blood banking", "Stem cells from cord blood are used in transplants for leukaemia, "
     "and they also treat autism.", True),
    ("Cord blood banking", "Your baby's banked cord blood stem cells can treat cerebral palsy, "
     "autism and type 1 diabetes later in life.", True),
])
def test_a_condition_the_cleared_use_serves(engine: ContentEngine, title: str, sentence: str,
                                            fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page(title, sentence)) == (
        [sentence] if fires else [])
