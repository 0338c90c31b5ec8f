"""What perf42 made remembered or resolved once gives the answers it gave before: a link's
URL (a path on the page's host resolved against the host alone), a block's sentences, and a
refutation read from a later sentence."""

from __future__ import annotations

from urllib.parse import urljoin

from lxml import etree

from checker.content import scopes, text
from checker.content.document import Link
from checker.content.text import split_sentences

BASES = ["https://a.example/x/y?q=1#f", "http://u:p@h:8080/a/b/", "https://h", "",
         "file:///tmp/x.html", "mailto:x@y", "https://h/a;p?q", "foo://h/x",
         "HTTPS://H.example/A", " https://h/x", "https://[::1]/x", "https://[bad/x"]
PATHS = ["/", "/a", "/a/../b", "/./a", "/a//b", "/a?", "/a#", "/a?x#y", "/a;p", "/a b",
         "/a\tb", "/..", "/a/.", "/%2e%2e/x", "/a:b", "/?", "/#", "//other.example/x", "a/b"]


def _joined(base: str, raw: str) -> str:
    try:
        return urljoin(base, raw)
    except ValueError:
        return raw


def test_a_link_resolves_as_urljoin_resolves_it() -> None:
    el = etree.Element("a")
    for base in BASES:
        for raw in PATHS:
            assert Link(raw, base, "main", el, el).href == _joined(base, raw), (base, raw)


def test_a_blocks_sentences_are_the_callers_own() -> None:
    block = "Dr. Okafor reviews every plan. Each infusion takes 40 minutes! Ask us?"
    first = split_sentences(block)
    assert first == ["Dr. Okafor reviews every plan.", "Each infusion takes 40 minutes!",
                     "Ask us?"]
    first.pop()
    assert split_sentences(block) == ["Dr. Okafor reviews every plan.",
                                      "Each infusion takes 40 minutes!", "Ask us?"]
    long = "A sentence. " * 200  # longer than any kept text: split again when asked
    assert len(split_sentences(long)) == 200 and long not in text._SENTENCES


def _span(found: object) -> tuple[int, int] | None:
    return found.span() if found is not None else None  # type: ignore[attr-defined]


def test_a_refutation_is_the_same_read_again() -> None:
    sentences = ["It didn't.", "But it didn't work.", "The study did not support the claims.",
                 "That claim was never proven.", "Our patients love it."]
    scopes._REFUTED.clear()
    fresh = [[_span(scopes.refutes(s, first)) for first in (True, False)] for s in sentences]
    again = [[_span(scopes.refutes(s, first)) for first in (True, False)] for s in sentences]
    assert fresh == again and len(scopes._REFUTED) == 2 * len(sentences)
    assert fresh[2] == [(10, 36), (10, 36)] and fresh[4] == [None, None]
