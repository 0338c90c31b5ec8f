"""Blind evaluation set: realistic clinic pages labelled by a reviewer from the spec alone
(tests/sites/content_eval/labels.yaml). Scores every (page, page-level rule) verdict and holds
the engine to precision >= 0.95 and recall >= 0.90; false positives cost more than misses."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from checker.content import ContentEngine
from checker.settings import AuditConfig
from tests.conftest import SUITE_AS_OF

EVAL = Path(__file__).resolve().parent.parent / "sites" / "content_eval"
AS_OF = SUITE_AS_OF
MIN_PRECISION = 0.95
MIN_RECALL = 0.90

Verdict = tuple[str, str]  # (page file, rule id)


def _labels() -> dict[str, set[str]]:
    raw = yaml.safe_load((EVAL / "labels.yaml").read_text(encoding="utf-8"))
    return {page: set(rules or []) for page, rules in raw.items()}


def _page_url(page: str) -> str:
    # every page is served over https, so only a form's own action can make it insecure
    return f"https://clinic.example/{page.removesuffix('.html')}/"


def _fired(engine: ContentEngine, page: str) -> set[str]:
    html = (EVAL / page).read_text(encoding="utf-8")
    verdict = engine.check_page(_page_url(page), html, status=200)
    return {f.rule_id for f in verdict.findings}


def _confusion(expected: dict[str, set[str]], fired: dict[str, set[str]],
               rule_ids: list[str]) -> dict[str, Counter[str]]:
    """Per rule: tp/fp/fn/tn over every page."""
    table: dict[str, Counter[str]] = {rid: Counter() for rid in rule_ids}
    for page, want in expected.items():
        got = fired[page]
        for rid in rule_ids:
            key = {(True, True): "tp", (False, True): "fp",
                   (True, False): "fn", (False, False): "tn"}[(rid in want, rid in got)]
            table[rid][key] += 1
    return table


def _report(table: dict[str, Counter[str]], mismatches: list[str]) -> str:
    lines = [f"{'rule':42s} {'tp':>3s} {'fp':>3s} {'fn':>3s} {'tn':>3s}"]
    for rid, c in sorted(table.items()):
        lines.append(f"{rid:42s} {c['tp']:3d} {c['fp']:3d} {c['fn']:3d} {c['tn']:3d}")
    lines.append("mismatches:" if mismatches else "mismatches: none")
    lines.extend(f"  {m}" for m in mismatches)
    return "\n".join(lines)


def test_labels_cover_every_page_and_only_known_rules(engine: ContentEngine) -> None:
    labels = _labels()
    pages = {p.name for p in EVAL.glob("*.html")}
    assert set(labels) == pages
    known = {r.id for r in engine.rules}
    assert not set().union(*labels.values()) - known


@pytest.fixture(scope="module")
def eval_engine() -> ContentEngine:
    return ContentEngine(AuditConfig(as_of=AS_OF))


def test_eval_set_precision_and_recall(eval_engine: ContentEngine) -> None:
    expected = _labels()
    rule_ids = sorted(r.id for r in eval_engine.rules if r.type != "site")
    fired = {page: _fired(eval_engine, page) & set(rule_ids) for page in expected}
    table = _confusion(expected, fired, rule_ids)
    mismatches = [f"{kind} {page}: {rid}" for page in sorted(expected)
                  for kind, rids in (("FP", fired[page] - expected[page]),
                                     ("FN", expected[page] - fired[page]))
                  for rid in sorted(rids)]
    tp = sum(c["tp"] for c in table.values())
    fp = sum(c["fp"] for c in table.values())
    fn = sum(c["fn"] for c in table.values())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    summary = _report(table, mismatches)
    print(f"\n{len(expected)} pages, {len(rule_ids)} rules: precision {precision:.3f} "
          f"recall {recall:.3f} (tp={tp} fp={fp} fn={fn})\n{summary}")
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, summary
