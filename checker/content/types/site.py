"""Site-level rules, decided once per audit from every page's facts."""

from __future__ import annotations

from typing import Any

from checker.content.rules import Rule
from checker.content.types.base import (
    Hit,
    PageContext,
    Params,
    RuleType,
)


class SiteType(RuleType):
    """Site level: some audited page satisfies a condition (decided per page into facts,
    then once per audit)."""

    name = "site"
    allowed = {"page_patterns", "require_contact", "require_linked"}

    def compile(self, rule: Rule) -> dict[str, Any]:
        params = Params(rule, self.allowed)
        return {"patterns": params.patterns("page_patterns", required=True),
                "contact": params.flag("require_contact", True),
                "linked": params.flag("require_linked", True)}

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        return []  # decided in check_site

    def page_matches(self, rule: Rule, title: str, h1s: list[str]) -> bool:
        return any(p.search(text) for p in rule.compiled["patterns"] for text in [title, *h1s]
                   if text)
