"""Claims as structure: a predicate linked to a condition in the context of a product.

A sentence is a claim when it holds a condition (a disease vocabulary term) and an efficacy
predicate (treat, cure, prevent, relieve... in any inflection), the predicate is not negated,
hedged into a non-claim, attributed to someone else or asked, the clause does not credit
approved care ("antidepressants can treat depression" is patient information), and a product
of the rule's classes is in context: in the sentence, in its lead (a list's intro, an FAQ's
question, a card's title, the heading above it), or in the page's title and h1.

The lead also lends its predicate: under "Conditions we treat with amniotic cells:" the list
item "Cerebral palsy" is a claim. A testimonial is read whole: a condition and an outcome
("reading the newspaper again", "off my oxygen tank") anywhere in the quote.

Every decision is recorded (Verdict), so `clinic-checker explain` can say why a sentence did
or did not fire.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.content.lexicons import Lexicons, TermMatch, TermSet
from checker.content.match import REPORTED, negated
from checker.content.text import clause_at, is_question

# Scope cues (ConText/NegEx style trigger table): each clears a claim in its scope.
# Negation: before the predicate in its clause (match.negated), or one of these anywhere in
# the sentence: they deny the claim itself ("not approved for", "no evidence that").
DENIAL = re.compile(
    r"\bnot\s+(?:an?\s+|the\s+)?(?:FDA[- ])?(?:approved|cleared|intended|a\s+(?:treatment|cure|"
    r"substitute|replacement)|proven|shown|been\s+(?:shown|proven|tested|studied|approved)|"
    r"known|for\s+(?:people|human|humans|children))\b|\bno\s+(?:good\s+|strong\s+|reliable\s+)?"
    r"(?:evidence|proof|trials?|studies)\b|\bnever\s+(?:change|stop|replace)\b|"
    r"\b(?:does|do|did|can|will|could|should)\s*(?:not|n't)\b|\bcannot\b|\bwe\s+do\s+not\b|"
    r"\binstead\s+of\b|\brather\s+than\b|\bunproven\b|\bno\s+(?:product|supplement|stem)",
    re.IGNORECASE)
# Hedges that turn a claim into a statement about uncertainty or a question to a clinician.
HEDGE = re.compile(
    r"\bwhether\b|\bunknown\b|\bnot\s+(?:yet\s+)?known\b|\bwhat\s+(?:is|we)\s+know|"
    r"\b(?:being|been|was|were|is|are)\s+studied\b|\bstud(?:y|ies)\s+(?:are|is)\s+(?:under\s*way|"
    r"ongoing)|\bexperimental\b|\binvestigational\b|\bin\s+(?:clinical\s+|registered\s+)?trials\b|"
    r"\bmixed\s+results\b|\bearly\s+(?:stage|research|studies)\b|\bno\s+trial\b|"
    r"\b(?:ask|talk\s+(?:with|to)|check\s+with|see)\s+(?:your|a)\s+(?:doctor|clinician|"
    r"pharmacist|vet|oncologist|cardiologist|neurologist|pediatrician|care\s+team)\b|"
    r"\bwhat\s+(?:the\s+)?(?:research|science|FDA|evidence)\s+(?:says|shows)\b|"
    r"\bbefore\s+(?:you\s+buy|your\s+visit|any)\b|\binteract",
    re.IGNORECASE)
# Attribution: the claim is someone else's, reported or warned about.
ATTRIBUTION = re.compile(
    r"\b(?:FDA|CDC|NIH|WHO|FTC|agency|regulators?)\s+(?:says|warns?|has\s+warned|recommends|"
    r"advises)\b|\baccording\s+to\b|\b(?:some|other)\s+(?:clinics|sellers|websites|people|"
    r"companies)\s+(?:claim|say|advertise|promise)|\badvertis(?:e|es|ed|ing)\b|\bclaims?\s+that\b",
    re.IGNORECASE)
# What a testimonial says happened: an outcome stands in for the predicate.
OUTCOME = re.compile(
    r"\bagain\b|\bgone\b|\bno\s+longer\b|\bstopped\b|\bwent\s+away\b|\bdisappeared\b|"
    r"\bfree\s+of\b|\bthrew\s+(?:away|out)\b|\boff\s+(?:my|his|her|the|all)\b|"
    r"\bwithout\s+(?:a\s+cane|pain|surgery|a\s+single)\b|\bnever\s+been\s+better\b|"
    r"\bunder\s+control\b|\bpain-free\b|\bback\s+to\s+normal\b|\bwalking\b|\bfirst\s+words\b|"
    r"\bcan\s+see\b|\brecogni[sz]es\b|\bhealed\b|\bcured\b|\bdropped\b|\bhalved\b|"
    r"\bcould\s+not\s+believe\b|\bchanged\s+my\s+life\b|\bsaved\s+my\b|\bzero\b|\bquiet\b",
    re.IGNORECASE)


@dataclass
class Context:
    """What surrounds a sentence: its lead (list intro, FAQ question, card title or the
    heading above it), the page's product context, and whether it is a testimonial."""

    lead: str = ""
    page_product: TermMatch | None = None
    testimonial: bool = False


