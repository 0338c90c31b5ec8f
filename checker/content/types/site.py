"""Site-level rules, decided once per run from every page's facts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from checker.content.document import PageDoc, normalize_link
from checker.content.rules import Rule
from checker.content.topics import page_title
from checker.content.types.base import (
    PageContext,
    PageFacts,
    Params,
    SiteHit,
    SiteRuleType,
    own_fact,
)

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b")


@dataclass(frozen=True)
class SiteSpec:
    page_patterns: list[Any]  # a page is "the" page (the statement) by its title or h1
    require_contact: bool  # that page gives a way to report problems
    require_linked: bool  # and another audited page links to it from its footer/nav/header


class SiteType(SiteRuleType[SiteSpec]):
    """Some audited page satisfies a condition: decided per page into a fact, then once per
    run over all the run's pages."""

    name: ClassVar[str] = "site"
    allowed: ClassVar[frozenset[str]] = frozenset(
        {"page_patterns", "require_contact", "require_linked"})

    def compile(self, rule: Rule) -> SiteSpec:
        params = Params(rule, self.allowed)
        return SiteSpec(params.patterns("page_patterns", required=True),
                        params.flag("require_contact", True),
                        params.flag("require_linked", True))

    def page_fact(self, rule: Rule, ctx: PageContext) -> dict[str, bool] | None:
        """{"contact": ...} when this page is the kind of page the rule looks for."""
        spec: SiteSpec = rule.compiled
        doc = ctx.doc
        texts = [t for t in (page_title(doc), *doc.h1s[:3]) if t]
        if not any(p.search(text) for p in spec.page_patterns for text in texts):
            return None
        # Only a matching page needs the contact search: it is not free on long pages.
        return {"contact": _has_contact(doc)}

    def check_site(self, rule: Rule, pages: PageFacts) -> list[SiteHit]:
        """Two passes over the pages: the candidate pages (few) and how many pages there
        are; then, only if a candidate must be linked, whether any page links to one."""
        spec: SiteSpec = rule.compiled
        count, candidates = 0, set()
        for url, facts in pages.by_url():
            count += 1
            fact = own_fact(rule, facts)
            if isinstance(fact, dict) and (not spec.require_contact or fact.get("contact")):
                candidates |= {normalize_link(url), normalize_link(facts.get("url") or url)}
        if not count:
            return []  # nothing was audited: the run's errors say why, not this rule
        if candidates and (not spec.require_linked or count == 1):
            return []  # a one-page audit: that page is the statement
        if candidates and any(not candidates.isdisjoint(facts.get("links_to") or [])
                              for _, facts in pages.by_url()):
            return []
        return [SiteHit(extra={"pages_checked": count})]


def _has_contact(doc: PageDoc) -> bool:
    """An email, a phone number or a form in the page's own content (a way to report)."""
    own = [b.text for b in doc.blocks if b.region in ("main", "body")]
    text = " ".join(own)
    if _EMAIL.search(text) or _PHONE.search(text):
        return True
    for link in doc.links:
        if link.region in ("main", "body") and link.href.lower().startswith(("mailto:", "tel:")):
            return True
    main = doc.main_el if doc.main_el is not None else doc.body_el
    return any(True for _ in main.iter("form"))
