"""Structured claims: a predicate linked to a condition in a product's context
(checker/content/claimread/), rather than a phrase list."""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import ClassVar

from lxml import etree

from checker.content.claimread import (
    ClaimSpec,
    Context,
    StatusSpec,
    Verdict,
    build_spec,
    judge_status,
    judged,
)
from checker.content.claimread.care import (
    NEEDLESS_AFTER,
    RETIRED_CARE,
    habit_ends,
    quit_habits,
    replaced_drugs,
)
from checker.content.claimread.context import CASE_STORY
from checker.content.claimread.judging import NEED_OF_CARE, TOLD_STORY
from checker.content.claimread.products import (
    OWN_OFFER,
    PURCHASE,
    PURCHASE_SCAN,
    SUBSTITUTED_CARE,
    TRADE_NAME,
    drug_names,
)
from checker.content.claimread.stories import FIRST_PERSON
from checker.content.document import Block, PageDoc
from checker.content.learned import load_model
from checker.content.lexicons import (
    CONDITION_SETS,
    Lexicons,
    TermMatch,
    TermSet,
    _merged,
    load_lexicons,
)
from checker.content.match import negated
from checker.content.prefilter import LITERALS, Prefilter
from checker.content.rules import Rule, compile_pattern, did_you_mean
from checker.content.scopes import claim_lead
from checker.content.text import clause_at, sentence_key
from checker.content.topics import page_title
from checker.content.types.base import (
    Hit,
    PageContext,
    Params,
    RuleType,
    block_before,
    candidate_blocks,
    region_blocks,
)
from checker.content.types.claims import title_names_product

_TESTIMONIAL_CLASSES = ("testimonial", "review", "quote")
# A paragraph that is a quotation signed with a dash ("\u201cI walk again.\u201d - Rita"): a
# testimonial without testimonial markup.
_QUOTE_MARKS = re.compile(r"^\s*[\"\u201c]|[\"\u201d](?=\s*[-\u2013\u2014]\s*[A-Z])")
_QUOTED = re.compile(r"^\s*[\"\u201c].{10,}[\"\u201d]\s*[-\u2013\u2014]\s*[A-Z]", re.DOTALL)
_GATES = ("condition", "product", "page")
# (a question too: "Why choose our regenerative therapy?" over its list of reasons)
_LEAD_END = (":", "\u2014", "?")
# A list's intro that names a drug and then its label's section ("Chloroquine phosphate 250 mg:
# uses", "Amoxicillin \u2014 indications"): the items are that section's, as under "...: uses:"
_LABEL_SECTION = re.compile(r"[:\u2014]\s*(?:uses|indications)\s*$", re.IGNORECASE)


