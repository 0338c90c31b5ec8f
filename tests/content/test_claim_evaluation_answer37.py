"""Golden tests (stop 37, scope37): the answer to a rhetorical question that names a condition
is the claim that the product deals with it ("Torn meniscus? Book your PRP injection"), but an
answer that offers an examination ("Torn meniscus? Book an evaluation with our orthopedic
team.") offers a diagnosis to come, no product. An answer that books the product, or a
consultation for it, still claims. Sentences written for these tests."""

from __future__ import annotations

from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"
REGEN = "Regenerative Medicine: PRP, Exosomes and Wharton's Jelly"


@golden_sentences([
    (DISEASE, False, REGEN, "Torn meniscus? Book an evaluation with our orthopedic team."),
    (DISEASE, False, REGEN, "Knee arthritis? Get an exam with our sports medicine doctor first."),
    # ... neighbours: the product booked as the answer
    (DISEASE, True, REGEN, "Torn meniscus? Book your PRP injection with our team today."),
    (DISEASE, True, REGEN, "Torn meniscus? Book a consultation for our stem cell injections."),
])
def test_an_answer_that_offers_an_exam(engine, rule: str, fires: bool, title: str,
                                       sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
