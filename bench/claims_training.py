"""The training set of the learned claim predicate (rules/models/claim-predicate.json).

Built from the tuned claims corpus only, never from a held-out file that is still a measure
(heldout2.yaml, heldout3.yaml):
  positives  every item of items-*.yaml and heldout.yaml (a development set since its misses
             were read) whose rule is a disease rule: a product said to cure, treat or
             prevent a condition (`DISEASE_RULES`)
  negatives  every other item (a claim, but not a disease claim: a superlative, a status, a
             sameness claim), every rewrite, every patient-information sentence, and every
             block of the bench's empty page templates (the furniture around each item)
Each text is what the model reads at run time: the lead (a list's intro, an FAQ question, a
card title) and the text. `digest` fingerprints the set, so a test can tell when the corpus
changed and the model was not trained again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bench.claims_eval import (
    HELD_OUT,
    LAYOUTS,
    TOPICS,
    build_page,
    load_corpus,
    load_held_out,
    rewrite_of,
)
from checker.content.extract import extract
from checker.content.types.structured import _lead

NONE = "none"
DISEASE_RULES = ("unapproved-disease-claim", "infectious-disease-claim",
                 "no-unqualified-cure-claims")


def unit_of(item: dict) -> str:
    """The lead and the text of an item, as the reader hands them to the model."""
    keys = {"faq": ("question", "answer"), "card": ("title", "text"),
            "list-item": ("intro", "text")}.get(item["form"], ("text",))
    return " ".join(str(item[k]) for k in keys if item.get(k))


def template_texts() -> list[str]:
    """Every block of the bench's empty pages, alone and with its lead."""
    texts: set[str] = set()
    for key in TOPICS:
        for layout in LAYOUTS:
            doc = extract("https://riverbend.example/t/",
                          build_page(key, "<p>Call us to book a visit.</p>", layout=layout))
            for block in doc.blocks:
                texts |= {block.text, f"{_lead(doc, block)} {block.text}".strip()}
    return sorted(t for t in texts if t)


def labelled_set(leave_out: Path | None = None) -> tuple[list[str], list[str]]:
    """(texts, labels): each claim's rule id, or NONE. `leave_out`: a batch to score before
    it is tuned on (its items and negatives are dropped from the tuned corpus)."""
    _, items, negatives = load_corpus()
    if leave_out is not None:
        _, out_items, out_negatives = load_held_out(leave_out)
        out = {x["id"] for x in out_items + out_negatives}
        items = [x for x in items if x["id"] not in out]
        negatives = [x for x in negatives if x["id"] not in out]
    _, dev_items, dev_negatives = load_held_out(HELD_OUT)
    texts: list[str] = []
    labels: list[str] = []
    for item in items + dev_items:
        texts += [unit_of(item), unit_of(rewrite_of(item))]
        labels += [item["expect"], NONE]
    extra = [neg["text"] for neg in negatives + dev_negatives] + template_texts()
    return texts + extra, labels + [NONE] * len(extra)


def training_set(leave_out: Path | None = None) -> tuple[list[str], list[int]]:
    """(texts, labels): 1 a disease claim, 0 not."""
    texts, labels = labelled_set(leave_out)
    return texts, [int(label in DISEASE_RULES) for label in labels]


def digest(texts: list[str], labels: list[int]) -> str:
    """A fingerprint of the training set (order-free)."""
    lines = sorted(f"{label}\t{' '.join(text.split())}" for text, label in
                   zip(texts, labels, strict=True))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
