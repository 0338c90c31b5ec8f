"""Train the learned claim component and write rules/models/claim-predicate.json.

Run: pip install 'scikit-learn>=1.4'   (the `model` extra; not needed to run the checker)
     PYTHONPATH=$PWD .venv/bin/python scripts/train_claim_model.py [--variant NAME]
         [--leave-out BATCH | --fold K/N] [--out FILE]

The training set is the tuned claims corpus and the development sets heldout.yaml and
heldout2.yaml (bench/claims_training.py); the variant words+chars+pi@read trains on every read
development item instead (the fresh sets' read text too, never a test half or a measure set:
`read_dev_files`, `in_test_half`), measured at stop 46 and not shipped. Features and heads by
variant (`VARIANTS`): word 1-2-grams, and in some variants character 3-5-grams inside word
bounds and the claim reader's structural facts, each tf-idf block with sublinear tf and its own
L2 norm; one logistic regression per head (C, balanced class weights, lbfgs): `disease`
(disease claims against everything else) and, in some variants, `patient-info`
(patient-information sentences and rewrites against claims). Thresholds are chosen by 5-fold
cross-validation on the training set alone, its folds leaving out whole letters (the item and
its rewrite together): the disease head's is the highest recall whose cross-validated
false-positive rate on the negatives stays <= 1 %; the patient-information head's the lowest
whose cross-validated share of claims it would clear stays <= 1 %. Before writing, the
plain-Python scorer of checker/content/learned.py is checked against scikit-learn's
predict_proba on every training text, and a few texts with their probabilities are stored for
the test that checks the same without scikit-learn. Deterministic: the same corpus and variant
give the same weights and thresholds.

--fold K/N leaves out fold K (0-based) of N letter-grouped folds (bench/claims_training.py:
`letter_folds`, and a share of the patient-information sentences): bench/claims_eval.py
--fold K/N --model FILE then scores the whole checker on what the model did not see
(bench/claims_cv.py runs every fold).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn import __version__ as SKLEARN_VERSION  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from bench.claims_eval import held_out_path  # noqa: E402
from bench.claims_training import (  # noqa: E402
    DEV_FILES,
    DISEASE_RULES,
    HELD_OUT,
    READ_DEV_FILES,
    Example,
    corpus_records,
    describe,
    digest,
    examples,
    fold_of,
    letter_folds,
)
from checker.content.learned import (  # noqa: E402
    _STRUCTURE_NAMES,
    DISEASE,
    MODEL_FILE,
    PATIENT_INFO,
    from_data,
    structure,
)

OUT = ROOT / "rules" / MODEL_FILE
FP_CAP = 0.01
CLEAR_CAP = 0.01
THRESHOLDS = [t / 100 for t in range(50, 100, 5)]
CHECK_TEXTS = 12
INNER_FOLDS = 5


@dataclass(frozen=True)
class Variant:
    name: str
    chars: bool = False  # character 3-5-grams inside word bounds
    structure: bool = False  # the claim reader's structural facts
    heads: tuple[str, ...] = (DISEASE,)
    c: float = 10.0
    dev_files: tuple[Path, ...] = DEV_FILES
    notes: str = ""
    extra: dict = field(default_factory=dict)


# The default variant trained on every read development item (bench/claims_training.py:
# READ_DEV_FILES): measured at stop 46 beside the default on the same folds, not shipped.
READ_VARIANT = "words+chars+pi@read"


def variant(name: str) -> Variant:
    """A variant by name: "words" plus any of "+chars" (char_wb 3-5-grams), "+structure"
    (the claim reader's structural facts), "+pi" (a patient-information head); "words-v1" is
    the claims2 model (no heldout2 in training). (A research-claim head was measured and not
    kept: bench/README.md, third round.)"""
    if name == "words-v1":
        return Variant(name, dev_files=(HELD_OUT,),
                       notes="the claims2 model: word 1-2-grams, trained without heldout2")
    if name == READ_VARIANT:
        return Variant(name, chars=True, heads=(DISEASE, PATIENT_INFO),
                       dev_files=READ_DEV_FILES,
                       notes="word 1-2-grams, char_wb 3-5-grams; heads: disease, "
                             "patient-info; every read development item")
    parts = name.split("+")
    if parts[0] != "words" or not set(parts[1:]) <= {"chars", "structure", "pi"}:
        raise ValueError(f"unknown variant {name!r}")
    heads = (DISEASE,) + ((PATIENT_INFO,) if "pi" in parts else ())
    notes = ["word 1-2-grams"] + (["char_wb 3-5-grams"] if "chars" in parts else []) + (
        ["the claim reader's structural facts"] if "structure" in parts else [])
    return Variant(name, chars="chars" in parts, structure="structure" in parts, heads=heads,
                   notes=", ".join(notes) + "; heads: " + ", ".join(heads))


VARIANTS = {name: variant(name) for name in (
    "words-v1", "words", "words+chars", "words+structure", "words+chars+structure",
    "words+pi", "words+chars+pi", "words+chars+structure+pi", READ_VARIANT)}
DEFAULT_VARIANT = "words+chars+pi"


def head_labels(head: str, data: list[Example]) -> list[int | None]:
    """Each example's label for a head (None: not in that head's training)."""
    if head == DISEASE:
        return [int(e.label in DISEASE_RULES) for e in data]
    # patient information and rewrites (compliant text about care) against claims
    return [1 if e.kind in ("patient-info", "rewrite") else 0 if e.kind == "claim" else None
            for e in data]


class Features:
    """The variant's feature blocks, fitted on training texts."""

    def __init__(self, variant: Variant):
        self.variant = variant
        self.vectorizers = [("words", "word", (1, 2), TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, lowercase=True))]
        if variant.chars:
            self.vectorizers.append(("chars", "char_wb", (3, 5), TfidfVectorizer(
                analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True,
                min_df=2)))

    def fit(self, texts: list[str]) -> Features:
        for *_, vectorizer in self.vectorizers:
            vectorizer.fit(texts)
        return self

    def transform(self, texts: list[str]):  # noqa: ANN201 - a sparse matrix
        parts = [v.transform(texts) for *_, v in self.vectorizers]
        if self.variant.structure:
            rows = [_structure(t) for t in texts]
            parts.append(sparse.csr_matrix(np.array(
                [[1.0 if name in row else 0.0 for name in _STRUCTURE_NAMES] for row in rows])))
        return sparse.hstack(parts).tocsr()


