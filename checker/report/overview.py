"""What the HTML report's overview and index tables are made of, gathered in one streamed
pass over the run's findings: per-page and per-rule tallies, WCAG criteria, and the change
since the previous run of the same site (new and fixed findings by fingerprint, a trend)."""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from checker.gate.defects import Defect, Defects
from checker.gate.status import finding_status, is_open, previous_run, violation_fingerprints
from checker.model import Finding, Page, Run
from checker.report.common import SEVERITIES, signoff_sentences
from checker.report.naming import Aliases, Naming, find_aliases
from checker.report.wcag_sc import criterion, sort_key, within_level
from checker.settings import AuditConfig
from checker.store.db import Store
from checker.store.history import signoff_status
from checker.words import generic_message

LIST_CAP = 200  # new/fixed lists show this many, then say how many more


@dataclass(slots=True)
class ListedPage:
    """What the overview keeps of each page for the index, the rules' rows and links: a
    run's pages are many, so the rest of each Page (render facts, hashes, headers) is read
    again from the store for the page's own file (checker.report.html_writer)."""

    url: str
    final_url: str | None
    status: int | None
    error: str | None
    title: str | None
    kind: str
    carried_over: bool
    referrer: str | None
    extra: dict[str, Any]  # linked_from and referrers (of a broken link) only

    @classmethod
    def of(cls, page: Page) -> ListedPage:
        extra = {k: v for k in ("linked_from", "referrers") if (v := page.extra.get(k))}
        return cls(page.url, page.final_url, page.status, page.error, page.title, page.kind,
                   page.carried_over, page.referrer, extra)

    @property
    def failed(self) -> bool:
        return Page.failed.fget(self)  # type: ignore[attr-defined, arg-type]


@dataclass(slots=True)
class PageInfo:
    page: ListedPage | Page  # a ListedPage in the overview; the full Page in its own file
    file: str | None = None  # pages/<hash>.html, relative to the report folder
    sev: Counter[str] = field(default_factory=Counter)
    # sets while the findings are counted; then tuples in the sets' order (smaller, and a
    # run has many pages)
    rules: set[str] | tuple[str, ...] = field(default_factory=set)
    sources: set[str] | tuple[str, ...] = field(default_factory=set)
    review: int = 0
    aliases: list[str] = field(default_factory=list)  # other URLs of the same document
    statuses: Counter[str] = field(default_factory=Counter)  # its findings by status

    @property
    def total(self) -> int:
        return sum(self.sev.values())

    @property
    def is_error(self) -> bool:
        return self.page.failed


@dataclass
class RuleInfo:
    id: str
    source: str
    severity: str
    message: str
    help: str | None
    why: str | None
    fix: str | None
    rule_source: str | None
    help_url: str | None
    wcag: list[str]
    level: str | None
    source_url: str | None = None
    sources_checked: str | None = None  # the rule pack's date its sources were checked
    judgement: bool = False  # a content rule whose findings are for the reviewer to judge
    file: str = ""
    pages: int = 0  # pages with an open finding of the rule
    # such URLs that are no page of the run (site-level findings); the run's pages are
    # counted as their own rule sets are filled (PageInfo.rules), not held here again
    other_urls: set[str] = field(default_factory=set)
    findings: int = 0  # open findings: waived and baselined ones do not lead
    review: int = 0
    set_aside: int = 0  # waived or baselined


@dataclass
class Change:
    new: list[Finding] = field(default_factory=list)
    fixed: list[Finding] = field(default_factory=list)
    new_total: int = 0
    fixed_total: int = 0


@dataclass
class Overview:
    run: Run
    pages: list[PageInfo]  # one per document: a page's aliases are listed with it
    by_url: dict[str, PageInfo]
    rules: dict[str, RuleInfo]
    by_sev_src: Counter[tuple[str, str]]
    criteria: list[dict[str, Any]]
    review: int
    orphans: list[Finding]  # findings whose URL is no page of the run (site-level)
    previous: Run | None = None
    change: Change | None = None
    trend: list[dict[str, Any]] = field(default_factory=list)
    naming: Naming = field(default_factory=Naming)
    every_url: list[PageInfo] = field(default_factory=list)  # aliases included
    defects: list[Defect] = field(default_factory=list)  # open findings, fix-first order
    statuses: Counter[str] = field(default_factory=Counter)  # every finding by status
    previous_fps: set[str] = field(default_factory=set)  # the previous run's violations
    signoff: list[str] = field(default_factory=list)  # sign-off status, in words

    @property
    def verdict(self) -> dict[str, Any] | None:
        """The gate's verdict as the CLI printed it (kept with the run), if it was gated."""
        return self.run.options.get("verdict")

    def status_of(self, finding: Finding) -> str:
        return finding_status(finding, self.previous_fps)

    def count(self, sev: str | None = None, src: str | None = None) -> int:
        return sum(n for (s, o), n in self.by_sev_src.items()
                   if (sev is None or s == sev) and (src is None or o == src))

    @property
    def errors(self) -> list[PageInfo]:
        return [p for p in self.every_url if p.is_error]

    @property
    def audited(self) -> list[PageInfo]:
        """Every audited URL, aliases included: the count the CLI and JUnit give."""
        return [p for p in self.every_url if p.page.kind == "page" and not p.is_error]

    def top_rules(self, n: int = 10) -> list[RuleInfo]:
        ranked = [r for r in self.rules.values() if r.findings]
        return sorted(ranked, key=lambda r: (-r.pages, -r.findings, r.id))[:n]

    def top_pages(self, n: int = 10) -> list[PageInfo]:
        return sorted((p for p in self.audited if p.total),
                      key=lambda p: (-_weight(p), p.page.url))[:n]


