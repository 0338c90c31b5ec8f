"""Train the learned claim predicate and write rules/models/claim-predicate.json.

Run: .venv/bin/pip install 'scikit-learn>=1.4'   (the `model` extra; not needed to run the checker)
     PYTHONPATH=$PWD .venv/bin/python scripts/train_claim_model.py

The training set is the tuned claims corpus (bench/claims_training.py: disease claims against
everything else). Word 1-2-grams, tf-idf with sublinear tf (scikit-learn's TfidfVectorizer),
a logistic regression (C=10, balanced class weights, lbfgs). The threshold is chosen by
5-fold cross-validation on the training set alone: the highest recall whose cross-validated
false-positive rate on the negatives stays <= 1 %. Before writing, the plain-Python scorer of
checker/content/learned.py is checked against scikit-learn's predict_proba on every training
text, and a few texts with their probabilities are stored for the test that checks the same
without scikit-learn. Deterministic: the same corpus gives the same weights and threshold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn import __version__ as SKLEARN_VERSION  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

from bench.claims_eval import held_out_path  # noqa: E402
from bench.claims_training import digest, training_set  # noqa: E402
from checker.content.learned import MODEL_FILE, ClaimModel  # noqa: E402

OUT = ROOT / "rules" / MODEL_FILE
NGRAM_MAX = 2
C = 10.0
FP_CAP = 0.01
THRESHOLDS = [t / 100 for t in range(50, 100, 5)]
CHECK_TEXTS = 12


def make_model():  # noqa: ANN201 - a scikit-learn pipeline
    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, NGRAM_MAX), sublinear_tf=True, lowercase=True),
        LogisticRegression(C=C, max_iter=5000, class_weight="balanced"))


def cross_validated(texts: list[str], labels: list[int]) -> list[float]:
    """P(claim) of each text from a model that did not see it (5 folds, fixed seed)."""
    probs = [0.0] * len(texts)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=13)
    for train, test in folds.split(texts, labels):
        model = make_model().fit([texts[i] for i in train], [labels[i] for i in train])
        for i, p in zip(test, model.predict_proba([texts[i] for i in test])[:, 1],
                        strict=True):
            probs[i] = float(p)
    return probs


def choose_threshold(probs: list[float], labels: list[int]) -> dict:
    pos = [p for p, y in zip(probs, labels, strict=True) if y]
    neg = [p for p, y in zip(probs, labels, strict=True) if not y]
    rows = [{"threshold": t, "cv_recall": round(sum(p >= t for p in pos) / len(pos), 4),
             "cv_fp": round(sum(p >= t for p in neg) / len(neg), 4)} for t in THRESHOLDS]
    within = [r for r in rows if r["cv_fp"] <= FP_CAP]
    return {"chosen": max(within, key=lambda r: (r["cv_recall"], -r["threshold"])),
            "table": rows}


def export(model, threshold: float, made: dict) -> dict:  # noqa: ANN001 - the pipeline
    vectorizer, regression = model.steps[0][1], model.steps[1][1]
    idf, coef = vectorizer.idf_, regression.coef_[0]
    weights = {gram: [round(float(idf[i]), 12), round(float(coef[i]), 12)]
               for gram, i in sorted(vectorizer.vocabulary_.items())}
    return {"intercept": round(float(regression.intercept_[0]), 12), "threshold": threshold,
            "ngram_max": NGRAM_MAX, "made": made, "weights": weights}


def check_parity(data: dict, model, texts: list[str]) -> list[dict]:  # noqa: ANN001
    """The plain-Python scorer agrees with scikit-learn on every training text."""
    plain = ClaimModel(weights={g: (w[0], w[1]) for g, w in data["weights"].items()},
                       intercept=data["intercept"], threshold=data["threshold"],
                       ngram_max=data["ngram_max"], made=data["made"], path=OUT)
    expected = model.predict_proba(texts)[:, 1]
    worst = max(abs(plain.probability(t) - float(p)) for t, p in zip(texts, expected,
                                                                        strict=True))
    if worst > 1e-6:
        raise SystemExit(f"plain-Python scorer differs from scikit-learn by {worst}")
    step = max(1, len(texts) // CHECK_TEXTS)
    return [{"text": texts[i], "probability": round(float(expected[i]), 9)}
            for i in range(0, len(texts), step)][:CHECK_TEXTS]


def dumps(data: dict) -> str:
    """JSON with one n-gram a line: readable, and a retrained model diffs line by line."""
    head = {k: v for k, v in data.items() if k != "weights"}
    grams = [f"  {json.dumps(g, ensure_ascii=False)}: [{w[0]!r}, {w[1]!r}]"
             for g, w in data["weights"].items()]
    text = json.dumps(head, indent=1, sort_keys=True, ensure_ascii=False)
    return text[:-2] + ',\n "weights": {\n' + ",\n".join(grams) + "\n }\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", metavar="FILE", help="a corpus batch to leave out "
                        "(to score it with a model that has not seen it)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"default {MODEL_FILE}")
    args = parser.parse_args(argv)
    leave_out = held_out_path(args.leave_out) if args.leave_out else None
    texts, labels = training_set(leave_out)
    cv = choose_threshold(cross_validated(texts, labels), labels)
    chosen = cv["chosen"]
    made = {"command": "python scripts/train_claim_model.py",
            "date": dt.date.today().isoformat(), "scikit_learn": SKLEARN_VERSION,
            "texts": len(texts), "positives": sum(labels), "digest": digest(texts, labels),
            "features": f"word 1-{NGRAM_MAX}-grams, tf-idf (sublinear tf), L2 norm",
            "classifier": f"logistic regression, C={C}, balanced class weights",
            "cv_recall": chosen["cv_recall"], "cv_fp": chosen["cv_fp"],
            "cv_table": cv["table"]}
    model = make_model().fit(texts, labels)
    data = export(model, chosen["threshold"], made)
    data["checks"] = check_parity(data, model, texts)
    if leave_out is not None:
        made["left_out"] = leave_out.name
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(data), encoding="utf-8")
    print(f"wrote {args.out}: {len(data['weights'])} n-grams, threshold "
          f"{chosen['threshold']} (cv recall {chosen['cv_recall']}, cv fp {chosen['cv_fp']}), "
          f"digest {made['digest']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
