"""What every rule type shares: hits, page context, typed params, sentence matching.

A type validates its rule's params when the pack loads (`compile`) and, per page, returns
Hits: the sentence or element that breaks the rule, or a page-level "missing" hit. The engine
turns hits into Findings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Protocol

from lxml import etree

from checker.content.document import Block, PageDoc, candidate_blocks
from checker.content.match import DEFAULT_HEDGES, Matcher, mentioned
from checker.content.rules import Rule, compile_pattern, did_you_mean
from checker.content.scopes import (
    DENIAL,
    claim_lead,
    clauses_after,
    mention_split,
    quoted_title_refuted,
    refuted_in_block,
)
from checker.content.text import sentence_key, split_sentences
from checker.settings import ConfigError

Scope = Literal["page", "site"]


@dataclass
class Hit:
    """One breach of a rule on a page."""

    sentence: str | None = None
    el: etree._Element | None = None  # the element holding it (selector); None: main/body
    excerpt: str | None = None
    values: dict[str, str] = field(default_factory=dict)  # message placeholders
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PageContext:
    doc: PageDoc
    topics: set[str]
    as_of: dt.date


# ---- params ------------------------------------------------------------------------------

class Params:
    """Typed access to a rule's params with one-line errors naming file and rule."""

    def __init__(self, rule: Rule, allowed: frozenset[str]):
        self.rule = rule
        unknown = sorted(set(rule.params) - allowed)
        if unknown:
            self.fail(f"unknown parameter '{unknown[0]}' for type {rule.type}"
                      f"{did_you_mean(unknown[0], allowed)} "
                      f"(allowed: {', '.join(sorted(allowed))})")

    def fail(self, problem: str) -> None:
        raise ConfigError(f"{self.rule.file}: rule {self.rule.id}: {problem}")

    def patterns(self, name: str, required: bool = False, source: dict | None = None,
                 case_sensitive: bool = False) -> list[re.Pattern[str]]:
        data = self.rule.params if source is None else source
        value = data.get(name)
        if value is None:
            if required:
                self.fail(f"missing parameter '{name}'")
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.fail(f"parameter '{name}' must be a list of regexes")
        flags = 0 if case_sensitive else re.IGNORECASE
        return [compile_pattern(self.rule, p, flags) for p in value]

    def number(self, name: str, default: float) -> float:
        value = self.rule.params.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            self.fail(f"parameter '{name}' must be a number of 0 or more, got {value!r}")
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.rule.params.get(name, default)
        if not isinstance(value, bool):
            self.fail(f"parameter '{name}' must be true or false, got {value!r}")
        return value

    def strings(self, name: str) -> list[str]:
        value = self.rule.params.get(name) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"parameter '{name}' must be a list of text")
        return value

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self.rule.params.get(name, default)
        if value is not None and not isinstance(value, str):
            self.fail(f"parameter '{name}' must be text")
        return value


MATCHER_PARAMS = frozenset({"patterns", "requires", "unless", "unless_clause", "hedges",
                            "negation", "reported_speech", "questions", "case_sensitive",
                            "requires_on_page", "requires_products", "frames", "scopes"})


def build_matcher(params: Params, source: dict | None = None) -> Matcher:
    """A Matcher from the shared sentence-matching params of claim/existence/triggers."""
    data = params.rule.params if source is None else source
    case = bool(data.get("case_sensitive", False))
    hedges = data.get("hedges")
    if hedges is True:
        hedge_re: re.Pattern[str] | None = DEFAULT_HEDGES
    elif hedges in (None, False):
        hedge_re = None
    else:
        hedge_re = compile_pattern(params.rule, "|".join(
            f"(?:{p.pattern})" for p in params.patterns("hedges", source=data)))
    for name in ("negation", "reported_speech", "questions", "requires_on_page"):
        if name in data and not isinstance(data[name], bool):
            params.fail(f"parameter '{name}' must be true or false")
    frames = rule_frames(params, data)
    return Matcher(
        patterns=params.patterns("patterns", required=not frames, source=data,
                                 case_sensitive=case) + frame_patterns(params, frames),
        requires=params.patterns("requires", source=data, case_sensitive=case),
        unless=params.patterns("unless", source=data),
        unless_clause=params.patterns("unless_clause", source=data),
        hedges=hedge_re,
        negation=data.get("negation", True),
        reported=data.get("reported_speech", True),
        questions=data.get("questions", False),
        requires_on_page=data.get("requires_on_page", False),
        requires_products=_products(params, data),
        frames=frames,
        scopes=phrase_scopes(params, data),
    )


