"""The checker beside the bare axe loop on a clinic site that looks like the field: realistic
pages (bench/clinic_theme.py: 30-50 KB, 20-40 requests each, some on third-party hosts) or
the small pages of bench/browser_throughput.py, served from another process with a delay on
every response (default 150 ms, a remote site; `--delay 0` is loopback).

In one run: the bare loop (bench/bare_axe.py: one reused Chromium per worker,
axe-selenium-python, the checker's WCAG tags and result types) with 1 and 2 browsers, then
the checker (full audit: crawl, render, axe, screenshots, content rules, SQLite) with its
default workers and with each `--workers` count. Every figure is pages/s and a ratio to the
bare loops of the same run. The findings must be the same set of (page, rule, status,
element) as the bare loop's; the run says so, or lists the difference.

Where the checker's time goes: each stage's wall time per page (checker/timing.py: fetch,
wait for a browser, session, load, DOM read, axe, screenshot, content rules, sentence
boxes, store), summed over the run's pages; stages overlap across workers, so the sum is
more than the wall time.

Third-party host names end in .test and resolve to 127.0.0.1 only: Chromium through
--host-resolver-rules, the checker's address guard through its patched resolver. Nothing is
looked up in real DNS.

    .venv/bin/python bench/remote_site.py [--pages 50] [--delay 0.15] [--site realistic|small]
        [--bare 1 2] [--workers 1 2 4 8] [--no-default] [--json FILE]
"""

from __future__ import annotations

import argparse
import http.server
import json
import multiprocessing
import os
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bare_axe import run_bare  # noqa: E402
from clinic_theme import Site, build_site  # noqa: E402

try:  # absent before issue 17: the bench still runs an older checkout, without stage times
    from checker import timing
except ImportError:  # pragma: no cover - only for before/after figures
    timing = None  # type: ignore[assignment]
from checker.browser import pool as browser_pool  # noqa: E402
from checker.browser.wcag import axe_options, selector_of  # noqa: E402
from checker.crawl import scope as crawl_scope  # noqa: E402
from checker.model import normalize_url_for_fingerprint as norm  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402
from checker.settings.stages import cores  # noqa: E402

RESOLVER_RULES = "--host-resolver-rules=MAP *.test 127.0.0.1"
Finding = tuple[str, str, str, str]  # (page, rule, status, element)
# Issue 17's targets: (site, remote?) -> (ratio, browsers of the bare loop it is against)
TARGETS = {("realistic", False): (1.2, 1), ("small", False): (1.2, 2),
           ("realistic", True): (1.5, 2), ("small", True): (1.5, 2)}


# --- the site, served from another process ------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    files: dict[str, tuple[str, bytes]] = {}
    delay = 0.0

    def setup(self) -> None:
        super().setup()
        # http.server writes headers and body apart: without this every response would wait
        # for the client's delayed ACK (bench/README.md, "Crawl throughput").
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.delay:
            time.sleep(self.delay)
        path = self.path.split("?", 1)[0]
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        found = self.files.get(path)
        if found is None:
            body, kind, status, cache = b"not found", "text/plain", 404, "no-store"
        else:
            (kind, body), status = found, 200
            cache = "no-cache" if kind.startswith("text/html") else "public, max-age=86400"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", cache)
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a browser that closes a kept-alive connection is not news


def _free_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def start_server(site: Site, delay: float) -> tuple[multiprocessing.Process, int]:
    """The site in its own process (its Python does not share this one's GIL). Third-party
    URLs get the server's port: one server answers every host name by path."""
    port = _free_port()
    files = {path: (kind, body.replace(b"{port}", str(port).encode()))
             for path, (kind, body) in site.files.items()}
    context = multiprocessing.get_context("fork")
    ready = context.Event()

    def serve() -> None:
        _Handler.files, _Handler.delay = files, delay
        server = _Server(("127.0.0.1", port), _Handler)
        ready.set()
        server.serve_forever()

    process = context.Process(target=serve, daemon=True)
    process.start()
    if not ready.wait(60):
        raise RuntimeError("the bench site did not start")
    return process, port


