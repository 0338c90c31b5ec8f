"""Golden tests of fixform42 (issue 13, stop 42): claims in headings, cards and list items
that name the care and the condition it is for, with no verb ("Osteopathy for Children with
Down's Syndrome", "Stem cells for achy joints that never quit").

The "for" of a verbless title states the intended use when its head is a product by its kind
(checker/content/claimread/products.py `_kind_for`): here also when the head is a regulated
profession's care (products.yaml practice-scope: osteopathy, chiropractic) and the condition
lies outside the scope the UK's ASA accepts for it (CAP AdviceOnline, "Health: Osteopathy"),
and when a relative clause describes the condition ("that never quit"). Quiet neighbours: the
profession's accepted scope, approved care by its kind, a title that inquires, and patient
information titles. Pages are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import heading_page, reported_on

DISEASE = "unapproved-disease-claim"

CASES = [
    # a profession's care named for a condition outside its accepted scope (ASA A17-382513)
    ("Chiropractic and Wellness", "Osteopathy for Children with Down's Syndrome", True),
    ("Chiropractic and Wellness", "Cranial osteopathy for babies with colic", True),
    # ... and for conditions inside it (CAP: back and neck pain)
    ("Chiropractic and Wellness", "Osteopathy for Back Pain and Neck Pain", False),
    ("Chiropractic and Wellness", "Chiropractic for lower back pain", False),
    # a relative clause that describes the condition closes the title with it
    ("Stem Cell Therapy", "Stem cells for achy joints that never quit", True),
    ("Stem Cell Therapy", "Physical therapy for achy joints that never quit", False),
    ("Stem Cell Therapy", "Stem cells for achy joints: what the evidence says", False),
    # patient information titles
    ("Depression", "Treatment for depression", False),
    ("Type 2 Diabetes", "Metformin for type 2 diabetes", False),
]


@pytest.mark.parametrize(("title", "heading", "fires"), CASES,
                         ids=[f"{'fires' if c[2] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_verbless_title_states_the_use(engine: ContentEngine, title: str, heading: str,
                                         fires: bool) -> None:
    assert reported_on(engine, DISEASE, heading_page(title, heading)) == \
        ([heading] if fires else [])


# A shop's page: a price in its main text, the title naming no product of a claim class.
def _shop(body: str, sidebar: str = "", price: str = "<p>Free shipping on orders over $50.</p>"
          ) -> str:
    return ("<html><head><title>Shop</title></head><body><main><h1>Shop our bestsellers</h1>"
            f"{price}{body}</main><aside class='sidebar'>{sidebar}</aside></body></html>")


SHOP_CASES = [
    # a line that opens with its predicate has no subject: on a page that sells, it speaks
    # of what the page sells
    ("<h2>Say Goodbye to Your PCOS Symptoms</h2><p>Sixty capsules a box.</p>",
     "Say Goodbye to Your PCOS Symptoms", True),
    ("<p>Say goodbye to:</p><ul><li>Hyperplasia, hypertrophy and painful urination</li>"
     "<li>Free returns</li></ul>", "Hyperplasia, hypertrophy and painful urination", True),
    # ... not symptoms an OTC monograph labels relievers for (a pharmacy's antacid)
    ("<h2>Relieves Heartburn and Acid Indigestion</h2><p>Sixty tablets a box.</p>",
     "Relieves Heartburn and Acid Indigestion", False),
    # ... nor a line with a subject of its own, nor an intro that gives no predicate
    ("<h2>PCOS Symptoms Your Doctor Can Help With</h2><p>Sixty capsules a box.</p>",
     "PCOS Symptoms Your Doctor Can Help With", False),
    ("<p>Ask your doctor about:</p><ul><li>Hyperplasia, hypertrophy and painful urination</li>"
     "<li>Free returns</li></ul>", "Hyperplasia, hypertrophy and painful urination", False),
]


@pytest.mark.parametrize(("body", "line", "fires"), SHOP_CASES,
                         ids=[f"{'fires' if c[2] else 'clear'}-{i}"
                              for i, c in enumerate(SHOP_CASES)])
def test_a_shop_line_with_no_subject(engine: ContentEngine, body: str, line: str,
                                     fires: bool) -> None:
    assert reported_on(engine, DISEASE, _shop(body)) == ([line] if fires else [])


def test_a_page_that_does_not_sell_leaves_the_line_without_a_product(
        engine: ContentEngine) -> None:
    page = _shop("<h2>Say Goodbye to Your PCOS Symptoms</h2><p>Sixty capsules a box.</p>",
                 price="<p>Our team answers questions on weekdays.</p>")
    assert reported_on(engine, DISEASE, page) == []


def _chrome_claims(engine: ContentEngine, html: str) -> list[str]:
    verdict = engine.check_page("https://riverbend.example/p/", html, status=200)
    return [c["sentence"] for c in verdict.facts["chrome_claims"] if c["rule"] == DISEASE]


SIDEBAR = ("<p>The Revitive Circulation Booster relieves:</p><ul><li>Free returns</li>"
           "<li>Poor circulation, swollen ankles and aching, heavy legs</li></ul>")


def test_the_sidebar_of_a_page_that_sells_is_the_sellers(engine: ContentEngine) -> None:
    assert _chrome_claims(engine, _shop("<p>Bestsellers this week.</p>", SIDEBAR)) == \
        ["Poor circulation, swollen ankles and aching, heavy legs"]


def test_the_sidebar_of_a_page_that_does_not_sell_names_no_product(
        engine: ContentEngine) -> None:
    page = _shop("<p>Bestsellers this week.</p>", SIDEBAR,
                 price="<p>Our team answers questions on weekdays.</p>")
    assert _chrome_claims(engine, page) == []
