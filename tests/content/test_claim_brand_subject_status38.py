"""Golden tests (issue 13, stop 38): an approved drug's brand (approved-drugs-unii.txt, written
as a name) opening the clause of an FDA approval is what the approval is said of, as a generic
name of approved care already is: "Brisdelle (paroxetine 7.5 mg) is a non-hormonal capsule
approved by the FDA for ..." is true of Brisdelle, and "capsule" is its dosage form, no
unnamed product of ours (false-fda-approval-claim read it so: fresh31n's dev half showed the
class). The seller's own product beside the brand ("Brisdelle and Menoease capsules", "like
our capsule"), or a name no vocabulary knows, still fires; a drug of labelled-uses.yaml keeps
its label's reading ("Lyrica capsules are approved by the FDA for anxiety" fires). Sentences
written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

STATUS = "false-fda-approval-claim"


def card(title: str, text: str) -> str:
    return f'<div class="card"><h3>{title}</h3><p>{text}</p></div>'


def fired(engine: ContentEngine, body: str) -> bool:
    page = ("<html><head><title>Menopause care</title></head><body><main><article>"
            f"<h1>Menopause care</h1>{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    return any(f.rule_id == STATUS for f in verdict.findings)


CASES = [
    (False, card("Non-Hormonal Options", "Brisdelle (paroxetine 7.5 mg) is a non-hormonal "
                 "capsule approved by the FDA for moderate to severe hot flashes due to "
                 "menopause.")),
    (False, "<p>Brisdelle 7.5 mg capsules are approved by the FDA for moderate to severe hot "
            "flashes due to menopause.</p>"),
    # neighbours: the seller's product, or one beside the brand, still fires
    (True, card("Non-Hormonal Options", "Menoease is a non-hormonal capsule approved by the "
                "FDA for moderate to severe hot flashes due to menopause.")),
    (True, "<p>Brisdelle and Menoease capsules are approved by the FDA for hot flashes.</p>"),
    (True, "<p>Brisdelle, like our capsule, is approved by the FDA for hot flashes.</p>"),
    (True, "<p>Lyrica capsules are approved by the FDA for anxiety and insomnia.</p>"),
]


@pytest.mark.parametrize(("fires", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_an_approved_brand_opening_the_clause_holds_the_approval(
        engine: ContentEngine, fires: bool, body: str) -> None:
    assert fired(engine, body) == fires
