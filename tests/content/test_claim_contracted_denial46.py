"""Golden tests (stop 46, coordinator): a denial written as a contraction is the same denial.

"haven't been shown to", "aren't proven to" deny the claim as "have not been shown to", "are
not proven to" do (scopes.DENIAL: a sentence-wide denial, beside the negation read before the
predicate in its clause); before this, only the spelled-out "not" did. Each case: the exact
sentence, the rule, and a close neighbour that states the claim and must still fire.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"

CASES = [
    (False, DISEASE, "IV therapy",
     "NAD+ drips haven't been shown to treat long COVID in any controlled trial."),
    (True, DISEASE, "IV therapy",
     "NAD+ drips treat long COVID in as little as three sessions."),
    (False, INFECTIOUS, "Homeopathy",
     "Homeopathic flu remedies aren't proven to prevent influenza."),
    (True, INFECTIOUS, "Homeopathy",
     "Homeopathic flu remedies are proven to prevent influenza."),
]


@pytest.mark.parametrize(("fires", "rule", "topic", "sentence"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_contracted_denial_denies(engine: ContentEngine, fires: bool, rule: str, topic: str,
                                    sentence: str) -> None:
    found = reported_on(engine, rule, article_page(topic, sentence))
    assert any(sentence in f for f in found) is fires, found
