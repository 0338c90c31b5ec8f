"""Golden tests (stop 38, fpfix38): a negation inside a concessive clause ("even if you do not
have diabetes", "even when nothing else has worked") grants a case; it does not deny the main
clause's predicate before it ("Our doctors prescribe Ozempic to treat obesity, even if you do
not have diabetes": fresh28n dev). A denial of the main clause, or a concession that opens the
sentence before its denied predicate, still denies. Sentences written for these tests."""

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
    (True, "<p>Our doctors prescribe Ozempic to treat obesity, even if you do not have "
           "diabetes.</p>"),
    (True, "<p>Our herbal tea treats obesity, even if you have never managed to diet "
           "before.</p>"),
    (False, "<p>Our tea does not treat obesity, even if you drink it every day.</p>"),
    (False, "<p>Even if you do not have diabetes, our tea is no treatment for obesity.</p>"),
]


@pytest.mark.parametrize(("fires", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_negation_in_a_concession_denies_only_its_case(engine: ContentEngine, fires: bool,
                                                         body: str) -> None:
    assert fired(engine, body) is fires, body
