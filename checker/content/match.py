"""Sentence matching with negation, questions, hedges and reported speech.

A claim pattern is not yet a claim: "there is no cure for", "we cannot guarantee", "Is
ketamine a cure?" and "be wary of clinics that promise to cure" all contain one. Decisions
are taken within the clause that holds the match, so a negation in one clause does not clear
a claim in the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from checker.content.prefilter import LITERALS, Prefilter
from checker.content.text import clause_at, contrast_span, is_question

# "not just", "doesn't only", "not merely": a focus that adds to what it qualifies ("doesn't
# just manage diabetes, it reverses it"), no negation of it.
NOT_ONLY = r"(?:just|only|merely|simply)\b"
# "instead of", "rather than": an alternative set against what follows (care replaced, a
# contrast, a purpose refused); the readers build their patterns on it.
ALTERNATIVE = r"(?:instead\s+of|rather\s+than)"
# Negation cues that clear a match when they come before it in its clause.
NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|nor|neither|nothing|none|nobody|without|unlikely|"
    r"can't|won't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|hasn't|haven't|"
    r"shouldn't|wouldn't|couldn't|mustn't|no\s+one|rather\s+than|instead\s+of|"
    # (a verb that implies its complement did not happen: "fail to treat cancer")
    r"beware|avoid|avoids|refuse|refuses|unlike|except|fail(?:s|ed)?\s+to)\b"
    r"(?!\s+" + NOT_ONLY + r")|"
    r"n't\b(?!\s+" + NOT_ONLY + r")",
    re.IGNORECASE,
)
# Reported or debunked claims: the page warns about the claim instead of making it.
REPORTED = re.compile(
    r"\bmyths?\b|\bmisconceptions?\b|\bfalse(?:ly)?\s+(?:claims?|promises?|advertis\w*)|"
    r"\b(?:that|who|which|anyone|ads?|clinics?|providers?|companies|websites?|sellers?)\s+"
    r"(?:\w+\s+)?(?:promis|claim|advertis)(?:e|es|ed|ing|s)?\b|"
    r"\bbe\s+(?:wary|cautious|skeptical|sceptical|careful)\b|\bwatch\s+out\b|\bred\s+flags?\b|"
    r"\bwarning\s+signs?\b|\b(?:ask|asks|asked|asking|wonder\w*|unsure|sure|know|decid\w+|"
    r"question\w*|doubt\w*)\s+(?:\w+\s+){0,2}?whether\b|\bwonder(?:s|ed|ing)?\s+if\b|"
    r"\bask(?:s|ed|ing)?\s+(?:us\s+|me\s+)?(?:if|whether)\b|\bheadlines?\b|\bhype\b|"
    r"\bscams?\b|\btoo\s+good\s+to\s+be\s+true\b|\bmarketing\s+(?:that|which)\b|"
    r"\b(?:dubbed|hailed|touted|billed)\s+(?:as\s+)?(?:it\s+)?(?:a|an|the)?\b|\bmedia\s+calls?\b",
    re.IGNORECASE,
)
# Hedges that qualify an efficacy claim ("may help some patients"): only rules that list
# hedges use them; a hedge never launders a cure or a guarantee.
DEFAULT_HEDGES = re.compile(
    r"\b(?:may|might|could|can\s+help|some\s+(?:patients|people|clients)|for\s+some|"
    r"in\s+some\s+cases|many\s+(?:patients|people)|most\s+(?:patients|people)|often|"
    r"typically|usually|results\s+vary)\b",
    re.IGNORECASE,
)
_WINDOW_WORDS = 8
# A clausal negation whose scope runs over a coordinated list of verbs: "not intended to
# diagnose, treat, cure or prevent", "No supplement has been shown to prevent or cure". The
# clause splitter cuts at the commas and `negated` at "or"; this reads the list whole.
_NEGATED_LIST = re.compile(
    r"(?:(?:\b(?:not|never|cannot|nor)\b|n't\b)(?!\s+" + NOT_ONLY + r")|"
    r"\bno\s+[\w-]+(?:\s+[\w-]+)?\s+(?:has|have|is|are|"
    r"was|were|can|could|will|would|does|do|did)\b)(?:\s+[\w-]+){0,6}?\s+"
    r"(?:[\w-]+\s*,\s*){0,6}(?:[\w-]+\s*,?\s+(?:and|or|nor)\s+(?:(?!(?:they|it|we|you|he|she|"
    r"this|these|that|those|our|my|your|their|his|her|its|the|a|an|i)\b)[\w-]+\s+)?)?$",
    re.IGNORECASE)
# "No" on a coordinated subject negates what the subject does: "No cream, pill or drip can
# cure arthritis", "No pill or powder is completely safe", "No vitamin, herb or drip has been
# shown to". The clause splitter cuts at the commas and `negated` at "or". Items are plain
# nouns (one or two words, none itself "no": "no needles, no downtime and guaranteed results"
# lists absences beside the claim).
_NEGATED_SUBJECT = re.compile(
    r"(?<!,)(?<!,\s)(?<!\band\s)(?<!\bor\s)\bno\s+(?!no\b)[\w-]+(?:\s+(?!(?:or|nor|and|no)\b)[\w-]+)?"
    r"(?:\s*,\s*(?!(?:no|our|my|your|the|this|these|a|an|we|you|it)\b)[\w-]+"
    r"(?:\s+(?!(?:or|nor|and|no)\b)[\w-]+)?){0,6}\s*,?\s+(?:or|nor|and)\s+"
    r"(?!(?:no|our|my|your|the|this|these|a|an|we|you|it)\b)[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:(?:has|have|is|are|was|were|can|could|will|would|"
    r"does|do|did)\s+(?:[\w-]+\s+){0,3}?)?"
    # the second of coordinated predicates shares the negated subject: "No drops, drinks or
    # supplements prevent or treat COVID-19"
    r"(?:[\w-]+\s*,?\s+(?:or|nor|and)\s+)?$",
    re.IGNORECASE)
# (and "until"/"till", which end a negation's time: "I could not walk until the shots
# healed my knee" asserts what follows)
_CONJUNCTION = re.compile(r"\b(?:and|or|so|then|because|since|until|till)\b", re.IGNORECASE)
# How many sentences' answers a matcher remembers (Matcher._read).
_MEMO_SIZE = 4096
# "safe and effective" (or "safe or effective", "safe nor effective"), the FD&C Act's standard
# for a drug, read as one word (also where the prefix ends inside it, before the predicate
# "effective"): the conjunction inside it coordinates no new clause
_STANDARD = re.compile(r"\bsafe,?\s+(?:and|or|nor)(?:\s+effective\b|\s*$)", re.IGNORECASE)


@dataclass
class Matcher:
    patterns: list[re.Pattern[str]]
    requires: list[re.Pattern[str]] = field(default_factory=list)  # each must be in sentence
    unless: list[re.Pattern[str]] = field(default_factory=list)  # any in sentence: no match
    unless_clause: list[re.Pattern[str]] = field(default_factory=list)  # any in clause
    hedges: re.Pattern[str] | None = None
    negation: bool = True
    reported: bool = True
    questions: bool = False  # questions never match unless a rule says otherwise
    # `requires` may be met anywhere on the page (a mention not negated), not only in the
    # sentence: "the same active ingredient as Ozempic" on a page selling compounded drugs.
    requires_on_page: bool = False
    # Products of lexicon classes (a TermSet, e.g. the compounded class: "503A pharmacy",
    # "personalized semaglutide") that meet `requires` too: named in the sentence, or on the
    # page with `requires_on_page`.
    requires_products: Any = None
    # The rule's frames (checker/content/frames.py): their regexes are among `patterns`;
    # kept to say which frame a sentence matched (`explain`).
    frames: list[Any] = field(default_factory=list)
    # Sentence-wide scope cues of checker/content/scopes.py (PHRASE_SCOPES, by the rule's
    # `scopes:`): a sentence holding one reports, debunks or doubts the claim. Read only for
    # a sentence that already holds a qualifying match (no per-sentence work).
    scopes: list[re.Pattern[str]] = field(default_factory=list)
    prefilter: Prefilter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.prefilter = Prefilter(self.patterns)
        self._each = [(p, Prefilter([p])) for p in self.patterns]
        self._frame_parts = {frame.regex: frame.parts for frame in self.frames}
        # frames with a part read from the condition lexicons: checked after the regex
        self._frame_slots = {frame.regex: frame.slot for frame in self.frames if frame.slot}
        # What _read answered, by its arguments (speed33): its answer depends on nothing
        # else, and a site's sidebar, header, footer and boilerplate sentences recur on
        # every page. Bounded: the oldest answers go first.
        self._memo: dict[tuple[str, bool, bool, bool],
                         tuple[re.Match[str] | None, str | None]] = {}

    def may_match(self, norm: str) -> bool:
        """False when no pattern can match this text (in normal form): skip it cheaply."""
        return self.prefilter.may_match(norm)

    def find(self, sentence: str, *, page_requires: bool = False,
             question: bool = False) -> re.Match[str] | None:
        """The first qualifying match in the sentence, or None. `page_requires`: the page
        already meets `requires`; `question`: read a question as the claim it raises."""
        return self._read(sentence, page_requires, question)[0]

    def cleared_by(self, sentence: str) -> str | None:
        """Why a sentence that holds one of the patterns is no claim (`explain`): None when
        no pattern is in it, or when a match qualifies (`find` reports it)."""
        return self._read(sentence, self.requires_on_page, False, present_only=True)[1]

    def _read(self, sentence: str, page_requires: bool, question: bool,
              present_only: bool = False) -> tuple[re.Match[str] | None, str | None]:
        """`find`'s steps, each named: the first qualifying match, or None and what cleared
        the first match (None when no pattern can be in the sentence; with `present_only`,
        when none is). Remembered by its arguments (_MEMO_SIZE answers a matcher)."""
        key = (sentence, page_requires, question, present_only)
        memo = self._memo
        answer = memo.get(key)
        if answer is None:
            answer = self._read_anew(sentence, page_requires, question, present_only)
            if len(memo) >= _MEMO_SIZE:
                try:
                    del memo[next(iter(memo))]
                except (KeyError, RuntimeError, StopIteration):
                    pass  # another thread dropped it first
            memo[key] = answer
        return answer

    def _read_anew(self, sentence: str, page_requires: bool, question: bool,
                   present_only: bool) -> tuple[re.Match[str] | None, str | None]:
        # The literals the sentence holds, read once for all the rules that read it (one
        # RE2 pass, remembered): the rule's and each pattern's prefilter are then set
        # lookups (speed32: the substring scans were half of this method's time).
        present = LITERALS.present_in_sentence(sentence)
        if not self.prefilter.may_match_present(present):
            return None, None
        candidates = [p for p, pre in self._each if pre.may_match_present(present)
                      and (not present_only or p.search(sentence))]
        if not candidates:
            return None, None
        if not (self.questions or question) and is_question(sentence):
            return None, "a question"
        unless = next((found for p in self.unless if (found := p.search(sentence))), None)
        if unless is not None:
            return None, f"an exception of the rule ({unless.group(0)!r})"
        if (self.requires or self.requires_products is not None) and not page_requires \
                and not self.meets_requires(sentence):
            return None, "what the rule requires is not in the sentence"
        cleared = None
        for pattern in candidates:
            parts = self._frame_parts.get(pattern.pattern, 0)
            slot = self._frame_slots.get(pattern.pattern)
            for match in pattern.finditer(sentence):
                why = ("no condition of the lexicons in the frame" if slot is not None
                       and not slot.holds(sentence, match) else self._disqualified(sentence, match)
                       or ("a negation between the frame's parts" if parts and self.negation
                           and _negated_between(sentence, match, parts) else None))
                if why is None:
                    scope = self.scope_stop(sentence)
                    return (None, f"a scope cue {scope.group(0)!r}") if scope else (match, None)
                cleared = cleared or why
        return None, cleared

    def scope_stop(self, sentence: str) -> re.Match[str] | None:
        """The first of the rule's scope cues in the sentence (it clears every match)."""
        for scope in self.scopes:
            found = scope.search(sentence)
            if found:
                return found
        return None

    def meets_requires(self, text: str) -> bool:
        """Every `requires` pattern is in the text, or a product of `requires_products`."""
        if self.requires and all(p.search(text) for p in self.requires):
            return True
        return self.requires_products is not None and \
            self.requires_products.search(text) is not None

    def _disqualified(self, sentence: str, match: re.Match[str]) -> str | None:
        """What keeps one match from being a claim, in words (None: it is one)."""
        start, end = clause_at(sentence, match.start())
        clause = sentence[start:max(end, match.end())]
        unless = next((found for p in self.unless_clause if (found := p.search(clause))), None)
        if unless is not None:
            return f"an exception of the rule in its clause ({unless.group(0)!r})"
        if self.reported and REPORTED.search(sentence[:match.start()]):
            return "reported speech"
        # (read from where a clause describing the people or the case closes)
        described = describing_clause_end(sentence, match.start())
        if self.negation and (negated(sentence[max(start, described):match.start()])
                              or (negated_list(sentence[described:match.start()])
                                  and not finite_conjunct(sentence, match.start()))
                              or denied_object_after(sentence, _first_word_end(sentence, match))) \
                and not ellipsis_of_ours(sentence, match.end()):
            return "a negation"
        if self.hedges is None:
            return None
        low, high = contrast_span(sentence, match.start())
        hedge = self.hedges.search(sentence[low:max(high, match.end())])
        return f"a hedge ({hedge.group(0)!r})" if hedge else None


