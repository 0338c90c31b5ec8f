"""Golden tests (issue 13, stop 37, coordinator): three ways a ranking or a universal result
was written in fresh23a's test half (scored once before this change, then read) that the
rules' own descriptions cover and their word classes did not. Sentences are written for these
tests, not taken from a corpus file.

- "No. 1" / "No.1" is the abbreviation of "number one", a superlative term like it, so the
  ranking frames read it with the words between it and its head ("Australia's No.1 men's
  hormone clinic": the possessive "men's" broke the phrase patterns' word gap).
- "out there" closing the clause ranks over all there is, as "there is" does ("the most
  comprehensive menopause supplement out there"); not "the options out there, and ...".
- "works for every bloke": the informal words for people (bloke, guy, lady, folks) are the
  people a result is promised to, as "every man" is.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES

_PAGE = ("<!DOCTYPE html><html lang='en'><head><title>{title} | Riverbend Clinic</title></head>"
         "<body><main><article><h1>{title}</h1><p>Every plan starts with a consultation and "
         "blood tests.</p>{body}</article></main></body></html>")


def _fired(engine: ContentEngine, body: str) -> set[str]:
    verdict = engine.check_page("https://riverbend.example/care/",
                                _PAGE.format(title="Hormone Therapy for Women and Men", body=body),
                                status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


@pytest.mark.parametrize(("body", "rule"), [
    ("<ul><li>Australia's No.1 men's hormone clinic</li></ul>", "no-superlative-claims"),
    ("<p>We are Perth's No. 1 women's health clinic.</p>", "no-superlative-claims"),
    ("<h2>The Most Comprehensive Menopause Supplement Out There</h2>", "no-superlative-claims"),
    ("<p>Our pellets are the safest hormone treatment out there.</p>", "no-superlative-claims"),
    ("<p>Three months in and I feel twenty years younger. It works for every bloke.</p>",
     "no-guaranteed-results"),
    ("<p>Our testosterone plan works for all the guys who try it.</p>", "no-guaranteed-results"),
])
def test_a_ranking_or_a_universal_result_fires(engine, body, rule) -> None:
    assert rule in _fired(engine, body)


@pytest.mark.parametrize("body", [
    "<p>Room No. 1 is on the left as you come in.</p>",
    "<p>There are a lot of supplements out there, and our doctor helps you choose.</p>",
    "<p>Not every supplement out there is safe; ask a pharmacist first.</p>",
    "<p>Not every treatment works for every bloke, and we will tell you if it is not for you.</p>",
])
def test_a_place_a_market_or_a_denied_universal_stays_quiet(engine, body) -> None:
    assert _fired(engine, body) == set()
