"""Claims in the text: claim, existence and citation rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin

from lxml import etree

from checker.content.document import Block, PageDoc, host_of
from checker.content.lexicons import (
    CURE_SET_AGAINST_CARE,
    curability_stated,
    cure_taken_as_given,
    load_lexicons,
)
from checker.content.match import NEGATION, Matcher
from checker.content.rules import Rule
from checker.content.scopes import AUTHORITY, OUTCOME_PAST_CARE, TRIAL_NAMED
from checker.content.text import is_question, split_sentences
from checker.content.topics import page_title
from checker.content.types.base import (
    MATCHER_PARAMS,
    Hit,
    PageContext,
    Params,
    RuleType,
    build_matcher,
    frame_patterns,
    page_meets_requires,
    phrase_scopes,
    region_blocks,
    rule_frames,
    sentence_hits,
)

if TYPE_CHECKING:
    from checker.content.lexicons import TermMatch


class ClaimType(RuleType[Matcher]):
    """An unqualified claim in a sentence: not negated, not a question, not reported speech,
    and (when the rule lists hedges) not hedged. With `faq_questions: true`, an FAQ question
    that raises the claim ("Is this the same medicine as Wegovy?") is the page's claim
    unless its answer opens with a denial; with `faq_affirmed: true`, when its answer says
    yes ("Are results guaranteed?" / "Absolutely.")."""

    name: ClassVar[str] = "claim"
    allowed: ClassVar[frozenset[str]] = MATCHER_PARAMS | {"faq_questions", "faq_affirmed",
                                                          "faq_no_risk", "approved_care_subject"}
    reads_chrome: ClassVar[bool] = True

    def compile(self, rule: Rule) -> Matcher:
        params = Params(rule, self.allowed)
        params.flag("faq_questions", False)
        params.flag("faq_affirmed", False)
        params.flag("faq_no_risk", False)
        params.flag("approved_care_subject", False)
        return build_matcher(params)

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        blocks = region_blocks(ctx.doc, rule.region)
        hits = sentence_hits(ctx.doc, rule.compiled, blocks,
                             lead_care=bool(rule.params.get("approved_care_subject")))
        if rule.params.get("faq_no_risk"):
            hits += faq_no_risk_hits(ctx.doc, rule.compiled, blocks)
        if rule.params.get("faq_questions"):
            hits += faq_question_hits(ctx.doc, rule.compiled, blocks)
        elif rule.params.get("faq_affirmed"):
            hits += [h for h in faq_question_hits(ctx.doc, rule.compiled, blocks, affirmed=True)
                     if not _answered_with_approved_care(rule, h)]
        plain_page = bool(hits) and not title_names_product(ctx.doc)
        return [h for h in hits if not said_of_approved_care(rule, rule.compiled, h)
                and not cured_by_neighbouring_care(rule, h)
                and not cured_infection_with_care(rule, h)
                and not infection_cured_as_given(rule, h)
                and not (plain_page and infection_curable_as_stated(rule, h))
                and not cured_in_story_by_care(rule, h)]


def _answered_with_approved_care(rule: Rule, hit: Hit) -> bool:
    """By the rule's `approved_care_subject`, a yes to an FAQ question that names approved care
    in the question or its answer, with no product and no seller in either, is patient
    information: "Can strep throat be cured?" / "Yes, with a full course of antibiotics"."""
    return bool(rule.params.get("approved_care_subject")) and _approved_care_asked(
        hit.excerpt) and not _SELLER.search(hit.excerpt)


class ExistenceType(ClaimType):
    """A banned phrase in the region; the finding names the phrase. With
    `approved_care_subject: true`, a phrase said of approved care named before it, by no one
    who sells it ("Bariatric surgery is the most effective treatment for severe obesity"), is
    patient information; said of the seller's own care ("our surgeons are the best") it stays."""

    name: ClassVar[str] = "existence"
    allowed: ClassVar[frozenset[str]] = MATCHER_PARAMS | {"approved_care_subject", "faq_affirmed"}

    def compile(self, rule: Rule) -> Matcher:
        params = Params(rule, self.allowed)
        params.flag("approved_care_subject", False)
        params.flag("faq_affirmed", False)
        return build_matcher(params)
    # A superlative in the sidebar or a teaser ("America's most effective strip") is the
    # clinic's claim as much as one in the article: read once per site, like other claims.
    reads_chrome: ClassVar[bool] = True

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        blocks = region_blocks(ctx.doc, rule.region)
        hits = sentence_hits(ctx.doc, rule.compiled, blocks, value="phrase",
                             lead_care=bool(rule.params.get("approved_care_subject")))
        if rule.params.get("faq_affirmed"):
            hits += faq_question_hits(ctx.doc, rule.compiled, blocks, affirmed=True)
        return [h for h in hits if not said_of_approved_care(rule, rule.compiled, h)]



@dataclass(frozen=True)
class CitationSpec:
    matcher: Matcher  # the research-claim triggers
    domains: list[str]  # hosts whose pages count as evidence
    references: list[Any]  # headings of a References/Sources section
    frames: list[Any] = field(default_factory=list)  # frames among the matcher's triggers


