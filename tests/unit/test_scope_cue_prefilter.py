"""The claim reader's scope cues are read only in a text that holds their literals
(claimread._may_hold, speed32): _scope_stop answers exactly as without the prefilter, on
the sentences of the throughput bench's pages and of tests/sites, each read alone, as its
own risk text with the first words blanked, and under the sentence before it as its lead."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench.content_throughput import make_page
from checker.content.claimread import Context, scope
from checker.content.claimread.scope import _scope_stop
from checker.content.extract import extract

SITES = Path(__file__).resolve().parents[1] / "sites"


def _cases() -> list[tuple[str, str]]:
    rng = random.Random(5)
    pages = [make_page(i, 50, rng) for i in range(2)]
    pages += [p.read_text(encoding="utf-8", errors="replace")
              for p in sorted(SITES.rglob("*.html"))]
    cases: dict[tuple[str, str], None] = {}
    for html in pages:
        doc = extract("https://clinic.example/", html)
        for block in doc.blocks:
            previous = ""
            for sentence in block.sentences:
                cases.setdefault((sentence, previous))
                previous = sentence
    return list(cases)


def _read(cases: list[tuple[str, str]]) -> list[tuple[str | None, ...]]:
    return [(_scope_stop(s, Context()), _scope_stop(s, Context(lead=lead)),
             _scope_stop(s, Context(), " " * 12 + s[12:]))
            for s, lead in cases]


def test_scope_stop_answers_as_without_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = _cases()
    assert len(cases) > 1000
    fast = _read(cases)
    monkeypatch.setattr(scope, "_may_hold", lambda pattern, text: True)
    slow = _read(cases)
    assert fast == slow
    assert sum(any(row) for row in slow) > 100  # the cues do fire on these texts
    # nine regexes (speed32), others' sales talk and the two cues no seller's sentence
    # holds (classes, by their regexes: speed33)
    assert len(scope._CUE_PREFILTERS) == 12
