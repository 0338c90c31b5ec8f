"""The effective rule set: every pack read (rules.py), each rule compiled by its type into
the type's spec (types/), then the config's disabled rules and severity overrides."""

from __future__ import annotations

from checker.content.rules import Rule, apply_overrides, did_you_mean, pack_files, read_pack
from checker.content.types import compile_rule
from checker.settings import ConfigError, ContentSettings


def load_rules(config: ContentSettings) -> list[Rule]:
    """Every rule of the shipped packs and the config's extra packs, validated and
    compiled, with the config's disable_rules and severity_overrides applied."""
    rules = _read_rules(config)
    for rule in rules:
        compile_rule(rule)
    known = {rule.id for rule in rules}
    for rule in rules:
        for other in rule.defer_to:
            if other not in known:
                raise ConfigError(f"{rule.file}: rule {rule.id}: defer_to names no rule "
                                  f"{other!r}{did_you_mean(other, known)}")
    return apply_overrides(rules, config)


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
