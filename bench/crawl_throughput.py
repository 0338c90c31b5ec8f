"""Crawl throughput and memory: a generated clinic-like site of 2,000 pages on 127.0.0.1,
crawled in --no-browser fashion (fetch + extract_links + discover) through the Crawler API.

Prints pages/s and the checker process's peak RSS after 500 and after 2,000 pages. The site
is served from a separate process, so the RSS figures are the crawler's own.

    .venv/bin/python bench/crawl_throughput.py [--pages 2000] [--workers 8]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.crawl import Crawler, extract_links  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402

SECTIONS = ["services", "conditions", "providers", "locations", "patients", "blog", "about"]
LOREM = (
    "Our clinicians explain each treatment, its risks and side effects, and what to expect "
    "before, during and after your visit. Ask your provider whether it is right for you. "
)


def slug(n: int) -> str:
    """A word-like slug for page n (letters only, like a real CMS permalink)."""
    letters = []
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters.append("abcdefghijklmnopqrstuvwxyz"[r])
    return "topic-" + "".join(reversed(letters))


def path_of(n: int) -> str:
    return "/" if n == 0 else f"/{SECTIONS[n % len(SECTIONS)]}/{slug(n)}/"


def render(n: int, total: int) -> bytes:
    """About 12 KB of page with a nav, a main article, a sidebar and a footer; links to a
    few neighbours so every page is reachable from the home page."""
    neighbours = {(n * 2 + 1) % total, (n * 2 + 2) % total, (n + 1) % total,
                  (n * 37 + 11) % total, max(0, (n - 1) // 2)}  # fmt: skip
    nav = "".join(f'<a href="/{s}/">{s.title()}</a>' for s in SECTIONS)
    related = "".join(f'<li><a href="{path_of(m)}">Related {m}</a></li>' for m in neighbours)
    body = "".join(f"<p>{LOREM}</p>" for _ in range(40))
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>Page {n}</title>"
        f'<link rel=canonical href="{path_of(n)}"></head><body><header><nav>{nav}</nav></header>'
        f"<main><h1>Page {n}</h1>{body}</main><aside><ul>{related}</ul></aside>"
        '<footer><a href="mailto:desk@clinic.example">desk</a> <a href="tel:+15550100">call</a>'
        "</footer></body></html>"
    ).encode()


def serve(total: int, ready: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    pages = {path_of(n): n for n in range(total)}
    sections = {f"/{s}/" for s in SECTIONS}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: with Nagle on, the body waits for the
        # client's delayed ACK (40 ms a page). Real servers don't stall like that.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            path = self.path.split("?", 1)[0]
            if path in pages:
                body, status = render(pages[path], total), 200
            elif path in sections:
                body, status = render(0, total), 200  # section index: like the home page
            else:
                body, status = b"not found", 404
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128

    server = Server(("127.0.0.1", 0), Handler)
    ready.put(server.server_address[1])
    server.serve_forever()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def crawl(origin: str, pages: int, workers: int, checkpoints: list[int]) -> list[dict]:
    config = AuditConfig(start=[origin + "/"], max_pages=pages, per_host_concurrency=workers,
                         no_browser=True)  # fmt: skip
    done = 0
    marks: list[dict] = []
    lock = threading.Lock()
    started = time.perf_counter()

    def work(crawler: Crawler) -> None:
        nonlocal done
        while (item := crawler.claim()) is not None:
            result = crawler.fetch(item)
            if result.ok:
                links = extract_links(result.text or "", result.final_url)
                crawler.discover(item, result.final_url, links)
            del result  # nothing of the page is kept
            crawler.release(item)
            with lock:
                done += 1
                if checkpoints and done == checkpoints[0]:
                    checkpoints.pop(0)
                    elapsed = time.perf_counter() - started
                    marks.append({"pages": done, "seconds": elapsed, "pages_per_s": done / elapsed,
                                  "peak_rss_mb": peak_rss_mb(),
                                  "rss_mb": current_rss_mb()})  # fmt: skip

    with Crawler(config) as crawler:
        threads = [threading.Thread(target=work, args=(crawler,)) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stats = crawler.stats
    if stats["errors"]:
        print(f"warning: {stats['errors']} fetch errors", file=sys.stderr)
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    ready: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=serve, args=(args.pages, ready), daemon=True)
    server.start()
    try:
        port = ready.get(timeout=10)
        print(f"site: {args.pages} pages on http://127.0.0.1:{port}/, {args.workers} workers")
        print(f"before crawl: rss {current_rss_mb():.1f} MB")
        checkpoints = sorted({min(500, args.pages), args.pages})
        for mark in crawl(f"http://127.0.0.1:{port}", args.pages, args.workers, checkpoints):
            print(
                f"{mark['pages']:>6} pages  {mark['seconds']:6.2f} s  "
                f"{mark['pages_per_s']:7.1f} pages/s  peak RSS {mark['peak_rss_mb']:6.1f} MB  "
                f"(now {mark['rss_mb']:.1f} MB)"
            )
    finally:
        server.terminate()
        server.join(timeout=5)


if __name__ == "__main__":
    main()