class CitationType(RuleType[CitationSpec]):
    """Each research claim needs a citation: a scholarly/government link in the same
    paragraph or FAQ answer, a footnote that resolves, or a References section."""

    name: ClassVar[str] = "citation"
    # "Clinically tested. Proven results." in the sidebar is the clinic's research claim too.
    reads_chrome: ClassVar[bool] = True
    allowed: ClassVar[frozenset[str]] = frozenset(
        {"triggers", "domains", "reference_headings", "unless", "approved_care_subject",
         "frames", "scopes", "unless_clause", "faq_affirmed"})

    def compile(self, rule: Rule) -> CitationSpec:
        params = Params(rule, self.allowed)
        domains = [d.lower().lstrip(".") for d in params.strings("domains")]
        if not domains:
            params.fail("missing parameter 'domains'")
        frames = rule_frames(params)
        matcher = Matcher(patterns=params.patterns("triggers", required=not frames)
                          + frame_patterns(params, frames),
                          unless=params.patterns("unless"),
                          unless_clause=params.patterns("unless_clause"), frames=frames,
                          scopes=phrase_scopes(params))
        params.flag("approved_care_subject", False)
        params.flag("faq_affirmed", False)
        return CitationSpec(matcher, domains,
                            params.patterns("reference_headings", required=True), frames)

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        spec = rule.compiled
        doc = ctx.doc
        blocks = region_blocks(doc, rule.region)
        hits = [h for h in sentence_hits(doc, spec.matcher, blocks,
                                         lead_care=bool(rule.params.get("approved_care_subject")))
                if not _indirect_question_heading(doc, h)
                and not said_of_approved_care(rule, spec.matcher, h)
                and not finding_of_self_care(rule, spec.matcher, h)]
        # "Is PRP clinically proven?" / "Yes, it is.": the answer says the research claim;
        # a citation in the answer cites it
        asked = [h for h in faq_question_hits(doc, spec.matcher, blocks, affirmed=True)
                 if not said_of_approved_care(rule, spec.matcher, h)
                 ] if rule.params.get("faq_affirmed") else []
        if not (hits or asked) or self._reference_section(doc, spec):
            return []
        return [h for h in hits if not self._cited(doc, h, spec)] + [
            h for h in asked if not self._cited(doc, h, spec) and not any(
                self._cited(doc, Hit(sentence=answer.text, el=answer.el), spec)
                for answer in _answer_blocks(doc, h))]

    def _is_citation(self, doc: PageDoc, href: str, domains: list[str]) -> bool:
        host = host_of(href)
        if not host or host == host_of(doc.url):
            return False  # the clinic's own pages are not evidence
        return any(host == d or host.endswith("." + d) for d in domains)

    def _cited(self, doc: PageDoc, hit: Hit, spec: CitationSpec) -> bool:
        if self._cited_in_section(doc, hit, spec):
            return True
        for container in _answer_containers(hit.el):
            for link in container.iter("a"):
                href = urljoin(doc.url, link.get("href") or "")
                if self._is_citation(doc, href, spec.domains):
                    return True
                if (link.get("href") or "").startswith("#") and _resolves(doc, link):
                    return True
            # a reference written out in the paragraph itself ("(Devinsky et al., N Engl J
            # Med 2017)", a DOI or PMID) names the study as a References section would
            if _WRITTEN_REFERENCE.search("".join(container.itertext())):
                return True
        # a study named in the sentence itself, by its journal or its trial's proper name and
        # its year ("A 2019 study published in the Journal of Pain found ...", "In the SKYLIGHT 1
        # trial, published in 2023, ..."): readers and reviewers can find it as from a link
        if _named_study(hit.sentence or ""):
            return True
        return bool(_FOOTNOTE.search(hit.sentence or "")) and self._has_notes(doc, spec)

    def _cited_in_section(self, doc: PageDoc, hit: Hit, spec: CitationSpec) -> bool:
        """A trigger in a heading ("What the research shows") is cited by the section under
        it: its paragraphs carry the links."""
        heading = next((b for b in doc.blocks_of(hit.el) if b.level is not None), None)
        if heading is None:
            return False
        owners = set()
        for block in doc.blocks[heading.index + 1:heading.index + 40]:
            if block.level is not None and block.level <= heading.level:
                break
            owners.add(id(block.el))
        return any(id(link.owner) in owners and self._is_citation(doc, link.href, spec.domains)
                   for link in doc.links)

    def _reference_section(self, doc: PageDoc, spec: CitationSpec) -> bool:
        """A References/Sources section with a scholarly link or a formal reference."""
        blocks = doc.blocks
        for i, block in enumerate(blocks):
            if block.level is None or not any(p.search(block.text) for p in spec.references):
                continue
            for other in blocks[i + 1:i + 60]:
                if other.level is not None and other.level <= block.level:
                    break
                links = [link for link in doc.links if link.owner is other.el]
                if any(self._is_citation(doc, link.href, spec.domains) for link in links):
                    return True
                if _FORMAL_REFERENCE.search(other.text):
                    return True
        return False

    def _has_notes(self, doc: PageDoc, spec: CitationSpec) -> bool:
        return any(b.level is not None and any(p.search(b.text) for p in spec.references)
                   for b in doc.blocks) or any(
            (el.get("role") or "") == "doc-endnotes" or "footnote" in (el.get("class") or "")
            for el in doc.tree.iter("ol", "section", "div", "aside"))


# How each type reads `approved_care_subject: true`, as (unowned, anywhere) of
# _about_approved_care: a cure said of approved care anywhere in its sentence ("Scabies is cured
# with permethrin cream"), by no seller or patient; a phrase said of approved care named before
# it by no seller ("Bariatric surgery is the most effective treatment for severe obesity"); a
# research claim whose subject is approved care ("ACE inhibitors have been shown to lower the
# risk of stroke"). Each: unless an unapproved product is named.
_CARE_SUBJECT_READING = {"claim": (True, True), "existence": (True, False),
                         "citation": (False, False)}


def said_of_approved_care(rule: Rule, matcher: Matcher, hit: Hit) -> bool:
    """The hit is patient information by the rule's `approved_care_subject`, as its type
    reads it (`explain` asks the same)."""
    if not rule.params.get("approved_care_subject"):
        return False
    unowned, anywhere = _CARE_SUBJECT_READING[rule.type]
    return _about_approved_care(matcher, hit, unowned=unowned, anywhere=anywhere)


