"""--no-browser audits end to end: pages/s and peak memory at 500 and 5,000 pages, with the
content rules in 1 or 2 processes.

    .venv/bin/python bench/no_browser.py [--pages 500 5000] [--processes 1 2] [--size 20]

The site (bench/content_throughput.py's clinic pages, 16 bodies of --size KB, each page with
links to its neighbours so the crawl reaches all of them) is served from a separate process
on 127.0.0.1. Each audit runs in a fresh child process through the library (`run_audit`, the
default html and json reports included), so its peak RSS (ru_maxrss) is its own; the content
workers' peak is reported beside it.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import multiprocessing
import random
import resource
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.content_throughput import make_page  # noqa: E402

VARIANTS = 16  # distinct page bodies; every page also gets its own links


def page_body(n: int, total: int, bodies: list[str]) -> bytes:
    links = "".join(f'<li><a href="/p{m}/">Related {m}</a></li>'
                    for m in {(n * 2 + 1) % total, (n * 2 + 2) % total, (n + 1) % total})
    html = bodies[n % len(bodies)].replace(
        "</article>", f"<p>Page {n}.</p><ul>{links}</ul></article>", 1)
    return html.encode()


def serve(total: int, size_kb: int, ready: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    rng = random.Random(5)
    bodies = [make_page(i, size_kb, rng) for i in range(VARIANTS)]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            path = self.path.split("?", 1)[0]
            number = 0 if path == "/" else _page_number(path)
            if number is None or number >= total:
                body, status = b"not found", 404
            else:
                body, status = page_body(number % total, total, bodies), 200
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    ready.put(server.server_address[1])
    server.serve_forever()


def _page_number(path: str) -> int | None:
    """/p{n}/ is page n (the pages' own nav links /p0/ to /p29/ too); the teasers' /blog/{n}/
    and the footer's pages are pages as well, numbered past the pages' range."""
    name = path.strip("/")
    if name.startswith("p") and name[1:].isdigit():
        return int(name[1:])
    if name.startswith("blog/") and name[5:].isdigit():
        return -1 - int(name[5:])
    return {"privacy": -20, "accessibility": -21}.get(name)


def child(origin: str, pages: int, processes: int, work: Path) -> None:
    """One audit in this (fresh) process; prints its figures as one JSON line."""
    from checker.outcome import run_audit
    from checker.settings import AuditConfig

    # (a checkout from before --content-processes measures its one process)
    known = {field.name for field in dataclasses.fields(AuditConfig)}
    extra = {"content_processes": processes} if "content_processes" in known else {}
    config = AuditConfig(start=[origin + "/"], max_pages=pages, no_browser=True, quiet=True,
                         **extra, db=work / "history.sqlite",
                         out=work / "out", fail_on="never", max_urls_per_pattern=100_000,
                         as_of=dt.date(2026, 11, 25))
    started = time.perf_counter()
    with run_audit(config) as outcome:
        audited = outcome.run.options["pages_tally"]["pages"]
    elapsed = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"pages": audited, "seconds": elapsed, "peak_rss_mb": own.ru_maxrss / 1024,
                      "worker_peak_rss_mb": workers.ru_maxrss / 1024,
                      "cpu_s": own.ru_utime + own.ru_stime,
                      "worker_cpu_s": workers.ru_utime + workers.ru_stime}))


def report(row: dict, processes: int) -> str:
    return (f"{row['pages']:>6} pages  {processes} process(es)  {row['seconds']:7.1f} s  "
            f"{row['pages'] / row['seconds']:6.1f} pages/s  peak RSS {row['peak_rss_mb']:6.1f} MB"
            f" (content workers {row['worker_peak_rss_mb']:.1f} MB)  CPU {row['cpu_s']:.1f} s"
            f" + workers {row['worker_cpu_s']:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--size", type=int, default=20, help="page size in KB")
    parser.add_argument("--child", nargs=3, metavar=("ORIGIN", "PAGES", "PROCESSES"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), int(args.child[2]), args.work)
        return
    ready: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=serve, args=(max(args.pages), args.size, ready),
                                     daemon=True)
    server.start()
    try:
        origin = f"http://127.0.0.1:{ready.get(timeout=60)}"
        print(f"site: {max(args.pages)} pages of about {args.size} KB on {origin}/")
        for pages in args.pages:
            for processes in args.processes:
                work = Path(tempfile.mkdtemp(prefix="bench-no-browser-"))
                proc = subprocess.run(
                    [sys.executable, __file__, "--child", origin, str(pages), str(processes),
                     "--work", str(work)], capture_output=True, text=True, check=True)
                row = json.loads(proc.stdout.strip().splitlines()[-1])
                print(report(row, processes), flush=True)
    finally:
        server.terminate()
        server.join(timeout=5)


if __name__ == "__main__":
    main()
