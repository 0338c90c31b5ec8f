"""Labels: a use outside an approved drug's label (off-label), the page's own off-label
disclosure, and the uses a label covers (an approved use named beside others, symptoms of an
infection on the label, coping with a condition).

Apart because it reads the labelled uses (lexicons' LabelledUses) that no other reading needs.
"""

from __future__ import annotations

import re

from checker.content.claimread.care import (
    _GENERIC_INFECTION,
    _generic_of_named,
    _learned,
    points_back,
)
from checker.content.claimread.context import (
    ClaimSpec,
    Context,
    Verdict,
)
from checker.content.claimread.products import (
    _COMPARED_CARE,
    _OUR,
    _REPLACED,
    _STORY_CARER,
    OWN_OFFER,
    _before,
    _fragment_has_verb,
)
from checker.content.claimread.scope import (
    _condition_key,
    _same_condition,
)
from checker.content.claimread.stories import (
    _CLINICIAN_BEFORE,
    _HOSPITAL_STAY,
    _STARTED_ON,
)
from checker.content.lexicons import (
    LabelledDrug,
    TermMatch,
    TermSet,
    bare_pain,
    in_group,
)
from checker.content.match import (
    describing_clause_end,
    negated,
)
from checker.content.prefilter import Prefilter, normalize
from checker.content.text import (
    clause_at,
    sentence_at,
)

# The words of a product no label or monograph covers ("natural", "herbal", "homeopathic").
_UNLABELLED_KIND = (r"\b(?:natur(?:e'?s|al(?:ly)?)|herbal|homeopathic|botanical|plant-based|"
                    r"holistic|essential oils?)\b")
# A product called by an OTC monograph's category that no monograph covers ("a natural
# antifungal", "herbal antacid", "homeopathic cough suppressant").
_UNMONOGRAPHED = re.compile(_UNLABELLED_KIND + r"[\w\s,-]*$", re.IGNORECASE)
_UNLABELLED_NAMED = re.compile(_UNLABELLED_KIND, re.IGNORECASE)


# A class of care's name owned by the seller or qualified as no standard care names it ("our
# immunotherapy", "our low-dose immunotherapy", "natural immunotherapy", "plant-based
# immunotherapy"): the name a product borrows, not the class (labelled-uses.yaml `class`).
_BORROWED_CLASS = re.compile(r"(?:\b(?:our|my)\s+(?:[\w-]+\s+){0,2}|\b[a-z]+-[a-z-]+\s+|"
                             r"\b(?:natur(?:e'?s|al)|herbal|homeopathic|botanical|holistic|"
                             r"integrative|alternative|functional|energy)\s+)$", re.IGNORECASE)


def _off_label(sentence: str, spec: ClaimSpec, ctx: Context,
               conditions: list[TermMatch]) -> str | None:
    """An anti-infective labelled against bacteria, parasites or fungi (an antibiotic,
    ivermectin, hydroxychloroquine) named, in the sentence, in what it points back to or in
    its lead, against conditions that are all viral ("prescribe ivermectin to treat
    COVID-19")."""
    if spec.viral is None or spec.non_antiviral is None or not conditions:
        return None
    # every condition viral, or a word for any infection beside a viral one ("lowers your
    # risk of catching COVID and makes any infection milder")
    kinds = [_GENERIC_INFECTION.fullmatch(c.group(0).strip()) is not None or (
        (viral := spec.viral.search(c.group(0))) is not None
        and len(viral.group(0)) == len(c.group(0).strip()) and "viral")
        for c in conditions]
    if not all(kinds) or "viral" not in kinds:
        return None
    pointed = ctx.previous if ctx.previous and points_back(sentence) else ""
    # (the lead too: the FAQ question an answer affirms, the card title or list intro over it)
    for text in (sentence, pointed, ctx.lead):
        for drug in spec.non_antiviral.finditer(text) if text else []:
            start, _ = clause_at(text, drug.start())
            window = _before(text, drug, 40)
            if negated(text[start:drug.start()]) or _REPLACED.search(window) \
                    or _COMPARED_CARE.search(window):
                continue
            return drug.group(0)
    return None