def _about_approved_care(matcher: Matcher, hit: Hit, unowned: bool = False,
                         anywhere: bool = False) -> bool:
    """Approved care named before the claim (`anywhere`: in the sentence), and no unapproved
    product named (with `unowned`: nor the seller, as "our", "we" or "us", anywhere in the
    sentence: "Physicians agree: nothing works like our strip" is the seller's superlative)."""
    sentence = hit.sentence or ""
    if is_question(sentence):
        # an FAQ question read as the claim its answer affirms ("Is bariatric surgery the most
        # effective treatment for obesity?" / "Yes."): read as the statement
        sentence = sentence.rstrip(" \"'\u201d\u2019)").removesuffix("?") + "."
    # the cheap refusals first: the seller or the patient telling it, or no approved care
    # anywhere in the sentence (the part read below is a part of it)
    if (unowned and _SELLER.search(sentence)) or (anywhere and _TELLER.search(sentence)) \
            or _SUCCESS_FIGURE.search(sentence):
        # (a success rate in figures, "IVF Success Rates of 80%, Clinically Proven", is the
        # outcome a clinic reports of its own care: the figure is the claim, not the care)
        return False
    lexicons = load_lexicons()
    if not lexicons.approved.finditer(sentence) and not (
            unowned and not anywhere and lexicons.labelled is not None
            and lexicons.labelled.names.search(sentence)):
        return False
    match = matcher.find(sentence)
    if match is None:
        return False
    prefix = sentence if anywhere else sentence[:match.start()]
    if _REPORT_OPENER.fullmatch(match.group(0)) and not _SELLER.search(sentence):
        # a trial's report opens the sentence ("In a clinical trial, patients treated with
        # lisinopril had fewer strokes"): what it tested follows, and is its subject
        prefix = sentence[match.end():]
    if not _SELLER.search(sentence):
        subject = _subject_after(sentence, match)
        if subject is not None and not _POINTS_BACK.match(subject):
            # "Studies show that statins lower ...": the finding's subject follows the
            # opener; "The best treatment for strep throat is penicillin": the superlative
            # is said of the care it equates. A subject that only points back ("CBT is an
            # effective treatment for depression, and research shows its benefits last") is
            # the care named before the opener.
            prefix = subject
    care = [c for c in lexicons.approved.finditer(prefix)
            if not _ENDORSER.match(prefix, c.finish)
            and not (anywhere and _care_spared(prefix, c))] or (
        # (a superlative only: a cure or a trial's finding may go past what the label says,
        # "Tirzepatide research vials for reversing type 2 diabetes")
        unowned and not anywhere and _labelled_for(prefix, sentence, lexicons)
        and not _rival_named(prefix, sentence[match.start():], lexicons))
    return bool(care) and lexicons.products_of(tuple(lexicons.products)).search(
        sentence) is None


def finding_of_self_care(rule: Rule, matcher: Matcher, hit: Hit) -> bool:
    """By `approved_care_subject` on a citation rule: a finding whose subject is what people
    did for themselves, with no product ("In a large study, people with prediabetes who lost 5
    to 7% of their body weight and walked 150 minutes a week cut their risk of diabetes by
    58%", "Research shows that losing weight lowers blood pressure"): evidence for self care,
    as for approved care (said_of_approved_care), no establishment claim for a product. Not
    when the sentence names a product or the seller ("people who took our supplement and
    walked ..."), nor what people took or used."""
    if rule.type != "citation" or not rule.params.get("approved_care_subject"):
        return False
    sentence = hit.sentence or ""
    if _SELLER.search(sentence) or _TOOK.search(sentence):
        return False
    match = matcher.find(sentence)
    if match is None:
        return False
    # the finding's subject: the words after its opener ("Research shows that ...", "In a
    # large study, people who ...")
    said = sentence[match.start():]
    if not (_SELF_CARE_DONE.search(said) or _SELF_CARE_GERUND.match(sentence, match.end())):
        return False
    lexicons = load_lexicons()
    return lexicons.products_of(tuple(lexicons.products)).search(sentence) is None


# What people did for themselves, as the subject of a finding: the participants who did it
# ("people who lost 5 to 7% of their body weight", "smokers who quit", "adults who walked"),
# or a gerund right after the opener ("Research shows that losing weight ..."); and what
# people took or used, which is a product's finding.
# (in the present too, as findings about habits are told: "people who walk 30 minutes a
# day", "smokers who stop smoking before 40")
_SELF_CARE_VERBS = (r"(?:lost|losing|lose|loses|quit|quits|quitting|(?:stop|stops|stopped|"
                    r"stopping|give\s+up|gave\s+up|giving\s+up)\s+smoking|walk|walks|walked|"
                    r"walking|exercise|exercises|exercised|exercising|run|runs|ran|running|"
                    r"cycle|cycles|cycled|swim|swims|swam|sleep|sleeps|slept|eat|eats|ate|"
                    r"eating|(?:follow|follows|followed)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?diet|"
                    r"cuts?\s+(?:out|back|down))\b")
_SELF_CARE_DONE = re.compile(r"\b(?:who|that)\s+(?:regularly\s+|also\s+)?" + _SELF_CARE_VERBS,
                             re.IGNORECASE)
_SELF_CARE_GERUND = re.compile(r"\s*(?:that\s+)?(?:regularly\s+)?" + _SELF_CARE_VERBS,
                               re.IGNORECASE)
_TOOK = re.compile(r"\b(?:took|take|takes|taking|used|using|uses|received|given|injected|"
                   r"supplement\w*|drank|drinking)\b", re.IGNORECASE)


def _rival_named(prefix: str, compared: str, lexicons: Any) -> bool:
    """The superlative sets the labelled drug of the prefix against another approved drug
    named by its name ("Stendra ... works faster and better than Viagra or Cialis"): a claim of
    superiority over a rival medicine, which no label makes (a drug's label tells its own
    trials, not a contest with another's), so the drug's labelled use does not clear it."""
    labelled = lexicons.labelled
    own = {id(d) for d in (labelled.drug(m.text) for m in labelled.names.finditer(prefix)) if d}
    for m in labelled.names.finditer(compared):
        drug = labelled.drug(m.text)
        if drug is not None and id(drug) not in own:
            return True
    brands = lexicons.approved_names
    if brands is None:
        return False
    return any(labelled.drug(m.text) is None and m.text[:1].isupper()
               for m in brands.finditer(compared))


def _labelled_for(prefix: str, sentence: str, lexicons: Any) -> bool:
    """An approved drug of labelled-uses.yaml named in the prefix, for a condition of the
    sentence that its label names ("Lithium is one of the most effective treatments for bipolar
    disorder"); the same drug for a use outside its label ("Ketamine is the most effective
    treatment for depression") is no approved care."""
    labelled = lexicons.labelled
    if labelled is None:
        return False
    drugs = [d for d in (labelled.drug(m.text) for m in labelled.names.finditer(prefix)) if d]
    if not drugs:
        return False
    conditions = [c for name in ("diseases", "infections")
                  for c in lexicons.conditions[name].finditer(sentence)]
    return any(drug.covers(c.text) for drug in drugs for c in conditions)


