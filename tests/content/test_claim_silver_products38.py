"""Golden tests (stop 38, fpfix38): silver sold to drink, spray or rub on, under any of its
sellers' names (coated, nano, structured, ionic silver; a silver hydrosol or solution), is a
supplement product, as "colloidal silver" was (products.yaml, with the FDA's 2020-2023 letters
on silver products for COVID-19 and mpox). A brand of one called "FDA-approved as a safe
antiviral" on a supplement shop's page was read by no rule (fresh29n dev, the FDA's 2023
letter to a seller of coated silver). Its status denied, and approved or cleared silver (silver
sulfadiazine cream, silver dressings), stay quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import supplement_shop_page

STATUS = "false-fda-approval-claim"
RULES = {STATUS, "unapproved-disease-claim", "infectious-disease-claim"}


def rules_fired(engine: ContentEngine, body: str) -> set[str]:
    verdict = engine.check_page("https://clinic.example/shop/", supplement_shop_page(body))
    return {f.rule_id for f in verdict.findings} & RULES


CASES = [
    ({STATUS}, "<p>Meadow Coated Silver is FDA-approved as a safe antiviral for adults and "
               "children.</p>"),
    ({STATUS}, "<p>Meadow Structured Silver is an FDA-approved remedy for families.</p>"),
    (set(), "<p>Meadow Coated Silver is not approved by the FDA to prevent or treat any "
            "disease.</p>"),
    (set(), "<p>Silver sulfadiazine cream and silver dressings are used on burns to prevent "
            "infection.</p>"),
]


@pytest.mark.parametrize(("expected", "body"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_silver_product_is_a_supplement(engine: ContentEngine, expected: set[str],
                                          body: str) -> None:
    assert rules_fired(engine, body) == expected, body
