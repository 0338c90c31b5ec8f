"""Golden tests of stop 47's device status reading (issue 13, class 3): a status said of a
device kind is read against the kind's FDA classifications (rules/lexicons/device-classes.yaml:
21 CFR section, class, premarket pathway, cleared or approved uses). "FDA approved" said of a
kind whose devices the FDA clears for the uses named (a dermatology laser) claims an approval
no device of the kind has for them (21 CFR 807.97), while an excimer laser approved for vision
correction is a PMA device; "FDA cleared" for a condition outside every cleared scope of the
kind named (an infrared sauna "cleared for pain relief", a cranial electrotherapy stimulator
"cleared for depression", which the 2019 reclassification left in Class III) is false, while
the cleared use itself ("the temporary relief of minor muscle pain"; TENS for pain relief; TMS
for major depression) stays quiet; a clearance said of a device no kind names, for a kind's
cleared use and that kind's Class III use ("insomnia and depression": a cranial electrotherapy
stimulator's), is no device's clearance, while its cleared uses alone stay quiet. Each: the exact
sentence, the rule and the sentence it is reported on, and a close sentence that must not fire.
Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

STATUS = "false-fda-approval-claim"


def _faq(question: str, answer: str) -> str:
    return (f"<h2>Frequently asked questions</h2><h3>{question}</h3><p>{answer}</p>")


CASES = [
    # an approval of a laser for uses none of the PMA lasers' (refractive surgery) names
    (True, "Laser Skin Care", "Are your lasers approved?",
     "Yes, our lasers are FDA approved for acne and rosacea."),
    (False, "Laser Eye Surgery", "Is the laser approved?",
     "Yes, our excimer laser is FDA approved for LASIK vision correction."),
    # a clearance for a use outside the kind's cleared scope, the kind in the sentence before
    (True, "Chiropractic and Wellness", None,
     "Our far infrared cabin sauna fits in a spare room. It is FDA cleared as a medical "
     "device for pain relief."),
    (False, "Chiropractic and Wellness", None,
     "The sauna's infrared lamp is FDA-cleared for the temporary relief of minor muscle pain."),
    (True, "Anxiety and Sleep", None,
     "Our cranial electrotherapy stimulator is FDA cleared for anxiety and depression."),
    (False, "Anxiety and Sleep", None,
     "Our cranial electrotherapy stimulator is FDA cleared for anxiety and insomnia."),
    (False, "Pain Relief", None, "TENS units are cleared by the FDA for pain relief."),
    # a clearance for conditions no one device kind is cleared for together
    (True, "Sleep and Pain Care", None,
     "Our HaloWave headset is FDA cleared for insomnia and depression."),
    (False, "Sleep and Pain Care", None,
     "Our HaloWave headset is FDA cleared for anxiety and insomnia."),
    (False, "Depression Care", None,
     "TMS is FDA-cleared to treat major depression in adults who have not improved with "
     "antidepressants."),
]


@pytest.mark.parametrize(("fires", "title", "question", "sentence"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_device_status_read_against_its_classes(engine: ContentEngine, fires: bool, title: str,
                                                question: str | None, sentence: str) -> None:
    body = _faq(question, sentence) if question else f"<p>{sentence}</p>"
    found = reported_on(engine, STATUS, riverbend_page(title, body))
    last = sentence.split(". ")[-1]
    assert any(last[:40] in f for f in found) is fires, (sentence, found)
    if not fires:
        assert found == [], (sentence, found)
