"""Regulatory status: "FDA-approved", "cleared by the FDA", "FDA registered" said of a
product the FDA has not approved or cleared for that use (judge_status), devices and their
classes, procedures, registration read as approval, a status said outside the label.

Apart because a status claim is its own rule (StatusSpec), read with no condition's predicate.
"""

from __future__ import annotations

import re

from checker.content.claimread.care import (
    _DENIAL_ENDED,
    _NOT_ANTECEDENT,
    _POINTER_SUBJECT,
    points_back,
)
from checker.content.claimread.context import (
    _CAPITALIZED,
    Context,
    StatusSpec,
    Verdict,
    approved_names,
)
from checker.content.claimread.offlabel import (
    _NOT_APPROVED,
    _OFF_LABEL_SAID,
    _use_words,
)
from checker.content.claimread.products import (
    _BRACKET_GAP,
    _INNER_CAPITAL,
    _NOT_CARE,
    _NOT_PRODUCT_WORDS,
    _OPENERS,
    _OUR,
    _SUBJECT_OPENS,
    _offered_name,
)
from checker.content.claimread.scope import (
    _ANSWER_PARTICLE,
    _STATUS_TOPIC,
    _affirms,
)
from checker.content.claimread.stories import (
    _WITHOUT_CARE,
)
from checker.content.lexicons import (
    DeviceClasses,
    DeviceKind,
    LabelledDrug,
    TermMatch,
    TermSet,
)
from checker.content.match import (
    REPORTED,
    mentioned_in,
    negated,
    negated_list,
)
from checker.content.scopes import (
    ATTRIBUTION,
    DENIAL,
    IDENTIFYING,
)
from checker.content.text import (
    clause_at,
    is_question,
)

# An attributive status ("FDA-approved antidepressants") is said of the next few words (not
# across a preposition: "cleared for use alongside chemotherapy" is not said of chemotherapy).
_ATTRIBUTIVE = re.compile(r"[\s-]*(?:(?!(?:for|to|with|alongside|in|as|by|from|of|and|or|"
                          r"than|like)\b)[\w'-]+\s+){0,3}?", re.IGNORECASE)
# A noun that stands for whatever the page sells: the page's product decides what it is.
GENERIC_HEAD = re.compile(
    r"\b(?:treatments?|therap(?:y|ies)|injections?|shots?|infusions?|drips?|medications?|"
    r"medicines?|drugs?|products?|programs?|protocols?|procedures?|formulas?|pens?|vials?|"
    r"batch(?:es)?|lots?|doses?|kits?|"
    r"it|they|this|ours|option)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w-]*")
_IDENTIFYING = IDENTIFYING


def judge_status(sentence: str, spec: StatusSpec, ctx: Context,
                 page_mention: str | None = None) -> Verdict:
    """The status-claim reading of one sentence in its context: `page_mention` is a
    product of the rule's page classes mentioned on the page ("compounded"). Each status
    phrase is read in turn: "Our FDA-approved semaglutide comes from an FDA-approved
    pharmacy" fires on the second."""
    verdict = Verdict(sentence)
    text, found = sentence, list(spec.status.finditer(sentence))
    # "Is it FDA approved? Yes, it comes from an FDA-registered pharmacy": the answer's own
    # status (a registration, true of the pharmacy) does not stop the yes.
    answered = all(_registration(hit.group(0), spec) for hit in found)
    if answered and ctx.lead and is_question(ctx.lead) and (
            _affirms(sentence) or _YES_LAST.search(sentence)) and spec.status.search(ctx.lead):
        text, found = ctx.lead, list(spec.status.finditer(ctx.lead))
        verdict.notes.append(f"answers yes to {ctx.lead!r}")
    elif found and is_question(sentence):
        verdict.stopped_by = "a question"
        return verdict
    if not found:
        verdict.stopped_by = "no status claim"
        return verdict
    topic = _STATUS_TOPIC.match(text)
    if topic is not None and all(topic.start("status") <= hit.start() < topic.end("status")
                                 for hit in found):
        # "CBD and FDA Approval: The Facts": a guide's title with the approval as its topic,
        # set beside the product, not a status said of it
        verdict.predicate = found[0].group(0)
        verdict.stopped_by = "a guide's title: the approval as its topic"
        return verdict
    for status in found:
        verdict.predicate = status.group(0)
        borrowed = _borrowed_approval(text, status, spec, ctx)
        if borrowed is not None:
            verdict.stopped_by, verdict.product = borrowed
            if verdict.stopped_by:
                continue
            verdict.notes.append("an approval of what the product is made from is not the "
                                 "product's: the FDA approves a finished drug, and a product "
                                 "compounded from approved components is not approved")
            verdict.fired = True
            return verdict
        device = _device_never_approved(text, status, spec, ctx)
        outside = None if device else _device_status_outside(text, status, spec, ctx)
        device = device or outside
        verdict.stopped_by = _status_stop(text, status, spec, device is not None)
        if verdict.stopped_by and verdict.stopped_by.startswith("said of approved care"):
            outside = _approved_outside_label(text, status, spec, text is not sentence, ctx)
            if outside is not None:
                return _fired_outside_label(verdict, *outside)
            false = _false_of_any(text, status, spec, ctx)
            if false:
                # "Testosterone is FDA approved for any man over 40", "All of our eye drops
                # are FDA-approved": a status no approval of that care gives
                verdict.notes.append(f"{verdict.stopped_by}, but {false}")
                verdict.stopped_by = None
                verdict.product = false
                verdict.fired = True
                return verdict
        if verdict.stopped_by:
            continue
        entity = _entity(text, status, spec)
        if entity and _registration(status.group(0), spec):
            verdict.stopped_by = f"registration said of an establishment: {entity!r}"
            continue
        # (a device kind the FDA never approves named for it stays the claim: "Our TMS
        # procedure is FDA approved")
        true_of = _procedure_approval_true(text, status, entity, spec) \
            if entity and not device else None
        if true_of:
            verdict.stopped_by = f"a procedure done with approved care: {true_of}"
            continue
        if device and not entity:
            verdict.notes.append(
                "no device holds this status for the uses it is given for (the device "
                "kinds' FDA classifications: device-classes.yaml)" if outside else
                "the FDA clears or exempts devices of this kind and lists them; it approves "
                "none (21 CFR 807.39, 807.97)")
            verdict.product = device
            verdict.fired = True
            return verdict
        product = entity or _status_product(text, status, spec, ctx, page_mention) \
            or _false_of_any(text, status, spec, ctx) or _registered_name(text, status, spec, ctx)
        if product is None:
            outside = _approved_outside_label(text, status, spec, text is not sentence, ctx)
            if outside is not None:
                return _fired_outside_label(verdict, *outside)
            grave = _grave_use_of_unknown_device(text, status, spec, ctx)
            if grave is not None:
                verdict.notes.append(
                    "a device that treats a grave disease is a Class III device the FDA "
                    "approves model by model, or of a kind cleared for it (device-classes.yaml); "
                    "this one is neither")
                verdict.product = grave
                verdict.fired = True
                return verdict
            verdict.stopped_by = "no product of the rule's classes in context"
            continue
        cleared = None if entity else _cleared_in_context(text, status, spec, ctx)
        if cleared:
            # "Our chamber is cleared by the FDA for specific conditions, such as carbon
            # monoxide poisoning" under a hyperbaric page's title: the device its lead names,
            # given a use the FDA cleared it for
            verdict.stopped_by = f"a cleared use of the product its lead names: {cleared!r}"
            continue
        if not entity and _kind_only(text, spec) and not _named_use(text, status, spec):
            # "We use an FDA-cleared laser": true of some laser, and no use is claimed
            verdict.stopped_by = f"a device kind with no use named: {product!r}"
            continue
        if entity and _PROCEDURE.fullmatch(entity):
            verdict.notes.append("the FDA approves or clears the drugs and devices a procedure "
                                 "uses; it does not approve the procedure")
        elif entity and _PLAN.search(entity):
            verdict.notes.append("the FDA approves drugs and biologics and clears devices; "
                                 "it does not approve a clinic's protocol or program")
        elif entity:
            verdict.notes.append("the FDA registers pharmacies, labs and facilities; it "
                                 "does not approve them")
        verdict.product = product
        verdict.fired = True
        return verdict
    return verdict


# What a product is made from, given the approval: its ingredients, components, actives, or
# (when it is made from them) the medicines it is compounded from.
_COMPONENT = r"(?:active\s+)?(?:pharmaceutical\s+)?(?:ingredients?|components?|actives|APIs?)"
_MEDICINE = r"(?:medications?|medicines?|drugs?)"
# An approval as what the product is made from: "made only with | FDA-approved ingredients",
# "compounded from | FDA-approved medications", "uses the same | FDA-approved components"
# (`mixed`: a verb of making a new product out of medicines, so that "compounded from
# FDA-approved medications" is read, and "prepared with FDA-approved medications", a
# pharmacy's dispensing, is not).
_MADE_FROM = re.compile(
    r"\b(?:(?:(?P<mixed>made|compounded|formulated|mixed|blended|crafted|compound(?:s|ing)|"
    r"formulat(?:es|ing)|mak(?:es|ing))|prepared|manufactured|produced|created|derived|"
    r"prepar(?:es|ing))\s+(?:[\w-]+\s+){0,2}?(?:(?:only|exclusively|solely|entirely|purely|"
    r"just)\s+)?(?:with|from|using)|(?:use|uses|using|contains?|containing)\s+(?:only\s+)?"
    r"(?:the\s+same)?)\s+(?:(?:only|exclusively|solely|the|our|pure|proven|safe|quality|"
    r"high-quality)\s+)*$", re.IGNORECASE)
# ... and its head after the status: "FDA-approved | active ingredients".
_COMPONENT_AFTER = re.compile(r"[\s-]+(?:[\w-]+\s+){0,2}?" + _COMPONENT + r"\b", re.IGNORECASE)
_MEDICINE_AFTER = re.compile(r"[\s-]+(?:[\w-]+\s+){0,2}?" + _MEDICINE + r"\b", re.IGNORECASE)
# The components as the status's subject: "every ingredient in it is FDA approved", "all three
# components are FDA-approved".
_COMPONENTS_SUBJECT = re.compile(
    r"\b(?:every|each|all|both|its|their)\s+(?:(?:of\s+)?(?:the|its|their|our|two|three|four|"
    r"five)\s+)?" + _COMPONENT + r"(?:\s+(?:in|of)\s+[^,;.]{1,40}?)?\s+(?:is|are|was|were|"
    r"has\s+been|have\s+been)\s+(?:(?:all|also|each|individually|fully)\s+)?$", re.IGNORECASE)
# A general statement of what such products may be made from, not the seller's product: "Compounded
# drugs can be made from FDA-approved drugs or from bulk ingredients".
_MAY_BE = re.compile(r"\b(?:may|might|can|could|often|sometimes|usually|typically|generally)\b",
                     re.IGNORECASE)
