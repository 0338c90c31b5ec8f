"""The development sets (tests/content/claims_corpus/fresh*.yaml) held to the figures their
helpers recorded in dev_baseline.json (bench/claims_eval.py --held-out FILE --record): recall
may only go up, false positives only down. Apart from test_claims_corpus.py so that the test
runners can share the sets out: they grow by a few files a round."""

from __future__ import annotations

import json

import pytest

from bench import claims_eval as ce
from checker.content import ContentEngine
from tests.content.conftest import EPSILON


@pytest.fixture(scope="module")
def scoring_engine() -> ContentEngine:
    """One engine for every set, the corpus's (its as-of date, only the rules it scores)."""
    return ce.scoring_engine()


@pytest.mark.slow  # each development set through the engine: 1-3 s each
@pytest.mark.parametrize("path", ce.DEV_SETS, ids=lambda p: p.name)
def test_development_sets_hold_their_recorded_figures(path, scoring_engine) -> None:
    """A fresh batch kept in held-out shape after its helper's test-half score guards what
    was built on it. (The empty page templates are left to the tuned corpus's test: they are
    the same pages for every file.)"""
    floors = json.loads(ce.DEV_BASELINE.read_text(encoding="utf-8"))[path.name]
    result = ce.evaluate(scoring_engine, held_out=path, check_templates=False)
    assert result["recall"] >= floors["recall"] - EPSILON, result["misses"]
    assert result["fp_rate_rewrites"] <= floors["fp_rate_rewrites"] + EPSILON
    assert result["fp_rate_patient_info"] <= floors["fp_rate_patient_info"] + EPSILON, \
        result["false_positives"]


def test_the_scoring_engine_keeps_every_claim_rule_and_each_rule_it_gives_way_to(
        scoring_engine) -> None:
    """The corpus's engine leaves out only rules no claim rule depends on: every claim rule,
    and every rule a kept rule defers to, is in it; every rule left out is neither."""
    whole = {r.id: r for r in ce.checked_rules(ce.AuditConfig(as_of=ce.AS_OF).content)}
    kept = {r.id for r in scoring_engine.rules}
    assert set(ce.CLAIM_RULES) <= kept
    assert all(set(whole[rid].defer_to) <= kept for rid in kept)
    assert kept < set(whole)  # the reading level, dates and disclosures rules are left out
    assert "reading-level" in set(whole) - kept
