"""What a page must have: required-section and required-text rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from checker.content.detect import FACTS
from checker.content.document import PageDoc
from checker.content.match import Matcher
from checker.content.prefilter import Prefilter
from checker.content.rules import Rule
from checker.content.sections import headings_of
from checker.content.topics import topic_terms
from checker.content.types.base import (
    MATCHER_PARAMS,
    Hit,
    PageContext,
    Params,
    RuleType,
    build_matcher,
    candidate_blocks,
    region_blocks,
    sentence_hits,
)
from checker.words import plural


@dataclass(frozen=True)
class SectionSpec:
    headings: list[Any]  # heading patterns; the words under every match count together
    min_words: int


class RequiredSectionType(RuleType[SectionSpec]):
    """A heading-delimited section with enough words under it."""

    name: ClassVar[str] = "required-section"
    allowed: ClassVar[frozenset[str]] = frozenset({"headings", "min_words"})

    def compile(self, rule: Rule) -> SectionSpec:
        params = Params(rule, self.allowed)
        return SectionSpec(params.patterns("headings", required=True),
                           int(params.number("min_words", 40)))

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        """Words under every matching heading count together: two short FAQ answers ("Is it
        safe?", "What are the side effects?") make one risks section."""
        spec: SectionSpec = rule.compiled
        words = headings = 0
        for heading in headings_of(ctx.doc):
            if any(p.search(heading.text) for p in spec.headings):
                words, headings = words + heading.words, headings + 1
                if words >= spec.min_words:
                    return []
        # The message says what would satisfy the rule and what the page has: a section that
        # falls short is not "no section".
        verb = "has" if headings == 1 else "have"
        found = (f"the {plural(headings, 'section')} so headed {verb} {plural(words, 'word')}"
                 if headings else "there is no such heading")
        return [Hit(el=ctx.doc.main_el if ctx.doc.main_el is not None else ctx.doc.body_el,
                    values={"min_words": str(spec.min_words), "found": found},
                    extra={"risk_section_words": words})]


@dataclass(frozen=True)
class Trigger:
    fact: str | None  # a detected fact (testimonials, before/after images...)
    matcher: Matcher | None  # or a sentence
    region: str


@dataclass(frozen=True)
class TextSpec:
    groups: list[list[Any]]  # each group must be present (one pattern of it)
    prefilters: list[list[Prefilter]]
    where: str  # "text" or "links"
    trigger: Trigger | None
    subjects: list[str]  # topics whose term fills the message's {condition}


class RequiredTextType(RuleType[TextSpec]):
    """A disclosure anywhere on the page (hidden panels count), optionally only when a
    trigger is present."""

    name: ClassVar[str] = "required-text"
    allowed: ClassVar[frozenset[str]] = frozenset(
        {"patterns", "all_of", "in", "trigger", "case_sensitive", "subject_topics"})

    def compile(self, rule: Rule) -> TextSpec:
        params = Params(rule, self.allowed)
        case = params.flag("case_sensitive", False)
        groups: list[list[re.Pattern[str]]] = []
        if "patterns" in rule.params:
            groups.append(params.patterns("patterns", case_sensitive=case))
        for index, group in enumerate(rule.params.get("all_of") or []):
            groups.append(params.patterns(str(index), source={str(index): group},
                                          case_sensitive=case))
        if not groups:
            params.fail("needs 'patterns' or 'all_of'")
        where = params.text("in", "text")
        if where not in ("text", "links"):
            params.fail(f"parameter 'in' must be 'text' or 'links', got {where!r}")
        prefilters = [[Prefilter([p]) for p in group] for group in groups]
        return TextSpec(groups, prefilters, where, self._trigger(params),
                        params.strings("subject_topics"))

    def _trigger(self, params: Params) -> Trigger | None:
        trigger = params.rule.params.get("trigger")
        if trigger is None:
            return None
        if not isinstance(trigger, dict):
            params.fail("parameter 'trigger' must be a mapping (fact, patterns, region)")
        unknown = sorted(set(trigger) - MATCHER_PARAMS - {"fact", "region"})
        if unknown:
            params.fail(f"unknown trigger key '{unknown[0]}'")
        fact = trigger.get("fact")
        if fact is not None and fact not in FACTS:
            params.fail(f"unknown trigger fact {fact!r} (known: {', '.join(sorted(FACTS))})")
        if fact is None and "patterns" not in trigger:
            params.fail("a trigger needs 'fact' or 'patterns'")
        region = trigger.get("region", "main")
        if region not in ("main", "page"):
            params.fail(f"trigger region must be main or page, got {region!r}")
        matcher = build_matcher(params, source=trigger) if "patterns" in trigger else None
        return Trigger(fact, matcher, region)

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        spec: TextSpec = rule.compiled
        doc = ctx.doc
        trigger_hit = self._triggered(spec.trigger, doc)
        if trigger_hit is False:
            return []
        if all(self._present(doc, spec.where, group, prefilters)
               for group, prefilters in zip(spec.groups, spec.prefilters, strict=True)):
            return []
        subject = next((t for topic in spec.subjects for t in topic_terms(doc, topic)), "")
        values = {"condition": subject, "topic": subject}
        if isinstance(trigger_hit, Hit):
            trigger_hit.values |= values
            trigger_hit.extra["trigger"] = trigger_hit.sentence
            trigger_hit.sentence = None  # the finding is what is missing, not this sentence
            return [trigger_hit]
        return [Hit(el=doc.main_el if doc.main_el is not None else doc.body_el, values=values)]

    def _triggered(self, trigger: Trigger | None, doc: PageDoc) -> bool | Hit:
        """True (no trigger, or a fact), a Hit (the sentence that triggered), or False."""
        if trigger is None:
            return True
        if trigger.fact is not None and FACTS[trigger.fact](doc):
            return True
        if trigger.matcher is not None:
            hits = sentence_hits(doc, trigger.matcher, region_blocks(doc, trigger.region),
                                 limit=1)
            if hits:
                return hits[0]
        return False

    @staticmethod
    def _present(doc: PageDoc, where: str, group: list[re.Pattern[str]],
                 prefilters: list[Prefilter]) -> bool:
        """Whether a pattern of the group occurs within one block (or link, or image text)."""
        if where == "links":
            # The href as written: "/privacy/" says as much as its absolute form.
            texts = [f"{link.text} {link.raw}" for link in doc.links]
            return any(p.search(t) for t in texts for p in group)
        for pattern, prefilter in zip(group, prefilters, strict=True):
            if any(pattern.search(b.text) for b in candidate_blocks(doc, prefilter, doc.blocks)):
                return True
        return any(p.search(t) for t in doc.image_texts for p in group)
