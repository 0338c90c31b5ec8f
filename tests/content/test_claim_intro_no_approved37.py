"""Golden tests (stop 37, scope37): a list intro that says its items have no approved care of
the kind ("Neurological conditions with no approved stem cell treatment:") discloses, as
"Conditions stem cells are not approved to treat:" does: its items are no claim, whether they
carry a word of recovery of their own ("Stroke recovery and paralysis") or take the intro's.
An intro that goes on to claim them for the seller ("Diseases with no approved cure that our
stem cells reverse:"), an intro that claims ("Neurological conditions we treat:"), and a
sentence that names the missing approval beside its own claim ("..., a disease with no approved
cure") still fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import list_page, rules_fired

DISEASE = "unapproved-disease-claim"


def _fired(engine, intro: str, item: str) -> bool:
    verdict = engine.check_page("https://clinic.example/p/",
                                list_page("Stem Cell Therapy", intro, item))
    return any(f.rule_id == DISEASE and (f.sentence or "").startswith(item[:25])
               for f in verdict.findings)


@pytest.mark.parametrize(("intro", "item", "fires"), [
    ("Neurological conditions with no approved stem cell treatment:",
     "Stroke recovery and paralysis", False),
    ("Neurological conditions with no approved stem cell treatment:",
     "Multiple sclerosis and paralysis", False),
    ("Joint conditions with no FDA-approved regenerative therapy:",
     "Knee osteoarthritis and torn rotator cuffs", False),
    # ... neighbours: the intro claims them, or goes on to claim them for the seller
    ("Neurological conditions we treat:", "Stroke recovery and paralysis", True),
    ("Diseases with no approved cure that our stem cells reverse:",
     "Multiple sclerosis and paralysis", True),
])
def test_an_intro_says_no_approved_care(engine, intro: str, item: str, fires: bool) -> None:
    assert _fired(engine, intro, item) is fires


def test_a_sentence_naming_no_approved_cure_still_claims(engine) -> None:
    assert DISEASE in rules_fired(
        engine, "Stem Cell Therapy",
        "Our stem cells reverse multiple sclerosis, a disease with no approved cure.")
