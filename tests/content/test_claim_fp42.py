"""Golden tests (issue 13, stop 42, fixfp42): compliant sentences the claim rules read as
claims, and a close neighbour of each that still claims. A stand-in denied ("are no substitute
for vaccines") offers no product in the care's place; a seller told by a regulator, the agent
and date between, "to stop suggesting that ..." reports the claim; a claim reported and refuted
after a semicolon in its own sentence is refuted as one refuted by the next sentence is; a
predicate of the care a condition goes on "despite" is that care's; approved care opening the
sentence is the subject of a predicate past a list of conditions; a firm's past sales talk with
a regulator's ruling on it after a semicolon is reported; NICE's and the NEI's standard care by
name is approved care; an answer to "What is X?" that defines it and then refutes it reports
it. The pool's f29n-108, f32n-101, f34nn-106, f30nn-105, f13nn-083, f13nn-152, f14bn-015,
f35n-108 and f29nn-107 (dev halves); sentences rewritten for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import list_page, reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"


def _on_page(engine: ContentEngine, rule: str, title: str, sentence: str) -> bool:
    return sentence in reported_on(engine, rule, riverbend_page(title, f"<p>{sentence}</p>"))


@pytest.mark.parametrize(("rule", "title", "sentence", "fires"), [
    # a stand-in denied keeps the care
    (INFECTION, "Homeopathic Remedies",
     "Homeopathic remedies are no substitute for vaccines, and any remedy for a newborn should "
     "be discussed with your pediatrician first.", False),
    (INFECTION, "Homeopathic Remedies",
     "Our homeopathic remedies are a gentle substitute for vaccines, and any remedy for a "
     "newborn should be discussed with your pediatrician first.", True),
    # a regulator's order, its agent and date between, reports the claim
    (DISEASE, "Holistic Health Screening",
     "A holistic clinic was told by the ASA in 2018 to stop suggesting that its bioresonance "
     "screening finds the hidden cause of diabetes so it can be treated naturally.", False),
    (DISEASE, "Holistic Health Screening",
     "Our holistic clinic's bioresonance screening finds the hidden cause of diabetes so it can "
     "be treated naturally.", True),
])
def test_sentence(engine: ContentEngine, rule: str, title: str, sentence: str,
                  fires: bool) -> None:
    assert _on_page(engine, rule, title, sentence) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("NAET is sometimes promoted to eliminate food allergies; it has not been shown to do so, "
     "so never eat a food you react to after a session.", False),
    # reported and not refuted: still the claim
    ("NAET is sometimes promoted to eliminate food allergies; book a session to find out more.",
     True),
])
def test_refuted_after_a_semicolon(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert _on_page(engine, CURE, "Allergy Elimination Sessions", sentence) is fires


@pytest.mark.parametrize(("item", "fires"), [
    ("Lantidra, donor islet cells for adults with type 1 diabetes who have repeated severe low "
     "blood sugar despite intensive management", False),
    # a predicate of its own outside the "despite" phrase still claims
    ("Lantidra, donor islet cells that reverse type 1 diabetes despite intensive management",
     True),
])
def test_care_despite_which(engine: ContentEngine, item: str, fires: bool) -> None:
    page = list_page("Stem Cell Therapy", "FDA-approved cellular and tissue products include:",
                     item)
    assert (item in reported_on(engine, DISEASE, page)) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    # approved care as the subject, a list of conditions between it and its predicate, and the
    # care that stopped working before it
    ("Approved CAR T-cell therapies can put certain lymphomas, leukemias and multiple myeloma "
     "into long-lasting remission when other treatments have stopped working.", False),
    ("Our herbal capsules can put certain lymphomas, leukemias and multiple myeloma into "
     "long-lasting remission when other treatments have stopped working.", True),
])
def test_approved_subject_over_a_list(engine: ContentEngine, sentence: str,
                                      fires: bool) -> None:
    page = riverbend_page("Integrative Cancer Support Products",
                          f"<h2>CAR T-cell therapy</h2><p>{sentence}</p>")
    assert (sentence in reported_on(engine, DISEASE, page)) is fires


@pytest.mark.parametrize(("rule", "title", "sentence", "fires"), [
    # standard care by its name (products.yaml approved-care: NICE NG123's pelvic floor muscle
    # training, the National Eye Institute's AREDS2 formula)
    (CURE, "Bladder Leak Treatment",
     "Guided muscle training cures or greatly improves leakage in most women who complete "
     "the program.", False),
    (CURE, "Bladder Leak Treatment",
     "Our magnetic chair cures or greatly improves leakage in most women who complete the "
     "program.", True),
    (DISEASE, "Eye Health Supplements",
     "For people with intermediate age-related macular degeneration, the AREDS2 formula of "
     "vitamins and minerals can slow the disease from getting worse.", False),
    (DISEASE, "Eye Health Supplements",
     "For people with intermediate age-related macular degeneration, our bilberry formula of "
     "vitamins and minerals can slow the disease from getting worse.", True),
])
def test_standard_care_named(engine: ContentEngine, rule: str, title: str, sentence: str,
                             fires: bool) -> None:
    assert _on_page(engine, rule, title, sentence) is fires


@pytest.mark.parametrize(("item", "fires"), [
    # a firm's sales talk told in the past, the regulator's ruling on it after a semicolon
    ("Called its remedies for teething, depression and liver health 'the most effective'; the "
     "FDA warned it in 2017", False),
    ("Called its remedies for teething, depression and liver health 'the most effective'; "
     "customers agree in their reviews", True),
])
def test_talk_and_its_ruling(engine: ContentEngine, item: str, fires: bool) -> None:
    page = list_page("Homeopathic Remedies", "Nova Homeopathic:", item)
    assert (item in reported_on(engine, DISEASE, page)) is fires


DEFINED = "The use of highly diluted homeopathic remedies in place of vaccines."


@pytest.mark.parametrize(("after", "fires"), [
    # the answer defines the practice, then refutes what it is offered for
    ("There is no evidence that it protects against any infection.", False),
    ("Many families in our practice choose it for their children.", True),
])
def test_definition_refuted(engine: ContentEngine, after: str, fires: bool) -> None:
    faq = (f"<details><summary>What is homeoprophylaxis?</summary><p>{DEFINED} {after}</p>"
           "</details>")
    page = riverbend_page("Homeopathic Remedies", faq)
    assert (DEFINED in reported_on(engine, INFECTION, page)) is fires
