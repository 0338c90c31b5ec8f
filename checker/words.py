"""Words a reader sees, defined once for the terminal, the reports and the rule messages:
counted nouns with the right plural, messages without doubled punctuation, and a rule's
message template in a generic form (no `{sentence}` placeholder left for a reader)."""

from __future__ import annotations

import re

# Nouns whose plural is not noun + "s".
_IRREGULAR = {"criterion": "criteria", "needs review": "need review"}


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """`1 finding`, `2 findings`, `0 pages`; `plural_form` for irregular nouns."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {plural_form or _IRREGULAR.get(noun) or noun + 's'}"


# A message ending in a quoted sentence with its own punctuation, then the template's full
# stop: "claim: 'It cures.'." -> "claim: 'It cures.'". An ellipsis ("works...") is left alone.
_DOUBLED = re.compile(r"(?<!\.)([.!?])(['\"\u2019\u201d]?)\.(\s*)$")


def tidy_punctuation(text: str) -> str:
    """No full stop after a quoted sentence that already ends in one."""
    return _DOUBLED.sub(r"\1\2\3", text)


# What each placeholder of a rule message stands for, when no finding fills it in.
GENERIC_VALUES = {
    "sentence": "the sentence quoted in each finding",
    "phrase": "the phrase quoted in each finding",
    "condition": "a condition",
    "topic": "the page's topic",
    "grade": "N",
    "date": "on a date",
    "tracker": "A tracker",
    "host": "its host",
    "action": "the form's address",
    "min_words": "the required number of",
}
# A clause that only a finding can fill ("; the section so headed has 12 words") is dropped.
_FINDING_CLAUSE = re.compile(r"\s*[;,]\s*\{found\}")
_PLACEHOLDER = re.compile(r"\{(\w+)\}|<(\w+)>")
_QUOTED_SENTENCE = re.compile(r"""['"\u2018\u201c]\{(sentence|phrase)\}['"\u2019\u201d]""")


def generic_message(template: str, known: dict[str, str] | None = None) -> str:
    """A rule's message with no finding to fill it: "Unqualified cure claim: '{sentence}'."
    reads "Unqualified cure claim: the sentence quoted in each finding."; `known` fills what
    the rule itself fixes (its min_words); unknown names read "…"."""
    text = _FINDING_CLAUSE.sub("", template)
    text = _QUOTED_SENTENCE.sub(lambda m: "{" + m.group(1) + "}", text)
    values = GENERIC_VALUES | (known or {})

    def replace(match: re.Match[str]) -> str:
        return values.get(match.group(1) or match.group(2), "…")
    return tidy_punctuation(_PLACEHOLDER.sub(replace, text))


def has_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.search(text or ""))
