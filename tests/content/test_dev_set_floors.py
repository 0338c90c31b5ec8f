"""The development sets (tests/content/claims_corpus/fresh*.yaml) held to the figures their
helpers recorded in dev_baseline.json (bench/claims_eval.py --held-out FILE --record): recall
may only go up, false positives only down. Apart from test_claims_corpus.py so that the test
runners can share the sets out: they grow by a few files a round."""

from __future__ import annotations

import json

import pytest

from bench import claims_eval as ce
from tests.content.conftest import EPSILON


@pytest.mark.slow  # each development set through the engine: 1-3 s each
@pytest.mark.parametrize("path", ce.DEV_SETS, ids=lambda p: p.name)
def test_development_sets_hold_their_recorded_figures(path, engine) -> None:
    """A fresh batch kept in held-out shape after its helper's test-half score guards what
    was built on it. (One engine for every set, conftest's, whose as-of date is the corpus's;
    the empty page templates left to the tuned corpus's test: they are the same pages for
    every file.)"""
    floors = json.loads(ce.DEV_BASELINE.read_text(encoding="utf-8"))[path.name]
    result = ce.evaluate(engine, held_out=path, check_templates=False)
    assert result["recall"] >= floors["recall"] - EPSILON, result["misses"]
    assert result["fp_rate_rewrites"] <= floors["fp_rate_rewrites"] + EPSILON
    assert result["fp_rate_patient_info"] <= floors["fp_rate_patient_info"] + EPSILON, \
        result["false_positives"]
