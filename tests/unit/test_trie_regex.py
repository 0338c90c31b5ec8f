"""The lexicons fold thousands of plain terms into one trie-shaped regex (lexicons._trie_regex):
it matches exactly its terms, whitespace runs for spaces, and is written the same whatever the
terms' order."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from checker.content.lexicons import _trie_regex

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