# An off-label use said as such: "its use for depression is off-label", "not FDA-approved for
# this use", "an unapproved use" (the disclosure the FTC and the FDA ask for, with the doctor's
# judgement: a disclosure, not a claim).
_OFF_LABEL = r"\boff[- ]label\b|\bunapproved\s+uses?\b"
_NOT_APPROVED = (r"\bnot\s+(?:(?:been|yet|currently)\s+)?(?:FDA[- ])?(?:approved|cleared|"
                 r"indicated)(?:\s+by\s+the\s+FDA)?")
# In the claim's own sentence or its lead, "off-label" is said of the use that sentence names
# ("Ketamine infusions are an off-label option for depression"); a status denied is a
# disclosure when a use or the clause's end follows it ("not FDA-approved for this use", "is
# not FDA-approved, and ..."), not the status of a product alone ("not FDA-approved drugs").
_OFF_LABEL_SAID = re.compile(
    _OFF_LABEL + r"|(?:" + _NOT_APPROVED
    + r")(?:\s+(?:for|to|as)\b|\s*(?:[,;.)]|$|\s+(?:and|but)\b))", re.IGNORECASE)


# ... and on the page, away from the claim, a disclosure of a USE: "using it for mood
# disorders is off-label", "not FDA-approved for depression" (not the product's status said
# with no use, "Compounded semaglutide is not FDA-approved": that is no disclosure that a
# use the page claims elsewhere is outside the drug's label; nor a passing mention of
# off-label use, "Is off-label use safe? Ask us", which names no use as off-label)
_OFF_LABEL_USE_SAID = re.compile(
    # the status, then the use: "off-label for PTSD", "an off-label option for depression",
    # "an off-label use of ketamine for depression", "not FDA-approved to treat depression"
    r"(?:(?:" + _OFF_LABEL + r")(?:\s+[\w-]+)?(?:\s+of\s+[^.;?]{1,40}?)?|" + _NOT_APPROVED
    + r")\s+(?:for|to\s+treat)\b|"
    # the use named first, the status its predicate: "Using it for PTSD is not FDA-approved",
    # "Prescribing it for weight loss is an off-label use", "Treating PTSD with it is
    # off-label", "Its use in depression is considered off-label", "Ketamine for depression is
    # off-label"
    r"\b(?:using|use|uses|prescribing|giving|offering|treating|administering)\b[^.;?]{0,60}?\b(?:is|are)\s+"
    r"(?:(?:considered|still|currently)\s+)?(?:not\s+(?:yet\s+)?(?:FDA[- ])?"
    r"(?:approved|cleared)\b|(?:an?\s+)?off[- ]label\b)|"
    r"\bfor\b[^.;?]{1,40}?\b(?:is|are)\s+(?:(?:considered|still|currently)\s+)?"
    r"(?:an?\s+)?off[- ]label\b",
    re.IGNORECASE)
# The disclosure's literal prefilter: most of a page's texts hold none of the words every
# disclosure holds (approved, cleared, indicated, label ...), and each was a scan of the
# whole regex (perf45).
_OFF_LABEL_PREFILTER = Prefilter([_OFF_LABEL_USE_SAID])


def off_label_said(texts: tuple[str, ...], conditions: TermSet | None = None,
                   uses: tuple[str, ...] = ()) -> str:
    """The first disclosure of an off-label use in a page's texts ("" if none). Given the
    `uses` a claim names, a disclosure whose sentence names conditions covers those only:
    "using it for mood disorders is off-label" discloses no use for OCD, PTSD or
    fibromyalgia, nor for depression, which it does not name (a disclosure that names no
    condition, "its use for these conditions is off-label", covers any)."""
    for text in texts:
        if not _OFF_LABEL_PREFILTER.may_match(normalize(text)):
            continue
        for said in _OFF_LABEL_USE_SAID.finditer(text):
            if conditions is None or not uses or _disclosure_names(
                    text, said, conditions, uses):
                return said.group(0)
    return ""