def small_site(pages: int) -> Site:
    """bench/browser_throughput.py's small pages, as files in memory."""
    from browser_throughput import generate_site

    folder = Path(tempfile.mkdtemp(prefix="bench-small-"))
    generate_site(folder, pages)
    site = Site()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            rel = "/" + path.relative_to(folder).as_posix()
            kind = "image/svg+xml" if rel.endswith(".svg") else "text/html; charset=utf-8"
            site.files["/" if rel == "/index.html" else rel] = (kind, path.read_bytes())
    site.pages = ["/"] + sorted(p for p in site.files if p.endswith(".html"))
    shutil.rmtree(folder, ignore_errors=True)
    return site


# --- no real DNS ----------------------------------------------------------------------------

def map_test_hosts() -> None:
    """Chromium and the checker's guard resolve *.test to 127.0.0.1, and nothing else."""
    browser_pool.CHROMIUM_FLAGS = (*browser_pool.CHROMIUM_FLAGS, RESOLVER_RULES)
    real = crawl_scope.resolve_host

    def resolve(host: str, port: int | None = None) -> list[str]:
        return ["127.0.0.1"] if host.endswith(".test") else real(host, port)

    crawl_scope.resolve_host = resolve


# --- the two contenders ---------------------------------------------------------------------

def bare(urls: list[str], workers: int) -> dict[str, Any]:
    found: set[Finding] = set()
    lock = threading.Lock()
    # The checker's tags and result types; axe's own preload, as a plain script has it.
    options = axe_options(AuditConfig().browser_stage)
    options.pop("preload", None)

    def on_page(url: str, results: dict[str, Any]) -> None:
        rows = {(norm(url), rule["id"], status, selector_of(node.get("target", [])))
                for kind, status in (("violations", "violation"), ("incomplete", "needs-review"))
                for rule in results.get(kind, []) for node in rule.get("nodes", [])}
        with lock:
            found.update(rows)

    with CpuMeter() as cpu:
        run = run_bare(urls, workers, json.dumps(options), on_page, (RESOLVER_RULES,))
    pages = len(urls) - len(run.errors)
    return {"name": f"bare loop, {workers} browser(s)", "browsers": workers, "pages": pages,
            "errors": len(run.errors), "seconds": run.seconds, "rate": pages / run.seconds,
            "cpu": cpu.seconds, "python_cpu": cpu.python, "server_cpu": cpu.server,
            "findings": found}


def checker(url: str, pages: int, workers: int | None, **more: Any) -> dict[str, Any]:
    from checker.outcome import run_audit

    out = Path(tempfile.mkdtemp(prefix="bench-remote-"))
    stages: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    lock = threading.Lock()

    def record(page: str, stage: str, seconds: float) -> None:
        with lock:
            stages[norm(page)][stage] += seconds

    options: dict[str, Any] = ({} if workers is None else {"workers": workers}) | {
        k: v for k, v in more.items() if not k.startswith("_")}
    config = AuditConfig(start=[url], out=out, db=out / "audit.sqlite", max_pages=pages,
                         full=True, quiet=True, fail_on="never", formats=[], **options)
    if timing is not None:
        timing.install(record)
    try:
        audits: list[Any] = []
        with CpuMeter() as cpu:
            started = time.monotonic()
            with run_audit(config, started=audits.append) as outcome:
                seconds = time.monotonic() - started
                store, run_id = outcome.store, outcome.run.id
                done = list(store.iter_pages(run_id))
                found = {(norm(f.url), f.rule_id, f.status, f.selector or "")
                         for f in store.iter_findings(run_id) if f.source == "wcag"}
            read = time.monotonic()  # (reading the results took a moment too)
            close_seconds = wait_for_browser_close(audits) - read
    finally:
        if timing is not None:
            timing.install(None)
    shutil.rmtree(out, ignore_errors=True)
    listed = more.pop("_listed", None)
    audited = sum(1 for p in done if p.error is None and p.rendered
                  and (listed is None or norm(p.url) in listed))
    errors = [f"{p.url}: {p.error}" for p in done if p.error]
    name = "checker, default workers" if workers is None else f"checker, --workers {workers}"
    return {"name": name, "workers": workers or config.workers, "pages": audited,
            "errors": len(errors), "error_list": errors[:5], "seconds": seconds,
            "close_seconds": max(0.0, close_seconds),
            "rate": audited / seconds, "cpu": cpu.seconds, "python_cpu": cpu.python,
            "server_cpu": cpu.server, "findings": found,
            "stages": {page: dict(s) for page, s in stages.items()}}