_WEIGHTS = {"critical": 8, "serious": 4, "moderate": 2, "minor": 1}


def _weight(info: PageInfo) -> int:
    """One critical problem outweighs several minor ones."""
    return sum(_WEIGHTS[s] * n for s, n in info.sev.items())


def page_file(url: str) -> str:
    """Stable across runs, so a bookmark to a page's report survives the next audit."""
    return "pages/" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16] + ".html"


def rule_file(rule_id: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]", "_", rule_id)[:80] or "rule"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name.lower())
    return f"rules/{name}.html"


def gather(store: Store, run_id: str, run: Run, trend_runs: int = 10) -> Overview:
    aliases = find_aliases(store.iter_pages(run_id))
    infos = [PageInfo(listed(p, aliases), page_file(p.url) if p.kind == "page" else None,
                      aliases=aliases.of(p.url))
             for p in store.iter_pages(run_id)]
    by_url = {i.page.url: i for i in infos}
    previous = previous_run(store, run)
    old_fps = violation_fingerprints(store, previous.id) if previous else set()
    change = Change() if previous else None
    defects, statuses = Defects(), Counter[str]()
    rules: dict[str, RuleInfo] = {}
    by_sev_src: Counter[tuple[str, str]] = Counter()
    sc_findings: Counter[str] = Counter()
    sc_pages: dict[str, set[str]] = {}
    review, orphans, taken = 0, [], set()
    for f in store.iter_findings(run_id):
        rule = rules.get(f.rule_id) or rules.setdefault(f.rule_id, _rule_info(f, taken))
        info = by_url.get(f.url)
        # what is kept per finding names the page's and the rule's own strings (one copy
        # each, not one per finding)
        url = info.page.url if info else f.url
        if info is None:
            orphans.append(f)
        status = finding_status(f, old_fps)
        statuses[status] += 1
        if info:
            info.statuses[status] += 1
        if f.status != "violation":
            review += 1
            rule.review += 1
            if info:
                info.review += 1
            continue
        fp = f.fingerprint
        if change is not None and fp not in old_fps:
            change.new_total += 1
            if len(change.new) < LIST_CAP:
                change.new.append(f)
        if not is_open(status):  # waived or baselined: reachable, but leads nothing
            rule.set_aside += 1
            continue
        defects.add(f, status)
        sev = f.severity.value
        if f.severity.rank > _rank(rule.severity):
            rule.severity = sev
        rule.findings += 1
        by_sev_src[(sev, f.source)] += 1
        if info:
            info.sev[sev] += 1
            rule.pages += rule.id not in info.rules
            info.rules.add(rule.id)  # type: ignore[union-attr]
            info.sources.add(sys.intern(f.source))  # type: ignore[union-attr]
        elif url not in rule.other_urls:
            rule.other_urls.add(url)
            rule.pages += 1
        for sc in f.wcag:
            sc_findings[sc] += 1
            sc_pages.setdefault(sc, set()).add(url)
    if change is not None and previous is not None:
        _fixed(store, previous.id, run_id, change)
    for info in infos:
        # sorted: a set's order changes with PYTHONHASHSEED, and the report's bytes must not
        info.rules, info.sources = tuple(sorted(info.rules)), tuple(sorted(info.sources))
    infos.sort(key=lambda i: (not i.is_error, i.page.kind != "page", -i.total, i.page.url))
    shown = [i for i in infos if not aliases.is_alias(i.page.url)]
    for info in infos:  # an alias's links lead to its document's page
        info.file = by_url[aliases.primary[info.page.url]].file if aliases.is_alias(
            info.page.url) else info.file
    audited_level = run.options.get("level")
    criteria = [criterion(sc) | {"findings": sc_findings[sc], "pages": len(sc_pages[sc])}
                for sc in sorted(sc_findings, key=sort_key) if within_level(sc, audited_level)]
    return Overview(
        run=run, pages=shown, every_url=infos, naming=Naming.of(run), by_url=by_url,
        rules=rules, by_sev_src=by_sev_src,
        criteria=criteria, review=review, orphans=orphans, previous=previous, change=change,
        trend=trend(store, run, trend_runs) if previous else [],
        defects=defects.ordered(), statuses=statuses, previous_fps=old_fps,
        signoff=signoff_sentences(signoff_status(store, run)),
    )