_WORD = re.compile(r"[\w'-]+")


def _first_word_end(sentence: str, match: re.Match[str]) -> int:
    """Where the match's first word ends (a phrase pattern may span the predicate and its
    object: "neither" after its verb is read from there)."""
    word = _WORD.search(sentence, match.start(), max(match.end(), match.start() + 1))
    return word.end() if word is not None else match.end()


def _negated_between(sentence: str, match: re.Match[str], parts: int) -> bool:
    """A frame's parts with a negation between them: "Research has not shown" read as
    "<evidence> ... <showing>" is a denial, not a claim. A negation inside a part is the
    part's own meaning ("zero burn risk", "works without fail")."""
    return any(NEGATION.search(sentence[match.end(i):match.start(i + 1)])
               for i in range(1, parts))


def mentioned(texts: list[str], patterns: list[re.Pattern[str]]) -> bool:
    """Each pattern occurs in one of the texts (a page's blocks) at least once outside a
    negated clause ("we do not offer compounded drugs" is no mention of compounded drugs)."""
    return all(any(mentioned_in(text, pattern) for text in texts) for pattern in patterns)


def mentioned_in(text: str, pattern: re.Pattern[str] | None) -> bool:
    """`pattern` occurs in `text` outside a negated clause ("we never ship from overseas");
    no pattern, no mention."""
    for match in pattern.finditer(text) if pattern is not None else ():
        start, _ = clause_at(text, match.start())
        if not negated(text[start:match.start()]):
            return True
    return False


