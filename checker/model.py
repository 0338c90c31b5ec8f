"""The one vocabulary every stage speaks: Severity, Page, Finding, Run.

Stages exchange these objects and nothing else: the crawl makes Pages, the WCAG and content
stages make Findings, the store persists both under a Run, the gate and the reports read them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Container
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Literal, get_args
from urllib.parse import urlsplit, urlunsplit

Source = Literal["wcag", "content"]
SOURCES: tuple[str, ...] = get_args(Source)  # where a finding comes from, in report order
Status = Literal["violation", "needs-review"]


class Severity(StrEnum):
    """axe-core's impact scale, shared by content rules. Higher rank is worse."""

    CRITICAL = "critical"
    SERIOUS = "serious"
    MODERATE = "moderate"
    MINOR = "minor"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str | Severity | None, default: Severity | None = None) -> Severity:
        """Severity from a string; axe's null impact (needs-review results) maps to `default`."""
        if value is None or value == "":
            if default is None:
                raise ValueError("missing severity")
            return default
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            choices = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (choose one of: {choices})") from None

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


class PageFailure(StrEnum):
    """Why a page could not be audited, for the reasons that are not plain HTTP or load
    errors (stored as Page.extra["failure"]; the message is Page.error). Control flow tests a
    member, never the message's words; a new reason is a new member."""

    BLOCKED = "blocked"  # the page or what it read came from an address the audit may not use
    BROWSER_MISMATCH = "browser-mismatch"  # the browser was answered otherwise than the crawler
    AUTH_LOST = "auth-lost"  # the browser got a login form where the crawler got content
    ENGINE_TAMPERED = "engine-tampered"  # the page interfered with a checking engine
    FRAME_FAILED = "frame-failed"  # a frame of the page could not be loaded or audited
    KEPT_NAVIGATING = "kept-navigating"  # the page replaced its document after every load
    # the login failed, the page is its form, or a named URL was redirected to one
    NOT_LOGGED_IN = "not-logged-in"
    CONTENT_FAILED = "content-failed"  # the content rules failed on the page (or their process)


_RANK = {
    Severity.CRITICAL: 4,
    Severity.SERIOUS: 3,
    Severity.MODERATE: 2,
    Severity.MINOR: 1,
}


def normalize_url_for_fingerprint(url: str) -> str:
    """Scheme and host lower-cased, fragment and default port dropped (any port on loopback),
    trailing slash kept."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    # A loopback origin is a local build or dev server whose port changes between runs: the
    # port is not part of the page's identity there.
    loopback = host in ("localhost", "::1") or host.startswith("127.")
    if port and not loopback and not (
        (parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))


_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Whitespace collapsed, case folded, typographic quotes straightened: stable across edits
    that do not change the words."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return _SPACE.sub(" ", text).strip().casefold()


def fingerprint(rule_id: str, url: str, locator: str) -> str:
    """Stable identity of a finding across runs: rule, normalized URL, selector or sentence."""
    key = "\x1f".join((rule_id, normalize_url_for_fingerprint(url), normalize_text(locator)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def is_fixed(fingerprint: str, url: str, now: Container[str], rechecked: Container[str]
             ) -> bool:
    """Whether an earlier run's finding (its fingerprint, on the page `url`) is fixed in a
    run whose findings' fingerprints are `now` and that looked again at the pages `rechecked`
    (Store.rechecked_urls): gone from a page the run audited, or with the page itself gone.
    A page that could not be audited this time, or was not reached, fixes nothing."""
    return fingerprint not in now and normalize_url_for_fingerprint(url) in rechecked


# The longest text kept per field, in characters: a page with a 1 MB title must not make a
# 37 MB report. Applied when the store saves (Store.save_page, add_findings); what is cut
# ends in a visible marker that says how long the original was.
FIELD_CAPS: dict[str, int] = {
    "title": 1_000,
    "final_url": 4_096,
    "error": 2_000,
    "selector": 2_000,
    "sentence": 2_000,
    "excerpt": 4_000,
    "summary": 4_000,
    "message": 4_000,
    "main_text": 200_000,  # a page's main text kept as evidence (Evidence.main_text)
}
_MARKER_ROOM = 48  # room for the marker, so a capped value is never capped again


def cap_text(value: str | None, limit: int) -> str | None:
    """`value` if it fits in `limit` characters, else its start and "… [truncated, N
    characters]" in `limit` characters. Capping a capped value changes nothing."""
    if value is None or len(value) <= limit:
        return value
    return value[: max(0, limit - _MARKER_ROOM)] + f"… [truncated, {len(value):,} characters]"


# Findings kept per rule, status and page, in the order found (document order: the same ones
# every run); the last kept one counts the rest (Finding.extra["not_listed"]). A page can repeat
# one barrier 50,000 times: a 324 KB page of 5,000 flagged sentences made 23 MB of reports.
FINDINGS_PER_RULE = 100


def cap_per_rule(findings: list[Finding]) -> list[Finding]:
    """At most FINDINGS_PER_RULE findings of each (rule, status) on one page; the last kept
    one says how many more there are. Capping a capped list changes nothing."""
    kept: list[Finding] = []
    counts: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        key = (finding.rule_id, finding.status)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] <= FINDINGS_PER_RULE:
            kept.append(finding)
            last[key] = finding
    for key, total in counts.items():
        if total > FINDINGS_PER_RULE:
            last[key].extra["not_listed"] = total - FINDINGS_PER_RULE
    return kept


