"""Golden tests (stop 37, stories37): an approval said of an approved drug named by its generic
name and its brand in brackets ("lisdexamfetamine (Vyvanse) is FDA-approved for moderate to
severe binge eating disorder"), under an intro that names the seller's product, is said of that
drug, not of the intro's product (false-fda-approval-claim reads the brand names of
approved-drugs-unii.txt as approved care, as the disease rules do). Not the seller's own
product likened to a brand ("Our compounded semaglutide (the same as Wegovy) is FDA approved")
nor the product named with its kind in brackets. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "false-fda-approval-claim"


def _fires(engine: ContentEngine, title: str, body: str) -> bool:
    html = (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}"
            f"</main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    return any(f.rule_id == RULE for f in verdict.findings)


@pytest.mark.parametrize(("title", "body", "fires"), [
    ("MindSoothe Drops", "<p>MindSoothe Drops are not approved to treat any condition. If you "
                         "binge eat:</p><ul><li>A doctor may recommend therapy, and "
                         "lisdexamfetamine (Vyvanse) is FDA-approved for moderate to severe "
                         "binge eating disorder in adults</li></ul>", False),
    ("Weight Loss", "<p>Our compounded semaglutide (the same as Wegovy) is FDA approved.</p>",
     True),
    ("MindSoothe Drops", "<p>MindSoothe Drops (homeopathic) are FDA-approved for binge eating "
                         "disorder.</p>", True),
])
def test_an_approval_of_a_bracketed_brand(engine, title: str, body: str, fires: bool) -> None:
    assert _fires(engine, title, body) is fires
