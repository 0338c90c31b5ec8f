"""ACT Rules conformance of the checker's WCAG stage, beside axe-core run directly.

Serves /work/shared/act (the W3C ACT test cases, see its README.md) on 127.0.0.1, then, over
every test case whose ACT rule axe-core implements:

- checker: the real pipeline (checker.audit.Audit with the test case URLs as a URL list:
  fetch, render in the session pool, axe in every frame, findings into SQLite), or with
  `--plumbing render` only the browser stage (BrowserPool + render_with_retry +
  findings_from_axe), for when the pipeline around it is being rebuilt;
- direct: plain Selenium + axe-selenium-python's Axe (inject into the page and every frame,
  axe.run), no checker code besides the Chromium flags.

Both run only the axe rules the ACT mapping names. A case agrees when a "failed" case has at
least one violation from its axe rules and a "passed"/"inapplicable" case has none. Prints a
table per ACT rule and, with --write-readme, puts it in bench/README.md under
"## ACT conformance". Not a test: it takes several minutes.

    .venv/bin/python bench/act_conformance.py [--act /work/shared/act] [--workers 2]
        [--plumbing pipeline|render] [--limit N] [--write-readme]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import json
import queue
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from readme_section import write_section  # noqa: E402

from checker.model import normalize_url_for_fingerprint as norm  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402

SECTION = "## ACT conformance"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def load_cases(act: Path, limit: int | None) -> list[dict[str, Any]]:
    cases = [c for c in json.loads((act / "testcases.json").read_text()) if c["axeRules"]]
    return cases[:limit] if limit else cases


# --- the checker ----------------------------------------------------------------------------

def checker_violations(urls: list[str], rules: list[str], workers: int, plumbing: str
                       ) -> tuple[dict[str, set[str]], dict[str, str], str]:
    """url -> axe rule ids with a violation; url -> page error (or why it was not rendered);
    axe version used."""
    config = AuditConfig(axe_rules=rules, workers=workers, screenshots=False, page_timeout=20,
                         max_pages=len(urls) + 10, quiet=True, fail_on="never")
    if plumbing == "render":
        return _through_render(urls, config)
    return _through_pipeline(urls, config)


def _through_pipeline(urls: list[str], config: AuditConfig
                      ) -> tuple[dict[str, set[str]], dict[str, str], str]:
    from checker.outcome import run_audit

    tmp = Path(tempfile.mkdtemp(prefix="act-bench-"))
    (tmp / "urls.txt").write_text("\n".join(urls) + "\n")
    config.urls_file = tmp / "urls.txt"
    config.out = tmp / "out"
    config.full = True
    config.formats = []  # the pipeline's findings are what is compared; no report files
    result = run_audit(config)
    found: dict[str, set[str]] = defaultdict(set)
    errors: dict[str, str] = {}
    for page in result.store.iter_pages(result.run.id):
        if page.error:
            errors[norm(page.url)] = page.error
        elif not page.rendered:
            errors[norm(page.url)] = (f"not rendered: the fetch stage saw {page.content_type}, "
                                      "not an HTML page")
    for finding in result.store.iter_findings(result.run.id):
        if finding.source == "wcag" and finding.status == "violation":
            found[norm(finding.url)].add(finding.rule_id)
    version = result.run.axe_version or "?"
    result.store.close()
    return found, errors, version


def _through_render(urls: list[str], config: AuditConfig
                    ) -> tuple[dict[str, set[str]], dict[str, str], str]:
    from checker.browser.pool import BrowserPool
    from checker.browser.render import render_with_retry
    from checker.browser.wcag import axe_version, findings_from_axe

    found: dict[str, set[str]] = defaultdict(set)
    errors: dict[str, str] = {}
    lock = threading.Lock()

    def one(pool: BrowserPool, url: str) -> None:
        rendered = render_with_retry(pool, url, config)
        with lock:
            if rendered.error:
                errors[norm(url)] = rendered.error
            for f in findings_from_axe(url, rendered.axe or {}):
                if f.status == "violation":
                    found[norm(url)].add(f.rule_id)

    with BrowserPool(config) as pool:
        _in_threads(urls, config.workers, lambda url: one(pool, url))
    return found, errors, axe_version(config)


def _in_threads(items: list[str], workers: int, work: Any) -> None:
    todo: queue.Queue[str] = queue.Queue()
    for item in items:
        todo.put(item)

    def loop() -> None:
        while True:
            try:
                item = todo.get_nowait()
            except queue.Empty:
                return
            work(item)

    threads = [threading.Thread(target=loop, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


# --- axe-core directly ----------------------------------------------------------------------

def direct_violations(urls: list[str], rules: list[str], workers: int
                      ) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Plain Selenium and axe-selenium-python, one driver per thread (bench/bare_axe.py)."""
    from bare_axe import run_bare

    options_json = json.dumps({"runOnly": {"type": "rule", "values": rules},
                               "resultTypes": ["violations"]})
    found: dict[str, set[str]] = defaultdict(set)
    lock = threading.Lock()

    def on_page(url: str, results: dict[str, Any]) -> None:
        ids = {v["id"] for v in results["violations"]}
        with lock:
            found[norm(url)] |= ids

    run = run_bare(urls, workers, options_json, on_page)
    return found, {norm(url): error for url, error in run.errors.items()}


