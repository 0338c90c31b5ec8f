"""Letter-grouped cross-validation of the whole checker: the honest proxy for new letters.

Run (scikit-learn only for training; put it on the path for this bench):
    PYTHONPATH=$PWD:SKLEARN_SITE_PACKAGES .venv/bin/python bench/claims_cv.py \
        [--variant NAME ...] [--gate condition|product|page] [--veto] [--folds 5] [--json]

The tuned corpus and every read development item (items-*.yaml, heldout.yaml, heldout2.yaml
and the fresh sets' read text, bench/claims_training.py's `READ_DEV_FILES`; never a test half,
heldout3/4/5 or a measure set) are cut into N folds that each leave out whole LETTERS (every
item of a letter and its rewrite) and a share of the patient-information sentences
(bench/claims_training.py). For each fold a model is trained without it
(scripts/train_claim_model.py's `train`, thresholds chosen by grouped CV inside the training
part), and the whole checker (rules + that model) scores the fold's claims, rewrites and
patient-information sentences on the bench's pages (bench/claims_eval.py's `run_one`).

The variant words+chars+pi@read trains on every read development item (the default on the
tuned corpus, heldout.yaml and heldout2.yaml only): beside the default, on the same folds, it
says what the fresh sets add on letters a model has not seen (stop 46: nothing that counts).

Three readings per variant, summed over the folds:
  rules     the rules with the learned component switched off (the same for every variant)
  checker   rules + the fold's model: recall, false positives on rewrites and on patient
            information. The rules were tuned on every one of these items, so the recall
            flatters the rules; what this measures honestly is what the model adds or costs:
            `rescued` (claims only the model's path caught) and `added FP` (rewrites and
            patient-information sentences only the model's path fired on, or cleared)
  stress    the predicate lexicon of the disease rules switched off, so that the learned
            model is their only predicate (with every scope rule): how the learned path does
            on wording no lexicon knows, the case of a new letter's claims
Only aggregate figures and the ids of what the model changed are printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench.claims_eval import (  # noqa: E402
    AS_OF,
    CLAIM_RULES,
    Outcome,
    _caught,
    fold_records,
    negative_item,
    rewrite_of,
    run_one,
)
from checker.content import ContentEngine  # noqa: E402
from checker.content.learned import CLAIM_MODEL_ENV  # noqa: E402
from checker.content.lexicons import TermSet  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402

WORK = Path(os.environ.get("CLAIMS_CV_DIR", "/tmp/claims-cv"))
DISEASE_TYPE = "disease-claim"
# CLAIMS_CV_REUSE=1: a fold's model already in WORK is scored again, not trained again (the
# same corpus and variant give the same model)
REUSE = os.environ.get("CLAIMS_CV_REUSE") == "1"
# CLAIMS_CV_THRESHOLD=P: the condition path's threshold set to P instead of the rule's
# `learned_threshold` (or, without one, the model's)
THRESHOLD = float(os.environ.get("CLAIMS_CV_THRESHOLD") or 0)


def engine_for(
    model: Path | None,
    *,
    gate: str = "condition",
    wide: float = 0.95,
    veto: bool = False,
    stress: bool = False,
    floor: float = 0.0,
) -> ContentEngine:
    """The checker with the model at `model` (None: the learned component off)."""
    if model is not None:
        os.environ[CLAIM_MODEL_ENV] = str(model)
    engine = ContentEngine(AuditConfig(as_of=AS_OF))
    empty = TermSet("none", [])
    for rule in engine.rules:
        if rule.type != DISEASE_TYPE or rule.compiled.learned is None:
            continue
        spec = rule.compiled
        changes: dict[str, Any] = (
            {"learned": None}
            if model is None
            else {
                "learned_gate": gate,
                "learned_wide_threshold": wide,
                "learned_veto": veto,
                "learned_topic_floor": floor,
            }
        )
        if stress:
            changes["predicates"] = empty
        if THRESHOLD and model is not None:
            changes["learned_threshold"] = THRESHOLD
        rule.compiled = dataclasses.replace(spec, **changes)
    return engine


def score_fold(engine: ContentEngine, k: int, n: int) -> dict[str, list[Outcome]]:
    _, items, negatives = fold_records(k, n)
    return {
        "claims": [run_one(engine, item, i) for i, item in enumerate(items)],
        "rewrites": [run_one(engine, rewrite_of(item), i) for i, item in enumerate(items)],
        "info": [run_one(engine, negative_item(x), i) for i, x in enumerate(negatives)],
    }


def figures(outcomes: dict[str, list[Outcome]]) -> dict[str, Any]:
    claims, rewrites, info = outcomes["claims"], outcomes["rewrites"], outcomes["info"]
    caught = {o.item["id"] for o in claims if _caught(o)}
    fp_rw = {o.item["id"] for o in rewrites if o.on_item}
    fp_pi = {o.item["id"] for o in info if o.on_item}
    return {
        "claims": len(claims),
        "rewrites": len(rewrites),
        "info": len(info),
        "caught": caught,
        "fp_rewrites": fp_rw,
        "fp_info": fp_pi,
        "recall": round(len(caught) / len(claims), 4),
        "fp_rate_rewrites": round(len(fp_rw) / len(rewrites), 4),
        "fp_rate_info": round(len(fp_pi) / len(info), 4),
    }


def merged(parts: list[dict[str, list[Outcome]]]) -> dict[str, list[Outcome]]:
    return {key: [o for part in parts for o in part[key]] for key in ("claims", "rewrites", "info")}


def per_rule(outcomes: dict[str, list[Outcome]]) -> dict[str, str]:
    table: dict[str, list[int]] = {}
    for o in outcomes["claims"]:
        row = table.setdefault(o.item["expect"], [0, 0])
        row[0] += _caught(o)
        row[1] += 1
    return {rid: f"{c}/{t}" for rid, (c, t) in sorted(table.items()) if rid in CLAIM_RULES}


def run(
    variants: list[str],
    n: int,
    gate: str,
    wide: float,
    veto: bool,
    stress: bool,
    floor: float = 0.0,
) -> dict[str, Any]:
    from train_claim_model import VARIANTS, dumps, train

    WORK.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    rules_parts = [score_fold(engine_for(None), k, n) for k in range(n)]
    rules = figures(merged(rules_parts))
    result: dict[str, Any] = {
        "folds": n,
        "rules": _public(rules) | {"per_rule": per_rule(merged(rules_parts))},
        "variants": {},
    }
    if stress:
        result["rules_stress"] = _public(
            figures(merged([score_fold(engine_for(None, stress=True), k, n) for k in range(n)]))
        )
    for name in variants:
        checker_parts, stress_parts, made = [], [], []
        for k in range(n):
            path = WORK / f"{name}-fold{k}of{n}.json"
            if REUSE and path.exists():  # the same fold's model from an earlier run
                data = json.loads(path.read_text(encoding="utf-8"))
            else:
                data = train(VARIANTS[name], fold=(k, n))
                path.write_text(dumps(data), encoding="utf-8")
            made.append({h["name"]: h["threshold"] for h in data["heads"]})
            checker_parts.append(
                score_fold(engine_for(path, gate=gate, wide=wide, veto=veto, floor=floor), k, n)
            )
            if stress:
                stress_parts.append(
                    score_fold(
                        engine_for(path, gate=gate, wide=wide, veto=veto, stress=True, floor=floor),
                        k,
                        n,
                    )
                )
        checker = figures(merged(checker_parts))
        entry = _public(checker) | {
            "thresholds": made,
            "per_rule": per_rule(merged(checker_parts)),
            "rescued": sorted(checker["caught"] - rules["caught"]),
            "lost": sorted(rules["caught"] - checker["caught"]),
            "added_fp": sorted(
                (checker["fp_rewrites"] - rules["fp_rewrites"])
                | (checker["fp_info"] - rules["fp_info"])
            ),
            "cleared_fp": sorted(
                (rules["fp_rewrites"] - checker["fp_rewrites"])
                | (rules["fp_info"] - checker["fp_info"])
            ),
        }
        if stress:
            entry["stress"] = _public(figures(merged(stress_parts)))
        result["variants"][name] = entry
    result["seconds"] = round(time.perf_counter() - start, 1)
    result["gate"], result["wide_threshold"], result["veto"] = gate, wide, veto
    result["topic_floor"] = floor
    return result


EVAL = ROOT / "tests" / "sites" / "content_eval"


def eval_set(model: Path | None, **options: Any) -> dict[str, Any]:
    """The realistic-pages evaluation (tests/content/test_eval_set.py): page-level precision
    and recall over every page rule, and each claim-rule finding (page, rule, sentence)."""
    import yaml

    labels = {
        page: set(rules or [])
        for page, rules in yaml.safe_load(
            (EVAL / "labels.yaml").read_text(encoding="utf-8")
        ).items()
    }
    engine = engine_for(model, **options)
    rule_ids = {r.id for r in engine.rules if r.type != "site"}
    tp = fp = fn = 0
    findings: set[tuple[str, str, str]] = set()
    for page, want in sorted(labels.items()):
        url = f"https://clinic.example/{page.removesuffix('.html')}/"
        verdict = engine.check_page(url, (EVAL / page).read_text(encoding="utf-8"), status=200)
        got = {f.rule_id for f in verdict.findings} & rule_ids
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        findings |= {
            (page, f.rule_id, f.sentence or "")
            for f in verdict.findings
            if f.rule_id in CLAIM_RULES
        }
    return {
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "findings": findings,
    }


def eval_set_added(variant: str, **options: Any) -> dict[str, Any]:
    """A model of the variant trained on everything: what it adds on the eval set."""
    from train_claim_model import VARIANTS, dumps, train

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"{variant}-full.json"
    if not path.exists():
        path.write_text(dumps(train(VARIANTS[variant])), encoding="utf-8")
    rules = eval_set(None)
    with_model = eval_set(path, **options)
    return {k: with_model[k] for k in ("precision", "recall", "tp", "fp", "fn")} | {
        "added": sorted(with_model["findings"] - rules["findings"]),
        "removed": sorted(rules["findings"] - with_model["findings"]),
    }


def _public(f: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in f.items() if not isinstance(v, set)}


def main(argv: list[str] | None = None) -> int:
    from train_claim_model import DEFAULT_VARIANT, VARIANTS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--gate", default="condition", choices=("condition", "product", "page"))
    parser.add_argument("--wide-threshold", type=float, default=0.95)
    parser.add_argument(
        "--veto",
        action="store_true",
        help="the patient-information head clears findings (variants with it)",
    )
    parser.add_argument(
        "--topic-floor",
        type=float,
        default=0.0,
        help="a finding with no product named needs the disease head at this probability",
    )
    parser.add_argument("--no-stress", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--eval-set",
        action="store_true",
        help="instead: train each variant "
        "on everything and report what it adds on the realistic-pages eval set",
    )
    args = parser.parse_args(argv)
    if args.eval_set:
        for name in args.variant or [DEFAULT_VARIANT]:
            found = eval_set_added(
                name,
                gate=args.gate,
                wide=args.wide_threshold,
                veto=args.veto,
                floor=args.topic_floor,
            )
            print(
                json.dumps(
                    {"variant": name, "gate": args.gate, "veto": args.veto} | found, indent=1
                )
            )
        return 0
    result = run(
        args.variant or [DEFAULT_VARIANT],
        args.folds,
        args.gate,
        args.wide_threshold,
        args.veto,
        not args.no_stress,
        args.topic_floor,
    )
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    r = result["rules"]
    print(
        f"{result['folds']} letter-grouped folds; gate {result['gate']} (wide threshold "
        f"{result['wide_threshold']}), veto {result['veto']}; {result['seconds']} s"
    )
    print(
        f"rules alone: recall {r['recall']:.3f} ({r['claims']}), FP rewrites "
        f"{r['fp_rate_rewrites']:.3f}, patient info {r['fp_rate_info']:.3f} ({r['info']})"
    )
    if "rules_stress" in result:
        s = result["rules_stress"]
        print(
            f"  stress, rules alone (no predicate lexicon, no model): recall "
            f"{s['recall']:.3f}, FP rewrites {s['fp_rate_rewrites']:.3f}, patient info "
            f"{s['fp_rate_info']:.3f}"
        )
    for name, v in result["variants"].items():
        print(
            f"{name}: recall {v['recall']:.3f}, FP rewrites {v['fp_rate_rewrites']:.3f}, "
            f"patient info {v['fp_rate_info']:.3f}; rescued {len(v['rescued'])}, lost "
            f"{len(v['lost'])}, added FP {len(v['added_fp'])}, cleared FP "
            f"{len(v['cleared_fp'])}; thresholds {v['thresholds']}"
        )
        if "stress" in v:
            s = v["stress"]
            print(
                f"  stress (no predicate lexicon): recall {s['recall']:.3f}, FP rewrites "
                f"{s['fp_rate_rewrites']:.3f}, patient info {s['fp_rate_info']:.3f}"
            )
        print(
            f"  rescued: {' '.join(v['rescued'])}\n  added FP: {' '.join(v['added_fp'])}"
            f"\n  lost: {' '.join(v['lost'])}\n  cleared FP: {' '.join(v['cleared_fp'])}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
