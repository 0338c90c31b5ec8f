"""Rule packs: validation errors are one line naming file, rule and problem; config can
disable a rule or change its severity; the rules listing comes from the YAML."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from checker.content import (
    ContentEngine,
    ContentEngineOnDemand,
    format_rule,
    format_rule_list,
    load_rules,
)
from checker.content.engine import compiled_engine
from checker.model import Severity
from checker.settings import AuditConfig, ConfigError
from tests.content.conftest import AS_OF

CATALOGUE_IDS = {
    "risks-section-present", "no-unqualified-cure-claims", "no-guaranteed-results",
    "no-risk-minimization", "research-claims-cited", "no-superlative-claims",
    "medical-disclaimer-present", "clinician-credentials", "content-freshness",
    "reading-level", "testimonial-disclaimer", "crisis-resources-present",
    "off-label-disclosure", "false-fda-approval-claim", "at-home-ketamine-safety",
    "compounded-drug-disclosure", "compounded-sameness-claim", "before-after-disclaimer",
    "health-page-trackers", "insecure-health-form", "privacy-notice-linked",
    "accessibility-statement-present", "no-unsubstantiated-accessibility-claims",
    "unapproved-disease-claim", "infectious-disease-claim",
}

GOOD_RULE = """\
  - id: {id}
    pack: custom
    type: existence
    severity: minor
    applies_to: [any]
    region: page
    message: "Banned phrase: '{{phrase}}'."
    why: Because.
    fix: Remove it.
    source: House style.
    params:
      patterns: ['{pattern}']