# --- scoring --------------------------------------------------------------------------------

def agrees(case: dict[str, Any], violations: set[str]) -> bool:
    hit = bool(violations & set(case["axeRules"]))
    return hit if case["expected"] == "failed" else not hit


def score(cases: list[dict[str, Any]], base: str, checker: dict[str, set[str]],
          direct: dict[str, set[str]]) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for case in cases:
        url = norm(base + case["file"])
        row = rows.setdefault(case["ruleId"], {
            "rule": case["ruleId"], "name": case["ruleName"], "axe": sorted(case["axeRules"]),
            "approved": case["ruleApproved"], "cases": 0, "checker": 0, "direct": 0,
            "same": 0, "differ": []})
        ours, theirs = checker.get(url, set()), direct.get(url, set())
        row["cases"] += 1
        row["checker"] += agrees(case, ours)
        row["direct"] += agrees(case, theirs)
        mapped = set(case["axeRules"])
        if ours & mapped == theirs & mapped:
            row["same"] += 1
        else:
            row["differ"].append(case["file"])
    return sorted(rows.values(), key=lambda r: (not r["approved"], r["rule"]))


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = ["| ACT rule | axe rules | cases | checker agrees | direct axe agrees | same |",
             "| --- | --- | ---: | ---: | ---: | ---: |"]
    for r in rows:
        mark = "" if r["approved"] else " (proposed)"
        lines.append(f"| `{r['rule']}` {r['name']}{mark} | {', '.join(r['axe'])} | {r['cases']}"
                     f" | {r['checker']} | {r['direct']} | {r['same']} |")
    total = {k: sum(r[k] for r in rows) for k in ("cases", "checker", "direct", "same")}
    lines.append(f"| **all {len(rows)} rules** | | {total['cases']} | {total['checker']} |"
                 f" {total['direct']} | {total['same']} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--act", type=Path, default=Path("/work/shared/act"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--plumbing", choices=("pipeline", "render"), default="pipeline")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--ext", nargs="+", help="only test case files with these extensions")
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args()

    cases = load_cases(args.act, args.limit)
    if args.ext:
        cases = [c for c in cases if c["file"].rsplit(".", 1)[-1] in args.ext]
    rules = sorted({r for c in cases for r in c["axeRules"]})
    server, base = serve(args.act)
    urls = list(dict.fromkeys(base + c["file"] for c in cases))
    started = time.monotonic()
    checker, checker_errors, version = checker_violations(urls, rules, args.workers,
                                                          args.plumbing)
    checker_seconds = time.monotonic() - started
    started = time.monotonic()
    direct, direct_errors = direct_violations(urls, rules, args.workers)
    direct_seconds = time.monotonic() - started
    server.shutdown()

    rows = score(cases, base, checker, direct)
    total = {k: sum(r[k] for r in rows) for k in ("cases", "checker", "direct", "same")}
    differing = sorted({f for r in rows for f in r["differ"]})
    lines = [
        f"`bench/act_conformance.py --plumbing {args.plumbing}`, "
        f"{dt.date.today().isoformat()}: {total['cases']} test cases of the {len(rows)} ACT "
        f"rules that axe-core implements (W3C ACT test cases in `/work/shared/act`), axe-core "
        f"{version}, Chromium headless, {args.workers} workers. Only the mapped axe rules run. "
        "A case agrees when a *failed* case has a violation from its mapped axe rules and a "
        "*passed*/*inapplicable* case has none (needs-review results are not violations).",
        "",
        f"- checker ({'full pipeline: fetch, session pool, axe.run (runPartial/finishRun in every frame when the page has frames), SQLite' if args.plumbing == 'pipeline' else 'browser stage: session pool, render_with_retry, axe.run or runPartial/finishRun, findings_from_axe'}): "  # noqa: E501
        f"{total['checker']}/{total['cases']} agree, {len(checker_errors)} pages not audited, "
        f"{checker_seconds:.0f} s",
        f"- direct axe-core (plain Selenium, axe-selenium-python inject into every frame + "
        f"axe.run): {total['direct']}/{total['cases']} agree, {len(direct_errors)} page "
        f"errors, {direct_seconds:.0f} s",
        f"- same verdict as direct axe on {total['same']}/{total['cases']} cases; rules where "
        f"the two columns differ: "
        f"{', '.join(r['rule'] for r in rows if r['checker'] != r['direct']) or 'none'}",
        "",
        *table(rows),
    ]
    if differing:
        lines += ["", "Cases where the checker's verdict differs from direct axe's:", ""]
        lines += [f"- `{f}`" for f in differing]
    if checker_errors:
        lines += ["", "Pages the checker did not audit:", ""]
        lines += [f"- `{u}`: {e}" for u, e in sorted(checker_errors.items())]
    print("\n".join(lines))
    if args.write_readme:
        write_section(SECTION, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