def negated_list(prefix: str) -> bool:
    """The match is an item of a negated verb list ("not ... diagnose, treat, cure or"), the
    noun a negated list of conditions modifies ("not a cold, flu or COVID-19 remedy"), or
    said of a subject list under "no" ("No cream, pill or drip can")."""
    tail = prefix[-160:]
    return bool(_NEGATED_LIST.search(tail) or _NEGATED_SUBJECT.search(tail))


# "and" right before a verb, an adverb between allowed.
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|even\s+|still\s+|actually\s+|then\s+|now\s+)?$",
                         re.IGNORECASE)
# A verb in its third-person -s form with its object after it ("cures chronic fatigue", "treats
# long COVID"), not a plural noun ("remedies and cures for cancer", "drugs and treatments that
# ..."), nor a word that ends in -ss ("less").
_THIRD_PERSON_VERB = re.compile(r"[a-z]+[^s\W]s\s+(?!(?:for|of|and|or|nor|that|which|who|to|in|"
                                r"on|at|with|is|are|was|were|like|such|nothing|none|no|"
                                r"neither)\b)[\w'\u2019]", re.IGNORECASE)


def finite_conjunct(text: str, at: int) -> bool:
    """The verb at `at` is a finite verb of its own after "and": "The drip does not contain
    preservatives and cures chronic fatigue", "is not painful and treats long COVID". An
    auxiliary's negation takes a bare verb or a participle ("does not treat or cure", "is not
    intended to treat"), so a verb in its -s form after the "and" is not under it: it is the
    subject's next predicate, outside the negation's scope."""
    return bool(_AND_BEFORE.search(text, max(0, at - 24), at)
                and _THIRD_PERSON_VERB.match(text, at))


