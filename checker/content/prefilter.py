"""Literal prefilters: cheap substring tests that say when a regex cannot match.

Python's re scans every position of a long text for an alternation such as
\\b(?:cures?|heals?)\\b, about a millisecond per 30 KB. A page has thousands of blocks and the
packs have a hundred patterns, so each pattern gets the lower-case literals one of which any
match must contain ("cur", "heal"), read from the regex's own parse tree, and the regex runs
only on text that contains one. A pattern with no usable literal always runs.

Texts and literals are compared in a normal form (see `normalize`): lower case, every run of
non-word characters one space. A literal that the regex anchors at a word boundary keeps that
space, so \bend\b looks for " end " and is not fooled by "recommend".
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from re import _parser as sre_parse  # noqa: PLC2701 - stable since 3.11; parse tree only

import re2

_MIN_LITERAL = 2
_MAX_ALTERNATIVES = 200
_LITERAL = sre_parse.LITERAL
_NEUTRAL = {sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT}


def requirements(pattern: re.Pattern[str]) -> list[tuple[str, ...]] | None:
    """Sets of lower-case strings: every match contains one string of each set ("works for
    everyone" needs "work", "for" and "every"). None when nothing useful is known."""
    found = _requirements(pattern.pattern, pattern.flags)
    return list(found) if found is not None else None


@lru_cache(maxsize=2048)
def _requirements(source: str, flags: int) -> tuple[tuple[str, ...], ...] | None:
    """`requirements` of a regex's source, parsed once (perf43): a matcher reads each of its
    patterns twice (its own prefilter and the pattern's), rules share patterns, and parsing
    was a third of an engine's build."""
    try:
        tree = sre_parse.parse(source, flags)
    except (re.error, RecursionError):
        return None
    sets = [s for s in _and(list(tree)) if min(len(a) for a in s) >= _MIN_LITERAL]
    return tuple(_minimal(s) for s in sets) or None


def _minimal(alternatives: list[str]) -> tuple[str, ...]:
    """The set without the literals that hold another of its literals: a text with " shown"
    holds " show", so {" show", " shows", " shown"} tests as {" show"} (an inflected word
    class costs one scan of a page, not one per form)."""
    unique = sorted(set(alternatives), key=len)
    kept: list[str] = []
    for literal in unique:
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return tuple(sorted(kept))


_NON_WORD = re.compile(r"\W+")


# ASCII bytes that are not word characters (\w on ASCII is [A-Za-z0-9_]) -> space.
_ASCII_NON_WORD = bytes(c if (chr(c).isalnum() or c == 95) else 32 for c in range(256))


def normalize(text: str) -> str:
    """The form prefilters test: lower case, non-word runs as one space, padded."""
    lowered = text.lower()
    if not lowered.isascii():
        return " " + _NON_WORD.sub(" ", lowered) + " "
    # The same without the regex, which ran for every block and sentence: every non-word
    # character becomes a space, then each run of spaces one space.
    spaced = lowered.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii")
    words = spaced.split()
    if not words:
        return "   " if spaced else "  "
    core = " ".join(words)
    if spaced[0] == " ":
        core = " " + core
    if spaced[-1] == " ":
        core += " "
    return " " + core + " "


def _literal(run: str, start: bool, end: bool) -> str:
    """A literal run in normal form, with the spaces its word boundaries guarantee."""
    text = _NON_WORD.sub(" ", run)
    if start and run[:1].isalnum():
        text = " " + text
    if end and run[-1:].isalnum():
        text += " "
    return text


def _separator(op, arg) -> bool:  # noqa: ANN001 - sre parse tree nodes
    """A word boundary, or at least one non-word character (\\s+, [- ]): either way the
    literal after it starts a word and the literal before it ends one."""
    if op is sre_parse.AT:
        return arg is sre_parse.AT_BOUNDARY
    if op is sre_parse.IN:
        return all(kind is sre_parse.CATEGORY and value is sre_parse.CATEGORY_SPACE
                   or kind is _LITERAL and not chr(value).isalnum() and chr(value) != "_"
                   for kind, value in arg)
    if op in _REPEATS:
        low, _high, body = arg
        items = list(body)
        return low >= 1 and len(items) == 1 and _separator(*items[0])
    return False


def _and(items: list, start: bool = False) -> list[list[str]]:
    """The alternative sets a sequence of parse items requires, all of them. `start`: the
    sequence begins at a word start."""
    sets: list[list[str]] = []
    run = ""
    for op, arg in items:
        if op is _LITERAL:
            run += chr(arg).lower()
            continue
        separator = _separator(op, arg)
        if op in _NEUTRAL and not separator:
            continue
        if run:
            sets.append([_literal(run, start, separator)])
        if separator:
            run, start = "", True
            continue
        at_start = start and not run
        run, start = "", False
        sets += _item(op, arg, start=at_start)
    if run:
        sets.append([_literal(run, start, False)])
    return sets


def _item(op, arg, start: bool = False) -> list[list[str]]:  # noqa: ANN001 - sre nodes
    if op is sre_parse.SUBPATTERN:
        return _and(list(arg[-1]), start)
    if op is sre_parse.ATOMIC_GROUP:
        return _and(list(arg), start)
    if op in _REPEATS:
        low, _high, body = arg
        return _and(list(body), start) if low >= 1 else []
    if op is sre_parse.BRANCH:
        union: list[str] = []
        for branch in arg[1]:
            best = _best(_and(list(branch), start))
            if best is None:
                return []  # one branch needs no literal: the branch as a whole needs none
            union += best
        return [union] if len(union) <= _MAX_ALTERNATIVES else []
    return []


def _best(sets: list[list[str]]) -> list[str] | None:
    """The most selective set: one without an everyday word ("for good" needs "good" more
    tellingly than "for"), then the one whose shortest member is longest."""
    usable = [s for s in sets if s and min(len(a) for a in s) >= _MIN_LITERAL]
    return max(usable, key=lambda s: (not any(a.strip() in _COMMON for a in s),
                                      min(map(len, s)))) if usable else None


_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT,
            getattr(sre_parse, "POSSESSIVE_REPEAT", sre_parse.MAX_REPEAT)}


