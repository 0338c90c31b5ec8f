"""Golden tests (stop 37, scope37): a list item under an intro that lists harms ("Common side
effects of semaglutide:", "Possible side effects of finasteride include:") names what the care
may cause, not conditions anything treats, even when the item has a word of easing or lowering
of its own ("..., which often ease after the first few weeks", "Lower sex drive"). An intro
whose item credits a product of the claim classes ("..., which our NAD+ drip relieves") still
fires, and so do the same items under an intro that sells them. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import list_page

DISEASE = "unapproved-disease-claim"


def _fired(engine, title: str, intro: str, item: str) -> bool:
    verdict = engine.check_page("https://clinic.example/p/", list_page(title, intro, item))
    return any(f.rule_id == DISEASE and (f.sentence or "").startswith(item[:30])
               for f in verdict.findings)


@pytest.mark.parametrize(("title", "intro", "item", "fires"), [
    ("Medical Weight Loss with Semaglutide and Tirzepatide", "Common side effects of semaglutide:",
     "Nausea, diarrhoea, vomiting and constipation, which often ease after the first few weeks",
     False),
    ("Online Prescriptions", "Possible side effects of finasteride include:",
     "Lower sex drive, erection problems, breast tenderness and, rarely, depression", False),
    ("IV Vitamin Drips and NAD+ Infusions", "Rare complications of an IV drip include:",
     "Vein irritation that can ease with a warm compress, and rarely a skin infection", False),
    # ... neighbours: the intro says what the product eases, or sells the items
    ("IV Vitamin Drips and NAD+ Infusions", "Common side effects of chemotherapy:",
     "Nausea, vomiting and constipation, which our NAD+ drip relieves within hours", True),
    ("IV Vitamin Drips and NAD+ Infusions", "What our vitamin drip does for you:",
     "Nausea, diarrhoea, vomiting and constipation ease within days", True),
])
def test_an_item_under_a_list_of_harms(engine, title: str, intro: str, item: str,
                                       fires: bool) -> None:
    assert _fired(engine, title, intro, item) is fires