class StructuredClaimType(RuleType[ClaimSpec]):
    """A claim that a product of the rule's classes cures, treats or prevents a condition of
    its sets: `predicates` (cure, treat, prevent), `conditions` (diseases, infections),
    `products` (unapproved product classes, or "any")."""

    name: ClassVar[str] = "disease-claim"
    allowed: ClassVar[frozenset[str]] = frozenset({"predicates", "conditions", "products",
                                                   "learned_predicate", "learned_gate",
                                                   "learned_wide_threshold",
                                                   "learned_threshold",
                                                   "learned_patient_info"})
    reads_chrome: ClassVar[bool] = True

    def compile(self, rule: Rule) -> ClaimSpec:
        params = Params(rule, self.allowed)
        lexicons = load_lexicons()
        predicates = _names(params, "predicates", tuple(lexicons.predicates))
        conditions = _names(params, "conditions", CONDITION_SETS)
        products = None if rule.params.get("products") == "any" else _names(
            params, "products", tuple(lexicons.products))
        # `learned_predicate: true`: the learned model stands in for the predicate lexicon
        # when a sentence names a condition but no predicate word (checker/content/learned.py)
        learned = load_model() if params.flag("learned_predicate", False) else None
        spec = build_spec(lexicons, predicates, conditions, products, learned)
        # `learned_gate`: where else the model is consulted (claimread.ClaimSpec);
        # `learned_patient_info`: its patient-information head may clear a finding
        gate = params.text("learned_gate", "condition")
        if gate not in _GATES:
            params.fail(f"learned_gate {gate!r} is not one of {', '.join(_GATES)}")
        veto = params.flag("learned_patient_info", False)
        if learned is None and (gate != "condition" or veto):
            params.fail("learned_gate and learned_patient_info need learned_predicate: true")
        return dataclasses.replace(
            spec, learned_gate=gate, learned_veto=veto,
            learned_wide_threshold=params.number("learned_wide_threshold",
                                                 spec.learned_wide_threshold),
            learned_threshold=params.number("learned_threshold", 0.0))

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        return [hit for hit, verdict in self.read(rule, ctx.doc) if verdict.fired]

    def read(self, rule: Rule, doc: PageDoc) -> list[tuple[Hit, Verdict]]:
        """Every sentence with a condition, and what the rule decided about it."""
        spec: ClaimSpec = rule.compiled
        page_product = _page_product(doc, spec)
        results: list[tuple[Hit, Verdict]] = []
        seen: set[str] = set()
        # The page's own text: main content, and text outside it that is no boilerplate
        # (a page without landmarks whose boilerplate removal kept too little).
        if rule.region == "main":
            blocks = doc.own_blocks
        else:
            blocks = region_blocks(doc, rule.region)
        page_owned = None if page_product is not None else _page_owned(blocks, spec)
        page_care = page_product is None and _page_care(doc, spec)
        page_names_product = page_product is not None or title_names_product(doc)
        practice = next((found.group(0) for scope in spec.practice_scope
                         if (found := scope.nutrients.search(
                             " . ".join([page_title(doc), *doc.h1s[:2]]))) is not None), "")
        selling, offered = (False, ()) if page_product is not None else _offered_on(doc, blocks)
        if rule.region != "main" and page_product is None and not selling:
            # the sidebar of a page that sells is the seller's: its price or cart is in the
            # main content, not beside the sidebar's lists
            selling = _offered_on(doc, doc.own_blocks)[0]
        texts = tuple(b.text for b in blocks) if spec.labelled is not None else ()
        position = {id(b): i for i, b in enumerate(blocks)}
        for block in _blocks_naming(blocks, spec, page_product is not None):
            quote = _testimonial_of(block.el)
            signed = quote is None and _QUOTED.match(block.text) is not None
            if quote is None and not signed and len(block.sentences) > 1 \
                    and CASE_STORY.match(block.text) is not None:
                # a patient's story the clinic tells in a paragraph: one story, read whole
                quote = block.el
            if signed:
                # a quoted story signed with a dash: read whole, like a blockquote (its
                # quotation marks taken off, so that its sentences split)
                quote = block.el
            context = Context(lead=_lead(doc, block), page_product=page_product,
                              testimonial=quote is not None, page_owned=page_owned,
                              page_care=page_care, page_names_product=page_names_product,
                              page_practice=practice,
                              offered=offered, selling=selling, page_texts=texts)
            # A testimonial is read whole, its attribution too ("Parents of a 6-year-old
            # with autism" under "He spoke his first words"): one story, one claim.
            whole = " ".join(" ".join(quote.itertext()).split()) if quote is not None else ""
            units = [_QUOTE_MARKS.sub("", whole) if signed else whole] if quote is not None \
                else block.sentences
            for index, sentence in enumerate(units):
                context.previous = units[index - 1] if index else ""
                context.following = units[index + 1] if index + 1 < len(units) else ""
                context.earlier = tuple(units[:index])
                # a heading or card title: the first sentence of the text under it
                context.under = _under(blocks, position, block) \
                    if quote is None and index + 1 == len(units) else ""
                # (every sentence of a heading reads the text under it as later in its block:
                # "My father's friend says ginkgo stopped his Alzheimer's. Should Dad take it?"
                # over the answer that refutes it)
                under = context.under if context.under or quote is not None \
                    or block.level is None else _under(blocks, position, block)
                context.later = (*units[index + 1:], *filter(None, under.split("\n")),
                                 *(_beside(blocks, position, block)
                                   if claim_lead(context.lead) else ()))
                key = sentence_key(sentence)
                if key in seen:
                    continue
                seen.add(key)
                verdict = judged(sentence, spec, context)
                hit = Hit(sentence=sentence, el=block.el, excerpt=block.text,
                          values={"sentence": sentence, "condition": verdict.condition or "",
                                  "product": verdict.product or ""},
                          extra={"claim": {"condition": verdict.condition,
                                           "predicate": verdict.predicate,
                                           "product": verdict.product}})
                results.append((hit, verdict))
        return results


