"""What perf42 made remembered, resolved once or read in part gives the answers it gave before:
a link's URL (a path on the page's host resolved against the host alone), a block's sentences,
a refutation read from a later sentence, and whether a block holds a status phrase."""

from __future__ import annotations

from urllib.parse import urljoin

from lxml import etree

from checker.content import ContentEngine, scopes, text
from checker.content.document import Block, Link
from checker.content.text import split_sentences
from checker.content.types.structured import _holds_status
from checker.settings import AuditConfig
from tests.conftest import SUITE_AS_OF
from tests.unit.sample_pages import sample_docs

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
    kept = text._remembered_sentences.cache_info().currsize
    assert len(split_sentences(long)) == 200
    assert text._remembered_sentences.cache_info().currsize == kept


def _span(found: object) -> tuple[int, int] | None:
    return found.span() if found is not None else None  # type: ignore[attr-defined]


def test_a_refutation_is_the_same_read_again() -> None:
    sentences = ["It didn't.", "But it didn't work.", "The study did not support the claims.",
                 "That claim was never proven.", "Our patients love it."]
    scopes.refutes.cache_clear()
    fresh = [[_span(scopes.refutes(s, first)) for first in (True, False)] for s in sentences]
    again = [[_span(scopes.refutes(s, first)) for first in (True, False)] for s in sentences]
    assert fresh == again and scopes.refutes.cache_info().currsize == 2 * len(sentences)
    assert fresh[2] == [(10, 36), (10, 36)] and fresh[4] == [None, None]


def test_a_block_holds_a_status_phrase_as_the_alternation_says() -> None:
    """perf42: the status rule's block gate runs only the phrases whose literals a block holds;
    it says yes exactly where the whole alternation finds a phrase, on every block of the
    sample pages and on made-up sentences of each kind."""
    engine = ContentEngine(AuditConfig(as_of=SUITE_AS_OF))
    specs = [rule.compiled for rule in engine.rules if rule.type == "status-claim"]
    assert specs
    made = ["Our exosomes are FDA-approved.", "It is approved by the Food and Drug "
            "Administration.", "The FDA has not approved compounded semaglutide.",
            "We are an FDA-registered facility.", "Government approved peptides!"]
    blocks = [b for doc in sample_docs() for b in doc.blocks]
    blocks += [Block(0, etree.Element("p"), "p", text, "main") for text in made]
    for spec in specs:
        said = [_holds_status(spec, b) for b in blocks]
        assert said == [spec.status.search(b.text) is not None for b in blocks]
        assert sum(said) >= 5
