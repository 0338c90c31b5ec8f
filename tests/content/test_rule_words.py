"""What a reader of a rule sees: every shipped rule's source is a link and every pack says
when its sources were last checked; a judgement rule's findings are questions for the
reviewer; messages have no doubled punctuation and no placeholder left; a missing section
says what would satisfy the rule."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from checker.content import ContentEngine, load_rules
from checker.content.rules import read_pack
from checker.resources import rules_dir
from checker.settings import AuditConfig, ConfigError
from checker.words import generic_message, has_placeholder, plural, tidy_punctuation
from tests.content.conftest import AS_OF, FIXTURES

SHIPPED = sorted(rules_dir().glob("*.yaml"))


@pytest.mark.parametrize("pack", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_rule_source_is_a_link(pack: Path) -> None:
    rules = read_pack(pack)
    assert rules
    without = [r.id for r in rules if not (r.source_url or "").startswith(("https://", "http://"))]
    assert not without, f"{pack.name}: rules without a source_url: {without}"


@pytest.mark.parametrize("pack", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_pack_dates_its_sources(pack: Path) -> None:
    checked = {r.sources_checked for r in read_pack(pack)}
    assert len(checked) == 1
    date = dt.date.fromisoformat(checked.pop() or "")
    assert dt.date(2026, 1, 1) <= date <= dt.date.today()


def test_a_source_url_must_be_http(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(textwrap.dedent("""\
        rules:
          - id: house-style
            type: existence
            severity: minor
            applies_to: [any]
            message: "Banned phrase: '{phrase}'."
            why: Because.
            fix: Remove it.
            source: House style.
            source_url: "javascript:alert(1)"
            params: {patterns: ['miracle']}
        """), encoding="utf-8")
    with pytest.raises(ConfigError, match="source_url must be an http"):
        read_pack(path)


def test_every_rule_message_has_a_generic_form_without_placeholders() -> None:
    for rule in load_rules(AuditConfig(as_of=AS_OF)):
        params = {k: str(v) for k, v in rule.params.items() if isinstance(v, int | str)}
        text = generic_message(rule.message, params)
        assert not has_placeholder(text) and "{" not in text, (rule.id, text)


def test_judgement_rules_make_needs_review_findings(engine: ContentEngine) -> None:
    judged = {r.id for r in engine.rules if r.verdict == "judgement"}
    assert "reading-level" in judged
    page = FIXTURES / "reading-level" / "fire-dense.html"
    findings = engine.check_page("https://www.example-clinic.com/reading-level/fire-dense/",
                                 page.read_text(encoding="utf-8"), status=200).findings
    reading = [f for f in findings if f.rule_id == "reading-level"]
    assert reading and all(f.status == "needs-review" for f in reading)
    assert all(f.status == "violation" for f in findings if f.rule_id not in judged)


@pytest.mark.parametrize(("text", "expected"), [
    ("Unqualified cure claim: 'It cures you.'.", "Unqualified cure claim: 'It cures you.'"),
    ("Guarantee: 'Guaranteed!'.", "Guarantee: 'Guaranteed!'"),
    ("Superlative: 'the best'.", "Superlative: 'the best'."),
    ("Claim: 'It works...'.", "Claim: 'It works...'."),
])
def test_no_doubled_punctuation_after_a_quoted_sentence(text: str, expected: str) -> None:
    assert tidy_punctuation(text) == expected


@pytest.mark.parametrize(("count", "noun", "expected"), [
    (0, "page", "0 pages"), (1, "finding", "1 finding"), (2, "finding", "2 findings"),
    (2, "criterion", "2 criteria"),
])
def test_plurals(count: int, noun: str, expected: str) -> None:
    assert plural(count, noun) == expected


def test_cure_claim_message_ends_once(engine: ContentEngine) -> None:
    html = ("<html><head><title>IV drips</title></head><body><main><h1>IV drip therapy</h1>"
            "<p>Our energy drip cures chronic fatigue in just three sessions.</p>"
            "</main></body></html>")
    messages = [f.message for f in engine.check_page("https://clinic.example/iv.html", html,
                                                     status=200).findings
                if f.rule_id == "no-unqualified-cure-claims"]
    assert messages == ["Unqualified cure claim: "
                        "'Our energy drip cures chronic fatigue in just three sessions.'"]


def _risks_message(engine: ContentEngine, section: str) -> str:
    html = ("<html><head><title>TMS therapy</title></head><body><main>"
            "<h1>TMS therapy for depression</h1><p>TMS treats depression with magnetic "
            "pulses. Book a consultation today.</p>" + section + "</main></body></html>")
    found = [f.message for f in engine.check_page("https://clinic.example/tms.html", html,
                                                  status=200).findings
             if f.rule_id == "risks-section-present"]
    assert len(found) == 1
    return found[0]


def test_missing_section_says_what_would_satisfy_the_rule(engine: ContentEngine) -> None:
    message = _risks_message(engine, "")
    assert "a section headed Risks or Side effects of at least 40 words" in message
    assert message.endswith("there is no such heading.")


def test_a_short_section_is_not_reported_as_no_section(engine: ContentEngine) -> None:
    message = _risks_message(engine, "<h2>Side effects</h2><p>Mild headache at most.</p>")
    assert "of at least 40 words" in message
    assert message.endswith("the 1 section so headed has 4 words.")
