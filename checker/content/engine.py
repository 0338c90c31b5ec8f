"""The content engine: rules in, findings out, page by page and once per site."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from checker.content.catalog import checked_rules, load_rules
from checker.content.document import PageDoc, normalize_link
from checker.content.extract import css_selector, extract
from checker.content.forms import has_personal_form
from checker.content.patterns import RuleTimeout
from checker.content.rules import Rule, pack_files, rules_version
from checker.content.text import truncate
from checker.content.topics import applies, detect_topics, page_kind
from checker.content.types import TYPES, Hit, PageContext, SiteRuleType
from checker.content.types.base import CHROME, PageFacts
from checker.content.wordpress import wordpress_post_id, wordpress_root
from checker.model import Finding
from checker.settings import ConfigError, ContentSettings
from checker.words import tidy_punctuation

_PLACEHOLDER = re.compile(r"\{(\w+)\}|<(\w+)>")
_LINK_REGIONS = ("footer", "nav", "header")


@dataclass
class PageVerdict:
    """What check_page says about one page."""

    findings: list[Finding]  # source="content"
    # JSON-serialisable facts the pipeline stores with the page and hands back to check_site
    # (so a page carried over from an earlier run still counts): url, title, h1, topics,
    # kind, site_rules (each site rule's fact about this page), links_to, main_source.
    facts: dict[str, Any] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    main_text: str = ""  # PageDoc.main_lines: the evidence of what the page said
    # findings dropped because the rule they defer to reports the same sentence (one claim,
    # one finding): not reported; the claims benchmark counts them as the claim found
    deferred: list[Finding] = field(default_factory=list)


class ContentEngine:
    """Loads the rule packs once; checks pages (thread-safe: no state is kept per page).

    Page-scoped rule types run on each page (check_page). Site-scoped ones contribute a fact
    per page, stored with the page, and decide once per run over every page of the run
    (check_site), carried-over pages included: an incremental run decides exactly as a full
    one."""

    def __init__(self, config: ContentSettings):
        self.config = config
        self.rules: list[Rule] = load_rules(config)
        self.version: str = rules_version(self.rules)
        self._page_rules = [r for r in self.rules if TYPES[r.type].scope == "page"]
        self._site_rules = [r for r in self.rules if TYPES[r.type].scope == "site"]
        self._defers = {r.id: set(r.defer_to) for r in self.rules if r.defer_to}

    def check_page(self, url: str, html: str, *, status: int | None = None) -> PageVerdict:
        doc = extract(url, html)
        topics = detect_topics(doc)
        ctx = PageContext(doc, set(topics), self.config.as_of)
        facts = self._facts(ctx, topics)
        if status is not None and status >= 400:
            # an error page is not the page's content
            return PageVerdict([], facts, topics, doc.main_lines)
        has_form = has_personal_form(doc)
        findings: list[Finding] = []
        for rule in self._page_rules:
            applicable = applies(rule.applies_to, ctx.topics, has_form)
            if not applicable and not TYPES[rule.type].reads_chrome:
                continue
            try:
                # The chrome is the site's, whatever this page is about.
                hits = TYPES[rule.type].check(rule, ctx) if applicable else []
                chrome = self._chrome_hits(rule, ctx)
            except RuleTimeout as exc:
                findings.append(self._timed_out(rule, url, exc, topics))
                continue
            findings.extend(self._finding(rule, url, doc, hit, topics) for hit in hits)
            own = {hit.sentence for hit in hits}
            facts["chrome_claims"] += [
                {"rule": rule.id, "sentence": hit.sentence,
                 "message": _fill(rule.message, {k: truncate(v) for k, v in hit.values.items()}),
                 "selector": css_selector(hit.el, doc.selectors),
                 "excerpt": truncate(hit.excerpt, 600) if hit.excerpt else None}
                for hit in chrome if hit.sentence and hit.sentence not in own]
        kept = _deferred(findings, self._defers)
        dropped = [f for f in findings if not any(f is k for k in kept)] if len(kept) < len(
            findings) else []
        return PageVerdict(kept, facts, topics, doc.main_lines, dropped)

    def _chrome_hits(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        """A claim rule of the main content, run on the page's chrome (sidebar, teasers,
        header, footer): what it finds is reported once per site (check_site)."""
        rule_type = TYPES[rule.type]
        if not rule_type.reads_chrome or rule.region != "main":
            return []
        return rule_type.check(replace(rule, region=CHROME), ctx)

    def check_site(self, pages: Mapping[str, dict] | PageFacts,
                   start_urls: list[str]) -> list[Finding]:
        """Site rules, once per run, from the facts check_page stored for every page: a
        mapping of URL to facts, or the run's store streaming them (PageFacts), so that
        memory holds what the rules keep about the pages, not the pages."""
        source = pages if not isinstance(pages, Mapping) else _InMemory(pages)
        findings: list[Finding] = []
        default_url = start_urls[0] if start_urls else next(
            (url for url, _ in source.by_url()), "")
        findings += self._chrome_findings(source)
        for rule in self._site_rules:
            rule_type = TYPES[rule.type]
            assert isinstance(rule_type, SiteRuleType)
            for hit in rule_type.check_site(rule, source):
                findings.append(Finding(
                    rule_id=rule.id, source="content", severity=rule.severity,
                    url=hit.url or default_url, message=_fill(rule.message, hit.values),
                    sentence=hit.sentence, help=rule.message, why=rule.why, fix=rule.fix,
                    rule_source=rule.source, help_url=rule.help_url, status=_status(rule),
                    extra={"pack": rule.pack, "type": rule.type, "site_level": True,
                           "source_url": rule.source_url}
                    | ({"pages": hit.pages} if hit.pages else {}) | hit.extra,
                ))
        return findings

    def _chrome_findings(self, pages: PageFacts) -> list[Finding]:
        """Each claim found in the site's chrome, once, with the pages it appears on (its
        first page's words, and the URLs of the others)."""
        by_claim: dict[tuple[str, str], tuple[dict, list[str]]] = {}
        for url, facts in pages.by_url():
            for claim in facts.get("chrome_claims") or []:
                key = (claim["rule"], " ".join(str(claim["sentence"]).lower().split()))
                by_claim.setdefault(key, (claim, []))[1].append(url)
        rules = {r.id: r for r in self.rules}
        findings = []
        for (rule_id, sentence), (claim, urls) in sorted(by_claim.items(),
                                                          key=lambda item: item[0]):
            rule = rules.get(rule_id)
            if rule is None or any((other, sentence) in by_claim
                                   for other in self._defers.get(rule_id, ())):
                continue  # unknown now, or reported by the rule it defers to
            findings.append(Finding(
                rule_id=rule.id, source="content", severity=rule.severity, url=urls[0],
                message=claim["message"], sentence=claim["sentence"],
                selector=claim.get("selector"), excerpt=claim.get("excerpt"),
                help=rule.message, why=rule.why,
                fix=rule.fix, rule_source=rule.source, help_url=rule.help_url,
                status=_status(rule),
                extra={"pack": rule.pack, "type": rule.type, "site_level": True,
                       "chrome": True, "pages": urls,
                       "source_url": rule.source_url},
            ))
        return findings

    def _facts(self, ctx: PageContext, topics: list[str]) -> dict[str, Any]:
        doc = ctx.doc
        site_rules = {}
        for rule in self._site_rules:
            rule_type = TYPES[rule.type]
            assert isinstance(rule_type, SiteRuleType)
            fact = rule_type.page_fact(rule, ctx)
            if fact is not None:
                site_rules[rule.id] = fact
        return {
            "url": doc.url,
            "title": doc.title or None,
            "h1": doc.h1s[:3],
            "topics": topics,
            "kind": page_kind(doc),
            "site_rules": site_rules,
            "chrome_claims": [],  # filled by check_page: claims in the page's chrome
            "links_to": sorted({normalize_link(link.href) for link in doc.links
                                if link.region in _LINK_REGIONS}),
            "main_source": doc.main_source,
            "wordpress_post": (post := wordpress_post_id(doc.tree)),  # None: no post, or not WP
            "wordpress_root": wordpress_root(doc.tree, doc.url) if post is not None else None,
        }

    def _finding(self, rule: Rule, url: str, doc: PageDoc, hit: Hit,
                 topics: list[str]) -> Finding:
        values = {k: truncate(v) for k, v in hit.values.items()}
        template = hit.extra.pop("message", None) or rule.message
        return Finding(
            rule_id=rule.id, source="content", severity=rule.severity, url=url,
            message=_fill(template, values), sentence=hit.sentence,
            selector=css_selector(hit.el if hit.el is not None else doc.body_el, doc.selectors),
            excerpt=truncate(hit.excerpt, 600) if hit.excerpt else None,
            help=rule.message, why=rule.why, fix=rule.fix, rule_source=rule.source,
            help_url=rule.help_url, status=_status(rule),
            extra={"pack": rule.pack, "type": rule.type, "topics": topics,
                   "source_url": rule.source_url} | hit.extra,
        )

    @staticmethod
    def _timed_out(rule: Rule, url: str, exc: RuleTimeout, topics: list[str]) -> Finding:
        """A rule whose pattern ran over its time budget failed on this page: say so, so a
        reviewer reads the page by hand, instead of hanging the audit or passing silently."""
        return Finding(
            rule_id=rule.id, source="content", severity=rule.severity, url=url,
            message=f"Rule {rule.id} could not be evaluated on this page: {exc}. "
                    "Review the page by hand, and fix the rule's pattern.",
            status="needs-review", help=rule.message, why=rule.why, fix=rule.fix,
            rule_source=rule.source, help_url=rule.help_url,
            extra={"pack": rule.pack, "type": rule.type, "topics": topics,
                   "rule_failed": "timeout"},
        )