def _under(blocks: list[Block], position: dict[int, int], block: Block) -> str:
    """The first two sentences of the block right under a heading (a card's or section's
    title), one a line, or "" for a block that is no heading. A card's body often says what
    the product is before what it does not do ("Six acupuncture sessions. It does not end
    migraines")."""
    if block.level is None:
        return ""
    at = position.get(id(block))
    if at is None or at + 1 >= len(blocks) or blocks[at + 1].level is not None:
        return ""
    return "\n".join(blocks[at + 1].sentences[:2])


def _beside(blocks: list[Block], position: dict[int, int], block: Block) -> list[str]:
    """The sentences of the two blocks after `block` (the card beside it, its title and text):
    where a claim under a claim's label ("What they say") is answered ("What the evidence
    says")."""
    at = position.get(id(block))
    if at is None:
        return []
    return [sentence for after in blocks[at + 1:at + 3] for sentence in after.sentences]


def _blocks_naming(blocks: list[Block], spec: ClaimSpec,
                   page_product: bool = False) -> list[Block]:
    """The blocks that name a condition of the rule's sets: one scan of the region's text
    (most blocks name none), mapped back to blocks by offset. Where the learned model is
    consulted without a condition (`learned_gate`), blocks that name a product of the rule's
    classes too, or (gate "page", on a page about one) every block."""
    if spec.learned is not None and spec.learned_gate == "page" and page_product:
        return list(blocks)
    starts, position = [], 0
    for block in blocks:
        starts.append(position)
        position += len(block.text) + 1
    joined = "\n".join(block.text for block in blocks)
    found = {bisect.bisect_right(starts, m.start()) - 1 for m in spec.conditions.finditer(joined)}
    if spec.learned is not None and spec.learned_gate != "condition" and spec.products:
        named = {bisect.bisect_right(starts, m.start()) - 1
                 for m in spec.products.finditer(joined)}
        found |= named | {i + 1 for i in named if i + 1 < len(blocks) and _leads(blocks[i])}
    # The block a naming question, heading or intro leads: its answer may carry the claim
    # without repeating the condition ("How are stem cells given for autism?").
    found |= {i + 1 for i in found if i + 1 < len(blocks) and _leads(blocks[i])}
    # A testimonial may name its condition only by the care it needed ("my insulin").
    if spec.implied is not None:
        implied = spec.implied.finditer(joined)
        found |= {i for i in {bisect.bisect_right(starts, m.start()) - 1
                              for m in implied} - found
                  if _testimonial_of(blocks[i].el) is not None
                  or TOLD_STORY.match(blocks[i].text)}
        found |= {bisect.bisect_right(starts, m.start()) - 1 for m in implied
                  if NEED_OF_CARE.search(joined[max(0, m.start() - 40):m.start()])
                  or RETIRED_CARE.search(joined[max(0, m.start() - 40):m.start()])}
        # a first-person question that names it ("I tested positive. Should I...?") leads
        # the answer that may carry the claim
        found |= {i + 1 for i in {bisect.bisect_right(starts, m.start()) - 1 for m in implied}
                  if i + 1 < len(blocks) and _leads(blocks[i])
                  and FIRST_PERSON.search(blocks[i].text)}
    # ... or by an approved drug given up or replaced ("no longer need metformin")
    found |= {i for i in {bisect.bisect_right(starts, m.start()) - 1
                          for m in drug_names(joined, spec)}
              if replaced_drugs(blocks[i].text, spec)}
    # ... or the dependence by the habit quit ("quit cigarettes")
    if spec.habits is not None:
        # (or by a word of its end: "a non-smoker", "haven't touched a drink since")
        found |= {i for i in {bisect.bisect_right(starts, at) - 1
                              for at in [m.start() for m in spec.habits.finditer(joined)]
                              + habit_ends(joined)}
                  if quit_habits(blocks[i].text, spec)}
    # ... or by the care the product is offered in place of ("an alternative to dialysis")
    if spec.replaced is not None:
        replacing = {bisect.bisect_right(starts, m.start()) - 1
                     for m in spec.replaced.finditer(joined)
                     if SUBSTITUTED_CARE.search(joined[max(0, m.start() - 60):m.start()])
                     or NEEDLESS_AFTER.match(joined, m.end())}
        # (and the answer to a question that asks it: "Should I take vitamin D instead of
        # the vaccine?" / "Many of our patients do.")
        found |= replacing | {i + 1 for i in replacing
                              if i + 1 < len(blocks) and _leads(blocks[i])}
    return [blocks[i] for i in sorted(found)]