def _disclosure_names(text: str, said: re.Match[str], conditions: TermSet,
                      uses: tuple[str, ...]) -> bool:
    """Whether the sentence of a disclosure names one of the uses, or a group that spans one
    (ICD-11's: "chronic pain" spans fibromyalgia), or no condition at all."""
    start, end = sentence_at(text, said.start()) or (0, len(text))
    named = [c.group(0) for c in conditions.finditer(text[start:end])]
    return not named or any(_same_condition(_condition_key(use), _condition_key(name))
                            or in_group(use, name) for use in uses for name in named)


_MAY = re.compile(r"\b(?:may|might)\b", re.IGNORECASE)
# A condition said to be absent, right before its name: "without diabetes", "if you do not have
# diabetes", "no diagnosis of", "even if you don't have a".
_ABSENT_BEFORE = re.compile(r"\b(?:without|(?:do|does|did)\s+not\s+have|"
                            r"(?:don|doesn|didn)['\u2019]t\s+have|no)\s+(?:an?\s+|any\s+)?"
                            r"(?:(?:diagnosis|history)\s+of\s+)?$", re.IGNORECASE)


def _prescribed_in_story(text: str, name: TermMatch) -> bool:
    """A drug the story's own clinician prescribed or started, right before its name where the
    story first or later names it: "my GP prescribed Paxlovid", "She prescribed Paxlovid" after
    "I called my doctor" (then "it was the Paxlovid and rest that got me back" is that drug)."""
    for named in re.finditer(re.escape(name.group(0)), text, re.IGNORECASE):
        sentence = sentence_at(text, named.start()) or (0, len(text))
        before = text[sentence[0]:named.start()]
        if _STARTED_ON.search(before) and (_STORY_CARER.search(before) is not None or (
                _PRONOUN_SUBJECT.search(before) is not None
                and _CLINICIAN_BEFORE.search(text, 0, sentence[0]) is not None)):
            return True
    return False


# A clinician told by a pronoun as the subject of the care's clause: "She prescribed".
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s*|\band\s+)\W*(?:she|he)\b", re.IGNORECASE)


# A drug's name as the object of a verb that blocks, lowers or raises it ("tamoxifen blocks
# oestrogen", "drugs that lower testosterone"): the body's own hormone acted on, not the drug
# that acts.
_ACTED_ON = re.compile(r"\b(?:block|blocks|blocked|blocking|lower|lowers|lowered|lowering|"
                       r"reduce|reduces|reduced|reducing|raise|raises|raised|raising|boost|"
                       r"boosts|suppress|suppresses|suppressed|inhibit|inhibits|inhibited)\s+"
                       r"(?:(?:the|your|its|their)\s+)?(?:(?:body['\u2019]s|natural|own)\s+)?"
                       r"(?:(?:effects?|levels?|production)\s+of\s+)?$", re.IGNORECASE)


