"""The training set of the learned claim predicate (rules/models/claim-predicate.json).

The shipped model trains on the tuned claims corpus and the first development sets
(`DEV_FILES`: heldout.yaml and heldout2.yaml, whose misses were read and tuned on). Every READ
development item (`READ_DEV_FILES`, the variant words+chars+pi@read of
scripts/train_claim_model.py) is the option measured at stop 46 and not shipped (bench/README.md,
"Stop 46"); the rule that picks those files and halves is one fact (`read_dev_files`,
`in_test_half`), never text that is still a measure:
  files      heldout.yaml, heldout2.yaml and the fresh*.yaml development sets up to fresh53n:
             whole files for the sets without a test half, and only the DEV half (records
             numbered below TEST_HALF_FROM) of the sets whose test half is still scored
             unread (`SPLIT_FILES`: fresh36n..fresh53n, fresh38a). Never a measure file
             (`MEASURE_FILES`: heldout3/4/5.yaml, fresh54n/55n/56n/62n.yaml, named and never
             opened here), nor a fresh set added after fresh53n until a stop reads it and
             raises `LAST_DEV_SET`.
Of the tuned corpus (items-*.yaml, patient_info.yaml) and those files:
  positives  every item whose rule is a disease rule: a product said to cure, treat or
             prevent a condition (`DISEASE_RULES`)
  negatives  every other item (a claim, but not a disease claim: a superlative, a status, a
             sameness claim), every rewrite, every patient-information sentence, and every
             block of the bench's empty page templates (the furniture around each item)
Each text is what the model reads at run time: the lead (a list's intro, an FAQ question, a
card title) and the text. `digest` fingerprints the set, so a test can tell when the corpus
changed and the model was not trained again.

Every example carries its group: the letter its item was written after (the item and its
rewrite share it), a patient-information sentence its own id. `letter_folds` splits the
letters into folds of about equal size, so that cross-validation leaves out whole letters:
the honest stand-in for claims from letters nobody has read (bench/claims_cv.py). Folds are
cut over every read development item, whatever a variant trains on, so that variants are
scored on the same folds.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from bench.claims_eval import (
    CORPUS,
    HELD_OUT,
    HELD_OUT_FILES,
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
# The development sets the shipped model trains on (the held-out files read first).
DEV_FILES = (HELD_OUT, CORPUS / "heldout2.yaml")
# Sets written as measures and never read, whole: scored by aggregates only (bench/
# claims_pool.py --measure), never tuned or trained on. A new measure set is named here.
UNREAD_SETS = frozenset({"fresh54n.yaml", "fresh56n.yaml", "fresh58n.yaml", "fresh59n.yaml",
                         "fresh60n.yaml", "fresh62n.yaml", "fresh63n.yaml", "fresh64n.yaml",
                         "fresh67n.yaml", "fresh68n.yaml"})
# Files that are measures: never opened by the training code, never trained on: the judges
# (bench/claims_eval.py's held-out files that are no development set), the sets kept unread,
# and fresh55n (a measure when the read development files were chosen, stop 46: its test half
# is still unread).
MEASURE_FILES = frozenset({p.name for p in HELD_OUT_FILES if p not in DEV_FILES}
                          | UNREAD_SETS | {"fresh55n.yaml"})
# The last development set read (stop 45): a fresh set numbered above it trains nothing until
# a stop has read it and raises this (then names its test half in SPLIT_FILES, if it has one).
LAST_DEV_SET = 53
# Sets whose test half (records numbered TEST_HALF_FROM and up) is still scored unread: only
# their dev half trains.
SPLIT_FILES = frozenset({f"fresh{n}n.yaml" for n in range(36, LAST_DEV_SET + 1)}
                        | {"fresh38a.yaml"})
TEST_HALF_FROM = 100
_FRESH_NAME = re.compile(r"^fresh(\d+)[a-z]*\.yaml$")
_RECORD_NUMBER = re.compile(r"-(\d+)$")


def read_dev_files() -> tuple[Path, ...]:
    """Every read development file: heldout.yaml, heldout2.yaml and every fresh set up to
    LAST_DEV_SET, by name (no measure file is opened to decide)."""
    fresh = [p for p in sorted(CORPUS.glob("fresh*.yaml"))
             if (m := _FRESH_NAME.match(p.name)) and int(m.group(1)) <= LAST_DEV_SET
             and p.name not in MEASURE_FILES]
    return (*DEV_FILES, *fresh)


def describe(dev_files: tuple[Path, ...]) -> str:
    """The files a model trains on, in a line: the fresh sets as a count."""
    fresh = [p.name for p in dev_files if p.name.startswith("fresh")]
    named = ", ".join(p.name for p in dev_files if not p.name.startswith("fresh"))
    return "items-*.yaml, patient_info.yaml, " + named + (
        f", {len(fresh)} fresh*.yaml development sets up to fresh{LAST_DEV_SET}n (of the "
        f"{len(SPLIT_FILES)} with a test half, fresh36n..fresh{LAST_DEV_SET}n and fresh38a, "
        f"only the dev half: ids numbered below {TEST_HALF_FROM})" if fresh else "")


def in_test_half(file_name: str, record_id: str) -> bool:
    """A record of a split set's test half (an id such as f41n-103, f41nn-112)."""
    if file_name not in SPLIT_FILES:
        return False
    number = _RECORD_NUMBER.search(record_id)
    if number is None:  # a split set's record must say which half it is in
        raise ValueError(f"{file_name}: record id {record_id!r} has no number")
    return int(number.group(1)) >= TEST_HALF_FROM


def dev_records(path: Path) -> tuple[list[dict], list[dict]]:
    """(items, patient-information sentences) of a development file, its test half left out."""
    if path.name in MEASURE_FILES:
        raise ValueError(f"{path.name} is a measure set: it never trains")
    _, items, negatives = load_held_out(path)
    return ([x for x in items if not in_test_half(path.name, x["id"])],
            [x for x in negatives if not in_test_half(path.name, x["id"])])


# Every read development file (split sets by their dev half): the stop-46 option, and the
# pool the cross-validation folds are cut over.
READ_DEV_FILES = read_dev_files()
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
        dev_items, dev_negatives = dev_records(path)
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