def phrase_scopes(params: Params, data: dict | None = None) -> list[re.Pattern[str]]:
    """The rule's `scopes:` (names of checker/content/scopes.py PHRASE_SCOPES)."""
    from checker.content.scopes import PHRASE_SCOPES

    names = (params.rule.params if data is None else data).get("scopes") or []
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        params.fail("parameter 'scopes' must be a list of names")
    unknown = [n for n in names if n not in PHRASE_SCOPES]
    if unknown:
        params.fail(f"unknown scope {unknown[0]!r} (known: {', '.join(PHRASE_SCOPES)})")
    return [PHRASE_SCOPES[n] for n in names]


def rule_frames(params: Params, data: dict | None = None) -> list[Any]:
    """The rule's `frames` (checker/content/frames.py), validated."""
    from checker.content.frames import compile_frames

    data = params.rule.params if data is None else data
    return compile_frames(data.get("frames"), f"{params.rule.file}: rule {params.rule.id}")


def frame_patterns(params: Params, frames: list[Any]) -> list[re.Pattern[str]]:
    """Each frame's regex, run by RE2 (a frame's parts are alternations of a hundred
    words and more, which Python's re tries at every position of a sentence: about ten
    times slower), else by the rule's own engine."""
    from checker.content.patterns import compile_rule_pattern

    compiled = []
    for frame in frames:
        pattern = compile_rule_pattern(frame.regex, re.IGNORECASE)
        compiled.append(pattern if pattern.engine == "re2"
                        else compile_pattern(params.rule, frame.regex))
    return compiled


def _products(params: Params, data: dict) -> Any:
    """The lexicon product classes a rule's `requires_products` names, as one term set."""
    names = data.get("requires_products")
    if not names:
        return None
    from checker.content.lexicons import load_lexicons

    lexicons = load_lexicons()
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        params.fail("parameter 'requires_products' must be a list of product classes")
    unknown = [n for n in names if n not in lexicons.products]
    if unknown:
        params.fail(f"unknown requires_products class {unknown[0]!r} "
                    f"(known: {', '.join(lexicons.products)})")
    return lexicons.products_of(tuple(names))


# The site's chrome: sidebars, teasers, header and footer, repeated on many pages. A claim
# there is still the clinic's claim, read once per site (CHROME is not a pack region: the
# engine runs a claim rule of region "main" a second time on it).
CHROME = "chrome"


def region_blocks(doc: PageDoc, region: str) -> list[Block]:
    if region == CHROME:
        return doc.chrome_blocks
    # "main" is the page's own text: its main content, and text outside it that is no
    # boilerplate (page builders emit cards and FAQs in divs that trafilatura drops).
    return doc.own_blocks if region == "main" else doc.blocks


MAX_CANDIDATE_BLOCKS = 2000


def page_meets_requires(doc: PageDoc, matcher: Matcher) -> bool:
    """A matcher with `requires_on_page`: the page's own text mentions what it requires."""
    if not matcher.requires_on_page:
        return False
    texts = [b.text for b in doc.own_blocks]
    return bool((matcher.requires and mentioned(texts, matcher.requires))
                or (matcher.requires_products is not None
                    and mentioned(texts, [matcher.requires_products])))