# The product's own status disclosed beside its components': "..., but our combination has not
# been reviewed by the FDA", "the finished injection is not FDA approved".
_OWN_STATUS_DENIED = re.compile(_NOT_APPROVED + r"|\b(?:has|have)\s+not\s+been\s+(?:approved|"
                                r"cleared|reviewed|evaluated|tested)\b", re.IGNORECASE)


def _borrowed_approval(text: str, status: re.Match[str], spec: StatusSpec,
                       ctx: Context) -> tuple[str | None, str] | None:
    """An approval given to what a product is made from and offered as the product's ("Made
    only with FDA-approved ingredients", "our eye drops are compounded from FDA-approved
    medications", "every ingredient in it is FDA approved"): (what stops it, "") or (None,
    the product it is offered of); None when the status is no such approval. The FDA approves
    a finished drug's application; a product compounded or mixed from approved components is
    not approved, and "made with FDA approved components" said of it gives the impression
    that it is (FDA warning letter to Imprimis Pharmaceuticals, 21 Dec 2017; FDA,
    "Compounding and the FDA: Questions and Answers").
    Not a product whose own status the text denies, a general statement of what such products
    may be made from, nor an approved drug's brand named as the subject."""
    if _APPROVAL_WORD.search(status.group(0)) is None:
        return None
    start, _ = clause_at(text, status.start())
    before = text[start:status.start()]
    made = _MADE_FROM.search(before)
    if made is not None:
        head = _COMPONENT_AFTER.match(text, status.end()) or (
            _MEDICINE_AFTER.match(text, status.end()) if made.group("mixed") else None)
        if head is None or not _ATTRIBUTIVE.fullmatch(text, status.end(), head.end()
                                                      - len(head.group(0).split()[-1])):
            return None
    elif _COMPONENTS_SUBJECT.search(before) is None:
        return None
    stop = _status_stop(text, status, spec)
    if stop and not stop.startswith(("said of approved care", "a class of approved care")):
        return stop, ""
    if _OWN_STATUS_DENIED.search(text) or _MAY_BE.search(before):
        return "the product's own status told, or what such products may be made from", ""
    if approved_names(text[:status.start()], spec):
        return "an approved drug's brand named as the product", ""
    product = _status_product(text, status, spec, ctx, None) \
        or _status_lead_name(text, status, spec, ctx)
    return None, product or "the product made from them"


def _false_of_any(text: str, status: re.Match[str], spec: StatusSpec,
                  ctx: Context | None = None) -> str | None:
    """A status false whatever product it is said of (approved care named stops it
    before): an approval that rests on a registration or a listing ("made in an FDA-registered
    lab, which means it is FDA-approved", "FDA registered and approved"), which denotes no
    approval (21 CFR 207.77(b), 807.39); an approval given for a cure ("FDA-approved to
    cure neuropathy"), which no label states: the FDA approves a product to treat; or a
    status given for every use of a kind ("FDA approved for every skin concern"), where a
    label or a clearance names its uses."""
    if _rests_on_registration(status.group(0), spec):
        return "an approval resting on a registration"
    if _APPROVAL_WORD.search(status.group(0)) and _CURE_GIVEN.match(text, status.end()):
        return "an approval given for a cure"
    if _EVERY_USE.match(text, status.end()):
        return "a status given for every use"
    if _EVERY_USER.match(text, status.end()):
        return "an approval given to anyone, not for a labelled indication"
    whole = _WHOLE_RANGE.search(text, clause_at(text, status.start())[0], status.start())
    if whole and not (spec.approved_names and spec.approved_names.search(text)) \
            and not (spec.labelled and spec.labelled.names.search(text)):
        return "a status said of a seller's whole range"
    if "licens" in status.group(0).lower() and mentioned_in(text, spec.never_licensed):
        return "a license the FDA gives biologics, said of a drug in pill form"
    if _APPROVAL_WORD.search(status.group(0)):
        sale = _not_the_approved_sale(text, spec, ctx.lead if ctx else "")
        if sale:
            return sale
    given = _USE_GIVEN.match(text, status.end())
    use = spec.uncleared_uses.search(text[given.end():]) \
        if given and spec.uncleared_uses is not None else None
    if use is not None and use.start() == 0:
        return "a status given for a use the FDA has cleared no product for"
    return None


def _not_the_approved_sale(text: str, spec: StatusSpec, lead: str) -> str | None:
    """An approval said with the terms of a sale that make the product not the approved one:
    a prescription drug of labelled-uses.yaml (named in the sentence or its lead, a card's
    title) with its prescription waived ("Ozempic Pen / Genuine FDA-approved pens, no
    prescription needed": FD&C Act 503(b)(1)), or anything shipped from a pharmacy abroad."""
    if mentioned_in(text, spec.sold_abroad):
        return "an approval said of a drug sold from a pharmacy abroad"
    if spec.labelled is None or not mentioned_in(text, spec.rx_waived):
        return None
    named = (spec.labelled.drug(m.group(0)) for part in (text, lead)
             for m in spec.labelled.names.finditer(part))
    if any(drug is not None and not drug.otc for drug in named):
        return "an approval said of a prescription drug sold without a prescription"
    return None


# Where the use a status is given for opens: "... cleared (by the FDA) for | ...", "approved
# to treat | ...", "... for the treatment of | ...".
_USE_GIVEN = re.compile(r"\s+(?:by\s+the\s+FDA\s+)?(?:for|to\s+(?:treat|perform))\s+"
                        r"(?:(?:the\s+)?(?:treatment|use)\s+of\s+|the\s+)?", re.IGNORECASE)


def _rests_on_registration(phrase: str, spec: StatusSpec) -> bool:
    """A status phrase that opens with a registration and goes on to what it is said to
    mean ("FDA-registered lab, so it meets the same standards as prescription medicine")."""
    if spec.registration is None:
        return False
    hit = spec.registration.search(phrase)
    return hit is not None and hit.start() == 0 and len(phrase.rstrip()) > hit.end()


# A cure as the use an approval is given for: "FDA-approved to cure onychomycosis".
_CURE_GIVEN = re.compile(r"\s+(?:by\s+the\s+FDA\s+)?(?:to|for)\s+(?:permanently\s+|completely\s+|"
                         r"fully\s+)?cur(?:e|ing)\b", re.IGNORECASE)


def _registered_name(text: str, status: re.Match[str], spec: StatusSpec,
                     ctx: Context) -> str | None:
    """A registration, a listing or "compliance" said of a product by its trade name: the
    subject of its clause ("AmnioAMP-WJ is FDA compliant"), or the card title over a line
    that opens with it ("PICO Toner" over "FDA listed."). The FDA registers establishments
    and lists products, and neither denotes approval of a product (21 CFR 207.77(b),
    807.39); a name by its shape (two capitalized words, an inner capital, a mark), which
    neither approved care nor an establishment's word names."""
    if not _registration(status.group(0), spec):
        return None
    start, _ = clause_at(text, status.start())
    subject = _NAMED_SUBJECT.fullmatch(text, start, status.start())
    if subject is not None:
        name = subject.group("name")
    elif not text[:status.start()].strip(_OPENERS) and ctx.lead and not is_question(ctx.lead):
        name = ctx.lead.strip().rstrip(":")
    else:
        return None
    if not _trade_name_shaped(name) or spec.approved.search(name) \
            or approved_names(name, spec) or spec.entities.search(name):
        return None
    return f"{name} (registered or listed, which approves no product)"


def _trade_name_shaped(name: str) -> bool:
    """Capitalized words that are a name by their shape: two to four ("PICO Toner"), or one
    with an inner capital or a mark ("AmnioAMP-WJ", "Zenra\u00ae"), none a function word or
    a word of no product's name ("Clinic", "FDA")."""
    words = name.strip("\u00ae\u2122").split()
    if not (0 < len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words)) \
            or {w.lower() for w in words} & (_NOT_PRODUCT_WORDS | _FUNCTION_WORDS):
        return False
    return len(words) > 1 or _INNER_CAPITAL.search(name) is not None \
        or name[-1] in "\u00ae\u2122"


# A trade name as the subject of the status's clause: "AmnioAMP-WJ is FDA compliant".
_NAMED_SUBJECT = re.compile(r"\W*(?P<name>[A-Z][\w'-]*(?:[ \t]+[A-Z0-9][\w'-]*){0,3}"
                            r"[\u00ae\u2122]?)\s+(?:is|are)\s+(?:(?:also|fully|officially|both)\s+)?")


# Every use of a kind as what a status is given for: "for every skin type and every skin
# concern", "cleared for all conditions" (not who may use it: "for all skin types").
_EVERY_USE = re.compile(r"\s+(?:by\s+the\s+FDA\s+)?(?:for|to\s+treat)\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:every|all|any)\s+(?:[\w-]+\s+)?(?:concerns?|conditions?|problems?|"
                        r"issues?|ailments?|diseases?|illness(?:es)?|disorders?)\b", re.IGNORECASE)


# A status given to anyone of a population, not for an indication: "approved for any man
# over 40 with symptoms", "FDA-cleared for everyone".
_EVERY_USER = re.compile(r"\s+(?:by\s+the\s+FDA\s+)?for\s+(?:any(?:one|body)|every(?:one|body)|"
                         r"(?:any|every)\s+(?:[\w-]+\s+)?(?:man|woman|adult|person|patient))\b",
                         re.IGNORECASE)
# A seller's whole range as what a status is said of: "All of our eye drops are
# FDA-approved", "every pill in our catalog is FDA-licensed". The FDA approves each drug's
# own application (and most OTC products, eye drops among them, are marketed under a
# monograph with none): no approval covers a seller's range, unless it names the approved
# drugs it holds.
_WHOLE_RANGE = re.compile(r"\b(?:all\s+(?:of\s+)?our|(?:our\s+)?entire\s+(?:catalog(?:ue)?|range|"
                          r"line|inventory|selection|stock)|every(?:thing)?\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:in|on|from)\s+our\s+(?:catalog(?:ue)?|store|shop|range|line|"
                          r"inventory|stock|selection))\b", re.IGNORECASE)
# A clinic's own plan of care, which the FDA neither registers nor approves.
_PLAN = re.compile(r"\b(?:protocols?|programs?)\b", re.IGNORECASE)