def wait_for_browser_close(audits: list[Any]) -> float:
    """Wait for the audits' sessions to quit (they quit behind the audit, which returns
    first: checker.pipeline.LazyBrowser) so the next contender has the cores, and their CPU
    is counted; returns the monotonic time they were gone."""
    for audit in audits:
        closing = getattr(audit, "browser_closing", None)  # absent in older checkouts
        if closing is not None:
            closing.join(60)
    return time.monotonic()


class CpuMeter:
    """CPU seconds this process and its descendants (chromedriver, Chromium) spent while the
    block ran, the site's server excluded: what the contender cost, however busy the
    machine is.

    Each descendant's own CPU time is sampled while it lives (every `every` seconds) and its
    last reading kept: a Chromium process that ends is not reaped by anything we wait on
    (chromedriver kills the browser, whose renderers die with it), so the reaped-children
    times of os.times() miss most of a browser's CPU (a session that quit before the block
    ended lost about two thirds of its CPU that way). A process's last `every` seconds may
    be missed; the sampler's own CPU is not counted."""

    exclude: set[int] = set()  # the server's pid
    every = 0.1

    def __enter__(self) -> CpuMeter:
        self._server_before = _process_cpu(self.exclude)
        self._seen: dict[tuple[int, str], float] = {}
        self._before = _descendant_cpu(self.exclude)
        self._own = _own_cpu()
        self._sampler_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="cpu-meter", daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while True:
            self._seen.update(_descendant_cpu(self.exclude))
            self._sampler_cpu = time.thread_time()
            if self._stop.wait(self.every):
                self._seen.update(_descendant_cpu(self.exclude))
                self._sampler_cpu = time.thread_time()
                return

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.python = _own_cpu() - self._own - self._sampler_cpu  # the checker's Python
        children = sum(seconds - self._before.get(key, 0.0)
                       for key, seconds in self._seen.items())
        self.seconds = self.python + children
        # The site's server shares the cores on this machine (counted apart: a real remote
        # site's server does not), for the feasibility bound.
        self.server = _process_cpu(self.exclude) - self._server_before


def _process_cpu(pids: set[int]) -> float:
    """User + system CPU seconds of these processes (all their threads)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _own_cpu() -> float:
    times = os.times()
    return times.user + times.system


def _descendant_cpu(exclude: set[int]) -> dict[tuple[int, str], float]:
    """Own user + system CPU seconds of each live descendant, keyed by (pid, start time) so
    a reused pid is another process."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[tuple[int, str], float] = {}
    for pid in browser_pool.process_tree(os.getpid()):
        if pid in exclude:
            continue
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # utime, stime: fields 14-15 of stat, 12-13 after the name; starttime is field 22
        out[(pid, fields[19])] = (int(fields[11]) + int(fields[12])) / tick
    return out


# --- the feasibility bound -------------------------------------------------------------------

def cpu_bound_rate(row: dict[str, Any], cpus: int) -> float:
    """The most pages/s this contender could make if the cores were all it waited for: its
    CPU-s a page, plus the site's server's (on the same cores here), into the cores."""
    per_page = (row["cpu"] + row["server_cpu"]) / max(1, row["pages"])
    return cpus / per_page if per_page else float("inf")


