"""Why the claim rules fired or not on one page: for `clinic-checker explain`.

Structured claim rules (type disease-claim) report every sentence that names a condition
with the predicate, condition and product they found and what stopped the claim (negation,
hedge, attribution, approved care, no product); status-claim rules every sentence with a
status phrase ("FDA-approved") in the same way; phrase-list claim rules report the sentences
they fired on, and every sentence that holds one of their patterns or frames but is no claim,
with what cleared it."""

from __future__ import annotations

from checker.content.engine import ContentEngine
from checker.content.extract import extract
from checker.content.forms import has_personal_form
from checker.content.learned import describe as describe_model
from checker.content.rules import Rule
from checker.content.topics import applies
from checker.content.types import TYPES
from checker.content.types.structured import StatusClaimType, StructuredClaimType

CLAIM_TYPES = ("disease-claim", "status-claim", "claim", "existence", "citation")
_READERS = ("disease-claim", "status-claim")


def explain_page(engine: ContentEngine, url: str, html: str,
                 rule_id: str | None = None) -> list[str]:
    """Lines of plain text, one block per claim rule."""
    rules = [r for r in engine.rules if r.type in CLAIM_TYPES
             and (rule_id is None or r.id == rule_id)]
    doc = extract(url, html)
    verdict = engine.check_page(url, html)
    lines = [f"{url}: topics {', '.join(verdict.topics) or '(none)'}"]
    has_form = has_personal_form(doc)
    for rule in rules:
        lines += ["", f"{rule.id} ({rule.type})"]
        if not applies(rule.applies_to, set(verdict.topics), has_form):
            scope = ("reads only the site's chrome here" if TYPES[rule.type].reads_chrome
                     else "does not apply here")
            lines.append(f"  {scope}: none of the page's topics is in its applies_to "
                         f"{rule.applies_to}")
        lines += _structured(rule, doc) if rule.type in _READERS else _phrases(
            rule, doc, verdict.findings)
    return lines


def _phrases(rule: Rule, doc, findings: list) -> list[str]:  # noqa: ANN001 - PageDoc
    fired, cleared = _fired(rule, findings), _cleared_frames(rule, doc, findings)
    if fired or cleared:
        return fired + cleared
    return ["  did not fire: no sentence of the main content holds one of its patterns or "
            "frames (`rules show` lists them)"]


def _structured(rule: Rule, doc) -> list[str]:  # noqa: ANN001 - PageDoc
    rule_type = TYPES[rule.type]
    assert isinstance(rule_type, StructuredClaimType | StatusClaimType)
    read = [v for _, v in rule_type.read(rule, doc) if v.condition or v.predicate]
    if not read:
        return ["  no sentence names a condition (or a status) this rule reads"]
    return [f"  {'FIRES' if v.fired else 'no   '} {v.sentence!r}\n        {v.explain()}"
            for v in read]


def _fired(rule: Rule, findings: list) -> list[str]:  # noqa: ANN001 - Finding
    own = [f for f in findings if f.rule_id == rule.id]
    return [f"  FIRES {f.sentence or f.message!r}"
            + (f"\n        ({f.extra['learned']})" if f.extra.get("learned") else "")
            + _frame_line(rule, f.sentence)
            for f in own]


def _cleared_frames(rule: Rule, doc, findings: list) -> list[str]:  # noqa: ANN001
    """Sentences that hold one of the rule's patterns or frames but fired nothing, and what
    cleared them: a question, an exception of the rule (its `unless`), reported speech, a
    negation, a hedge, a scope cue, or, for a match that qualifies, what the rule's type
    asks beyond the sentence (approved care as its subject, a citation, its region)."""
    from checker.content.match import Matcher

    matcher = getattr(rule.compiled, "matcher", rule.compiled)
    if not isinstance(matcher, Matcher):
        return []
    fired = {f.sentence for f in findings if f.rule_id == rule.id}
    lines = []
    for block in doc.own_blocks:
        for sentence in block.sentences:
            if sentence in fired:
                continue
            why = matcher.cleared_by(sentence)
            if why is None:
                if matcher.find(sentence) is None:
                    continue  # none of its patterns is in the sentence
                why = _type_clears(rule, matcher, sentence, block.text)
            lines.append(f"  no    {sentence!r}\n        ({_what_matched(rule, sentence)}; "
                         f"cleared by {why})")
    return lines[:20]


