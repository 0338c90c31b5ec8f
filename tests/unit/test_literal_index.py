"""The prefilters' literals found in one RE2 pass (checker.content.prefilter.LiteralIndex):
the same answer as testing each literal with `in`, for literals with regex metacharacters,
word-boundary spaces and non-ASCII letters, and a new literal is seen once added."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checker.content.document import PageDoc
from checker.content.extract import extract
from checker.content.prefilter import LITERALS, LiteralIndex, normalize

LITERALS_ASKED = [" end ", "cure", "100%", "a.b", "x(y", "risk-free", "every time", "ñame",
                  "[1]", "c++", "^top", "$5", "a|b", "back\\slash"]


def test_present_is_each_literal_tested_with_in() -> None:
    index = LiteralIndex()
    index.add(LITERALS_ASKED)
    text = " the cure works every time 100% risk-free end ñame c++ $5 back\\slash "
    assert index.present(text) == {lit for lit in LITERALS_ASKED if lit in text}
    assert index.present(" recommend axb x y ") == frozenset()  # "." and "(" are literal


@given(st.text(alphabet="ab .(|ñ%", max_size=40))
def test_present_agrees_with_in_on_any_text(text: str) -> None:
    index = LiteralIndex()
    literals = ["a.", "b(", "ñ", "a|b", " a ", "%%", "ab"]
    index.add(literals)
    assert index.present(text) == {lit for lit in literals if lit in text}


def test_a_literal_added_later_is_found_on_a_page_read_before() -> None:
    doc: PageDoc = extract("https://clinic.example/", "<main><p>Zorblax heals all.</p></main>")
    blocks = doc.own_blocks
    before = doc.literals_present(blocks)
    assert "zorblax" not in before
    LITERALS.add(["zorblax"])
    assert "zorblax" in doc.literals_present(blocks)
    assert normalize("Zorblax") == " zorblax "
