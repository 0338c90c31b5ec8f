"""Golden tests (stop 42, fixdev42): structures met in the dev halves of the stop's measure
sets, each a compliant text the rules fired on. A subject with the negative determiner said to
have been shown to work ("No vitamin infusion has been shown to ..."); the evidence called too
thin; a list under an intro that ends on a negated copula ("What ... is not:"); harm affirmed
of what is done without care ("... without a nurse is a real risk"); a condition said to be
treatable; "the treatment" pointing back to the person's own care; in a story, the care the
clause names as its subject on a page that names no product, care named for its purpose, and
care the story credits after the outcome ("that was the radiotherapy"). Each beside a close
neighbour on the other side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    article_page,
    list_page,
    reported_on,
    riverbend_page,
    story_quote,
    supplement_shop_page,
)

DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"
RESEARCH = "research-claims-cited"
RISK = "no-risk-minimization"


def _faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("No IV vitamin drip has been shown to treat or shorten the flu.", False),
    ("Our IV vitamin drip has been shown to treat and shorten the flu.", True),
])
def test_no_product_of_a_kind_shown(engine: ContentEngine, sentence: str, fires: bool) -> None:
    answer = f"{'Yes' if fires else 'No'}. {sentence}"
    html = riverbend_page("IV Vitamin Drips", _faq("Can a drip keep the flu away?", answer))
    assert any(sentence in found for found in reported_on(engine, INFECTION, html)) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("The evidence is too thin to say whether ashwagandha helps sleep.", False),
    ("Research on ashwagandha shows it deepens sleep.", True),
])
def test_evidence_too_thin(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, RESEARCH, article_page("shop", sentence)) == \
        ([sentence] if fires else [])


_ITEM = "A treatment for migraine or restless legs"


@pytest.mark.parametrize(("intro", "fires"), [
    # the items complete the intro: what the spray is not
    ("What our magnesium spray is not:", False),
    ("What our magnesium spray is:", True),
])
def test_items_under_a_negated_copula(engine: ContentEngine, intro: str, fires: bool) -> None:
    html = list_page("Shop Supplements", intro, _ITEM)
    assert reported_on(engine, DISEASE, html) == ([_ITEM] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    # the harm is what injecting without a nurse is: affirmed, not taken away
    ("My doctor explained that injecting it at home without a nurse is a real risk.", False),
    ("Our injections come without the side effects of other shots.", True),
])
def test_harm_of_going_without_care(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported_on(engine, RISK, article_page("glp1", sentence)) == \
        ([sentence] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Panic disorder is common and treatable, so please tell your doctor about it.", False),
    ("Panic disorder is treatable with these capsules.", True),
])
def test_condition_said_to_be_treatable(engine: ContentEngine, sentence: str,
                                        fires: bool) -> None:
    answer = f"Please ask your doctor first. {sentence}"
    html = supplement_shop_page(_faq("Can the lavender capsules help my panic attacks?", answer))
    assert reported_on(engine, DISEASE, html) == ([sentence] if fires else [])


def _story_reported(engine: ContentEngine, story: str, on_shop: bool = False) -> list[str]:
    # (the shop's page names no product of its own: the story's product is the one it names)
    html = riverbend_page("Shop", story_quote(story, "Ruth, 66")) if on_shop \
        else supplement_shop_page(story_quote(story, "Ruth, 66"))
    return [s for s in reported_on(engine, DISEASE, html) if story in s]


@pytest.mark.parametrize(("story", "fires"), [
    # "the treatment" is the teller's own breast cancer treatment, named just before
    ("I sipped the ginger tea all through my breast cancer treatment; the treatment came from "
     "my oncology team.", False),
    ("The ginger tea cleared my breast cancer.", True),
])
def test_the_treatment_points_back(engine: ContentEngine, story: str, fires: bool) -> None:
    assert bool(_story_reported(engine, story)) is fires


@pytest.mark.parametrize(("story", "fires"), [
    # the clause's subject is the care that got the teller walking, the balm named before it
    ("I'd had hip arthritis for ten years. A neighbour gave me a jar of comfrey balm; it smells "
     "lovely, and the physical therapy my doctor arranged is what got me walking again.", False),
    ("I'd had hip arthritis for ten years. A neighbour gave me a jar of comfrey balm, and "
     "within weeks it got me walking again.", True),
])
def test_story_clause_credits_its_care(engine: ContentEngine, story: str, fires: bool) -> None:
    assert bool(_story_reported(engine, story, on_shop=True)) is fires


@pytest.mark.parametrize(("story", "fires"), [
    # care named for its purpose: its name's "therapy for" is no outcome of the tea
    ("My dad started external beam radiation therapy for prostate cancer, and he drinks the "
     "soursop tea for its taste.", False),
    ("My dad drinks the soursop tea as his therapy for prostate cancer.", True),
])
def test_story_names_care_for_its_purpose(engine: ContentEngine, story: str,
                                          fires: bool) -> None:
    assert bool(_story_reported(engine, story)) is fires


@pytest.mark.parametrize(("story", "fires"), [
    # the outcome credited to care after it: "that was the radiotherapy"
    ("My dad drank the soursop tea for its taste while he had radiotherapy for prostate "
     "cancer. At his next scan the tumour had shrunk; his urologist says that was the "
     "radiotherapy.", False),
    ("My dad drank the soursop tea for his prostate cancer. At his next scan the tumour had "
     "shrunk; his urologist was amazed.", True),
])
def test_story_credits_care_after_the_outcome(engine: ContentEngine, story: str,
                                              fires: bool) -> None:
    assert bool(_story_reported(engine, story)) is fires