@dataclass
class Verdict:
    """Why a sentence fired a claim rule or did not."""

    sentence: str
    fired: bool = False
    condition: str | None = None
    predicate: str | None = None
    product: str | None = None
    stopped_by: str | None = None
    notes: list[str] = field(default_factory=list)

    def explain(self) -> str:
        parts = [f"condition={self.condition!r}" if self.condition else "no condition"]
        if self.predicate:
            parts.append(f"predicate={self.predicate!r}")
        if self.product:
            parts.append(f"product={self.product!r}")
        parts += self.notes
        head = "FIRES" if self.fired else f"no: {self.stopped_by}"
        return f"{head} ({'; '.join(parts)})"


@dataclass(frozen=True)
class ClaimSpec:
    """What a structural claim rule looks for (typed from its YAML params)."""

    predicates: TermSet
    conditions: TermSet
    products: TermSet | None  # None: any product or service (the page is the clinic's)
    approved: TermSet
    product_classes: tuple[str, ...]
    condition_sets: tuple[str, ...]
    predicate_classes: tuple[str, ...]


def build_spec(lexicons: Lexicons, predicates: tuple[str, ...], conditions: tuple[str, ...],
               products: tuple[str, ...] | None) -> ClaimSpec:
    from checker.content.lexicons import _merged

    return ClaimSpec(
        predicates=_merged("predicates:" + ",".join(predicates),
                           [lexicons.predicates[p] for p in predicates]),
        conditions=_merged("conditions:" + ",".join(conditions),
                           [lexicons.conditions[c] for c in conditions]),
        products=lexicons.products_of(products) if products else None,
        approved=lexicons.approved,
        product_classes=products or (), condition_sets=conditions,
        predicate_classes=predicates)


def judge(sentence: str, spec: ClaimSpec, ctx: Context) -> Verdict:
    """The claim reading of one sentence (or a whole testimonial) in its context."""
    verdict = Verdict(sentence)
    conditions = spec.conditions.finditer(sentence)
    if not conditions:
        verdict.stopped_by = "no condition"
        return verdict
    verdict.condition = conditions[0].group(0)
    if is_question(sentence):
        verdict.stopped_by = "a question"
        return verdict
    predicate = _predicate(sentence, spec, ctx, verdict)
    if predicate is None:
        verdict.stopped_by = "no predicate"
        return verdict
    stop = _scope_stop(sentence, predicate, conditions[0], ctx)
    if stop:
        verdict.stopped_by = stop
        return verdict
    approved = _approved_care(sentence, predicate, spec)
    if approved:
        verdict.stopped_by = f"approved care: {approved!r}"
        return verdict
    product = _product(sentence, spec, ctx)
    if spec.products is not None and product is None:
        verdict.stopped_by = "no product of the rule's classes in context"
        return verdict
    verdict.product = product
    verdict.fired = True
    return verdict


