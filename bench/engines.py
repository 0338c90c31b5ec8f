"""What IBM Equal Access, HTML_CodeSniffer and our own checks (`checker`) add to axe-core, per
engine and for the union, with and without `checker`.

Renders every page once in the checker's own browser stage with
`--engine axe,ibm,htmlcs,checker` (BrowserPool with its DevTools connection +
render_with_retry: every engine in an isolated world in every frame, one render) and judges
each engine's results on two corpora, both served on 127.0.0.1:

- the W3C ACT test cases in /work/shared/act (all 1213 cases of all 87 rules, not only those
  axe implements). A "failed" case is caught as a violation when the engine reports a
  violation on a success criterion of the case's rule, else caught as needs-review when it
  asks for review on one; a "passed" or "inapplicable" case has a false violation when the
  engine reports a violation on one of the rule's criteria. Cases of rules without a
  criterion (147) are scored apart, on any violation.
- bench/barriers/: pages written for this benchmark, one barrier per page with the criteria it
  fails (`<meta name="barrier-sc">`), by category (images, forms, tables, headings, links,
  frames, media, colour, keyboard, aria, page), plus clean controls, where any violation is
  a false one. Pages written with the `checker` engine (`<meta name="barrier-round"
  content="checker">`, one per new check, with matched clean controls) are also scored apart,
  so that the ratio on the pages written before it stays comparable.

The union is every engine together ("union"), and every engine but ours ("union-3"): a
barrier is caught as a violation when any engine calls it one (the merge never turns a
violation into needs-review: tests/unit/test_engine_merge.py).
Time per page: what each optional engine adds (its injection and run in every frame) and the
merge's element lookup, measured in the browser stage. Not a test: it takes many minutes.

    .venv/bin/python bench/engines.py [--act /work/shared/act] [--workers 2] [--limit N]
        [--per-rule N] [--write-readme] [--json verdicts.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import json
import os
import queue
import re
import statistics
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from readme_section import write_section  # noqa: E402

from checker.browser.engines import OPTIONAL, engine_findings  # noqa: E402
from checker.browser.wcag import axe_version, findings_from_axe  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402

SECTION = "## WCAG engines: axe-core, IBM Equal Access, HTML_CodeSniffer (issue 18)"
BARRIERS = Path(__file__).resolve().parent / "barriers"
ENGINES = ["axe", "ibm", "htmlcs", "checker"]
UNIONS = {"union-3": ["axe", "ibm", "htmlcs"], "union": ENGINES}
COLUMNS = [*ENGINES, *UNIONS]
OWN_ROUND = "checker"  # barrier pages written with the checker engine (barrier-round)
LOAD_SAMPLES: list[float] = []  # 1-minute load average, sampled during the run


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(root: Path) -> str:
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/"


@dataclass
class Case:
    """One page to judge: what it should get, and what each engine said."""

    corpus: str  # "act", "act-no-sc", "barrier", "clean"
    url: str
    expected: str  # "failed", "passed", "inapplicable" (barriers: "failed", clean: "passed")
    criteria: set[str]
    label: str  # ACT rule id or barrier category
    round: str = ""  # barrier pages: the round that wrote them (OWN_ROUND: with `checker`)
    # ACT: the criteria the rule calls secondary (a failed case need not fail them)
    secondary: set[str] = field(default_factory=set)
    violations: dict[str, set[str]] = field(default_factory=dict)  # engine -> criteria
    reviews: dict[str, set[str]] = field(default_factory=dict)
    any_violation: dict[str, bool] = field(default_factory=dict)
    rules: dict[str, list[str]] = field(default_factory=dict)  # engine -> "rule sc,sc" violations
    review_rules: dict[str, list[str]] = field(default_factory=dict)  # the same, needs-review
    ms: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    engine_errors: dict[str, str] = field(default_factory=dict)


def act_cases(act: Path, base: str, per_rule: int | None,
              rules: set[str] | None = None, expected: set[str] | None = None) -> list[Case]:
    """Every ACT case, or (per_rule) the first N failed and the first N passed/inapplicable
    cases of every rule: all 87 rules still, in fewer pages; or only those of `rules`, or
    only those `expected` failed / passed / inapplicable."""
    cases = []
    taken: Counter = Counter()
    for case in json.loads((act / "testcases.json").read_text()):
        if (rules and case["ruleId"] not in rules) or (expected
                                                        and case["expected"] not in expected):
            continue
        side = (case["ruleId"], case["expected"] == "failed")
        if per_rule is not None and taken[side] >= per_rule:
            continue
        taken[side] += 1
        corpus = "act" if case["wcag"] else "act-no-sc"
        cases.append(Case(corpus, base + case["file"], case["expected"], set(case["wcag"]),
                          case["ruleId"], secondary=set(case.get("wcagSecondary") or ())))
    return cases


_META = re.compile(r'<meta name="barrier-(sc|category|round)" content="([^"]*)">')


def barrier_cases(base: str) -> list[Case]:
    cases = []
    for page in sorted(BARRIERS.glob("*.html")):
        meta = dict(_META.findall(page.read_text()))
        criteria = set(meta["sc"].split())
        clean = meta["category"] == "clean"
        cases.append(Case("clean" if clean else "barrier", base + page.name,
                          "passed" if clean else "failed", criteria, meta["category"],
                          meta.get("round", "")))
    return cases


# --- running --------------------------------------------------------------------------------

def run_all(cases: list[Case], workers: int) -> None:
    from checker.browser.guard import RequestPolicy
    from checker.browser.pool import BrowserPool

    config = AuditConfig(engines=ENGINES, workers=workers, screenshots=False, page_timeout=20,
                         quiet=True)
    todo: queue.Queue[Case] = queue.Queue()
    for case in cases:
        todo.put(case)
    done = [0]
    lock = threading.Lock()

    def loop(pool: BrowserPool) -> None:
        while True:
            try:
                case = todo.get_nowait()
            except queue.Empty:
                return
            judge(pool, config, case)
            with lock:
                done[0] += 1
                if done[0] % 20 == 0:
                    LOAD_SAMPLES.append(os.getloadavg()[0])
                if done[0] % 100 == 0:
                    print(f"  {done[0]}/{len(cases)} pages", file=sys.stderr)

    # the audit's own setup: engines in isolated worlds over the session's DevTools connection
    # (no address guard: the pages are on loopback)
    with BrowserPool(config, policy=RequestPolicy(guard=None)) as pool:
        threads = [threading.Thread(target=loop, args=(pool,), daemon=True)
                   for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


def judge(pool: Any, config: AuditConfig, case: Case) -> None:
    from checker.browser.render import render_with_retry

    rendered = render_with_retry(pool, case.url, config)
    if rendered.error or not rendered.engines:
        case.error = rendered.error or "no engine results"
        return
    # an engine that failed on the page found nothing there (as in an audit)
    case.engine_errors = dict(rendered.engines["errors"])
    case.ms = dict(rendered.engines["ms"])
    axe_findings = findings_from_axe(case.url, rendered.axe or {})
    # what an audit then does with the engines' hits: map them, merge them with axe's
    started = time.perf_counter()
    engine_findings(case.url, rendered.engines, config,
                    findings_from_axe(case.url, rendered.axe or {}))
    case.ms["mapping"] = round((time.perf_counter() - started) * 1000, 1)
    by_engine = {"axe": axe_findings}
    for name, module in OPTIONAL.items():
        hits = module.hits(rendered.engines["raw"].get(name, []), config)
        by_engine[name] = [hit.to_finding(case.url) for hit in hits]
    for name, findings in by_engine.items():
        case.violations[name] = {sc for f in findings if f.status == "violation"
                                 for sc in f.wcag}
        case.reviews[name] = {sc for f in findings if f.status != "violation" for sc in f.wcag}
        case.any_violation[name] = any(f.status == "violation" for f in findings)
        case.rules[name] = sorted({f"{f.rule_id} {','.join(f.wcag)}" for f in findings
                                   if f.status == "violation"})
        case.review_rules[name] = sorted({f"{f.rule_id} {','.join(f.wcag)}" for f in findings
                                          if f.status != "violation"})
    for union, members in UNIONS.items():
        case.violations[union] = set().union(*(case.violations[e] for e in members))
        case.reviews[union] = set().union(*(case.reviews[e] for e in members))
        case.any_violation[union] = any(case.any_violation[e] for e in members)


# --- scoring --------------------------------------------------------------------------------

def verdict(case: Case, engine: str) -> str:
    """caught / review / missed for a failed case; false / clear for the others."""
    if case.corpus == "clean" or case.corpus == "act-no-sc":
        hit = case.any_violation[engine]
        if case.expected == "failed":
            return "caught" if hit else "missed"
        return "false" if hit else "clear"
    hit = bool(case.violations[engine] & case.criteria)
    if case.expected == "failed":
        if hit:
            return "caught"
        return "review" if case.reviews[engine] & case.criteria else "missed"
    return "false" if hit else "clear"


def fails_a_or_aa(case: Case) -> bool:
    """An ACT case whose rule, when it fails, fails a level A or AA criterion: one of its
    criteria that the rule does not call secondary is A or AA. The others fail only AAA
    criteria (enhanced contrast, link purpose from the link alone, a refresh of more than 20
    hours) or only criteria a failed case need not fail, which an AA audit does not report."""
    from checker.report.wcag_sc import CRITERIA

    return any(CRITERIA.get(sc, ("",))[0] in ("A", "AA") for sc in case.criteria - case.secondary)


def tally(cases: list[Case], corpus: str, expected: set[str],
          round_: str | None = None, aa_only: bool = False) -> dict[str, Counter]:
    """Verdicts per engine; `round_` keeps only barrier pages of that round ("" the pages
    written before the checker engine, OWN_ROUND those written with it); `aa_only` only the
    ACT cases whose failure fails a level A or AA criterion (fails_a_or_aa)."""
    out = {engine: Counter() for engine in COLUMNS}
    for case in cases:
        if case.corpus != corpus or case.expected not in expected or case.error:
            continue
        if round_ is not None and case.round != round_:
            continue
        if aa_only and not fails_a_or_aa(case):
            continue
        for engine in COLUMNS:
            out[engine][verdict(case, engine)] += 1
            out[engine]["n"] += 1
    return out


def pct(part: int, whole: int) -> str:
    return f"{part} / {whole} ({100 * part / whole:.1f}%)" if whole else "-"


def summary_rows(cases: list[Case]) -> list[str]:
    act_failed = tally(cases, "act", {"failed"})
    act_ok = tally(cases, "act", {"passed", "inapplicable"})
    bar = tally(cases, "barrier", {"failed"})
    clean = tally(cases, "clean", {"passed"})
    nosc_failed = tally(cases, "act-no-sc", {"failed"})
    nosc_ok = tally(cases, "act-no-sc", {"passed", "inapplicable"})
    lines = ["| engine | ACT failed: violation | ACT failed: needs review only |"
             " ACT passed/inapplicable: false violation | barriers: violation |"
             " barriers: needs review only | clean controls: false violation |"
             " ACT without SC, failed: any violation | ACT without SC, passed/inapplicable:"
             " any violation |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for engine in COLUMNS:
        a, o, b, c = act_failed[engine], act_ok[engine], bar[engine], clean[engine]
        nf, no = nosc_failed[engine], nosc_ok[engine]
        lines.append(f"| {engine} | {pct(a['caught'], a['n'])} | {pct(a['review'], a['n'])} |"
                     f" {pct(o['false'], o['n'])} | {pct(b['caught'], b['n'])} |"
                     f" {pct(b['review'], b['n'])} | {pct(c['false'], c['n'])} |"
                     f" {pct(nf['caught'], nf['n'])} | {pct(no['false'], no['n'])} |")
    return lines


def _ratio(union: int, axe: int) -> str:
    if not axe:
        return "no ratio (axe catches none)"
    ratio = union / axe
    return f"**{ratio:.2f}x** (target >= 1.5x: {'met' if ratio >= 1.5 else 'NOT met'})"


def target_lines(cases: list[Case], timings: dict[str, dict[str, float]]) -> list[str]:
    act_failed = tally(cases, "act", {"failed"})
    bar = tally(cases, "barrier", {"failed"})
    earlier = tally(cases, "barrier", {"failed"}, "")
    own_pages = tally(cases, "barrier", {"failed"}, OWN_ROUND)
    act_ok = tally(cases, "act", {"passed", "inapplicable"})
    clean = tally(cases, "clean", {"passed"})
    act_aa = tally(cases, "act", {"failed"}, aa_only=True)
    lines = []
    for name, counts in (("ACT failed cases", act_failed),
                         ("ACT failed cases whose failure fails a level A or AA criterion (not"
                          " only AAA ones or ones the rule calls secondary: what an AA audit"
                          " reports)", act_aa),
                         ("barrier pages written before the checker engine", earlier),
                         ("barrier pages written with the checker engine", own_pages),
                         ("all barrier pages", bar),
                         ("ACT failed cases and all barrier pages",
                          {e: act_failed[e] + bar[e] for e in COLUMNS})):
        if not counts["axe"]["n"]:
            continue
        axe = counts["axe"]["caught"]
        lines.append(f"- violations caught on {name} ({counts['axe']['n']}): axe {axe}; union"
                     f" without checker {counts['union-3']['caught']} ="
                     f" {_ratio(counts['union-3']['caught'], axe)}; union with checker"
                     f" {counts['union']['caught']} = {_ratio(counts['union']['caught'], axe)};"
                     f" checker alone {counts['checker']['caught']}")
    for name, counts in (("ACT failed cases", act_failed), ("barrier pages", bar)):
        seen = {e: counts[e]["caught"] + counts[e]["review"] for e in COLUMNS}
        lines.append(f"- caught as a violation or asked for review on {name}: "
                     + ", ".join(f"{e} {seen[e]}" for e in COLUMNS)
                     + f" of {counts['union']['n']} (union / axe"
                     f" {seen['union'] / max(seen['axe'], 1):.2f}x)")
    if act_ok["axe"]["n"]:
        rate = {e: 100 * act_ok[e]["false"] / act_ok[e]["n"] for e in COLUMNS}
        for union in UNIONS:
            gap = rate[union] - rate["axe"]
            lines.append(f"- false violations on ACT passed/inapplicable cases: {union}"
                         f" {act_ok[union]['false']} ({rate[union]:.1f}%) vs axe"
                         f" {act_ok['axe']['false']} ({rate['axe']:.1f}%) = **{gap:+.1f}"
                         f" points** (target <= +2: {'met' if gap <= 2 else 'NOT met'});"
                         f" checker alone {act_ok['checker']['false']}")
    if clean["axe"]["n"]:
        lines.append("- false violations on clean controls: " + ", ".join(
            f"{e} {clean[e]['false']}/{clean[e]['n']}" for e in COLUMNS))
    added = timings.get("added")
    if added:
        lines.append(f"- time IBM, HTMLCS and checker add per page (every part below, summed"
                     f" per page): median **{added['median']:.0f} ms**, mean"
                     f" {added['mean']:.0f} ms, p90 {added['p90']:.0f} ms (target < 300 ms:"
                     f" {'met' if added['median'] < 300 and added['mean'] < 300 else 'NOT met'});"
                     f" checker's own part: median {timings['checker']['median']:.1f} ms,"
                     f" p90 {timings['checker']['p90']:.1f} ms")
    return lines


def timing(cases: list[Case]) -> dict[str, dict[str, float]]:
    series: dict[str, list[float]] = defaultdict(list)
    for case in cases:
        if case.error or not case.ms:
            continue
        for name, ms in case.ms.items():
            series[name].append(ms)
        series["added"].append(sum(case.ms.values()))
    out = {}
    for name, values in series.items():
        values.sort()
        out[name] = {"median": statistics.median(values), "mean": statistics.fmean(values),
                     "p90": values[int(0.9 * (len(values) - 1))], "n": len(values)}
    return out


def timing_lines(timings: dict[str, dict[str, float]]) -> list[str]:
    lines = ["| added by | median ms/page | mean | p90 | pages |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for name in ("ibm", "htmlcs", "checker", "merge", "shared", "preload", "mapping", "added"):
        if name in timings:
            t = timings[name]
            label = "all of them (total)" if name == "added" else name
            lines.append(f"| {label} | {t['median']:.0f} | {t['mean']:.0f} | {t['p90']:.0f} |"
                         f" {t['n']} |")
    return lines


def category_lines(cases: list[Case]) -> list[str]:
    lines = ["| category | pages | " + " | ".join(COLUMNS) + " |",
             "| --- | ---: | " + " | ".join("---:" for _ in COLUMNS) + " |"]
    by_cat: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        if case.corpus == "barrier" and not case.error:
            by_cat[case.label].append(case)
    for cat, group in sorted(by_cat.items()):
        cells = []
        for engine in COLUMNS:
            verdicts = Counter(verdict(c, engine) for c in group)
            cells.append(f"{verdicts['caught']} (+{verdicts['review']} review)")
        lines.append(f"| {cat} | {len(group)} | " + " | ".join(cells) + " |")
    return lines


def missed_by_all(cases: list[Case], union_verdict: str = "missed") -> list[str]:
    return sorted(Path(c.url).name for c in cases if c.corpus == "barrier" and not c.error
                  and verdict(c, "union") == union_verdict)


def machine_line(quiet_window: bool) -> str:
    """What the machine was doing: the load average sampled during the run, and whether the
    run was in this benchmark's quiet window (no other helper running tests or benchmarks)."""
    loads = LOAD_SAMPLES or [os.getloadavg()[0]]
    seen = (f"1-minute load average during the run {min(loads):.1f}-{max(loads):.1f}"
            f" (median {statistics.median(loads):.1f}) on {os.cpu_count()} cores")
    if quiet_window:
        return (f"**Quiet machine: measured in the engines benchmark's quiet window, no other"
                f" helper running tests or benchmarks; {seen}** (this benchmark's own browser"
                " workers keep both cores busy).")
    return (f"**Busy machine: shared with other helpers' work; {seen}. Times are upper"
            " bounds.**")


