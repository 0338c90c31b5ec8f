"""The people's report: index.html (overview and every page), rules.html (by rule), one file
per page (pages/) and per rule (rules/), rendered with Jinja2 from reports/templates.

Per-page and per-rule files keep each file small, so a 2,000-page run opens fast. Everything
from a crawled page is hostile: autoescape is on for every template, only http(s) URLs
become links, and each file carries a Content-Security-Policy that allows no network request
and no script but the report's own (by its hash).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import heapq
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from checker.gate.review import (
    REQUIRED,
    VERDICT_LABELS,
    VERDICTS,
    awaiting,
    review_words,
    subject_hash,
)
from checker.gate.review_file import FORMAT, VERSION
from checker.gate.status import BASELINED, LABELS, REVIEWED, WAIVED, is_open
from checker.model import FINDINGS_PER_RULE, Finding, Page
from checker.report.common import (
    SEVERITIES,
    finding_sort_key,
    require_run,
    safe_href,
)
from checker.report.naming import Naming, text_fragment_url
from checker.report.overview import (
    ListedPage,
    Overview,
    PageInfo,
    RuleInfo,
    apply_rule_metadata,
    full_page,
    gather,
)
from checker.report.screenshot import screenshot_view
from checker.report.site_index import write_site_index
from checker.report.wcag_sc import criterion
from checker.resources import reports_dir
from checker.settings import ENGINE_TITLES, AuditConfig
from checker.store.db import Store
from checker.words import generic_message, has_placeholder, plural

CLIP = 4000  # characters of an excerpt shown in HTML (results.json keeps it whole)
REVIEW_LISTED = 2000  # findings in review.html (awaiting a verdict first); the CLI has all


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(reports_dir() / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        severities=SEVERITIES, criterion=criterion, safe_href=safe_href, clip=clip,
        highlight=highlight, source_html=source_html, rule_source_html=rule_source_html,
        severity_rank=lambda s: SEVERITIES[::-1].index(s) + 1, plural=plural,
        noun=noun, url_text=url_text, reader_text=reader_text, status_labels=LABELS,
        engine_titles=ENGINE_TITLES, review_words=review_words, is_open=is_open,
        reviewed_statuses=REVIEWED,
    )
    return env


def script() -> str:
    return (reports_dir() / "static" / "report.js").read_text(encoding="utf-8")


def csp(script_text: str) -> str:
    """No network, no plugins, no inline handlers: only our script (by hash) runs."""
    digest = base64.b64encode(hashlib.sha256(script_text.encode("utf-8")).digest()).decode()
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'self'; "
            "img-src 'self'; base-uri 'none'; form-action 'none'")


def noun(count: int, word: str) -> str:
    """The noun of a tile under its big number: "1 page", "2 pages" without the number."""
    return plural(count, word).split(" ", 1)[1]


def url_text(url: str | None, naming: Naming | None = None) -> Markup:
    """A page's address as people name it (a folder audit's file path), escaped, with a
    break opportunity after each / ? & = so that it wraps at path boundaries on a phone."""
    if not url:
        return Markup("")
    text = naming.display(url) if naming else url
    return Markup("<wbr>").join(escape(part) for part in re.split(r"(?<=[/?&=])", text))


def referrers(page: Page) -> list[str]:
    """The pages that link to a broken link or document: what the crawl recorded."""
    found = (page.extra.get("referrers") or page.extra.get("linked_from")
             or ([page.referrer] if page.referrer else []))
    return [str(r) for r in found][:20]


def reader_text(message: str | None) -> str:
    """A finding's message as a reader sees it: a placeholder its rule left unfilled reads
    in the rule's generic words, never as `{condition}`."""
    if not message:
        return ""
    return generic_message(message) if has_placeholder(message) else message


@functools.lru_cache(maxsize=4096)
def _sources(source: str, wcag: tuple[str, ...], level: str | None, rule_source: str | None,
             source_url: str | None, help_url: str | None) -> Markup:
    """The "Source" cell of a finding: WCAG criteria linked to W3C's Understanding pages, or
    the regulation a content rule rests on, and the rule's documentation. Cached: thousands
    of findings share a handful of rules."""
    parts = []
    for sc in sorted(wcag):
        c = criterion(sc)
        name = f"WCAG {c['sc']} {c['title']}" if c["title"] else f"WCAG {sc}"
        text = Markup('<a href="{}">{}</a>').format(c["url"], name) if c["url"] else escape(name)
        lvl = c["level"] or level
        parts.append(text + (f" (Level {lvl})" if lvl else ""))
    if rule_source:
        href = safe_href(source_url)
        parts.append(Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(
            href, rule_source) if href else escape(rule_source))
    if not parts:
        parts.append(Markup("axe-core best practice" if source == "wcag" else "—"))
    html = Markup("; ").join(parts)
    href = safe_href(help_url)
    if href:
        html += Markup(' · <a href="{}" rel="noopener noreferrer">rule documentation</a>'
                       ).format(href)
    return html


