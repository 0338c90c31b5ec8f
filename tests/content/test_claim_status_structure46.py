"""Golden tests (stop 46, status46): an FDA status false by its regulatory structure, whatever
the product's class. A drug in pill form called "FDA-licensed" (the FDA licenses biologics and
approves drugs); an approved prescription drug's approval said with its prescription waived
(FD&C Act 503(b)(1)) or with the drug shipped from a pharmacy abroad (not the product the FDA
approved for the U.S. market). The true status, the prescription kept, and an OTC drug sold
without one stay quiet. Sentences written for these tests."""

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
]


def body(title: str, sentence: str) -> str:
    return card(title, sentence) if title else f"<p>{sentence}</p>"


@pytest.mark.parametrize(("fires", "title", "sentence"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_status_false_by_its_regulatory_structure(
        engine: ContentEngine, fires: bool, title: str, sentence: str) -> None:
    reported = reported_on(engine, STATUS, telehealth_page(body(title, sentence)))
    assert (sentence in reported) is fires, (sentence, reported)
    if not fires:
        assert not reported, reported
