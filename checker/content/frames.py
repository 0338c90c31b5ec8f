"""Claim frames: a claim read as a sequence of word classes, not as a list of phrases.

A phrase-list rule lists the wordings its authors met ("studies show", "clinically proven");
new copy says the same thing in other words ("study after study has found", "the data point
the same way", "lab-verified"). A frame names the parts of the claim instead: an evidence
subject followed, in the same sentence, by a verb of showing; a verb of ending followed by a
mark of permanence; a superlative followed by the scope that makes it a ranking. The word
classes are data (rules/lexicons/claim-frames.yaml, with their source and licence; a class may
take a predicate class of rules/lexicons/predicates.yaml, so a fact is written once); a rule's
`frames` param names the sequences it reads, and each frame compiles to one regex that joins
the rule's own patterns. Everything the rule type does to a pattern's match (negation before
it in its clause, questions, reported speech, `unless`, `unless_clause`, hedges, citations)
applies to a frame's match the same way.

A frame in a rule: a list of class names (`[evidence, showing]`), or a mapping
`{sequence: [...], gap: N}` where N is the most characters allowed between two parts (default
40; 0: the parts are adjacent words or one hyphenated word; a list gives one gap per joint).
Each part is a whole word or phrase, and the parts never cross a sentence end (. ! ? ;).

A class may also take the condition lexicons (`conditions: [diseases, infections]`: ICD-10-CM,
the Human Disease Ontology and the consumer names, as the disease rules read them), so a rule
names "a condition" once instead of keeping its own list. Thousands of names do not fit a
frame's regex: such a class stands first or last in its frame, the regex holds the other
parts, and a sentence that matches them is then searched (RE2, linear) for a condition that
ends within the gap before the first part or begins within the gap after the last. The cost
is paid only by sentences that already hold the frame's other parts. A class may take the
brand names of approved drugs the same way (`approved-names: true`, approved-drugs-unii.txt):
"safer than Viagra" compares a product with approved care named by its brand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.content.lexicons import CONDITION_SETS, TermMatch, inflections
from checker.resources import read_own_yaml, rules_dir
from checker.settings import ConfigError

DEFAULT_GAP = 40
FILE = "claim-frames.yaml"


@dataclass(frozen=True)
class FrameClass:
    name: str
    terms: tuple[str, ...]  # literal phrases or regex forms, as written or generated
    note: str
    # condition sets of checker/content/lexicons.py (CONDITION_SETS) the class also takes
    conditions: tuple[str, ...] = ()

    def regex(self) -> str:
        """The class as one alternation, longest term first. (Whole terms, not their trie:
        the literal prefilter then looks for "forever", not for "ever" inside "every".)"""
        parts = sorted({_term_regex(t) for t in self.terms}, key=len, reverse=True)
        return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class FrameClasses:
    classes: dict[str, FrameClass]
    source: str
    licence: str


_OF = re.compile(r"\bof\b", re.IGNORECASE)


@dataclass(frozen=True)
class ConditionSlot:
    """A frame's first or last part read from the condition lexicons (see the module doc)."""

    name: str  # the class
    first: bool  # the condition stands before the regex's parts (else after them)
    gap: int
    own: re.Pattern[str] | None  # the class's own terms (generic heads: disease, symptoms)
    sets: tuple[str, ...]

    def holds(self, sentence: str, match: re.Match[str]) -> bool:
        """A condition within the gap before (or after) the match, in its sentence."""
        if self.first:
            window = sentence[max(0, match.start() - self.gap - 120):match.start()]
            window = re.split(r"[.;!?]", window)[-1]
            near = len(window) - self.gap - 1
            found = [m.end() for m in self.own.finditer(window)] if self.own else []
            for name in self.sets:
                found += [m.end() for m in _slot_terms(name, window)]
            return any(end >= near for end in found)
        window = re.split(r"[.;!?]", sentence[match.end():match.end() + self.gap + 120])[0]
        hits = [self.own.search(window)] if self.own else []
        hits += [_slot_first(name, window) for name in self.sets]
        # the condition is the verb's object, not the complement of another noun ("ends the
        # stiffness of knee osteoarthritis", "eliminates the risk of cancer")
        return any(m is not None and m.start() <= self.gap + 1
                   and not _OF.search(window[:m.start()]) for m in hits)


