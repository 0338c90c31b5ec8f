"""Text units the rules reason about: sentences and clauses, plus small normalisers.

Everything here runs on untrusted page text, so every regex is linear: no nested quantifiers,
and inputs are capped before they reach a pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_BLOCK_CHARS = 20_000  # a "paragraph" longer than this is cut: no rule needs more
MAX_SENTENCE_CHARS = 1_500

# Typography, normalised here once for every rule (block text, headings, alt text all pass
# through clean): typographic quotes straightened; a no-break space is a space; the no-break,
# figure and Unicode hyphens and the minus sign are hyphens; a soft hyphen or a zero-width
# character inside a word is dropped ("ap\u00adproved", "FDA\u200b-approved" read as the words
# they show on screen).
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u00a0": " ", "\u202f": " ", "\u2011": "-", "\u2010": "-",
                         "\u2012": "-", "\u2212": "-", "\u00ad": None, "\u200b": None,
                         "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None})
# An en dash between two word characters with no space is a hyphen ("FDA\u2013approved",
# "10\u201320 mg"); a spaced dash ("relief \u2013 fast") stays a dash. A trademark sign glued to
# a hyphen ("Brand\u2122-cleared") is dropped.
_GLUED_DASH = re.compile(r"(?<=\w)\u2013(?=\w)|[\u00ae\u2122](?=-)")
# The agency's name in its other spellings: "F.D.A." and "F. D. A." are "FDA" (the final period
# kept where it ends the text), "Food & Drug Administration" is "Food and Drug Administration".
_AGENCY = re.compile(r"\bF\.\s?D\.\s?A\.(?=(\s*$)?)|\bFood\s*&\s*Drug\b")

# Words that end with a period without ending a sentence ("Dr. Okafor", "e.g. TMS").
ABBREVIATIONS = frozenset(
    """dr mr mrs ms mx prof st no nos vs etc eg e.g ie i.e fig figs approx inc ltd co jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    u.s u.k a.m p.m m.d d.o ph.d psy.d pharm.d r.n b.s m.s dept est min max vol pp ed al
    ave blvd rd hwy ste apt mt ft lb lbs oz hr hrs mg ml mcg cc""".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, space, and
# a character that can start a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"')\]\u201d\u2019]*\s+(?=[\"'(\[\u201c\u2018\u2014\u2013A-Z0-9])")


def clean(text: str) -> str:
    """Whitespace collapsed, typographic quotes straightened, capped in length."""
    # str.split() and \s agree on what whitespace is (both Py_UNICODE_ISSPACE): this is
    # re.sub(r"\s+", " ", ...).strip() without the regex, which ran for every block.
    if not text.isascii():  # every character _QUOTES maps is non-ASCII; isascii is O(1)
        text = _GLUED_DASH.sub(lambda m: "-" if m.group(0) == "\u2013" else "",
                               text.translate(_QUOTES))
    if "F." in text or "&" in text:
        text = _AGENCY.sub(_agency, text)
    return " ".join(text.split())[:MAX_BLOCK_CHARS]


def sentence_key(sentence: str) -> str:
    """The sentence lower-cased with its whitespace collapsed: what the rules of a page tell
    sentences they already read by. Remembered (bounded): every claim rule of a page asks it
    of the same sentences (speed33)."""
    key = _KEYS.get(sentence)
    if key is None:
        if len(_KEYS) >= _KEYS_SIZE:
            _KEYS.clear()
        key = _KEYS[sentence] = " ".join(sentence.lower().split())
    return key


_KEYS: dict[str, str] = {}
_KEYS_SIZE = 8192


def _agency(match: re.Match[str]) -> str:
    if match.group(0).startswith("F."):
        return "FDA." if match.group(1) is not None else "FDA"
    return "Food and Drug"


def split_sentences(text: str) -> list[str]:
    """Sentences of one block of text; abbreviations and initials do not end a sentence.
    Remembered (bounded) by the text: a site's sidebar, footer and repeated cards and
    answers are split once (perf42); each caller gets a list of its own. (A block longer
    than a sentence may be is split again when asked, not kept.)"""
    if len(text) > MAX_SENTENCE_CHARS:
        return list(_sentences(text))
    return list(_remembered_sentences(text))


def _sentences(text: str) -> tuple[str, ...]:
    return tuple(text[start:end][:MAX_SENTENCE_CHARS] for start, end in sentence_spans(text))


_remembered_sentences = lru_cache(maxsize=2048)(_sentences)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, without their surrounding spaces (the
    sentences split_sentences gives, before its length cap)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        # The word before the period, found backwards: slicing from the sentence start would
        # make a run of abbreviations quadratic.
        word_start = max(text.rfind(" ", start, match.start()) + 1, start)
        word = text[word_start:match.start() + 1].rstrip(".").lstrip("(\"'").lower()
        if text[match.start()] == "." and _is_abbreviation(word):
            continue
        spans.append(_stripped(text, start, match.end()))
        start = match.end()
    spans.append(_stripped(text, start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


def sentence_at(text: str, pos: int) -> tuple[int, int] | None:
    """The (start, end) of the sentence of `text` that holds offset `pos`, if any."""
    return next(((a, b) for a, b in sentence_spans(text) if a <= pos < b), None)


def _is_abbreviation(word: str) -> bool:
    if word in ABBREVIATIONS:
        return True
    # Initials ("J. Park") and dotted abbreviations ("U.S.", "M.D.").
    initial = len(word) == 1 and word.isalpha()
    return initial or bool(_DOTTED.fullmatch(word))


_DOTTED = re.compile(r"(?:[a-z]\.){1,4}[a-z]?")


# Clause boundaries: punctuation and contrastive conjunctions. A negation or hedge in one
# clause does not reach into the next ("approved for anesthesia, not for depression").
_CLAUSE = re.compile(
    r"\s*[,;:()\u2014\u2013]\s*|\s+-\s+|\s+(?:but|although|though|whereas|while|yet|however)"
    r"\s+",
    re.IGNORECASE,
)


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSE.finditer(sentence):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return spans or [(0, len(sentence))]


def clause_at(sentence: str, pos: int) -> tuple[int, int]:
    """The clause that holds offset `pos`."""
    for start, end in clause_spans(sentence):
        if start <= pos < end:
            return start, end
    return 0, len(sentence)


_CONTRAST = re.compile(r"\s*;\s*|\s+(?:but|although|though|whereas|yet|however)\s+",
                       re.IGNORECASE)


def contrast_span(sentence: str, pos: int) -> tuple[int, int]:
    """The part of a sentence around `pos` up to a contrast ("but", "although", ";"): a
    fronted hedge ("For some patients, the drip reduces pain") qualifies what follows the
    comma, but not what follows a "but"."""
    start = 0
    for match in _CONTRAST.finditer(sentence):
        if match.start() > pos:
            return start, match.start()
        start = match.end()
    return start, len(sentence)


# A question that asserts what it asks about: its answer is given, so it is no question but a
# statement in a question's dress. "Did you know our drip prevents the flu?"; "Why live with
# arthritis when stem cells can repair the joint?" (why + a bare verb, then "when": not "Why
# does my knee hurt when I climb stairs?", which asks); "Who needs a flu shot when you have
# elderberry?"; "Isn't it time you reversed your diabetes?"
_RHETORICAL = re.compile(
    r"^\W*(?:did\s+you\s+know\b|who\s+needs\b[^?]*\bwhen\b|isn[\u2019']t\s+it\s+time\b|"
    r"why\s+(?!(?:not|do|does|did|is|are|was|were|am|can|could|will|would|should|shall|might|"
    r"must|may|has|have|had|me|you|we|they|it|he|she|this|that|these|those|my|your|our|the|a|"
    r"an|so|some|most|many)\b)[a-z]+\b[^?]*\bwhen\b)", re.IGNORECASE)


def is_question(sentence: str) -> bool:
    """A question: ends with '?' (quotes aside) — never a claim. Not a rhetorical question
    that asserts its content ("Did you know our drip prevents the flu?")."""
    return sentence.rstrip(" \"'\u201d\u2019)").endswith("?") and not _RHETORICAL.match(sentence)


def word_count(text: str) -> int:
    return len(text.split())


def truncate(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
