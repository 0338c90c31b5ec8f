"""Content-rule throughput: check_page on ~50 KB realistic clinic pages, one core or a pool.

Run: .venv/bin/python bench/content_throughput.py [--pages N] [--size KB] [--processes N]
Prints pages/s: on one core (CPU time of this process), and with --processes N through the
audit's ContentPool (N worker processes; wall time, the findings compared with one core's).
The pages are generated (deterministic seed): header, nav, a main article of
paragraphs, lists, an FAQ with <details>, testimonials, a sidebar of teasers, a footer, and
inline analytics, so every rule type has work to do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from checker.content import ContentEngine
from checker.content.extract import extract
from checker.content.pool import ContentPool
from checker.settings import AuditConfig

# Everyday clinic copy, with the rules' trigger words as rare as on real pages.
FILLER = [
    "Our front desk team will help you find a time that suits your schedule.",
    "Parking is free in the lot behind the building, and the entrance has a ramp.",
    "Please bring a photo ID, your insurance card and a list of your current medicines.",
    "Your first visit starts with a conversation about your health history and goals.",
    "We will explain each option, how long it takes and what it costs before you decide.",
    "Many patients like to bring a friend or family member to their first appointment.",
    "Wear comfortable clothes and eat a light meal a few hours before your visit.",
    "Our nurses have worked in emergency departments, intensive care units and clinics.",
    "You can message your care team through the patient portal at any time.",
    "We send a reminder by text message two days before every appointment.",
    "Afterwards, plan to rest for the remainder of the day and drink plenty of water.",
    "Follow-up visits are usually shorter and focus on how you have been feeling.",
    "We work with your primary care doctor and share notes with your permission.",
    "Evening appointments are available on Tuesdays and Thursdays until 7 pm.",
    "Cancellations made less than 24 hours ahead may incur a small fee.",
    "Our building is close to the number 12 bus line and the river trail.",
]
SENTENCES = [
    "Ketamine infusions are an off-label option for depression that has not improved.",
    "Each infusion takes about 40 minutes in a private room with a nurse nearby.",
    "Most people get six infusions over three weeks, then a booster as needed.",
    "Your blood pressure can rise for a short time, so we check it often.",
    "Studies suggest that about half of patients feel better after the first series.",
    "We cannot guarantee results, and ketamine does not work for everyone.",
    "Some people feel dizzy, sleepy or detached from their body during the infusion.",
    "Tell us if you are pregnant, have heart disease or a history of substance use.",
    "Dr. Maya Okafor, MD, reviews every treatment plan before the first visit.",
    "Insurance rarely covers ketamine for depression, so we offer payment plans.",
    "If you are in crisis, call or text 988 or go to the nearest emergency room.",
    "Semaglutide is a weekly injection; compounded versions are not FDA-approved.",
]


def _sentence(rng: random.Random) -> str:
    """One in four sentences is about the treatment itself."""
    return rng.choice(SENTENCES) if rng.random() < 0.25 else rng.choice(FILLER)


WIDGET = ('<div class="elementor-element elementor-element-{id} elementor-widget '
          'elementor-widget-text-editor" data-id="{id}" data-element_type="widget" '
          'data-widget_type="text-editor.default"><div class="elementor-widget-container">'
          "{html}</div></div>")
ICON = ('<svg aria-hidden="true" class="e-font-icon-svg e-fas-check" viewBox="0 0 512 512" '
        'xmlns="http://www.w3.org/2000/svg"><path d="M173.9 439.4l-166.4-166.4c-10-10-10-26.2 '
        '0-36.2l36.2-36.2c10-10 26.2-10 36.2 0L192 312.7 432.1 72.6c10-10 26.2-10 36.2 0l36.2 '
        '36.2c10 10 10 26.2 0 36.2l-294.4 294.4c-10 10-26.2 10-36.2 0z"></path></svg>')
STYLE = "".join(f".elementor-{i} .elementor-element.elementor-element-{i:06x}"
                f"{{margin-top:{i % 40}px;padding:{i % 7}px {i % 11}px;color:#2b3a4a}}\n"
                for i in range(60))


def make_page(index: int, size_kb: int, rng: random.Random) -> str:
    """A page built like a CMS page builder's output: about 40% of its bytes are text."""
    parts = [f"<h1>Ketamine therapy for depression {index}</h1>",
             '<p class="byline">Medically reviewed by Priya Natarajan, MD · '
             '<time datetime="2026-03-02">2 March 2026</time></p>']
    target = size_kb * 1024
    section = 0
    size = len(STYLE) + 6000  # head, nav, sidebar and footer
    while size < target:
        section += 1
        block = [f"<h2>Section {section}: what to expect</h2>"]
        for _ in range(rng.randint(1, 3)):
            text = "<p>" + " ".join(_sentence(rng) for _ in range(4)) + "</p>"
            block.append(WIDGET.format(id=f"{rng.getrandbits(28):07x}", html=text))
        items = "".join(f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-'
                        f'icon">{ICON}</span><span class="elementor-icon-list-text">'
                        f"{_sentence(rng)}</span></li>" for _ in range(3))
        block.append(f'<ul class="elementor-icon-list-items">{items}</ul>')
        if section % 3 == 0:
            block.append("<details><summary>Is ketamine safe?</summary><p>"
                         + " ".join(_sentence(rng) for _ in range(5)) + "</p></details>")
        if section % 4 == 0:
            block.append('<blockquote><p>"The infusions helped me get back to work." </p>'
                         "<footer>— Sam R.</footer></blockquote>")
        html = ('<section class="elementor-section elementor-top-section">'
                f'{"".join(block)}</section>')
        parts.append(html)
        size += len(html)
    main = "\n".join(parts)
    nav = "".join(f'<li class="menu-item menu-item-type-post_type"><a href="/p{i}/">Page {i}</a>'
                  "</li>" for i in range(30))
    teasers = "".join(f'<li><a href="/blog/{i}/">Post {i} cured my migraines for good</a> '
                      f"<span>Jan {i + 1}, 2021</span></li>" for i in range(10))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ketamine for Depression | Cedar Ridge Wellness</title><style>{STYLE}</style>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-XYZ"></script></head>