def sentence_hits(doc: PageDoc, matcher: Matcher, blocks: list[Block],
                  value: str = "sentence", limit: int = 20, lead_care: bool = True) -> list[Hit]:
    """A hit per distinct sentence the matcher accepts. `lead_care`: a sentence with no subject
    of its own under approved care (a card's title, a list intro) or pointing back to it is
    said of that care and cleared, as the rules that read approved care as patient information
    (`approved_care_subject`) read it; a rule that does not (a guarantee, a dismissal of risk:
    "Zero risk, no side effects" under "Tadalafil 5 mg" dismisses the drug's risk as
    "Tadalafil has zero risk" does) keeps it."""
    hits: list[Hit] = []
    seen: set[str] = set()
    # A hostile page can repeat one sentence ten thousand times: stop reading after a
    # bounded number of candidate blocks (real pages have a few hundred blocks in all).
    candidates = candidate_blocks(doc, matcher.prefilter, blocks)[:MAX_CANDIDATE_BLOCKS]
    page_requires = bool(candidates) and page_meets_requires(doc, matcher)
    for block in candidates:
        for index, sentence in enumerate(block.sentences):
            key = sentence_key(sentence)
            if key in seen:
                continue
            seen.add(key)
            match = matcher.find(sentence, page_requires=page_requires)
            if match is None or _denied_by_lead(doc, block) \
                    or _refuted_next(doc, block, index, match.start()) \
                    or _scoped_by_lead(doc, block, sentence, matcher) \
                    or _title_denied_under(doc, block, matcher) \
                    or (lead_care and (_said_of_lead_care(doc, block, sentence, match.start())
                                       or _said_of_earlier_care(block, sentence))):
                continue
            shown = match.group(0) if value == "phrase" else sentence
            hits.append(Hit(sentence=sentence, el=block.el, excerpt=block.text,
                            values={"sentence": sentence, "phrase": shown.strip()}))
            if len(hits) >= limit:
                return hits
    return hits


def _refuted_next(doc: PageDoc, block: Block, index: int, at: int) -> bool:
    """The sentence reports the claim (scopes.reported_at: heard, read, told or believed, the
    complement of a report whose holder is not the page's voice, a quoted mention; or the
    block sits under a title that labels it a claim, "What they say") and a later sentence of
    the block (under such a title, of the card beside it too) refutes it ("I had read that
    the diet would cure his autism. It didn't."), as the disease rules read it
    (scopes.refuted_in_block); or it is a quoted claim the splitter cut from the comment that
    holds it up to be checked (scopes.mention_split). Read only for a sentence that already
    holds a match."""
    # (a clause after a semicolon is read as a sentence after it: "NAET is sometimes promoted
    # to eliminate food allergies; it has not been shown to do so")
    following = block.sentences[index + 1:]
    later = [*clauses_after(block.sentences[index], at), *following]
    title = doc.blocks[block.index - 1] if 0 < block.index <= len(doc.blocks) else None
    lead = title.text if title is not None and title.level is not None else ""
    if claim_lead(lead):
        later = [*later, *(sentence for after in doc.blocks[block.index + 1:block.index + 3]
                           for sentence in after.sentences)]
    return refuted_in_block(block.sentences[index], later, at, lead=lead) is not None \
        or (bool(following) and mention_split(block.sentences[index], following[0]) is not None)



def _denied_by_lead(doc: PageDoc, block: Block) -> bool:
    """A list item completes its intro's sentence: an intro that denies ("This product is not
    intended to:", "Our drips do not:", "Conditions stem cells are NOT approved to treat:")
    denies each item, as the disease rules read it (DENIAL in the lead). Read only for a list
    item that already holds a match."""
    if block.tag != "li":
        return False
    intro = block_before(doc, block, ("li",))
    if intro is None or not intro.text.rstrip().endswith((":", "\u2014")):
        return False
    # the intro's last sentence is the one the item completes
    sentences = split_sentences(intro.text)
    return bool(sentences) and DENIAL.search(sentences[-1]) is not None


