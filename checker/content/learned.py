"""The learned claim component: sentence models beside the claim rules' lexicons.

The disease rules read a claim as a predicate linked to a condition in a product's context.
Their lexicons grow with the wording they have read; clinic copy keeps finding new verbs,
idioms and names ("shuts the door on", "scrubbed clean"). The model file holds one or more
heads, each a logistic regression over the same features:

  disease       a sentence (with its lead) is a disease claim. The claim reader consults it
                where a sentence names a condition of the rule's sets and has a product of the
                rule's classes in context but no predicate of the lexicon; every scope rule
                (denial, hedge, attribution, risk, approved care, a cleared use, a question)
                still applies after it.
  patient-info  (when the file has it) a sentence is patient information about care, not a
                claim: consulted before a disease finding is reported where the sentence
                itself names no product of the rule's classes (the product is only the page's
                topic, or the rule reads any product).

Features (`blocks`, each tf-idf with sublinear term frequency and L2-normalised on its own,
as scikit-learn's FeatureUnion of TfidfVectorizers computes them): word n-grams and, in the
models that have them, character n-grams inside word bounds ("char_wb": "reverses" and
"reversal" share " rever"), which carry to inflections and new compounds; plus `structure`,
the facts the claim reader computes (a condition, a product, approved care, a denial, a
hedge, an attribution, a question, a first-person story...), as 0/1 features.

The model is data: rules/models/claim-predicate.json, written by
`python scripts/train_claim_model.py` from the tuned claims corpus (bench/claims_training.py).
This module reproduces scikit-learn's scoring in plain Python, so the checker needs neither
scikit-learn nor numpy, and nothing is fetched at run time.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
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
DISEASE = "disease"
PATIENT_INFO = "patient-info"
_CACHE_SIZE = 4096


@dataclass(frozen=True)
class Block:
    """One tf-idf feature block: its analyzer, n-gram range and gram -> (idf, coef per head)."""

    name: str
    analyzer: str  # "word" or "char_wb"
    ngram: tuple[int, int]
    weights: dict[str, tuple[float, ...]]

    def grams(self, text: str) -> list[str]:
        if self.analyzer == "char_wb":
            return char_wb_ngrams(text, *self.ngram)
        return word_ngrams(text, *self.ngram)


@dataclass(frozen=True)
class Head:
    name: str
    index: int  # its column in the blocks' coefficients
    intercept: float
    threshold: float
    structure: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ClaimModel:
    """The blocks, the heads, and how the model was made. `threshold` is the disease head's
    (a rule consulting the model fires at or above it)."""

    blocks: tuple[Block, ...]
    heads: dict[str, Head]
    threshold: float
    made: dict[str, Any]  # how it was made: command, date, training set, cross-validation
    path: Path
    _cache: dict[tuple[str, str], float] = field(default_factory=dict, compare=False,
                                                  repr=False)

    @property
    def weights(self) -> dict[str, tuple[float, ...]]:
        """Every gram of every block (its size is the model's vocabulary)."""
        return {f"{b.name}:{g}": w for b in self.blocks for g, w in b.weights.items()}

    def has(self, head: str) -> bool:
        return head in self.heads

    def probability(self, text: str, head: str = DISEASE) -> float:
        """P(the head's class | text), as scikit-learn's predict_proba computes it (the
        chrome repeats on every page of a site: the last few thousand ratings are kept)."""
        key = (head, text)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            cached = self._cache[key] = self._probability(text, head)
        return cached

    def _probability(self, text: str, head: str) -> float:
        own = self.heads[head]
        score = own.intercept
        for block in self.blocks:
            counts: dict[str, int] = {}
            for gram in block.grams(text):
                if gram in block.weights:
                    counts[gram] = counts.get(gram, 0) + 1
            if not counts:
                continue
            tfidf = {g: (1.0 + math.log(n)) * block.weights[g][0] for g, n in counts.items()}
            norm = math.sqrt(sum(v * v for v in tfidf.values()))
            score += sum(v * block.weights[g][1 + own.index] for g, v in tfidf.items()) / norm
        if own.structure:
            score += sum(own.structure.get(name, 0.0) for name in structure(text))
        return _sigmoid(score)

    def rates_claim(self, text: str) -> float | None:
        """The disease head's probability when it reaches the threshold, else None."""
        if len(text.split()) < MIN_WORDS:
            return None
        p = self.probability(text)
        return p if p >= self.threshold else None

    def rates_patient_info(self, text: str) -> float | None:
        """The patient-information head's probability when it reaches its threshold."""
        head = self.heads.get(PATIENT_INFO)
        if head is None or len(text.split()) < MIN_WORDS:
            return None
        p = self.probability(text, PATIENT_INFO)
        return p if p >= head.threshold else None


def word_ngrams(text: str, low: int, high: int) -> list[str]:
    """Lower-cased word n-grams of low..high, joined by a space (scikit-learn's way)."""
    tokens = _TOKEN.findall(text.lower())
    grams = list(tokens) if low <= 1 else []
    for n in range(max(2, low), high + 1):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def ngrams(text: str, ngram_max: int) -> list[str]:
    """Word 1..ngram_max-grams."""
    return word_ngrams(text, 1, ngram_max)


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word bounds, each word padded with a space (scikit-learn's
    `char_wb` analyzer, lower-cased)."""
    grams: list[str] = []
    for word in text.lower().split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset:offset + n])
            while offset + n < size:
                offset += 1
                grams.append(padded[offset:offset + n])
            if offset == 0:  # a short word counts once
                break
    return grams


# ---- structure: what the claim reader computes, as features ---------------------------------

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|my|me|mine)\b")
_OURS = re.compile(r"\b(?:our|we|us|we're|we've)\b", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|your|you'll|you're)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d|%|\bpercent\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:can|may|might|could|often|usually|sometimes)\b", re.IGNORECASE)
# (no "predicate word of the lexicon": where the model is consulted there is none, so the
# model must not lean on it)
_STRUCTURE_NAMES = ("condition", "infection", "product", "approved-care",
                    "denial", "hedge", "attribution", "risk", "approval", "question",
                    "first-person", "ours", "you", "number", "modal")


def structure(text: str) -> list[str]:
    """The structural facts of a text, by name (`_STRUCTURE_NAMES`)."""
    from checker.content.lexicons import load_lexicons
    from checker.content.scopes import APPROVAL, ATTRIBUTION, DENIAL, HEDGE, RISK
    from checker.content.text import is_question

    lexicons = load_lexicons()
    found: list[str] = []
    checks = (("condition", lexicons.conditions["diseases"].search),
              ("infection", lexicons.conditions["infections"].search),
              ("product", lexicons.products_of(tuple(lexicons.products)).search),
              ("approved-care", lexicons.approved.search),
              ("denial", DENIAL.search), ("hedge", HEDGE.search),
              ("attribution", ATTRIBUTION.search), ("risk", RISK.search),
              ("approval", APPROVAL.search), ("first-person", _FIRST_PERSON.search),
              ("ours", _OURS.search), ("you", _YOU.search), ("number", _NUMBER.search),
              ("modal", _MODAL.search))
    for name, search in checks:
        if search(text) is not None:
            found.append(name)
    if is_question(text):
        found.append("question")
    return found


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


@lru_cache(maxsize=8)
def _load(path: Path) -> ClaimModel:
    return from_data(json.loads(path.read_text(encoding="utf-8")), path)


def from_data(data: dict[str, Any], path: Path) -> ClaimModel:
    """A model from its JSON (format 2: blocks and heads; format 1: one word block, one
    disease head)."""
    if "blocks" not in data:
        data = {"blocks": [{"name": "words", "analyzer": "word",
                            "ngram": [1, data["ngram_max"]], "weights": data["weights"]}],
                "heads": [{"name": DISEASE, "intercept": data["intercept"],
                           "threshold": data["threshold"]}],
                "made": data["made"]}
    blocks = tuple(Block(b["name"], b["analyzer"], (int(b["ngram"][0]), int(b["ngram"][1])),
                         {g: tuple(float(x) for x in w) for g, w in b["weights"].items()})
                   for b in data["blocks"])
    heads = {h["name"]: Head(h["name"], i, float(h["intercept"]), float(h["threshold"]),
                             {k: float(v) for k, v in (h.get("structure") or {}).items()})
             for i, h in enumerate(data["heads"])}
    return ClaimModel(blocks=blocks, heads=heads, threshold=heads[DISEASE].threshold,
                      made=data["made"], path=path)


def describe(model: ClaimModel) -> list[str]:
    """The model in words, for `clinic-checker rules show`."""
    made = model.made
    features = ", ".join(f"{len(b.weights)} {'word' if b.analyzer == 'word' else 'character'}"
                         f" {b.ngram[0]}-{b.ngram[1]}-grams" for b in model.blocks)
    if any(h.structure for h in model.heads.values()):
        features += f", {len(_STRUCTURE_NAMES)} structural facts of the claim reader"
    lines = [
        f"  learned predicate: {model.path.name} ({features}; tf-idf and logistic "
        f"regression; trained {made.get('date')} by `{made.get('command')}` from "
        f"{made.get('texts')} texts of the tuned claims corpus, {made.get('positives')} "
        f"disease claims; training-set digest {made.get('digest')})",
        f"    it stands in for the predicate when a sentence names a condition and a product "
        f"but no predicate word: the sentence (with its lead) fires when the model rates it a "
        f"disease claim with probability >= {model.threshold} (threshold chosen by "
        f"{made.get('cv', 'cross-validation on the training set')}: recall "
        f"{made.get('cv_recall')} at {made.get('cv_fp')} false positives on its negatives), "
        f"and no scope rule stops it",
    ]
    info = model.heads.get(PATIENT_INFO)
    if info is not None:
        lines.append(
            f"    patient-information head: rates a sentence patient information about care "
            f"at probability >= {info.threshold} (rules with `learned_patient_info` do not "
            f"report a finding whose sentence names no product of their classes when it does)")
    grouped = made.get("grouped_cv")
    if grouped:
        lines.append(f"    letter-grouped cross-validation of the whole checker "
                     f"(bench/claims_cv.py): {grouped}")
    return lines
