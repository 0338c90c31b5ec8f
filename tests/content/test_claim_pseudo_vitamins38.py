"""Golden tests (stop 38, fpfix38): the "pseudo-vitamins" are supplement products.

Laetrile or amygdalin ("vitamin B17") and pangamic acid ("vitamin B15") are sold under a
vitamin's name that nutrition science does not give them (products.yaml `supplements`, with
their sources). A seller's brand of one called "an FDA-approved treatment" on a supplement
shop's page was read by no rule: the status rule found no product of its classes under the
name, and the disease rule stands down on an approval statement (fresh26n dev, the FDA's 2021
letter to a seller of both). The status said truthfully, or denied, stays quiet. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import supplement_shop_page

STATUS = "false-fda-approval-claim"
RULES = {STATUS, "unapproved-disease-claim", "no-unqualified-cure-claims"}


def rules_fired(engine: ContentEngine, body: str) -> set[str]:
    verdict = engine.check_page("https://clinic.example/shop/", supplement_shop_page(body))
    return {f.rule_id for f in verdict.findings} & RULES


CASES = [
    ({STATUS}, "<p>Meadowfield Natural B15 Pangamic Acid is an FDA-approved treatment for liver "
               "disease and cancer fatigue.</p>"),
    ({STATUS}, "<p>Meadowfield Laetrile 500 mg is an FDA-approved treatment for tumours.</p>"),
    (set(), "<p>Meadowfield Natural B15 Pangamic Acid is not approved by the FDA for any "
            "disease, and pangamic acid is not a vitamin.</p>"),
    (set(), "<p>Apricot kernels and laetrile have not been shown to treat cancer, and they can "
            "cause cyanide poisoning.</p>"),
]


@pytest.mark.parametrize(("expected", "body"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_pseudo_vitamin_is_a_supplement(engine: ContentEngine, expected: set[str],
                                          body: str) -> None:
    assert rules_fired(engine, body) == expected, body
