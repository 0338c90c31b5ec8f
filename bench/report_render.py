"""Report rendering: a synthetic run of 2,000 pages and 20,000 findings (with two earlier
runs, so the overview computes new/fixed and a trend) in a real SQLite store, rendered to
every format. Prints the wall and CPU time per format (CPU time is the steadier figure on a busy
machine), the output size, and the peak RSS.

    .venv/bin/python bench/report_render.py [--pages 2000] [--findings 20000] [--out DIR]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.report import FORMATS, write_reports  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402
from tests.report.synthetic import build  # noqa: E402


def size_of(path: Path) -> tuple[int, int]:
    """(bytes, files) under a path."""
    if path.is_file():
        return path.stat().st_size, 1
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def time_in_browser(out: Path) -> None:
    """Load time of index.html and of the biggest rule file, and one filter change on each."""
    from checker.browser.pool import start_session

    biggest_rule = max((out / "rules").glob("*.html"), key=lambda p: p.stat().st_size)
    session = start_session(AuditConfig(screenshots=False))
    try:
        for path in (out / "index.html", biggest_rule):
            started = time.perf_counter()
            session.driver.get(path.as_uri())
            loaded = time.perf_counter() - started
            filtered = session.driver.execute_script(
                "var s = document.querySelector('form[data-scope] select[name=sev]');"
                "var t = performance.now(); s.value = 'critical';"
                "s.dispatchEvent(new Event('change', {bubbles: true}));"
                "return performance.now() - t;")
            rows = session.driver.execute_script(
                "return document.querySelectorAll('[data-item]').length")
            print(f"browser {path.name}: {rows} rows, {path.stat().st_size / 1e6:.1f} MB,"
                  f" opened in {loaded:.2f} s, filtered in {filtered / 1000:.2f} s")
    finally:
        session.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--findings", type=int, default=20000)
    parser.add_argument("--out", type=Path, help="keep the output here (default: a temp dir)")
    parser.add_argument("--browser", action="store_true",
                        help="also time opening and filtering the biggest files in Chromium")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="report-bench-"))
    out = args.out or work / "out"
    started = time.perf_counter()
    store, run_id = build(work / "audit.sqlite", pages=args.pages, findings=args.findings)
    print(f"synthetic store: {args.pages} pages, {args.findings} findings per run, 3 runs,"
          f" built in {time.perf_counter() - started:.1f} s")
    for fmt, (name, _writer) in FORMATS.items():
        started, cpu = time.perf_counter(), time.process_time()
        write_reports(AuditConfig(formats=[fmt]), store, run_id, out)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        target = out / name
        size, files = size_of(out) if fmt == "html" else size_of(target)
        if fmt == "html":
            size -= sum(size_of(out / n)[0] for n, _ in FORMATS.values() if n != name
                        and (out / n).exists())
            files -= sum(1 for n, _ in FORMATS.values() if n != name and (out / n).exists())
            index = (out / "index.html").stat().st_size
            print(f"{fmt:6} {seconds:6.2f} s ({cpu:5.2f} s CPU) {size / 1e6:6.1f} MB"
                  f" in {files} files (index.html {index / 1e6:.1f} MB)")
        else:
            print(f"{fmt:6} {seconds:6.2f} s ({cpu:5.2f} s CPU) {size / 1e6:6.1f} MB  {name}")
    if args.browser:
        time_in_browser(out)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    store.close()
    if args.out is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