def _approved_outside_label(text: str, status: re.Match[str], spec: StatusSpec,
                            answered: bool, ctx: Context) -> tuple[LabelledDrug, str] | None:
    """An approval said of an approved drug of labelled-uses.yaml, in a sentence that names
    a condition none of its labelled uses names, told by the seller (its "we" or "our", or
    the yes of an FAQ answer to the question that holds the status): "The testosterone we
    prescribe is FDA approved, so men with age-related low T can start", "Is testosterone
    therapy FDA approved for andropause? Yes." The drug is approved, but not for that use
    (the rule's "not approved for that use"). Not when a labelled use is named too ("our
    testosterone is FDA-approved for hypogonadism, not for aging"), nor for a condition told
    as a risk ("FDA-approved, but it can raise the risk of blood clots"), nor a use said to
    be off-label. A drug or a condition the text does not name may be named by its lead, a
    card's title or a list's intro ("Testosterone for Andropause" over "FDA-approved, $129 a
    month"); a page that puts names up for sale speaks as the seller."""
    if spec.labelled is None or spec.conditions is None \
            or _APPROVAL_WORD.search(status.group(0)) is None:
        return None
    lead = "" if answered else ctx.lead
    # ("FDA-approved weight loss": the approval given to the use itself, whoever tells it)
    use_given = spec.labelled.use_names.match(text, status.end() + 1) \
        if text[status.end():status.end() + 1] in (" ", "-") else None
    if not (answered or ctx.offered or _OUR.search(text) or (lead and _OUR.search(lead))
            or _USE_INVITED.search(text, status.end()) or use_given) \
            or _OFF_LABEL_SAID.search(text) or (lead and _OFF_LABEL_SAID.search(lead)):
        return None
    # the conditions and the drug's names of the text, else of its lead (and the uses a
    # label names that no condition set holds: "Ozempic weight-loss injections ... are FDA
    # approved" gives Ozempic the use only Wegovy's label names)
    named_use = spec.labelled.use_names.search
    where = text if spec.conditions.search(text) or named_use(text) else lead
    conditions = _conditions_and_uses(where, spec) if where else []
    if not conditions:
        return None
    names = [(n, text) for n in spec.labelled.names.finditer(text)] or \
        ([(n, lead) for n in spec.labelled.names.finditer(lead)] if lead else [])
    if not names and not answered and ctx.previous and (
            _POINTER_SUBJECT.match(text) or (use_given and status.start() == 0)):
        # "Ivermectin has been used safely for forty years. It is FDA approved, so you can
        # take it for the virus": the approval is said of the drug the sentence before names
        # (as it is by a fragment that opens with it: "Ozempic for the win! FDA-approved
        # weight loss, once a week.")
        names = [(n, ctx.previous) for n in spec.labelled.names.finditer(ctx.previous)]
    for name, named_in in names:
        drug = spec.labelled.drug(name.group(0))
        if drug is None or (named_in is where and any(
                c.start() <= name.start() < c.end() for c in conditions)):
            continue  # ("low testosterone": the drug's name inside the condition's)
        outside, matched = [], []
        for c in conditions:
            start = clause_at(where, c.start())[0]
            if negated(where[start:c.start()]) or _RISK_BEFORE.search(where[start:c.start()]):
                continue
            use = drug.covers(c.group(0), where[max(0, c.start() - 24):c.start()],
                              where[c.end():c.end() + 24])
            (matched if use is not None else outside).append(c.group(0))
        if outside and not matched:
            return drug, ", ".join(dict.fromkeys(outside))
    return None


def _conditions_and_uses(text: str, spec: StatusSpec) -> list[TermMatch | re.Match[str]]:
    """The conditions of the text, and the labelled uses it names outside them."""
    assert spec.conditions is not None and spec.labelled is not None
    found: list[TermMatch | re.Match[str]] = list(spec.conditions.finditer(text))
    return found + [use for use in spec.labelled.use_names.finditer(text)
                    if not any(c.start() < use.end() and use.start() < c.end() for c in found)]


# The approval given as the reader's warrant to use the drug ("It is FDA approved, so you can
# take it for the virus", "FDA-approved, so it is safe to use for COVID"): the use is offered
# to the reader, as the seller's "we" offers it.
_USE_INVITED = re.compile(r"\bso\s+(?:(?:it\s+is|it['\u2019]s)\s+(?:safe|fine|okay|OK)\s+to\s+"
                          r"(?:use|take)|you\s+can\s+(?:safely\s+)?(?:use|take)\s+(?:it|them))\b",
                          re.IGNORECASE)
# A condition told as a drug's risk or side effect, not as its use: "it can raise the risk
# of blood clots", "side effects include acne", "may cause sleep apnea to worsen".
_RISK_BEFORE = re.compile(r"\b(?:risks?|dangers?|side[- ]effects?|adverse|warnings?|caus(?:e|es|"
                          r"ed|ing)|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|worsen(?:s|ed|"
                          r"ing)?|trigger(?:s|ed|ing)?|lead(?:s|ing)?\s+to)\b", re.IGNORECASE)


def _fired_outside_label(verdict: Verdict, drug: LabelledDrug, outside: str) -> Verdict:
    verdict.stopped_by = None
    verdict.notes.append(f"{drug.name} is FDA-approved for "
                         f"{'; '.join(_use_words(u) for u in drug.uses)}, not for {outside!r} "
                         f"(label: {drug.label})")
    verdict.product = f"{drug.name} (approved, not for {outside})"
    verdict.fired = True
    return verdict


# An answer that ends in its yes: "Our lab is FDA registered, so yes."
_YES_LAST = re.compile(r"\b(?:so|therefore|which\s+means|meaning|and\s+so)\s*,?\s+"
                       r"(?:yes|it\s+is|they\s+are)\s*[.!]?\s*$", re.IGNORECASE)


# Advice on what to buy, said of no device of the seller's: "look for an FDA-registered
# hearing aid", "make sure the TENS unit is FDA approved", "buy only ...".
_ADVICE_BEFORE = re.compile(r"\b(?:look\s+for|check(?:ing)?(?:\s+(?:that|whether|if|for))?|"
                            r"make\s+sure|ensure|verify|(?:buy|use|choose)\s+only|only\s+"
                            r"(?:buy|use|choose))\b[^.;:!?]*$", re.IGNORECASE)
# A registration's device as its subject: "our device is registered with the FDA", "every
# hearing device we sell is FDA registered".
_SUBJECT_GAP = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:is|are|was|were|has\s+been|have\s+been)"
                          r"\s+(?:(?:all|fully|officially|also|both)\s+)?$", re.IGNORECASE)


def _device_never_approved(text: str, status: re.Match[str], spec: StatusSpec,
                           ctx: Context) -> str | None:
    """A device of a kind the FDA clears or exempts and never approves ("FDA-approved hearing
    aids", "a TENS unit with FDA approval", in the sentence or its lead: a card's title),
    given an approval or a registration; or a device itself given a registration ("an
    FDA-registered medical device", "every hearing device we sell is FDA registered"). Not
    a clearance, which many devices of these kinds have, nor advice on what to buy."""
    phrase = status.group(0)
    approval = _APPROVAL_WORD.search(phrase) is not None
    registration = spec.registration is not None and \
        spec.registration.search(phrase) is not None
    if not (approval or registration) or (not approval and _CLEARANCE_WORD.search(phrase)):
        return None
    start, end = clause_at(text, status.start())
    if _ADVICE_BEFORE.search(text[start:status.start()]):
        return None
    if spec.cleared_only is not None:
        kind = spec.cleared_only.search(text) or (
            spec.cleared_only.search(ctx.lead) if ctx.lead else None)
        if kind is not None:
            return f"{kind.group(0)} (a device kind the FDA clears or exempts, never approves)"
    if registration and not approval and spec.registered_heads is not None:
        rest = text[status.end():end]
        head = spec.registered_heads.search(rest)
        if head is not None and _ATTRIBUTIVE.fullmatch(rest[:head.start()]):
            return f"{head.group(0)} (registered, which no device's approval is)"
        for head in spec.registered_heads.finditer(text[start:status.start()]):
            if _SUBJECT_GAP.fullmatch(text[start + head.end():status.start()]):
                return f"{head.group(0)} (registered, which no device's approval is)"
    return None


def _device_status_outside(text: str, status: re.Match[str], spec: StatusSpec,
                           ctx: Context) -> str | None:
    """A status a device kind of device-classes.yaml (the subject of the status, the noun it
    is said of, or the kind its lead or the sentence before names) holds for none of the uses
    it is given for: an approval for uses none of the kind's PMA classifications names ("our
    lasers are FDA approved for acne and rosacea": dermatology lasers are cleared, 21 CFR
    807.97), or a clearance for a condition none of its cleared or exempt classifications
    names ("an infrared sauna ... FDA cleared ... for pain relief": the lamps are cleared
    for the temporary relief of minor muscle and joint pain; "a CES device cleared for
    depression": a use the regulation keeps in Class III). Not a kind whose cleared uses are
    not all written, nor a status given for no use."""
    if spec.devices is None or _ADVICE_BEFORE.search(text, 0, status.start()):
        return None
    found = _device_kind(text, status, spec.devices, ctx)
    if found is None:
        return _uses_of_kinds_apart(text, status, spec)
    kind, after, subject = found
    opener = _DEVICE_USE.match(text, after)
    if opener is None:
        return None
    uses = _uses_given(text, opener.end())
    if _APPROVAL_WORD.search(status.group(0)):
        # (an approval the FDA is said to have given a kind, "the FDA has approved lasers for
        # ...", speaks of the kind, not of the seller's device; some of a kind are approved)
        if kind.never_approved or not subject or any(
                c.uses is not None and c.uses.search(uses)
                for c in kind.classifications if c.approved):
            return None  # (never approved: `_device_never_approved` reads it)
        return f"{kind.kind} (cleared, not approved, for {uses.strip()!r}: 21 CFR 807.97)"
    if not _CLEARANCE_WORD.search(status.group(0)) or not kind.scoped \
            or spec.conditions is None:
        return None
    # (an item that names a condition or a pain: not "specific uses", not who it is for)
    items = [item for item in _use_items(uses)
             if spec.conditions.search(uses[item[0]:item[1]]) is not None
             or _PAIN.search(uses, item[0], item[1]) is not None]
    covered = _covered(items, kind, uses, approved=False)
    outside = [item for item in items if item not in covered]
    if not outside:
        return None
    named = ", ".join(uses[start:end] for start, end in outside)
    return f"{kind.kind} (cleared under {_kind_scope(kind)} for its listed uses, not for {named!r})"


_PAIN = re.compile(r"\b(?:pains?|aches?)\b", re.IGNORECASE)


# Where the uses a device's status is given for open: "... cleared (by the FDA) (as a medical
# device) for | ...", "approved to treat | ...".
_DEVICE_USE = re.compile(r"(?:\s+by\s+the\s+(?:U\.?S\.?\s+)?FDA)?(?:\s+as\s+an?\s+"
                         r"(?:[\w-]+\s+){0,2}?devices?)?\s+(?:for|to\s+(?:treat|relieve|reduce|"
                         r"improve|ease|manage|help(?:\s+with)?))\s+(?:the\s+(?:treatment|relief)"
                         r"\s+of\s+)?", re.IGNORECASE)


def _device_kind(text: str, status: re.Match[str], devices: DeviceClasses,
                 ctx: Context) -> tuple[DeviceKind, int, bool] | None:
    """The device kind a status is said of, and where the words after the status and its
    noun begin: the kind in the status's clause before it ("our lasers are FDA approved"),
    the noun an attributive status qualifies ("an FDA-cleared TENS unit for ..."), or, for a
    status with no subject of its own, the kind its lead names (a card's title, an FAQ's
    question) or the sentence before names, when the sentence points back to it ("It is FDA
    cleared ..."); and whether the kind is the status's subject (not the noun it qualifies)."""
    start, end = clause_at(text, status.start())
    before = devices.kind_at(text, start, status.start())
    if before is not None:
        return before[0], status.end(), True
    after = devices.kind_at(text, status.end(), end)
    if after is not None and _ATTRIBUTIVE.fullmatch(text, status.end(), after[1].start()):
        return after[0], after[1].end(), False
    for other, said in ((ctx.lead, not text[start:status.start()].strip(_OPENERS)),
                        (ctx.previous, points_back(text))):
        named = devices.kind_at(other) if other and said else None
        if named is not None:
            return named[0], status.end(), True
    return None


