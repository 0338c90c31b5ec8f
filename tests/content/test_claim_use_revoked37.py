"""Golden tests (stop 37, scope37): a use, an approval or an authorization taken back ("The FDA
revoked its emergency use for COVID-19 in 2020", "the maker withdrew the approval for ...") is
no claim of that use: the verb that revokes it stands right before the predicate. The same use
offered ("We still offer it for emergency use for COVID-19") still fires. Sentences written
for these tests."""

from __future__ import annotations

from tests.content.conftest import assert_fires_as_labelled, golden_sentences

INFECTIOUS = "infectious-disease-claim"
PHARMACY = "Online Pharmacy"


@golden_sentences([
    (INFECTIOUS, False, PHARMACY, "Plaquenil is approved for malaria, lupus and rheumatoid "
     "arthritis. The FDA revoked its emergency use for COVID-19 in 2020."),
    (INFECTIOUS, False, PHARMACY, "In 2020 the FDA revoked the emergency use authorization "
     "for treating COVID-19 with chloroquine."),
    # ... neighbours: the use offered, in the same words
    (INFECTIOUS, True, PHARMACY, "Plaquenil is approved for malaria, lupus and rheumatoid "
     "arthritis. We still offer it for emergency use for COVID-19."),
    (INFECTIOUS, True, PHARMACY, "We use Plaquenil for COVID-19 and have since 2020."),
])
def test_a_use_revoked(engine, rule: str, fires: bool, title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
