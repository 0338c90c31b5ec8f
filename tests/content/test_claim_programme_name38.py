"""Golden tests (stop 38, fpfix38): a programme named by its capitalized brand before a head
noun in lower case ("the Lean Start plan", "our Keto Reset programme") is the clinic's own
treatment, as "the Vitality Protocol" is (claimread._BRANDED_CARE); a list under "On the ...
plan you can:" says what that plan does (fresh27n dev: a low-carb diet plan's "Reverse diabetic
nerve damage"). A public body's programme ("the NHS Healthier You programme") is no seller's
product, and a device's "system" in lower case ("the Inspire system", an approved device) is
left as it was. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

DISEASE = "unapproved-disease-claim"


def fired(engine: ContentEngine, title: str, body: str) -> bool:
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    return any(f.rule_id == DISEASE for f in verdict.findings)


def items(intro: str, item: str) -> str:
    return f"<p>{intro}</p><ul><li>{item}</li><li>Eat well</li></ul>"


CASES = [
    (True, "Weight loss", items("On the Lean Start plan you can:", "Reverse diabetic nerve "
                                "damage and stop the tingling in your feet")),
    (False, "Weight loss", items("On the NHS Healthier You programme you can:", "Lower your "
                                 "risk of type 2 diabetes with support from a health coach")),
    (False, "Sleep", "<p>The Inspire system treats obstructive sleep apnea in adults who cannot "
                     "use CPAP.</p>"),
]


@pytest.mark.parametrize(("fires", "title", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_programme_named_by_its_brand_is_the_clinics_treatment(
        engine: ContentEngine, fires: bool, title: str, body: str) -> None:
    assert fired(engine, title, body) is fires, body
