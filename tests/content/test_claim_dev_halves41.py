"""Golden tests (stop 41, fixdev41): structures met in the dev halves of the stop's measure
sets. A status given for a cleared use and, in the same list under one preposition, for
conditions the device kind is not cleared for; a seller's claim as the complement of the
sellers' noun ("ads saying ...") that a regulator ruled against; a product's capitalized name
whose first word is a predicate word ("Curb Hunger"); molluscum by its short name; a count of
doses that points back to the vaccine the sentence before named. Each beside a close
neighbour on the other side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    article_page,
    card,
    riverbend_page,
    story_quote,
    supplement_shop_page,
)

STATUS = "false-fda-approval-claim"
DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"


def _reported(engine: ContentEngine, rule: str, html: str) -> list[str]:
    verdict = engine.check_page("https://clinic.example/p/", html)
    return [f.sentence or "" for f in verdict.findings if f.rule_id == rule]


def _device_page(sentence: str) -> str:
    title = "LED Light Therapy"
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>{sentence}</p></article></main></body></html>")


@pytest.mark.parametrize(("sentence", "fires"), [
    # acne is a cleared use of LED light devices; eczema and rosacea, listed with it, are not
    ("The Lumina LED mask is FDA-cleared to treat acne, eczema and rosacea at home.", True),
    ("The Lumina LED mask is FDA-cleared to treat mild to moderate acne at home.", False),
])
def test_condition_listed_with_a_cleared_use(engine: ContentEngine, sentence: str,
                                             fires: bool) -> None:
    assert _reported(engine, STATUS, _device_page(sentence)) == ([sentence] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    # the ads' words, ruled misleading by a regulator: reported, not the page's claim
    ("In 2023 the ASA ruled that ads saying NAD+ drips treat long COVID were misleading.", False),
    ("Our NAD+ drips treat long COVID.", True),
])
def test_sellers_words_as_the_ads_complement(engine: ContentEngine, sentence: str,
                                             fires: bool) -> None:
    assert _reported(engine, DISEASE, article_page("iv", sentence)) == \
        ([sentence] if fires else [])


@pytest.mark.parametrize(("story", "fires"), [
    # "Curb" opens the product's name, mid-sentence: nothing is said to be curbed
    ("I have PCOS and had hoped Curb Hunger would shift the weight the way my sister's "
     "Ozempic did. It hasn't.", False),
    # the verb, lower case: the capsules curb the hunger PCOS gives
    ("I have PCOS, and these capsules curb the hunger it gives me.", True),
])
def test_predicate_word_opening_a_name(engine: ContentEngine, story: str, fires: bool) -> None:
    found = _reported(engine, DISEASE, supplement_shop_page(story_quote(story, "Ana R.")))
    assert (len(found) == 1 and story in found[0]) if fires else found == []


_FAQ = "<details><summary>Can my child use the Kidsoothe gel?</summary><p>{}</p></details>"


@pytest.mark.parametrize(("answer", "sentence", "fires"), [
    ("Yes. It clears molluscum spots within a few weeks.",
     "It clears molluscum spots within a few weeks.", True),
    ("Please ask your doctor first. Molluscum spots usually go away on their own within "
     "months.", None, False),
])
def test_molluscum_by_its_short_name(engine: ContentEngine, answer: str, sentence: str | None,
                                     fires: bool) -> None:
    html = riverbend_page("Skin care shop", _FAQ.format(answer))
    assert _reported(engine, INFECTION, html) == ([sentence] if fires else [])


_DOSES = "Two doses are very effective at preventing shingles."


@pytest.mark.parametrize(("before", "fires"), [
    # the doses are the vaccine's: approved care
    ("The shingles vaccine is given to adults over 50.", False),
    # the doses are the syrup's: the seller's claim
    ("Our elderberry syrup is taken twice a day.", True),
])
def test_count_of_doses_points_back(engine: ContentEngine, before: str, fires: bool) -> None:
    html = riverbend_page("Vaccines", card("Shingles", f"{before} {_DOSES}"))
    assert _reported(engine, INFECTION, html) == ([_DOSES] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    # the clients' hope, which the page then says is not borne out
    ("Many patients come to us hoping NAD+ drips will lift their fibromyalgia fatigue; the "
     "evidence does not show that they do.", False),
    ("Our NAD+ drips lift fibromyalgia fatigue for many patients.", True),
])
def test_clients_hope(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert _reported(engine, DISEASE, article_page("iv", sentence)) == \
        ([sentence] if fires else [])