_STRUCTURE_CACHE: dict[str, frozenset[str]] = {}


def _structure(text: str) -> frozenset[str]:
    if text not in _STRUCTURE_CACHE:
        _STRUCTURE_CACHE[text] = frozenset(structure(text))
    return _STRUCTURE_CACHE[text]


def fit_heads(variant: Variant, features: Features, matrix, data: list[Example]) -> dict:
    """One logistic regression per head, on the rows the head labels."""
    fitted = {}
    for head in variant.heads:
        labels = head_labels(head, data)
        rows = [i for i, y in enumerate(labels) if y is not None]
        regression = LogisticRegression(C=variant.c, max_iter=5000, class_weight="balanced")
        regression.fit(matrix[rows], [labels[i] for i in rows])
        fitted[head] = regression
    return fitted


def inner_probabilities(variant: Variant, data: list[Example]) -> dict[str, list[float]]:
    """P(head) of each example from a model that did not see its letter (grouped folds)."""
    texts = [e.text for e in data]
    groups = [e.group for e in data]
    probs = {head: [0.0] * len(data) for head in variant.heads}
    for train, test in GroupKFold(n_splits=INNER_FOLDS).split(texts, groups=groups):
        part = [data[i] for i in train]
        features = Features(variant).fit([e.text for e in part])
        heads = fit_heads(variant, features, features.transform([e.text for e in part]), part)
        held = features.transform([texts[i] for i in test])
        for head, regression in heads.items():
            for i, p in zip(test, regression.predict_proba(held)[:, 1], strict=True):
                probs[head][i] = float(p)
    return probs