def _scoped_by_lead(doc: PageDoc, block: Block, sentence: str, matcher: Matcher) -> bool:
    """A list item completes its intro's sentence: the rule's sentence-wide scope cues are
    read over that whole sentence, so an intro that reports others' claims ("The FDA's
    warning letters cited claims that the supplements:", "Sellers online say their drops:")
    reports each item, as one sentence would. Read only for a list item that already holds a
    match, under an intro that ends in a colon or a dash."""
    if block.tag != "li" or not matcher.scopes:
        return False
    intro = block_before(doc, block, ("li",))
    if intro is None or not intro.text.rstrip().endswith((":", "\u2014")):
        return False
    sentences = split_sentences(intro.text)
    return bool(sentences) and matcher.scope_stop(f"{sentences[-1]} {sentence}") is not None


def _title_denied_under(doc: PageDoc, block: Block, matcher: Matcher) -> bool:
    """A heading (a card's title) whose text right under it opens by denying what the title
    says: "Backed by Science" over "Not clinically proven to regrow cartilage; the studies so
    far are small" names the topic the text declines, as the disease rules read a title over
    its denial. The first sentence under it must hold one of the rule's own patterns, cleared by
    a negation or one of the rule's scope cues ("Not available in stores" denies something
    else; a hedge, "may help", denies nothing). Read only for a heading
    that already holds a match."""
    if block.level is None or block.index + 1 >= len(doc.blocks):
        return False
    under = doc.blocks[block.index + 1]
    if under.level is not None or under.region != block.region or not under.sentences:
        return False
    if quoted_title_refuted(block.text, under.sentences[:2]):
        # a title all quote, a slogan held up, that the text under it refutes
        return True
    why = matcher.cleared_by(under.sentences[0])
    return why is not None and (why.startswith(("a negation", "a scope cue")))


def _said_of_lead_care(doc: PageDoc, block: Block, sentence: str, start: int) -> bool:
    """A list item with no subject of its own ("Cures most cases of bacterial pneumonia")
    under an intro that names approved care by no seller and beside no unapproved product
    ("Amoxicillin:", "Triple therapy with amoxicillin and omeprazole:") says it of that care,
    as one sentence would; so does a card's body under its title (the heading right above
    it: "Cures most vaginal yeast infections" under "Clotrimazole Vaginal Cream 1%"), as the
    disease rules read it. Read only for a block that already holds a match."""
    if not _SUBJECTLESS.fullmatch(sentence[:start]):
        return False
    if block.tag == "li":
        intro = block_before(doc, block, ("li",))
        if intro is None or not intro.text.rstrip().endswith(":"):
            return False
    else:
        # the body's first sentence, right under a heading (a card's title)
        intro = block_before(doc, block, ())
        if intro is None or intro.level is None or block.level is not None \
                or not block.text.lstrip().startswith(sentence.strip()[:40]):
            return False
    sentences = split_sentences(intro.text)
    lead = sentences[-1] if sentences else ""
    if not lead or _SELLER_WORD.search(lead) or _FOIL_WORD.search(lead):
        return False
    from checker.content.lexicons import load_lexicons

    lexicons = load_lexicons()
    return lexicons.approved.search(lead) is not None and lexicons.products_of(
        tuple(lexicons.products)).search(lead) is None