def _uses_of_kinds_apart(text: str, status: re.Match[str], spec: StatusSpec) -> str | None:
    """A clearance said of a device no kind of device-classes.yaml names ("an FDA-cleared
    medical device", a trade name), given for conditions one of which is the cleared use of a
    kind (anxiety, a cranial electrotherapy stimulator's) and another that kind's use the
    regulation keeps in Class III (depression): "... for depression, anxiety and chronic
    pain" claims a clearance no device of the kind the uses describe can have. (Conditions
    merely of different kinds are no such claim: one device may hold several clearances.)"""
    if spec.devices is None or spec.conditions is None \
            or not _CLEARANCE_WORD.search(status.group(0)):
        return None
    _, end = clause_at(text, status.start())
    noun = _ATTRIBUTIVE_NOUN.match(text, status.end(), end)
    opener = _DEVICE_USE.match(text, noun.end() if noun else status.end())
    if opener is None:
        return None
    uses = _uses_given(text, opener.end())
    conditions = [(c.start(), c.end()) for c in spec.conditions.finditer(uses)]
    if len(conditions) < 2:
        return None
    for kind in spec.devices.kinds:
        cleared = _covered(conditions, kind, uses, approved=False)
        kept = _covered(conditions, kind, uses, approved=True) - cleared
        if cleared and kept:
            named = ", ".join(uses[a:b] for a, b in sorted(kept))
            return (f"{kind.kind} (its cleared uses named, and {named!r}, a use the "
                    f"regulation keeps in Class III: {_kind_scope(kind, approved=True)})")
    return None


def _covered(conditions: list[tuple[int, int]], kind: DeviceKind, uses: str,
             approved: bool) -> set[tuple[int, int]]:
    """The spans of `uses` (its conditions, or its list items) that the kind's PMA
    (`approved`) or cleared and exempt classifications name."""
    spans = [(m.start(), m.end()) for c in kind.classifications
             if c.approved is approved and c.uses is not None for m in c.uses.finditer(uses)]
    return {(start, stop) for start, stop in conditions
            if any(a < stop and start < b for a, b in spans)}


def _uses_given(text: str, at: int) -> str:
    """The uses a status is given for, from `at` to where the list of them ends: the
    sentence's end or a new clause ("..., so it is safe", "... but ..."), not a list's comma
    ("depression, anxiety and chronic pain")."""
    end = _USES_END.search(text, at)
    return text[at:end.start() if end else len(text)]


_USES_END = re.compile(r"[.;:!?]|,?\s+(?:so|but|because|while|whereas|which|who|though|although|"
                       r"if|unless|when)\b|,\s*(?:and|or)\s+(?:it|its|we|our|you|your|they|"
                       r"their|this|these|is|are)\b", re.IGNORECASE)


# The noun an attributive status qualifies, before the use it is given for: "an FDA-cleared
# | medical device | for ...".
_ATTRIBUTIVE_NOUN = re.compile(r"(?:[\s-]+(?!(?:for|to|by|as)\b)[\w-]+){1,3}?(?=\s+(?:for|to)\s)",
                               re.IGNORECASE)


def _use_items(uses: str) -> list[tuple[int, int]]:
    """The items of a list of uses ("acne scars, surgical scars and fine lines"), as spans,
    less those that name no use (who it is for, where it is used: "home use", "adults")."""
    items, at = [], 0
    for joint in [*_LIST_ITEM.finditer(uses), None]:
        end = joint.start() if joint is not None else len(uses.rstrip(" .,;:!?"))
        if uses[at:end].strip() and not _NOT_A_USE.match("for " + uses[at:end].strip()):
            items.append((at, end))
        at = joint.end() if joint is not None else end
    return items


def _kind_scope(kind: DeviceKind, approved: bool = False) -> str:
    """The classifications of a kind the FDA clears (or, `approved`, approves), by their
    sections."""
    return ", ".join(f"21 CFR {c.cfr}" for c in kind.classifications if c.approved is approved)


# A clause of reason before the clause it explains: "Because our exosomes are used ...".
_REASON_CLAUSE = re.compile(r"\b(?:because|since)\b[^,;.]*$", re.IGNORECASE)


# A status noun and the paper that shows it, then what it is for: "the FDA approval paperwork
# for | the amniotic product", "FDA clearance letter for | our exosomes".
_STATUS_OF = re.compile(r"(?:\s+(?:paperwork|papers?|letters?|certificates?|documents?|"
                        r"documentation|numbers?))?\s+(?:for|of|on)\s+(?:the|our|this|that|"
                        r"these|those|my|your|his|her|their)\s+", re.IGNORECASE)
_ONE_WORD = re.compile(r"(?:[\w-]+\s+)?")


def _approval_names_product(text: str, status: re.Match[str], spec: StatusSpec) -> bool:
    """Whether a status noun names what it is of, a product of the rule's classes, at most
    a word on ("The doctor showed me the FDA approval paperwork for the amniotic product"):
    the approval is that product's, whoever shows the paper (not the doctor's, who is
    approved care)."""
    gap = _STATUS_OF.match(text, status.end())
    if gap is None:
        return False
    return any(product.start() >= gap.end()
               and _ONE_WORD.fullmatch(text, gap.end(), product.start()) is not None
               for product in spec.products.finditer(text))


def _registration(phrase: str, spec: StatusSpec) -> bool:
    """Whether a status phrase is a registration phrase and nothing more (true of an
    establishment: "FDA-registered pharmacy"), not registration presented as approval."""
    if spec.registration is None:
        return False
    hit = spec.registration.search(phrase)
    return hit is not None and hit.group(0) == phrase


def _status_stop(text: str, status: re.Match[str], spec: StatusSpec,
                 device: bool = False) -> str | None:
    """Negation, denial, attribution, a true approval, or approved care the status is of
    (`device`: the status is an approval or registration of a device kind the FDA never
    approves, so neither that kind as care nor a cleared use makes it true)."""
    start, _ = clause_at(text, status.start())
    # an FAQ answer's opening "No." answers the question, it does not deny the status after
    # it ("Do I need a blood test first? No. Testosterone is FDA approved for any man")
    opener = _ANSWER_PARTICLE.match(text)
    start = max(start, opener.end()) if opener else start
    if negated(text[start:status.start()]) or negated_list(text[opener.end() if opener else 0:
                                                                  status.start()]):
        return "negation before the status"
    for name, pattern in (("denial", DENIAL), ("attribution", ATTRIBUTION),
                          ("a true approval", spec.unless), ("identifies the approved ones",
                                                             _IDENTIFYING)):
        hit = pattern.search(text) if pattern is not None else None
        if hit and pattern is spec.unless:
            # (not the surgery the status is said of: "FDA-Approved Dropless Cataract
            # Surgery" claims an approval the procedure cannot have)
            hit = next((h for h in pattern.finditer(text)
                        if not _said_of_procedure(text, status, h)), None)
        if hit and pattern is DENIAL:
            # the status phrase's own words ("our allografts are 361 tissue and do not need
            # approval") are the claim, not a denial of it
            hit = next((h for h in DENIAL.finditer(text)
                        if not status.start() <= h.start() < status.end()
                        # "I didn't trust them until I saw they were FDA approved": the
                        # status is told in the clause that ends the denial
                        and not _DENIAL_ENDED.search(text[:status.start()], h.end())), None)
        if hit and pattern is spec.unless and _COMPARED.search(text[:hit.start()]):
            continue  # "the same FDA approval as Epidiolex" borrows the approval it names
        if hit and pattern is spec.unless and _REASON_CLAUSE.search(text, 0, hit.start()) \
                and "," in text[hit.end():status.start()]:
            # "Because our exosomes are used off-label, they are FDA approved": the limit is
            # given as the reason the status holds, which it is not
            continue
        if hit:
            return f"{name}: {hit.group(0)!r}"
    if REPORTED.search(text[:status.start()]):
        return "attribution: reported speech"
    needed = _REQUIRED.search(text[start:status.start()])
    if needed:
        # "New drugs need FDA approval", "sold without FDA clearance": a status required or
        # lacking, not one held
        return f"a status required or lacking, not held: {needed.group(0).strip()!r}"
    if "authori" in status.group(0).lower() and (
            _STUDY_AFTER.match(text, status.end())
            or _STUDY_BEFORE.search(text[max(0, status.start() - 40):status.start()])):
        # "available only within this FDA-authorized study": the FDA lets an investigational
        # study proceed (an IND); the status is the study's, not an approval of a product
        return "a study the FDA authorized, not a product's approval"
    care = None if _approval_names_product(text, status, spec) else (
        _approved_subject(text, status, spec, device) or _labelled_subject(text, status, spec))
    if care:
        return f"said of approved care: {care!r}"
    some = _SOME_HOLD.search(text[start:status.start()])
    if some and _UNNAMED_USES.match(text, status.end()) and not _OUR.search(text):
        # "Microneedling devices are regulated as medical devices, and some have FDA clearance
        # for specific uses": a status only some of a kind hold, for uses it does not name,
        # said of no product of ours
        return f"a status some of a kind hold: {some.group(0).strip()!r}"
    kind = _CARE_CLASS.match(text, status.end())
    # "FDA-approved compounded medications": a class named by a product the status is false
    # for is no class of approved care
    # (nor the care a registration is said to equal: "an FDA-registered lab, so it meets the
    # same standards as | prescription drugs")
    if kind and not _OWNED.search(text[max(0, status.start() - 30):status.start()]) \
            and spec.products.search(kind.group(1)) is None \
            and not _rests_on_registration(status.group(0), spec):
        # "programs that use FDA-approved medicines": the class of approved care, owned by
        # no one here, not a status said of the product
        return f"a class of approved care: {status.group(0)} {kind.group(1)!r}"
    past = _PAST_STATUS.search(text[start:status.start()])
    if past:
        # "Sermorelin was once FDA-approved ..., but the brand was discontinued": a status
        # the sentence says is past, not one held now
        return f"a status no longer held: {past.group(0).strip()!r}"
    asked = _ASKED_STATUS.search(text[start:status.start()])
    if asked:
        # "Ask whether a treatment is FDA-approved for your condition", a list item
        # "Whether it is FDA-approved": a status asked about, not held
        return f"a status asked about, not held: {asked.group(0).strip()!r}"
    if _HYPOTHETICAL_BEFORE.search(text[start:status.start()]) \
            and (head := _HYPOTHETICAL_HEAD.match(text, status.end())) is not None \
            and spec.products.search(head.group(0)) is None:
        # "When an FDA-approved product is available, our clinicians prescribe it": an
        # approved one supposed, said of no product
        return f"an approved product supposed, not named: {status.group(0)}{head.group(0)}"
    for product, uses in () if device else spec.cleared:
        use = uses.search(text)
        if use is not None and _named_apart(text, status, product, uses) \
                and not _uncleared_beside(text, status, uses) \
                and not _uncleared_listed(text, status, uses, spec.conditions) \
                and not _registration_as_approval(status.group(0), spec):
            return f"a cleared use: {use.group(0)!r}"
    return None


