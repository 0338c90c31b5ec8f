"""The learned claim predicate: a sentence model that stands in for the predicate lexicon.

The disease rules read a claim as a predicate linked to a condition in a product's context.
Their predicate lexicon grows with the wording it has read; clinic copy keeps finding new
verbs and idioms ("shuts the door on", "scrubbed clean"). This model rates a sentence (with
its lead) as a disease claim or not. The claim reader consults it only for a sentence that
already names a condition of the rule's sets, has a product of the rule's classes in context,
is not a question, and carries no predicate of the lexicon; every scope rule (denial, hedge,
attribution, risk, approved care, a cleared use) still applies after it.

The model is data: rules/models/claim-predicate.json, written by
`python scripts/train_claim_model.py` from the tuned claims corpus (bench/claims_training.py):
word 1-2-grams, tf-idf with sublinear term frequency, L2-normalised, and a logistic
regression. This module reproduces scikit-learn's scoring in plain Python, so the checker
needs neither scikit-learn nor numpy, and nothing is fetched at run time.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.resources import rules_dir

MODEL_FILE = "models/claim-predicate.json"
CLAIM_MODEL_ENV = "CLINIC_CHECKER_CLAIM_MODEL"
# scikit-learn's default token pattern: runs of two or more word characters.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
# A sentence shorter than this is a label or a heading fragment, not a claim to rate.
MIN_WORDS = 4


@dataclass(frozen=True)
class ClaimModel:
    """Weights of the model: n-gram -> (idf, coefficient); the intercept; the threshold."""

    weights: dict[str, tuple[float, float]]
    intercept: float
    threshold: float
    ngram_max: int
    made: dict[str, Any]  # how it was made: command, date, training set, cross-validation
    path: Path

    def probability(self, text: str) -> float:
        """P(a disease claim | text), as scikit-learn's predict_proba computes it."""
        counts: dict[str, int] = {}
        for gram in ngrams(text, self.ngram_max):
            if gram in self.weights:
                counts[gram] = counts.get(gram, 0) + 1
        if not counts:
            return _sigmoid(self.intercept)
        tfidf = {g: (1.0 + math.log(n)) * self.weights[g][0] for g, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in tfidf.values()))
        score = sum(v * self.weights[g][1] for g, v in tfidf.items()) / norm
        return _sigmoid(score + self.intercept)

    def rates_claim(self, text: str) -> float | None:
        """The probability when it reaches the threshold, else None."""
        if len(text.split()) < MIN_WORDS:
            return None
        p = self.probability(text)
        return p if p >= self.threshold else None


def ngrams(text: str, ngram_max: int) -> list[str]:
    """Lower-cased word n-grams of 1..ngram_max, joined by a space (scikit-learn's way)."""
    tokens = _TOKEN.findall(text.lower())
    grams = list(tokens)
    for n in range(2, ngram_max + 1):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def model_path() -> Path:
    """The shipped model, or the file named by CLAIM_MODEL_ENV (bench/claims_eval.py --model
    scores a batch with a model trained without it)."""
    given = os.environ.get(CLAIM_MODEL_ENV)
    return Path(given) if given else rules_dir() / MODEL_FILE


def load_model(path: Path | None = None) -> ClaimModel:
    return _load(path or model_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> ClaimModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return ClaimModel(
        weights={g: (float(w[0]), float(w[1])) for g, w in data["weights"].items()},
        intercept=float(data["intercept"]), threshold=float(data["threshold"]),
        ngram_max=int(data["ngram_max"]), made=data["made"], path=path)


def describe(model: ClaimModel) -> list[str]:
    """The model in words, for `clinic-checker rules show`."""
    made = model.made
    return [
        f"  learned predicate: {model.path.name} ({len(model.weights)} word 1-{model.ngram_max}"
        f"-grams, tf-idf and logistic regression; trained {made.get('date')} by "
        f"`{made.get('command')}` from {made.get('texts')} texts of the tuned claims corpus, "
        f"{made.get('positives')} disease claims; training-set digest {made.get('digest')})",
        f"    it stands in for the predicate when a sentence names a condition and a product "
        f"but no predicate word: the sentence (with its lead) fires when the model rates it a "
        f"disease claim with probability >= {model.threshold} (chosen by 5-fold "
        f"cross-validation on the training set: recall {made.get('cv_recall')} at "
        f"{made.get('cv_fp')} false positives on its negatives), and no scope rule stops it",
    ]
