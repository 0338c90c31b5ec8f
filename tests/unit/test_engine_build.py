"""What perf43 changed in building the content engine, each the same answer cheaper:
British spellings are made only for names holding an American literal, a lexicon set
compiles its automata when first asked, and a regex's prefilter requirements are parsed
once per source."""

from __future__ import annotations

import re

from checker.content.lexicons import _BRITISH, _PLAIN, TermSet, british_spellings, load_lexicons
from checker.content.prefilter import requirements
from checker.resources import rules_dir


def _every_substitution(names: list[str]) -> list[str]:
    """british_spellings before perf43: every plain name through every substitution."""
    found = list(names)
    for name in names:
        if not _PLAIN.match(name):
            continue
        british = name
        for pattern, replacement in _BRITISH:
            british = pattern.sub(replacement, british)
        if british != name:
            found.append(british)
    return found


def _condition_names() -> list[str]:
    folder = rules_dir() / "lexicons"
    names: list[str] = []
    for file in ("conditions-icd10cm.txt", "infections-icd10cm.txt", "conditions-do.txt"):
        names += [line.strip() for line in (folder / file).read_text(encoding="utf-8")
                  .splitlines() if line.strip() and not line.startswith("#")]
    return names


def test_british_spellings_are_those_of_every_substitution_on_the_vocabularies() -> None:
    names = _condition_names()
    assert len(names) > 10000
    assert british_spellings(names) == _every_substitution(names)


def test_british_spellings_of_each_correspondence() -> None:
    names = ["anemia", "hyperglycemic", "edema", "hemorrhage", "esophagitis", "diarrhea",
             "sleep apnea", "celiac disease", "estrogen", "amebiasis", "cesarean",
             "gynecologic", "orthopedic", "pediatric", "brain tumor", "behavior disorder",
             "motor neuron disease", "hemiplegia", "gout", "lipedema"]
    assert british_spellings(names) == _every_substitution(names)
    assert british_spellings(["gout", "asthma"]) == ["gout", "asthma"]


def test_a_term_set_compiles_when_first_asked_and_finds_the_same() -> None:
    terms = TermSet("perf43-lazy", ["type 2 diabetes", "diabetes", "IBS", "acne(?: scars)?"])
    assert "_patterns" not in vars(terms)  # nothing compiled by building the set
    found = terms.finditer("Type 2  diabetes, IBS and acne scars; ibs")
    assert "_patterns" in vars(terms)
    assert [(m.text, m.begin, m.finish) for m in found] == [
        ("Type 2  diabetes", 0, 16), ("IBS", 18, 21), ("acne scars", 26, 36)]


def test_the_lexicons_compile_none_of_their_sets_until_asked() -> None:
    lex = load_lexicons()
    diseases = TermSet("perf43-diseases", lex.conditions["diseases"].terms)
    assert "_patterns" not in vars(diseases)
    assert diseases.search("She was treated for anaemia.").text == "anaemia"


def test_requirements_are_the_same_and_a_fresh_list_for_each_caller() -> None:
    pattern = re.compile(r"\b(?:cures?|heals?)\s+(?:your\s+)?arthritis\b", re.IGNORECASE)
    first = requirements(pattern)
    assert first == [(" cure", " heal"), ("arthritis ",)]
    assert first is not None
    first.clear()  # a caller may change its list: the next one is whole
    assert requirements(re.compile(pattern.pattern, pattern.flags)) == [
        (" cure", " heal"), ("arthritis ",)]
