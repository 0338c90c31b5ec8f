"""The content engine: rules in, findings out, page by page and once per site."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from checker.content.extract import PageDoc, css_selector, extract
from checker.content.forms import has_personal_form
from checker.content.rules import Rule, load_rules, rules_version
from checker.content.text import truncate
from checker.content.topics import applies, detect_topics, page_kind, page_title
from checker.content.types import TYPES, Hit, PageContext, SiteType
from checker.model import Finding
from checker.settings import ContentSettings

_PLACEHOLDER = re.compile(r"\{(\w+)\}|<(\w+)>")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b")
_LINK_REGIONS = ("footer", "nav", "header")


@dataclass
class PageVerdict:
    """What check_page says about one page."""

    findings: list[Finding]  # source="content"
    # JSON-serialisable facts the pipeline stores with the page and hands back to check_site
    # (so a page carried over from an earlier run still counts): url, title, h1, topics,
    # kind, site_rule_pages, is_accessibility_statement, has_report_contact, links_to.
    facts: dict[str, Any] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)


class ContentEngine:
    """Loads the rule packs once; checks pages (thread-safe: no state is kept per page)."""

    def __init__(self, config: ContentSettings):
        self.config = config
        self.rules: list[Rule] = load_rules(config)
        self.version: str = rules_version(self.rules)
        self._page_rules = [r for r in self.rules if r.type != "site"]
        self._site_rules = [r for r in self.rules if r.type == "site"]

    def check_page(self, url: str, html: str, *, status: int | None = None) -> PageVerdict:
        doc = extract(url, html)
        topics = detect_topics(doc)
        facts = self._facts(doc, topics)
        if status is not None and status >= 400:
            return PageVerdict([], facts, topics)  # an error page is not the page's content
        ctx = PageContext(doc, set(topics), self.config.as_of)
        has_form = has_personal_form(doc)
        findings: list[Finding] = []
        for rule in self._page_rules:
            if not applies(rule.applies_to, ctx.topics, has_form):
                continue
            for hit in TYPES[rule.type].check(rule, ctx):
                findings.append(self._finding(rule, url, doc, hit, topics))
        return PageVerdict(findings, facts, topics)

    def check_site(self, facts: dict[str, dict], start_urls: list[str]) -> list[Finding]:
        """Site rules, once per audit, from the facts check_page stored for every page."""
        findings: list[Finding] = []
        pages = {url: f for url, f in facts.items() if isinstance(f, dict)}
        if not pages:
            return findings  # nothing was audited: the run's errors say why, not this rule
        for rule in self._site_rules:
            if _site_satisfied(rule, pages):
                continue
            url = start_urls[0] if start_urls else next(iter(pages), "")
            findings.append(Finding(
                rule_id=rule.id, source="content", severity=rule.severity, url=url,
                message=_fill(rule.message, {}), help=rule.message, why=rule.why,
                fix=rule.fix, rule_source=rule.source, help_url=rule.help_url,
                extra={"pack": rule.pack, "type": rule.type, "pages_checked": len(pages)},
            ))
        return findings

    def _facts(self, doc: PageDoc, topics: list[str]) -> dict[str, Any]:
        title, h1s = page_title(doc), doc.h1s[:3]
        matches = [r.id for r in self._site_rules
                   if isinstance(TYPES[r.type], SiteType)
                   and TYPES[r.type].page_matches(r, title, h1s)]  # type: ignore[attr-defined]
        return {
            "url": doc.url,
            "title": doc.title or None,
            "h1": h1s,
            "topics": topics,
            "kind": page_kind(doc),
            "site_rule_pages": matches,
            "is_accessibility_statement": "accessibility-statement-present" in matches,
            # Only a statement page needs a contact; the search is not free on long pages.
            "has_report_contact": bool(matches) and _has_contact(doc),
            "links_to": sorted({normalize_link(link.href) for link in doc.links
                                if link.region in _LINK_REGIONS}),
            "main_source": doc.main_source,
        }

    def _finding(self, rule: Rule, url: str, doc: PageDoc, hit: Hit,
                 topics: list[str]) -> Finding:
        values = {k: truncate(v) for k, v in hit.values.items()}
        template = hit.extra.pop("message", None) or rule.message
        return Finding(
            rule_id=rule.id, source="content", severity=rule.severity, url=url,
            message=_fill(template, values), sentence=hit.sentence,
            selector=css_selector(hit.el if hit.el is not None else doc.body_el),
            excerpt=truncate(hit.excerpt, 600) if hit.excerpt else None,
            help=rule.message, why=rule.why, fix=rule.fix, rule_source=rule.source,
            help_url=rule.help_url, status="violation",
            extra={"pack": rule.pack, "type": rule.type, "topics": topics} | hit.extra,
        )


def _fill(template: str, values: dict[str, str]) -> str:
    """Placeholders {name} or <name> filled by plain substitution: page text is never a
    format string, and unknown names are left as they are."""
    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        return values.get(name, match.group(0))
    return _PLACEHOLDER.sub(replace, template)


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


@lru_cache(maxsize=8192)  # a site's menu and footer links recur on every page
def normalize_link(url: str) -> str:
    """Scheme/host lower-cased, fragment, query, trailing slash and index.html dropped."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    path = re.sub(r"/index\.html?$", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, "", ""))


def _site_satisfied(rule: Rule, pages: dict[str, dict]) -> bool:
    spec = rule.compiled
    candidates = [
        url for url, f in pages.items()
        if rule.id in (f.get("site_rule_pages") or [])
        and (not spec["contact"] or f.get("has_report_contact"))
    ]
    if not candidates:
        return False
    if not spec["linked"] or len(pages) == 1:
        return True  # a one-page audit: that page is the statement
    linked: set[str] = set()
    for f in pages.values():
        linked.update(f.get("links_to") or [])
    for url in candidates:
        own = pages[url].get("url") or url
        if normalize_link(url) in linked or normalize_link(own) in linked:
            return True
    return False
