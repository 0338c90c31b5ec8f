"""The rule types: each implemented once, every concrete rule is YAML.

A type validates its rule's params when the pack loads (`compile`) and, per page, returns
Hits: the sentence or element that breaks the rule, or a page-level "missing" hit. The engine
turns hits into Findings.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from checker.config import ConfigError
from checker.content.dates import months_between, page_dates
from checker.content.detect import FACTS
from checker.content.extract import Block, PageDoc, host_of, main_word_count
from checker.content.forms import collects_personal_data, forms
from checker.content.match import DEFAULT_HEDGES, Matcher
from checker.content.prefilter import Prefilter
from checker.content.rules import Rule, compile_pattern
from checker.content.topics import topic_terms


@dataclass
class Hit:
    """One breach of a rule on a page."""

    sentence: str | None = None
    el: etree._Element | None = None  # the element holding it (selector); None: main/body
    excerpt: str | None = None
    values: dict[str, str] = field(default_factory=dict)  # message placeholders
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PageContext:
    doc: PageDoc
    topics: set[str]
    as_of: dt.date


# ---- params ------------------------------------------------------------------------------

class Params:
    """Typed access to a rule's params with one-line errors naming file and rule."""

    def __init__(self, rule: Rule, allowed: set[str]):
        self.rule = rule
        unknown = sorted(set(rule.params) - allowed)
        if unknown:
            self.fail(f"unknown parameter '{unknown[0]}' for type {rule.type} "
                      f"(allowed: {', '.join(sorted(allowed))})")

    def fail(self, problem: str) -> None:
        raise ConfigError(f"{self.rule.file}: rule {self.rule.id}: {problem}")

    def patterns(self, name: str, required: bool = False, source: dict | None = None,
                 case_sensitive: bool = False) -> list[re.Pattern[str]]:
        data = self.rule.params if source is None else source
        value = data.get(name)
        if value is None:
            if required:
                self.fail(f"missing parameter '{name}'")
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.fail(f"parameter '{name}' must be a list of regexes")
        flags = 0 if case_sensitive else re.IGNORECASE
        return [compile_pattern(self.rule, p, flags) for p in value]

    def number(self, name: str, default: float) -> float:
        value = self.rule.params.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            self.fail(f"parameter '{name}' must be a number of 0 or more, got {value!r}")
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.rule.params.get(name, default)
        if not isinstance(value, bool):
            self.fail(f"parameter '{name}' must be true or false, got {value!r}")
        return value

    def strings(self, name: str) -> list[str]:
        value = self.rule.params.get(name) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"parameter '{name}' must be a list of text")
        return value

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self.rule.params.get(name, default)
        if value is not None and not isinstance(value, str):
            self.fail(f"parameter '{name}' must be text")
        return value


_MATCHER_PARAMS = {"patterns", "requires", "unless", "unless_clause", "hedges", "negation",
                   "reported_speech", "questions", "case_sensitive"}


def build_matcher(params: Params, source: dict | None = None) -> Matcher:
    """A Matcher from the shared sentence-matching params of claim/existence/triggers."""
    data = params.rule.params if source is None else source
    case = bool(data.get("case_sensitive", False))
    hedges = data.get("hedges")
    if hedges is True:
        hedge_re: re.Pattern[str] | None = DEFAULT_HEDGES
    elif hedges in (None, False):
        hedge_re = None
    else:
        hedge_re = re.compile("|".join(f"(?:{p.pattern})" for p in
                                       params.patterns("hedges", source=data)), re.IGNORECASE)
    for name in ("negation", "reported_speech", "questions"):
        if name in data and not isinstance(data[name], bool):
            params.fail(f"parameter '{name}' must be true or false")
    return Matcher(
        patterns=params.patterns("patterns", required=True, source=data, case_sensitive=case),
        requires=params.patterns("requires", source=data, case_sensitive=case),
        unless=params.patterns("unless", source=data),
        unless_clause=params.patterns("unless_clause", source=data),
        hedges=hedge_re,
        negation=data.get("negation", True),
        reported=data.get("reported_speech", True),
        questions=data.get("questions", False),
    )