def _outside_label(sentence: str, spec: ClaimSpec, ctx: Context,
                   conditions: list[TermMatch], verdict: Verdict) -> TermMatch | None:
    """An approved drug of labelled-uses.yaml named, in the sentence, in what it points back
    to or in its lead, against a condition none of its labelled uses names ("Ketamine
    infusions lift depression", a list item "Obsessive-compulsive disorder" under "Conditions
    we treat with ketamine:"), unless the page says the use is off-label in the sentence or
    its lead. Returns the drug's name (term_set: where it was named); the verdict's notes say
    which labelled use was or was not matched."""
    if spec.labelled is None or not conditions:
        return None
    pointed = ctx.previous if ctx.previous and points_back(sentence) else ""
    for where, text in (("sentence", sentence), ("pointed", pointed), ("lead", ctx.lead)):
        for name in spec.labelled.names.finditer(text) if text else []:
            drug = spec.labelled.drug(name.group(0))
            if drug is None or (where == "sentence" and any(
                    c.start() <= name.start() < c.end() for c in conditions)):
                continue  # ("low testosterone": the drug's name inside the condition's)
            if drug.otc and _UNMONOGRAPHED.search(_before(text, name, 30)):
                continue  # ("oregano oil, a natural antifungal": no monograph's category)
            if drug.class_name and _BORROWED_CLASS.search(_before(text, name, 40)):
                continue  # ("our immunotherapy", "low-dose immunotherapy": the seller's)
            start, _ = clause_at(text, name.start())
            window = _before(text, name, 40)
            if negated(text[start:name.start()]) or _REPLACED.search(window) \
                    or _COMPARED_CARE.search(window) or _ACTED_ON.search(window):
                continue
            outside, matched = [], []
            outside_at, matched_at = [], []
            for c in conditions:
                use = drug.covers(c.group(0), sentence[max(0, c.start() - 24):c.start()],
                                  sentence[c.end():c.end() + 24])
                if (pain := bare_pain()) is not None and pain.fullmatch(c.group(0)):
                    # pain with no part named ("Synvisc can relieve pain for six months") is
                    # the pain of whatever the label names, no use outside it
                    continue
                if _generic_of_named(sentence, c, conditions):
                    # "a flu outbreak", "an outbreak of measles": the word for any infection
                    # is the named disease's, no other use
                    continue
                if _ABSENT_BEFORE.search(sentence, max(0, c.start() - 40), c.start()):
                    # a condition the patient is said not to have ("Treat Obesity Without
                    # Diabetes", "even if you do not have diabetes") is no use the drug is
                    # named for, on its label or off it
                    continue
                if use is not None:
                    matched.append(c.group(0))
                    matched_at.append(c)
                elif not negated(sentence[clause_at(sentence, c.start())[0]:c.start()]):
                    outside.append(c.group(0))
                    outside_at.append(c)
            if drug.class_name and (outside or not matched):
                # a class of care is read only for its own uses, all of them: the class name
                # makes no product of a use outside them ("hormone therapy" is also what
                # gender clinics and sellers of pellets call theirs), as before it was named
                continue
            if drug.symptoms and outside and not matched:
                # a symptom reliever's labelled symptom told in the sentence, the infection
                # its cause ("If you have COVID-19, acetaminophen can lower your fever")
                matched = _symptoms_told(sentence, drug, conditions)
            if drug.otc:
                if matched and not outside and where in ("sentence", "lead"):
                    # an OTC active (or its monograph's category) named for uses its
                    # monograph allows, and for nothing else: the product is that OTC drug
                    # in its labelled use, on the seller's own card as on a leaflet
                    verdict.notes.append(f"an OTC monograph use of {drug.name}: "
                                         f"{', '.join(matched)!r} ({drug.label})")
                    return TermMatch(name.group(0), name.start(), name.end(), "otc")
                # (a monograph's uses do not bound the active: the same name is also a
                # prescription medicine, "fluticasone ... prevent asthma attacks", "an
                # antifungal medicine clears most vaginal yeast infections"; read as before)
                continue
            if matched and outside and _infections_beside_label(outside) and not (
                    drug.symptoms and not _symptom_named_by_infection(sentence, conditions,
                                                                      matched)):
                # an infection the label does not name, beside one it does, is promoted on
                # the labelled one's back ("Kaletra, for HIV and for COVID-19 pneumonia"): a
                # symptom beside a labelled disease is still the label's (below)
                verdict.notes.append(f"{drug.name} is labelled for {', '.join(matched)!r}, "
                                     f"not for {', '.join(outside)!r}")
                matched = []
            if matched and outside and where == "sentence" and _uses_apart(
                    sentence, spec, matched_at, outside_at):
                # a use outside the label told with a predicate of its own, coordinated with
                # the labelled one ("Viagra treats ED and lowers the risk of heart failure";
                # "... protects the heart and lowers the risk of heart failure while it treats
                # your ED"): two claims, and the labelled one does not cover the other
                verdict.notes.append(f"{drug.name} is labelled for {', '.join(matched)!r}; "
                                     f"{', '.join(outside)!r} is a use of its own beside it")
                matched = []
            if matched or not outside:
                # (a labelled use named beside others is read as the label's: "may take weeks
                # to improve joint pain and swelling in rheumatoid arthritis"); named in the
                # sentence, the drug is approved care there
                verdict.notes.append(f"a labelled use of {drug.name}: {', '.join(matched)!r} "
                                     f"(label: {drug.label})")
                # (named in the lead, a card's title over a labelled use, it is the care the
                # lead lends: "Cold and flu fever reducer." under "Tylenol Cold + Flu")
                return (TermMatch(name.group(0), name.start(), name.end(),
                                  "labelled" if where == "sentence" else "labelled-lead")
                        if where in ("sentence", "lead") and matched else None)
            if where == "sentence" and (
                    (ctx.testimonial and _prescribed_in_story(text, name))
                    or _HOSPITAL_STAY.search(text) is not None):
                # "my GP prescribed Paxlovid that afternoon because of my heart condition",
                # "Tomas was admitted ... and treated with oxygen and dexamethasone on the
                # respiratory ward": the patient's own clinicians' prescribing, no use the
                # page promotes
                verdict.notes.append(f"{drug.name} given by the patient's own clinicians")
                continue
            if where != "sentence" and any(drug.covers(c.group(0)) for c in
                                            spec.conditions.finditer(text)):
                # the sentence it points back to, or its lead, names a labelled use: it goes
                # on about that ("Lithium treats bipolar disorder. It reduces manic and
                # depressive episodes ...")
                verdict.notes.append(f"{drug.name}: its {where} names a labelled use")
                return None
            hedged = _MAY.search(sentence)
            if hedged is not None:
                # an approved drug's effect outside its label said as a possibility is how
                # evidence is summarized ("it may reduce symptoms within a day, but the effect
                # fades"): left to the rules' other readings, not read as off-label promotion
                verdict.notes.append(f"{drug.name} outside its label, said as a possibility: "
                                     f"{hedged.group(0)!r}")
                return None
            said = _OFF_LABEL_SAID.search(sentence) or (
                _OFF_LABEL_SAID.search(ctx.lead) if ctx.lead else None)
            on_page = off_label_said(ctx.page_texts, spec.conditions, tuple(outside)) \
                if said is None else ""
            if said is not None or on_page:
                # (on the page: the disclosure the ketamine pack's off-label rule asks of a
                # page, "Using it for depression is off-label, and we explain what that means")
                verdict.notes.append(f"{drug.name} for {', '.join(outside)!r} is outside its "
                                     f"label, said so: "
                                     f"{said.group(0) if said else on_page!r}")
                return None
            if not _promoted(sentence, text, ctx):
                # what doctors do with a drug outside its label, told by no one who offers it
                # ("Some doctors prescribe metformin for PCOS", "Gabapentin is sometimes used
                # for hot flashes"): patient information about medical practice
                verdict.notes.append(f"{drug.name} outside its label, told as what doctors "
                                     f"do, by no one who offers it")
                return None
            verdict.notes.append(
                f"{drug.name} is labelled for {'; '.join(_use_words(u) for u in drug.uses)}, "
                f"not for {', '.join(repr(o) for o in outside)} (label: {drug.label})")
            return TermMatch(name.group(0), name.start(), name.end(), where)
    return None


