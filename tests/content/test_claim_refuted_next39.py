"""Golden tests (stop 39, fpfix39a): a claim reported as heard, read, told or believed
("I had read that ...", "I was told online that ...", "Some practitioners say ...") and refuted
by the next sentence of its block ("It didn't, ...", "The trials do not support this.") is a
debunking told over two sentences (fresh32n's dev rewrite f32n-005 was its first case), read
by the disease rules and the phrase rules alike (scopes.HEARD, scopes.REFUTES). Both are needed:
a claim reported and not refuted, a refutation of nothing reported, or a seller's own claim
followed by an unrelated negated sentence still fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
CURE = "no-unqualified-cure-claims"
CHELATION = "Chelation and Detox Therapy"
IV = "IV Vitamin Drips and NAD+ Infusions"


@pytest.mark.parametrize(("title", "body", "fired"), [
    # a story's belief, refuted in the quote's next sentence
    (CHELATION, story_quote(
        "I had read that a course of chelation would clear my blocked arteries and reverse my "
        "heart disease. It didn't, and my cardiologist explained why no chelation trial has "
        "shown that.", "Mark, 55"), set()),
    # a paragraph: told online, then "It didn't"
    (CHELATION, "<p>I was told online that chelation would reverse my heart disease. It didn't, "
                "and it cost me $4,000.</p>", set()),
    # others' word, then the evidence denied
    (CHELATION, "<p>Some practitioners say chelation reverses heart disease. The trials do not "
                "support this.</p>", set()),
    # ... neighbours: the story says it came true; the refutation is of something else; the
    # seller reports praise; the seller's claim before an unrelated negated sentence
    (CHELATION, story_quote(
        "I had read that a course of chelation would clear my blocked arteries and reverse my "
        "heart disease. It did, and my cardiologist was amazed.", "Mark, 55"), {DISEASE, CURE}),
    (CHELATION, story_quote(
        "A course of chelation cleared my blocked arteries and reversed my heart disease. It "
        "didn't take long, and my cardiologist was amazed.", "Mark, 55"), {DISEASE, CURE}),
    (CHELATION, "<p>I was told online that chelation would reverse my heart disease, and it "
                "did.</p>", {CURE}),
    (CHELATION, "<p>Patients tell us chelation reversed their heart disease. Book a consultation "
                "today.</p>", {CURE}),
    (CHELATION, "<p>Our chelation drips reverse heart disease. It does not hurt, and most "
                "patients nap.</p>", {CURE}),
    (IV, "<p>Many patients say our drips cured their fatigue.</p>", {CURE}),
])
def test_a_reported_claim_refuted_in_the_next_sentence(engine, title: str, body: str,
                                                       fired: set[str]) -> None:
    assert article_rules_fired(engine, title, body) & {DISEASE, CURE} == fired