def region_blocks(doc: PageDoc, region: str) -> list[Block]:
    return doc.main_blocks if region == "main" else doc.blocks


def candidate_blocks(doc: PageDoc, prefilter: Prefilter, blocks: list[Block]) -> list[Block]:
    """The blocks that may match, found by substring search in the page's joined text rather
    than by testing every block."""
    if prefilter.always:
        return blocks
    joined, starts = doc.joined(blocks)
    indexes: set[int] = set()
    for literal in prefilter.first:
        found = joined.find(literal)
        while found != -1:
            index = bisect.bisect_right(starts, found) - 1
            indexes.add(index)
            # Skip to the next block: one hit is enough to make it a candidate.
            next_start = starts[index + 1] if index + 1 < len(starts) else len(joined)
            found = joined.find(literal, next_start)
    return [blocks[i] for i in sorted(indexes) if prefilter.may_match(blocks[i].norm)]


def sentence_hits(doc: PageDoc, matcher: Matcher, blocks: list[Block],
                  value: str = "sentence", limit: int = 20) -> list[Hit]:
    """A hit per distinct sentence the matcher accepts."""
    hits: list[Hit] = []
    seen: set[str] = set()
    for block in candidate_blocks(doc, matcher.prefilter, blocks):
        for sentence in block.sentences:
            match = matcher.find(sentence)
            key = " ".join(sentence.lower().split())
            if match is None or key in seen:
                continue
            seen.add(key)
            shown = match.group(0) if value == "phrase" else sentence
            hits.append(Hit(sentence=sentence, el=block.el, excerpt=block.text,
                            values={"sentence": sentence, "phrase": shown.strip()}))
            if len(hits) >= limit:
                return hits
    return hits


# ---- the types ---------------------------------------------------------------------------

class RuleType:
    name = ""
    allowed: set[str] = set()

    def compile(self, rule: Rule) -> Any:
        raise NotImplementedError

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        raise NotImplementedError


class ClaimType(RuleType):
    """An unqualified claim in a sentence: not negated, not a question, not reported speech,
    and (when the rule lists hedges) not hedged."""

    name = "claim"
    allowed = _MATCHER_PARAMS

    def compile(self, rule: Rule) -> Matcher:
        return build_matcher(Params(rule, self.allowed))

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        return sentence_hits(ctx.doc, rule.compiled, region_blocks(ctx.doc, rule.region))


class ExistenceType(ClaimType):
    """A banned phrase in the region; the finding names the phrase."""

    name = "existence"

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        return sentence_hits(ctx.doc, rule.compiled, region_blocks(ctx.doc, rule.region),
                             value="phrase")


class RequiredSectionType(RuleType):
    """A heading-delimited section with enough words under it."""

    name = "required-section"
    allowed = {"headings", "min_words"}

    def compile(self, rule: Rule) -> dict[str, Any]:
        params = Params(rule, self.allowed)
        return {"headings": params.patterns("headings", required=True),
                "min_words": int(params.number("min_words", 40))}

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        """Words under every matching heading count together: two short FAQ answers ("Is it
        safe?", "What are the side effects?") make one risks section."""
        spec = rule.compiled
        words = 0
        for heading in ctx.doc.headings:
            if any(p.search(heading.text) for p in spec["headings"]):
                words += heading.words
                if words >= spec["min_words"]:
                    return []
        return [Hit(el=ctx.doc.main_el if ctx.doc.main_el is not None else ctx.doc.body_el,
                    extra={"risk_section_words": words})]


