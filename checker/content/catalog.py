"""The effective rule set: every pack read (rules.py), each rule compiled by its type into
the type's spec (types/), then the config's disabled rules and severity overrides."""

from __future__ import annotations

from checker.content.rules import (
    Rule,
    apply_overrides,
    did_you_mean,
    is_shipped,
    pack_files,
    read_pack,
)
from checker.content.types import compile_rule
from checker.settings import ConfigError, ContentSettings


def load_rules(config: ContentSettings) -> list[Rule]:
    """Every rule of the shipped packs and the config's extra packs, validated and
    compiled, with the config's disable_rules and severity_overrides applied."""
    rules = _read_rules(config)
    for rule in rules:
        compile_rule(rule)
    _check_deferrals(rules)
    return apply_overrides(rules, config)


def checked_rules(config: ContentSettings) -> list[Rule]:
    """The effective rules after every check load_rules makes of what the user wrote (their
    packs' rules compiled, so that a bad pattern is a ConfigError before any request; each
    defer_to and override naming a rule), without compiling the shipped packs: the audit's
    engine compiles those when a page first needs it (ContentEngineOnDemand). Their version
    is the compiled engine's."""
    rules = _read_rules(config)
    for rule in rules:
        if not is_shipped(rule):
            compile_rule(rule)
    _check_deferrals(rules)
    return apply_overrides(rules, config)


def _check_deferrals(rules: list[Rule]) -> None:
    known = {rule.id for rule in rules}
    for rule in rules:
        for other in rule.defer_to:
            if other not in known:
                raise ConfigError(f"{rule.file}: rule {rule.id}: defer_to names no rule "
                                  f"{other!r}{did_you_mean(other, known)}")


def rule_metadata(config: ContentSettings) -> list[Rule]:
    """The rules as their packs declare them (id, message, description, sources ...), with
    the config's overrides, not compiled: what a report says of a rule. Compiling every
    pattern again took a second of each audit's report."""
    return apply_overrides(_read_rules(config), config)


def _read_rules(config: ContentSettings) -> list[Rule]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in pack_files(config):
        for rule in read_pack(path):
            if rule.id in seen:
                raise ConfigError(f"{path}: rule {rule.id}: duplicate id (also in {seen[rule.id]})")
            seen[rule.id] = str(path)
            rules.append(rule)
    return rules
