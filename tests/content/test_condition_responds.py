"""Golden tests of a condition that yields to a product (issue 13, class 1): "tendinitis
responds well to PRP", a list of "Conditions that respond to platelet therapy:". The condition
is the subject and the product the object of "respond to": the product is said to treat it.
Said of approved care ("most ear infections respond to amoxicillin"), of care that failed
("pain that does not respond to rest") or of people ("everyone responds differently") it is
patient information. The exact sentence each rule reports; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_page

DISEASE = "unapproved-disease-claim"


def _reported(engine, topic: str, body: str) -> list[str]:
    verdict = engine.check_page("https://clinic.example/p/", article_page(topic, body))
    return [f.sentence or "" for f in verdict.findings if f.rule_id == DISEASE]


@pytest.mark.parametrize(("topic", "sentence"), [
    ("Hyperbaric Oxygen Therapy", "Autism and cerebral palsy respond remarkably well to "
                                  "hyperbaric oxygen."),
    ("shop", "Joint pain from arthritis responds to our turmeric formula within weeks."),
])
def test_a_condition_that_responds_to_the_product_is_a_claim(engine, topic, sentence) -> None:
    assert _reported(engine, topic, sentence) == [sentence]


def test_a_list_of_conditions_that_respond_reads_its_intro(engine) -> None:
    body = ("Problems that respond well to exosome injections:</p><ul><li>Knee osteoarthritis"
            "</li><li>Rotator cuff tears</li></ul><p>Ask us about a plan.")
    assert _reported(engine, "Regenerative Medicine", body) == ["Knee osteoarthritis",
                                                                "Rotator cuff tears"]


@pytest.mark.parametrize("sentence", [
    "Most ear infections in children respond to amoxicillin within two or three days.",
    "If your pain does not respond to rest and ibuprofen, we may order an X-ray.",
    "Depression that has not responded to two antidepressants is called treatment-resistant "
    "depression.",
    "Everyone responds differently to physical therapy, so we adjust your plan as you go.",
    "Strep throat usually responds to a ten-day course of penicillin.",
])
def test_approved_care_failed_care_and_people_responding_are_not_claims(engine,
                                                                        sentence) -> None:
    assert _reported(engine, "pt", sentence) == []
