"""Golden tests of claims13a's classes (issue 13, the product side): a seller's brand as the
product, and approved drugs known by their brand names.

On a page that sells (a price or a way to buy) and whose title names no kind of product, the
names it puts up for sale are its products: a name marked (R) or (TM), a product card's title
over its price, and a proper name a claim is said of ("Golden Meadow eases ...", a list under
"Why shoppers choose Golden Meadow:", a heading "Golden Meadow for Joint Pain" that states its
intended use with no verb). A name the FDA's UNII Names list gives an approved drug
(rules/lexicons/approved-drugs-unii.txt: "Lyrica", "Enbrel", "Valtrex", built by
scripts/build_approved_drug_lexicon.py) is approved care instead, whose labelled uses are
patient information; so is a card whose body has no subject of its own under such a title,
with every predicate it coordinates ("Treats flu ... and helps prevent flu after exposure"),
and the dosage form after the brand and its strength ("Tamiflu 75 mg capsules") is the brand's,
no supplement's. Each: the exact text and its rule, and a near text that must not fire.
Sentences and names are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

DISEASE = "unapproved-disease-claim"
INFECT = "infectious-disease-claim"
SHOP = "Shop"


def card(title: str, text: str, price: str = "$24.99") -> str:
    """A product card: its title, its body, its price and a way to buy."""
    return (f'<div class="product-card"><h3>{title}</h3><p>{text}</p>'
            f'<p class="price">{price} <a href="/cart">Add to cart</a></p></div>')


def listed(intro: str, item: str) -> str:
    return f"<p>{intro}</p><ul><li>{item}</li><li>Free returns within 30 days</li></ul>"


BRAND_CASES = [
    # a card's title over its price names the product; an approved drug's brand does not
    (DISEASE, True, card("Sunleaf Original, 30 mL", "Calms the nerve pain of diabetic "
                                                    "neuropathy.")),
    (DISEASE, False, card("Lyrica 75 mg capsules", "Calms the nerve pain of diabetic "
                                                   "neuropathy.")),
    # a proper name a claim is said of, on a page that sells
    (DISEASE, True, "<p>Golden Meadow eases the joint pain of rheumatoid arthritis.</p>"),
    (DISEASE, False, "<p>Enbrel eases the joint pain of rheumatoid arthritis.</p>"),
    (DISEASE, False, "<p>Dr. Rivera eases the joint pain of rheumatoid arthritis.</p>"),
    # an abbreviation and a signed initial are no trade names
    (DISEASE, False, "<p>The USPSTF recommends screening for colorectal cancer in adults.</p>"),
    (DISEASE, False, "<p>Targeted therapy for HER2-positive breast cancer lowers the chance it "
                     "comes back.</p>"),
    (DISEASE, True, "<p>With Golden Meadow I finally sleep through my fibromyalgia pain.</p>"),
    # ... in the list's intro
    (DISEASE, True, listed("Why shoppers choose Golden Meadow:",
                           "Eases the joint pain of rheumatoid arthritis")),
    (DISEASE, False, listed("Why patients ask for Otezla:",
                            "Eases the joint pain of psoriatic arthritis")),
    # a seller's name and the condition it is for, with no verb: the intended use
    (DISEASE, True, "<h2>Golden Meadow for Joint Pain</h2>"),
    (DISEASE, False, "<h2>Enbrel for Joint Pain</h2>"),
    (DISEASE, False, "<h2>Gifts for People with Arthritis</h2>"),
    # a way to buy is no name: "Add to cart" under an approved brand's card
    (DISEASE, False, card("Celebrex 200 mg", "Relieves the signs and symptoms of "
                                             "osteoarthritis.")),
    # an approved brand's card: its body, with no subject of its own, is the brand's
    (INFECT, False, card("Tamiflu 75 mg capsules", "Treats flu in adults who have had "
                                                   "symptoms for two days or less, and "
                                                   "helps prevent flu after exposure.")),
    (INFECT, True, card("Elderberry Gold 60 capsules", "Treats flu in adults who have had "
                                                       "symptoms for two days or less, and "
                                                       "helps prevent flu after exposure.")),
    (INFECT, False, card("Zovirax Cream 5 g", "Treats cold sores on the lips and face.")),
    (INFECT, True, card("Lysine Shield Cream 5 g", "Treats cold sores on the lips and face.")),
]


@pytest.mark.parametrize(("rule", "fires", "body"), BRAND_CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(BRAND_CASES)])
def test_a_sellers_brand_is_its_product_and_an_approved_brand_is_care(
        engine: ContentEngine, rule: str, fires: bool, body: str) -> None:
    found = reported(engine, rule, SHOP, body + "<p>Free shipping on orders over $50.</p>")
    assert bool(found) is fires, (rule, body, found)


def test_a_page_that_does_not_sell_names_no_product_by_a_name(engine: ContentEngine) -> None:
    """The same list on a page with no price and no way to buy: a name there may be anyone's
    (a clinic's program, a study, a person), and the claim reader does not take it for a
    product."""
    body = listed("Why patients choose Golden Meadow:",
                  "Eases the joint pain of rheumatoid arthritis")
    html = ("<!DOCTYPE html><html lang='en'><head><title>About us | Harbor Wellness</title>"
            f"</head><body><main><h1>About us</h1>{body}</main></body></html>")
    verdict = engine.check_page("https://harbor.example/about/", html, status=200)
    assert not [f for f in verdict.findings if f.rule_id == DISEASE]


def test_the_approved_drug_vocabulary_names_its_source() -> None:
    """The vocabulary is data beside the lexicons, with its source and licence, built from a
    registry package by a script in the repository."""
    from checker.content.lexicons import load_lexicons

    names = load_lexicons().approved_names
    assert names is not None and len(names.terms) > 5000
    assert "UNII" in names.source and "public domain" in names.licence
    assert {"lipitor", "valtrex", "epidiolex", "humira"} <= set(names.terms)
    # no common word: prose would match it
    assert not {"plan b", "aim", "ally", "relief"} & set(names.terms)


SUPPLEMENT_CASES = [
    # on a page about an unapproved product, an approved brand is care as its own name ...
    (DISEASE, False, "Otezla eases the joint pain of psoriatic arthritis."),
    (INFECT, False, "Zovirax Cream shortens cold sore healing time."),
    # ... and another name when a capitalized word extends it: the seller's product
    (DISEASE, True, "Lipitor Natural lowers high cholesterol without a prescription."),
]


@pytest.mark.parametrize(("rule", "fires", "sentence"), SUPPLEMENT_CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(SUPPLEMENT_CASES)])
def test_an_approved_brand_on_a_supplement_page_is_care_under_its_own_name(
        engine: ContentEngine, rule: str, fires: bool, sentence: str) -> None:
    found = reported(engine, rule, "Shop Supplements", f"<p>{sentence}</p>")
    assert bool(found) is fires, (rule, sentence, found)


# (coordinator, stop 29) An approval claimed for a name the page puts up for sale: the status
# rule reads the seller's offered names as the disease rules do. Not a clearance (a device the
# page sells may be cleared, and no lexicon lists devices), not an approved drug's brand, not a
# denial.
STATUS = "false-fda-approval-claim"
STATUS_CASES = [
    (True, card("Magic Green\u00ae", "Magic Green\u00ae is FDA-approved to treat "
                "anxiety."), ["Magic Green\u00ae is FDA-approved to treat anxiety."]),
    (False, card("Lipitor\u00ae 20 mg", "Lipitor\u00ae is FDA approved to lower LDL "
                 "cholesterol."), []),
    (False, card("SculptWave\u00ae Session", "SculptWave\u00ae is FDA-cleared to tone "
                 "abdominal muscles."), []),
    (False, card("Nopalea\u00ae Cactus Juice", "Nopalea\u00ae is not approved by the FDA to "
                 "treat any disease."), []),
]


@pytest.mark.parametrize(("fires", "body", "expected"), STATUS_CASES,
                         ids=["seller-approved", "approved-brand", "device-cleared", "denied"])
def test_an_approval_claimed_for_an_offered_name(engine: ContentEngine, fires: bool, body: str,
                                                 expected: list[str]) -> None:
    assert reported(engine, STATUS, SHOP, body) == expected