def _said_of_earlier_care(block: Block, sentence: str) -> bool:
    """A sentence that only points back ("Azithromycin is an antibiotic. ... a single dose
    cures chlamydia", "... It is the most effective treatment for ...") says its match of
    the approved care its block named before it, as the disease rules read it (claimread
    _antecedent): the sentence before, or before it while each points back, names approved
    care, no seller and no foil, and neither names an unapproved product. Read only for a
    sentence that already holds a match."""
    from checker.content.claimread import points_back
    from checker.content.lexicons import load_lexicons

    if not points_back(sentence, care_only=True) or _SELLER_WORD.search(sentence):
        return False
    index = block.sentences.index(sentence) if sentence in block.sentences else 0
    lexicons = load_lexicons()
    products = lexicons.products_of(tuple(lexicons.products))
    if products.search(sentence) is not None:
        return False
    for before in reversed(block.sentences[:index]):
        if _SELLER_WORD.search(before) or _FOIL_WORD.search(before) \
                or products.search(before) is not None:
            return False
        if lexicons.approved.search(before) is not None:
            return True
        if not points_back(before, care_only=True):
            return False
    return False


# What may stand before a list item's verb when the item has no subject: "Also cures",
# "May prevent", "Helps to treat".
_SUBJECTLESS = re.compile(r"\W*(?:(?:also|may|can|often|usually|helps?)\s+(?:to\s+)?)?",
                          re.IGNORECASE)
_SELLER_WORD = re.compile(r"\b(?:(?i:ours?|we)|us)\b")
# Care set against ("Better than antibiotics:", "No need for antibiotics:"): the foil.
_FOIL_WORD = re.compile(r"\b(?:than|unlike|instead|without|alternatives?|like|versus|vs|compared|"
                        r"no|not|skip|avoid|replace\w*|beats?|outperforms?)\b", re.IGNORECASE)


def block_before(doc: PageDoc, block: Block, run: tuple[str, ...]) -> Block | None:
    """The block before the run of `run` blocks (a list's items, a table's cells) that holds
    `block`: the intro or heading a list or table stands under."""
    index = block.index - 1
    while index >= 0 and doc.blocks[index].tag in run:
        index -= 1
    return doc.blocks[index] if index >= 0 else None


# ---- the types ---------------------------------------------------------------------------

class RuleType[SpecT]:
    """A rule type: validates a rule's params into its typed spec once (`compile`), then
    checks pages. `scope` says when it runs: "page" types run on each page (`check`);
    "site" types (SiteRuleType) contribute a fact per page and decide once per run."""

    name: ClassVar[str] = ""
    allowed: ClassVar[frozenset[str]] = frozenset()
    scope: ClassVar[Scope] = "page"
    # Claim types also read the chrome of each page (region CHROME); what they find there
    # is reported once per site with the pages it appears on, not once per page.
    reads_chrome: ClassVar[bool] = False

    def compile(self, rule: Rule) -> SpecT:
        raise NotImplementedError

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        raise NotImplementedError


@dataclass
class SiteHit:
    """A breach of a site rule: where to report it and the pages it concerns."""

    url: str | None = None  # None: the run's start URL
    pages: list[str] = field(default_factory=list)
    sentence: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


class PageFacts(Protocol):
    """Every page's stored facts, read afresh on each call, in URL order: a run's store
    streams them (checker.store.db.StoredFacts), so a site rule holds what it keeps about
    the pages, never the pages themselves."""

    def by_url(self) -> Iterator[tuple[str, dict[str, Any]]]: ...


def own_fact(rule: Rule, facts: dict[str, Any]) -> Any:
    """The fact this site rule's page_fact stored with a page (None: none)."""
    return (facts.get("site_rules") or {}).get(rule.id)


class SiteRuleType[SpecT](RuleType[SpecT]):
    """Decided once per run over every page of the run, carried-over pages included: each
    page contributes a JSON fact (stored with the page), and `check_site` reads them all."""

    scope: ClassVar[Scope] = "site"

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        return []

    def page_fact(self, rule: Rule, ctx: PageContext) -> Any:
        raise NotImplementedError

    def check_site(self, rule: Rule, pages: PageFacts) -> list[SiteHit]:
        """`pages`: every page's stored facts (this rule's own fact: `own_fact`), streamed
        as many times as the rule needs."""
        raise NotImplementedError
