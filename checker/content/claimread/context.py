"""The claim reader's shared ground: what a sentence is read in (Context), what a rule
reads with (ClaimSpec, StatusSpec, build_spec), what it decides (Verdict), and the names of
approved drugs every reading looks up (approved_names).

Apart because every reading below needs these and none of the readings: the lowest module of
the package.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from checker.content.learned import ClaimModel
from checker.content.lexicons import (
    DeviceClasses,
    HealthClaim,
    LabelledUses,
    Lexicons,
    TermMatch,
    TermSet,
)
from checker.content.prefilter import Prefilter

# A patient's story told by the clinic in a paragraph of its own, by its opener: "Case study:
# Jenna, 29, ...", "Patient story:", "When Maria first came to us she ...". Its sentences are one
# story, read whole as a testimonial is (the condition in its first sentence, the product in
# the next, the outcome in the last).
CASE_STORY = re.compile(r"^\W*(?:(?i:case|patient|success|client|customer|member)\s+"
                        r"(?i:study|story|stories|spotlight)\s*[:\u2014\u2013]|"
                        r"When\s+[A-Z][a-z]+\s+(?:first\s+)?(?:came|walked)\s+(?:to|in|into)\b|"
                        # a buyer's review by its star rating: "5 stars. Ordered these when ..."
                        r"[1-5](?:\.\d)?\s*(?:/\s*5\s*)?(?i:stars?)\s*[.!:\u2014\u2013-]|"
                        r"[\u2605\u2b50]{3,})")


@dataclass
class Context:
    """What surrounds a sentence: its lead (list intro, FAQ question, card title or the
    heading above it), the page's product context, whether it is a testimonial, and the
    sentence before it in its block (a pronoun's antecedent: "Bone-on-bone knees? Rebuild
    them with stem cells")."""

    lead: str = ""
    page_product: TermMatch | None = None
    testimonial: bool = False
    previous: str = ""
    # the sentence after it in its block (what a bare "Yes." answers with)
    following: str = ""
    # every sentence after it in its block, nearest first, and for a heading or card title
    # the text under it (where a claim it reports may be refuted: "Claim: ..." / "Verdict:
    # false")
    later: tuple[str, ...] = ()
    # for a heading or card title, the first sentence of the text under it (a denial there
    # makes the title a topic the text declines: "Stroke Recovery" over "Hyperbaric oxygen
    # is not a proven treatment after a stroke.")
    under: str = ""
    # every sentence before it in its block, nearest last (what "it" and "one tablet" may
    # point back to: "Fluconazole is an antifungal medicine. One tablet clears ...")
    earlier: tuple[str, ...] = ()
    # a product of the rule's classes the page offers as its own ("our exosome facial", "we
    # offer PRP") when its title names none: what "our"/"we" sentences speak of
    page_owned: TermMatch | None = None
    # the names a page that sells puts up for sale ("Hydro Shot\u2122", a product card's title
    # over its price): the seller's products, whatever class no lexicon knows them by
    offered: tuple[str, ...] = ()
    # the page sells (a price or a way to buy) and its title names no product of a class: a
    # proper name a claim is said of there is the seller's product (`_named_product`)
    selling: bool = False
    # the page's own texts, where it may say a use is off-label or not FDA-approved ("Using
    # it for depression is off-label"): read only for an approved drug outside its label
    page_texts: tuple[str, ...] = ()
    # the page's title or h1 names approved care ("Physical Therapy", "Vaccines"): the
    # service a story tells only by its sessions is that care
    page_care: bool = False
    # the page's title or h1 names a product of any claim class ("IV Vitamin Drips", "Stem
    # Cell Therapy"): its section titles are read as its offer (`_guide_title`)
    page_names_product: bool = False
    # the profession of practice-scope the page's title or h1 names ("Chiropractic and
    # Wellness"), or "": its accepted scope (`_practice_scope`)
    page_practice: str = ""

    def with_lead(self, sentence: str) -> str:
        """What the learned model reads of a sentence: its lead and the sentence (as it was
        trained: bench/claims_training.unit_of)."""
        return " ".join(filter(None, (self.lead, sentence)))


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
        # a status claim has a status phrase (its predicate) and no condition
        parts = ([f"condition={self.condition!r}"] if self.condition
                 else [] if self.predicate else ["no condition"])
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
    all_products: TermSet  # every unapproved class: what makes a sentence the product's
    cleared: tuple[tuple[TermSet, TermSet], ...] = ()  # (a product class, its cleared uses)
    # Outcomes said with a negation ("cannot take hold"): blanked out before the scope check.
    negated_outcomes: TermSet | None = None
    # Names of the other condition sets: a term inside one of them is not this set's
    # ("COVID" in "long COVID" is not an infection).
    shadow: TermSet | None = None
    # conditions named by the care they need ("threw out my blood pressure pills"), read in
    # testimonials only
    implied: TermSet | None = None
    # the learned predicate (checker/content/learned.py): rates a sentence that names a
    # condition but no predicate word
    learned: ClaimModel | None = None
    # Where else the learned model is consulted: "condition" (only there), "product" (also a
    # sentence that names no condition of the sets but a product of the rule's classes in
    # itself or its lead), "page" (also when the product is only the page's topic). Without
    # a condition the model must reach `learned_wide_threshold`.
    learned_gate: str = "condition"
    learned_wide_threshold: float = 0.95
    # the model's patient-information head clears a finding whose sentence names no product
    # of the rule's classes (checker/content/learned.py)
    learned_veto: bool = False
    # the condition path's threshold when the rule sets one (0: the model's own, chosen by the
    # training's inner CV); chosen by the letter-grouped CV of the whole checker
    learned_threshold: float = 0.0
    # a finding whose sentence and lead name no product (the product is only the page's topic,
    # or any product) needs the disease head's rating at this floor too (0: not asked)
    learned_topic_floor: float = 0.0
    # the FDA's authorized health claims: a nutrient lowering the risk of its disease
    health_claims: tuple[HealthClaim, ...] = ()
    # OTC monograph ingredient-use pairs (laxatives, antacids): lawful uses
    otc_uses: tuple[HealthClaim, ...] = ()
    # uses a WHO or national guideline recommends (vitamin A in measles): care, told so
    guideline_uses: tuple[HealthClaim, ...] = ()
    # the cure class of predicates.yaml ("cures", "heals", "reverses"): no guideline use
    cures: TermSet | None = None
    # anti-infectives labelled against bacteria, parasites or fungi, and the viral infections:
    # such a drug said to act on a virus is outside its label, not approved care
    non_antiviral: TermSet | None = None
    viral: TermSet | None = None
    # brand names of approved drugs (the FDA's UNII Names list): approved care when written
    # with a capital ("Lipitor lowers LDL cholesterol", a card titled "Valtrex 1 g caplets")
    approved_names: TermSet | None = None
    # approved drugs with their labelled uses (labelled-uses.yaml): a use outside them is no
    # approved care, and the drug is the claim's product
    labelled: LabelledUses | None = None
    # generic names of approved drugs by their INN/USAN stems (Lexicons.generic_names)
    generic_names: TermSet | None = None
    # care a product may be offered in place of (SUBSTITUTED_CARE): it names the condition
    replaced: TermSet | None = None
    # substances of dependence by their use, quit (care.QUIT_VERB): the dependence (diseases)
    habits: TermSet | None = None
    # a regulated profession's accepted scope (products.yaml practice-scope)
    practice_scope: tuple[HealthClaim, ...] = ()
    # the things health gadgets are sold as, by their common nouns (artefacts.yaml)
    artefacts: TermSet | None = None
    # a story's after told without a cure verb (story-outcomes.yaml): testimonials' outcomes
    story_outcomes: TermSet | None = None
    # kinds of service no regulator approves as treatment (products.yaml services)
    services: TermSet | None = None
    # judge's answers for this spec by sentence and context (`judged`, speed33)
    memo: dict = field(default_factory=dict, init=False, compare=False, repr=False)


def build_spec(lexicons: Lexicons, predicates: tuple[str, ...], conditions: tuple[str, ...],
               products: tuple[str, ...] | None,
               learned: ClaimModel | None = None) -> ClaimSpec:
    from checker.content.lexicons import _merged

    return ClaimSpec(
        predicates=_merged("predicates:" + ",".join(predicates),
                           [lexicons.predicates[p] for p in predicates]),
        conditions=_merged("conditions:" + ",".join(conditions),
                           [lexicons.conditions[c] for c in conditions]),
        products=lexicons.products_of(products) if products else None,
        # (an anti-infective labelled against bacteria, parasites or fungi is approved care
        # for those, "hydroxychloroquine for malaria", "ivermectin for worms"; said to act on
        # a virus it is not: _off_label)
        approved=_merged("approved-care+non-antiviral", [lexicons.approved, lexicons.non_antiviral])
        if lexicons.non_antiviral is not None else lexicons.approved,
        product_classes=products or (), condition_sets=conditions,
        predicate_classes=predicates,
        all_products=lexicons.products_of(tuple(lexicons.products)),
        # (a rule of any product, the infectious-disease rule, knows every cleared use: "the
        # chamber helps treat severe infections such as intracranial abscess" is one)
        cleared=tuple((lexicons.products[c], uses) for c, uses in lexicons.cleared.items()
                      if not products or c in products),
        shadow=_merged("shadow:" + ",".join(conditions), [
            lexicons.conditions[c] for c in lexicons.conditions if c not in conditions]) or None,
        negated_outcomes=lexicons.negated_outcomes,
        implied=_implied(lexicons.implied, conditions),
        replaced=_implied(lexicons.replaced, conditions, "replaced"), learned=learned,
        habits=lexicons.habits if "diseases" in conditions else None,
        health_claims=lexicons.health_claims, otc_uses=lexicons.otc_uses,
        guideline_uses=lexicons.guideline_uses, cures=lexicons.predicates.get("cure"),
        non_antiviral=lexicons.non_antiviral, viral=lexicons.viral,
        approved_names=lexicons.approved_names, labelled=lexicons.labelled,
        generic_names=lexicons.generic_names, practice_scope=lexicons.practice_scope,
        artefacts=lexicons.artefacts, story_outcomes=lexicons.story_outcomes,
        services=lexicons.services)


def _implied(by_set: dict[str, TermSet] | None, conditions: tuple[str, ...],
             kind: str = "implied") -> TermSet | None:
    """The rule's condition sets named by their care or by a story ("tested positive"), or
    by the care a product replaces."""
    from checker.content.lexicons import _merged

    sets = [by_set[c] for c in conditions if c in (by_set or {})]
    return _merged(f"{kind}:" + ",".join(conditions), sets) if sets else None


# Every field of a Context: what judge may read of it.
_CONTEXT_FIELDS = tuple(f.name for f in dataclasses.fields(Context))
_CONTEXT_FIELD_SET = frozenset(_CONTEXT_FIELDS)


class _ReadContext(Context):
    """A Context that notes which of its fields are read, in the order first read (judged's
    memo keys a verdict on those alone). Each field is a descriptor until first read, then a
    plain attribute (a read after the first costs nothing more); a field read through
    anything (a method, getattr, dataclasses.replace, ==, repr) is noted."""

    def __init__(self, **values: object) -> None:  # (what dataclasses.replace calls too)
        for item in _CONTEXT_DEFAULTS if len(values) < len(_CONTEXT_DEFAULTS) else ():
            if item.name not in values:
                values[item.name] = item.default if item.default is not dataclasses.MISSING \
                    else item.default_factory()
        self._values = values
        self._read: dict[str, None] = {}

    @classmethod
    def of(cls, ctx: Context) -> _ReadContext:
        """A reading copy of `ctx` (a plain Context holds its fields in its __dict__)."""
        reading = object.__new__(cls)
        values = ctx.__dict__.copy() if type(ctx) is Context else {}
        if not values.keys() >= _CONTEXT_FIELD_SET:
            values = {name: getattr(ctx, name) for name in _CONTEXT_FIELDS}
        reading._values = values
        reading._read = {}
        return reading


class _Noted:
    """A field of _ReadContext: noted as read, then kept on the instance."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: _ReadContext | None, owner: type | None = None) -> object:
        if obj is None:
            return self
        value = obj._values[self.name]
        obj._read[self.name] = None
        obj.__dict__[self.name] = value
        return value


_CONTEXT_DEFAULTS = dataclasses.fields(Context)
for _name in _CONTEXT_FIELDS:
    setattr(_ReadContext, _name, _Noted(_name))


def approved_names(text: str, spec: ClaimSpec | StatusSpec) -> list[TermMatch]:
    """Brand names of approved drugs in the text, written as names (with a capital): the
    vocabulary holds no common word, and "a lipitor" in lower case is no brand a page names."""
    if spec.approved_names is None:
        return []
    # most texts name no brand: a capitalized word that begins a name is looked up first (a
    # set), and only then is the text scanned with the names' automaton
    heads = _name_heads(spec.approved_names)
    if not any(w.lower() in heads or w.split("-")[0].lower() in heads
               for w in _CAPITALIZED.findall(text)):
        return []
    return [m for m in spec.approved_names.finditer(text) if m.text[:1].isupper()]


_CAPITALIZED = re.compile(r"\b[A-Z][\w'-]*")


@functools.lru_cache(maxsize=4)
def _name_heads(names: TermSet) -> frozenset[str]:
    """The first words of a vocabulary's names ("lipitor", "humulin" of "humulin r")."""
    return frozenset(term.split()[0] for term in names.terms)


# ---- regulatory status claims ---------------------------------------------------------------
# "FDA-approved", "cleared by the FDA", "FDA approval" said of a product the FDA has not
# approved for that use, or of something the FDA never approves at all (a pharmacy, a lab, a
# facility: the FDA registers and inspects them). Issue 13, class 3.

@dataclass(frozen=True)
class StatusSpec:
    """What a status-claim rule looks for (typed from its YAML params)."""

    status: re.Pattern[str]  # the status phrases ("FDA-approved", "approved by the FDA")
    entities: re.Pattern[str]  # what the FDA never approves ("pharmacy", "lab", "facility")
    unless: re.Pattern[str] | None  # true approvals named in the sentence ("Spravato")
    products: TermSet  # the product classes the status is false for
    page_products: TermSet | None  # classes that count when anywhere on the page ("compounded")
    approved: TermSet  # approved care: a status said of it is true
    cleared: tuple[tuple[TermSet, TermSet], ...] = ()
    generic_heads: re.Pattern[str] | None = None  # more names that stand for the page's product
    prefilter: Prefilter | None = None  # the status phrases' literals: blocks worth reading
    # status phrases true of an establishment (registered, listed, inspected): a claim only
    # when said of the product ("our exosomes are FDA registered"), never of a facility
    registration: re.Pattern[str] | None = None
    # product classes named by their kind ("a laser"): the FDA clears devices of the kind, so
    # a status said of one is a claim only when it names a use beyond the kind's cleared ones
    kinds: TermSet | None = None
    # brand names of approved drugs (approved-drugs-unii.txt): a name the page offers for sale
    # that the vocabulary knows is approved care, not the seller's own product
    approved_names: TermSet | None = None
    # device kinds the FDA clears or exempts and never approves (hearing aids, TENS units, a
    # Class I or II device): an approval or a registration said of one is false whatever the
    # use, even of a kind that is approved care in the disease rule (21 CFR 807.97)
    cleared_only: re.Pattern[str] | None = None
    # what a registration said of names a device itself ("an FDA-registered medical device"):
    # the FDA lists devices and registers establishments, and neither is an approval (807.39)
    registered_heads: re.Pattern[str] | None = None
    # approved drugs with their labelled uses (labelled-uses.yaml) and every condition set:
    # an approval said of an approved drug for a use its label does not name is said of a use
    # the FDA has not approved ("the testosterone we prescribe is FDA approved, so men with
    # age-related low T can start"; FDA drug safety communication on testosterone, 2015)
    labelled: LabelledUses | None = None
    conditions: TermSet | None = None
    # uses the FDA has said it cleared or approved no product for ("vaginal rejuvenation"): a
    # status given for one is false whatever it is said of
    uncleared_uses: re.Pattern[str] | None = None
    # terms of sale that make the product sold not the approved one: a prescription waived
    # (for a prescription drug) or a pharmacy abroad; and what the FDA approves but never
    # licenses (a drug in pill form: it licenses biologics)
    rx_waived: re.Pattern[str] | None = None
    sold_abroad: re.Pattern[str] | None = None
    never_licensed: re.Pattern[str] | None = None
    # device kinds with their classifications (device-classes.yaml): what a device's status
    # is true of (its pathway, its cleared or approved uses)
    devices: DeviceClasses | None = None
    # grave diseases ("terminal cancer", "dementia", "Lyme disease"): a status given for one
    # to a device no lexicon knows is no clearance or approval a device of a known kind holds
    grave_uses: re.Pattern[str] | None = None
