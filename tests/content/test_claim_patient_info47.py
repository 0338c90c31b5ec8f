"""Golden tests of patient information about guideline and approved care (issue 13, stop 47;
own probe sentences written for these tests in the styles of WHO fact sheets, CDC, NIH ODS and
HIVinfo, not taken from a corpus file).

A nutrient or public-health measure told with the use a WHO guideline recommends it for, for
the people the guideline names (vitamin A for children with measles, zinc with oral
rehydration solution for children with diarrhoea, ORS against dehydration, insecticide-treated
nets against malaria, peppermint oil for the symptoms of irritable bowel syndrome: products.yaml
guideline-uses), is standard care, patient information; the same nutrient in the seller's
voice, as a cure, as the content of another product ("cod liver oil, rich in vitamin A"), on a
card the nutrient titles or in a block with a price is still a claim.
A past participle joined by a hyphen to the noun before it ("insecticide-treated nets") is a
compound adjective, no verb of the sentence.
HIV's treatment by its class, antiretroviral therapy, is approved care as "antivirals" are; a
story that credits the seller's formula instead still claims.
A word for any infection beside the disease it names ("a flu outbreak", "an outbreak of flu")
is that disease's, no use outside an approved drug's label; an outbreak of a disease the label
does not name still is.
A finding's opener with the kind or size of its evidence ("Clinical trials showed that",
"A large study found that") has its subject after it, as "Studies show that" has: approved care
there is patient information; the seller's product there still needs its citation.
A regulated clinician advising the product word right after it ("A pharmacist can suggest
remedies for the aches and fever") gives the clinician's care, as "the drops my doctor
prescribed" do; a herbalist's, or the seller's own remedies advised, still claim.

Each: the exact text and the rule (the finding on that sentence), and a close neighbour on the
other side."""

from __future__ import annotations

import pytest

from tests.content.conftest import card, reported_on, riverbend_page

INFECTIOUS = "infectious-disease-claim"
DISEASE = "unapproved-disease-claim"


def page(title: str, sentence: str) -> str:
    return riverbend_page(title, f"<p>{sentence}</p>")


def claims_on(engine, title: str, sentence: str, body: str = "") -> set[str]:
    """The claim rules of issue 13 that report `sentence` itself on a page of `title` (whose
    text is `body` when given, else the sentence alone)."""
    html = riverbend_page(title, body) if body else page(title, sentence)
    return {rule for rule in (INFECTIOUS, DISEASE) if sentence in reported_on(engine, rule, html)}


QUIET = [
    ("Immune Wellness Services", "Vitamin A supplements given to children with measles lower "
                                 "the risk of death and blindness."),
    ("Shop Supplements", "Zinc supplements given with oral rehydration solution shorten "
                         "diarrhoea episodes in children."),
    ("Shop Supplements", "Oral rehydration solution replaces the water and salts lost through "
                         "diarrhoea and prevents dehydration."),
    ("Mosquito Protection", "Insecticide-treated bed nets reduce malaria deaths in children "
                            "under five."),
    ("Immune Wellness Services", "After his HIV diagnosis, Sam started antiretroviral therapy "
                                 "and his viral load has been undetectable for three years."),
    ("Immune Wellness Services", "Antiretroviral drugs stop HIV from multiplying and let the "
                                 "immune system recover."),
    ("Digestive Health", "Her GP suggested peppermint oil capsules, and the cramps and bloating "
                         "of her IBS now rarely stop her."),
    ("Immune Wellness Services", "Giving children vitamin A during a measles outbreak lowers the "
                                 "number who die or go blind."),
    ("Immune Wellness Services", "In countries where vitamin A deficiency is common, vitamin A "
                                 "supplements for young children cut deaths from measles and "
                                 "diarrhoea."),
]

