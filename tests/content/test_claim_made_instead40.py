"""Golden tests of what a product is made of set against another material (issue 13; fixfaq40's
own probes, not taken from a corpus file): "made from plant extracts instead of chemicals"
tells the product's making; its "instead of" denies nothing the answer affirms ("Does it work
like Cialis?" / "Yes, same results, but made from plant extracts instead of chemicals." is the
sameness the question raises, answered yes). A "No", a denial or a referral beside it still
clears."""

from __future__ import annotations

import pytest

from tests.content.conftest import reported_on, riverbend_page

MEN = "Herbal Supplements for Men"


def faq(question: str, answer: str) -> str:
    return riverbend_page(MEN, f"<section class='faq'><h2>FAQ</h2><details><summary>"
                               f"{question}</summary><p>{answer}</p></details></section>")


CASES = [
    (True, faq("Does it work like Cialis?",
               "Yes, same results, but made from plant extracts instead of chemicals.")),
    (False, faq("Does it work like Cialis?",
                "No. It is made from plant extracts instead of chemicals and is not a drug.")),
    (False, faq("Does it work like Cialis?",
                "It is made from plant extracts instead of chemicals, and it does not treat "
                "erectile dysfunction.")),
    (False, faq("Does it work like Cialis?",
                "Ask your doctor; it is made from plant extracts instead of chemicals.")),
]


@pytest.mark.parametrize(("fires", "html"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_made_of_instead_of_denies_nothing(engine, fires, html) -> None:
    assert bool(reported_on(engine, "unapproved-disease-claim", html)) is fires
