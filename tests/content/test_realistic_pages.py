"""Whole realistic clinic pages (header, nav, main, sidebar, footer, trackers) against every
rule at once: tests/sites/content/_pages/expected.json lists exactly the rules each page must
make fire, so a new false positive on any rule fails here."""

from __future__ import annotations

import json

import pytest

from checker.content import ContentEngine
from tests.content.conftest import FIXTURES

PAGES = FIXTURES / "_pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_fires_exactly_the_expected_rules(engine: ContentEngine, name: str) -> None:
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    verdict = engine.check_page(EXPECTED[name]["url"], html, status=200)
    fired = sorted({f.rule_id for f in verdict.findings})
    assert fired == EXPECTED[name]["fires"], [f.message for f in verdict.findings]