def _leads(block: Block) -> bool:
    return (block.level is not None or block.tag in ("summary", "dt")
            or block.text.rstrip().endswith((":", "?")))


def _names(params: Params, name: str, known: tuple[str, ...]) -> tuple[str, ...]:
    names = tuple(params.strings(name))
    if not names:
        params.fail(f"missing parameter '{name}' (known: {', '.join(known)})")
    for value in names:
        if value not in known:
            params.fail(f"unknown {name} class {value!r}{did_you_mean(value, known)} "
                        f"(known: {', '.join(known)})")
    return names


def _page_product(doc: PageDoc, spec: ClaimSpec) -> TermMatch | None:
    """A product of the rule's classes in the page's title or h1: the page is about it."""
    if spec.products is None:
        return None
    return spec.products.search(" . ".join([page_title(doc), *doc.h1s[:2]]))


def _page_care(doc: PageDoc, spec: ClaimSpec) -> bool:
    """Approved care in the page's title or h1 ("Physical Therapy", "Vaccines"): the page is
    about that care."""
    return spec.products is not None and spec.approved.search(
        " . ".join([page_title(doc), *doc.h1s[:2]])) is not None


def _page_owned(blocks: list[Block], spec: ClaimSpec) -> TermMatch | None:
    """A product of the rule's classes the page offers as its own ("our exosome facial", "we
    offer PRP"), outside a negated clause, when the title and h1 name none."""
    if spec.products is None:
        return None
    joined = "\n".join(block.text for block in blocks)  # one scan of the page's own text
    for found in spec.products.finditer(joined):
        line_start = joined.rfind("\n", 0, found.start()) + 1
        line = joined[line_start:joined.find("\n", found.start()) % (len(joined) + 1)]
        at = found.start() - line_start
        start, _ = clause_at(line, at)
        if OWN_OFFER.search(line[max(0, at - 40):at]) and not negated(line[start:at]):
            return found
    return None


def _offered_on(doc: PageDoc, blocks: list[Block]) -> tuple[bool, tuple[str, ...]]:
    """offered_names, read once per page and block list: the claim rules of a page share it."""
    return doc.per_blocks("offered", blocks, offered_names)