# Words on most clinic pages: as a pattern's first literal they select nearly every block.
_COMMON = frozenset("""the our you your we in of as is it its to for and or a an on at by be are
was with this that can may all any no not results result medicine medicines patients patient
people care treatment treatments""".split())


def _rarity(literals: tuple[str, ...]) -> tuple[bool, int]:
    """Sets that are small and hold no everyday word or scrap ("s" of "Denver's") first:
    each literal of the leading set is searched for in the page's text, so a word class of
    a hundred verbs costs a hundred scans; then the longest shortest literal (a set with an
    everyday word counts as 3 letters)."""
    shortest = min(len(a.strip()) for a in literals)
    weak = shortest < 3 or any(a.strip() in _COMMON for a in literals)
    return weak or len(literals) > _BIG_SET, -3 if weak else -shortest


_BIG_SET = 24


class LiteralIndex:
    """Every prefilter's literals in one RE2 set: which of them a text holds, found in one
    pass (`present`) instead of one substring scan per literal. The claim rules' word
    classes bring hundreds of literals, most of them absent from any one page: scanning a
    page once per literal cost more than the rules' own matching."""

    def __init__(self) -> None:
        self._order: list[str] = []  # the literals, in the order the set numbers them
        self._known: set[str] = set()
        self._set: re2.Set | None = None
        self._lock = threading.Lock()
        self.version = 0  # grows with every new literal: what a cached answer was read with
        self._sentences: dict[str, tuple[int, frozenset[str]]] = {}

    def add(self, literals: Iterable[str]) -> None:
        with self._lock:
            for literal in literals:
                if literal not in self._known:
                    self._known.add(literal)
                    self._order.append(literal)
                    self._set = None  # compiled again when next asked
                    self.version += 1

    def present(self, text: str) -> frozenset[str]:
        """The known literals that occur in `text` (normal form)."""
        with self._lock:
            if self._set is None:
                self._set = self._compile()
            matcher, order = self._set, self._order
        return frozenset(order[i] for i in matcher.Match(text) or ())

    def present_in_sentence(self, sentence: str) -> frozenset[str]:
        """`present` in a sentence's normal form, remembered by the sentence: the phrase
        rules of a page read the same sentences one after another, and each used to test
        its hundreds of literals on each sentence with one substring scan apiece (speed32:
        most of Matcher._read's time). The answer holds for the literals known when it was
        read (`version`)."""
        cached = self._sentences.get(sentence)
        if cached is not None and cached[0] == self.version:
            return cached[1]
        version = self.version
        found = self.present(normalize(sentence))
        if len(self._sentences) >= _SENTENCE_CACHE:
            self._sentences.clear()  # bounded: a few thousand short strings
        self._sentences[sentence] = (version, found)
        return found

    def _compile(self) -> re2.Set:
        matcher = re2.Set.SearchSet(_RE2_OPTIONS)
        for literal in self._order:
            matcher.Add(_RE2_META.sub(r"\\\g<0>", literal))
        matcher.Compile()
        return matcher