class ContentEngineOnDemand:
    """An audit's content engine, compiled when a page first needs it (thread-safe), with the
    ContentEngine's interface. Compiling the shipped packs costs about 1 CPU-s (perf43): an audit
    that ends before its first page (a start URL answering 404, a host that cannot be
    reached) never pays it, and a browser audit pays it on the content thread while Chromium
    starts instead of before its crawl. What the user wrote is checked at once
    (checked_rules): a bad pack is still a ConfigError before any request."""

    def __init__(self, config: ContentSettings):
        self.config = config
        self.version: str = rules_version(checked_rules(config))
        self._engine: ContentEngine | None = None
        self._lock = threading.Lock()

    @property
    def engine(self) -> ContentEngine:
        with self._lock:
            if self._engine is None:
                self._engine = compiled_engine(self.config)
            return self._engine

    def check_page(self, url: str, html: str, *, status: int | None = None) -> PageVerdict:
        return self.engine.check_page(url, html, status=status)

    def check_site(self, pages: Mapping[str, dict] | PageFacts,
                   start_urls: list[str]) -> list[Finding]:
        return self.engine.check_site(pages, start_urls)


_ENGINES: dict[str, ContentEngine] = {}  # the last few compiled, most recent last
_ENGINES_LOCK = threading.Lock()
_ENGINES_KEPT = 4