def _predicate(sentence: str, spec: ClaimSpec, ctx: Context,
               verdict: Verdict) -> TermMatch | None:
    found = spec.predicates.finditer(sentence)
    if found:
        verdict.predicate = found[0].group(0)
        return found[0]
    if ctx.lead and not is_question(ctx.lead) and not _fragment_has_verb(sentence):
        lead = spec.predicates.search(ctx.lead)
        if lead is not None and not DENIAL.search(ctx.lead) and not HEDGE.search(ctx.lead):
            verdict.predicate = lead.group(0)
            verdict.notes.append(f"predicate from its lead {ctx.lead!r}")
            return TermMatch(lead.text, 0, 0, "lead")
    if ctx.lead and is_question(ctx.lead) and _affirms(sentence):
        lead = spec.predicates.search(ctx.lead)
        if lead is not None:
            verdict.predicate = lead.group(0)
            verdict.notes.append(f"answers yes to {ctx.lead!r}")
            return TermMatch(lead.text, 0, 0, "lead")
    if ctx.testimonial:
        outcome = OUTCOME.search(sentence)
        if outcome is not None:
            verdict.predicate = outcome.group(0)
            verdict.notes.append("a testimonial's outcome")
            return TermMatch(outcome.group(0), outcome.start(), outcome.end(), "outcome")
    return None


_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|will|may|"
                      r"we|you|i|they|it)\b", re.IGNORECASE)
_YES = re.compile(r"^\s*(?:yes|yep|absolutely|definitely|it\s+(?:can|does|will)|we\s+do|"
                  r"they\s+(?:can|do))\b", re.IGNORECASE)


def _fragment_has_verb(text: str) -> bool:
    """A list item that is a sentence of its own carries its own predicate (or none)."""
    return bool(_VERBISH.search(text))


def _affirms(text: str) -> bool:
    return bool(_YES.match(text))


def _scope_stop(sentence: str, predicate: TermMatch, condition: TermMatch,
                ctx: Context) -> str | None:
    """Negation, hedge or attribution whose scope covers the claim."""
    if predicate.term_set not in ("lead",):
        start, _ = clause_at(sentence, predicate.start())
        if negated(sentence[start:predicate.start()]):
            return "negation before the predicate"
    for name, pattern in (("denial", DENIAL), ("hedge", HEDGE), ("attribution", ATTRIBUTION)):
        found = pattern.search(sentence)
        if found:
            return f"{name}: {found.group(0)!r}"
    if REPORTED.search(sentence):
        return "attribution: reported speech"
    if ctx.lead:
        for name, pattern in (("denial in its lead", DENIAL), ("hedge in its lead", HEDGE)):
            found = pattern.search(ctx.lead)
            if found:
                return f"{name}: {found.group(0)!r}"
    return None


def _approved_care(sentence: str, predicate: TermMatch, spec: ClaimSpec) -> str | None:
    """Approved care in the predicate's clause, and no product of the rule's classes there."""
    if predicate.term_set == "lead":
        scope = sentence
    else:
        start, end = clause_at(sentence, predicate.start())
        scope = sentence[start:max(end, predicate.end())]
    approved = spec.approved.search(scope)
    if approved is None:
        return None
    if spec.products is not None and spec.products.search(scope) is not None:
        return None
    return approved.group(0)


def _product(sentence: str, spec: ClaimSpec, ctx: Context) -> str | None:
    if spec.products is None:
        return "the clinic's product or service"
    for where, text in (("sentence", sentence), ("lead", ctx.lead)):
        found = spec.products.search(text) if text else None
        if found is not None:
            return found.group(0) if where == "sentence" else f"{found.group(0)} (in its lead)"
    if ctx.page_product is not None:
        return f"{ctx.page_product.group(0)} (the page's topic)"
    return None
