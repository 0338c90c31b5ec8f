"""Browser-stage throughput: a generated 200-page clinic site on 127.0.0.1, audited in full
(crawl, render, axe, screenshots, content rules, store) with 1, 2 and 4 workers.

Prints pages/s and peak memory of the checker plus its browsers: the summed RSS of this
process and every descendant (chromedriver, Chromium and its renderers), sampled every 0.2 s.
RSS counts pages shared between Chromium processes once per process, so the PSS sum (shared
pages split between sharers) is printed beside it.

    .venv/bin/python bench/browser_throughput.py [--pages 200] [--workers 1 2 4]
        [--write-readme]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from readme_section import write_section  # noqa: E402

from checker.browser.pool import process_tree  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402

SECTION = "## Browser throughput"

SERVICES = ["botox", "ketamine", "tms", "iv-therapy", "weight-loss", "acne", "laser",
            "physio", "nutrition", "sleep"]

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Bench Clinic</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: sans-serif; margin: 0; color: #222; }}
header, footer {{ background: #0b3d5c; color: #fff; padding: 1rem 2rem; }}
header a, footer a {{ color: #fff; margin-right: 1rem; }}
main {{ display: grid; grid-template-columns: 3fr 1fr; gap: 2rem; padding: 2rem; }}
.muted {{ color: #aaa; }}
</style></head>
<body>
<header><a href="/index.html">Bench Clinic</a><nav>{nav}</nav></header>
<main><article>
<h1>{title}</h1>
<p>{title} at Bench Clinic is offered by licensed providers after a consultation. Results vary
from person to person, and your provider will explain what to expect.</p>
<h2>Who it is for</h2>
<p>Adults who have discussed their medical history with a clinician. It may not be suitable
during pregnancy or with some medications.</p>
<img src="/img/photo.svg" width="320" height="180"{alt}>
<h2>Risks and side effects</h2>
<ul><li>Temporary redness or swelling</li><li>Headache</li><li>Rare allergic reactions</li></ul>
<p class="muted">Prices are listed on our fees page.</p>
{form}
<h2>Related pages</h2>
<ul>{related}</ul>
</article>
<aside><h2>Book a visit</h2><p>Call us or use the form on the contact page.</p>
<a href="/contact.html"></a></aside></main>
<footer><p>Bench Clinic, 1 Example Street.</p><a href="/privacy.html">Privacy</a></footer>
</body></html>
"""

FORM = """<form><label>Name <input name="name"></label>
<input name="email" placeholder="Email"><button>Send</button></form>"""

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180">
<rect width="320" height="180" fill="#9cc"/><circle cx="160" cy="90" r="50" fill="#366"/></svg>"""


def generate_site(folder: Path, pages: int) -> None:
    """`pages` interlinked pages: index, contact, privacy, then service articles; each page
    links to the next few so a crawl from the index reaches all of them."""
    (folder / "img").mkdir(parents=True, exist_ok=True)
    (folder / "img" / "photo.svg").write_text(SVG)
    names = ["index", "contact", "privacy"] + [
        f"services/{SERVICES[i % len(SERVICES)]}-{i}" for i in range(pages - 3)]
    nav = "".join(f'<a href="/services/{s}-{i}.html">{s}</a>'
                  for i, s in enumerate(SERVICES[:6]))
    for i, name in enumerate(names):
        related = "".join(f'<li><a href="/{names[(i + k) % len(names)]}.html">'
                          f'{names[(i + k) % len(names)]}</a></li>' for k in range(1, 6))
        html = PAGE.format(title=name.split("/")[-1].replace("-", " ").title(), nav=nav,
                           alt=' alt="Treatment room"' if i % 3 else "",
                           form=FORM if i % 5 == 0 else "", related=related)
        path = folder / f"{name}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def _kb(pid: int, path: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class MemorySampler:
    """Peak summed RSS and PSS (MiB) of this process tree, sampled in a thread."""

    def __init__(self, interval: float = 0.2):
        self.interval = interval
        self.peak_rss = self.peak_pss = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            pids = [os.getpid(), *process_tree(os.getpid())]
            rss = sum(_kb(p, "status", "VmRSS:") for p in pids) / 1024
            pss = sum(_kb(p, "smaps_rollup", "Pss:") for p in pids) / 1024
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)


def audit_once(url: str, workers: int, pages: int) -> dict[str, float]:
    from checker.outcome import run_audit

    out = Path(tempfile.mkdtemp(prefix="bench-throughput-"))
    config = AuditConfig(start=[url], workers=workers, out=out, max_pages=pages + 50,
                         full=True, quiet=True, fail_on="never", formats=[])
    with MemorySampler() as memory:
        started = time.monotonic()
        result = run_audit(config)  # formats=[]: the figure is the audit, not the reports
        seconds = time.monotonic() - started
    pages_done = [p for p in result.store.iter_pages(result.run.id)]
    audited = sum(1 for p in pages_done if p.error is None and p.rendered)
    errors = sum(1 for p in pages_done if p.error)
    result.store.close()
    shutil.rmtree(out, ignore_errors=True)
    return {"workers": workers, "pages": audited, "errors": errors, "seconds": seconds,
            "rate": audited / seconds, "rss": memory.peak_rss, "pss": memory.peak_pss}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args()

    site = Path(tempfile.mkdtemp(prefix="bench-site-"))
    generate_site(site, args.pages)
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"

    rows = []
    for workers in args.workers:
        row = audit_once(url, workers, args.pages)
        rows.append(row)
        print(f"{workers} worker(s): {row['pages']:.0f} pages in {row['seconds']:.1f} s = "
              f"{row['rate']:.2f} pages/s; peak memory RSS {row['rss']:.0f} MiB, "
              f"PSS {row['pss']:.0f} MiB; {row['errors']:.0f} page errors", flush=True)
    server.shutdown()
    shutil.rmtree(site, ignore_errors=True)

    base = rows[0]["rate"]
    lines = [
        f"`bench/browser_throughput.py`, {dt.date.today().isoformat()}: a generated "
        f"{args.pages}-page clinic site on 127.0.0.1, full audit (crawl, render, axe-core in "
        "every frame, full-page screenshot, content rules, SQLite), WCAG 2.1 AA, "
        f"{os.cpu_count()} cores. Peak memory is the checker plus its chromedriver and Chromium "
        "processes: summed RSS (counts shared pages once per process) and summed PSS.",
        "",
        "| workers | pages | seconds | pages/s | vs 1 worker | peak RSS sum (MiB) |"
        " peak PSS sum (MiB) | page errors |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(f"| {r['workers']} | {r['pages']:.0f} | {r['seconds']:.1f} | "
                     f"{r['rate']:.2f} | {r['rate'] / base:.2f}x | {r['rss']:.0f} | "
                     f"{r['pss']:.0f} | {r['errors']:.0f} |")
    print("\n".join(lines))
    if args.write_readme:
        write_section(SECTION, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
