"""Incremental audits: a full audit of a 200-page site, an unchanged re-audit, and a re-audit
after 5 pages changed. Prints wall times and how many pages each run rendered.

    .venv/bin/python bench/incremental.py [--pages 200] [--changed 5] [--workers 2]
                                          [--no-browser]

The site is generated (tests/scheduled/sitegen.py) and served on 127.0.0.1 on one port for
all three runs, so that URLs, hence the stored pages, are comparable.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.outcome import run_audit  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402
from tests.scheduled.sitegen import SiteServer, build_site, write_page  # noqa: E402


def run(config: AuditConfig, label: str) -> float:
    """One audit's wall time until its outcome is ready. Its browser sessions quit behind
    it (checker.pipeline.LazyBrowser); the next run starts once they have, so that it has
    the cores to itself, and how long that took is printed apart."""
    audits: list = []
    started = time.perf_counter()
    result = run_audit(config, started=audits.append)
    elapsed = time.perf_counter() - started
    tally = result.run.options["pages_tally"]
    result.store.close()
    for audit in audits:
        closing = getattr(audit, "browser_closing", None)  # absent in older checkouts
        if closing is not None:
            closing.join(60)
    closed = time.perf_counter() - started - elapsed
    print(f"{label:<28} {elapsed:7.1f} s   pages {tally['pages']:>4}   fresh {tally['fresh']:>4}"
          f"   rendered {tally['rendered']:>4}   carried over {tally['carried_over']:>4}"
          f"   (+{closed:.1f} s until its browsers had quit)", flush=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--changed", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-incremental-"))
    defects = {n: (("img-alt",) if n % 3 == 0 else ()) + (("cure",) if n % 7 == 0 else ())
               for n in range(1, args.pages)}
    root = build_site(work / "site", args.pages - 1, defects)  # plus the index page
    with SiteServer(root) as server:
        def config(out: str, **extra: object) -> AuditConfig:
            return AuditConfig(start=[server.url + "index.html"], max_pages=args.pages + 10,
                               workers=args.workers, no_browser=args.no_browser, quiet=True,
                               screenshots=False, db=work / "history.sqlite", out=work / out,
                               fail_on="never", max_urls_per_pattern=10_000, formats=[],
                               **extra)

        mode = "no browser" if args.no_browser else f"Chromium, {args.workers} workers"
        print(f"{args.pages}-page site, {mode}")
        full = run(config("full"), "full audit")
        unchanged = run(config("unchanged"), "unchanged re-audit")
        for n in range(1, args.changed + 1):
            write_page(root, n * 10, args.pages - 1, ("cure",), revision=2)
        changed = run(config("changed"), f"{args.changed} pages changed")
        forced = run(config("forced", full=True), "--full re-audit")
    print(f"speed-up, unchanged vs full: {full / unchanged:.1f}x;"
          f" {args.changed} changed vs full: {full / changed:.1f}x;"
          f" --full vs full: {forced / full:.2f}")


if __name__ == "__main__":
    main()