# A device by its noun, or a trade name by its shape (an inner capital: "BioHealer", "MedBed").
_DEVICE_NOUN = re.compile(r"\b(?i:devices?|machines?|beds?|mats?|pads?|generators?|domes?|"
                          r"chambers?|blankets?|wearables?|helmets?|headsets?|wands?|pods?|"
                          r"bands?|lamps?)\b|\b[A-Z][a-z]+[A-Z]\w*")
# A status the agency is said to give (its verb), not one said of a product: "the FDA has
# approved a device for glioblastoma" tells of an approval, not of the seller's device.
_AGENCY_VERB = re.compile(r"(?:the\s+(?:U\.?S\.?\s+)?(?:FDA|Food\s+and\s+Drug\s+Administration)\s+"
                          r"(?:has\s+|have\s+)?|(?:FDA|Food\s+and\s+Drug\s+Administration)\s+"
                          r"(?:has|have)\s+)(?:approv|clear)", re.IGNORECASE)
# A device that finds a disease, not one that treats it ("FDA-cleared test for Alzheimer's").
_DIAGNOSTIC = re.compile(r"\b(?:tests?|testing|scans?|scanners?|screen(?:s|ing)?|detect\w*|"
                         r"diagnos\w*|monitor\w*|imaging|biomarkers?|assays?)\b", re.IGNORECASE)


def _grave_use_of_unknown_device(text: str, status: re.Match[str], spec: StatusSpec,
                                 ctx: Context) -> str | None:
    """A status said of a device (by its noun or a trade name's shape: the noun an
    attributive status qualifies, the subject of its clause, or the name a fragment's lead
    gives) that no lexicon knows, in a sentence that gives it a grave disease to treat ("the
    FDA-cleared BioHealer under my bed has been shrinking my tumors", "The FDA-Approved
    MedBed for Terminal Cancer"): the device holding such a status would be a Class III
    device approved for that use, or of a kind cleared for it, and device-classes.yaml names
    both. Not a device that finds a disease, one named with approved care, a grave disease
    told as negated, nor an approval the FDA is said to have given."""
    if spec.grave_uses is None or _AGENCY_VERB.match(status.group(0)):
        return None
    start, end = clause_at(text, status.start())
    head = _DEVICE_NOUN.search(text, status.end(), end)
    if head is not None and not _ATTRIBUTIVE.fullmatch(text, status.end(), head.start()):
        head = None
    if head is None:
        subject = [h for h in _DEVICE_NOUN.finditer(text, start, status.start())
                   if _COPULA.search(text, h.end(), status.start())]
        head = subject[-1] if subject else None
    name = head.group(0) if head is not None else None
    if name is None and not text[:status.start()].strip(_OPENERS) and ctx.lead:
        found = _LEAD_NAMES.match(ctx.lead)
        name = found.group("name") if found is not None else None
    if name is None:
        return None
    grave = spec.grave_uses.search(text, status.end())
    if grave is None and head is not None and head.start() < status.start():
        grave = spec.grave_uses.search(text, head.end())
    # (approved care named in the status's own clause: "My oncologist had run out of
    # options, but the FDA-cleared BioHealer ..." names care apart from the device)
    clause = text[start:end]
    if grave is None or negated(text[clause_at(text, grave.start())[0]:grave.start()]) \
            or _DIAGNOSTIC.search(text) or _care_terms(clause, spec) \
            or approved_names(clause, spec) or (spec.devices is not None
                                                and spec.devices.kind_at(text) is not None):
        return None
    return f"{name} (a device of no known kind, given a status for {grave.group(0)!r})"


# A surgery or a procedure (in the words of the rule's entities and its `unless`).
_PROCEDURE = re.compile(r"\b(?:surger(?:y|ies)|surgical|procedures?|operations?)\b", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|were|been)\b", re.IGNORECASE)


def _said_of_procedure(text: str, status: re.Match[str], found: re.Match[str]) -> bool:
    """Whether `found`, a surgery or a procedure, is what the status is said of: the head of
    an attributive status ("FDA-Approved Dropless Cataract | Surgery") or the subject of its
    clause ("Our PRP procedure | is FDA approved"), not the use an approval is given for
    ("approved as an anesthetic for surgery")."""
    if _PROCEDURE.fullmatch(found.group(0)) is None:
        return False
    if found.start() >= status.end():
        return _ATTRIBUTIVE.fullmatch(text, status.end(), found.start()) is not None
    start, _ = clause_at(text, status.start())
    return found.start() >= start and _COPULA.search(text, found.end(), status.start()) is not None


def _procedure_approval_true(text: str, status: re.Match[str], entity: str,
                             spec: StatusSpec) -> str | None:
    """What makes an approval said of a procedure the approval of what it is done with: an
    approved drug or approved care named before the status ("Botox is an FDA-approved
    procedure for frown lines"), or a use some device kind of device-classes.yaml holds a
    premarket approval for, naming the procedure ("LASIK is an FDA-approved procedure",
    "FDA-approved laser vision correction surgery": excimer lasers are approved for it model
    by model)."""
    if _PROCEDURE.fullmatch(entity) is None:
        return None
    # (the procedure's own words: its clause before the status, or the words the status
    # qualifies up to the procedure's noun)
    after = _PROCEDURE.search(text, status.end())
    named = text[:after.end()] if after is not None \
        and _ATTRIBUTIVE.fullmatch(text, status.end(), after.start()) else text[:status.start()]
    before = text[:status.start()]
    drug = approved_names(before, spec) or _care_terms(before, spec) or (
        list(spec.labelled.names.finditer(before)) if spec.labelled is not None else [])
    if drug:
        return f"approved care named: {drug[0].group(0)!r}"
    device = _named_device(text, status, named, spec)
    if device:
        return f"a device named: {device!r}"
    if spec.devices is None:
        return None
    for kind in spec.devices.kinds:
        for c in kind.classifications:
            use = c.uses.search(named) if c.approved and c.uses is not None else None
            if use is not None:
                return f"{use.group(0)} ({kind.kind}, 21 CFR {c.cfr})"
    return None


def _named_device(text: str, status: re.Match[str], named: str, spec: StatusSpec) -> str | None:
    """A name in a procedure's own words, capitalized in a sentence that is not in title case
    and not its first word ("The WATCHMAN procedure is FDA approved", "the Inspire procedure"):
    the device the procedure implants, whose approval the status may be (not a product of the
    rule's classes: "Our PRP procedure")."""
    words = _CAPITALIZED.findall(text)
    if len(words) * 2 > len(text.split()):
        return None  # (a heading in title case: "FDA-Approved Dropless Cataract Surgery")
    first = re.search(r"\w", text)
    for name in _CAPITALIZED.finditer(named):
        if (first is not None and name.start() <= first.start()) \
                or status.start() <= name.start() < status.end() \
                or spec.products.search(name.group(0)) is not None:
            continue
        return name.group(0)
    return None


def _named_apart(text: str, status: re.Match[str], product: TermSet, uses: TermSet) -> bool:
    """A product of the kind named in the text other than as the word that opens a cleared
    use the status is given for: the "laser" of "FDA approved for tattoos and laser hair
    removal" names the use, not a laser the status is said of (a subject before the status
    is named: "Our laser hair removal is FDA-cleared")."""
    opened = {use.start() for use in uses.finditer(text) if use.start() >= status.end()}
    return any(not (found.start() >= status.end() and _gap_end(text, found.end()) in opened)
               for found in product.finditer(text))


def _gap_end(text: str, at: int) -> int:
    """Where the next word after `at` begins."""
    return len(text) - len(text[at:].lstrip())


# Only some of a kind as the holder of a status ("and some have", "only a few are"), and the
# status given for uses it does not name ("for specific uses", "for certain indications") or
# for none.
_SOME_HOLD = re.compile(r"(?:^|\b(?:and|but|while|though)\s+)(?:only\s+)?(?:some|a\s+few|certain|"
                        r"several)(?:\s+of\s+(?:them|these|those))?\s+(?:(?:have|has|had|hold|"
                        r"holds|carry|carries|are|is|were|received|got)\s+)?(?:been\s+)?$",
                        re.IGNORECASE)
_UNNAMED_USES = re.compile(r"\s*(?:[.;,]|$|for\s+(?:specific|certain|some|particular|limited|"
                           r"specified|select(?:ed)?|narrow)\s+(?:uses|indications|purposes|"
                           r"conditions|treatments)\b)", re.IGNORECASE)


# A relative clause that opens right before the status ("..., which are FDA-approved"), and
# a capitalized name in the words before it (the relative's antecedent: "MiSight 1 day contact
# lenses").
_RELATIVE_STATUS = re.compile(r",\s*(?:which|that)\s+(?:(?:is|are|was|were|has|have)\s+)?"
                              r"(?:been\s+)?(?:(?:also|now|both|all)\s+)?$", re.IGNORECASE)
_NAMED_HEAD = re.compile(r"\s*[A-Z][\w-]+(?:\s+[\w-]+){0,4}\s*$")


def _kind_only(text: str, spec: StatusSpec) -> bool:
    """Every product the sentence names is a device named by its kind ("an FDA-approved
    laser"), none a product of the rule's other classes ("our laser", "laser therapy")."""
    if spec.kinds is None:
        return False
    named = spec.products.finditer(text)
    return bool(named) and all(
        (kind := spec.kinds.search(found.group(0))) is not None
        and kind.group(0) == found.group(0) for found in named)


def _named_use(text: str, status: re.Match[str], spec: StatusSpec) -> bool:
    """A use the status is given for, after it in its sentence: "FDA-approved laser for
    peripheral neuropathy", "FDA cleared and safe at home for more than 200 conditions" (not
    who uses it, where or how it is bought: "for home use", "to use at home"), or what the
    product is said to do to a condition: "Our FDA-approved laser treats neuropathy" (not a
    condition of the patients it suits: "safe for patients with diabetes")."""
    rest = re.split(r"[.;!?]", text[status.end():], maxsplit=1)[0]
    if any(not _NOT_A_USE.match(rest, purpose.start())
           for purpose in _USE_OPENER.finditer(rest)):
        return True
    effect = _EFFECT_ON.search(rest)
    return effect is not None and spec.conditions is not None \
        and spec.conditions.search(rest[effect.end():]) is not None


# What a product does to a condition, said of it by the sentence that gives its status.
_EFFECT_ON = re.compile(r"\b(?:treat|heal|cure|relieve|reverse|restore|repair|regenerate|"
                        r"eliminate|resolve|fix|fight|prevent|eas)(?:s|es|ed|ing)?\b",
                        re.IGNORECASE)