def choose_thresholds(variant: Variant, data: list[Example]) -> dict:
    probs = inner_probabilities(variant, data)
    chosen: dict = {}
    disease = head_labels(DISEASE, data)
    pos = [p for p, y in zip(probs[DISEASE], disease, strict=True) if y]
    neg = [p for p, y in zip(probs[DISEASE], disease, strict=True) if not y]
    rows = [{"threshold": t, "cv_recall": round(sum(p >= t for p in pos) / len(pos), 4),
             "cv_fp": round(sum(p >= t for p in neg) / len(neg), 4)} for t in THRESHOLDS]
    within = [r for r in rows if r["cv_fp"] <= FP_CAP]
    chosen[DISEASE] = max(within, key=lambda r: (r["cv_recall"], -r["threshold"]))
    chosen["table"] = rows
    if PATIENT_INFO in variant.heads:
        info = head_labels(PATIENT_INFO, data)
        # what the head would clear: claims of the disease rules (the ones it is consulted on)
        claims = [p for p, e, y in zip(probs[PATIENT_INFO], data, info, strict=True)
                  if y == 0 and e.label in DISEASE_RULES]
        pis = [p for p, e in zip(probs[PATIENT_INFO], data, strict=True)
               if e.kind == "patient-info"]
        table = [{"threshold": t,
                  "cv_cleared_claims": round(sum(p >= t for p in claims) / len(claims), 4),
                  "cv_patient_info": round(sum(p >= t for p in pis) / len(pis), 4)}
                 for t in THRESHOLDS]
        within = [r for r in table if r["cv_cleared_claims"] <= CLEAR_CAP]
        chosen[PATIENT_INFO] = min(within, key=lambda r: r["threshold"]) if within else {
            "threshold": 0.99, "cv_cleared_claims": None, "cv_patient_info": None}
        chosen["patient_info_table"] = table
    return chosen


def export(variant: Variant, features: Features, heads: dict, thresholds: dict,
           made: dict) -> dict:
    blocks, offset = [], 0
    columns = {head: regression.coef_[0] for head, regression in heads.items()}
    order = list(variant.heads)
    for name, analyzer, ngram, vectorizer in features.vectorizers:
        idf = vectorizer.idf_
        weights = {gram: [round(float(idf[i]), 12)] + [
            round(float(columns[h][offset + i]), 12) for h in order]
            for gram, i in sorted(vectorizer.vocabulary_.items())}
        blocks.append({"name": name, "analyzer": analyzer, "ngram": list(ngram),
                       "weights": weights})
        offset += len(vectorizer.vocabulary_)
    out_heads = []
    for head in order:
        entry = {"name": head, "intercept": round(float(heads[head].intercept_[0]), 12),
                 "threshold": thresholds[head]["threshold"]}
        if variant.structure:
            entry["structure"] = {n: round(float(columns[head][offset + j]), 12)
                                  for j, n in enumerate(_STRUCTURE_NAMES)}
        out_heads.append(entry)
    return {"format": 2, "made": made, "heads": out_heads, "blocks": blocks}