# Besides the condition lexicons, a slot may read the brand names of approved drugs
# (approved-drugs-unii.txt, the FDA's UNII Names list): "stronger than Cialis", "safer than
# Viagra" compare a product with approved care named by its brand. A name counts written as a
# name, with a capital (the list holds names that are common words in lower case).
APPROVED_NAMES = "approved-names"


def _slot_terms(name: str, window: str) -> list[TermMatch]:
    """The slot set's terms found in a window, in order (TermMatch: start(), end())."""
    from checker.content.lexicons import load_lexicons

    lexicons = load_lexicons()
    if name != APPROVED_NAMES:
        return lexicons.conditions[name].finditer(window)
    if lexicons.approved_names is None:
        return []
    return [m for m in lexicons.approved_names.finditer(window) if m.text[:1].isupper()]


def _slot_first(name: str, window: str) -> TermMatch | None:
    """The slot set's first term in a window (a condition set: one search, not every match)."""
    from checker.content.lexicons import load_lexicons

    if name != APPROVED_NAMES:
        return load_lexicons().conditions[name].search(window)
    return next(iter(_slot_terms(name, window)), None)


@dataclass(frozen=True)
class Frame:
    sequence: tuple[str, ...]
    gaps: tuple[int, ...]  # the most characters between part i and part i+1
    regex: str
    slot: ConditionSlot | None = None  # a part read from the condition lexicons

    @property
    def parts(self) -> int:
        """The parts the regex holds (groups p0, p1, ...)."""
        return len(self.sequence) - (1 if self.slot else 0)

    def matches(self, sentence: str) -> bool:
        return any(self.slot is None or self.slot.holds(sentence, m)
                   for m in re.finditer(self.regex, sentence, re.IGNORECASE))

    def words(self, classes: FrameClasses) -> str:
        """The frame in words, for `rules show` and `explain`."""
        text = f"<{self.sequence[0]}>"
        for name, gap in zip(self.sequence[1:], self.gaps, strict=True):
            joint = " right before " if gap == 0 else f" then, within {gap} characters, "
            text += f"{joint}<{name}>"
        return text + " (one sentence)"


_REGEX_CHARS = re.compile(r"[\\()\[\]?*+{}|^$]")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _term_regex(term: str) -> str:
    """A term as regex: a written regex form as it is; a literal phrase escaped, its spaces
    and hyphens matching any run of spaces or a hyphen."""
    if _REGEX_CHARS.search(term):
        # \uXXXX written in a YAML regex form is the character itself (RE2 has no \u)
        return _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), term)
    words = [re.escape(w) for w in re.split(r"[\s-]+", term.strip()) if w]
    return r"[\s-]+".join(words)


@lru_cache(maxsize=4)
def load_frame_classes(folder: Path | None = None) -> FrameClasses:
    folder = folder or rules_dir() / "lexicons"
    data = read_own_yaml(folder / FILE)
    predicates = read_own_yaml(folder / "predicates.yaml")
    classes: dict[str, FrameClass] = {}
    for name, spec in data["classes"].items():
        terms: list[str] = []
        for entry in spec.get("terms") or []:
            if isinstance(entry, str):
                terms.append(entry)
            elif "lemma" in entry:
                terms += inflections(entry["lemma"]) + list(entry.get("forms", []))
            else:
                terms += list(entry.get("forms", []))
        left_out = set(spec.get("except") or [])
        for cls in spec.get("predicates") or []:
            # a predicate class of predicates.yaml, read from there (one definition), less
            # the lemmas the class names in `except`
            for entry in predicates["classes"][cls]:
                if entry["lemma"] not in left_out:
                    terms += inflections(entry["lemma"]) + list(entry.get("forms", []))
        sets = tuple(spec.get("conditions") or [])
        unknown = [n for n in sets if n not in CONDITION_SETS]
        if unknown:
            raise ConfigError(f"{FILE}: class {name}: unknown condition set {unknown[0]!r} "
                              f"(known: {', '.join(CONDITION_SETS)})")
        if spec.get("approved-names"):
            # the brand names of approved drugs, read like a condition set (APPROVED_NAMES)
            sets += (APPROVED_NAMES,)
        classes[name] = FrameClass(name, tuple(terms), " ".join(spec.get("note", "").split()),
                                   sets)
    return FrameClasses(classes, data["source"], data["licence"])


