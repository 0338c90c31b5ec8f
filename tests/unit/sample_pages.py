"""Pages the speed tests compare old and new answers on: two of the throughput bench's pages and
every page of tests/sites, parsed as the audit parses them."""

from __future__ import annotations

import random
from pathlib import Path

from bench.content_throughput import make_page
from checker.content.document import PageDoc
from checker.content.extract import extract

SITES = Path(__file__).resolve().parents[1] / "sites"


def sample_docs() -> list[PageDoc]:
    rng = random.Random(5)
    pages = [make_page(i, 50, rng) for i in range(2)]
    pages += [p.read_text(encoding="utf-8", errors="replace")
              for p in sorted(SITES.rglob("*.html"))]
    return [extract("https://clinic.example/", html) for html in pages]


def sample_sentences() -> list[str]:
    """Every distinct sentence of the sample pages, in page order."""
    seen: dict[str, None] = {}
    for doc in sample_docs():
        for block in doc.blocks:
            for sentence in block.sentences:
                seen.setdefault(sentence)
    return list(seen)
