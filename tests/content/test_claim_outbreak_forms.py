"""Golden tests of claims16a's classes (issue 13): outbreak claims in the forms shop and
affiliate pages use, and the patient information beside them.

- A generic care word of an intended use ("antiviral for", "antibiotic against") is what a
  sentence calls a product, by a copula or an apposition ("Colloidal silver is a kid-friendly
  antiviral for RSV"), or a card's fragment under a product's name on a page that sells it: the
  product's claim, not approved care that acts. Approved care as the subject ("Tamiflu is an
  antiviral for flu"), a pronoun or a general statement stays patient information.
- Over-the-counter symptom relievers (ibuprofen, naproxen, acetaminophen, hydrocortisone:
  rules/lexicons/labelled-uses.yaml, `relieves: symptoms`) are labelled for symptoms whatever
  caused them: said to treat the infection itself ("will treat the infection"), or a symptom
  named as the infection's own ("heals the monkeypox rash"), they are outside their labels; a
  labelled symptom with the infection told as its cause ("If you have COVID-19,
  acetaminophen can lower your fever") is the label's use.
- A patient's story that ends the illness as the time the watching took ("we watched her
  closely until she recovered"), with no product named, credits no product.
- A verbless card fragment that names a condition, a symptom word and an agent noun
  ("Monkeypox fever reducer." on an Advil card) states the product's intended use; a labelled
  drug in a card's title lends its approved care to a labelled use in the card's text ("Cold
  and flu fever reducer." under "Tylenol Cold + Flu").
- A harm made lasting ("it can turn your skin permanently bluish-gray") is a risk, not a
  condition ended for good.

Each: the exact sentence and its rule, and a near sentence that must not fire. Sentences are
written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    assert_fires_as_labelled,
    golden_sentences,
    reported_on,
    riverbend_page,
    story_quote,
)

INFECT = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"

CASES = [
    # a care word that calls a product
    (INFECT, True, "shop", "Colloidal silver is a kid-friendly antiviral for RSV, flu and cold "
                           "sores."),
    (INFECT, True, "shop", "Elderberry syrup, your go-to antiviral against the flu."),
    (INFECT, False, "shop", "Tamiflu is an antiviral for flu that works best in the first two "
                            "days."),
    (INFECT, False, "shop", "Paxlovid, an antiviral for COVID-19, is taken for five days."),
    (INFECT, False, "shop", "It is an antiviral for flu that your doctor can prescribe."),
    (INFECT, False, "shop", "If you get the flu, an antiviral for flu can shorten the illness."),
    (INFECT, False, "shop", "Amoxicillin is an antibiotic for ear infections and strep throat."),
    (INFECT, False, "shop", "Antivirals for flu work best when started within two days."),
    # an OTC symptom reliever said to treat the infection, or its own symptom
    (INFECT, True, "shop", "Children's ibuprofen for the kids and Tylenol 8HR for adults will "
                           "treat the infection while you wait it out."),
    (INFECT, False, "shop", "Ibuprofen or acetaminophen can ease fever and pain, but they do not "
                            "treat the infection itself."),
    (INFECT, True, "shop", "Hydrocortisone lotion soothes and heals the monkeypox rash."),
    (INFECT, False, "shop", "Hydrocortisone cream eases the itch of chickenpox."),
    (INFECT, True, "shop", "Tylenol treats COVID-19."),
    (INFECT, False, "shop", "If you have COVID-19, acetaminophen can lower your fever."),
    (INFECT, False, "shop", "If your child has chickenpox, give acetaminophen, not ibuprofen, "
                            "for fever."),
    # a harm made lasting
    (CURE, False, "shop", "Colloidal silver is not safe or effective for treating any disease, "
                          "and it can turn your skin permanently bluish-gray."),
    (CURE, True, "shop", "Colloidal silver clears every infection for good."),
]


@golden_sentences(CASES)
def test_outbreak_claims_in_the_forms_shops_use(engine: ContentEngine, rule: str, fires: bool,
                                                title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def _card(title: str, text: str) -> str:
    return (f'<div class="product-card"><h3>{title}</h3><p>{text}</p>'
            '<p class="price">$18.99 <a href="/cart">Add to cart</a></p></div>')


@pytest.mark.parametrize(("title", "fires"), [("Colloidal Silver 15ppm, 4 oz", True),
                                              ("Tamiflu 75 mg, 10 capsules", False)])
def test_a_cards_fragment_calls_the_product_under_its_name(engine: ContentEngine, title: str,
                                                           fires: bool) -> None:
    """"Kid-friendly antiviral for RSV" under a product's name on a page that sells it is the
    product's claim; under an approved drug's name it is the drug's use."""
    html = riverbend_page("Shop", _card(title, "Kid-friendly antiviral for RSV, flu and cold "
                                               "sores."))
    assert bool(reported_on(engine, INFECT, html)) is fires


@pytest.mark.parametrize(("title", "text", "fires"), [
    ("Advil Liqui-Gels, 80 ct", "Monkeypox fever reducer.", True),
    ("Advil Liqui-Gels, 80 ct", "Pain reliever and fever reducer.", False),
    ("Elderberry Gummies, 60 ct", "Flu defense for the whole family.", True),
    ("Tylenol Cold + Flu", "Cold and flu fever reducer.", False),
    ("Tylenol Cold + Flu", "Cold and flu relief.", False),
])
def test_a_cards_fragment_names_the_condition_its_product_acts_on(
        engine: ContentEngine, title: str, text: str, fires: bool) -> None:
    """A verbless card fragment, a condition and an agent noun ("Monkeypox fever reducer."),
    is the intended use of the product in the title; a labelled use of the drug in the title
    ("Cold and flu fever reducer." under "Tylenol Cold + Flu") is that drug's."""
    html = riverbend_page("Shop", _card(title, text))
    assert bool(reported_on(engine, INFECT, html)) is fires


@pytest.mark.parametrize(("story", "fires"), [
    ("My toddler had RSV last winter. Our pediatrician told us which breathing signs mean a "
     "trip to the ER, and we watched her closely until she recovered.", False),
    ("We gave her the silver drops and watched her until the RSV cleared.", True),
    ("The silver drops cleared her RSV in two days while we watched.", True),
])
def test_an_illness_ended_while_someone_watched(engine: ContentEngine, story: str,
                                                fires: bool) -> None:
    html = riverbend_page("Colloidal Silver for Kids", story_quote(story, "Jenna"))
    assert bool(reported_on(engine, INFECT, html)) is fires
