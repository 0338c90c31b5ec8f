"""Every rule against its fixture pages: tests/sites/content/<rule-id>/fire-*.html must make
that rule fire, pass-*.html must not. A page may set its URL with
<meta name="test-url" content="...">; site rules use folders of pages instead of files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.content import ContentEngine
from tests.content.conftest import FIXTURES

_TEST_URL = re.compile(r'<meta name="test-url" content="([^"]+)"')


def _cases() -> list:
    cases = []
    for rule_dir in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for path in sorted(rule_dir.iterdir()):
            if path.name.startswith(("fire-", "pass-")):
                cases.append(pytest.param(rule_dir.name, path,
                                          id=f"{rule_dir.name}/{path.stem}"))
    return cases


def _url(path: Path, html: str) -> str:
    match = _TEST_URL.search(html)
    return match.group(1) if match else f"https://www.example-clinic.com/{path.parent.name}/{path.stem}/"


def _fired_on_page(engine: ContentEngine, path: Path) -> list:
    html = path.read_text(encoding="utf-8")
    verdict = engine.check_page(_url(path, html), html, status=200)
    return verdict.findings


def _fired_on_site(engine: ContentEngine, folder: Path) -> list:
    facts, start = {}, []
    for page in sorted(folder.glob("*.html")):
        html = page.read_text(encoding="utf-8")
        url = _url(page, html)
        start = start or [url]
        facts[url] = engine.check_page(url, html, status=200).facts
    return engine.check_site(facts, start)


@pytest.mark.parametrize(("rule_id", "path"), _cases())
def test_rule_on_fixture(engine: ContentEngine, rule_id: str, path: Path) -> None:
    findings = _fired_on_site(engine, path) if path.is_dir() else _fired_on_page(engine, path)
    fired = [f for f in findings if f.rule_id == rule_id]
    if path.name.startswith("fire-"):
        assert fired, f"{rule_id} should fire on {path.name}; got {[f.rule_id for f in findings]}"
        for finding in fired:
            judged = next(r for r in engine.rules if r.id == rule_id).verdict == "judgement"
            assert finding.source == "content"
            assert finding.status == ("needs-review" if judged else "violation")
            assert finding.why and finding.fix and finding.rule_source
            assert "{" not in finding.message, finding.message
    else:
        assert not fired, f"{rule_id} fired on {path.name}: {[f.message for f in fired]}"


def test_every_rule_has_two_fire_and_two_pass_fixtures(engine: ContentEngine) -> None:
    for rule in engine.rules:
        folder = FIXTURES / rule.id
        fire = list(folder.glob("fire-*")) if folder.is_dir() else []
        passing = list(folder.glob("pass-*")) if folder.is_dir() else []
        assert len(fire) >= 2 and len(passing) >= 2, (
            f"{rule.id}: {len(fire)} fire, {len(passing)} pass")