def cured_by_neighbouring_care(rule: Rule, hit: Hit) -> bool:
    """By `approved_care_subject` on a claim rule (the cure rule): a cure that names no agent
    of its own ("Hepatitis C can be cured.", "Three months after he finished, tests showed he
    was cured.", "Taking every dose is what cures the infection.") told beside a sentence of
    its paragraph that names approved care ("Direct-acting antiviral pills taken for 8 to 12
    weeks clear the virus", "his doctor prescribed 12 weeks of an antiviral pill") is patient
    information about that care. Not when either sentence names an unapproved product or the
    seller, the cure is the patient's own ("my"), or either sets something against the care
    ("but", "naturally", "instead", "without"): "Antibiotics often fail. Lyme can be cured
    naturally." stays a claim. The sentence before is read, and the one after for a
    paragraph's opening sentence."""
    if rule.type != "claim" or not rule.params.get("approved_care_subject"):
        return False
    sentence, paragraph = hit.sentence or "", hit.excerpt or ""
    if _SELLER.search(sentence) or _TELLER.search(sentence) or _CURE_FOIL.search(sentence) \
            or not _AGENTLESS_CURE.search(sentence):
        return False
    sentences = split_sentences(paragraph)
    if sentence not in sentences:
        return False
    index = sentences.index(sentence)
    lexicons = load_lexicons()
    products = lexicons.products_of(tuple(lexicons.products))
    if products.search(sentence) is not None:
        return False
    beside = [sentences[index - 1]] if index else sentences[1:2]
    return any(products.search(other) is None and not _SELLER.search(other)
               and not _CURE_FOIL.search(other) and not NEGATION.search(other)
               and any(not _care_spared(other, c) for c in lexicons.approved.finditer(other))
               for other in beside)


def cured_infection_with_care(rule: Rule, hit: Hit) -> bool:
    """By `approved_care_subject` on a claim rule (the cure rule): the cure of an infection that
    approved care is labelled to cure (curable-infections.yaml: hepatitis C, tuberculosis,
    H. pylori, the bacterial STIs ...) told with that care, in the sentence or the one before
    it in its paragraph, is the care's accurate, typical outcome, even in a patient's story
    ("My hepatitis C was cured with twelve weeks of pills", "The TB nurse came every week with
    my medicine. Nine months later ... my doctor says I'm cured"). Not when the sentence names
    the seller, an unapproved product, a foil to the care ("naturally", "instead", "but"), or a
    condition that is no such infection ("my fibromyalgia was cured with twelve weeks of
    pills"), nor when no care is named ("Milk thistle cures hepatitis C")."""
    if rule.type != "claim" or not rule.params.get("approved_care_subject"):
        return False
    lexicons = load_lexicons()
    sentence = hit.sentence or ""
    if lexicons.curable is None or _SELLER.search(sentence) or _CURE_FOIL.search(sentence):
        return False
    sentences = split_sentences(hit.excerpt or sentence)
    index = sentences.index(sentence) if sentence in sentences else len(sentences)
    before = sentences[index - 1] if 0 < index <= len(sentences) else ""
    told = " ".join(sentences[:index]) + " " + sentence
    products = lexicons.all_products
    if products.search(sentence) is not None or (before and products.search(before)):
        return False
    infections = lexicons.curable.finditer(sentence)
    if not infections and not lexicons.curable.search(told):
        return False
    # every condition the sentence names is one of the curable infections (or points back
    # to it by its kind: "cured my hepatitis C. My last blood test showed no virus at all")
    for name in ("diseases", "infections"):
        for found in lexicons.conditions[name].finditer(sentence):
            if not any(i.begin < found.finish and found.begin < i.finish for i in infections) \
                    and not (infections and _INFECTION_KIND.fullmatch(found.text)):
                return False
    # the care in the sentence, or in the one before when the cure has no agent of its own
    # ("Nine months later ... my doctor says I'm cured"; not "Milk thistle cures hepatitis C")
    return _names_care(sentence, lexicons) or bool(
        before and (_AGENTLESS_CURE.search(sentence) or _SELF_CURED.search(sentence))
        and _names_care(before, lexicons))


def infection_cured_as_given(rule: Rule, hit: Hit) -> bool:
    """By `approved_care_subject` on a claim rule (the cure rule): the cure of an infection
    that approved care is labelled to cure, taken as given with no agent
    (lexicons.cure_taken_as_given: "Once hepatitis C is cured, people with cirrhosis still need
    liver scans", "Curing syphilis does not reverse nerve damage"), is the outcome of that care
    the sentence goes on from. Not when the sentence names the seller or a product."""
    if rule.type != "claim" or not rule.params.get("approved_care_subject"):
        return False
    sentence = hit.sentence or ""
    return not _SELLER.search(sentence) and cure_taken_as_given(sentence) is not None \
        and load_lexicons().all_products.search(sentence) is None


def title_names_product(doc: PageDoc) -> bool:
    """The page's own title or its first h1s name a product of the claim classes ("Ozone
    Therapy", "IV Vitamin Drips"): what its sentences with no agent speak of."""
    heads = " . ".join([page_title(doc), *doc.h1s[:2]])
    return load_lexicons().all_products.search(heads) is not None


def infection_curable_as_stated(rule: Rule, hit: Hit) -> bool:
    """By `approved_care_subject` on a claim rule (the cure rule): a sentence that states an
    infection approved care is labelled to cure can be cured, with no agent
    (lexicons.curability_stated: "Hepatitis C can be cured.", "Malaria is curable"), in a
    paragraph that names neither the seller nor a product, is the public-health fact of that
    care's outcome, as the CDC and the WHO state it. The caller reads it only on a page whose
    title names no product: on an ozone page the same words are the ozone's cure."""
    if rule.type != "claim" or not rule.params.get("approved_care_subject"):
        return False
    sentence = hit.sentence or ""
    if curability_stated(sentence) is None:
        return False
    products = load_lexicons().all_products
    return not any(_SELLER.search(text) or products.search(text) is not None
                   for text in (sentence, hit.excerpt or ""))