def report(cases: list[Case], seconds: float, workers: int, per_rule: int | None,
           quiet_window: bool = False) -> list[str]:
    from checker.browser.engines import htmlcs, ibm, own

    timings = timing(cases)
    errors = [c for c in cases if c.error]
    versions = (f"axe-core {axe_version(AuditConfig())}, IBM accessibility-checker-engine"
                f" {ibm.version()}, html_codesniffer {htmlcs.version()}, clinic-checker's own"
                f" checks ({len(own.RULES)} rules, checker/browser/engines/own.py)")
    counts = Counter(c.corpus for c in cases)
    rules = len({c.label for c in cases if c.corpus.startswith("act")})
    return [
        f"Measured {dt.date.today().isoformat()} with {versions}: {counts['act']} ACT cases with"
        f" success criteria + {counts['act-no-sc']} without (of {rules} ACT rules),"
        f" {counts['barrier']} barrier pages"
        f" and {counts['clean']} clean controls, {workers} browser workers,"
        f" {seconds / 60:.1f} min wall time. " + machine_line(quiet_window),
        "",
        f"    .venv/bin/python bench/engines.py --workers {workers}"
        + (f" --per-rule {per_rule}" if per_rule else "")
        + (" --quiet-window" if quiet_window else "") + " --write-readme",
        "",
        *target_lines(cases, timings),
        "",
        *summary_rows(cases),
        "",
        "Barrier pages by category (violations caught, + those only asked for review):",
        "",
        *category_lines(cases),
        "",
        "Time the engines add per page: each engine's own time in the page (its script run"
        " where it is needed, and its check, every frame); merge: finding axe's elements;"
        " shared: the rest of their wall time in the browser stage (worlds, frame lists, round"
        " trips, scripts sent to documents without the preload); preload: defining the"
        " preloaded scripts while documents load; mapping: their hits to findings and the"
        " merge with axe's, in Python. The total is the sum per page:",
        "",
        *timing_lines(timings),
        "",
        f"Pages that could not be judged (render error): {len(errors)}"
        + (": " + ", ".join(sorted(Path(c.url).name for c in errors)[:10]) if errors else ""),
        "",
        "Engine errors (the engine's script failed on the page; it counts as finding nothing"
        " there, as in an audit): " + (", ".join(
            f"{name} on {Path(c.url).name} ({message[:80]})" for c in cases
            for name, message in sorted(c.engine_errors.items())) or "none"),
        "",
        "Barrier pages no engine calls a violation, but one asks to review: "
        + (", ".join(missed_by_all(cases, "review")) or "none"),
        "",
        "Barrier pages no engine catches at all: " + (", ".join(missed_by_all(cases)) or "none"),
        "",
        "clinic-checker's own rules (`checker:`; each in full, from its metadata, in"
        " docs/checker-rules.md):",
        "",
        *own.rules_table(),
        "",
        "The mapping decisions (ibm.DECISIONS, htmlcs.DECISIONS: one table per engine, in"
        " the order they are tried; `when` names a condition on the element's facts read in"
        " the page):",
        "",
        *decision_lines(),
    ]


