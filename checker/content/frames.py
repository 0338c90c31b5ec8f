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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from checker.content.lexicons import inflections
from checker.resources import rules_dir
from checker.settings import ConfigError

DEFAULT_GAP = 40
FILE = "claim-frames.yaml"


@dataclass(frozen=True)
class FrameClass:
    name: str
    terms: tuple[str, ...]  # literal phrases or regex forms, as written or generated
    note: str

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


@dataclass(frozen=True)
class Frame:
    sequence: tuple[str, ...]
    gaps: tuple[int, ...]  # the most characters between part i and part i+1
    regex: str

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
    data = yaml.safe_load((folder / FILE).read_text(encoding="utf-8"))
    predicates = yaml.safe_load((folder / "predicates.yaml").read_text(encoding="utf-8"))
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
        classes[name] = FrameClass(name, tuple(terms), " ".join(spec.get("note", "").split()))
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
        # each part a whole word or phrase; a joint never crosses a sentence end
        # each part is group p0, p1, ... (groups 1, 2, ...: the classes' own groups do not
        # capture): a negation in a gap between two parts clears the frame (match.py), one
        # inside a part ("without fail", "zero ... risk") does not
        body = rf"\b(?P<p0>{classes.classes[sequence[0]].regex()})\b"
        for i, (name, g) in enumerate(zip(sequence[1:], gaps, strict=True), start=1):
            sep = r"[\s-]{1,3}" if g == 0 else rf"[^.;!?]{{1,{g}}}?"
            body += rf"{sep}\b(?P<p{i}>{classes.classes[name].regex()})\b"
        frames.append(Frame(tuple(sequence), tuple(gaps), body))
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
        lines.append(f"  <{name}> ({len(cls.terms)} entries): {cls.note}")
        if entries:
            lines += [f"    {term}" for term in cls.terms]
    return lines


def frame_of(frames: list[Frame], sentence: str) -> Frame | None:
    """The first frame that matches a sentence (for `explain`)."""
    for frame in frames:
        if re.search(frame.regex, sentence, re.IGNORECASE):
            return frame
    return None