def offered_names(blocks: list[Block]) -> tuple[bool, tuple[str, ...]]:
    """Whether the page sells, and the names it puts up for sale: a name its seller marks (R)
    or (TM), and the title of a product card whose own box shows a price or a way to buy. A
    page with no price and no way to buy (a hospital's drug page, a leaflet) offers nothing."""
    joined = "\n".join(block.text for block in blocks)  # one scan of the page's own text
    if PURCHASE_SCAN.search(joined) is None:
        return False, ()
    names = [m.group(1).strip() for m in TRADE_NAME.finditer(joined)]
    for block in blocks:
        if block.level is None or not 2 <= len(block.text) <= 80:
            continue
        box = block.el.getparent()
        if box is None or box.tag in ("main", "article", "body", "section"):
            continue
        inside = " ".join(box.itertext())
        if len(inside) <= 600 and PURCHASE.search(inside):
            # the card's title, without the price or mark it carries
            names.append(PURCHASE.split(block.text)[0].strip(" \u2013\u2014-:|\u00b7\u00ae\u2122"))
    return True, tuple(dict.fromkeys(n for n in names if len(n) >= 3))


def _lead(doc: PageDoc, block: Block) -> str:
    """The text that introduces a block: a list's intro ("Conditions we treat:"), an FAQ
    answer's question, a definition's term, or the heading right above it (a card's
    title)."""
    el = block.el
    node = el
    for _ in range(4):
        node = node.getparent()
        if node is None:
            break
        if node.tag == "details":
            summary = node.find("summary")
            if summary is not None and summary is not el:
                return " ".join(summary.text_content().split())
            break
    if block.tag == "dd":
        term = el.getprevious()
        while term is not None and term.tag != "dt":
            term = term.getprevious()
        if term is not None:
            return " ".join(term.text_content().split())
    if block.tag == "li":
        intro = block_before(doc, block, ("li",))
        return intro.text if intro is not None and (intro.text.endswith(_LEAD_END)
                                                 or _LABEL_SECTION.search(intro.text)
                                                 or intro.level) else ""
    if block.tag in _CELLS:
        # a table is a list in columns ("Condition | How we treat it" under "Conditions we
        # treat"): a cell after the first of its row is introduced by that first cell, the
        # row's label (as a definition by its term: "Degenerative disc disease | Stem cells
        # restore disc height"); a row's first cell as a list's item is, by the intro or
        # heading above the table, else by its header row
        first = el.getparent()[0] if el.getparent() is not None else el
        if first is not el and first.tag in _CELLS:
            return " ".join(first.text_content().split())
        intro = block_before(doc, block, _CELLS)
        if intro is not None and (intro.text.endswith(_LEAD_END) or intro.level):
            return intro.text
        return _header_row(el)
    before = block_before(doc, block, ())
    if before is not None and before.level is not None and block.level is None:
        return before.text
    return ""


_CELLS = ("td", "th")


def _header_row(cell: etree._Element) -> str:
    """The header cells of the table that holds a data cell, joined ("Condition / How we
    treat it"), or "" (a header cell, or a table with no header row)."""
    if cell.tag != "td":
        return ""
    table = next((a for a in cell.iterancestors("table")), None)
    if table is None:
        return ""
    heads = [" ".join(th.text_content().split()) for th in table.iter("th")]
    return " / ".join(h for h in heads if h)


def _testimonial_of(el: etree._Element) -> etree._Element | None:
    """The testimonial (a blockquote, or an element of class testimonial/review/quote) that
    holds the element, if any."""
    node: etree._Element | None = el
    for _ in range(4):
        if node is None:
            return None
        if node.tag == "blockquote" or any(
                c in (node.get("class") or "").lower() for c in _TESTIMONIAL_CLASSES):
            return node
        node = node.getparent()
    return None


