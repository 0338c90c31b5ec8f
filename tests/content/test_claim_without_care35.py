"""Golden tests (issue 13, stop 35, misses35): a remedy set against the approved care for the
condition ("without medication", "without surgery", "without a doctor or a prescription",
"with no medication needed") is offered in place of that care, so whatever does the treating
is the seller's own remedy even when the sentence names no product of a known kind: a
heading "Beat Anxiety Without Medication" on a wellbeing page, "Round 2 treats erectile
dysfunction without a prescription" on a shop page. Not availability ("available without a
prescription": an OTC drug's status), a condition's own course ("Most ear infections clear up
without antibiotics") or what the reader does ("Regular exercise can lower blood pressure
without medication") or the clinic's own clinicians ("Our doctors treat knee arthritis
without surgery"). Sentences are written for these tests, not taken from a corpus file.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES, harbor_page


def _fired(engine: ContentEngine, title: str, body: str) -> set[str]:
    html = harbor_page(title, body if body.startswith("<") else f"<p>{body}</p>")
    verdict = engine.check_page("https://harbor.example/p/", html, status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


@pytest.mark.parametrize(("title", "body", "fires"), [
    ("Mental Wellbeing",
     "<h2>Overcome Panic Attacks Without Medication</h2><p>Sessions weekly.</p>", True),
    ("Mental Wellbeing", "Low mood lifted in four sessions, with no medication needed.", True),
    ("Lipoma Care", "<h2>Remove Lipomas Without Surgery</h2><p>Book online.</p>", True),
    ("Men's Health", "Vigorex treats erectile dysfunction without a doctor or a prescription.",
     True),
    ("Eye Care", "Our wipes clear styes without antibiotics.", True),
    # the care's burden left behind: "without the weight gain of prescription medication"
    ("Mood Support", "Thousands have used CalmLeaf to overcome depression without the weight "
     "gain of prescription medication.", True),
    # the seller's own remedy called drug-free
    ("Mental Wellbeing", "Our drug-free programmes correct the imbalances that cause anxiety.",
     True),
    # availability, the condition's own course, the reader's own habits, approved care
    ("Orthopaedics", "Our doctors treat knee arthritis without surgery whenever possible.", False),
    ("Physiotherapy", "Our physiotherapists treat back pain without surgery or medication.",
     False),
    ("Pain Clinic", "Nerve stimulation units offer drug-free relief of muscle and joint pain.",
     False),
    ("Pharmacy", "Naloxone reverses an opioid overdose and is sold without a prescription.",
     False),
    ("Ear Health", "Most ear infections clear up without antibiotics in a few days.", False),
    ("Heart Health", "Regular exercise can lower blood pressure without medication.", False),
    ("Sleep Clinic", "Cognitive behavioural therapy helps people overcome insomnia without "
     "sleeping pills.", False),
    ("Knee Clinic", "Most meniscus tears heal without surgery.", False),
    ("Sleep Clinic", "Cognitive behavioural therapy helps people overcome insomnia without the "
     "grogginess of sleeping pills.", False),
    ("Diabetes Care", "In some people, losing a lot of weight can put type 2 diabetes into "
     "remission, so blood sugar stays normal without medicine.", False),
])
def test_remedy_set_against_approved_care(engine: ContentEngine, title: str, body: str,
                                          fires: bool) -> None:
    assert bool(_fired(engine, title, body)) is fires