def compiled_engine(config: ContentSettings) -> ContentEngine:
    """The engine for these settings, compiled once per process: a process that runs many
    audits (the pytest plugin's assert_clean on each URL, a script auditing several sites)
    does not compile the packs again each time (~0.3 CPU-s once the lexicons are loaded).
    Keyed by what an engine is a function of: the settings and the bytes of every pack, so
    an edited pack is compiled again. (The lexicons are read once per process, as always.)"""
    key = _engine_key(config)
    with _ENGINES_LOCK:
        engine = _ENGINES.pop(key, None) or ContentEngine(config)
        _ENGINES[key] = engine
        while len(_ENGINES) > _ENGINES_KEPT:
            del _ENGINES[next(iter(_ENGINES))]
        return engine


def _engine_key(config: ContentSettings) -> str:
    digest = hashlib.sha256(json.dumps(dataclasses.asdict(config), sort_keys=True,
                                       default=str).encode())
    for path in pack_files(config):
        try:
            digest.update(str(path).encode() + b"\0" + path.read_bytes())
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read rule pack: {exc}") from None
    return digest.hexdigest()


class _InMemory:
    """Facts held in a mapping (one page's check, a test), read as the store reads them."""

    def __init__(self, pages: Mapping[str, dict]):
        self.pages = pages

    def by_url(self) -> Iterator[tuple[str, dict[str, Any]]]:
        return ((url, facts) for url, facts in sorted(self.pages.items(), key=lambda i: i[0])
                if isinstance(facts, dict))


def _deferred(findings: list[Finding], defers: dict[str, set[str]]) -> list[Finding]:
    """One claim, one finding: a rule that defers to another drops its finding on a
    sentence the other already reports."""
    if not defers:
        return findings
    reported: dict[str, set[str]] = {}
    for finding in findings:
        if finding.sentence:
            reported.setdefault(finding.rule_id, set()).add(finding.sentence)
    return [f for f in findings if not (f.sentence and any(
        f.sentence in reported.get(other, ()) for other in defers.get(f.rule_id, ())))]


def _fill(template: str, values: dict[str, str]) -> str:
    """Placeholders {name} or <name> filled by plain substitution: page text is never a
    format string, and unknown names are left as they are."""
    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        return values.get(name, match.group(0))
    return tidy_punctuation(_PLACEHOLDER.sub(replace, template))


def _status(rule: Rule) -> str:
    """A judgement rule's findings are questions for the reviewer, not violations."""
    return "needs-review" if rule.verdict == "judgement" else "violation"