# A negative quantifier for the predicate's object (or its nominal's "for"): "treats neither
# cancer nor long COVID", "a treatment for neither anxiety nor epilepsy", "treats none of them",
# "cures neither", "is a remedy for nothing of the kind" deny as "does not treat ..." does; a
# negation after the predicate that `negated` never reads. Not the quantifiers that say "only"
# ("nothing but", "none other than"); nor a bare "no", which may open a clause of its own
# ("gave me relief no pill ever could").
_DENIED_OBJECT_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+neither\s+[^.;:!?]*?\bnor\b|"
    r"\s+(?:(?:for|against|of|in|on)\s+)?(?:none\b(?!\s+other)|neither\b|"
    r"nothing\b(?!\s+(?:but|less|short|else\s+but))|not\s+(?:a\s+single|one|any)\b)",
    re.IGNORECASE)


def denied_object_after(text: str, end: int) -> bool:
    """The predicate that ends at `end` takes a negative quantifier for its object ("neither
    ... nor", "none of them", "nothing")."""
    return _DENIED_OBJECT_AFTER.match(text, end) is not None


# A clause that closes the sentence with our product (or us) and a bare auxiliary, the verb
# phrase before it understood: "Pills won't cure your arthritis, but our stem cells will",
# "Antibiotics can't clear chronic Lyme disease; our ozone sessions can", "If your SSRI did not
# lift your depression, our NAD+ drip will". The negation before it is the other care's; the
# predicate it elides is said of ours ("..., and our stem cells won't either" is no such clause).
_OURS_ELLIPSIS = re.compile(
    r"(?:\s*[,;\u2014\u2013]\s*(?:but\s+|yet\s+)?|\s+(?:but|yet)\s+|\s+-\s+)"
    r"(?:(?:our|ours)\s+(?:[\w'+-]+\s+){0,4}?[\w'+-]+|we|ours)\s+"
    r"(?:can|could|will|would|does|do|did|has|have|may|might)"
    r"(?:\s+(?:too|though|again|every\s+time|for\s+good))?\s*[.!]*\s*$", re.IGNORECASE)