class StatusClaimType(RuleType[StatusSpec]):
    """A regulatory status ("FDA-approved", "cleared by the FDA") claimed for a product of the
    rule's classes (in the sentence, its lead, or the page's product), or for something the
    FDA never approves (`entities`: a pharmacy, a lab); not negated, asked, attributed, a
    true approval (`unless`) or said of approved care."""

    name: ClassVar[str] = "status-claim"
    allowed: ClassVar[frozenset[str]] = frozenset(
        {"status", "entities", "unless", "products", "page_products", "generic_heads",
         "agency", "registration", "kinds", "cleared_only", "registered_heads",
         "uncleared_uses", "rx_waived", "sold_abroad", "never_licensed", "grave_uses"})
    reads_chrome: ClassVar[bool] = True

    def compile(self, rule: Rule) -> StatusSpec:
        params = Params(rule, self.allowed)
        lexicons = load_lexicons()
        known = tuple(lexicons.products)
        products = _names(params, "products", known)
        page = tuple(params.strings("page_products"))
        kinds = tuple(params.strings("kinds"))
        for name, values in (("page_products", page), ("kinds", kinds)):
            for value in values:
                if value not in known:
                    params.fail(f"unknown {name} class {value!r}"
                                f"{did_you_mean(value, known)} (known: {', '.join(known)})")
        # `agency`: the agency's names, written once and put in every status phrase's
        # {agency}
        agency = params.text("agency")
        status = params.patterns("status", required=True,
                                 source={"status": _with_agency(rule.params.get("status"),
                                                                agency)})
        registration = params.patterns("registration", source={
            "registration": _with_agency(rule.params.get("registration"), agency)})
        return StatusSpec(
            status=_alternation(rule, status + registration),
            prefilter=Prefilter(status + registration),
            entities=_alternation(rule, params.patterns("entities", required=True)),
            unless=_optional(rule, params, "unless"),
            products=lexicons.products_of(products),
            page_products=lexicons.products_of(page) if page else None,
            approved=lexicons.approved,
            cleared=tuple((lexicons.products[c], uses) for c, uses in lexicons.cleared.items()
                          if c in products),
            generic_heads=_optional(rule, params, "generic_heads"),
            registration=_alternation(rule, registration) if registration else None,
            kinds=lexicons.products_of(kinds) if kinds else None,
            approved_names=lexicons.approved_names,
            cleared_only=_cleared_only(rule, params, lexicons),
            registered_heads=_optional(rule, params, "registered_heads"),
            uncleared_uses=_optional(rule, params, "uncleared_uses"),
            labelled=lexicons.labelled,
            rx_waived=_optional(rule, params, "rx_waived"),
            sold_abroad=_optional(rule, params, "sold_abroad"),
            never_licensed=_optional(rule, params, "never_licensed"),
            grave_uses=_optional(rule, params, "grave_uses"),
            devices=lexicons.devices,
            conditions=_merged("conditions:" + ",".join(lexicons.conditions),
                               list(lexicons.conditions.values())))

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        return [hit for hit, verdict in self.read(rule, ctx.doc) if verdict.fired]

    def read(self, rule: Rule, doc: PageDoc) -> list[tuple[Hit, Verdict]]:
        """Every sentence with a status phrase (or answering a question that has one), and
        what the rule decided about it."""
        spec: StatusSpec = rule.compiled
        blocks = doc.own_blocks if rule.region == "main" else region_blocks(doc, rule.region)
        assert spec.prefilter is not None
        named = [b.index for b in candidate_blocks(doc, spec.prefilter, blocks)
                 if any(word in b.norm for word in _STATUS_WORDS) and _holds_status(spec, b)]
        if not named:
            return []
        page_product = spec.products.search(" . ".join([page_title(doc), *doc.h1s[:2]]))
        mention = _page_mention(blocks, spec.page_products)
        # the names a page that sells puts up for sale (shared with the disease rules)
        _, offered = (False, ()) if page_product is not None else _offered_on(doc, blocks)
        results: list[tuple[Hit, Verdict]] = []
        seen: set[str] = set()
        for block in _status_blocks(doc, blocks, named):
            lead = _lead(doc, block)
            context = Context(lead=lead, page_product=page_product, offered=offered,
                              testimonial=_testimonial_of(block.el) is not None)
            for index, sentence in enumerate(block.sentences):
                key = sentence_key(sentence)
                if key in seen:
                    continue
                seen.add(key)
                # A sentence with no status word holds no status phrase; the first one of
                # a block may still answer yes to a question that holds one.
                if index and not any(word.strip() in key for word in _STATUS_WORDS):
                    continue
                context.previous = block.sentences[index - 1] if index else ""
                context.earlier = tuple(block.sentences[:index])
                context.later = tuple(block.sentences[index + 1:])
                verdict = judge_status(sentence, spec, context, mention)
                hit = Hit(sentence=sentence, el=block.el, excerpt=block.text,
                          values={"sentence": sentence, "product": verdict.product or ""},
                          extra={"claim": {"status": verdict.predicate,
                                           "product": verdict.product}})
                results.append((hit, verdict))
        return results


