"""candidate_blocks (the rules' and the topics' block prefilter) selects exactly the blocks whose
normal form `Prefilter.may_match` passes, in page order: for every prefilter of the packs'
rules and of the topics, on every region of the throughput bench's pages and of tests/sites
(speed33 reads only the literals a region holds in a block, and topics.mentions reads its
blocks from it)."""

from __future__ import annotations

import dataclasses

from checker.content import ContentEngine, topics
from checker.content.prefilter import Prefilter
from checker.content.types.base import candidate_blocks
from checker.settings import AuditConfig
from tests.conftest import SUITE_AS_OF
from tests.unit.sample_pages import sample_docs


def _prefilters(value: object, found: dict[int, Prefilter], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(value, Prefilter):
        found[id(value)] = value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            _prefilters(getattr(value, item.name), found, depth + 1)
        for name in ("prefilter", "_each"):
            if hasattr(value, name):
                _prefilters(getattr(value, name), found, depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _prefilters(item, found, depth + 1)


def test_candidate_blocks_are_the_blocks_may_match_passes() -> None:
    engine = ContentEngine(AuditConfig(as_of=SUITE_AS_OF))
    found: dict[int, Prefilter] = {}
    for rule in engine.rules:
        _prefilters(rule.compiled, found)
    prefilters = [*found.values(), *topics._PREFILTERS.values()]
    assert len(prefilters) > 100
    docs = sample_docs()
    selected = 0
    for doc in docs:
        for blocks in (doc.own_blocks, doc.chrome_blocks, doc.blocks, doc.main_blocks):
            for prefilter in prefilters:
                expected = [b for b in blocks if prefilter.may_match(b.norm)]
                assert candidate_blocks(doc, prefilter, blocks) == expected, (
                    doc.url, prefilter.first[:3])
                selected += len(expected)
    assert selected > 1000  # the prefilters do pass blocks of these pages