# What doctors do with a drug, told as practice ("Some doctors prescribe metformin for PCOS",
# "Gabapentin is sometimes used to ease hot flashes", "Propranolol can be prescribed for
# performance anxiety"), not as what the drug does.
_PRACTICE = re.compile(
    r"\b(?:some|many|most|other)\s+(?:doctors|physicians|clinicians|psychiatrists|specialists|"
    r"providers|prescribers|dermatologists|gynecologists)\b|"
    r"\b(?:can|may|might)\s+(?:also\s+)?be\s+(?:used|prescribed|given|recommended|tried)\b|"
    r"\b(?:sometimes|often|occasionally|commonly|frequently|also)\s+(?:be\s+)?(?:used|prescribed|"
    r"given|recommended|tried)\b", re.IGNORECASE)
# An offer to the reader: "Get metformin online ...", "Order hydroxychloroquine today",
# "Ask about low-dose naltrexone", "Start ketamine therapy".
_OFFER = re.compile(r"^\W*(?:get|order|buy|shop|book|try|start|request|ask\s+(?:us\s+)?about|"
                    r"schedule|claim|reserve|subscribe)\b", re.IGNORECASE)


def _promoted(sentence: str, text: str, ctx: Context) -> bool:
    """The drug outside its label is offered, not told as medical practice: the seller speaks
    ("our", "we") in the sentence or where the drug is named, the reader is offered it, a
    patient's story tells it, or the sentence tells what the drug does rather than what some
    doctors do with it."""
    if _OUR.search(sentence) or (text is not sentence and _OUR.search(text)) \
            or ctx.testimonial or _OFFER.match(sentence) or _OFFER.match(text):
        return True
    return _PRACTICE.search(sentence) is None