_USE_OPENER = re.compile(r"\b(?:for|to)\s", re.IGNORECASE)


def _registration_as_approval(phrase: str, spec: StatusSpec) -> bool:
    """Registration presented as an approval ("registered with the FDA as a medical device, so
    it is approved for acne scars"): the approval claimed rests on the registration, which a
    cleared use of the device's kind does not make true."""
    if spec.registration is None:
        return False
    hit = spec.registration.search(phrase)
    return hit is not None and hit.start() == 0 and len(phrase) > hit.end() and \
        re.search(r"\bapprov", phrase[hit.end():], re.IGNORECASE) is not None


# The uses a status is given for, each with its own preposition: "FDA-cleared for pain relief
# and for healing damaged nerves", "cleared to treat acne and to fade stretch marks".
_PURPOSE = re.compile(r"\s+(?:by\s+the\s+(?:FDA|U\.?S\.?\s+FDA)\s+)?(?=(?:for|to)\s)",
                      re.IGNORECASE)
_NEXT_PURPOSE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:also\s+)?(?=(?:for|to)\s)|"
                           r"\s+(?:and|or|as\s+well\s+as|plus)\s+(?:also\s+)?(?=(?:for|to)\s)",
                           re.IGNORECASE)
# What follows "for" or "to" without being a use: who uses it, where, how it is bought.
_NOT_A_USE = re.compile(r"(?:for|to)\s+(?:(?:at-)?home|daily|personal|professional|clinical|"
                        r"in-office|over-the-counter|OTC|prescription|use|sale|purchase|buy|"
                        r"order|adults?|children|kids|teens|all|every(?:one|body)|any(?:one|body)|"
                        r"men|women|patients?|people|clients?|you|your|safety|quality)\b",
                        re.IGNORECASE)


def _cleared_in_context(text: str, status: re.Match[str], spec: StatusSpec,
                        ctx: Context) -> str | None:
    """A cleared use of a product the sentence does not name but its lead does ("Our chamber
    is cleared ... for carbon monoxide poisoning" under "Hyperbaric Oxygen Therapy"), read as
    `_status_stop` reads one the sentence names."""
    if not ctx.lead:
        return None
    for product, uses in spec.cleared:
        use = uses.search(text)
        if use is not None and product.search(text) is None \
                and product.search(ctx.lead) is not None \
                and not _uncleared_beside(text, status, uses) \
                and not _uncleared_listed(text, status, uses, spec.conditions) \
                and not _registration_as_approval(status.group(0), spec):
            return use.group(0)
    return None


def _uncleared_beside(text: str, status: re.Match[str], uses: TermSet) -> bool:
    """A second use given with its own preposition beside a cleared one, itself no cleared
    use: "FDA-cleared for pain relief and for healing damaged nerves" claims the healing too
    (as a condition beside a cleared use does in the disease rule: `_cleared_use`)."""
    rest = re.split(r"[.;!?]", text[status.end():], maxsplit=1)[0]
    opened = _PURPOSE.match(rest)
    if opened is None:
        return False
    chunks = _NEXT_PURPOSE.split(rest[opened.end():])
    return len(chunks) > 1 and any(
        uses.search(chunk) is None and not _NOT_A_USE.match(chunk) for chunk in chunks)


def _uncleared_listed(text: str, status: re.Match[str], uses: TermSet,
                      conditions: TermSet | None) -> bool:
    """A condition listed with a cleared use under the one preposition the status is given
    for, itself no cleared use: "FDA-cleared to treat acne, rosacea and psoriasis" claims the
    rosacea and the psoriasis too (an LED mask is cleared for acne only)."""
    if conditions is None:
        return False
    # (the list ends where a clause or a use denied begins: "..., not for autism")
    rest = re.split(r"[.;:!?]|\b(?:but|while|whereas|although|though|not|never|no)\b",
                    text[status.end():], maxsplit=1)[0]
    opened = _PURPOSE.match(rest)
    if opened is None:
        return False
    listed = rest[opened.end():]
    found = uses.finditer(listed)
    starts = [0] + [joint.end() for joint in _LIST_ITEM.finditer(listed)]
    # an item that opens with a condition no cleared use spans ("joint pain" is inside "minor
    # muscle and joint pain")
    return bool(found) and any(
        named.start() in starts and not any(u.start() <= named.start() < u.end() for u in found)
        for named in conditions.finditer(listed))


# The joints of a list of uses under one preposition ("acne, rosacea and psoriasis").
_LIST_ITEM = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)


# What a status is when it is required, sought or lacking (ConText's hypothetical triggers,
# for status): "need FDA approval", "must be approved by the FDA", "without FDA clearance",
# "pending FDA review", "until the FDA approves".
_REQUIRED = re.compile(
    r"\b(?:needs?|needed|requires?|required|requiring|must(?:\s+first)?(?:\s+(?:have|get|"
    r"receive|obtain|be))?|ha(?:ve|s)\s+to\s+(?:have|get|be|obtain)|seek(?:s|ing)?|"
    r"appl(?:y|ies|ied|ying)\s+for|await(?:s|ing)?|pending|without|lack(?:s|ing)?|until|"
    r"unless)\s+(?:[\w'-]+\s+){0,2}?$", re.IGNORECASE)


# A true approval named as what the product is compared with: "the same approval as
# Epidiolex", "just like Spravato".
_COMPARED = re.compile(r"\b(?:same|similar|equivalent|identical|comparable)\b[^.;]{0,40}\b"
                       r"(?:as|to)\s+(?:the\s+)?$|\b(?:just\s+)?like\s+(?:the\s+)?$",
                       re.IGNORECASE)


def _care_terms(text: str, spec: StatusSpec, device: bool = False) -> list[TermMatch]:
    """Approved care named in the text, less "FDA-approved" and "medication", which the
    approved-care lexicon also holds (and, for an approval of a device kind the FDA never
    approves, less that kind: "FDA-approved hearing aids")."""
    products = [(p.start(), p.end()) for p in spec.products.finditer(text)]
    kinds = [(k.start(), k.end()) for k in spec.cleared_only.finditer(text)] \
        if device and spec.cleared_only is not None else []
    return [care for care in spec.approved.finditer(text)
            if not spec.status.search(care.group(0))
            and not GENERIC_HEAD.fullmatch(care.group(0))
            # (a surgery is care, but no status is true of it: the FDA approves the drugs and
            # devices it uses)
            and not _PROCEDURE.fullmatch(care.group(0))
            # a care word inside a longer name of the rule's products is that product: the
            # "mask" of an "LED mask" (not the "drops" of "eye drops", which care holds whole)
            and not any(start <= care.start() and care.end() <= end
                        and end - start > care.end() - care.start()
                        for start, end in products)
            and not any(start <= care.start() and care.end() <= end for start, end in kinds)
            # (care named by a kind the FDA approves none of is that kind: "homeopathic eye
            # drops", "herbal antibiotics"; the FDA has approved no homeopathic drug)
            and not _NOT_CARE.search(text, 0, care.start())]


def _labelled_subject(text: str, status: re.Match[str], spec: StatusSpec) -> str | None:
    """An approved drug of labelled-uses.yaml before the status in its clause, given it for
    uses its label names and for no other ("Estradiol tablets and patches are FDA-approved to
    treat moderate to severe hot flashes and to prevent osteoporosis after menopause",
    "Testosterone is FDA-approved for hypogonadism"): the status is true of the drug, even
    when a dosage form beside its name is a word of the rule's product classes ("patches").
    Not a drug given the status with no use named ("our ketamine is FDA approved", read as
    before), nor for a use outside its label ("... for depression")."""
    if spec.labelled is None or spec.conditions is None:
        return None
    start, _ = clause_at(text, status.start())
    conditions = [c for c in spec.conditions.finditer(text[start:]) if c.start() + start
                  >= status.end()]
    if not conditions:
        return None
    for name in spec.labelled.names.finditer(text[start:status.start()]):
        drug = spec.labelled.drug(name.group(0))
        if drug is None:
            continue
        rest = text[start:]
        if all(drug.covers(c.group(0), rest[max(0, c.start() - 24):c.start()],
                           rest[c.end():c.end() + 24]) is not None for c in conditions):
            return name.group(0)
    return None


def _approved_subject(text: str, status: re.Match[str], spec: StatusSpec,
                      device: bool = False) -> str | None:
    """Approved care before the status in its clause ("Spravato is FDA-approved"), or right
    after an attributive status ("FDA-approved antidepressants"), or named before a clause
    whose subject points back to it ("Ozempic and Wegovy are the approved products, and
    their quality is reviewed by the FDA")."""
    start, _ = clause_at(text, status.start())
    if start > 0 and _POINTER_CLAUSE.match(text, start):
        before = [care for care in _care_terms(text, spec, device) if care.end() <= start]
        if before and spec.products.search(text[before[-1].end():status.start()]) is None:
            return before[-1].group(0)
    # (the brand names of approved drugs too, written as names, for this reading only)
    named = sorted(_care_terms(text, spec, device) + approved_names(text, spec),
                   key=lambda care: care.start())
    for care in named:
        if care.end() <= start and _BRACKET_GAP.fullmatch(text, care.end(), start) \
                and spec.products.search(text) is None and not _OUR.search(text) \
                and not _COMPARED.search(text, 0, status.start()):
            # the care named with another name in brackets is the subject of the clause after
            # them: "lisdexamfetamine (Vyvanse) is FDA-approved for ..."
            return care.group(0)
    for name in approved_names(text, spec):
        # (its clause opens after the brand's brackets: "Brisdelle (paroxetine 7.5 mg) is")
        opens = clause_at(text, name.start())[0] if name.end() <= start \
            and _BRACKET_GAP.fullmatch(text, name.end(), start) else start
        # (a drug of labelled-uses.yaml is read by its label's uses: _labelled_subject)
        if _SUBJECT_OPENS.fullmatch(text, opens, name.start()) \
                and name.end() < status.start() and not _OUR.search(text) \
                and (spec.labelled is None or spec.labelled.drug(name.group(0)) is None) \
                and not _COORDINATED.search(re.sub(r"\([^()]*\)", "", text[name.end():
                                                                        status.start()])):
            # an approved drug's brand, written as a name, opening the status's clause
            # ("Brisdelle (paroxetine 7.5 mg) is a non-hormonal capsule approved by the FDA
            # for ..."): the status is the brand's, and the dosage form said of it is its form
            return name.group(0)
    for care in _care_terms(text, spec, device):
        if start <= care.start() < status.start() or (
                care.end() <= status.start()
                and _APPOSITION.fullmatch(text[care.end():status.start()])):
            return care.group(0)
        if care.end() <= status.start() and _DESCRIBED_SUBJECT.fullmatch(
                text[care.end():status.start()]) and not _COMPARED.search(text[:care.start()]):
            # the care as the subject, described between commas before its verb: "Kymriah, a
            # CAR-T cell therapy, is FDA-approved", "Vowst, taken as capsules, is approved"
            # (the description's kind word, "cell therapy", "capsules", is the care's)
            return care.group(0)
        gap = text[status.end():care.start()]
        # an attributive status is said of the first head after it: "The FDA-Approved LED
        # Mask Dermatologists Love" says it of the mask, not of the dermatologists
        if care.start() >= status.end() and _ATTRIBUTIVE.fullmatch(gap) \
                and not _COMPARED.search(text[:care.start()]) \
                and spec.products.search(gap) is None and not _SUBSTANCE_HEAD.search(gap):
            return care.group(0)
    return None