def check_parity(data: dict, features: Features, heads: dict, texts: list[str]) -> list[dict]:
    """The plain-Python scorer agrees with scikit-learn on every training text."""
    plain = from_data(data, OUT)
    matrix = features.transform(texts)
    checks = []
    for head, regression in heads.items():
        expected = regression.predict_proba(matrix)[:, 1]
        worst = max(abs(plain.probability(t, head) - float(p))
                    for t, p in zip(texts, expected, strict=True))
        if worst > 1e-6:
            raise SystemExit(f"plain-Python scorer differs from scikit-learn by {worst} "
                             f"({head})")
        step = max(1, len(texts) // CHECK_TEXTS)
        checks += [{"head": head, "text": texts[i], "probability": round(float(expected[i]), 9)}
                   for i in range(0, len(texts), step)][:CHECK_TEXTS]
    return checks


def dumps(data: dict) -> str:
    """JSON with one n-gram a line: readable, and a retrained model diffs line by line."""
    head = {k: v for k, v in data.items() if k != "blocks"}
    text = json.dumps(head, indent=1, sort_keys=True, ensure_ascii=False)
    parts = []
    for block in data["blocks"]:
        meta = {k: v for k, v in block.items() if k != "weights"}
        grams = [f"    {json.dumps(g, ensure_ascii=False)}: {json.dumps(w)}"
                 for g, w in block["weights"].items()]
        parts.append("  " + json.dumps(meta, ensure_ascii=False)[:-1] + ', "weights": {\n'
                     + ",\n".join(grams) + "\n  }}")
    return text[:-2] + ',\n "blocks": [\n' + ",\n".join(parts) + "\n ]\n}\n"


def fold_examples(data: list[Example], fold: tuple[int, int] | None,
                  dev_files: tuple[Path, ...]) -> list[Example]:
    """The examples a model of fold K of N trains on: all but fold K's letters and
    patient-information sentences. Folds are cut over the tuned corpus with every
    development set, whatever the variant trains on, so variants are scored on the same
    folds."""
    if fold is None:
        return data
    k, n = fold
    items, _ = corpus_records(READ_DEV_FILES)
    folds = letter_folds(items, n)
    return [e for e in data if fold_of(e.group, folds, n) != k]


def train(variant: Variant, *, fold: tuple[int, int] | None = None,
          leave_out: Path | None = None, command: str = "") -> dict:
    data = fold_examples(examples(variant.dev_files, leave_out), fold, variant.dev_files)
    texts = [e.text for e in data]
    disease = head_labels(DISEASE, data)
    thresholds = choose_thresholds(variant, data)
    features = Features(variant).fit(texts)
    heads = fit_heads(variant, features, features.transform(texts), data)
    made = {"command": command or "python scripts/train_claim_model.py",
            "date": dt.date.today().isoformat(), "scikit_learn": SKLEARN_VERSION,
            "variant": variant.name, "texts": len(texts), "positives": sum(disease),
            "digest": digest(texts, disease),
            "features": variant.notes,
            "classifier": f"logistic regression per head, C={variant.c}, balanced class "
                          "weights",
            "training_files": describe(variant.dev_files),
            "cv": f"{INNER_FOLDS}-fold cross-validation leaving out whole letters",
            "cv_recall": thresholds[DISEASE]["cv_recall"],
            "cv_fp": thresholds[DISEASE]["cv_fp"], "cv_table": thresholds["table"]}
    if PATIENT_INFO in variant.heads:
        made["patient_info_cv"] = thresholds[PATIENT_INFO]
        made["patient_info_table"] = thresholds["patient_info_table"]
    if fold is not None:
        made["left_out_fold"] = f"{fold[0]}/{fold[1]}"
    if leave_out is not None:
        made["left_out"] = leave_out.name
    data_out = export(variant, features, heads, thresholds, made)
    data_out["checks"] = check_parity(data_out, features, heads, texts)
    return data_out


def grouped_cv_summary(result: dict, name: str) -> str:
    """One line of bench/claims_cv.py's figures for the variant."""
    rules, own = result["rules"], result["variants"][name]
    line = (f"{result['folds']} folds leaving out whole letters, gate {result['gate']} "
            f"(p >= {result['wide_threshold']} without a condition), patient-information "
            f"veto {'on' if result['veto'] else 'off'}: recall {own['recall']} (rules alone "
            f"{rules['recall']}; {len(own['rescued'])} claims only the model caught, "
            f"{len(own['lost'])} lost), false positives on rewrites {own['fp_rate_rewrites']} "
            f"and patient information {own['fp_rate_info']} (rules alone "
            f"{rules['fp_rate_rewrites']} / {rules['fp_rate_info']})")
    if "stress" in own:
        line += (f"; with no predicate lexicon (the model the only predicate) recall "
                 f"{own['stress']['recall']} against {result['rules_stress']['recall']}")
    return line


def parse_fold(value: str) -> tuple[int, int]:
    k, n = (int(x) for x in value.split("/"))
    if not 0 <= k < n:
        raise argparse.ArgumentTypeError(f"fold {value}: K must be in 0..N-1")
    return k, n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", default=DEFAULT_VARIANT, choices=sorted(VARIANTS))
    parser.add_argument("--leave-out", metavar="FILE", help="a corpus batch to leave out "
                        "(to score it with a model that has not seen it)")
    parser.add_argument("--fold", type=parse_fold, metavar="K/N",
                        help="leave out fold K of N letter-grouped folds")
    parser.add_argument("--out", type=Path, default=OUT, help=f"default {MODEL_FILE}")
    parser.add_argument("--grouped-cv", type=Path, metavar="JSON", help="the output of "
                        "bench/claims_cv.py --json for this variant: its figures are recorded "
                        "in the model file")
    args = parser.parse_args(argv)
    leave_out = held_out_path(args.leave_out) if args.leave_out else None
    command = "python scripts/train_claim_model.py" + (
        f" --variant {args.variant}" if args.variant != DEFAULT_VARIANT else "")
    if args.grouped_cv:
        command += " --grouped-cv CV.json (bench/claims_cv.py --json of the variant)"
    data = train(VARIANTS[args.variant], fold=args.fold, leave_out=leave_out, command=command)
    if args.grouped_cv:
        data["made"]["grouped_cv"] = grouped_cv_summary(
            json.loads(args.grouped_cv.read_text(encoding="utf-8")), args.variant)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(data), encoding="utf-8")
    made = data["made"]
    print(f"wrote {args.out}: {sum(len(b['weights']) for b in data['blocks'])} grams, "
          f"thresholds {', '.join(f'{h['name']} {h['threshold']}' for h in data['heads'])} "
          f"(cv recall {made['cv_recall']}, cv fp {made['cv_fp']}), digest {made['digest']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
