"""The claim lexicons: predicates, products by regulatory class, conditions.

Data files in rules/lexicons/, each naming its source and licence: predicates.yaml (efficacy
verbs with their inflections and nouns), products.yaml (unapproved product classes and the
approved care that makes a sentence patient information), conditions-icd10cm.txt and
infections-icd10cm.txt (built from ICD-10-CM by scripts/build_condition_lexicon.py) and
conditions-consumer.yaml (the names people write). Each set compiles to one RE2 pattern:
a page's text is searched once per set, in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import re2
import yaml

from checker.resources import rules_dir

CONDITION_SETS = ("diseases", "infections")
_OPTIONS: dict[bool, Any] = {}
# All-caps short forms (MS, ALS, ED, TB, IBS) are names only in capitals: "ms", "als" and
# "ed" are other words.
_ACRONYM = re.compile(r"^[A-Z0-9]{2,5}s?$")


def _options(case_sensitive: bool) -> Any:
    if case_sensitive not in _OPTIONS:
        options = re2.Options()
        options.case_sensitive = case_sensitive
        options.max_mem = 64 << 20  # a few thousand condition names in one automaton
        options.log_errors = False
        _OPTIONS[case_sensitive] = options
    return _OPTIONS[case_sensitive]


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
_PLAIN = re.compile(r"^[A-Za-z0-9' -]+$")


@dataclass(frozen=True)
class TermMatch:
    """A term found in a text (the slice of re.Match the claim reader uses)."""

    text: str
    begin: int
    finish: int
    term_set: str

    def group(self, index: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


class TermSet:
    """Named terms: plain words and phrases are looked up token by token (thousands of
    ICD-10-CM names cost one dictionary look-up per word), the few written as regexes run
    as one RE2 pattern. Matches are whole words, longest first."""

    def __init__(self, name: str, terms: list[str], source: str = "", licence: str = ""):
        self.name, self.terms, self.source, self.licence = name, terms, source, licence
        self._index: dict[str, list[tuple[str, ...]]] = {}
        self._capitals: dict[str, list[tuple[str, ...]]] = {}
        patterns: list[str] = []
        for term in terms:
            if _PLAIN.match(term) and not term.endswith("s?"):
                words = tuple(w.lower() for w in _TOKEN.findall(term))
                if not words:
                    continue
                index = self._capitals if _ACRONYM.match(term) else self._index
                index.setdefault(words[0] if index is self._index else term, []).append(
                    words if index is self._index else (term,))
            else:
                patterns.append(term)
        for entries in self._index.values():
            entries.sort(key=len, reverse=True)
        folded = [t for t in patterns if not _ACRONYM.match(t)]
        capitals = [t for t in patterns if _ACRONYM.match(t)]
        self._patterns = [re.compile(_whole_words(group), 0 if case else re.IGNORECASE)
                          for group, case in ((folded, False), (capitals, True)) if group]

    def finditer(self, text: str) -> list[TermMatch]:
        found: list[TermMatch] = []
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        lowered = [t[2].lower().replace("\u2019", "'") for t in tokens]
        i = 0
        while i < len(tokens):
            hit = 0
            for words in self._index.get(lowered[i], ()):
                if tuple(lowered[i:i + len(words)]) == words:
                    hit = len(words)
                    break
            if not hit and tokens[i][2] in self._capitals:
                hit = 1
            if hit:
                begin, finish = tokens[i][0], tokens[i + hit - 1][1]
                found.append(TermMatch(text[begin:finish], begin, finish, self.name))
                i += hit
            else:
                i += 1
        for pattern in self._patterns:
            found += [TermMatch(m.group(0), m.start(), m.end(), self.name)
                      for m in pattern.finditer(text)]
        return sorted(found, key=lambda m: (m.begin, -m.finish))

    def search(self, text: str) -> TermMatch | None:
        found = self.finditer(text)
        return found[0] if found else None


def _whole_words(terms: list[str]) -> str:
    # Longest first: "type 2 diabetes" before "diabetes".
    ordered = sorted(set(terms), key=len, reverse=True)
    return r"\b(?:" + "|".join(f"(?:{t})" for t in ordered) + r")\b"


@dataclass(frozen=True)
class Lexicons:
    predicates: dict[str, TermSet]  # class -> its verbs and nouns
    products: dict[str, TermSet]  # unapproved product class -> its names
    approved: TermSet  # approved care and clinicians
    conditions: dict[str, TermSet]  # "diseases", "infections"
    cleared: dict[str, TermSet]  # product class -> the uses it is cleared or approved for

    def all_predicates(self) -> TermSet:
        return _merged("predicates", list(self.predicates.values()))

    def products_of(self, classes: tuple[str, ...]) -> TermSet:
        return _merged("products:" + ",".join(classes), [self.products[c] for c in classes])


_MERGED: dict[str, TermSet] = {}


def _merged(name: str, sets: list[TermSet]) -> TermSet:
    key = name + "|" + "|".join(s.name for s in sets)
    if key not in _MERGED:
        _MERGED[key] = TermSet(name, [t for s in sets for t in s.terms])
    return _MERGED[key]


def inflections(lemma: str) -> list[str]:
    """cure -> cure, cures, cured, curing; multi-word lemmas inflect their first word."""
    first, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {first, first + "s"}
    if first.endswith("e"):
        forms |= {first + "d", first[:-1] + "ing"}
    elif first.endswith("y") and len(first) > 3 and first[-2] not in "aeiou":
        forms |= {first[:-1] + "ies", first[:-1] + "ied", first + "ing"}
    else:
        forms |= {first + "ed", first + "ing", first + "es"}
    return sorted(f + tail for f in forms)


@lru_cache(maxsize=4)
def load_lexicons(folder: Path | None = None) -> Lexicons:
    folder = folder or rules_dir() / "lexicons"
    predicates_data = _yaml(folder / "predicates.yaml")
    predicates = {}
    for cls, entries in predicates_data["classes"].items():
        terms: list[str] = []
        for entry in entries:
            terms += inflections(entry["lemma"]) + list(entry.get("forms", []))
        predicates[cls] = TermSet(cls, terms, predicates_data["source"],
                                  predicates_data["licence"])
    products_data = _yaml(folder / "products.yaml")
    products = {cls: TermSet(cls, terms, products_data["source"], products_data["licence"])
                for cls, terms in products_data["unapproved"].items()}
    approved = TermSet("approved-care", products_data["approved-care"],
                       products_data["source"], products_data["licence"])
    consumer = _yaml(folder / "conditions-consumer.yaml")
    conditions = {}
    for name, file in (("diseases", "conditions-icd10cm.txt"),
                       ("infections", "infections-icd10cm.txt")):
        icd = _term_file(folder / file)
        conditions[name] = TermSet(
            name, icd + consumer[name],
            f"ICD-10-CM ({file}); {consumer['source']}",
            f"public domain (ICD-10-CM); {consumer['licence']}")
    cleared = {cls: TermSet(f"cleared:{cls}", terms, products_data["source"],
                            products_data["licence"])
               for cls, terms in (products_data.get("cleared") or {}).items()}
    return Lexicons(predicates, products, approved, conditions, cleared)


def _yaml(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _term_file(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