def _alternate_spans(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The text between `spans` and the spans themselves, in order: (0, a1), (a1, b1), (b1,
    a2), ... (bn, length); the odd ones are `spans`."""
    out, at = [], 0
    for a, b in sorted(spans):
        a = max(a, at)
        out += [(at, a), (a, max(a, b))]
        at = max(a, b)
    return [*out, (at, length)]


def _failed_closed(spans: list[tuple[int, int]], candidates: list[TermMatch],
                   sentence: str) -> list[tuple[int, int]]:
    """The spans of care that failed, each cut where a clause describing the people closes
    before a predicate inside it: "Patients who have not responded to antidepressants find
    relief from depression" (the failed care is "responded to antidepressants"; "find relief"
    is the main clause's, match.describing_clause_end)."""
    closed = []
    for a, b in spans:
        ends = [end for c in candidates if a <= c.start() < b
                and a < (end := describing_clause_end(sentence, c.start())) <= c.start()]
        closed.append((a, min(ends)) if ends else (a, b))
    return closed


def _outside_spans(candidates: list[TermMatch], spans: list[tuple[int, int]], sentence: str,
                   spec: ClaimSpec, ctx: Context, verdict: Verdict, wide: TermMatch | None,
                   why: str) -> list[TermMatch] | None:
    """The predicates outside `spans` (parts of the sentence that are not the claim's); when
    the spans held them all, what the learned model rates the sentence (as one with no
    predicate word), else None with the verdict stopped."""
    kept = [c for c in candidates if not any(a <= c.start() < c.end() <= b for a, b in spans)]
    if spans and not kept:
        kept = _learned(sentence, spec, ctx, verdict) if wide is None else []
        if not kept:
            verdict.stopped_by = f"no predicate ({why})"
            return None
    return kept


# Help given to cope with a condition, live with it, or face it: support, not a claimed effect
# on the condition (the span holds the helping verb and the coping verb).
_COPING = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,3}?(?:to\s+)?(?:cope|"
                     r"live\s+(?:well\s+|better\s+|fully\s+)?with|adjust\s+to|adapt\s+to|"
                     r"navigate|understand|prepare\s+for|plan\s+for|talk\s+about|"
                     r"(?:deal\s+with|manage|handle)\s+the\s+(?:stress|emotions?|worry|worries|"
                     r"fear|fears|feelings)\b)", re.IGNORECASE)
# Where the coping verb's object ends: the clause's end, or a conjunction before a verb that
# is no coping verb ("helps you cope with chemo and shrinks tumors").
_COPING_END = re.compile(r"[.;!?]|,\s|\s(?:and|but|while|so|by|because)\s+(?!(?:to\s+)?(?:cope|"
                         r"live|adjust|adapt|navigate|understand|prepare|plan|talk|deal|manage|"
                         r"handle)\b)", re.IGNORECASE)


def _coping_spans(sentence: str) -> list[tuple[int, int]]:
    """The help to cope with a condition, each with the object it copes with ("helps
    families cope with the stress of cancer treatment")."""
    spans = []
    for found in _COPING.finditer(sentence):
        end = _COPING_END.search(sentence, found.end())
        spans.append((found.start(), end.start() if end else len(sentence)))
    return spans


