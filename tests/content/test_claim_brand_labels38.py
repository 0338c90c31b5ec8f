"""Golden tests (stop 38, fpfix38): one molecule, brands with their own labels.

labelled-uses.yaml named semaglutide, Ozempic, Wegovy and Rybelsus as one drug with the union of
their uses, so "Ozempic for Weight Loss: Treat Obesity Without Diabetes" read as a labelled use
(Wegovy's obesity). Each brand now has its own label's uses (Ozempic, Rybelsus, Mounjaro,
Victoza: type 2 diabetes; Wegovy, Zepbound, Saxenda: weight management), the generic names keep
the union; and a condition the patient is said not to have ("without diabetes", "if you do not
have diabetes") is no use the drug is named for (fresh28n dev, the TGA's 2024 notices to
telehealth sellers of Ozempic for weight loss). Each brand for its own use stays quiet.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

DISEASE = "unapproved-disease-claim"


def fired(engine: ContentEngine, body: str) -> bool:
    title = "Weight loss online"
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    return any(f.rule_id == DISEASE for f in verdict.findings)


CASES = [
    (True, "<h2>Ozempic for Weight Loss: Treat Obesity Without Diabetes</h2><p>Book a "
           "consult.</p>"),
    (True, "<h2>Mounjaro for Weight Loss: Treat Obesity Without Diabetes</h2><p>Book a "
           "consult.</p>"),
    (False, "<h2>Wegovy for Weight Loss: Treat Obesity Without Diabetes</h2><p>Book a "
            "consult.</p>"),
    (False, "<p>Ozempic lowers blood sugar in adults with type 2 diabetes.</p>"),
    (False, "<p>Wegovy is approved for chronic weight management in adults with obesity, and "
            "Ozempic for type 2 diabetes.</p>"),
    (False, "<p>Zepbound treats obesity and obstructive sleep apnea in adults with obesity.</p>"),
    (False, "<p>Semaglutide treats obesity and type 2 diabetes.</p>"),
]


@pytest.mark.parametrize(("fires", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_brand_is_read_against_its_own_label(engine: ContentEngine, fires: bool,
                                               body: str) -> None:
    assert fired(engine, body) is fires, body