# What joins a second subject to a brand that opens its clause ("Brisdelle and Menoease are
# ...", "Brisdelle, like Menoease, ..."), outside brackets; the opening before the brand is
# _SUBJECT_OPENS's (punctuation, an article: "The Brisdelle capsule").
_COORDINATED = re.compile(r"\b(?:and|or|nor|plus|like|unlike|versus|vs|than|with)\b|&|/",
                          re.IGNORECASE)
# A clause whose subject points back: "..., and their quality is reviewed by the FDA".
_POINTER_CLAUSE = re.compile(r"\W*(?:and\s+|but\s+|so\s+|while\s+)?(?:their|its|they|it|"
                             r"these|both)\b", re.IGNORECASE)
# A study or trial the status is said of: "this FDA-authorized study", "a trial authorized by
# the FDA".
_STUDY_AFTER = re.compile(r"[\s-]*(?:[\w-]+\s+){0,2}?(?:clinical\s+)?(?:stud(?:y|ies)|trials?)\b",
                          re.IGNORECASE)
_STUDY_BEFORE = re.compile(r"\b(?:stud(?:y|ies)|trials?)\s+(?:(?:is|are|was|were|has\s+been|"
                           r"have\s+been)\s+)?$", re.IGNORECASE)
# A description set off by commas between the care and its verb ("Kymriah, a CAR-T cell
# therapy, is ...", "Vowst, taken as capsules, is ..."); not a second subject or a comparison
# ("Wegovy, and our semaglutide, are ...", "Ozempic, like ours, is ...").
_DESCRIBED_SUBJECT = re.compile(
    r"\s*,\s*(?=\S)(?!(?:and|or|but|like|unlike|plus|as\s+well\s+as|along\s+with|together\s+with|"
    r"than|not|nor|our|ours|we)\b)[^,;:.!?]{1,60},\s*(?:is|are|was|were|has\s+been|have\s+been)"
    r"\s+(?:(?:also|both|all|now|fully)\s+)?", re.IGNORECASE)
# The status in an apposition to the care: "Laviv, an FDA-approved cell therapy".
_APPOSITION = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+)?", re.IGNORECASE)
# A drug substance as the head an attributive status is said of: "the same FDA-approved
# compound doctors prescribe" says it of the compound, not of the doctors.
_SUBSTANCE_HEAD = re.compile(r"\b(?:compounds?|ingredients?|molecules?|substances?|"
                             r"cannabinoids?)\b", re.IGNORECASE)


def _entity(text: str, status: re.Match[str], spec: StatusSpec) -> str | None:
    """Something the FDA never approves, named with the status: "FDA-approved pharmacy",
    "an FDA-approved compounding lab", "our lab is FDA approved"."""
    rest = text[status.end():]
    after = spec.entities.search(rest)
    if after is not None and _ATTRIBUTIVE.fullmatch(rest[:after.start()]):
        return after.group(0).strip()
    start, _ = clause_at(text, status.start())
    before = list(spec.entities.finditer(text[start:status.start()]))
    between = text[start + before[-1].end():status.start()] if before else ""
    if before and (re.search(r"\b(?:is|are|was|were|been)\b", between)
                   or _RELATIVE.fullmatch(between)) \
            and not _product_subject(between, spec):
        return before[-1].group(0).strip()
    return None


# The copula between a subject and its status: "our CBD is FDA compliant".
_COPULA_GAP = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|stays?)\s+"
                         r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


def _product_subject(between: str, spec: StatusSpec) -> bool:
    """A product of ours as the status's own subject, nearer than the establishment named
    before it: "Our FDA-registered lab guarantees our CBD is FDA compliant" says it of the
    CBD ("Our lab, which makes our CBD oils, is FDA registered" still says it of the lab)."""
    found = spec.products.finditer(between)
    return bool(found) and _COPULA_GAP.fullmatch(between[found[-1].end():]) is not None


# A relative clause whose subject is the agency: "a facility (that) the FDA signs off on".
_RELATIVE = re.compile(r"\s*(?:that\s+|which\s+)?", re.IGNORECASE)


# An approval (a drug's or a biologic's), not a clearance, a registration or a listing: a
# device the page sells by its trade name may well be cleared, and no lexicon lists devices.
_APPROVAL_WORD = re.compile(r"approv", re.IGNORECASE)
# A clearance, a device's status on the premarket notification pathway.
_CLEARANCE_WORD = re.compile(r"clear", re.IGNORECASE)


def _offered_status(text: str, spec: StatusSpec, ctx: Context) -> str | None:
    """A name the page puts up for sale (marked (R)/(TM), or a product card's title over its
    price), in the sentence or its lead, that neither approved care nor the approved-drug
    vocabulary knows: the seller's own product, whose approval no lexicon can vouch for
    ("Magic Green\u00ae is FDA-approved to treat anxiety"; not "Lipitor\u00ae is FDA
    approved")."""
    name = _offered_name(text, spec, ctx)
    return f"{name} (offered for sale on the page)" if name else None


def _status_product(text: str, status: re.Match[str], spec: StatusSpec, ctx: Context,
                    page_mention: str | None) -> str | None:
    """A product of the rule's classes the status is said of: in the sentence, in its lead,
    or, when the sentence names no one else's product ("FDA-approved injections"), the page's
    product (its title/h1, or a page class mentioned on the page)."""
    own = spec.products.search(text)
    relative = _RELATIVE_STATUS.search(text[:status.start()])
    head_at = max(text.rfind(",", 0, relative.start()), text.rfind(";", 0, relative.start())) + 1 \
        if relative is not None else 0
    if own is not None and relative is not None and 0 < head_at and own.end() <= head_at \
            and not spec.products.search(text[head_at:status.start()]) \
            and _NAMED_HEAD.match(text[head_at:relative.start()]) \
            and not _OUR.search(text):
        # a status in a relative clause is said of the name right before it, not of a
        # product named earlier in the sentence ("Low-dose atropine drops ..., MiSight 1 day
        # contact lenses, which are FDA-approved to slow myopia")
        return None
    if own is not None and spec.labelled is not None:
        # an approved drug of labelled-uses.yaml as the subject of its approval: a product
        # word in the use the approval is given for is the use's, not the subject ("Botox
        # Cosmetic is FDA approved for frown lines and platysma bands": no bands for sale)
        start, end = clause_at(text, status.start())
        use_at = start + _use_start(text[start:end], status.end() - start)
        # (not the seller's own product named in the use: "approved for our IV drips"; the
        # use runs on through its list's commas, to a new subject: "..., and our
        # compounded semaglutide is approved too" names ours; the name may stand before a
        # bracket that opens the clause: "Botox Cosmetic (onabotulinumtoxinA) is FDA approved")
        turn = _NEW_SUBJECT.search(text, use_at) if use_at < end else None
        use_end = turn.start() if turn is not None else len(text)
        if use_at < end and use_at <= own.start() and own.end() <= use_end \
                and not _OUR.search(text, use_at, own.end()) \
                and any(n.end() <= status.start()
                                         for n in spec.labelled.names.finditer(text)):
            own = None
    if own is not None:
        return own.group(0)
    if ctx.lead:
        lead = spec.products.search(ctx.lead)
        if lead is not None:
            return f"{lead.group(0)} (in its lead)"
    if _APPROVAL_WORD.search(status.group(0)):
        # an approval with no subject of its own, under an intro that names the product it is
        # said of ("Why our clients love the PICO Toner:" over "FDA approved for cellulite";
        # a heading "Mens Maximum: FDA Approved Male Energy"), a name no lexicon knows as
        # approved care: the seller's own product, as a name offered for sale is
        named = _status_lead_name(text, status, spec, ctx)
        if named:
            return named
    if ctx.previous and points_back(text):
        # "We now offer exosome injections. They are FDA approved": said of what the sentence
        # before names (of approved care it is true: "Spravato is approved for depression.
        # It is FDA approved and given in a certified clinic")
        before = spec.products.search(ctx.previous)
        care = [c for c in spec.approved.finditer(ctx.previous)
                if not _NOT_ANTECEDENT.search(c.group(0))]
        if before is not None and not (care and care[0].start() < before.start()):
            return f"{before.group(0)} (named in the sentence before)"
        if care:
            return None
    offered = _offered_status(text, spec, ctx) if _APPROVAL_WORD.search(status.group(0)) \
        else None
    if offered:
        return offered
    asked = _asked_of(text, status, spec, ctx)
    if asked:
        return asked
    # (a list under a lead that speaks of the seller's own offer, "Why order from us:", says
    # its lines of the seller's goods: "FDA-approved semaglutide" there is "our semaglutide")
    unbranded = _unbranded(text, spec, owned=bool(ctx.lead and _OWN_PROMISE.match(ctx.lead))) \
        or (_unbranded(ctx.lead, spec) if ctx.lead else None)
    if unbranded:
        return f"{unbranded} (the seller's, unbranded)"
    # the clauses the status phrase spans: "Made in an FDA-inspected lab, so you know it's
    # approved" says it of "it"
    start, _ = clause_at(text, status.start())
    _, end = clause_at(text, max(status.start(), status.end() - 1))
    clause = text[start:end]
    # (not a head inside the use the status is given for: "a nerve stimulator is cleared by
    # the FDA for the acute treatment of migraine" says nothing of a treatment of ours)
    subject = clause[:_use_start(clause, status.end() - start)]
    generic = GENERIC_HEAD.search(subject) or (spec.generic_heads is not None
                                               and spec.generic_heads.search(subject))
    # a fragment that opens with the status has no subject of its own: a card's or a list's
    # line ("FDA registered and approved for arthritis pain.") speaks of the page's product
    elided = not text[:status.start()].strip(_OPENERS)
    if not (generic or elided) or _names_another(clause, spec):
        return None
    if ctx.lead and _care_terms(ctx.lead, spec):
        # under a card title or heading that names approved care ("Brand-name Wegovy"), the
        # generic name ("FDA-approved semaglutide, covered by your plan") stands for it
        return None
    if ctx.page_product is not None:
        return f"{ctx.page_product.group(0)} (the page's topic)"
    if page_mention:
        return f"{page_mention} (on the page)"
    if ctx.testimonial and not _story_names_care(text, ctx, spec):
        # "I only bought it because it's FDA approved", "the pen is FDA approved": a
        # customer's story vouching for the approval of what they bought, the seller's claim
        # told in the endorser's voice (the FTC's Endorsement Guides, 16 CFR 255.1(a)), when
        # the story names no approved care the approval could be true of
        return "the product the customer's story tells of"
    if elided and ctx.lead and _OWN_PROMISE.match(ctx.lead) \
            and not text[status.end():].strip(" .!"):
        # "Our promise:" over "Approved by the U.S. Food and Drug Administration": a line
        # that is the status alone, in a list of what the seller promises of its own offer
        return f"the seller's offer ({ctx.lead.strip()!r})"
    return None


