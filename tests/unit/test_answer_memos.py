"""The answers the claim rules remember (speed33): Matcher._read by its arguments, and the
claim reader's verdict by the sentence and its whole context (claimread.judged). A site's
sidebar, header and footer recur on every page; a remembered answer must be the answer, each
caller must get a verdict of its own, and a memo must stay bounded."""

from __future__ import annotations

import dataclasses

import pytest

from checker.content import ContentEngine, match
from checker.content.claimread import ClaimSpec, Context, context, judge, judged, judging
from checker.content.match import Matcher
from checker.settings import AuditConfig
from tests.conftest import SUITE_AS_OF
from tests.unit.sample_pages import sample_sentences


def _found(value: object, kind: type, found: dict[int, object]) -> None:
    if isinstance(value, kind):
        found[id(value)] = value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            _found(getattr(value, item.name), kind, found)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _found(item, kind, found)


@pytest.fixture(scope="module")
def engine() -> ContentEngine:
    return ContentEngine(AuditConfig(as_of=SUITE_AS_OF))


def _of(engine: ContentEngine, kind: type) -> list:
    found: dict[int, object] = {}
    for rule in engine.rules:
        _found(rule.compiled, kind, found)
    return list(found.values())



def _same(a: tuple, b: tuple) -> bool:
    (match_a, why_a), (match_b, why_b) = a, b
    return why_a == why_b and (match_a is None) == (match_b is None) and (
        match_a is None or (match_a.span(), match_a.re.pattern) == (match_b.span(),
                                                                    match_b.re.pattern))


def test_a_matcher_remembers_its_answers(engine: ContentEngine) -> None:
    matchers = _of(engine, Matcher)
    assert len(matchers) >= 5
    sentences = sample_sentences()
    assert len(sentences) > 1000
    for matcher in matchers:
        for sentence in sentences:
            for args in ((False, False, False), (True, False, False), (False, True, True)):
                anew = matcher._read_anew(sentence, *args)
                assert _same(matcher._read(sentence, *args), anew), (sentence, args)
                assert _same(matcher._read(sentence, *args), anew), (sentence, args)


def test_a_matcher_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    monkeypatch.setattr(match, "_MEMO_SIZE", 3)
    matcher = Matcher(patterns=[re.compile(r"\bcures?\b", re.IGNORECASE)])
    for n in range(10):
        assert matcher.find(f"Drip {n} cures colds.") is not None
    assert len(matcher._memo) == 3
    assert matcher.find("It does not cure colds.") is None


def test_the_claim_reader_remembers_its_verdicts(engine: ContentEngine) -> None:
    specs = [s for s in _of(engine, ClaimSpec)]
    assert specs
    sentences = sample_sentences()
    contexts = [Context(), Context(lead="What we treat:", testimonial=True),
                Context(previous="Our stem cell therapy is offered here.",
                        selling=True, offered=("Regen Shot",))]
    for spec in specs:
        for sentence in sentences[:400]:
            for ctx in contexts:
                fresh = judge(sentence, spec, ctx)
                first, second = judged(sentence, spec, ctx), judged(sentence, spec, ctx)
                assert first == fresh and second == fresh, sentence
                second.notes.append("changed by its caller")
                assert judged(sentence, spec, ctx) == fresh  # each caller's own copy


def test_a_verdict_depends_on_every_field_of_its_context(engine: ContentEngine,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    spec = next(s for s in _of(engine, ClaimSpec) if s.products is not None)
    sentence = "It reverses arthritis."
    alone = judged(sentence, spec, Context())
    told = judged(sentence, spec, Context(previous="Our stem cell therapy heals joints."))
    assert not alone.fired and told == judge(sentence, spec, Context(
        previous="Our stem cell therapy heals joints."))
    # the key is every field of Context, whatever fields it has
    assert context._CONTEXT_FIELDS == tuple(f.name for f in dataclasses.fields(Context))
    monkeypatch.setattr(judging, "_MEMO_SIZE", 2)
    spec.memo.clear()
    for n in range(5):
        judged(f"Drip {n} cures arthritis.", spec, Context())
    assert len(spec.memo) == 2
