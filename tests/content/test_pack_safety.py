"""A rule pack cannot stop an audit: a typo is one line with a suggestion (exit 2), an
alias bomb is refused before it expands, and a pattern that backtracks catastrophically
either runs on RE2 (linear) or is recorded as failing on the page within its budget."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from checker.content import ContentEngine
from checker.settings import AuditConfig
from tests.conftest import run_cli
from tests.content.conftest import AS_OF

RULE = """\
rules:
  - id: {id}
    type: existence
    severity: minor
    applies_to: {applies}
    region: page
    message: "Banned phrase: '{{phrase}}'."
    why: Because.
    fix: Remove it.
    source: House style.
    params:
      patterns: ['{pattern}']
"""
PAGE = ("<!DOCTYPE html><html lang=en><head><title>Notes</title></head><body><main>"
        "<h1>Clinic notes</h1><p>{text}</p></main></body></html>")


def _pack(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "custom.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _one_line_error(proc) -> str:
    assert proc.returncode == 2, proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_applies_to_typo_is_one_line_with_a_suggestion(tmp_path: Path) -> None:
    pack = _pack(tmp_path, RULE.format(id="typo-topic", applies="[ketamin]", pattern="x"))
    line = _one_line_error(run_cli("rules", "--rules", str(pack)))
    assert "rule typo-topic" in line and "'ketamin'" in line
    assert "did you mean 'ketamine'?" in line


def test_unknown_field_and_type_get_suggestions(tmp_path: Path) -> None:
    field = _pack(tmp_path, RULE.format(id="bad-field", applies="[any]", pattern="x")
                  .replace("region: page", "regoin: page"))
    assert "did you mean 'region'?" in _one_line_error(run_cli("rules", "--rules", str(field)))
    kind = _pack(tmp_path, RULE.format(id="bad-type", applies="[any]", pattern="x")
                 .replace("type: existence", "type: existance"))
    assert "did you mean 'existence'?" in _one_line_error(run_cli("rules", "--rules", str(kind)))


def test_yaml_alias_bomb_is_refused_fast(tmp_path: Path) -> None:
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        levels.append(f"a{level}: &a{level} [{refs}]")
    bomb = _pack(tmp_path, "\n".join(levels) + "\nrules: []\n")
    # The bomb used to run out of memory; a loader that expands it again hangs past the timeout.
    line = _one_line_error(run_cli("rules", "--rules", str(bomb), timeout=120))
    assert "aliases" in line and str(bomb) in line


def test_nested_repeat_runs_on_re2_and_finds_its_match(tmp_path: Path) -> None:
    """(\\w+\\s?)+ on a long line without the final "!" takes Python's re forever."""
    pack = _pack(tmp_path, RULE.format(id="nested-repeat", applies="[any]",
                                       pattern=r"(\w+\s?)+!"))
    text = "word " * 40 + "end. Shout it loud!"
    engine = ContentEngine(AuditConfig(rule_packs=[pack], as_of=AS_OF))
    verdict = engine.check_page("https://c.example/", PAGE.format(text=text))  # Python's re hangs
    [finding] = [f for f in verdict.findings if f.rule_id == "nested-repeat"]
    assert finding.message == "Banned phrase: 'Shout it loud!'"  # no doubled punctuation


def test_backtracking_pattern_is_recorded_as_failed_on_the_page(tmp_path: Path, serve) -> None:
    """A lookbehind keeps the pattern off RE2: it runs on the budgeted fallback, runs over
    the budget on this page, and the audit finishes with the rule marked as failed there."""
    pack = _pack(tmp_path, RULE.format(id="slow-rule", applies="[any]",
                                       pattern=r"(?<=x)(a|aa)+b"))
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(PAGE.format(text="x" + "a" * 80 + "c"), encoding="utf-8")
    server = serve(site)
    out = tmp_path / "out"
    proc = run_cli("audit", server.url + "index.html", "--no-browser", "--rules", str(pack),
                   "--out", str(out), "--fail-on", "never", "-q", "--max-pages", "1",
                   timeout=300)
    # Without the budget the pattern held the audit past 100 s and the rule was not marked.
    assert proc.returncode == 0, proc.stderr
    findings = json.loads((out / "results.json").read_text())["findings"]
    [failed] = [f for f in findings if f["rule_id"] == "slow-rule"]
    assert failed["status"] == "needs-review"
    assert "could not be evaluated on this page" in failed["message"]
