"""Golden tests (stop 39, fpfix39a): a claim reported as heard, read, told or believed
("I had read that ...", "I was told online that ...", "Some practitioners say ...") and refuted
by the next sentence of its block ("It didn't, ...", "The trials do not support this.") is a
debunking told over two sentences (fresh32n's dev rewrite f32n-005 was its first case), read
by the disease rules and the phrase rules alike (scopes.HEARD, scopes.REFUTES). Both are needed:
a claim reported and not refuted, a refutation of nothing reported, or a seller's own claim
followed by an unrelated negated sentence still fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, article_rules_fired, story_quote

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


HOMEOPATHY = "Homeopathic Remedies for Children"


def _card(title: str, body: str) -> str:
    return ("<p>Browse our services.</p><div class=\"cards\"><div class=\"card\">"
            f"<h3>{title}</h3><p>{body}</p></div></div>")


@pytest.mark.parametrize(("body", "fired"), [
    # who said it: someone who swore to it, a contracted "I'd read", the maker's word, stores
    (story_quote("A neighbour swore the homeopathic earache drops would clear up my daughter's "
                 "ear infection. It didn't, and she needed antibiotics from our GP.",
                 "Leah, mum of two"), set()),
    (story_quote("I'd read online that homeopathic cough pellets would cure my son's croup. They "
                 "didn't, and the steroid our GP gave him worked in hours.", "Tom"), set()),
    (_card("Do Homeopathic Flu Pellets Work?", "The maker says the pellets relieve flu symptoms "
           "and fever in children. There is no evidence for that."), set()),
    # the refutation: no proven benefit known
    ("<p>Some stores say homeopathic teething tablets relieve teething pain in babies. The FDA "
     "knows of no proven benefit.</p>", set()),
    # ... neighbours: the story says it came true; the maker's word followed by no refutation
    (story_quote("A neighbour swore the homeopathic earache drops would clear up my daughter's "
                 "ear infection, and they did within two days.", "Leah, mum of two"),
     {"infectious-disease-claim", DISEASE}),
    (_card("Homeopathic Flu Pellets", "The maker says the pellets relieve flu symptoms and fever "
           "in children. Each tube holds 80 pellets."),
     {"infectious-disease-claim", DISEASE}),
])
def test_who_reported_it_and_how_it_is_refuted(engine, body: str, fired: set[str]) -> None:
    assert article_rules_fired(engine, HOMEOPATHY, body) & CLAIM_RULES == fired