# A list's lead that speaks of the seller's own offer: "Our promise:", "Why choose us:", "Why
# order from us:" (a reason to buy from the seller is a fact of what the seller sells), or
# that shelves the seller's goods: "Shop by goal:", "Shop our bestsellers:" (a line of a
# shop's menu is a product the shop sells).
_OWN_PROMISE = re.compile(r"\W*(?:our\s+(?:promise|pledge|guarantee|standards?|commitment)s?|"
                          r"why\s+(?:(?:choose|trust|pick)\s+(?:us|our\b[^:]*)|"
                          r"(?:order|buy|shop)\s+(?:from|with)\s+us)|"
                          r"shop\s+(?:by|for|our)\b[^:]*|(?:our\s+)?best[- ]?sellers)\s*:\s*$",
                          re.IGNORECASE)


def _story_names_care(text: str, ctx: Context, spec: StatusSpec) -> bool:
    """Approved care named anywhere in a testimonial: its sentence, those before it and
    those after it ("I started Wegovy in May. It's FDA approved, and ..."); not care the
    story went without ("ordering it online without seeing a doctor"), which no approval
    in it can be said of."""
    return any(approved_names(told, spec) or any(
        _WITHOUT_CARE.search(told, max(0, care.start() - 60), care.start()) is None
        for care in _care_terms(told, spec)) for told in (text, *ctx.earlier, *ctx.later))


def _asked_of(text: str, status: re.Match[str], spec: StatusSpec, ctx: Context) -> str | None:
    """What an FAQ's question asks the approval of, when its answer says yes and gives the
    approval itself ("Is your numbing cream FDA approved?" / "Yes, it is FDA approved and
    made in an FDA-registered facility"): the seller vouching for its own product's status.
    Not when the question names approved care ("Is Wegovy FDA approved?") or asks whether
    any approved product exists ("Is there an FDA-approved ...?")."""
    lead = ctx.lead
    if not (lead and is_question(lead) and _APPROVAL_WORD.search(status.group(0))
            and (_affirms(text) or (ctx.previous and _affirms(ctx.previous)))):
        return None
    asked = spec.status.search(lead)
    if asked is None or _EXISTENCE_ASKED.match(lead) or _care_terms(lead, spec) \
            or approved_names(lead, spec) or negated(lead[:asked.start()]):
        return None
    return f"{lead.strip()} (what its question asks of)"


# A question whether something exists: "Is there an FDA-approved ...?", "Are any ...?"
_EXISTENCE_ASKED = re.compile(r"\W*(?:is|are)\s+(?:there|any)\b", re.IGNORECASE)


# An intro that names the product its items are said of: "Why our clients love the PICO
# Toner:", "Why patients choose Curewave:", "Benefits of Mens Maximum:" (the name is the
# intro's last words); a heading's name before its colon ("Mens Maximum: FDA Approved ...").
_LEAD_NAMES = re.compile(
    r"^\W*(?i:why\s+(?:our\s+|so\s+many\s+)?(?:people|customers|patients|clients|members|users|"
    r"you|athletes|moms|parents|families|artists|professionals)\s+(?:take|use|choose|love|buy|"
    r"need|swear\s+by|reach\s+for|trust|prefer|pick)|(?:the\s+)?benefits\s+of)\s+"
    r"(?i:the\s+|our\s+)?(?P<name>[A-Z][\w'\u2019&+-]*(?:[ \t]+[A-Z0-9][\w'\u2019&+-]*){0,3}"
    r"[\u00ae\u2122]?)\s*:\s*$")
_HEADED_NAME = re.compile(r"^\W*(?P<name>[A-Z][\w'\u2019&+-]*(?:[ \t]+[A-Z0-9][\w'\u2019&+-]*){0,3}"
                          r"[\u00ae\u2122]?)\s*:\s*")


# A subject that is only a determiner before an attributive status: "The FDA-approved ...".
_TITLE_KIND_SUBJECT = re.compile(r"\W*(?:the|an?|our|this)\s+", re.IGNORECASE)


def _names_title_kind(after: str, title: str) -> bool:
    """Whether the words after an attributive status are the last two words of the card's
    title, its kind ("nasal antiseptic" of "NanoBio Protect Nasal Antiseptic")."""
    kind = title.strip().lower().split()[-2:]
    return after.lower().split()[:len(kind)] == kind


def _status_lead_name(text: str, status: re.Match[str], spec: StatusSpec,
                      ctx: Context) -> str | None:
    """The name an approval with no subject of its own is said of: the product an intro
    names ("Why patients choose Curewave:" over "FDA approved to heal plantar fasciitis"), or
    the name before a heading's colon ("Mens Maximum: FDA Approved Male Energy"), when neither
    approved care nor the approved-drug vocabulary knows it, and it names no condition."""
    headed = _HEADED_NAME.match(text)
    if headed is not None and headed.end() <= status.start() \
            and not text[headed.end():status.start()].strip(_OPENERS):
        name = headed.group("name")
        if len(name.split()) < 2 and not (_INNER_CAPITAL.search(name)
                                          or name[-1] in "\u00ae\u2122"):
            # one capitalized word before a colon is a heading's topic ("Safety: ..."), not a
            # name by its shape ("Mens Maximum", "PureCraft", "Zenra\u00ae")
            return None
    elif not text[:status.start()].strip(_OPENERS) and ctx.lead \
            and (found := _LEAD_NAMES.match(ctx.lead)) is not None:
        name = found.group("name")
    elif ctx.lead and _trade_name_shaped(ctx.lead.strip()) \
            and _TITLE_KIND_SUBJECT.fullmatch(text, 0, status.start()) \
            and _names_title_kind(text[status.end():], ctx.lead):
        # the line's subject is the kind its card title ends with, the title's product
        # restated: "NanoBio Protect Nasal Antiseptic" over "The FDA-approved nasal antiseptic
        # for everyday defence against ..."
        name = ctx.lead.strip()
    else:
        return None
    words = name.strip("\u00ae\u2122").split()
    if not words or {w.lower() for w in words} & (_NOT_PRODUCT_WORDS | _FUNCTION_WORDS) \
            or spec.approved.search(name) or approved_names(name, spec) \
            or (spec.conditions is not None and spec.conditions.search(name)) \
            or spec.entities.search(name):
        return None
    return f"{name} (named in its lead)"


# Where a use named after a status gives way to a new clause with its own subject: ", and our
# compounded semaglutide ...", "; it ...", ", so these shots ...".
_NEW_SUBJECT = re.compile(r"[;.!?]|,?\s+(?:and|but|so|while|whereas|yet)\s+(?:our|my|we|it|they|"
                          r"this|these|that|those|their|its|your|you)\b", re.IGNORECASE)


def _use_start(clause: str, after: int) -> int:
    """Where the use a status is given for opens in its clause ("... cleared by the FDA | for
    the acute treatment of migraine"), or the clause's end."""
    opened = _USE_OPENER.search(clause, after)
    while opened is not None and _NOT_A_USE.match(clause, opened.start()):
        opened = _USE_OPENER.search(clause, opened.end())
    return opened.start() if opened is not None else len(clause)


def _unbranded(text: str, spec: StatusSpec, owned: bool = False) -> str | None:
    """A drug named by its molecule and owned by the seller ("your GLP-1", "our semaglutide";
    any, when `owned`: the text is a line of the seller's own offer) with no brand or approved
    care named: a seller of the approved brand names it, so the status is claimed for the
    seller's own product."""
    if spec.generic_heads is None:
        return None
    for head in spec.generic_heads.finditer(text):
        if (owned or _OWNED.search(text[max(0, head.start() - 30):head.start()])) and \
                not _care_terms(text, spec) and not _names_another(text, spec):
            return head.group(0)
    return None


# A bare plural of care after an attributive status: "FDA-approved medicines".
_CARE_CLASS = re.compile(r"\s+((?:[\w-]+\s+)?(?:medicines|medications|drugs|treatments|"
                         r"therapies|vaccines|options))\b", re.IGNORECASE)
_OWNED = re.compile(r"\b(?:our|your|my|this|these)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# A status on an indefinite head in a condition or a question: "when an FDA-approved product is
# available", "if no FDA-approved medicine fits", "ask whether an approved option exists".
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:when|whenever|if|unless|whether|where|until)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?:an?|any|no)\s+$", re.IGNORECASE)
_PAST_STATUS = re.compile(r"\b(?:was|were|had\s+been)\s+(?:once|formerly|previously|"
                          r"originally)\s+(?:[\w-]+\s+)?$|\bno\s+longer\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
_ASKED_STATUS = re.compile(r"\b(?:whether|ask(?:ing|ed)?\s+(?:if|whether)|(?:check(?:ing)?|"
                           r"find(?:ing)?\s+out|learn(?:ing)?|confirm(?:ing)?|verify(?:ing)?|"
                           r"look(?:ing)?\s+up)\s+(?:what|which|whether|if|how)(?:\s+(?:uses?|"
                           r"conditions?|indications?))?)\b[^.;:!?,]*$",
                           re.IGNORECASE)
_HYPOTHETICAL_HEAD = re.compile(r"\s+(?:products?|medicines?|medications?|drugs?|treatments?|"
                                r"options?|versions?|alternatives?|brands?)\b", re.IGNORECASE)


# Capitalized words that are not names: a sentence's first word, a heading in title case.
_FUNCTION_WORDS = frozenset("""a an the our your their its it this these those we you they
each every all any ask get book try now yes no with for in at from by and or of to on is are
fda u.s us usa u.s.a i irb irbs""".split())  # an IRB reviews studies: no product's name


_SUBJECT_VERBS = frozenset("is are was were has have had and or".split())


def _names_another(clause: str, spec: StatusSpec) -> bool:
    """A name other than the page's product in the clause ("TMS is an FDA-cleared
    treatment", "Botox is FDA-approved"): the status is said of that, not of the page's
    product. In a title-case heading only all-caps names count."""
    words = [w.strip(".,;:!?()\"'“”") for w in clause.split()]
    words = [w for w in words if w]
    title_case = sum(w[:1].isupper() for w in words) >= 0.6 * max(len(words), 1)
    for index, word in enumerate(words):
        head = word.split("-")[0]
        if index == 0 and not head.isupper() and len(words) > 1 and \
                words[1].lower() not in _SUBJECT_VERBS:
            continue  # "Produced under FDA-approved protocols": a verb, not a name
        if not head[:1].isupper() or head.lower() in _FUNCTION_WORDS:
            continue
        if GENERIC_HEAD.fullmatch(word) or (spec.generic_heads is not None
                                             and spec.generic_heads.search(word)):
            continue
        if title_case and not head.isupper():
            continue
        return True
    return False