def _type_clears(rule: Rule, matcher, sentence: str, paragraph: str) -> str:  # noqa: ANN001
    """What the rule's type asks beyond a qualifying sentence (in its paragraph)."""
    from checker.content.types.base import Hit
    from checker.content.types.claims import (
        cured_by_neighbouring_care,
        cured_in_story_by_care,
        cured_infection_with_care,
        finding_of_self_care,
        infection_curable_as_stated,
        infection_cured_as_given,
        said_of_approved_care,
    )

    if said_of_approved_care(rule, matcher, Hit(sentence=sentence)):
        return "approved care as its subject, said by no seller"
    if cured_by_neighbouring_care(rule, Hit(sentence=sentence, excerpt=paragraph)):
        return "a cure with no agent of its own, beside a sentence naming approved care"
    if cured_infection_with_care(rule, Hit(sentence=sentence, excerpt=paragraph)):
        return "the cure of an infection approved care is labelled to cure, told with that care"
    if infection_cured_as_given(rule, Hit(sentence=sentence, excerpt=paragraph)):
        return "the cure of an infection approved care is labelled to cure, taken as given"
    if infection_curable_as_stated(rule, Hit(sentence=sentence, excerpt=paragraph)):
        # (a sentence that did not fire: its page's title names no product)
        return "an infection approved care is labelled to cure, stated as curable"
    if cured_in_story_by_care(rule, Hit(sentence=sentence, excerpt=paragraph)):
        return "a story's cure whose subject is standard care, with no product and no foil"
    if finding_of_self_care(rule, matcher, Hit(sentence=sentence)):
        return "a finding whose subject is what people did for themselves, with no product"
    if rule.type == "citation":
        return "a citation (a scholarly link, a footnote or a References section)"
    return "its region or page type (the sentence is outside what it reads)"


def _what_matched(rule: Rule, sentence: str) -> str:
    from checker.content.frames import frame_of, load_frame_classes

    frames = getattr(rule.compiled, "frames", None)
    frame = frame_of(frames, sentence) if frames else None
    return (f"frame: {frame.words(load_frame_classes())}" if frame is not None
            else "a pattern of its list")


def _frame_line(rule: Rule, sentence: str | None) -> str:
    """Which of the rule's frames the sentence holds (else a pattern of its list fired)."""
    from checker.content.frames import frame_of, load_frame_classes

    frames = getattr(rule.compiled, "frames", None)
    if not frames or not sentence:
        return ""
    frame = frame_of(frames, sentence)
    if frame is None:
        return "\n        (a pattern of its list)"
    return f"\n        (frame: {frame.words(load_frame_classes())})"


def describe_lexicons(rule: Rule, entries: bool = False) -> list[str]:
    """A structured rule's lexicons in words: which predicate classes, condition sets and
    product classes it names, their sources and licences, and (entries=True) every entry."""
    from checker.content.lexicons import load_lexicons

    lexicons = load_lexicons()
    spec = rule.compiled
    lines = ["", "Lexicons:"]
    groups = [("predicates", c, lexicons.predicates[c]) for c in spec.predicate_classes]
    groups += [("conditions", c, lexicons.conditions[c]) for c in spec.condition_sets]
    if spec.product_classes:
        groups += [("products", c, lexicons.products[c]) for c in spec.product_classes]
    else:
        lines.append("  products: any product or service of the clinic")
    groups.append(("approved care (clears a sentence)", "approved-care", lexicons.approved))
    if spec.product_classes and lexicons.services is not None:
        groups.append(("services a patient's story may credit (a course of the page's service)",
                       "services", lexicons.services))
    if lexicons.labelled is not None:
        groups.append(("approved drugs and their labelled uses (outside them, a drug is no "
                       "approved care but the claim's product)", "labelled-uses",
                       lexicons.labelled.names))
    for kind, name, terms in groups:
        lines.append(f"  {kind}: {name} ({len(terms.terms)} entries; source: {terms.source}; "
                     f"licence: {terms.licence})")
        if entries and name == "labelled-uses" and lexicons.labelled is not None:
            # each drug: its names, its labelled uses, its label
            drugs = {id(d): d for d in lexicons.labelled.drugs.values()}.values()
            lines += [f"    {', '.join(n for n, e in lexicons.labelled.drugs.items() if e is d)}"
                      f": {' | '.join(d.uses)} ({d.label})" for d in drugs]
        elif entries:
            lines += [f"    {term}" for term in terms.terms]
    if spec.health_claims:
        lines.append(f"  authorized health claims (clear a risk-reduction sentence): "
                     f"{len(spec.health_claims)} nutrient-disease pairs "
                     f"({', '.join(c.source for c in spec.health_claims)})")
        if entries:
            lines += [f"    {c.nutrients.pattern} -> {c.diseases.pattern}"
                      for c in spec.health_claims]
    if spec.learned is not None:
        lines += describe_model(spec.learned)
        if spec.learned_threshold:
            lines.append(f"    this rule lets it stand in for the predicate at probability >= "
                         f"{spec.learned_threshold} (its own threshold, chosen by "
                         f"letter-grouped cross-validation of the whole checker)")
        if spec.learned_gate != "condition":
            where = ("names a product of the rule's classes (in itself or its lead)"
                     if spec.learned_gate == "product" else "is on a page about such a product")
            lines.append(f"    this rule also consults it for a sentence that {where} but no "
                         f"condition of the lexicons: it fires there at probability >= "
                         f"{max(spec.learned_wide_threshold, spec.learned.threshold)}")
        if spec.learned_veto:
            lines.append("    this rule does not report a finding whose sentence names no "
                         "product of its classes when the patient-information head rates it "
                         "patient information")
    return lines