def bound_lines(rows: list[dict[str, Any]], target: tuple[float, int] | None, cpus: int
                ) -> list[str]:
    """Each contender's CPU-bound pages/s, the best ratio the checker could reach at its
    measured CPU-s a page against each bare loop as measured, and whether the issue's target
    is reachable at all at that CPU-s a page on these cores."""
    lines = []
    bares = [r for r in rows if r["name"].startswith("bare")]
    for row in rows:
        pages = max(1, row["pages"])
        cpu, server = row["cpu"] / pages, row["server_cpu"] / pages
        bound = row["bound"] = cpu_bound_rate(row, cpus)
        line = (f"bound, {row['name']}: {cpu:.2f} CPU-s/page (+{server:.2f} the site's server)"
                f" on {cpus} cores -> at most {bound:.2f} pages/s if CPU-bound (measured"
                f" {row['rate']:.2f} = {100 * row['rate'] / bound:.0f} % of it)")
        if row["name"].startswith("checker"):
            best = [f"{bound / b['rate']:.2f}x {b['name']}" for b in bares]
            if best:
                line += "; best ratio at this CPU/page: " + ", ".join(best)
            line += _target_verdict(row, bares, target, cpus)
        lines.append(line)
    return lines


def _target_verdict(row: dict[str, Any], bares: list[dict[str, Any]],
                    target: tuple[float, int] | None, cpus: int) -> str:
    reference = next((b for b in bares if target and b["browsers"] == target[1]), None)
    if target is None or reference is None:
        return ""
    ratio = target[0]
    pages = max(1, row["pages"])
    # the CPU-s a page at which `ratio` x the bare loop's measured rate fills the cores
    needed = cpus / (ratio * reference["rate"]) - row["server_cpu"] / pages
    reachable = row["bound"] >= ratio * reference["rate"]
    row["target"] = {"ratio": ratio, "against": reference["name"],
                     "needs_cpu_per_page": needed, "reachable": reachable}
    return (f"; target {ratio}x {reference['name']} needs <= {needed:.2f} CPU-s/page: "
            + ("reachable in principle" if reachable else "NOT reachable at this CPU/page")
            + f" (the bare loop itself spends {reference['cpu'] / max(1, reference['pages']):.2f})")


# --- output ----------------------------------------------------------------------------------

def median_lines(rows: list[dict[str, Any]]) -> list[str]:
    """For a checker setting run more than once (`--workers 1 2 4 8 8 4 2 1 ...`, alternated
    so that a drift of the machine's load falls on every setting): the median pages/s and
    its ratio to each bare loop, in the order the settings first ran."""
    runs: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        if row["name"].startswith("checker"):
            runs[row["name"]].append(row["rate"])
    bares = [r for r in rows if r["name"].startswith("bare")]
    lines = []
    for name, rates in runs.items():
        if len(rates) < 2:
            continue
        median = statistics.median(rates)
        lines.append(f"median of {len(rates)}, {name}: {median:.2f} pages/s ("
                     + ", ".join(f"{r:.2f}" for r in rates) + ")"
                     + "".join(f"; {median / b['rate']:.2f}x {b['name']}" for b in bares))
    return lines


