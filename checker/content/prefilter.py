"""Literal prefilters: cheap substring tests that say when a regex cannot match.

Python's re scans every position of a long text for an alternation such as
\\b(?:cures?|heals?)\\b, about a millisecond per 30 KB. A page has thousands of blocks and the
packs have a hundred patterns, so each pattern gets the lower-case literals one of which any
match must contain ("cur", "heal"), read from the regex's own parse tree, and the regex runs
only on text that contains one. A pattern with no usable literal always runs.
"""

from __future__ import annotations

import re
from re import _parser as sre_parse  # noqa: PLC2701 - stable since 3.11; parse tree only

_MIN_LITERAL = 2
_MAX_ALTERNATIVES = 200
_LITERAL = sre_parse.LITERAL
_NEUTRAL = {sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT}


def requirements(pattern: re.Pattern[str]) -> list[tuple[str, ...]] | None:
    """Sets of lower-case strings: every match contains one string of each set ("works for
    everyone" needs "work", "for" and "every"). None when nothing useful is known."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    sets = [s for s in _and(list(tree)) if min(len(a) for a in s) >= _MIN_LITERAL]
    return [tuple(sorted(set(s))) for s in sets] or None


def _and(items: list) -> list[list[str]]:
    """The alternative sets a sequence of parse items requires, all of them."""
    sets: list[list[str]] = []
    run = ""
    for op, arg in items:
        if op is _LITERAL:
            run += chr(arg).lower()
            continue
        if op in _NEUTRAL:
            continue
        if run:
            sets.append([run])
        run = ""
        sets += _item(op, arg)
    if run:
        sets.append([run])
    return sets


def _item(op, arg) -> list[list[str]]:  # noqa: ANN001 - sre parse tree nodes
    if op is sre_parse.SUBPATTERN:
        return _and(list(arg[-1]))
    if op is sre_parse.ATOMIC_GROUP:
        return _and(list(arg))
    if op in _REPEATS:
        low, _high, body = arg
        return _and(list(body)) if low >= 1 else []
    if op is sre_parse.BRANCH:
        union: list[str] = []
        for branch in arg[1]:
            best = _best(_and(list(branch)))
            if best is None:
                return []  # one branch needs no literal: the branch as a whole needs none
            union += best
        return [union] if len(union) <= _MAX_ALTERNATIVES else []
    return []


def _best(sets: list[list[str]]) -> list[str] | None:
    """The most selective set: the one whose shortest member is longest."""
    usable = [s for s in sets if s]
    return max(usable, key=lambda s: min(map(len, s))) if usable else None


_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT,
            getattr(sre_parse, "POSSESSIVE_REPEAT", sre_parse.MAX_REPEAT)}


class Prefilter:
    """Any of several patterns could match a text only if this says so."""

    def __init__(self, patterns: list[re.Pattern[str]]):
        self.each: list[list[tuple[str, ...]]] = []
        self.always = False
        for pattern in patterns:
            found = requirements(pattern)
            if found is None:
                self.always = True
                break
            # Rarest-looking set first: a miss there ends the test soonest.
            self.each.append(sorted(found, key=lambda s: -min(map(len, s))))

        # One flat tuple of each pattern's most selective set: a single quick scan rejects
        # most texts before the exact test.
        self.first = tuple(sorted({a for sets in self.each for a in sets[0]}))

    def may_match(self, lowered: str) -> bool:
        # Plain loops: this runs per block and per sentence, generators cost more here.
        if self.always:
            return True
        for a in self.first:
            if a in lowered:
                break
        else:
            return False
        for sets in self.each:
            for alternatives in sets:
                for a in alternatives:
                    if a in lowered:
                        break
                else:
                    break  # this pattern lacks one of its required literals
            else:
                return True
        return False
