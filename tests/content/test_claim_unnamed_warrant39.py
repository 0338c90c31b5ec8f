"""Golden tests of fpfix39b's fifth class (issue 13, stop 39): "according to" an unnamed
profession or the seller's own users, called as the claim's warrant.

The attribution cue reads "according to NICE ..." as a source reported, which is patient
information's way of quoting. "According to pharmacists, Salin Plus salt therapy improves the
health of people with asthma" (the ASA's 2017 ruling on Salin Plus) names no source: the seller
calls on an unnamed profession to vouch for its own product, and the claim stands
(unapproved-disease-claim). A named body or person, a study, or a denial stays as it was.
Pages are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on

DISEASE = "unapproved-disease-claim"


def _shop(sentence: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><title>Shop | Riverbend Health</title></head>"
            "<body><main><h1>Salin Plus salt therapy unit</h1><p>$1,299. Free shipping.</p>"
            f"<p>{sentence}</p></main></body></html>")


@pytest.mark.parametrize(("sentence", "fires"), [
    ("According to pharmacists, Salin Plus salt therapy improves the health of people with "
     "asthma, sinusitis, rhinitis and allergies.", True),
    ("According to many doctors, Salin Plus relieves asthma.", True),
    ("According to our customers, Salin Plus relieves asthma.", True),
    ("According to NICE, salt therapy has not been shown to relieve asthma.", False),
    ("According to the Global Initiative for Asthma, Salin Plus has not been shown to relieve "
     "asthma.", False),
])
def test_an_unnamed_warrant_is_the_sellers_own(engine: ContentEngine, sentence: str,
                                              fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, _shop(sentence))) is fires
