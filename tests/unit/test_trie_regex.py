"""The lexicons fold thousands of plain terms into one trie-shaped regex (lexicons._trie_regex):
it matches exactly its terms, whitespace runs for spaces, and is written the same whatever the
terms' order; the faster walk of perf43 writes exactly the regex stop 42's did, on every
lexicon and on random terms."""

from __future__ import annotations

import re
from bisect import bisect_left
from os.path import commonprefix

from hypothesis import given
from hypothesis import strategies as st

from checker.content.lexicons import _ACRONYM, _PLAIN, _trie_regex, load_lexicons

TERMS = st.lists(st.text(alphabet="ab1 -'", min_size=1, max_size=6).filter(str.split),
                 min_size=1, max_size=12)


def test_shared_words_are_written_once() -> None:
    assert _trie_regex(["type 2 diabetes", "type 1 diabetes"]) == (
        r"type\s+(?:1\s+diabetes|2\s+diabetes)")
    assert _trie_regex(["acne", "acne scars", "acne"]) == r"acne(?:\s+scars)?"
    assert _trie_regex(["gout"]) == "gout"


@given(TERMS, st.lists(st.text(alphabet="ab1 -'", max_size=7), max_size=12))
def test_matches_exactly_its_terms(terms: list[str], others: list[str]) -> None:
    pattern = re.compile(_trie_regex(terms))
    written = {" ".join(term.split()) for term in terms}
    for term in terms:
        assert pattern.fullmatch(term.strip().replace(" ", " \t ")) or not term.strip()
    for text in others + [w[:-1] for w in written] + [w + "a" for w in written]:
        assert bool(pattern.fullmatch(" ".join(text.split()))) == (
            " ".join(text.split()) in written), (terms, text)


@given(TERMS, st.randoms())
def test_the_terms_order_does_not_change_the_regex(terms: list[str], rng) -> None:
    shuffled = list(terms)
    rng.shuffle(shuffled)
    assert _trie_regex(shuffled) == _trie_regex(terms)


# ---- perf43: the faster trie writes the same regex as stop 42's ---------------------------

def _trie_of_stop42(terms: list[str]) -> str:
    """Stop 42's _trie_regex (os.path.commonprefix from the start of each range), kept as the
    reference the faster walk must equal, string for string."""
    words = sorted({" ".join(term.split()) + "\x00" for term in terms})
    return _stop42_node(words, 0, len(words), 0)


def _stop42_node(words: list[str], lo: int, hi: int, depth: int) -> str:
    first, last = words[lo], words[hi - 1]
    at = len(commonprefix((first, last)))
    run = "".join(map(_stop42_char, first[depth:at].rstrip("\x00")))
    if at >= len(first):
        return run
    ends = first[at] == "\x00"
    branches = []
    start = lo + 1 if ends else lo
    while start < hi:
        char = words[start][at]
        stop = bisect_left(words, first[:at] + chr(ord(char) + 1), start, hi)
        branches.append(_stop42_char(char) + _stop42_node(words, start, stop, at + 1))
        start = stop
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return run + (f"(?:{body})?" if ends else body)


def _stop42_char(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def _lexicon_plain_terms() -> dict[str, list[str]]:
    """Each lexicon set's plain terms, as TermSet folds them into its trie."""
    lex = load_lexicons()
    sets = [lex.approved, lex.negated_outcomes, lex.viral, lex.non_antiviral, lex.curable,
            lex.artefacts, lex.approved_names, lex.labelled.names if lex.labelled else None]
    for group in (lex.predicates, lex.products, lex.conditions, lex.implied, lex.replaced,
                  lex.cleared):
        sets += list((group or {}).values())
    return {s.name: [t.lower() for t in s.terms if _PLAIN.match(t) and not _ACRONYM.match(t)]
            for s in sets if s is not None}


def test_every_lexicon_folds_to_the_same_regex_as_stop_42() -> None:
    folded = _lexicon_plain_terms()
    assert len(folded) > 40 and max(map(len, folded.values())) > 15000
    for name, terms in folded.items():
        if terms:
            assert _trie_regex(terms) == _trie_of_stop42(terms), name


# Letters, digits, the regex's special characters, whitespace and a few non-ASCII ones.
ANY_TERMS = st.lists(st.text(alphabet="abc12 -'.()+?|\\é…\t", min_size=1, max_size=8),
                     min_size=1, max_size=30)


@given(ANY_TERMS)
def test_random_terms_fold_to_the_same_regex_as_stop_42(terms: list[str]) -> None:
    assert _trie_regex(terms) == _trie_of_stop42(terms)


@given(ANY_TERMS, st.lists(st.text(alphabet="abc12 -'.()+?|\\é…", max_size=9), max_size=12))
def test_the_regex_matches_exactly_the_words(terms: list[str], others: list[str]) -> None:
    pattern = re.compile(_trie_regex(terms))
    written = {" ".join(term.split()) for term in terms}
    for text in [*written, *others, *(w[:-1] for w in written), *(w + "a" for w in written)]:
        plain = " ".join(text.split())
        assert bool(pattern.fullmatch(plain)) == (plain in written), (terms, text)


def test_a_remembered_trie_is_the_trie_of_its_own_words() -> None:
    first = _trie_regex(["acne", "acne scars"])
    assert _trie_regex(["acne scars", "acne", "acne"]) == first  # the same words, remembered
    assert _trie_regex(["acne", "acne scar"]) == r"acne(?:\s+scar)?"  # other words, anew
    assert _trie_regex(["acne", "acne scars"]) == first
