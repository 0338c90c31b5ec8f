"""Golden tests (stop 39, fpfix39a): a claim in quotation marks that the heading holds up to be
checked, by a question mark right after the quote or a colon and a fact-checking frame ("What
the Evidence Says", "What the ... Claims Get Wrong", "The Truth About"), is others' claim
reported (claim-reported; fresh32n's dev rewrite f32n-006 was its first case); so is a heading
saying the claims get it wrong. A quote the seller answers as its own ("what our parents say",
"Our Results") and the claim unquoted still fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

DISEASE = "unapproved-disease-claim"
CURE = "no-unqualified-cure-claims"
CHELATION = "Chelation and Detox Therapy"
UNDER = "<p>Our clinicians explain every option before you decide.</p>"


@pytest.mark.parametrize(("heading", "fired"), [
    ("'Chelation Cures Autism': What the Evidence Says", set()),
    ("\u201cChelation Reverses Heart Disease\u201d: What the Chelation Claims Get Wrong", set()),
    ("'Chelation Cures Autism' \u2014 a Fact Check", set()),
    # ... neighbours: the seller answers the quote itself, or the claim stands unquoted
    ("'Chelation cured my son's autism': what our parents say", {CURE}),
    ("'Chelation Cures Autism': Our Results", {CURE}),
    ("Chelation Cures Autism: Book Your Consultation", {CURE}),
    ("'Chelation Reverses Autism': Stories from Our Families", {DISEASE}),
])
def test_a_quoted_claim_held_up_to_be_checked(engine, heading: str, fired: set[str]) -> None:
    assert article_rules_fired(engine, CHELATION, f"<h2>{heading}</h2>{UNDER}") \
        & {DISEASE, CURE} == fired