def decision_lines() -> list[str]:
    from checker.browser.engines import htmlcs, ibm
    from checker.browser.engines.base import decisions_markdown

    ibm_rows = decisions_markdown("ibm", ibm.DECISIONS)
    return ibm_rows + decisions_markdown("htmlcs", htmlcs.DECISIONS)[2:]


def preload_ab(rounds: int) -> list[str]:
    """Page load plus the engines' walk, with the engines' scripts preloaded (registered for
    every new document, as audits run them) and without (sent to each document), alternating
    in one session on a few barrier pages: what the preload saves or costs per page, load
    time included."""
    from checker.browser.engines import htmlcs, ibm
    from checker.browser.engines.frames import ENGINES_WORLD, run_in_every_frame
    from checker.browser.guard import RequestPolicy
    from checker.browser.pool import BrowserPool

    base = serve(BARRIERS)
    config = AuditConfig(engines=ENGINES, workers=1, screenshots=False, quiet=True)
    specs = [module.spec(config) for module in (ibm, htmlcs)]
    loaders = "(function () {" + "\n".join(spec.loader() for spec in specs) + "})();"
    pages = ["clean--clean-form.html", "frames--iframe-no-title.html",
             "tables--td-bold-header.html", "forms--button-empty.html"]
    times: dict[bool, list[float]] = {True: [], False: []}
    with BrowserPool(config, policy=RequestPolicy(guard=None)) as pool:
        session = pool.acquire()
        assert session.interceptor is not None and session.main_handle is not None
        devtools = session.interceptor.devtools
        target = session.interceptor.session_of(session.main_handle)
        for round_ in range(rounds + 1):  # the first round warms up and is not counted
            for preloaded in (False, True):
                ident = devtools.call("Page.addScriptToEvaluateOnNewDocument", {
                    "source": loaders, "worldName": ENGINES_WORLD}, target)["identifier"] \
                    if preloaded else None
                for page in pages:
                    started = time.perf_counter()
                    session.driver.get(base + page)
                    run_in_every_frame(session, specs)
                    if round_:
                        times[preloaded].append((time.perf_counter() - started) * 1000)
                if ident:
                    devtools.call("Page.removeScriptToEvaluateOnNewDocument",
                                  {"identifier": ident}, target)
        pool.release(session)
    return [f"- load + engines, scripts {'preloaded' if preloaded else 'sent per document'}:"
            f" median {statistics.median(v):.0f} ms, mean {statistics.fmean(v):.0f} ms"
            f" ({len(v)} page loads)" for preloaded, v in times.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--act", type=Path, default=Path("/work/shared/act"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, help="only the first N ACT cases (a quick look)")
    parser.add_argument("--per-rule", type=int, help="only the first N failed and N passed or"
                        " inapplicable ACT cases of each rule (every rule, fewer pages)")
    parser.add_argument("--no-act", action="store_true", help="barrier pages only")
    parser.add_argument("--no-barriers", action="store_true", help="ACT cases only (a subset"
                        " run of some ACT rules)")
    parser.add_argument("--act-rule", action="append", help="only this ACT rule's cases"
                        " (repeatable)")
    parser.add_argument("--act-expected", action="append",
                        choices=["failed", "passed", "inapplicable"],
                        help="only ACT cases with this expected outcome (repeatable)")
    parser.add_argument("--write-readme", action="store_true")
    parser.add_argument("--quiet-window", action="store_true", help="say that the run was in"
                        " the benchmark's quiet window (nothing else running); the load"
                        " average sampled during the run is printed either way")
    parser.add_argument("--json", type=Path, help="also write every case's verdicts here")
    parser.add_argument("--preload-ab", type=int, metavar="ROUNDS", help="only compare page"
                        " load + engines with the scripts preloaded and sent, ROUNDS rounds")
    args = parser.parse_args()
    if args.preload_ab:
        print("\n".join(preload_ab(args.preload_ab)))
        return
    cases = [] if args.no_barriers else barrier_cases(serve(BARRIERS))
    if not args.no_act:
        cases += act_cases(args.act, serve(args.act), args.per_rule,
                           set(args.act_rule or ()), set(args.act_expected or ()))[:args.limit]
    started = time.perf_counter()
    run_all(cases, args.workers)
    lines = report(cases, time.perf_counter() - started, args.workers, args.per_rule,
                   args.quiet_window)
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps([{
            "corpus": c.corpus, "url": c.url, "expected": c.expected,
            "criteria": sorted(c.criteria), "label": c.label, "error": c.error,
            "verdicts": {e: verdict(c, e) for e in COLUMNS} if not c.error else None,
            "violations": {e: sorted(v) for e, v in c.violations.items()},
            "reviews": {e: sorted(v) for e, v in c.reviews.items()}, "ms": c.ms,
            "violation_rules": c.rules, "review_rules": c.review_rules,
            "engine_errors": c.engine_errors}
            for c in cases], indent=1))
    if args.write_readme:
        write_section(SECTION, lines)


if __name__ == "__main__":
    main()
