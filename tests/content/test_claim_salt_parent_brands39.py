"""Golden tests (issue 13, stop 39): a brand the FDA's UNII Names list files under a parent
substance whose approved ingredient is a salt ("EGRIFTA" under tesamorelin; the Orange Book
lists tesamorelin acetate) is an approved drug's brand (scripts/build_approved_drug_lexicon.py
counts the parents of approved salts and hydrates): "Egrifta SV (tesamorelin)" on a pharmacy
card for its labelled use is patient information. A seller's own product card with the same
text still claims; so does the build leave an element's trade names out when only a new
compound of it is approved. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

DISEASE = "unapproved-disease-claim"
INFECT = "infectious-disease-claim"
TEXT = "Reduces excess belly fat in adults with HIV who have lipodystrophy."


def card(title: str, text: str, price: str = "$24.99") -> str:
    return (f'<div class="product-card"><h3>{title}</h3><p>{text}</p>'
            f'<p class="price">{price} <a href="/cart">Add to cart</a></p></div>')


@pytest.mark.parametrize(("title", "fires"), [
    ("Egrifta SV\u00ae (tesamorelin) 2 mg vial", False),
    ("Egrifta 1 mg vial", False),
    ("Lipo Melt Drops, 30 mL", True),
])
def test_brand_of_an_approved_salts_parent(engine: ContentEngine, title: str,
                                           fires: bool) -> None:
    found = reported(engine, DISEASE, "Pharmacy", card(title, TEXT)) \
        + reported(engine, INFECT, "Pharmacy", card(title, TEXT))
    assert bool(found) is fires, found


def _builder():
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_approved_drug_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_approved_drug_lexicon", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_parents_of_approved_salts_count_but_not_an_elements_compounds() -> None:
    rows = [
        ["TESAMORELIN ACETATE [ORANGE BOOK]", "cn", "U1", "TESAMORELIN ACETATE"],
        ["TESAMORELIN", "of", "U2", "TESAMORELIN"],
        ["EGRIFTA", "bn", "U2", "TESAMORELIN"],
        ["SILVER SULFADIAZINE [ORANGE BOOK]", "cn", "U3", "SILVER SULFADIAZINE"],
        ["SILVER", "of", "U4", "SILVER"],
        ["ARGENTYN", "bn", "U4", "SILVER"],
    ]
    names = _builder().brand_names(rows)
    assert "EGRIFTA" in names
    assert "ARGENTYN" not in names
