"""TermSet's fast paths call RE2's Match as re2's wrapper does, on ASCII texts (speed32) and on
the others (speed33, byte offsets turned into characters): every lexicon finds the same terms
at the same offsets with and without them, in the sentences and joined block texts of the
throughput bench's pages and of tests/sites."""

from __future__ import annotations

import pytest

from checker.content import lexicons
from checker.content.lexicons import TermSet, load_lexicons
from tests.unit.sample_pages import sample_docs


def _term_sets() -> list[TermSet]:
    lex = load_lexicons()
    sets = [lex.approved, lex.negated_outcomes, lex.viral, lex.non_antiviral]
    for group in (lex.predicates, lex.products, lex.conditions, lex.implied, lex.replaced,
                  lex.cleared):
        sets += list(group.values())
    sets.append(lex.products_of(tuple(lex.products)))
    return [s for s in sets if isinstance(s, TermSet)]


def _texts() -> list[str]:
    texts: dict[str, None] = {}
    for doc in sample_docs():
        texts.setdefault("\n".join(b.text for b in doc.blocks))
        for block in doc.blocks:
            for sentence in block.sentences:
                texts.setdefault(sentence)
    return list(texts)


def _forget(sets: list[TermSet]) -> None:
    """Drops what the sets remember of the texts (perf42), so that the next answers are read
    again, by the path under test."""
    for terms in sets:
        for memo in (*terms._found, *terms._first):
            memo.clear()


def test_the_ascii_path_finds_what_the_wrapper_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    assert lexicons._RAW  # google-re2 as installed exposes what the fast path calls
    sets, texts = _term_sets(), _texts()
    assert len(sets) > 20 and sum(t.isascii() for t in texts) > 1000
    assert lexicons._RAW_UTF8 and sum(not t.isascii() for t in texts) > 50
    fast = [[(s.finditer(t), s.search(t)) for s in sets] for t in texts]
    monkeypatch.setattr(lexicons, "_RAW", False)
    monkeypatch.setattr(lexicons, "_RAW_UTF8", False)
    _forget(sets)
    slow = [[(s.finditer(t), s.search(t)) for s in sets] for t in texts]
    assert fast == slow
    assert any(found for row in fast for found, _ in row)
    assert any(found for text, row in zip(texts, fast, strict=True) if not text.isascii()
               for found, _ in row)


def test_a_text_that_is_not_ascii(monkeypatch: pytest.MonkeyPatch) -> None:
    terms = TermSet("t", ["knee pain", "MS", "Crohn's disease", "caf\u00e9 au lait spots"])
    text = ("\u00c9tude \u2014 knee pain \u00b7 MS \U0001f600 Crohn's disease, "
            "caf\u00e9 au lait spots\u2026 MS")
    fast = (terms.finditer(text), terms.search(text), terms.search(text[12:]))
    monkeypatch.setattr(lexicons, "_RAW_UTF8", False)
    _forget([terms])
    slow = (terms.finditer(text), terms.search(text), terms.search(text[12:]))
    assert fast == slow
    assert [m.text for m in fast[0]] == ["knee pain", "MS", "Crohn's disease",
                                        "caf\u00e9 au lait spots", "MS"]
    assert all(text[m.begin:m.finish] == m.text for m in fast[0])


def test_an_empty_text_and_a_term_at_the_end() -> None:
    terms = TermSet("t", ["knee pain", "MS"])
    assert terms.finditer("") == [] and terms.search("") is None
    found = terms.finditer("MS and knee  pain")
    assert [(m.text, m.begin, m.finish) for m in found] == [("MS", 0, 2),
                                                           ("knee  pain", 7, 17)]


def test_an_answer_is_remembered_and_each_caller_gets_its_own_list() -> None:
    """perf42: finditer and search remember their answers by the text; a caller that filters
    or extends the list it got changes nothing another caller gets."""
    terms = TermSet("t", ["knee pain", "MS"])
    first = terms.finditer("MS and knee pain")
    first.append(first[0])
    again = terms.finditer("MS and knee pain")
    assert [m.text for m in again] == ["MS", "knee pain"] and again is not first
    assert terms.search("MS and knee pain") is terms.search("MS and knee pain")
    assert terms.search("no term here") is None and terms.search("no term here") is None