FIRES = [
    ("Shop Supplements", "Our vitamin A drops cure measles.", INFECTIOUS),
    ("Immune Wellness Services", "Vitamin A cures measles in children.", INFECTIOUS),
    ("Shop Supplements", "Cod liver oil, rich in vitamin A, treats measles in children "
                         "naturally.", INFECTIOUS),
    ("Shop Supplements", "Our zinc drops shorten diarrhoea in children.", DISEASE),
    ("Mosquito Protection", "Our bed nets and herbal spray stop malaria for good.", INFECTIOUS),
    ("Immune Wellness Services", "After his HIV diagnosis, Sam started our immune formula and "
                                 "his viral load has been undetectable for three years.",
     INFECTIOUS),
    ("Immune Wellness Services", "Giving children vitamin A during a flu outbreak lowers the "
                                 "number who die.", INFECTIOUS),
    ("Immune Wellness Services", "Vitamin A supplements for young children cut deaths from "
                                 "measles and COVID-19.", INFECTIOUS),
]


# A seller's card or a paragraph with a price: the same guideline sentence is the offer's claim.
SOLD = [
    ("Vitamin A given to children with measles lowers the risk of death.",
     card("Vitamin A Drops - $12", "Vitamin A given to children with measles lowers the risk "
                                   "of death."), INFECTIOUS),
    ("Peppermint oil capsules relieve IBS cramps and bloating.",
     "<p>Peppermint oil capsules relieve IBS cramps and bloating. Buy now for $19.99.</p>",
     DISEASE),
]


@pytest.mark.parametrize(("title", "sentence"), QUIET, ids=[s[:40] for _, s in QUIET])
def test_guideline_care_told_is_quiet(engine, title: str, sentence: str) -> None:
    assert claims_on(engine, title, sentence) == set()


@pytest.mark.parametrize(("title", "sentence", "rule"), FIRES, ids=[s[:40] for _, s, _ in FIRES])
def test_the_sellers_neighbour_fires(engine, title: str, sentence: str, rule: str) -> None:
    assert rule in claims_on(engine, title, sentence)


@pytest.mark.parametrize(("sentence", "body", "rule"), SOLD, ids=[s[:40] for s, _, _ in SOLD])
def test_the_same_use_on_sale_fires(engine, sentence: str, body: str, rule: str) -> None:
    assert rule in claims_on(engine, "Shop", sentence, body)


def test_the_same_use_told_plainly_is_quiet(engine) -> None:
    assert claims_on(engine, "Digestive Health",
                     "Peppermint oil capsules relieve IBS cramps and bloating.") == set()


def test_outbreak_of_the_labelled_disease_is_quiet(engine) -> None:
    assert claims_on(engine, "Immune Wellness Services",
                     "During an outbreak of flu, oseltamivir helps protect people in care "
                     "homes.") == set()


def test_outbreak_of_another_disease_fires(engine) -> None:
    assert INFECTIOUS in claims_on(engine, "Immune Wellness Services",
                                   "Oseltamivir helps stop a measles outbreak.")


CITED = "research-claims-cited"


def research_reported(engine, sentence: str) -> list[str]:
    return reported_on(engine, CITED, page("IV Vitamin Drips and NAD+ Infusions", sentence))


def test_trials_showing_approved_care_is_quiet(engine) -> None:
    assert research_reported(engine, "Clinical trials showed that Arexvy lowered the risk of "
                                     "RSV lung disease by 83 percent in adults over 60.") == []


def test_a_large_study_of_approved_care_is_quiet(engine) -> None:
    assert research_reported(engine, "A large study found that statins lower the risk of heart "
                                     "attack in people with diabetes.") == []


def test_trials_showing_our_formula_fire(engine) -> None:
    sentence = "Clinical trials showed that our formula lowered blood pressure."
    assert research_reported(engine, sentence) == [sentence]


def test_remedies_a_pharmacist_suggests_are_quiet(engine) -> None:
    assert claims_on(engine, "Shop Supplements",
                     "A pharmacist can suggest remedies for the aches and fever.") == set()


@pytest.mark.parametrize("sentence", [
    "A herbalist can suggest remedies for the aches and fever.",
    "Your doctor may recommend our remedies for the aches and fever."])
def test_remedies_no_clinician_gives_fire(engine, sentence: str) -> None:
    assert DISEASE in claims_on(engine, "Shop Supplements", sentence)
