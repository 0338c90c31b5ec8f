"""Rule patterns that cannot hang an audit.

A rule pack is data anyone can write, and one regex that backtracks catastrophically on one
page would stop the whole audit. The shipped packs (rules/*.yaml: reviewed, tested on hostile
pages, refused at load when a pattern has the shape of catastrophic backtracking) run on
Python's re. Every other pack's pattern is compiled with RE2 (google-re2: linear time,
no backtracking) when its syntax allows. RE2 has no lookaround and no backreferences; a
pattern that needs them runs on the `regex` module with a time budget per call, and a
pattern that runs over it raises RuleTimeout, which the engine records as the rule failing
on that page (a needs-review finding) instead of waiting.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

import re2
import regex

# Per search of one text. A sound pattern takes microseconds on a sentence; the budget is
# generous so that a busy machine never turns a slow-but-sound search into a failure.
BUDGET_SECONDS = 0.25

_RE2_OPTIONS: dict[bool, Any] = {}


class RuleTimeout(Exception):
    """A rule pattern ran over its time budget on a text."""

    def __init__(self, pattern: str):
        super().__init__(f"pattern {pattern[:80]!r} ran over its {BUDGET_SECONDS:g} s budget")
        self.pattern = pattern


def _re2_options(case_sensitive: bool) -> Any:
    options = _RE2_OPTIONS.get(case_sensitive)
    if options is None:
        options = re2.Options()
        options.log_errors = False  # a refused pattern is expected: it falls back quietly
        options.case_sensitive = case_sensitive
        _RE2_OPTIONS[case_sensitive] = options
    return options


class RulePattern:
    """A compiled rule pattern with the slice of re.Pattern the rule types use: `pattern`,
    `flags` (for the literal prefilter), `search` and `finditer`."""

    __slots__ = ("engine", "finditer", "flags", "pattern", "search")

    def __init__(self, pattern: str, flags: int, trusted: bool = False):
        self.pattern = pattern
        self.flags = flags
        self.search: Callable[[str], Any]
        self.finditer: Callable[[str], Iterator[Any]]
        if trusted:
            # A shipped pack's pattern: reviewed, tested on hostile pages and refused at
            # load when its shape can backtrack badly. Python's re runs it with no per-call
            # cost (the RE2 binding encodes each text to UTF-8 first).
            shipped = re.compile(pattern, flags)
            self.engine = "re"
            self.search, self.finditer = shipped.search, shipped.finditer
            return
        try:
            compiled = re2.compile(pattern, _re2_options(not flags & re.IGNORECASE))
        except re2.error:
            compiled = None
        if compiled is not None:
            self.engine = "re2"
            self.search, self.finditer = compiled.search, compiled.finditer
            return
        fallback = regex.compile(pattern, regex.IGNORECASE if flags & re.IGNORECASE else 0)
        self.engine = "regex"
        self.search = functools.partial(_budgeted, fallback.search, pattern)
        self.finditer = functools.partial(_budgeted_iter, fallback.finditer, pattern)

    def __repr__(self) -> str:
        return f"RulePattern({self.pattern!r}, {self.engine})"


def _budgeted(search: Callable[..., Any], pattern: str, text: str) -> Any:
    try:
        return search(text, timeout=BUDGET_SECONDS)
    except TimeoutError:
        raise RuleTimeout(pattern) from None


def _budgeted_iter(finditer: Callable[..., Iterator[Any]], pattern: str,
                   text: str) -> Iterator[Any]:
    try:
        yield from finditer(text, timeout=BUDGET_SECONDS)
    except TimeoutError:
        raise RuleTimeout(pattern) from None


def compile_rule_pattern(pattern: str, flags: int, trusted: bool = False) -> RulePattern:
    """RE2 when the syntax allows, else the budgeted fallback (Python's re for the shipped
    packs); re.error when the pattern is not a valid (Python) regex at all, so the pack's
    author gets Python's message."""
    re.compile(pattern, flags)
    return RulePattern(pattern, flags, trusted)