_SENTENCE_CACHE = 4096
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20  # a few thousand literals; RE2's 8 MB default is too small
_RE2_META = re.compile(r"[.^$*+?()\[\]{}|\\]")
LITERALS = LiteralIndex()


class Prefilter:
    """Any of several patterns could match a text only if this says so."""

    def __init__(self, patterns: list[re.Pattern[str]]):
        self.each: list[list[tuple[str, ...]]] = []
        self.always = False
        self.patterns = tuple(patterns)  # (may_hold: the patterns by themselves)
        for pattern in patterns:
            found = requirements(pattern)
            if found is None:
                self.always = True
                break
            # Rarest-looking set first: a miss there ends the test soonest. A set that holds
            # an everyday word ("the", "results", "patients") is found on most pages whatever
            # its length, so it goes after the sets without one.
            self.each.append(sorted(found, key=_rarity))

        # One flat tuple of each pattern's most selective set: a single quick scan rejects
        # most texts before the exact test.
        self.first = tuple(sorted({a for sets in self.each for a in sets[0]}))
        # The same as sets, for may_match_present: frozenset.isdisjoint walks the smaller
        # of two sets (a sentence holds a few literals, a rule's word classes hundreds),
        # but every item of a tuple.
        self.first_set = frozenset(self.first)
        self.each_sets = [[frozenset(alternatives) for alternatives in sets]
                           for sets in self.each]
        LITERALS.add(a for sets in self.each for alternatives in sets for a in alternatives)

    def may_match(self, lowered: str) -> bool:
        """`lowered` is text in normal form (`normalize`)."""
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

    def may_hold(self, present: frozenset[str]) -> tuple[re.Pattern[str], ...]:
        """The patterns that may match a text holding the literals `present` (as
        may_match_present, pattern by pattern): a yes-or-no search of their alternation is
        a search of these alone (perf42: an alternation of eighteen status phrases tries
        each at every position of a block). All of them where one has no literal."""
        if self.always:
            return self.patterns
        return tuple(pattern for pattern, sets in zip(self.patterns, self.each_sets, strict=True)
                     if not any(present.isdisjoint(alternatives) for alternatives in sets))

    def may_match_present(self, present: frozenset[str]) -> bool:
        """`may_match` from the literals a text holds (`LITERALS.present` of its normal
        form; every literal of this prefilter is in LITERALS): the same answer, as set
        lookups in C instead of a substring scan per literal."""
        if self.always:
            return True
        if present.isdisjoint(self.first_set):
            return False
        for sets in self.each_sets:
            for alternatives in sets:
                if present.isdisjoint(alternatives):
                    break  # this pattern lacks one of its required literals
            else:
                return True
        return False
