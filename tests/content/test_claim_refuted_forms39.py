"""Golden tests (stop 39, fpfix39a): more of the ways a debunking page reports a claim and
refutes it in the next sentence (scopes.HEARD, scopes.REFUTES; the class of
test_claim_refuted_next39.py): one other source ("A popular blog claims", "One clinic promised
that"), a claim heard often ("We often hear that"), told in the passive ("Parents are sometimes
told that", "is said to"), named as an idea ("The idea that ..."), someone sure of it ("My aunt
was sure ..."); refuted by "It won't", a study's null result ("The TACT2 trial found no
benefit"), "That claim is false". The same reports with no refutation after them still fire.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired, story_quote

DISEASE = "unapproved-disease-claim"
CURE = "no-unqualified-cure-claims"
TITLE = "Chelation and Detox Therapy"
FIRST = "<p>Our practice sees families on weekdays.</p>"


@pytest.mark.parametrize(("body", "fired"), [
    ("<p>A popular blog claims chelation cures autism. No good study supports that.</p>", set()),
    ("<p>The idea that chelation reverses heart disease is widespread. The TACT2 trial found no "
     "benefit.</p>", set()),
    ("<p>We often hear that chelation reverses heart disease. It does not.</p>", set()),
    ("<p>Parents are sometimes told that chelation will cure autism. It won't, and it can be "
     "dangerous.</p>", set()),
    ("<p>Chelation is said to reverse heart disease. The evidence does not support this.</p>",
     set()),
    ("<p>You might have heard that chelation clears clogged arteries. That claim is false.</p>",
     set()),
    (story_quote("My aunt was sure chelation would cure my heart disease. It didn't, and my "
                 "cardiologist put me on a statin.", "Ray"), set()),
    # ... neighbours: the same reports, no refutation after them
    ("<p>A popular blog claims chelation cures autism. Our clinic offers it weekly.</p>", {CURE}),
    ("<p>We often hear that chelation reverses heart disease. Book a consultation to start.</p>",
     {CURE}),
    ("<p>Parents are sometimes told that chelation will cure autism. It is given as a weekly "
     "drip.</p>", {CURE}),
    (story_quote("My aunt was sure chelation would cure my heart disease. It did, and my "
                 "cardiologist was amazed.", "Ray"), {CURE, DISEASE}),
])
def test_more_reports_refuted_in_the_next_sentence(engine, body: str, fired: set[str]) -> None:
    assert article_rules_fired(engine, TITLE, FIRST + body) & {DISEASE, CURE} == fired
