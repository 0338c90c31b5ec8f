"""Golden tests of fixbrand40 (issue 13, stop 40, round 2): a product named only by a trade name
written the way makers write one, a word with a capital inside it or a trade mark sign.

A med spa's Botox page promoted an energy-based vaginal device by its brand alone ("Bladder
Leak Relief with LumaFem", a list under "After a course of LumaFem, our patients say goodbye
to:"; FDA's 2018 letters to makers of such devices): the page's topic is approved care and the
page sells nothing, so no reading gave the brand a class and the claims stayed quiet ("no
product of the rule's classes in context"). A one-word name with an inner capital ("LumaFem")
or a mark sign ("OvaCalm\u00ae") is a trade name; said to relieve a condition it is the claim's
product (unapproved-disease-claim). Quiet neighbours: an approved brand written the same way
("NovoLog", in the UNII vocabulary; "Egrifta SV\u00ae", the sign closing a name an approved
brand opens), a person's name with its prefix ("Dr. McKenzie"), a name of software ("the
MyChart app"), a hedged sentence, a lead that only invites a question ("Ask us about LumaFem
if you have:"). Pages are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"
TITLE = "Botox and Dermal Fillers"


@pytest.mark.parametrize(("body", "fires"), [
    ("<h2>Bladder Leak Relief with LumaFem</h2><p>Sessions take thirty minutes.</p>", True),
    ("<p>LumaFem relieves urinary incontinence in three sessions.</p>", True),
    ("<p>After a course of LumaFem, our patients say goodbye to:</p>"
     "<ul><li>Vaginal dryness</li><li>Urinary incontinence</li></ul>", True),
    ("<p>OvaCalm\u00ae reverses polycystic ovary syndrome in weeks.</p>", True),
    ("<h3>Egrifta SV\u00ae (tesamorelin) 2 mg vial</h3><p>Egrifta SV\u00ae reduces excess belly "
     "fat in adults with HIV who have lipodystrophy.</p>", False),
    ("<p>The MyChart app helps patients with diabetes track their blood sugar.</p>", False),
    ("<p>NovoLog lowers blood sugar in people with type 2 diabetes.</p>", False),
    ("<p>Dr. McKenzie treats urinary incontinence with pelvic floor therapy.</p>", False),
    # a name built of a provider's words is the provider, not a product
    ("<p>ProMedica treats heart disease in adults and children.</p>", False),
    ("<p>HerCare treats endometriosis and painful periods.</p>", False),
    ("<p>LumaFem may help some women with urinary incontinence, but studies are small and "
     "it is not FDA approved for that use.</p>", False),
    ("<p>Ask us about LumaFem if you have:</p>"
     "<ul><li>Vaginal dryness</li><li>Urinary incontinence</li></ul>", False),
])
def test_a_trade_name_is_the_product(engine: ContentEngine, body: str, fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, riverbend_page(TITLE, body))) is fires