# A verb of watching or waiting, then "until" and the end it waited for.
_WATCHED_UNTIL = re.compile(r"\b(?:watch(?:ed|ing)?|monitor(?:ed|ing)?|"
                            r"check(?:ed|ing)?\s+(?:on|in\s+on)|kept\s+(?:an\s+)?eye\s+on|wait(?:ed|ing)?|rest(?:ed|ing)?|"
                            r"stay(?:ed|ing)?\s+(?:home|in\s+bed)|isolat(?:ed|ing))\b[^.;!?]{0,60}?"
                            r"(?P<until>\buntil\b[^.;!?,]*)", re.IGNORECASE)


def _symptoms_told(sentence: str, drug: LabelledDrug, conditions: list[TermMatch]) -> list[str]:
    """A symptom reliever's labelled uses said in the sentence outside the conditions found,
    and not named as a condition's own (right after it: "the monkeypox rash")."""
    told = []
    for use in drug.uses:
        for found in re.finditer(rf"(?<![\w-])(?:{use})(?![\w-])", sentence, re.IGNORECASE):
            if not any(c.start() <= found.start() < c.end() or (
                    c.end() <= found.start() and not sentence[c.end():found.start()].strip())
                    for c in conditions):
                told.append(found.group(0))
    return told


def _symptom_named_by_infection(sentence: str, conditions: list[TermMatch],
                                matched: list[str]) -> bool:
    """A labelled symptom named as an infection's own: the infection's name right before it
    ("the monkeypox rash", "mpox fever reducer"), not the infection told as its cause
    ("fever if you have COVID-19", "aches from the flu")."""
    symptoms = [c for c in conditions if c.group(0) in matched]
    return any(other.group(0) not in matched and not sentence[other.end():s.start()].strip()
               for s in symptoms for other in conditions if other.end() <= s.start())


# What joins two uses told each with its own predicate: "and", "while", "as well as", "plus",
# a comma or semicolon.
_USES_JOINED = re.compile(r"(?:\band\b|\bwhile\b|\bas\s+well\s+as\b|\bplus\b|\balso\b|[,;])",
                          re.IGNORECASE)


def _uses_apart(sentence: str, spec: ClaimSpec, matched: list[TermMatch],
                outside: list[TermMatch]) -> bool:
    """A condition outside a drug's label and a labelled one, each told with a predicate of
    its own, joined ("treats ED and lowers the risk of heart failure"; "lowers the risk of
    heart failure while it treats your ED"): between the two names stand a joining word and
    a predicate of the rule's. Symptoms or parts of the labelled use ("joint pain and swelling
    in rheumatoid arthritis") have no predicate between them and it. A condition said with its
    own verb ("regrows hair": a function restored, the loss it names left unnamed) is not
    read: its disease may be the labelled one under another name; nor is a word for germs in
    general ("lowers the chance of passing the virus to a partner": the labelled one, said
    again)."""
    for o in outside:
        if any(True for _ in spec.predicates.finditer(o.group(0))) \
                or _GERMS.fullmatch(o.group(0).strip()):
            continue
        for m in matched:
            start, end = (m.end(), o.start()) if m.end() <= o.start() else (o.end(), m.start())
            if end <= start:
                continue
            between = sentence[start:end]
            joined = _USES_JOINED.search(between)
            if joined is None:
                continue
            if any(p.start() >= joined.end() for p in spec.predicates.finditer(between)):
                return True
    return False


def _infections_beside_label(outside: list[str]) -> bool:
    """Some condition outside a drug's label is an infection of the lexicons (ICD-10-CM's)
    named as such, not a word for germs in general ("the virus", "infections": the labelled
    one, said again)."""
    from checker.content.lexicons import load_lexicons
    infections = load_lexicons().conditions["infections"]
    return any(infections.search(name) is not None and not _GERMS.fullmatch(name.strip())
               for name in outside)