def cured_in_story_by_care(rule: Rule, hit: Hit) -> bool:
    """By `approved_care_subject` on a claim rule (the cure rule): a patient's story whose cure
    has approved care as its subject, care a clinician gives or performs (products.yaml
    approved-care, standard-procedures.yaml): "Two epidural injections and eight weeks of
    physical therapy got rid of the sciatica that had me limping". A patient of standard care
    telling its typical outcome, not the seller's cure claim. Not when the story names an
    unapproved product or the seller ("Three sessions of our stem-cell therapy got rid of my
    sciatica"), when a negation or a foil is in the sentence ("only", "naturally", "instead",
    "physical therapy never helped"), when the outcome is told as total, permanent or a cure
    ("completely gone - it's a cure!"), when the care is set aside ("without surgery"), nor
    when the care is in a clause of time and the condition is the subject ("Since I got my
    hearing aids the tinnitus has gone")."""
    if rule.type != "claim" or not rule.params.get("approved_care_subject"):
        return False
    sentence = hit.sentence or ""
    if not _TELLER.search(sentence) or _SELLER.search(sentence) or is_question(sentence) \
            or _CURE_FOIL.search(sentence) or NEGATION.search(sentence) \
            or _PAST_CARE.search(sentence):
        return False
    match = rule.compiled.find(sentence)
    if match is None:
        return False
    # the cure's subject: its clause before the match (a comma, a semicolon or a dash ends
    # what went before: "After the drops failed, ...")
    subject = _CLAUSE_CUT.split(sentence[:match.start()])[-1]
    lexicons = load_lexicons()
    if _TIME_CLAUSE.search(subject) or any(
            lexicons.conditions[name].finditer(subject) for name in ("diseases", "infections")):
        return False
    products = lexicons.products_of(tuple(lexicons.products))
    if any(products.search(text) is not None for text in (sentence, hit.excerpt or "")):
        return False
    return any(not _CLINICIAN_ONLY.fullmatch(c.text) and not _care_spared(subject, c)
               for c in lexicons.approved.finditer(subject))


# What ends a clause before a cure's subject; and a clinician named alone, who is no care that
# acts ("my doctor got rid of it" is read as the care the story names, not as its subject).
_CLAUSE_CUT = re.compile(r"[,;:\u2014\u2013]")
_PAST_CARE = re.compile(r"\b(?:" + OUTCOME_PAST_CARE + r")\b", re.IGNORECASE)
_TIME_CLAUSE = re.compile(r"\b(?:since|after|when|once|as\s+soon\s+as|within)\b", re.IGNORECASE)
_CLINICIAN_ONLY = re.compile(r"(?:(?:your|a|the|my)\s+)?(?:[\w-]+\s+)?(?:doctors?|physicians?|"
                             r"clinicians?|specialists?|[a-z]+ologists?|[a-z]+iatrists?|"
                             r"prescri\w+)", re.IGNORECASE)


def _names_care(text: str, lexicons: Any) -> bool:
    """Approved care named in the text and not set aside, a brand of an approved drug written
    as a name, or a course of pills ("tablets for 8 to 12 weeks")."""
    if any(not _care_spared(text, c) for c in lexicons.approved.finditer(text)):
        return True
    names = lexicons.approved_names
    if names is not None and any(m.text[:1].isupper() and not _care_spared(text, m)
                                 for m in names.finditer(text)):
        return True
    return _COURSE.search(text) is not None


# The teller told as cured, with no agent: "I'm cured", "I am now cured".
_SELF_CURED = re.compile(r"\bI(?:['\u2019]m|\s+am)\s+(?:\w+\s+)?(?:cured|healed)\b")
# A course of medicine told by its length: "taking tablets for 8 to 12 weeks", "pills for a
# month" (the reverse of approved-care's "twelve weeks of pills").
_COURSE = re.compile(r"\b(?:pills|tablets|capsules|medicines?|medications?|antibiotics|"
                     r"antivirals)\s+for\s+(?:\w+\s+(?:to|or)\s+)?(?:\d+|a|one|two|three|four|"
                     r"six|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?)\b", re.IGNORECASE)


def _care_spared(text: str, care: TermMatch) -> bool:
    """The text sets the approved care it names aside: "without surgery", "better than
    antibiotics", "antibiotics failed" (_CARE_SPARED_BEFORE, _CARE_SPARED_AFTER)."""
    return _CARE_SPARED_BEFORE.search(text[max(0, care.begin - 24):care.begin]) is not None \
        or _CARE_SPARED_AFTER.match(text, care.finish) is not None


# What sets a cure against care, belittles the care or widens the cure past any care: "but",
# "naturally", "instead", "Metformin only masks the problem", "even cancer", "anything".
_CURE_FOIL = re.compile(r"\b(?:" + CURE_SET_AGAINST_CARE + r"|but|only|just|merely|"
                        r"mask(?:s|ed|ing)?|even|any(?:thing)?|everything|whatever)\b",
                        re.IGNORECASE)
# A cure with no agent of its own: passive ("can be cured", "he was cured") or said of what
# points back to the care ("what cures", "it cures", "one or two treatments usually cure").
_AGENTLESS_CURE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got|getting)\s+(?:\w+ly\s+)?(?:cured|healed)\b|"
    r"\b(?:what|which|that|it|this|they|treatments?|doses?|courses?)\s+(?:\w+ly\s+)?"
    r"(?:cures?|heals?)\b|"
    # a label's or a card's body that opens with its verb: its subject is the sentence before
    # ("Terbinafine hydrochloride 1%. Cures most athlete's foot", the OTC antifungal
    # monograph's words, 21 CFR 333.250)
    r"^\W*(?:\w+ly\s+)?(?:cures|heals)\b", re.IGNORECASE)