# Every status phrase names the agency or an approval ("FDA-registered ... so it is approved",
# "government-approved", "the same approval as"): a block with none of these words holds none.
def _with_agency(raw: object, agency: str | None) -> object:
    """A list of status phrases with the agency's names put in for {agency}."""
    if not agency or not isinstance(raw, list):
        return raw
    return [p.replace("{agency}", f"(?:{agency})") if isinstance(p, str) else p for p in raw]


_STATUS_WORDS = (" fda", " food and drug", " government", " federal", " approv")


def _holds_status(spec: StatusSpec, block: Block) -> bool:
    """Whether spec.status matches in the block: one of its phrases (and registration
    phrases, the alternation's parts) whose literals the block holds matches there. (A
    pack's own patterns may run on another engine than their alternation: read whole.)"""
    assert spec.prefilter is not None
    if getattr(spec.status, "engine", "re") != "re":
        return spec.status.search(block.text) is not None
    return any(phrase.search(block.text) is not None
               for phrase in spec.prefilter.may_hold(LITERALS.present(block.norm)))


def _status_blocks(doc: PageDoc, blocks: list[Block], named: list[int]) -> list[Block]:
    """Blocks with a status phrase (`named`, by page index), and the block after each (an
    FAQ answer saying yes to a question that carries the status), in page order."""
    wanted = set(named) | {i + 1 for i in named}
    return [b for b in blocks if b.index in wanted]


def _alternation(rule: Rule, patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    return compile_pattern(rule, "|".join(f"(?:{p.pattern})" for p in patterns))


def _page_mention(blocks: list[Block], products: TermSet | None) -> str | None:
    """A product of the page classes named on the page, not in a negated clause ("we do not
    offer compounded drugs")."""
    if products is None:
        return None
    for block in blocks:
        for found in products.finditer(block.text):
            start, _ = clause_at(block.text, found.start())
            if not negated(block.text[start:found.start()]):
                return found.group(0)
    return None


def _cleared_only(rule: Rule, params: Params, lexicons: Lexicons) -> re.Pattern[str] | None:
    """What no approval is true of: the rule's own `cleared_only` patterns (what is no device
    classification: a sound amplifier, a device its seller calls Class I or II) and the device
    kinds of device-classes.yaml none of whose classifications is on the PMA pathway."""
    kinds = lexicons.devices.never_approved_names if lexicons.devices else ()
    own = params.patterns("cleared_only") if rule.params.get("cleared_only") else []
    patterns = own + [re.compile(name) for name in kinds]
    return _alternation(rule, patterns) if patterns else None


def _optional(rule: Rule, params: Params, key: str) -> re.Pattern[str] | None:
    """One alternation of the rule's `key` patterns, or None when the rule has none."""
    return _alternation(rule, params.patterns(key)) if rule.params.get(key) else None