class RequiredTextType(RuleType):
    """A disclosure anywhere on the page (hidden panels count), optionally only when a
    trigger is present."""

    name = "required-text"
    allowed = {"patterns", "all_of", "in", "trigger", "case_sensitive", "subject_topics"}

    def compile(self, rule: Rule) -> dict[str, Any]:
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
        return {"groups": groups, "prefilters": prefilters, "in": where,
                "trigger": self._trigger(params),
                "subjects": params.strings("subject_topics")}

    def _trigger(self, params: Params) -> dict[str, Any] | None:
        trigger = params.rule.params.get("trigger")
        if trigger is None:
            return None
        if not isinstance(trigger, dict):
            params.fail("parameter 'trigger' must be a mapping (fact, patterns, region)")
        unknown = sorted(set(trigger) - _MATCHER_PARAMS - {"fact", "region"})
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
        return {"fact": fact, "matcher": matcher, "region": region}

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        spec = rule.compiled
        doc = ctx.doc
        trigger_hit = self._triggered(spec["trigger"], doc)
        if trigger_hit is False:
            return []
        if all(self._present(doc, spec["in"], group, prefilters)
               for group, prefilters in zip(spec["groups"], spec["prefilters"], strict=True)):
            return []
        subject = next((t for topic in spec["subjects"] for t in topic_terms(doc, topic)), "")
        values = {"condition": subject, "topic": subject}
        if isinstance(trigger_hit, Hit):
            trigger_hit.values |= values
            trigger_hit.extra["trigger"] = trigger_hit.sentence
            trigger_hit.sentence = None  # the finding is what is missing, not this sentence
            return [trigger_hit]
        return [Hit(el=doc.main_el if doc.main_el is not None else doc.body_el, values=values)]

    def _triggered(self, trigger: dict[str, Any] | None, doc: PageDoc) -> bool | Hit:
        """True (no trigger, or a fact), a Hit (the sentence that triggered), or False."""
        if trigger is None:
            return True
        if trigger["fact"] is not None and FACTS[trigger["fact"]](doc):
            return True
        if trigger["matcher"] is not None:
            hits = sentence_hits(doc, trigger["matcher"], region_blocks(doc, trigger["region"]),
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


class CitationType(RuleType):
    """Each research claim needs a citation: a scholarly/government link in the same
    paragraph or FAQ answer, a footnote that resolves, or a References section."""

    name = "citation"
    allowed = {"triggers", "domains", "reference_headings", "unless"}

    def compile(self, rule: Rule) -> dict[str, Any]:
        params = Params(rule, self.allowed)
        domains = [d.lower().lstrip(".") for d in params.strings("domains")]
        if not domains:
            params.fail("missing parameter 'domains'")
        matcher = Matcher(patterns=params.patterns("triggers", required=True),
                          unless=params.patterns("unless"))
        return {"matcher": matcher, "domains": domains,
                "references": params.patterns("reference_headings", required=True)}

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        spec = rule.compiled
        doc = ctx.doc
        hits = sentence_hits(doc, spec["matcher"], region_blocks(doc, rule.region))
        if not hits or self._reference_section(doc, spec):
            return []
        return [h for h in hits if not self._cited(doc, h, spec)]

    def _is_citation(self, doc: PageDoc, href: str, domains: list[str]) -> bool:
        host = host_of(href)
        if not host or host == host_of(doc.url):
            return False  # the clinic's own pages are not evidence
        return any(host == d or host.endswith("." + d) for d in domains)

    def _cited(self, doc: PageDoc, hit: Hit, spec: dict[str, Any]) -> bool:
        for container in _answer_containers(hit.el):
            for link in container.iter("a"):
                href = urljoin(doc.url, link.get("href") or "")
                if self._is_citation(doc, href, spec["domains"]):
                    return True
                if (link.get("href") or "").startswith("#") and _resolves(doc, link):
                    return True
        return bool(_FOOTNOTE.search(hit.sentence or "")) and self._has_notes(doc, spec)

    def _reference_section(self, doc: PageDoc, spec: dict[str, Any]) -> bool:
        """A References/Sources section with a scholarly link or a formal reference."""
        blocks = doc.blocks
        for i, block in enumerate(blocks):
            if block.level is None or not any(p.search(block.text) for p in spec["references"]):
                continue
            for other in blocks[i + 1:i + 60]:
                if other.level is not None and other.level <= block.level:
                    break
                links = [link for link in doc.links if link.owner is other.el]
                if any(self._is_citation(doc, link.href, spec["domains"]) for link in links):
                    return True
                if _FORMAL_REFERENCE.search(other.text):
                    return True
        return False

    def _has_notes(self, doc: PageDoc, spec: dict[str, Any]) -> bool:
        return any(b.level is not None and any(p.search(b.text) for p in spec["references"])
                   for b in doc.blocks) or any(
            (el.get("role") or "") == "doc-endnotes" or "footnote" in (el.get("class") or "")
            for el in doc.tree.iter("ol", "section", "div", "aside"))


_FOOTNOTE = re.compile(r"\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]")
_FORMAL_REFERENCE = re.compile(r"\bdoi:?\s*10\.\d{3,9}/|\bet al\.|\b(?:19|20)\d{2};\s*\d+|"
                               r"\bPMID:?\s*\d+", re.IGNORECASE)
_ANSWER_TAGS = ("details", "dd", "li", "blockquote", "td")


def _answer_containers(el: etree._Element | None) -> Iterator[etree._Element]:
    """The paragraph, then the FAQ answer / panel that holds it (a link there cites it)."""
    if el is None:
        return
    yield el
    node = el.getparent()
    for _ in range(4):
        if node is None or node.tag in ("main", "article", "body"):
            return
        if (node.tag in _ANSWER_TAGS or (node.get("role") or "") == "tabpanel"
                or re.search(r"answer|panel|accordion|collapse", node.get("class") or "")):
            yield node
            return
        node = node.getparent()


def _resolves(doc: PageDoc, link: etree._Element) -> bool:
    target = (link.get("href") or "")[1:]
    return bool(target) and bool(doc.tree.xpath("//*[@id=$v or @name=$v]", v=target))


class ReadabilityType(RuleType):
    """Flesch-Kincaid grade of the main content, when there is enough of it."""

    name = "readability"
    allowed = {"max_grade", "min_words"}

    def compile(self, rule: Rule) -> dict[str, float]:
        params = Params(rule, self.allowed)
        return {"max_grade": params.number("max_grade", 8), "min_words": params.number(
            "min_words", 150)}

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        import textstat

        text = readable_text(ctx.doc)
        words = main_word_count(ctx.doc)
        if words < rule.compiled["min_words"]:
            return []
        grade = float(textstat.flesch_kincaid_grade(text))
        if grade <= rule.compiled["max_grade"]:
            return []
        doc = ctx.doc
        return [Hit(el=doc.main_el if doc.main_el is not None else doc.body_el,
                    values={"grade": f"{grade:.1f}",
                            "max_grade": f"{rule.compiled['max_grade']:g}"},
                    extra={"grade": round(grade, 1), "words": words})]


READABILITY_SAMPLE_WORDS = 800  # textstat is slow on long texts; a long page's first
# 800 words read like the rest of it.


def readable_text(doc: PageDoc) -> str:
    """Main content as prose: every block ends a sentence, so headings and list items do not
    run into the next sentence and inflate the grade."""
    parts = []
    words = 0
    for block in doc.main_blocks:
        if words >= READABILITY_SAMPLE_WORDS:
            break
        words += len(block.text.split())
        text = block.text.strip()
        if not any(c.isalpha() for c in text):
            continue
        parts.append(text if text[-1] in ".!?:" else text + ".")
    return " ".join(parts)


class FreshnessType(RuleType):
    """The page's newest own date is within N months of the audit date."""

    name = "freshness"
    allowed = {"max_months", "missing_message"}

    def compile(self, rule: Rule) -> dict[str, Any]:
        params = Params(rule, self.allowed)
        return {"max_months": int(params.number("max_months", 24)),
                "missing": params.text("missing_message")}

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        doc = ctx.doc
        el = doc.main_el if doc.main_el is not None else doc.body_el
        dates = [d for d in page_dates(doc, ctx.as_of) if d <= ctx.as_of + dt.timedelta(days=1)]
        if not dates:
            return [Hit(el=el, values={"date": "no date found"},
                        extra={"message": rule.compiled["missing"]})]
        newest = max(dates)
        if months_between(newest, ctx.as_of) < rule.compiled["max_months"]:
            return []
        if months_between(newest, ctx.as_of) == rule.compiled["max_months"] and \
                newest.day == ctx.as_of.day:
            return []
        return [Hit(el=el, values={"date": newest.isoformat()},
                    extra={"newest_date": newest.isoformat()})]


class TrackerType(RuleType):
    """Third-party tracking scripts, pixels and iframes, read from the markup."""

    name = "tracker"
    allowed = {"trackers", "exceptions"}

    def compile(self, rule: Rule) -> dict[str, Any]:
        params = Params(rule, self.allowed)
        trackers = rule.params.get("trackers")
        if not isinstance(trackers, dict) or not trackers or not all(
                isinstance(v, list) and all(isinstance(h, str) for h in v)
                for v in trackers.values()):
            params.fail("parameter 'trackers' must map a tracker name to a list of hosts")
        return {"trackers": {name: [h.lower() for h in hosts] for name, hosts in trackers.items()},
                "exceptions": [h.lower() for h in params.strings("exceptions")]}

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        found: dict[str, Hit] = {}
        for el, url, inline in _resources(ctx.doc):
            for name, hosts in rule.compiled["trackers"].items():
                if name in found:
                    continue
                host = _tracker_host(url, inline, hosts, rule.compiled["exceptions"])
                if host:
                    shown = (url or inline or "")[:200]
                    found[name] = Hit(el=el, excerpt=shown,
                                      values={"tracker": name, "host": host},
                                      extra={"resource": shown})
        return list(found.values())


def _resources(doc: PageDoc) -> Iterator[tuple[etree._Element, str | None, str | None]]:
    """(element, absolute URL, inline script text) of everything that loads or runs."""
    for el in doc.tree.iter("script", "img", "iframe", "noscript", "embed", "object"):
        src = el.get("src") or el.get("data") or el.get("data-src")
        url = None
        if src:
            try:
                url = urljoin(doc.url, src.strip())
            except ValueError:
                url = None
        inline = el.text[:100_000] if el.tag in ("script", "noscript") and el.text else None
        yield el, url, inline


def _tracker_host(url: str | None, inline: str | None, hosts: list[str],
                  exceptions: list[str]) -> str | None:
    for host_path in hosts:
        host, _, path = host_path.partition("/")
        if url:
            try:
                parts = urlsplit(url)
            except ValueError:
                continue
            actual = (parts.hostname or "").lower()
            if actual in exceptions:
                continue
            if (actual == host or actual.endswith("." + host)) and parts.path.startswith(
                    "/" + path if path else ""):
                return host_path
        if inline and host_path in inline.lower():
            return host_path
    return None


class InsecureFormType(RuleType):
    """A personal-data form on an http page, or posting to an http URL."""

    name = "insecure-form"
    allowed: set[str] = set()

    def compile(self, rule: Rule) -> None:
        Params(rule, self.allowed)

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        doc = ctx.doc
        page = urlsplit(doc.url)
        page_insecure = page.scheme == "http" and not _loopback(page.hostname or "")
        hits = []
        for form in forms(doc):
            if not collects_personal_data(form):
                continue
            action = urljoin(doc.url, (form.get("action") or "").strip())
            target = urlsplit(action)
            explicit_http = (target.scheme == "http" and not _loopback(target.hostname or ""))
            if explicit_http or (page_insecure and target.scheme in ("http", "")):
                hits.append(Hit(el=form, values={"action": action},
                                excerpt=etree.tostring(form, encoding="unicode",
                                                       with_tail=False)[:300]))
        return hits


def _loopback(host: str) -> bool:
    host = host.lower().strip("[]")
    return host in ("localhost", "::1") or host.startswith("127.") or host.endswith(".localhost")


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


TYPES: dict[str, RuleType] = {t.name: t for t in (
    ClaimType(), ExistenceType(), RequiredSectionType(), RequiredTextType(), CitationType(),
    ReadabilityType(), FreshnessType(), TrackerType(), InsecureFormType(), SiteType(),
)}


def compile_rule(rule: Rule) -> None:
    """Validate a rule's type and params; keep the compiled form on the rule."""
    rule_type = TYPES.get(rule.type)
    if rule_type is None:
        raise ConfigError(f"{rule.file}: rule {rule.id}: unknown type {rule.type!r} "
                          f"(known: {', '.join(TYPES)})")
    rule.compiled = rule_type.compile(rule)

