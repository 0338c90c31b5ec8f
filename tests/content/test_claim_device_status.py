"""Golden tests of claims10b's classes (issue 13, class 3 and 6): an FDA status said of an
aesthetic device the status rule did not know as a product (an LED mask, a fat-freezing pad, a
needle-free hyaluronic pen: the FDA's aesthetic-device kinds), a care word inside a device's
name ("mask"), an attributive status said of the device before approved care; a superlative of
a machine or a breakthrough ranked within a period; approved care that names the product ("Doctors
call it ...") is not the superlative's subject; a result promised for anyone who takes it. Each:
the exact sentence and its rule, and a near sentence that must not fire. Sentences are written
for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    assert_fires_as_labelled,
    golden_sentences,
    reported_on,
    riverbend_page,
    rules_fired,
)

STATUS = "false-fda-approval-claim"


def _reported(engine: ContentEngine, title: str, body: str) -> list[str]:
    return reported_on(engine, STATUS, riverbend_page(
        title, body, site="Riverbend Skin", staff="Our aestheticians see clients"))


@pytest.mark.parametrize(("title", "body", "sentence"), [
    # a device of the FDA's aesthetic kinds, the care word "mask" inside its name
    ("Microneedling and Light Therapy",
     "<p>Our red LED face mask is FDA approved for daily use.</p>",
     "Our red LED face mask is FDA approved for daily use."),
    # an attributive status said of the device, not of the dermatologists after it
    ("Microneedling and Light Therapy",
     "<h2>The FDA-Approved Light Therapy Mask Dermatologists Trust</h2>",
     "The FDA-Approved Light Therapy Mask Dermatologists Trust"),
    ("Fat Reduction Treatments", "<p>Try the fat-freezing pad with full FDA clearance at home.</p>",
     "Try the fat-freezing pad with full FDA clearance at home."),
    ("Med Spa Treatments", "<p>This needle-free hyaluron pen has FDA approval.</p>",
     "This needle-free hyaluron pen has FDA approval."),
])
def test_reports_a_status_said_of_an_aesthetic_device(engine: ContentEngine, title: str,
                                                      body: str, sentence: str) -> None:
    assert _reported(engine, title, body) == [sentence]


@pytest.mark.parametrize(("title", "body"), [
    # the device named with a use the FDA clears devices of its kind for
    ("Acne Treatment", "<p>Our blue light device is FDA cleared for mild to moderate acne.</p>"),
    ("Laser and Light Treatments",
     "<p>The laser cap we sell is FDA cleared for androgenetic alopecia.</p>"),
    # negated
    ("Med Spa Treatments", "<p>No needle-free hyaluron pen is FDA approved.</p>"),
    # the status of approved care, with a device named only after it
    ("Microneedling and Light Therapy",
     "<p>Dermatologists may prescribe FDA-approved tretinoin; an LED mask "
     "is a cosmetic tool.</p>"),
])
def test_leaves_cleared_negated_and_care_statements_alone(engine: ContentEngine, title: str,
                                                           body: str) -> None:
    assert _reported(engine, title, body) == []


CASES = [
    # a superlative of a machine (a device head the ranking did not read)
    ("no-superlative-claims", True, "shop", "The number one skin machine for salons."),
    ("no-superlative-claims", False, "shop", "The number of machines in the salon is two."),
    # a superlative ranked within a period
    ("no-superlative-claims", True, "shop", "The best fat-loss breakthrough of the decade."),
    ("no-superlative-claims", False, "shop",
     "The best time of the year to start walking is spring."),
    # approved care that names the product is not the superlative's subject
    ("no-superlative-claims", True, "shop", "Doctors call it the most effective formula on the "
     "market."),
    ("no-superlative-claims", False, "pt",
     "Doctors say exercise is the most effective treatment on the market of back-pain care."),
    # a result for anyone who takes it
    ("no-guaranteed-results", True, "shop",
     "It relieves joint pain for anyone who takes it."),
    ("no-guaranteed-results", False, "shop",
     "It is not suitable for anyone who takes blood thinners."),
]


@golden_sentences(CASES)
def test_superlatives_and_guarantees_of_devices_and_periods(engine, rule: str, fires: bool,
                                                            title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


@pytest.mark.parametrize(("fires", "sentence"), [
    # a weight-loss result told as a verb, for anyone who takes it
    (True, "It melts belly fat for anyone who takes it."),
    (False, "Walking burns calories, and it is safe for anyone who takes blood thinners."),
])
def test_a_weight_loss_result_for_anyone_who_takes_it(engine, fires: bool, sentence: str) -> None:
    assert ("no-guaranteed-results" in rules_fired(engine, "shop", sentence)) is fires