# Germs in general, with a determiner: "the virus", "an infection", "these bacteria".
_GERMS = re.compile(r"(?:(?:the|a|an|this|that|these|those|your|its)\s+)?(?:virus(?:es)?|"
                    r"bacteri(?:a|um)|germs?|microbes?|pathogens?|infections?|bugs?)",
                    re.IGNORECASE)


def _use_words(use: str) -> str:
    """A labelled use's pattern as words, for explain ("(?:type 2 )?diabetes" -> "type 2
    diabetes")."""
    # (an optional letter is left out: "an(?:a)?esthesia" -> "anesthesia")
    use = re.sub(r"\(\?:\w\)\?|\w\?(?=\w)", "", use)
    words = re.sub(r"\(\?<!.*?\)|\(\?:|[()?\\]|w\*|\[- \]", lambda m: "-" if m.group(0) == "[- ]"
                   else "", use)
    return " ".join(words.replace("|", "/").split())


# A card's line with no subject of its own, that speaks of the product its card sells: a verb
# ("Treats acne.", "Regrows hair on the top of the scalp.", "Helps you quit by reducing
# cravings.") or the use after "for" ("For the relief of migraine attacks").
_CARD_PREDICATE_LINE = re.compile(r"^\W*(?:(?:temporarily\s+|also\s+)?[a-z]+s\b|helps?\b|"
                                  r"for\s+(?:the\s+)?(?:relief|treatment|prevention)\s+of\b)",
                                  re.IGNORECASE)
# A product card is short: a title, the line that names the product, its use and its price.
_CARD_TEXTS = 5


def card_labelled_drug(sentence: str, spec: ClaimSpec, ctx: Context,
                       conditions: list[TermMatch]) -> str | None:
    """A product card that sells an approved drug in its labelled use: the card's first line
    names the drug ("Minoxidil 5% foam, 3-month supply", "Sildenafil 50 mg, prescribed after
    an online consultation"), and its title ("Hair Loss Kit for Men", "Erectile Dysfunction
    Treatment") or a line with no subject of its own ("Treats acne.") names only conditions
    that drug's label or monograph names. The title names the drug's labelled use, as a
    pharmacy's shelf does; it is the drug the card sells, not a product named by its
    condition. Not a drug the card sets against its product ("ibuprofen-free", "instead of
    minoxidil"), nor a card that calls anything natural, herbal or homeopathic or offers a
    product of its own beside the drug ("... with our biotin gummies"), and every
    condition must be the drug's ("Regrows hair and cures alopecia areata" is not
    minoxidil's). Returns the drug and its label."""
    if spec.labelled is None or not conditions or ctx.testimonial:
        return None
    if ctx.under:
        # a title over the card's text: a name, with no verb of its own
        if _fragment_has_verb(sentence):
            return None
        line, card = ctx.under, (sentence, *ctx.later)
    elif ctx.lead and ctx.earlier and _CARD_PREDICATE_LINE.match(sentence):
        line, card = ctx.earlier[0], (ctx.lead, *ctx.earlier, sentence, *ctx.later)
    else:
        return None
    if len(card) > _CARD_TEXTS or any(_UNLABELLED_NAMED.search(text) or _offers_own(text, spec)
                                      for text in card):
        return None
    for name in spec.labelled.names.finditer(line):
        drug = spec.labelled.drug(name.group(0))
        window = _before(line, name, 40)
        if drug is None or drug.class_name or negated(line[:name.start()]) \
                or _REPLACED.search(window) or _COMPARED_CARE.search(window) \
                or re.match(r"-?free\b", line[name.end():]):
            continue
        if all(drug.covers(c.group(0), sentence[max(0, c.start() - 24):c.start()],
                           sentence[c.end():c.end() + 24]) for c in conditions):
            return f"{name.group(0)} ({drug.label})"
    return None


def _offers_own(text: str, spec: ClaimSpec) -> bool:
    """The text offers a product of the claim classes as the seller's own ("our biotin
    gummies", "we offer PRP")."""
    return any(OWN_OFFER.search(text, 0, p.start()) for p in spec.all_products.finditer(text))