# An infection named only by its kind, after a determiner or "no": "the virus", "no virus",
# "the infection" (the one the sentence named before it); or by the test that looks for it,
# as a cure is measured ("had no detectable virus 12 weeks after finishing treatment").
_INFECTION_KIND = re.compile(r"(?:(?:the|this|that|no|any)\s+)?(?:un)?detectable\s+"
                             r"(?:virus|infection|bacteria)|"
                             r"(?:the|this|that|no|any)\s+(?:virus|infection|bacteria|bug)",
                             re.IGNORECASE)
# A patient who tells the cure ("After eight sessions, EMDR cured my PTSD"): the seller's
# testimonial, whatever the care.
_TELLER = re.compile(r"\b(?:I|(?i:my|me|I'm|I’m))\b")
# Care the cure spared or outdid ("pain gone, surgery avoided", "without surgery", "better
# than antibiotics"): what the product replaces, not the care that cured.
_CARE_SPARED_BEFORE = re.compile(
    r"\b(?:avoid(?:s|ed|ing)?|skip(?:s|ped|ping)?|without|no(?:\s+more)?|instead\s+of|than|"
    r"unlike|compared\s+(?:to|with)|replac(?:e|es|ed|ing)|off|stop(?:s|ped|ping)?(?:\s+taking)?|"
    r"quit(?:s|ting)?|come\s+off|get\s+off)\s+(?:the\s+|your\s+|their\s+|his\s+|her\s+|"
    r"any\s+|a\s+|all\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_CARE_SPARED_AFTER = re.compile(
    r"\s+(?:avoided|skipped|cancel+ed|not\s+needed|no\s+longer\s+needed|free|fail(?:s|ed)?|"
    r"(?:have|has|had)\s+failed|can't|cannot|couldn't|don't|didn't|never|miss(?:es|ed)?)\b",
    re.IGNORECASE)
# The opener of a trial's report ("In a double-blind trial,", "In two studies,"): the research
# rule's trigger that names no subject.
_REPORT_OPENER = re.compile(r"\s*in\s+[^,]{0,60},\s*", re.IGNORECASE)
# A finding's opener ("Studies show", "Research has shown that", with the kind or size of its
# evidence: "Clinical trials showed", "A large NIH-funded study found"; where it was published:
# "A study in The Lancet found"; or the source a finding is told by: "According to a 2021
# meta-analysis,"): its subject comes next.
_EVIDENCE_KIND = r"(?:stud(?:y|ies)|research|trials?|evidence|data|reviews?|meta-analys[ie]s)"
_FINDING_OPENER = re.compile(r"(?:(?:an?|one|the)\s+)?(?:[\w-]+\s+){0,3}?" + _EVIDENCE_KIND
                             + r"\s+(?:(?:published\s+)?(?:in|by|from|of)\s+(?:[\w&.-]+\s+){1,5}?)?"
                             r"(?:shows?|showed|ha(?:s|ve)\s+shown|found|finds?|suggests?|"
                             r"confirms?)|according\s+to\s+(?:an?|one|the)\s+(?:[\w-]+\s+){0,3}?"
                             + _EVIDENCE_KIND, re.IGNORECASE)
# (the subject after "that", or after the comma that closes "According to ...,")
_FINDING_SUBJECT = re.compile(r"(?:\s+that|,)?\s+((?:[\w'-]+\s+){0,5}[\w'-]+)", re.IGNORECASE)
# A superlative equated with what follows the copula: "The best treatment for strep throat is
# penicillin", "The most effective way to prevent measles is two doses of MMR vaccine" (a
# purpose clause after the ranked way; not "is not antibiotics but ...").
_EQUATED = re.compile(r"(?:\s+(?:for|of|in|against|to)\s+[^.;,:]{1,60}?)?"
                      r"\s+(?:is|are|remains?|was)\s+"
                      r"(?:still\s+|usually\s+|often\s+|generally\s+)?(?:an?\s+|the\s+)?",
                      re.IGNORECASE)


def _subject_after(sentence: str, match: Any) -> str | None:
    """The words a research opener or an equated superlative is said of, when they follow it
    (None: the phrase has no subject after it), up to a comparison or a word that sets care
    aside ("turmeric works as well as ibuprofen", "people who take it need fewer
    antibiotics": the care is the foil, not the subject)."""
    if _FINDING_OPENER.fullmatch(match.group(0)):
        found = _FINDING_SUBJECT.match(sentence, match.end())
    else:
        equated = _EQUATED.match(sentence, match.end())
        found = _FINDING_SUBJECT.match(" " + sentence[equated.end():]) if equated else None
    if found is None:
        return None
    words = found.group(1)
    foil = _FOIL.search(words)
    return words[:foil.start()] if foil else words


_POINTS_BACK = re.compile(r"\s*(?:that\s+)?(?:it|its|they|their|them|this|these)\b",
                          re.IGNORECASE)
_FOIL = re.compile(r"\b(?:as\s+well\s+as|than|like|unlike|compared|instead|versus|vs|beats?|"
                   r"better|worse|fewer|less|no|not|without|need|needs|replac\w*|avoid\w*)\b",
                   re.IGNORECASE)
# The seller named before a claim: the care is its own ("our surgeons", "we offer").
_SELLER = re.compile(r"\b(?:(?i:ours?|we)|us)\b")  # ("US", the country, is no seller)
# A success rate told in figures: "success rates of 80%", "a 95% success rate".
_SUCCESS_FIGURE = re.compile(r"\bsuccess\s+rates?\s+(?:of\s+)?(?:up\s+to\s+|over\s+|above\s+)?"
                             r"\d+(?:\.\d+)?\s?(?:%|percent)|\d+(?:\.\d+)?\s?(?:%|percent)\s+"
                             r"success\b", re.IGNORECASE)


# Approved care as a compound modifier of what is sold is an endorsement, not the subject of
# the research claim: "Doctor formulated and medically proven", "physician-developed"; nor is
# care that names or ranks the product the subject of the superlative it speaks ("Doctors
# call it the best breakthrough of the decade": said of "it").
_ENDORSER = re.compile(r"[\s-]+(?:(?:formulated|developed|designed|recommended|approved|endorsed|"
                       r"created|crafted|trusted|backed|made|tested|preferred|selected)\b|"
                       r"(?:call|calls|called|name|names|named|rate|rates|rated|consider|"
                       r"considers|considered|dub|dubs|dubbed)\s+(?:it|this|them|these|ours?)\b)",
                       re.IGNORECASE)


