"""A synthetic run in a real SQLite store, for report tests and the rendering benchmark:
WCAG and content findings of every severity, page errors, a document and a broken link,
needs-review results, element boxes on screenshots, and optionally an earlier run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from checker.model import Finding, Page, Run
from checker.store.db import Store

SITE = "clinic.test"
BASE = "http://clinic.test"

WCAG_RULES = [
    # rule, severity, SCs, level, message, selector, html
    ("image-alt", "critical", ["1.1.1"], "A", "Images must have alternate text",
     "main img.hero", '<img class="hero" src="/a.jpg">'),
    ("color-contrast", "serious", ["1.4.3"], "AA",
     "Elements must meet minimum color contrast ratio thresholds", "p.note",
     '<p class="note">Call us today</p>'),
    ("label", "critical", ["4.1.2"], "A", "Form elements must have labels", "#email",
     '<input id="email" type="email">'),
    ("link-name", "serious", ["2.4.4", "4.1.2"], "A", "Links must have discernible text",
     "a.icon", '<a class="icon" href="/x"></a>'),
    ("list", "moderate", ["1.3.1"], "A",
     "<ul> and <ol> must only directly contain <li>, <script> or <template> elements",
     "ul.menu", '<ul class="menu"><div>x</div></ul>'),
    ("meta-viewport", "minor", ["1.4.4"], "AA", "Zooming and scaling must not be disabled",
     "meta[name=viewport]", '<meta name="viewport" content="user-scalable=no">'),
]
CONTENT_RULES = [
    ("no-unqualified-cure-claims", "serious", "Unqualified cure claim",
     "Our IV drip cures chronic fatigue for good.",
     "FTC Act section 5; FTC Health Products Compliance Guidance (2022)"),
    ("risks-section-present", "moderate", "Treatment page has no risks or side-effects section",
     None, "FDA and state medical board guidance on balanced treatment information"),
    ("off-label-disclosure", "serious", "Off-label use not disclosed", None,
     "FDA: off-label promotion; informed consent"),
]


def make_run(store: Store, run_id: str, started: dt.datetime, pages: int, findings: int,
             *, shift: int = 0, errors: int = 2) -> Run:
    run = Run(id=run_id, site=SITE, started=started.isoformat(timespec="seconds"),
              tool_version="0.1.0", axe_version="4.10.2", as_of="2026-11-25",
              options={"fail_on": "serious", "formats": ["html", "json"]})
    store.start_run(run)
    per_page = max(1, findings // max(1, pages))
    made = 0
    for i in range(pages):
        url = f"{BASE}/page-{i}.html"
        if i < errors:
            store.save_page(run_id, Page(url=url, status=500, error="HTTP 500 from server",
                                         depth=1), [])
            continue
        page = Page(url=url, final_url=url, status=200, title=f"Service page {i}",
                    rendered=True, depth=1)
        batch = [] if i % 10 == 9 else [
            _finding(url, (i + j + shift) % 9, j) for j in range(per_page)
        ]
        batch = batch[: max(0, findings - made)]
        made += len(batch)
        store.save_page(run_id, page, batch)
    store.save_page(run_id, Page(url=f"{BASE}/brochure.pdf", status=200, kind="document"), [])
    store.save_page(run_id, Page(url=f"{BASE}/gone.html", status=404, kind="broken",
                                 referrer=f"{BASE}/page-3.html"), [])
    run.status = "finished"
    run.finished = (started + dt.timedelta(minutes=5)).isoformat(timespec="seconds")
    store.finish_run(run)
    return run


def _finding(url: str, kind: int, j: int) -> Finding:
    if kind < len(WCAG_RULES):
        rule, sev, scs, level, message, selector, html = WCAG_RULES[kind]
        return Finding(
            rule_id=rule, source="wcag", severity=sev, url=url, message=message,
            status="needs-review" if j % 7 == 6 else "violation",
            wcag=scs, level=level, selector=f"{selector}:nth-of-type({j + 1})", excerpt=html,
            help_url=f"https://dequeuniversity.com/rules/axe/4.10/{rule}",
            help=message, summary="Fix any of the following:\n  " + message,
            bbox={"x": 40 + 30 * (j % 10), "y": 60 + 90 * (j % 8), "width": 200, "height": 40},
        )
    rule, sev, message, sentence, source = CONTENT_RULES[kind - len(WCAG_RULES)]
    paragraph = (f"Welcome to our clinic. {sentence} Book today." if sentence else None)
    return Finding(
        rule_id=rule, source="content", severity=sev, url=url, message=message,
        sentence=f"{sentence} ({j})" if sentence else None,
        excerpt=paragraph.replace(sentence, f"{sentence} ({j})") if paragraph and sentence
        else None,
        why="Patients rely on what a clinic says about a treatment.",
        fix="Qualify the claim and cite the evidence, or remove it.", rule_source=source,
    )


def build(path: Path, pages: int = 40, findings: int = 200, previous: bool = True) -> tuple[
        Store, str]:
    """A store with one run (and an earlier one when `previous`); returns (store, run id)."""
    store = Store(path)
    start = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    if previous:
        make_run(store, "run-1", start, pages, findings + findings // 5, shift=1)
        make_run(store, "run-2", start + dt.timedelta(days=2), pages, findings, shift=1)
    make_run(store, "run-3", start + dt.timedelta(days=4), pages, findings)
    return store, "run-3"
