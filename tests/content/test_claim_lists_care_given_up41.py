"""Golden tests of stop 41's list items and stories of care given up (issue 13; fixlist41's
own probes, not taken from a corpus file).

Lists: a care word inside a condition's name ("insulin resistance") is the condition's word,
not approved care; a risk word compounded into a group's adjective ("high-risk adults") names
who, not a risk of the product; a gerund item under an intro that says what something is used
for ("Our customers take it for:" / "Managing ...") tells the use, not the reader's own deed;
what is left out of the care ("none of the chemicals in vaccines") is the care replaced.

Stories: care cut back ("cut back on insulin", "lower their dose of escitalopram"), care a
pronoun retires ("got me off them"), care needed no more ("she says I don't need it", "I
didn't need Zoloft") are the product's outcome; a hope the story denies is not ("I hoped ...
would get me off them. It didn't.")."""

from __future__ import annotations

import pytest

from tests.content.conftest import (
    article_page,
    list_page,
    reported_on,
    riverbend_page,
    story_quote,
)

UNAPPROVED, INFECTIOUS = "unapproved-disease-claim", "infectious-disease-claim"
GLP1 = "Medical Weight Loss with Semaglutide and Tirzepatide"
SHOP = "Shop Supplements"


def faq_page(title: str, question: str, answer: str) -> str:
    return riverbend_page(title, f"<section class='faq'><h2>FAQ</h2><details><summary>"
                                 f"{question}</summary><p>{answer}</p></details></section>")


def story_page(title: str, text: str) -> str:
    return article_page(title, story_quote(text, "Dana, Tulsa"))


# (rule, fires, page, the sentence the finding must be on)
CASES = [
    (UNAPPROVED, True, list_page(GLP1, "Conditions our GLP-1 program treats:",
                                 "Insulin resistance in women with PCOS"),
     "Insulin resistance in women with PCOS"),
    (UNAPPROVED, False, list_page(GLP1, "What to bring to your first visit:",
                                  "Your insulin pens and a list of your medicines"),
     "Your insulin pens and a list of your medicines"),
    (INFECTIOUS, True, list_page("Peptide Therapy", "Thymosin peptide injections are used for:",
                                 "Shielding high-risk older adults from severe COVID-19"),
     "Shielding high-risk older adults from severe COVID-19"),
    (INFECTIOUS, False, list_page("Peptide Therapy", "Ask your doctor whether you are:",
                                  "A high-risk older adult who needs a COVID-19 booster"),
     "A high-risk older adult who needs a COVID-19 booster"),
    (UNAPPROVED, True, list_page(SHOP, "Our customers take it for:",
                                 "Managing depression and anxiety without prescriptions"),
     "Managing depression and anxiety without prescriptions"),
    (UNAPPROVED, False, list_page(SHOP, "Tips from our pharmacist:",
                                  "Walking every day eases depression and anxiety"),
     "Walking every day eases depression and anxiety"),
    (INFECTIOUS, True, list_page("Homeopathic Remedies", "Why families choose our nosodes:",
                                 "Protection from measles with none of the chemicals in "
                                 "vaccines"),
     "Protection from measles with none of the chemicals in vaccines"),
    (INFECTIOUS, False, list_page("Homeopathic Remedies", "Good to know:",
                                  "The MMR vaccine protects children from measles"),
     "The MMR vaccine protects children from measles"),
    (UNAPPROVED, True, article_page(SHOP, "Many buyers cut back on insulin after a few months "
                                          "of GlucoBalance."),
     "Many buyers cut back on insulin after a few months of GlucoBalance."),
    (UNAPPROVED, False, article_page(SHOP, "Some people can cut back on insulin after losing "
                                           "weight."),
     "Some people can cut back on insulin after losing weight."),
    (UNAPPROVED, True, faq_page(SHOP, "Is CalmRoot safe to take with my antidepressant?",
                                "Yes, and many customers lower their dose of escitalopram once "
                                "CalmRoot starts working."),
     "many customers lower their dose of escitalopram once CalmRoot starts working."),
    (UNAPPROVED, False, faq_page(SHOP, "Is CalmRoot safe to take with my antidepressant?",
                                 "Yes, but never lower your dose of escitalopram on your own."),
     "never lower your dose of escitalopram on your own."),
    (UNAPPROVED, True, story_page(SHOP, "The nurse was about to put me on insulin. Three months "
                                        "of GlucoBalance later she says I don't need it."),
     "she says I don't need it"),
    (UNAPPROVED, False, story_page(SHOP, "I was on antidepressants for years. I hoped CalmRoot "
                                         "would get me off them. It didn't."),
     "I hoped CalmRoot would get me off them"),
    (UNAPPROVED, True, story_page(SHOP, "CalmRoot helped me through postpartum depression, "
                                        "and I didn't need Zoloft."),
     "and I didn't need Zoloft"),
    (UNAPPROVED, False, story_page(SHOP, "CalmRoot didn't help my postpartum depression, so I "
                                         "needed Zoloft after all."),
     "so I needed Zoloft after all"),
]


@pytest.mark.parametrize(("rule", "fires", "html", "sentence"), CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(CASES)])
def test_list_items_and_care_given_up(engine, rule, fires, html, sentence) -> None:
    reported = reported_on(engine, rule, html)
    assert any(sentence in found for found in reported) is fires, reported
