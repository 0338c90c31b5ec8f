"""The training set of the learned claim predicate (rules/models/claim-predicate.json).

Built from the tuned claims corpus and the development sets only, never from a held-out file
that is still a measure (heldout3.yaml, heldout4.yaml):
  positives  every item of items-*.yaml and of the development sets (`DEV_FILES`: heldout.yaml
             and heldout2.yaml, whose misses were read and tuned on) whose rule is a disease
             rule: a product said to cure, treat or prevent a condition (`DISEASE_RULES`)
  negatives  every other item (a claim, but not a disease claim: a superlative, a status, a
             sameness claim), every rewrite, every patient-information sentence, and every
             block of the bench's empty page templates (the furniture around each item)
Each text is what the model reads at run time: the lead (a list's intro, an FAQ question, a
card title) and the text. `digest` fingerprints the set, so a test can tell when the corpus
changed and the model was not trained again.

Every example carries its group: the letter its item was written after (the item and its
rewrite share it), a patient-information sentence its own id. `letter_folds` splits the
letters into folds of about equal size, so that cross-validation leaves out whole letters:
the honest stand-in for claims from letters nobody has read (bench/claims_cv.py).
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path

from bench.claims_eval import (
    CORPUS,
    HELD_OUT,
    LAYOUTS,
    TOPICS,
    UNTRAINED_TOPICS,
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
# Development sets: held-out files whose misses have been read and tuned on. heldout3.yaml and
# heldout4.yaml are measures and never train anything.
DEV_FILES = (HELD_OUT, CORPUS / "heldout2.yaml")
TEMPLATE = "template"


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # the item's rule, or NONE
    group: str  # the item's letter; "pi:<id>" for patient information; TEMPLATE
    kind: str  # claim, rewrite, patient-info, template
    source: str  # the item (or sentence) id


def unit_of(item: dict) -> str:
    """The lead and the text of an item, as the reader hands them to the model."""
    keys = {"faq": ("question", "answer"), "card": ("title", "text"),
            "list-item": ("intro", "text")}.get(item["form"], ("text",))
    return " ".join(str(item[k]) for k in keys if item.get(k))


def template_texts() -> list[str]:
    """Every block of the bench's empty pages, alone and with its lead."""
    texts: set[str] = set()
    for key in TOPICS:
        if key in UNTRAINED_TOPICS:
            continue
        for layout in LAYOUTS:
            doc = extract("https://riverbend.example/t/",
                          build_page(key, "<p>Call us to book a visit.</p>", layout=layout))
            for block in doc.blocks:
                texts |= {block.text, f"{_lead(doc, block)} {block.text}".strip()}
    return sorted(t for t in texts if t)


def corpus_records(dev_files: tuple[Path, ...] = DEV_FILES) -> tuple[list[dict], list[dict]]:
    """(items, patient-information sentences) of the tuned corpus and the development sets."""
    _, items, negatives = load_corpus()
    for path in dev_files:
        _, dev_items, dev_negatives = load_held_out(path)
        items, negatives = items + dev_items, negatives + dev_negatives
    return items, negatives


def examples(dev_files: tuple[Path, ...] = DEV_FILES,
             leave_out: Path | None = None) -> list[Example]:
    """Every training text with its label and group. `leave_out`: a batch to score before it
    is tuned on (its items and negatives are dropped)."""
    items, negatives = corpus_records(dev_files)
    if leave_out is not None:
        _, out_items, out_negatives = load_held_out(leave_out)
        out = {x["id"] for x in out_items + out_negatives}
        items = [x for x in items if x["id"] not in out]
        negatives = [x for x in negatives if x["id"] not in out]
    found: list[Example] = []
    for item in items:
        found.append(Example(unit_of(item), item["expect"], item["letter"], "claim",
                             item["id"]))
        found.append(Example(unit_of(rewrite_of(item)), NONE, item["letter"], "rewrite",
                             item["id"]))
    found += [Example(neg["text"], NONE, f"pi:{neg['id']}", "patient-info", neg["id"])
              for neg in negatives]
    found += [Example(text, NONE, TEMPLATE, "template", "") for text in template_texts()]
    return found


def labelled_set(leave_out: Path | None = None) -> tuple[list[str], list[str]]:
    """(texts, labels): each claim's rule id, or NONE."""
    found = examples(leave_out=leave_out)
    return [e.text for e in found], [e.label for e in found]


def training_set(leave_out: Path | None = None) -> tuple[list[str], list[int]]:
    """(texts, labels): 1 a disease claim, 0 not."""
    texts, labels = labelled_set(leave_out)
    return texts, [int(label in DISEASE_RULES) for label in labels]


def digest(texts: list[str], labels: list[int]) -> str:
    """A fingerprint of the training set (order-free)."""
    lines = sorted(f"{label}\t{' '.join(text.split())}" for text, label in
                   zip(texts, labels, strict=True))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


# ---- letter-grouped folds -----------------------------------------------------------------

def letter_folds(items: list[dict], n: int) -> dict[str, int]:
    """Each letter's fold: letters by size (largest first, then by id) each to the fold with
    the fewest items so far. Deterministic; every item of a letter in one fold."""
    sizes: dict[str, int] = {}
    for item in items:
        sizes[item["letter"]] = sizes.get(item["letter"], 0) + 1
    load = [0] * n
    folds: dict[str, int] = {}
    for letter in sorted(sizes, key=lambda k: (-sizes[k], k)):
        fold = min(range(n), key=lambda f: (load[f], f))
        folds[letter] = fold
        load[fold] += sizes[letter]
    return folds


def fold_of(example_group: str, folds: dict[str, int], n: int) -> int | None:
    """The fold an example is left out in: its letter's; a patient-information sentence's by
    the CRC of its id (a share of them in each fold); templates are never left out."""
    if example_group == TEMPLATE:
        return None
    if example_group.startswith("pi:"):
        return zlib.crc32(example_group[3:].encode()) % n
    return folds[example_group]