# "What research shows", "How studies explain it": a heading that names a topic the way a
# question does ("What does research show?") asserts nothing, so it is not a claim either.
_WH_HEADING = re.compile(r"^\s*(?:what|how|why|when|where|which)\b", re.IGNORECASE)


def _indirect_question_heading(doc: PageDoc, hit: Hit) -> bool:
    if hit.el is None or not _WH_HEADING.match(hit.sentence or ""):
        return False
    return any(b.level is not None for b in doc.blocks_of(hit.el))


_FOOTNOTE = re.compile(r"\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]")
# A reference written out (a DOI, "et al.", "2005;162", a PMID): in the paragraph of the claim
# it names the study; in a References section without links an APA "(2022)." counts too
# (_FORMAL_REFERENCE), which alone in a paragraph names no study.
_WRITTEN_REFERENCE = re.compile(r"\bdoi:?\s*10\.\d{3,9}/|\bet al\.|\b(?:19|20)\d{2};\s*\d+|"
                                r"\bPMID:?\s*\d+", re.IGNORECASE)
_FORMAL_REFERENCE = re.compile(_WRITTEN_REFERENCE.pattern + r"|\(\s*(?:19|20)\d{2}[a-z]?\s*\)\.",
                               re.IGNORECASE)
# A study named in its sentence (_named_study): a journal's title, capitalised, after
# "published in" or "in the journal" ("published in the Journal of Pain", "in The Lancet",
# "in the journal Menopause"), or a trial's proper name ("the SKYLIGHT 1 trial", "the STEP-1
# trial"); with a year in the same sentence. Case-sensitive: "published in leading medical
# journals", "a peer-reviewed journal", "a study found" name no study. A title-case run of
# vague words ("Published in Top Medical Journals") names none either.
_JOURNAL_NAMED = re.compile(
    r"\b(?:[Pp]ublished|[Rr]eported|[Aa]ppeared)\s+(?:(?:online\s+)?in\s+(?:19|20)\d{2}\s+)?in\s+"
    r"(?:the\s+journal\s+|[Tt]he\s+)?(?P<title>[A-Z][\w&'.-]*(?:\s+(?:of|and|for|in|&|the)?\s*"
    r"[A-Z][\w&'.-]*)*)|\bin\s+the\s+journal\s+(?P<title2>[A-Z][\w&'.-]*)")
