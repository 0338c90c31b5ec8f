"""Golden tests of fixrecall40's second class (issue 13, stop 40): pain with no part named, as
what a relief verb acts on.

Pain clinics and sellers of magnetic jewelry write "relieves pain", "say goodbye to pain",
"Immediate and Lasting Pain Relief" with no body part (the ASA's 2021 ruling on an
electromagnetic machine, the DSSRC's 2021 inquiry into magnetic jewelry): bare "pain" was no
condition, so the claim had none ("relieves back pain" fired, "relieves pain" did not). Pain is
now a condition where relief is said of it (conditions-consumer.yaml, pain-relief-verbs and
pain-relief-promises). Quiet neighbours: bare pain said of approved care ("Ibuprofen relieves
pain"), of a drug labelled for a pain (not read as a use outside its label: "Synvisc can relieve
pain for up to six months"), "pain relief" as the name of care given ("pain relief is given
through a drip"), a procedure's comfort ("to reduce pain during microneedling"), a negated
claim. Pages are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, heading_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "heading", "fires"), [
    ("Magnetic Bracelets", "Copper and Magnet Bracelets That Relieve Pain Without Pills", True),
    ("Physical Therapy and Rehabilitation",
     "Revive Pulse System: Instant and Lasting Pain Relief for Every Disorder", True),
    ("Magnetic Bracelets", "Copper and Magnet Bracelets: What They Are Made Of", False),
])
def test_a_heading_promising_pain_relief(engine: ContentEngine, title: str, heading: str,
                                         fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, heading_page(title, heading))) is fires


@pytest.mark.parametrize(("topic", "sentence", "fires"), [
    ("shop", "Our magnetic insoles relieve pain with every step you take.", True),
    ("iv", "Say goodbye to pain with our NAD+ drips.", True),
    ("shop", "Magnetic insoles have not been shown to relieve pain.", False),
    ("pt", "Ibuprofen and naproxen relieve pain and reduce swelling.", False),
    ("pt", "Synvisc can relieve pain for up to six months.", False),
    ("iv", "After a joint replacement, pain relief is given through a drip and then tablets.",
     False),
    ("Microneedling", "We apply a numbing cream to reduce pain during microneedling.", False),
])
def test_a_sentence_relieving_pain(engine: ContentEngine, topic: str, sentence: str,
                                   fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, article_page(topic, sentence))) is fires


@pytest.mark.parametrize(("topic", "sentence", "fires"), [
    # the part after the pain names the condition: an off-label drug still claims it
    ("ketamine", "Ketamine infusions relieve pain in your joints within a week.", True),
    ("pt", "Naltrexone relieves pain in your joints.", True),
    ("shop", "Our magnetic insoles relieve pain in your feet with every step.", True),
    # ... and a drug labelled for that pain stays patient information
    ("pt", "Ibuprofen relieves pain in your joints and lowers a fever.", False),
    ("pt", "Duloxetine relieves pain of fibromyalgia.", False),
    ("shop", "Magnetic insoles have not been shown to relieve pain in your feet.", False),
])
def test_pain_with_its_part_after_it(engine: ContentEngine, topic: str, sentence: str,
                                     fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, article_page(topic, sentence))) is fires
