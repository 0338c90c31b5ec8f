"""Golden tests (issue 13, stop 38): a study NAMED in its sentence, by its journal's title or
its trial's proper name together with its year ("A 2019 study published in the Journal of Pain
found ..."), lets readers and reviewers find it as a link would: research-claims-cited counts
it as a written reference, like "et al." or a DOI. Vague sources stay research claims without
a citation: "published in leading medical journals", "a peer-reviewed journal", a journal
without a year, "a study found". Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

RESEARCH = "research-claims-cited"
PAGE = "Shop Supplements"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("A 2019 study published in the Journal of Pain found that acupuncture reduced back pain "
     "more than sham needling.", False),
    ("A 2021 randomized trial of 70 adults, published in JAMA, found that the extract reduced "
     "knee pain more than placebo.", False),
    ("A 2018 study in the journal Menopause found that paroxetine eased hot flashes.", False),
    ("Clinical studies published in The Lancet in 2019 found that the formula eased joint pain.",
     False),
    # neighbours: the same research claims with a vague source or no year stay claims
    ("A 2019 study published in leading medical journals found that our formula eased back "
     "pain.", True),
    ("A 2020 study published in a peer-reviewed journal found that our formula eased knee pain.",
     True),
    ("Clinical studies published in The Lancet prove that our formula eases joint pain.", True),
    ("Since 2010, studies have shown that our formula rebuilds cartilage.", True),
    ("A study found that our formula reduced knee pain.", True),
])
def test_a_study_named_by_its_journal_and_year_is_its_reference(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, RESEARCH, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    # figures named by the public body that keeps them
    ("National data from the CDC show that live-birth rates per egg retrieval fall steadily "
     "after 35.", False),
    ("Figures from the NHS show that most people recover within six weeks.", False),
    # neighbours: the seller's own product, or figures with no keeper named
    ("Data from the CDC show that our program lowers blood sugar.", True),
    ("Data show that most people recover within six weeks.", True),
])
def test_figures_named_by_their_public_keeper_are_their_reference(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, RESEARCH, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    # a diagnostic test named a study (polysomnography, nerve conduction) told with its result
    ("The sleep study showed I stopped breathing 40 times an hour.", False),
    ("My nerve conduction study showed the damage was mild.", False),
    # neighbours: research studies still need their citation
    ("A study showed that our pillow stops snoring.", True),
    ("Study after study has shown that our pillow stops snoring.", True),
])
def test_a_diagnostic_study_is_a_test_result(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, RESEARCH, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    # a use accepted by a named body, whose published list the reader can check
    ("We treat only the indications supported by evidence and accepted by the Undersea and "
     "Hyperbaric Medical Society.", False),
    # neighbours: no body named, or said of our product
    ("We treat only the indications supported by evidence.", True),
    ("Our chamber treats conditions proven by research and endorsed by the Undersea and "
     "Hyperbaric Medical Society.", True),
])
def test_a_use_accepted_by_a_named_body_is_its_reference(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, RESEARCH, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])