def source_html(f: Finding) -> Markup:
    return _sources(f.source, tuple(f.wcag), f.level, f.rule_source,
                    f.extra.get("source_url"), f.help_url)


def rule_source_html(rule: RuleInfo) -> Markup:
    return _sources(rule.source, tuple(rule.wcag), rule.level, rule.rule_source,
                    rule.source_url, rule.help_url)


def clip(text: str | None, limit: int = CLIP) -> str:
    if not text:
        return ""
    return text if len(text) <= limit else text[:limit] + " […]"


def highlight(finding: Finding) -> tuple[str, str, str] | None:
    """(before, sentence, after) of the sentence within its paragraph, or None when the
    paragraph does not contain it. Whitespace and case may differ: the sentence is the
    rule's normalized text, the paragraph the page's own."""
    sentence, excerpt = finding.sentence, finding.excerpt
    if not sentence or not excerpt:
        return None
    start = excerpt.find(sentence)
    end = start + len(sentence)
    if start < 0:
        words = sentence.split()[:200]
        found = re.search(r"\s+".join(map(re.escape, words)), excerpt, re.IGNORECASE)
        if not words or found is None:
            return None
        start, end = found.span()
    before, after = excerpt[:start], excerpt[end:]
    if len(before) > CLIP // 2:
        before = "[…] " + before[-CLIP // 2:]
    return before, excerpt[start:end], clip(after, CLIP // 2)


def write_html(config: AuditConfig, store: Store, run_id: str, path: Path) -> Path:
    """Write the report folder around `path` (index.html); return `path`."""
    out = path.parent
    run = require_run(store, run_id)
    ov = gather(store, run_id, run)
    apply_rule_metadata(ov, config)
    writer = _Writer(config, store, run_id, out, ov)
    writer.clean()
    writer.assets()
    listed = writer.review_entries()
    writer.anchored = {fingerprint for _, _, fingerprint in listed.rows}
    with _RuleRows() as rule_rows:
        writer.pages(rule_rows)
        writer.rules(rule_rows)
    writer.review(listed)
    writer.render("index.html.j2", path, section="overview", root="",
                  rule_ids=sorted(ov.rules), review_href=review_href(""))
    write_site_index(store, run, out, writer.render)
    return path


def write_print_html(config: AuditConfig, store: Store, run_id: str, path: Path) -> Path:
    """One file with the overview and every page's findings, for printing to PDF."""
    run = require_run(store, run_id)
    ov = gather(store, run_id, run)
    apply_rule_metadata(ov, config)
    writer = _Writer(config, store, run_id, path.parent, ov)
    writer.assets()
    stream = (writer.print_page(info) for info in ov.pages if info.page.kind == "page")
    writer.render("print.html.j2", path, section="overview", root="", page_stream=stream)
    return path


class _Writer:
    def __init__(self, config: AuditConfig, store: Store, run_id: str, out: Path,
                 ov: Overview):
        self.config, self.store, self.run_id, self.out, self.ov = config, store, run_id, out, ov
        self.env = environment()
        naming = ov.naming
        self.env.globals.update(
            url_text=functools.partial(url_text, naming=naming), name=naming.display,
            page_href=lambda url: None if naming.is_local(url) else safe_href(url),
            live_link=lambda f: None if naming.is_local(f.url) or not f.sentence
            or not safe_href(f.url) else text_fragment_url(f.url, f.sentence),
            referrers=referrers,
        )
        self.script = script()
        self.rule_files = {r.id: r.file for r in ov.rules.values()}
        self.anchors: dict[str, str] = {}  # fingerprint -> its finding in a page file
        self.anchored: set[str] = set()  # the fingerprints review.html links (anchors)
        no_browser = config.no_browser or bool(ov.run.options.get("no_browser"))
        self.base: dict[str, Any] = {
            "run": ov.run, "ov": ov, "csp": csp(self.script), "script": self.script,
            "no_browser": no_browser, "rule_files": self.rule_files,
            "findings_per_rule": FINDINGS_PER_RULE,
            "trend_chart": trend_chart(ov.trend) if len(ov.trend) > 1 else None,
        }

    def render(self, template: str, path: Path, **context: Any) -> None:
        """Streamed to disk: a template's output is never held whole."""
        path.parent.mkdir(parents=True, exist_ok=True)
        stream = self.env.get_template(template).generate(**(self.base | context))
        with path.open("w", encoding="utf-8") as out:
            for chunk in stream:
                out.write(chunk)

    def assets(self) -> None:
        folder = self.out / "assets"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(reports_dir() / "static" / "report.css", folder / "report.css")

    def review_entries(self) -> _ReviewList:
        """What review.html lists: every finding (one per fingerprint) with verdict
        controls, those awaiting a verdict first; the first REVIEW_LISTED of them (by their
        row in the store: they are read again to be written) and counts of all of them."""
        listed = _ReviewList()
        keyed = ((listed.count(f, row_id)) for row_id, f in
                 self.store.iter_first_finding_rows(self.run_id))
        listed.rows = heapq.nsmallest(REVIEW_LISTED, keyed, key=lambda row: row[0])
        return listed

    def review(self, listed: _ReviewList) -> None:
        """review.html; its script downloads the verdicts file."""
        def entries() -> Iterator[dict[str, Any]]:
            for _, row_id, _ in listed.rows:
                f = self.store.finding(row_id)
                mark = f.extra.get("review")
                yield {"finding": f, "status": self.ov.status_of(f), "subject": subject_hash(f),
                       "words": review_words(mark), "waiting": awaiting(mark),
                       "href": self.anchors.get(f.fingerprint)}
        verdicts = [{"name": v, "label": VERDICT_LABELS[v], "requires": " ".join(REQUIRED[v])}
                    for v in VERDICTS]
        self.render("review.html.j2", self.out / "review.html", section="review", root="",
                    listed=bool(listed.rows), entries=entries(),
                    more=max(0, listed.total - REVIEW_LISTED),
                    waiting=listed.waiting, verdicts=verdicts,
                    verdict_format=FORMAT, verdict_version=VERSION,
                    rule_ids=sorted(listed.rule_ids))

    def clean(self) -> None:
        """Drop the page and rule files of an earlier render into the same folder."""
        for sub in ("pages", "rules"):
            for stale in (self.out / sub).glob("*.html"):
                stale.unlink()

    def print_page(self, info: PageInfo) -> tuple[PageInfo, list[dict[str, Any]], Any]:
        """A page for the PDF: its findings numbered as on its screenshot, each with its
        status (waived and baselined ones are only counted there), and the screenshot."""
        info = replace(info, page=full_page(self.store, self.run_id, info))
        findings = self.findings_of(info.page)
        items = []
        for n, f in enumerate(findings, 1):
            status = self.ov.status_of(f)
            items.append({"finding": f, "n": n, "status": status,
                          "set_aside": status in (WAIVED, BASELINED)})
        shot = screenshot_view(self.out, info.page,
                               [f if not i["set_aside"] else _unboxed(f)
                                for f, i in zip(findings, items, strict=True)])
        return info, items, shot

    def findings_of(self, page: Page | ListedPage) -> list[Finding]:
        return sorted(self.store.iter_findings(self.run_id, page.url), key=finding_sort_key)

    def pages(self, rows: _RuleRows) -> None:
        """One file per page; each finding's light row goes to its rule's list (`rows`)."""
        for info in self.ov.pages:
            if info.file is None:
                continue
            findings = self.findings_of(info.page)
            for n, f in enumerate(findings, 1):
                if f.fingerprint in self.anchored:
                    self.anchors.setdefault(f.fingerprint, f"{info.file}#f{n}")
                rows.add(f.rule_id, _rule_row(f, info, n, self.ov.status_of(f)))
            self._page(info, findings)
        for f in self.ov.orphans:
            rows.add(f.rule_id, _rule_row(f, None, 0, self.ov.status_of(f)))

    def _page(self, info: PageInfo, findings: list[Finding]) -> None:
        counts: dict[str, int] = {s: info.sev.get(s, 0) for s in SEVERITIES}
        counts |= {"total": info.total, "review": info.review,
                   "open": sum(n for s, n in info.statuses.items() if is_open(s))}
        assert info.file is not None
        page = full_page(self.store, self.run_id, info)
        self.render(
            "page.html.j2", self.out / info.file, section="page", root="../",
            page=page, findings=findings, counts=counts,
            aliases=info.aliases,
            page_rules=sorted({f.rule_id for f in findings}),
            shot=screenshot_view(self.out, page, findings, prefix="../"),
            review_href=review_href("../"),
        )

    def rules(self, rows: _RuleRows) -> None:
        rules = sorted(self.ov.rules.values(),
                       key=lambda r: (-r.pages, -r.findings, r.id))
        self.render("rules.html.j2", self.out / "rules.html", section="rules", root="",
                    rules=rules)
        for rule in rules:
            self.render("rule.html.j2", self.out / rule.file, section="rules", root="../",
                        rule=rule, rows=rows.of(rule.id))


class _RuleRows:
    """Each rule's rows (one short row per finding, in the order the page files list
    them), kept in a temporary file per rule until the rule's own file is written: a run's
    rows grow with its findings, the report's memory must not."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="clinic-checker-rows-")
        self._files: dict[str, IO[str]] = {}

    def __enter__(self) -> _RuleRows:
        return self

    def __exit__(self, *exc: object) -> None:
        for file in self._files.values():
            file.close()
        self._folder.cleanup()

    def add(self, rule_id: str, row: dict[str, Any]) -> None:
        file = self._files.get(rule_id)
        if file is None:
            name = Path(self._folder.name) / f"{len(self._files)}.jsonl"
            file = self._files[rule_id] = name.open("w+", encoding="utf-8")
        file.write(json.dumps(row) + "\n")

    def of(self, rule_id: str) -> Iterator[dict[str, Any]]:
        """The rule's rows, read back one at a time."""
        file = self._files.get(rule_id)
        if file is None:
            return
        file.flush()
        file.seek(0)
        for line in file:
            yield json.loads(line)


@dataclass
class _ReviewList:
    """The findings review.html lists ((sort key, row id, fingerprint) of each), and what
    it says of all of them."""

    rows: list[tuple[Any, int, str]] = field(default_factory=list)
    total: int = 0
    waiting: int = 0
    rule_ids: set[str] = field(default_factory=set)

    def count(self, f: Finding, row_id: int) -> tuple[Any, int, str]:
        waiting = awaiting(f.extra.get("review"))
        self.total += 1
        self.waiting += waiting
        self.rule_ids.add(f.rule_id)
        return (not waiting, finding_sort_key(f)), row_id, f.fingerprint


def review_href(root: str) -> Any:
    """The link from a finding to its verdict controls in review.html."""
    return lambda f: f"{root}review.html#v-{f.fingerprint}"


def _rule_row(f: Finding, info: PageInfo | None, n: int, status: str) -> dict[str, Any]:
    review = f.status != "violation"
    return {
        "status": status,
        "url": f.url, "title": info.page.title if info else None,
        "file": info.file if info else None, "n": n,
        "where": clip(_where(f), 300),
        "severity": f.severity.value, "rank": f.severity.rank,
        "sev": "needs-review" if review else f.severity.value,
    }


def _unboxed(f: Finding) -> Finding:
    """A finding drawn without its box (set aside: not outlined in the archive)."""
    return Finding(rule_id=f.rule_id, source=f.source, severity=f.severity, url=f.url,
                   message=f.message)


def _where(f: Finding) -> str:
    """A content finding without a sentence is about the page as a whole (a missing section):
    its selector (the main element) tells a reader nothing."""
    if f.sentence:
        return f.sentence
    if f.source == "content" or not f.selector:
        return "(the page as a whole)"
    return f.selector


def trend_chart(points: list[dict[str, Any]]) -> dict[str, Any]:
    """Geometry of a stacked bar chart (inline SVG): one bar per run, by severity."""
    width, height, base, left, gap = 600, 200, 170, 40, 10
    bar_width = min(60, (width - left - 10) // max(1, len(points)) - gap)
    peak = max((p["total"] for p in points), default=0) or 1
    scale = (base - 30) / peak
    bars: list[dict[str, Any]] = []
    for i, point in enumerate(points):
        x = left + i * (bar_width + gap)
        y = float(base)
        segments = []
        for sev in reversed(SEVERITIES):  # minor at the bottom, critical on top
            h = point["by_severity"][sev] * scale
            if h > 0:
                y -= h
                segments.append({"sev": sev, "y": round(y, 1), "h": round(h, 1)})
        bars.append({
            "x": x, "segments": segments, "top": round(y, 1), "total": point["total"],
            "label": f"run {point['id']} ({point['started']})",
            "short": point["started"][5:10], "current": point["current"],
        })
    return {"width": width, "height": height, "base": base, "bar_width": bar_width,
            "bars": bars}

