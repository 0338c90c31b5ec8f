"""The sentence-level prefilter of the phrase rules (Matcher._read, speed32): the literals a
sentence holds are read once (LITERALS.present_in_sentence) and each prefilter answers from
that set (Prefilter.may_match_present). It must answer exactly as the substring scans did
(Prefilter.may_match on the sentence's normal form), for the rule's prefilter and each
pattern's, on the sentences of the throughput bench's pages and of tests/sites."""

from __future__ import annotations

import dataclasses

import pytest

from checker.content import ContentEngine
from checker.content.match import Matcher
from checker.content.prefilter import LITERALS, LiteralIndex, Prefilter, normalize
from checker.settings import AuditConfig
from tests.conftest import SUITE_AS_OF
from tests.unit.sample_pages import sample_sentences


def _matchers(value: object, found: dict[int, Matcher]) -> None:
    if isinstance(value, Matcher):
        found[id(value)] = value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            _matchers(getattr(value, item.name), found)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _matchers(item, found)


@pytest.fixture(scope="module")
def prefilters() -> list[Prefilter]:
    engine = ContentEngine(AuditConfig(as_of=SUITE_AS_OF))
    found: dict[int, Matcher] = {}
    for rule in engine.rules:
        _matchers(rule.compiled, found)
    assert len(found) >= 5  # the phrase, existence, citation and FAQ rules
    return [pre for m in found.values() for pre in (m.prefilter, *(p for _, p in m._each))]



def test_sentence_prefilters_answer_as_the_substring_scans(prefilters: list[Prefilter]) -> None:
    sentences = sample_sentences()
    assert len(sentences) > 1000
    differ = []
    for sentence in sentences:
        norm = normalize(sentence)
        present = LITERALS.present_in_sentence(sentence)
        assert present is LITERALS.present_in_sentence(sentence)  # remembered
        differ += [(sentence, pre.first[:3]) for pre in prefilters
                   if pre.may_match_present(present) != pre.may_match(norm)]
    assert differ == []


def test_a_literal_added_later_is_found_in_a_sentence_read_before() -> None:
    index = LiteralIndex()
    index.add(["cure"])
    assert index.present_in_sentence("Zorblux cures all.") == {"cure"}
    index.add(["zorblux"])
    assert index.present_in_sentence("Zorblux cures all.") == {"cure", "zorblux"}