def listed(page: Page, aliases: Aliases) -> ListedPage:
    """The page as the overview lists it; a broken link's referrers (the crawl's) name a
    page with two names once."""
    if page.extra.get("linked_from"):
        page.extra["referrers"] = sorted({aliases.primary.get(u, u)
                                          for u in page.extra["linked_from"]})
    return ListedPage.of(page)


def full_page(store: Store, run_id: str, info: PageInfo) -> Page:
    """The stored Page of a listed one, with what the overview made of it (referrers)."""
    page = store.get_page(run_id, info.page.url)
    if page is None:
        raise LookupError(f"page {info.page.url} is not in run {run_id}")
    page.extra.update(info.page.extra)
    return page


def _rank(sev: str) -> int:
    return len(SEVERITIES) - SEVERITIES.index(sev)


def _rule_info(f: Finding, taken: set[str]) -> RuleInfo:
    return RuleInfo(
        id=f.rule_id, source=f.source, severity=f.severity.value, message=f.message,
        help=f.help, why=f.why, fix=f.fix, rule_source=f.rule_source, help_url=f.help_url,
        wcag=list(f.wcag), level=f.level, source_url=f.extra.get("source_url"),
        judgement=f.source == "content" and f.status == "needs-review",
        file=rule_file(f.rule_id, taken),
    )


def _fixed(store: Store, previous_id: str, run_id: str, change: Change) -> None:
    """The previous run's violations whose fingerprint no violation of this run has, once
    each (the store compares the fingerprints: the run's are never all held here)."""
    seen: set[str] = set()
    for f in store.iter_fixed_findings(previous_id, run_id):
        fp = f.fingerprint
        if fp in seen:
            continue
        seen.add(fp)
        change.fixed_total += 1
        if len(change.fixed) < LIST_CAP:
            change.fixed.append(f)


def trend(store: Store, run: Run, limit: int) -> list[dict[str, Any]]:
    """Violations by severity over the last `limit` finished runs of the site, oldest
    first, ending with this run."""
    runs = [r for r in store.runs(run.site)
            if r.id == run.id or (r.status == "finished" and r.started <= run.started)]
    points = []
    for r in reversed(runs[:limit]):
        counts = store.counts(r.id)
        # Open findings as the run's gate counted them; a run never gated: its violations.
        gated = ((r.options.get("verdict") or {}).get("statuses") or {}).get("open_by_severity")
        by_sev = gated if isinstance(gated, dict) else counts["by_severity"]
        sev = {s: int(by_sev.get(s, 0)) for s in SEVERITIES}
        points.append({"id": r.id, "started": r.started, "pages": counts["pages"],
                       "by_severity": sev, "total": sum(sev.values()),
                       "current": r.id == run.id})
    return points


def apply_rule_metadata(ov: Overview, config: AuditConfig) -> None:
    """A content rule's own words for "what it checks": its message in a generic form (a
    finding's message quotes its sentence, the rule's template has only placeholders) and
    its description. Rules that no longer load (a pack removed since the run) keep what
    their findings carried."""
    try:
        from checker.content import rule_metadata

        rules = {rule.id: rule for rule in rule_metadata(config.content)}
    except Exception:  # noqa: BLE001 - the report must not fail over a rule pack
        rules = {}
    for info in ov.rules.values():
        rule = rules.get(info.id)
        if info.source != "content":
            continue
        if rule is None:
            info.message = generic_message(info.help or info.message)
            info.help = None
            continue
        params = {k: str(v) for k, v in rule.params.items() if isinstance(v, int | str)}
        info.message = generic_message(rule.message, params)
        info.help = rule.description
        info.why = info.why or rule.why
        info.fix = info.fix or rule.fix
        info.rule_source = info.rule_source or rule.source
        info.help_url = info.help_url or rule.help_url
        info.source_url = info.source_url or rule.source_url
        info.sources_checked = rule.sources_checked
        info.judgement = rule.verdict == "judgement"
