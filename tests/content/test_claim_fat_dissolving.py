"""Golden tests (issue 13, stop 31): fat-dissolving injections, which the FDA has not approved
(its warning of 5 Dec 2023: Lipodissolve, Aqualyx, Lipo Lab, Kabelline, PC/DC), are a product
class of rules/lexicons/products.yaml: a disease said to yield to them, or an FDA approval said
of them, is a claim; Kybella, the approved one, for its labelled use, and the FDA's warning
told as such are not. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

TITLE = "Injectables and Body Contouring"

CASES = [
    ("unapproved-disease-claim", "Our PC/DC injections shrink lipomas in three sessions.", True),
    ("false-fda-approval-claim", "Aqualyx is FDA approved for body contouring.", True),
    ("false-fda-approval-claim", "Kybella is FDA-approved to improve the look of moderate to "
                                 "severe fat below the chin.", False),
    ("unapproved-disease-claim", "The FDA has warned that fat-dissolving injections such as "
                                 "Lipo Lab and Aqualyx are not approved and can cause scarring.",
     False),
]


@pytest.mark.parametrize(("rule", "sentence", "fires"), CASES,
                         ids=[f"{c[0]}-{'fires' if c[2] else 'clear'}-{i}"
                              for i, c in enumerate(CASES)])
def test_fat_dissolving_injections(engine: ContentEngine, rule: str, sentence: str,
                                   fires: bool) -> None:
    assert reported(engine, rule, TITLE, f"<p>{sentence}</p>") == ([sentence] if fires else [])