def ellipsis_of_ours(text: str, at: int) -> bool:
    """After `at`, the sentence closes with our product (or us) and a bare auxiliary: what
    the clause before denied of other care is said of ours."""
    return _OURS_ELLIPSIS.search(text, at) is not None


# People a claim is said to be for, as the head of a clause that describes them.
PEOPLE = (r"(?:patients|people|clients|customers|members|adults|children|kids|men|women|"
          r"those|anyone|athletes|sufferers|seniors|veterans|teens|teenagers|families|"
          r"parents|users|individuals)")
# A clause that opens the sentence to say in which case, or for whom, the claim is made,
# closed by its comma: "If nothing else has worked for your anxiety,", "Since the pills didn't
# work for his gout,", "For patients who did not improve with physical therapy,".
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:if|when|whenever|since|because|once|after|although|though|while|where|"
    r"even\s+(?:if|when|though)|for\s+(?:[\w'-]+\s+){0,3}?" + PEOPLE +
    r"\s+(?:who|whose|that))\b[^,;:.!?]*,", re.IGNORECASE)
# ... or a relative clause on the sentence's subject, people ("Patients whose migraines do not
# respond to medication get ...", "Clients who never found relief from IBS medicines heal ..."),
_SUBJECT_RELATIVE = re.compile(
    r"^\W*(?:(?:the|many|most|some|all|our|these|any|other)\s+)?(?:[\w'-]+\s+){0,2}?" + PEOPLE
    + r"\s+(?:(?:with|of)\s+(?:[\w'-]+\s+){1,3}?)?(?:who|whose|that)\s", re.IGNORECASE)
