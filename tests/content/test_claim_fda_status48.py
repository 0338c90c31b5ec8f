"""Golden tests of stop 48's FDA status readings (issue 13, class 3), each a pair: a sentence
the rule reports and a close sentence on the other side that keeps its verdict.

- An approval of what a product is made from offered as the product's ("Made only with
  FDA-approved ingredients", "compounded from FDA-approved medications", "every ingredient in
  it is FDA approved"): the FDA approves a finished drug, and a compounded product made from
  approved components is not approved (FDA warning letter to Imprimis Pharmaceuticals, 2017).
  Quiet: the product's own status told beside its components', what such products may be
  made from.
- An approval said of a procedure or a surgery ("FDA-Approved Dropless Cataract Surgery"):
  the FDA approves or clears the drugs and devices a procedure uses, not the procedure.
  Quiet: a procedure named by a use a device kind is approved for (LASIK), approved care
  named as what the procedure is ("Botox is an FDA-approved procedure for frown lines"), a
  device named as what it implants ("the WATCHMAN procedure"), an approval given for surgery
  (ketamine as an anesthetic).
- A status said of a device no lexicon knows, given a grave disease to treat ("the FDA-cleared
  BioHealer ... shrinking my tumors"). Quiet: a device of a kind approved or cleared for it
  (tumor treating fields, radiation therapy systems), a test that finds the disease.
- Device kinds added to device-classes.yaml (LED light therapy devices, cryolipolysis,
  therapeutic massagers): "FDA approved" said of a kind the FDA only clears or exempts, or a
  clearance for a use outside the kind's cleared scope. Quiet: the cleared use.
Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

STATUS = "false-fda-approval-claim"


def _faq(question: str, answer: str) -> str:
    return f"<h2>Frequently asked questions</h2><h3>{question}</h3><p>{answer}</p>"


def _list(intro: str, item: str) -> str:
    return f"<p>{intro}</p><ul><li>{item}</li><li>Same-day appointments.</li></ul>"


def _card(title: str, text: str) -> str:
    return f'<div class="card"><h3>{title}</h3><p>{text}</p></div>'


def _heading(text: str) -> str:
    return f"<h2>{text}</h2><p>Call us to book a consultation with our team.</p>"


def _quote(text: str) -> str:
    return f'<blockquote class="testimonial"><p>{text}</p><cite>Dana, Ohio</cite></blockquote>'


# (fires, page title, body, the words of the sentence reported)
CASES = [
    # ingredients' approval offered as the product's
    (True, "Glaucoma Eye Drops",
     _list("Why surgeons choose OcuMix:",
           "Made only with FDA-approved ingredients, so your patients can start right away"),
     "Made only with FDA-approved ingredients"),
    (False, "Glaucoma Eye Drops",
     "<p>Each active ingredient in this combination is FDA approved, but the combination "
     "itself has not been approved by the FDA.</p>", ""),
    (True, "Eye Drop Treatment",
     "<p>Our combination eye drops are compounded from FDA-approved medications, so you can "
     "use them with confidence.</p>", "Our combination eye drops are compounded"),
    (False, "Eye Drop Treatment",
     "<p>Compounded drugs can be made from FDA-approved drugs or from bulk ingredients.</p>",
     ""),
    (False, "Eye Drop Treatment",
     "<p>Each prescription is prepared with FDA-approved medications from licensed "
     "wholesalers.</p>", ""),
    (True, "Dry Eye Treatment",
     _faq("Is ReviveGel approved?", "Every ingredient in ReviveGel is FDA approved."),
     "Every ingredient in ReviveGel"),
    (False, "Dry Eye Treatment",
     _card("Vitality Eye Mist",
           "Made with purified water and saline. It has not been evaluated by the FDA. $39."),
     ""),
    # a procedure called approved
    (True, "Eye Drop Treatment", _heading("FDA-Approved Dropless Cataract Surgery"),
     "FDA-Approved Dropless Cataract Surgery"),
    (False, "Laser Vision Correction",
     "<p>LASIK is an FDA-approved procedure for nearsightedness.</p>", ""),
    (True, "Hair Loss Treatment",
     "<p>Our hair restoration procedure is FDA approved and leaves no linear scar.</p>",
     "Our hair restoration procedure"),
    (False, "Botox and Dermal Fillers",
     "<p>Botox is an FDA-approved procedure for frown lines.</p>", ""),
    (False, "Atrial Fibrillation Care",
     "<p>The WATCHMAN procedure is FDA approved for people with atrial fibrillation who "
     "cannot take blood thinners.</p>", ""),
    (False, "Ketamine Therapy",
     "<p>Ketamine has been FDA approved for use in surgery since 1970.</p>", ""),
    # a device of no known kind given a grave disease
    (True, "Cancer Care",
     _quote("My oncologist had run out of options, but the FDA-cleared QuantumPad under my "
            "pillow has been shrinking my tumor since spring."), "the FDA-cleared QuantumPad"),
    (False, "Brain Tumor Care",
     "<p>Optune is an FDA-approved device for glioblastoma, worn on the scalp.</p>", ""),
    (True, "Cancer Care", _heading("The FDA-Approved Frequency Mat for Stage 4 Cancer"),
     "The FDA-Approved Frequency Mat"),
    (False, "Cancer Care",
     "<p>Our CyberKnife system is FDA cleared to treat tumors anywhere in the body.</p>", ""),
    (True, "Lyme Disease Care",
     "<p>Our PhotonDome is FDA cleared for Lyme disease and long COVID.</p>",
     "Our PhotonDome"),
    (False, "Alzheimer's Care",
     "<p>Lumipulse is the first FDA-cleared blood test to help diagnose Alzheimer's "
     "disease.</p>", ""),
    # device kinds of device-classes.yaml
    (True, "Acne Treatment",
     "<p>Our LED light therapy mask is FDA approved for acne and wrinkles.</p>",
     "Our LED light therapy mask"),
    (False, "Acne Treatment",
     "<p>Our LED face mask is FDA cleared for mild to moderate inflammatory acne and facial "
     "wrinkles.</p>", ""),
    (True, "Fat Reduction Treatment",
     "<p>Our cryolipolysis device is FDA approved for fat reduction.</p>",
     "Our cryolipolysis device"),
    (False, "Fat Reduction Treatment",
     "<p>Our cryolipolysis device is FDA cleared to reduce fat bulges in the abdomen and "
     "thighs.</p>", ""),
    (True, "Chiropractic and Wellness",
     "<p>Our massage chairs are FDA cleared for sciatica and fibromyalgia.</p>",
     "Our massage chairs"),
    (False, "Chiropractic and Wellness",
     "<p>Our percussion massager is FDA cleared to relieve minor muscle aches and pains.</p>",
     ""),
]


@pytest.mark.parametrize(("fires", "title", "body", "words"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_fda_status_readings(engine: ContentEngine, fires: bool, title: str, body: str,
                             words: str) -> None:
    page = riverbend_page(title, body)
    # (every page is a health page the rule reads, so a quiet row is a reading, not a skip)
    assert "health" in engine.check_page("https://riverbend.example/p/", page, status=200).topics
    found = reported_on(engine, STATUS, page)
    if fires:
        assert any(words in f for f in found), (body, found)
    else:
        assert found == [], (body, found)
