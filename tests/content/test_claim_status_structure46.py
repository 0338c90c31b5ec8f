"""Golden tests (stop 46, status46): an FDA status false by its regulatory structure, whatever
the product's class. A drug in pill form called "FDA-licensed" (the FDA licenses biologics and
approves drugs); an approved prescription drug's approval said with its prescription waived
(FD&C Act 503(b)(1)) or with the drug shipped from a pharmacy abroad (not the product the FDA
approved for the U.S. market); a seller's whole range called approved (each drug has its own
application); an approval given to anyone of a population, not for a labelled indication; a
plant's registration carried over as the product's clearance (21 CFR 807.39). The true
status, the prescription kept, an OTC drug sold without one, the approved drugs a range holds
named, and a registration said not to be approval stay quiet. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import card, reported_on, telehealth_page

STATUS = "false-fda-approval-claim"

CASES = [
    # (fires, card title or "", sentence)
    (True, "", "Every tablet we sell is FDA-licensed and pharmacist-checked."),
    (False, "", "Every tablet we sell is FDA-approved for its labelled use and "
                "pharmacist-checked."),
    (True, "Wegovy Pen 2.4 mg", "Real FDA-approved pens for less, no prescription needed."),
    (False, "Wegovy Pen 2.4 mg", "Real FDA-approved pens, prescribed after a video visit."),
    (False, "Nicotine Gum 4 mg", "FDA-approved, and no prescription needed."),
    (True, "Sildenafil 50 mg", "FDA-approved tablets, mailed from our trusted overseas "
                               "pharmacy."),
    (False, "Sildenafil 50 mg", "FDA-approved tablets, filled by our U.S. partner pharmacy; "
                                "we never ship from overseas pharmacies."),
    # a seller's whole range called approved; the approved drugs it holds named
    (True, "", "All of our allergy eye drops are FDA-approved and made in a sterile lab."),
    (False, "", "All of our GLP-1 medications are FDA-approved Wegovy or Zepbound pens."),
    # an approval given to anyone of a population, not for an indication (an FAQ's "No."
    # answers its question, it does not deny the status)
    (True, "Do I need lab tests first?", "No. Testosterone is FDA approved for any man over "
                                         "50 who feels tired, so a short quiz is enough."),
    (False, "Do I need lab tests first?", "Yes. Testosterone is FDA approved for men with "
                                          "hypogonadism confirmed by two morning blood tests."),
    # the approval given to a use, after the sentence that names the drug: Ozempic's label
    # names no weight loss (Wegovy's does)
    (True, "", "Ozempic, once a week! FDA-approved weight loss at home."),
    (False, "", "Wegovy, once a week! FDA-approved weight loss at home."),
    # a facility's registration carried over as the product's clearance
    (True, "", "Every Lumora wand is made in an FDA-registered plant and carries FDA clearance "
               "for wrinkle reduction."),
    (False, "", "Every Lumora wand is made in an FDA-registered plant; registration is not "
                "approval, and the wand has no FDA clearance."),
]


def body(title: str, sentence: str) -> str:
    return card(title, sentence) if title else f"<p>{sentence}</p>"


@pytest.mark.parametrize(("fires", "title", "sentence"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_status_false_by_its_regulatory_structure(
        engine: ContentEngine, fires: bool, title: str, sentence: str) -> None:
    reported = reported_on(engine, STATUS, telehealth_page(body(title, sentence)))
    # (the finding is on the sentence, or on the last sentence of a two-sentence text)
    assert any(r and sentence.endswith(r) for r in reported) is fires, (sentence, reported)
    if not fires:
        assert not reported, reported