<body><header class="site-header"><nav><ul>{nav}</ul></nav></header>
<div class="layout"><main id="main"><article>{main}</article></main>
<aside class="sidebar"><h2>Latest News</h2><ul>{teasers}</ul></aside></div>
<footer class="site-footer">
<p>This website is general information and not a substitute for professional medical advice.</p>
<ul><li><a href="/privacy/">Privacy Policy</a></li>
<li><a href="/accessibility/">Accessibility</a></li></ul>
<p>© 2026 Cedar Ridge Wellness</p></footer></body></html>"""


def reference_loop() -> float:
    """CPU seconds for a fixed pure-Python loop (about 0.5 s on an idle modern core): tells
    how much the machine's other load slows this process down."""
    start = time.process_time()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--size", type=int, default=50, help="page size in KB")
    parser.add_argument("--processes", type=int, default=0,
                        help="also run the pages through a pool of N worker processes")
    args = parser.parse_args()
    rng = random.Random(5)
    pages = [make_page(i, args.size, rng) for i in range(args.pages)]
    engine = ContentEngine(AuditConfig(as_of=dt.date(2026, 11, 25)))
    engine.check_page("https://bench.example/warmup/", pages[0])  # loads textstat's dictionary
    start, cpu_start = time.perf_counter(), time.process_time()
    verdicts = [engine.check_page(f"https://bench.example/p{i}/", html)
                for i, html in enumerate(pages)]
    findings = sum(len(v.findings) for v in verdicts)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # what one core spent, whatever else runs
    avg_kb = sum(len(p.encode()) for p in pages) / len(pages) / 1024
    words = len(" ".join(extract("https://bench.example/", pages[0]).main_text.split()).split())
    print(f"{args.pages} pages of {avg_kb:.0f} KB ({words} words of main text): "
          f"{args.pages / cpu:.1f} pages/s on one core "
          f"(CPU {cpu:.2f} s; wall {elapsed:.2f} s = {args.pages / elapsed:.1f} pages/s; "
          f"{findings} findings)")
    if args.processes:
        pooled(engine, pages, args.processes, verdicts)
    print(f"reference loop: {reference_loop():.2f} s CPU (about 0.5 s on an idle core)")


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a live process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def workers_cpu_seconds() -> float:
    return sum(cpu_seconds(p.pid) for p in multiprocessing.active_children())


def pooled(engine: ContentEngine, pages: list[str], processes: int, expected: list) -> None:
    """The same pages through the audit's ContentPool: as many pages in hand as the audit's
    fetch threads keep (16), the workers started and warmed up before the clock starts."""
    with ContentPool(engine, processes) as pool:
        pool.start_after = 0
        with ThreadPoolExecutor(16) as threads:
            list(threads.map(lambda i: pool.run("https://bench.example/warmup/", pages[0]),
                             range(4 * processes)))  # every worker built its catalog
            warm_cpu = workers_cpu_seconds()
            start = time.perf_counter()
            works = list(threads.map(lambda i: pool.run(f"https://bench.example/p{i}/",
                                                        pages[i]), range(len(pages))))
            elapsed = time.perf_counter() - start
            workers_cpu = workers_cpu_seconds() - warm_cpu
    same = all(w.verdict is not None and w.verdict.findings == v.findings
               and w.verdict.facts == v.facts for w, v in zip(works, expected, strict=True))
    # What the pool makes when each worker has a core of its own (the busy machine's wall
    # time says how much of a core it got): pages over the busiest share of CPU.
    own_cores = len(pages) / (workers_cpu / processes)
    print(f"{len(pages)} pages on {processes} processes: {len(pages) / elapsed:.1f} pages/s "
          f"wall ({elapsed:.2f} s); {own_cores:.1f} pages/s with a core per worker (their CPU "
          f"{workers_cpu:.2f} s); findings and facts identical to one core's: {same}")


if __name__ == "__main__":
    main()