_VAGUE_TITLE = re.compile(r"\b(?:Leading|Top|Major|Prestigious|Respected|Renowned|Peer|Medical|"
                          r"Scientific|Several|Many|Numerous|Multiple|Various|Journals)\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Figures named by the public body that keeps them ("National data from the CDC and SART show
# live-birth rates ... fall after 35", "statistics from the NHS"): a registry's or an agency's
# figures, which a reader finds by their keeper; not research said of the seller's product
# ("our").
_KEPT_FIGURES = re.compile(r"\b(?:data|figures|statistics|numbers|estimates|registry\s+data)"
                           r"\s+(?:from|by|of|kept\s+by|published\s+by)\s+" + AUTHORITY + r"\b")
# ... and a use accepted by a named body, whose published list the reader can check ("the
# indications supported by evidence and accepted by the Undersea and Hyperbaric Medical
# Society")
_ACCEPTED_BY = re.compile(r"\b(?:accepted|recogni[sz]ed|listed|endorsed)\s+by\s+" + AUTHORITY
                          + r"\b")
_OURS = re.compile(r"\bours?\b", re.IGNORECASE)


def _named_study(sentence: str) -> bool:
    if (_KEPT_FIGURES.search(sentence) or _ACCEPTED_BY.search(sentence)) \
            and not _OURS.search(sentence):
        return True
    if not _YEAR.search(sentence):
        return False
    for match in _JOURNAL_NAMED.finditer(sentence):
        title = match.group("title") or match.group("title2") or ""
        if not _VAGUE_TITLE.search(title):
            return True
    return bool(TRIAL_NAMED.search(sentence))


_ANSWER_TAGS = ("details", "dd", "li", "blockquote", "td")


def _answer_containers(el: etree._Element | None) -> Iterator[etree._Element]:
    """The paragraph, then the FAQ answer / panel that holds it (a link there cites it)."""
    if el is None:
        return
    yield el
    node = el.getparent()
    for _ in range(4):
        if node is None or node.tag in ("main", "article", "body"):
            return
        if (node.tag in _ANSWER_TAGS or (node.get("role") or "") == "tabpanel"
                or re.search(r"answer|panel|accordion|collapse", node.get("class") or "")):
            yield node
            return
        node = node.getparent()


def _resolves(doc: PageDoc, link: etree._Element) -> bool:
    target = (link.get("href") or "")[1:]
    return bool(target) and bool(doc.tree.xpath("//*[@id=$v or @name=$v]", v=target))


_QUESTION_TAGS = ("summary", "dt", "h2", "h3", "h4", "h5", "h6", "button")


def faq_question_hits(doc: PageDoc, matcher: Matcher, blocks: list[Block],
                      affirmed: bool = False) -> list[Hit]:
    """FAQ questions that raise the claim and whose answers do not deny it: the question
    ("Is compounded semaglutide the same as Ozempic?") over an answer that dodges it ("Our
    providers prescribe it every day") tells the reader yes. `affirmed`: only an answer that
    says yes, unqualified ("Are results guaranteed?" / "Absolutely."; not "Yes, but results
    vary", nor an answer the rule's own scope cues clear)."""
    hits = []
    page_requires: bool | None = None
    for block in _questions(doc, blocks):
        if not matcher.may_match(block.norm):
            continue
        if page_requires is None:
            page_requires = page_meets_requires(doc, matcher)
        answer = _answer(doc, block)
        # The answer is the question's context: "Is this real Ozempic?" over "the same
        # molecule, without the brand name" meets what the rule requires.
        meets = page_requires or bool(answer) and matcher.meets_requires(answer)
        if matcher.find(block.text, page_requires=meets, question=True) is None:
            continue
        if not answer or _denies(answer):
            continue
        if affirmed and not _says_yes(answer, matcher):
            continue
        hits.append(Hit(sentence=block.text, el=block.el, excerpt=f"{block.text} {answer}",
                        values={"sentence": block.text, "phrase": block.text}))
    return hits


def _questions(doc: PageDoc, blocks: list[Block]) -> list[Block]:
    """The blocks that ask a question in a question's place (a summary, dt, heading or
    button), once per block list and page: a page's FAQ rules all ask (perf45: each walked
    every block)."""
    return doc.per_blocks("questions", blocks, _question_blocks)


def _question_blocks(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.tag in _QUESTION_TAGS and is_question(b.text)]


# A question about the product's risks: "Are there side effects?", "Is there any risk?",
# "Any complications?"
_RISK_QUESTION = re.compile(r"^\W*(?:(?:are|is|were|will|do|does|can|could)\s+(?:there\s+)?|any\b)"
                            r"[^?]{0,40}?\b(?:side[- ]effects?|risks?|complications?|dangers?|"
                            r"adverse\s+(?:effects?|reactions?|events?))\b(?!\s+(?:of|from\s+(?:the\s+)?"
                            r"(?:anesthesia|sedation|needle)))", re.IGNORECASE)
# An answer that says there are none: "None.", "None at all.", "Zero.", "No. It's your own
# blood.", "Not one.", "Not really." (not "No more than any injection", "No serious ones")
_NONE_ANSWER = re.compile(r"^\W*(?:none|zero|nothing|not\s+(?:any|one|a\s+single\s+one|really)|"
                          r"no(?!\s+(?:more|worse|different|greater|higher|serious|major|"
                          r"significant|long[- ]term|lasting)\b))\b", re.IGNORECASE)
# what qualifies a "none": "None that are serious", "No, but bruising is common", "Rarely"
_NONE_QUALIFIED = re.compile(r"\b(?:serious|major|significant|long[- ]term|lasting|rare(?:ly)?|"
                             r"mild|minor|most|some|few|little|usually|often|common|but|except|"
                             r"beyond|other\s+than|apart\s+from|besides|bruis\w*|sore\w*|"
                             r"swell\w*|discomfort|pain)\b", re.IGNORECASE)


def faq_no_risk_hits(doc: PageDoc, matcher: Matcher, blocks: list[Block]) -> list[Hit]:
    """An FAQ question about the product's risks answered "None" ("Are there side effects?" /
    "None at all."): the answer says there are no side effects, as "no side effects" does.
    Not an answer that qualifies its none ("None that are serious", "No, but bruising is
    common"), nor one the rule's scope cues clear."""
    hits = []
    for block in blocks:
        if block.tag not in _QUESTION_TAGS or not is_question(block.text) \
                or not _RISK_QUESTION.match(block.text):
            continue
        answer = _answer(doc, block)
        if not answer or not _NONE_ANSWER.match(answer):
            continue
        if _NONE_QUALIFIED.search(answer) or matcher.scope_stop(answer) is not None:
            continue
        if _approved_care_asked(block.text) and not _SELLER.search(f"{block.text} {answer}"):
            # "Are there side effects from the flu shot?" / "None for most people"; not the
            # seller's none ("Does finasteride have side effects?" / "None at all with our
            # low-dose plan"), as a yes is no patient information when the seller says it
            continue
        first = re.split(r"(?<=[.!?])\s", answer, maxsplit=1)[0]
        hits.append(Hit(sentence=block.text, el=block.el, excerpt=f"{block.text} {answer}",
                        values={"sentence": f"{block.text} {first}", "phrase": block.text}))
    return hits


def _approved_care_asked(question: str) -> bool:
    """The question names approved care and no product of ours: the answer is about it."""
    lexicons = load_lexicons()
    return lexicons.approved.search(question) is not None and lexicons.products_of(
        tuple(lexicons.products)).search(question) is None


def _answer_blocks(doc: PageDoc, hit: Hit) -> list[Block]:
    """The answer block under the question block of `hit` (none if there is none)."""
    found = []
    for block in doc.blocks_of(hit.el):
        following = doc.blocks[block.index + 1:block.index + 2]
        if following and following[0].level is None and not is_question(following[0].text):
            found.append(following[0])
    return found


def _answer(doc: PageDoc, block: Block) -> str:
    """The answer under an FAQ question: the block after it (the <details> body, the <dd>,
    the paragraph under a question heading)."""
    following = doc.blocks[block.index + 1:block.index + 2]
    if not following or following[0].level is not None or is_question(following[0].text):
        return ""
    return following[0].text


# An answer's yes: "Yes", "Absolutely", "Of course", "It is", "They are", "100%".
_YES_OPENING = re.compile(r"^\W*(?:yes|yep|yeah|absolutely|definitely|certainly|of\s+course|"
                          r"totally|completely|always|100\s*%|(?:it|they|we|that)(?:\s+(?:is|are|"
                          r"does|do|will|can)|[\u2019']s|[\u2019']re)\b(?!\s+not\b))\b",
                          re.IGNORECASE)
# a yes that qualifies itself: "Yes, but results vary", "Yes, for most people", "It depends"
_YES_QUALIFIED = re.compile(r"\b(?:but|however|although|though|except|unless|vary|varies|"
                            r"depends?|most|many|some|usually|often|may|might|can\s+be|rare(?:ly)?|"
                            r"not)\b", re.IGNORECASE)


def _says_yes(answer: str, matcher: Matcher) -> bool:
    """The answer opens with a yes that its first sentence does not qualify, and none of the
    rule's scope cues ("rare but can include", others' sales talk) clears it."""
    first = re.split(r"(?<=[.!?])\s", answer, maxsplit=1)[0]
    return bool(_YES_OPENING.match(first)) and not _YES_QUALIFIED.search(first) \
        and matcher.scope_stop(answer) is None


def _denies(answer: str) -> bool:
    """The answer's opening words, up to its first stop, deny ("No.", "It is not",
    "Compounded drugs are not"; not "It is the same molecule, just without the brand")."""
    opening = " ".join(re.split(r"[.,;:!?]", answer, maxsplit=1)[0].split()[:8])
    return bool(NEGATION.search(opening))