def capped[T: (Page, Finding, Evidence)](item: T) -> T:
    """A copy of a Page, Finding or Evidence with every field of FIELD_CAPS capped."""
    changes = {name: cap_text(value, limit) for name, limit in FIELD_CAPS.items()
               if isinstance(value := getattr(item, name, None), str) and len(value) > limit}
    return dataclasses.replace(item, **changes) if changes else item


@dataclass
class Finding:
    """One problem on one page: an axe violation on an element, or a content-rule hit."""

    rule_id: str
    source: Source
    severity: Severity
    url: str
    message: str
    status: Status = "violation"
    wcag: list[str] = field(default_factory=list)  # success criteria, e.g. ["1.1.1"]
    level: str | None = None  # "A", "AA", "AAA" for WCAG findings
    selector: str | None = None  # CSS selector of the element
    sentence: str | None = None  # the offending sentence (content rules)
    excerpt: str | None = None  # element HTML or the paragraph the sentence sits in
    help_url: str | None = None
    help: str | None = None  # axe's one-line help, or the rule's message template
    why: str | None = None
    fix: str | None = None
    rule_source: str | None = None  # the regulation or guidance a content rule rests on
    summary: str | None = None  # axe's failure summary
    bbox: dict[str, float] | None = None  # element box on the page screenshot
    carried_over: bool = False  # reused from an earlier run because the page was unchanged
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.severity = Severity.parse(self.severity)

    @property
    def locator(self) -> str:
        """What pins the finding on its page: the sentence for a content claim, else the
        element's selector, else nothing (a page-level finding such as a missing section)."""
        return self.sentence or self.selector or ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.rule_id, self.url, self.locator)

    @property
    def engine_rules(self) -> list[str]:
        """The rule ids of every WCAG engine that found this barrier, its own first (engines
        that agree on an element and criterion make one finding: browser/engines/merge.py)."""
        members = self.extra.get("engines")
        return [m["rule_id"] for m in members] if members else [self.rule_id]

    @property
    def edit_url(self) -> str | None:
        """Where web staff edit the page this finding is on (a WordPress page's editor,
        set by checker.audit.link_to_editor), or None."""
        link = self.extra.get("edit_url")
        return link if isinstance(link, str) else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        data["fingerprint"] = self.fingerprint
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Page:
    """One URL the audit reached, whether or not it could be audited."""

    url: str
    final_url: str | None = None
    status: int | None = None  # HTTP status of the final response
    error: str | None = None  # why the page could not be audited; None when it was
    title: str | None = None
    content_type: str | None = None
    body_hash: str | None = None
    depth: int = 0
    referrer: str | None = None
    canonical: str | None = None
    rendered: bool = False  # went through the browser stage
    carried_over: bool = False  # findings reused from an earlier run
    findings_count: int = 0
    kind: str = "page"  # "page", or "document" for PDFs and other linked files
    screenshot: str | None = None  # path relative to the report folder
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def audited(self) -> bool:
        return self.error is None and self.kind == "page"

    @property
    def failed(self) -> bool:
        """An HTML page that could not be audited. Broken links and documents are listed
        apart: they were never going to be audited."""
        return self.error is not None and self.kind == "page"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Page:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Run:
    """One audit: when, with what tool and options, and over which site."""

    id: str
    site: str
    started: str
    finished: str | None = None
    tool_version: str = ""
    axe_version: str | None = None
    as_of: str | None = None  # the date freshness rules measure against
    options: dict[str, Any] = field(default_factory=dict)
    status: str = "running"  # running, finished, interrupted

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    """What one run saw of one audited page: when, the HTTP answer, and the main text it
    read (checker/store/db.py keeps it; a later run never overwrites it)."""

    url: str
    captured_at: str  # when this run fetched the body the text stands for (UTC, ISO 8601)
    status: int | None
    final_url: str | None
    body_hash: str | None  # sha256 of the served body (checker/crawl/transport.py)
    text_hash: str  # sha256 of the whole main text, before any cap
    main_text: str  # the main content, one block (paragraph, list item, heading) a line
    read_at: str | None = None  # when the text was read from a render; an unchanged page
    # carried over from an earlier run keeps that run's reading
    run_id: str | None = None  # set when read back from the store

    @classmethod
    def of(cls, page: Page, main_text: str, captured_at: str,
           read_at: str | None = None) -> Evidence:
        return cls(url=page.url, captured_at=captured_at, status=page.status,
                   final_url=page.final_url, body_hash=page.body_hash,
                   text_hash=text_hash(main_text), main_text=main_text,
                   read_at=read_at or captured_at)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class SignOff:
    """A reviewer's record that they reviewed a run (`clinic-checker signoff`)."""

    run_id: str
    site: str
    run_started: str
    signed_by: str
    signed_at: str  # UTC, ISO 8601
    note: str | None
    open_findings: int  # open (new and known) findings of the run when it was signed off
    counts: dict[str, Any] = field(default_factory=dict)  # the run's statuses then