def stage_table(stages: dict[str, dict[str, float]]) -> list[str]:
    """Per stage: pages it ran on, total seconds, mean / median / p90 ms per page."""
    lines = ["| stage | pages | total s | mean ms | median ms | p90 ms |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for stage in timing.STAGES if timing is not None else ():
        values = sorted(s[stage] for s in stages.values() if stage in s)
        if not values:
            continue
        p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
        lines.append(f"| {stage} | {len(values)} | {sum(values):.1f} | "
                     f"{1000 * statistics.mean(values):.0f} | "
                     f"{1000 * statistics.median(values):.0f} | {1000 * p90:.0f} |")
    return lines


def slowest_pages(stages: dict[str, dict[str, float]], count: int = 5) -> list[str]:
    totals = sorted(stages.items(), key=lambda kv: -sum(kv[1].values()))[:count]
    return [f"  {page}: " + ", ".join(f"{k} {1000 * v:.0f} ms" for k, v in sorted(
        s.items(), key=lambda kv: -kv[1]) if v >= 0.005) for page, s in totals]


def compare(reference: set[Finding], found: set[Finding]) -> str:
    if reference == found:
        return f"same findings as the bare loop ({len(found)})"
    missing, extra = sorted(reference - found), sorted(found - reference)
    return (f"DIFFERENT findings: {len(missing)} only in the bare loop, {len(extra)} only in"
            f" the checker (of {len(reference)}); e.g. {(missing or extra)[:3]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.15, help="seconds per response")
    parser.add_argument("--site", choices=("realistic", "small"), default="realistic")
    parser.add_argument("--bare", type=int, nargs="*", default=[1, 2],
                        help="bare loop browser counts")
    parser.add_argument("--workers", type=int, nargs="*", default=[],
                        help="checker --workers counts, after its defaults")
    parser.add_argument("--no-default", action="store_true",
                        help="skip the checker run with its default workers")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                        help="an audit option for every checker run (e.g. screenshots=false)")
    args = parser.parse_args()

    site = build_site(args.pages) if args.site == "realistic" else small_site(args.pages)
    sizes = site.page_bytes()
    map_test_hosts()
    server, port = start_server(site, args.delay)
    CpuMeter.exclude = {server.pid or 0}
    base = f"http://127.0.0.1:{port}"
    urls = [base + path for path in site.pages]
    print(f"{args.site} site: {len(urls)} pages of {min(sizes) / 1024:.0f}-"
          f"{max(sizes) / 1024:.0f} KB (mean {statistics.mean(sizes) / 1024:.0f} KB), "
          f"{len(site.files) - len(site.pages)} assets; {1000 * args.delay:.0f} ms per "
          f"response; {cores()} cores; load average {os.getloadavg()[0]:.1f}",
          flush=True)
    rows: list[dict[str, Any]] = []
    try:
        for count in args.bare:
            rows.append(bare(urls, count))
            _report(rows[-1], rows)
        runs = ([None] if not args.no_default else []) + list(args.workers)
        for workers in runs:
            # room for URLs the crawl finds beside the list (/index.html beside /); findings
            # are compared on the listed pages
            listed = {norm(url) for url in urls}
            rows.append(checker(urls[0], len(urls) + 10, workers, _listed=listed,
                                **_options(args.option)))
            rows[-1]["findings"] = {f for f in rows[-1]["findings"] if f[0] in listed}
            _report(rows[-1], rows)
    finally:
        server.kill()
    print("\n".join(bound_lines(rows, TARGETS.get((args.site, args.delay > 0)), cores())),
          flush=True)
    print("\n".join(median_lines(rows)), flush=True)
    if args.json:
        args.json.write_text(json.dumps(
            [{k: v for k, v in r.items() if k != "findings"} for r in rows], indent=1))
    return 0


def _options(pairs: list[str]) -> dict[str, Any]:
    """KEY=VALUE audit options: integers, true/false, or text."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        out[key] = (int(value) if value.isdigit() else
                    {"true": True, "false": False}.get(value.lower(), value))
    return out


def _report(row: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    closing = (f" (its browsers quit {row['close_seconds']:.1f} s after the results were read)"
               if "close_seconds" in row else "")
    line = (f"{row['name']}: {row['pages']} pages in {row['seconds']:.1f} s{closing} = "
            f"{row['rate']:.2f} pages/s, {row['cpu']:.1f} CPU-s "
            f"({row['python_cpu']:.1f} in Python), {row['errors']} errors")
    bares = [r for r in rows if r["name"].startswith("bare")]
    if row["name"].startswith("checker"):
        line += "; " + ", ".join(f"{row['rate'] / b['rate']:.2f}x {b['name']}" for b in bares)
        if bares:
            line += "; " + compare(bares[0]["findings"], row["findings"])
    print(line, flush=True)
    for error in row.get("error_list", []):
        print("   error:", error[:200])
    if "stages" in row:
        print("\n".join(stage_table(row["stages"])))
        print("slowest pages:")
        print("\n".join(slowest_pages(row["stages"])), flush=True)
    elif len(bares) > 1:
        print("  " + compare(bares[0]["findings"], row["findings"]), flush=True)


if __name__ == "__main__":
    sys.exit(main())