"""


def _pack(tmp_path: Path, body: str, name: str = "custom.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def _load(*packs: Path, **options) -> list:
    return load_rules(AuditConfig(rule_packs=list(packs), as_of=AS_OF, **options))


def test_shipped_packs_hold_exactly_the_catalogue() -> None:
    rules = _load()
    assert {r.id for r in rules} == CATALOGUE_IDS
    for rule in rules:
        assert rule.message and rule.why and rule.fix and rule.source and rule.pack
        assert rule.region in ("main", "page")


def test_catalogue_severities_and_packs() -> None:
    by_id = {r.id: r for r in _load()}
    assert by_id["false-fda-approval-claim"].severity is Severity.CRITICAL
    assert by_id["insecure-health-form"].severity is Severity.CRITICAL
    assert by_id["risks-section-present"].severity is Severity.SERIOUS
    assert by_id["reading-level"].severity is Severity.MINOR
    assert by_id["off-label-disclosure"].pack == "ketamine"
    assert by_id["crisis-resources-present"].pack == "mental-health"
    assert by_id["health-page-trackers"].pack == "privacy"


def test_a_user_pack_adds_a_rule_without_python(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "rules:\n" + GOOD_RULE.format(id="no-lorem", pattern=r"\blorem ipsum\b"))
    engine = ContentEngine(AuditConfig(rule_packs=[pack], as_of=AS_OF))
    html = "<html><body><main><p>Lorem ipsum dolor sit amet.</p></main></body></html>"
    findings = engine.check_page("https://x.example/", html)
    assert [f.message for f in findings.findings if f.rule_id == "no-lorem"] == [
        "Banned phrase: 'Lorem ipsum'."]


def test_a_folder_of_packs_loads(tmp_path: Path) -> None:
    _pack(tmp_path, "rules:\n" + GOOD_RULE.format(id="rule-one", pattern="one"), "a.yaml")
    _pack(tmp_path, "rules:\n" + GOOD_RULE.format(id="rule-two", pattern="two"), "b.yml")
    ids = {r.id for r in _load(tmp_path)}
    assert {"rule-one", "rule-two"} <= ids


PACK_ERRORS = [
    ("rules: [\n", "invalid YAML"),
    ("just text\n", "a mapping with a 'rules' list"),
    ("rules:\n" + GOOD_RULE.format(id="bad-type", pattern="x").replace(
        "type: existence", "type: telepathy"), "rule bad-type: unknown type 'telepathy'"),
    ("rules:\n" + GOOD_RULE.format(id="no-message", pattern="x").replace(
        "    message: \"Banned phrase: '{phrase}'.\"\n", ""),
     "rule no-message: missing required field 'message'"),
    ("rules:\n" + GOOD_RULE.format(id="bad-regex", pattern="(unclosed"),
     "rule bad-regex: bad regex '(unclosed'"),
    # Under RE2 a nested repeat is linear; a pattern that needs the backtracking fallback
    # (a lookbehind) with that shape is refused.
    ("rules:\n" + GOOD_RULE.format(id="slow-regex", pattern=r"(?<!x)(\\w+\\s?)+$"),
     "rule slow-regex: pattern"),
    ("rules:\n" + GOOD_RULE.format(id="bad-severity", pattern="x").replace(
        "severity: minor", "severity: apocalyptic"), "rule bad-severity: unknown severity"),
    ("rules:\n" + GOOD_RULE.format(id="bad-param", pattern="x").replace(
        "      patterns:", "      paterns:"), "rule bad-param: unknown parameter 'paterns'"),
    ("rules:\n" + GOOD_RULE.format(id="bad-scope", pattern="x") + "      scopes: [hearsay]\n",
     "rule bad-scope: unknown scope 'hearsay'"),
    ("rules:\n" + GOOD_RULE.format(id="bad-region", pattern="x").replace(
        "region: page", "region: sidebar"), "rule bad-region: region must be one of"),
    ("rules:\n" + GOOD_RULE.format(id="risks-section-present", pattern="x"),
     "rule risks-section-present: duplicate id"),
]


@pytest.mark.parametrize(("body", "expected"), PACK_ERRORS)
def test_pack_errors_are_one_line_naming_file_rule_and_problem(
        tmp_path: Path, body: str, expected: str) -> None:
    pack = _pack(tmp_path, body)
    with pytest.raises(ConfigError) as info:
        _load(pack)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(pack)), message
    assert expected in message, message


@pytest.mark.parametrize(("body", "expected"), PACK_ERRORS)
def test_an_audits_engine_refuses_a_bad_pack_before_it_is_compiled(
        tmp_path: Path, body: str, expected: str) -> None:
    """The audit's engine compiles the shipped packs when a page first needs them; what the
    user wrote is checked when the engine is made, before any request."""
    pack = _pack(tmp_path, body)
    with pytest.raises(ConfigError, match=re.escape(expected)):
        ContentEngineOnDemand(AuditConfig(rule_packs=[pack], as_of=AS_OF).content)


def test_an_engine_is_compiled_once_per_process_for_the_same_settings_and_packs(
        tmp_path: Path) -> None:
    pack = _pack(tmp_path, "rules:\n" + GOOD_RULE.format(id="rule-one", pattern="alpha"))
    config = AuditConfig(rule_packs=[pack], as_of=AS_OF).content
    first = compiled_engine(config)
    assert compiled_engine(AuditConfig(rule_packs=[pack], as_of=AS_OF).content) is first
    assert compiled_engine(AuditConfig(rule_packs=[pack], as_of=AS_OF,
                                       disable_rules=["rule-one"]).content) is not first
    page = "<main><h1>Notes</h1><p>alpha beta</p><p>gamma delta</p></main>"
    assert "rule-one" in {f.rule_id for f in first.check_page("https://c.example/", page).findings}
    _pack(tmp_path, "rules:\n" + GOOD_RULE.format(id="rule-one", pattern="gamma"))  # edited
    edited = compiled_engine(config)
    assert edited is not first
    (finding,) = [f for f in edited.check_page("https://c.example/", page).findings
                  if f.rule_id == "rule-one"]
    assert "gamma" in finding.message


def test_an_audits_engine_has_the_compiled_engines_version(
        tmp_path: Path, engine: ContentEngine) -> None:
    """The version an incremental audit keys its stored findings by is the same whether it is
    read from the packs or from the compiled engine (with a user's pack and overrides too)."""
    assert ContentEngineOnDemand(engine.config).version == engine.version
    pack = _pack(tmp_path, "rules:\n" + GOOD_RULE.format(id="rule-one", pattern="one"))
    config = AuditConfig(rule_packs=[pack], as_of=AS_OF, disable_rules=["risks-section-present"],
                         severity_overrides={"rule-one": "critical"}).content
    on_demand = ContentEngineOnDemand(config)
    assert on_demand.version == ContentEngine(config).version != engine.version
    assert "rule-one" in {f.rule_id for f in on_demand.check_page(
        "https://clinic.example/", "<main><h1>One</h1><p>one two</p></main>").findings}


def test_missing_pack_path_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        _load(tmp_path / "nope.yaml")


def test_disable_rule_removes_it(engine: ContentEngine) -> None:
    rules = _load(disable_rules=["reading-level", "no-superlative-claims"])
    ids = {r.id for r in rules}
    assert "reading-level" not in ids and "no-superlative-claims" not in ids
    assert len(ids) == len(CATALOGUE_IDS) - 2


def test_severity_override_changes_findings() -> None:
    config = AuditConfig(as_of=AS_OF, severity_overrides={"no-guaranteed-results": "critical"})
    engine = ContentEngine(config)
    html = ("<html><head><title>Chemical peels</title></head><body><main><h1>Chemical peels</h1>"
            "<p>Clearer skin in three peels, results guaranteed.</p></main></body></html>")
    found = [f for f in engine.check_page("https://x.example/", html).findings
             if f.rule_id == "no-guaranteed-results"]
    assert found and found[0].severity is Severity.CRITICAL


@pytest.mark.parametrize("option", ["disable_rules", "severity_overrides"])
def test_unknown_rule_ids_in_config_are_errors(option: str) -> None:
    value = ["no-such-rule"] if option == "disable_rules" else {"no-such-rule": "minor"}
    with pytest.raises(ConfigError) as info:
        _load(**{option: value})
    assert "no-such-rule" in str(info.value) and "\n" not in str(info.value)


def test_bad_override_severity_is_an_error() -> None:
    with pytest.raises(ConfigError, match="reading-level"):
        _load(severity_overrides={"reading-level": "sometimes"})


def test_version_is_stable_and_changes_with_rules(tmp_path: Path) -> None:
    base = ContentEngine(AuditConfig(as_of=AS_OF)).version
    assert base == ContentEngine(AuditConfig(as_of=AS_OF)).version
    pack = _pack(tmp_path, "rules:\n" + GOOD_RULE.format(id="extra-rule", pattern="x"))
    assert ContentEngine(AuditConfig(rule_packs=[pack], as_of=AS_OF)).version != base
    assert ContentEngine(AuditConfig(as_of=AS_OF, severity_overrides={
        "reading-level": "serious"})).version != base
    assert ContentEngine(AuditConfig(as_of=AS_OF, disable_rules=["reading-level"])).version != base


def test_rule_listing_and_entry_come_from_the_yaml() -> None:
    rules = _load()
    listing = format_rule_list(rules)
    for rule in rules:
        assert rule.id in listing
    by_id = {r.id: r for r in rules}
    entry = format_rule(by_id["off-label-disclosure"])
    assert "off-label-disclosure" in entry and "ketamine" in entry and "serious" in entry
    assert "Why it matters" in entry and "How to fix" in entry and "Source" in entry
    assert "anesthetic" in entry
    # Sections in reading order; placeholders shown as <name>.
    order = [entry.index(h) for h in ("What it checks", "Message", "Why it matters",
                                       "How to fix", "Source")]
    assert order == sorted(order)
    assert "<condition>" in entry and "{condition}" not in entry


def test_hedges_qualify_an_efficacy_claim_rule(tmp_path: Path) -> None:
    """A user's efficacy-claim rule with hedges: "may help" and "for some patients" qualify
    the claim; the bare claim fires; negation and questions never fire."""
    pack = _pack(tmp_path, """\
        rules:
          - id: no-efficacy-claims
            type: claim
            severity: minor
            applies_to: [any]
            region: main
            message: "Efficacy claim: '{sentence}'."
            why: Needs evidence.
            fix: Qualify it.
            source: House style.
            params:
              patterns:
                - '\\b(?:relieves?|reduces?|helps?)\\s+(?:[\\w-]+\\s+){0,2}?(?:anxiety|pain)\\b'
              hedges: true
        """)
    engine = ContentEngine(AuditConfig(rule_packs=[pack], as_of=AS_OF))

    def fires(sentence: str) -> bool:
        html = f"<html><body><main><p>{sentence}</p></main></body></html>"
        return any(f.rule_id == "no-efficacy-claims"
                   for f in engine.check_page("https://x.example/", html).findings)

    assert fires("Our drip relieves anxiety in minutes.")
    assert not fires("Our drip may help reduce anxiety.")
    assert not fires("For some patients, the drip reduces pain.")
    assert not fires("The drip does not relieve anxiety.")
    assert not fires("Does the drip relieve anxiety?")
