"""The rule types: each implemented once in Python, every concrete rule is YAML.

base.py holds what they share; claims.py (claim, existence, citation), disclosures.py
(required-section, required-text), quality.py (readability, freshness), privacy.py (tracker,
insecure-form) and site.py (site) hold the types.
"""

from __future__ import annotations

from typing import Any

from checker.content.rules import Rule, did_you_mean
from checker.content.types.base import Hit, PageContext, RuleType, SiteHit, SiteRuleType
from checker.content.types.claims import CitationType, ClaimType, ExistenceType
from checker.content.types.disclosures import RequiredSectionType, RequiredTextType
from checker.content.types.privacy import InsecureFormType, TrackerType
from checker.content.types.quality import FreshnessType, ReadabilityType, readable_text
from checker.content.types.site import SiteType
from checker.content.types.structured import StatusClaimType, StructuredClaimType
from checker.settings import ConfigError

__all__ = ["TYPES", "Hit", "PageContext", "RuleType", "SiteHit", "SiteRuleType", "SiteType",
           "compile_rule", "readable_text"]

TYPES: dict[str, RuleType[Any]] = {t.name: t for t in (
    ClaimType(), ExistenceType(), RequiredSectionType(), RequiredTextType(), CitationType(),
    ReadabilityType(), FreshnessType(), TrackerType(), InsecureFormType(), SiteType(),
    StructuredClaimType(), StatusClaimType(),
)}


def compile_rule(rule: Rule) -> None:
    """Validate a rule's type and params; keep the compiled form on the rule."""
    rule_type = TYPES.get(rule.type)
    if rule_type is None:
        raise ConfigError(f"{rule.file}: rule {rule.id}: unknown type {rule.type!r}"
                          f"{did_you_mean(rule.type, TYPES)} (known: {', '.join(TYPES)})")
    rule.compiled = rule_type.compile(rule)