# ... which closes after its negated verb and that verb's object, the care that did not work
# ("respond to medication", "improve with physical therapy", "tolerate statins", "found
# relief from IBS medicines"), a noun phrase of our own product's no part: the main clause's
# verb follows.
_NEGATED_VERB_OBJECT = re.compile(
    r"(?!.*\b(?:our|ours|we|us)\b)\s*(?:[\w'-]+\s+){1,3}?(?:(?:to|with|on|from|by|after)\s+)?"
    r"(?:(?!(?:to|for)\b)[\w'+-]+\s+){1,4}$", re.IGNORECASE)
_PURPOSE_FOR = re.compile(r"for\b", re.IGNORECASE)


def describing_clause_end(text: str, at: int) -> int:
    """Where a clause that opens the sentence to describe the people or the case the claim
    is for closes, when it closes at or before the predicate at `at` (0 when none does). A
    negation inside it negates its own verb, not the main clause's predicate: "Patients who
    have not responded to antidepressants find relief from depression with our NAD+ drips",
    "If nothing else has worked for your anxiety, our tincture will calm it". Not a
    nominal's "for" right after the object ("who do not respond to our drip for migraines")."""
    fronted = _FRONTED_CLAUSE.match(text)
    if fronted is not None and fronted.end() <= at:
        return fronted.end()
    subject = _SUBJECT_RELATIVE.match(text)
    if subject is None or subject.end() > at or _PURPOSE_FOR.match(text, at):
        return 0
    cue = NEGATION.search(text, subject.end(), at)
    if cue is None or _NEGATED_VERB_OBJECT.match(text[cue.end():at]) is None \
            or NEGATION.search(text, cue.end(), at):
        # (a second negation is the main clause's own: "Patients who have not responded to
        # medication do not get relief from our drip")
        return 0
    return at


# "instead of" or "rather than" and a noun phrase (no verb in -ing: "instead of trying to"),
# then the infinitive of purpose right before the match.
_ALTERNATIVE_THEN_PURPOSE = re.compile(
    r"\b" + ALTERNATIVE + r"\s+(?:(?![\w'+-]*ing\b)[\w'+-]+\s+){1,5}?to\s+"
    r"(?:help\s+(?:to\s+)?)?$", re.IGNORECASE)


def negated(prefix: str) -> bool:
    """A negation cue among the last words before the match, not cut off by a conjunction
    ("no needles and guaranteed results" is still a guarantee)."""
    alternative = _ALTERNATIVE_THEN_PURPOSE.search(prefix)
    if alternative is not None:
        # "Take our capsules instead of ibuprofen to relieve arthritis": "instead of" denies
        # the ibuprofen, its noun phrase; the purpose after it is the sentence's own
        prefix = prefix[:alternative.start()]
    words = prefix.split()[-_WINDOW_WORDS:]
    # the law's standard is one term: "no product safe or effective for" negates through it
    window = _STANDARD.sub("safe-effective", " ".join(words))
    parts = _CONJUNCTION.split(window)
    return bool(NEGATION.search(parts[-1] if parts else window))