def compile_frames(value: Any, where: str) -> list[Frame]:
    """The frames of a rule's `frames` param, each as one regex string."""
    if value is None:
        return []
    if not isinstance(value, list) or not value:
        raise ConfigError(f"{where}: parameter 'frames' must be a list of frames")
    classes = load_frame_classes()
    frames = []
    for item in value:
        if isinstance(item, list):
            sequence, gap = item, DEFAULT_GAP
        elif isinstance(item, dict) and isinstance(item.get("sequence"), list):
            sequence, gap = item["sequence"], item.get("gap", DEFAULT_GAP)
        else:
            raise ConfigError(f"{where}: a frame is a list of word classes or "
                              f"{{sequence: [...], gap: N}}, got {item!r}")
        gaps = gap if isinstance(gap, list) else [gap] * (len(sequence) - 1)
        if len(gaps) != len(sequence) - 1 or not all(
                isinstance(g, int) and not isinstance(g, bool) and 0 <= g <= 80 for g in gaps):
            raise ConfigError(f"{where}: a frame's gap must be 0-80 characters (or one per "
                              f"joint), got {gap!r}")
        unknown = [n for n in sequence if n not in classes.classes]
        if unknown or len(sequence) < 2:
            raise ConfigError(f"{where}: a frame needs two or more known word classes, got "
                              f"{sequence!r} (known: {', '.join(classes.classes)})")
        # a class read from the condition lexicons stands first or last: the regex holds
        # the other parts, the condition is looked for beside them (ConditionSlot)
        slot = None
        lexical = [i for i, n in enumerate(sequence) if classes.classes[n].conditions]
        if lexical:
            if len(lexical) > 1 or lexical[0] not in (0, len(sequence) - 1):
                raise ConfigError(f"{where}: a class read from the condition lexicons stands "
                                  f"first or last in its frame, once, got {sequence!r}")
            at = lexical[0]
            cls = classes.classes[sequence[at]]
            own = re.compile(rf"\b{cls.regex()}\b", re.IGNORECASE) if cls.terms else None
            slot = ConditionSlot(cls.name, at == 0, gaps[0] if at == 0 else gaps[-1], own,
                                 cls.conditions)
            names = list(sequence[1:]) if at == 0 else list(sequence[:-1])
            joints = list(gaps[1:]) if at == 0 else list(gaps[:-1])
        else:
            names, joints = list(sequence), list(gaps)
        # each part a whole word or phrase; a joint never crosses a sentence end
        # each part is group p0, p1, ... (groups 1, 2, ...: the classes' own groups do not
        # capture): a negation in a gap between two parts clears the frame (match.py), one
        # inside a part ("without fail", "zero ... risk") does not
        body = rf"\b(?P<p0>{classes.classes[names[0]].regex()})\b"
        for i, (name, g) in enumerate(zip(names[1:], joints, strict=True), start=1):
            sep = r"[\s-]{1,3}" if g == 0 else rf"[^.;!?]{{1,{g}}}?"
            body += rf"{sep}\b(?P<p{i}>{classes.classes[name].regex()})\b"
        frames.append(Frame(tuple(sequence), tuple(gaps), body, slot))
    return frames


def describe_frames(frames: list[Frame], entries: bool = False) -> list[str]:
    """A rule's frames in words, with the classes they name (`rules show`)."""
    if not frames:
        return []
    classes = load_frame_classes()
    lines = ["", "Frames (a sentence fires when its words fall in these classes, in this order;",
             "a negation before them in their clause or between their parts, a question or",
             "reported speech clears it; `explain` names the frame a finding came from):"]
    lines += [f"  {frame.words(classes)}" for frame in frames]
    lines.append(f"Word classes ({FILE}; source: {classes.source}; licence: {classes.licence}):")
    for name in dict.fromkeys(n for f in frames for n in f.sequence):
        cls = classes.classes[name]
        lexical = [n for n in cls.conditions if n != APPROVED_NAMES]
        sets = f" + the condition lexicons {', '.join(lexical)}" if lexical else ""
        if APPROVED_NAMES in cls.conditions:
            sets += " + the brand names of approved drugs (approved-drugs-unii.txt)"
        lines.append(f"  <{name}> ({len(cls.terms)} entries{sets}): {cls.note}")
        if entries:
            lines += [f"    {term}" for term in cls.terms]
    return lines


def frame_of(frames: list[Frame], sentence: str) -> Frame | None:
    """The first frame that matches a sentence (for `explain`)."""
    for frame in frames:
        if frame.matches(sentence):
            return frame
    return None
