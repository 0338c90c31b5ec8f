"""Golden tests (stop 37, scope37): on a page whose title names a regulated manual-therapy
profession (osteopathy, chiropractic), or under an intro that names it, the profession's care
named for the conditions the ASA and CAP accept it may claim to treat (back and neck pain,
joint pains, minor sports injuries, sprains and strains: products.yaml practice-scope) is its
lawful scope, not a disease claim for the page's "wellness" product. The same intro over
conditions outside that scope (chest infections, colic, ADHD), a product of the claim classes
named in the item, and the same items on a page that names no such profession, still claim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import list_page

CLAIMS = {"unapproved-disease-claim", "infectious-disease-claim"}
CHIRO = "Chiropractic and Wellness"


def _fired(engine, title: str, intro: str, item: str) -> bool:
    verdict = engine.check_page("https://clinic.example/p/", list_page(title, intro, item))
    return bool({f.rule_id for f in verdict.findings
                 if (f.sentence or "").startswith(item[:25])} & CLAIMS)


@pytest.mark.parametrize(("title", "intro", "item", "fires"), [
    (CHIRO, "Our osteopaths treat:", "Back pain, neck pain and joint aches", False),
    (CHIRO, "Parents bring their children to us for:", "Sprains, strains and aches from sport",
     False),
    (CHIRO, "Patients come to us after years of:",
     "Chronic neck pain; we start with an exam and a plan of care", False),
    ("Holistic Wellness Center", "Our osteopaths treat:", "Back pain, neck pain and joint aches",
     False),
    # ... neighbours: conditions outside the scope, a product named, no profession named
    (CHIRO, "Parents bring their children to us for:",
     "Breathing difficulties, nasal congestion and recurrent chest infections", True),
    (CHIRO, "Our osteopaths treat:", "Back pain, colic and ADHD", True),
    (CHIRO, "Our osteopaths treat:", "Back pain and neck pain, with our homeopathic remedies",
     True),
    ("Holistic Wellness Center", "Conditions we treat:", "Back pain, neck pain and joint aches",
     True),
])
def test_a_professions_accepted_scope(engine, title: str, intro: str, item: str,
                                      fires: bool) -> None:
    assert _fired(engine, title, intro, item) is fires
