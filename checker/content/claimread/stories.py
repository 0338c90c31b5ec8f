"""Stories: a list's lead subject, courses of care told by a patient or the page,
testimonials and case studies (the care the teller had, started or gave up, the clinician who
gave it, the instrument used), and what a story's negation denies.

Apart because a story is read whole, by its teller's care, not by the sentence's predicate.
"""

from __future__ import annotations

import re

from checker.content.claimread.care import (
    _CARE_UNNEEDED,
    _FAILED_STORY,
    _FORESAW_WORDS,
    _LEARNED_NEGATION,
    _NOT_ANTECEDENT,
    _OWN_CLINICIAN,
    _REFUSED,
    OUTCOME,
    _approved,
)
from checker.content.claimread.context import (
    ClaimSpec,
    Context,
    _name_heads,
    approved_names,
)
from checker.content.claimread.products import (
    _ACRONYM_WORD,
    _CAMEL_PART,
    _CLINICIAN_WORDS,
    _COUNT,
    _INNER_CAPITAL,
    _INTENDED_FOR,
    _NOT_PRODUCT_WORDS,
    _OUR,
    _PRONOUN,
    _PRONOUN_I,
    _PROVIDER_PART,
    _STORY_CARER,
    _STORY_CARERS_CARE,
    _STORY_CLINICIANS,
    _UNPLACED,
    _named_product,
    _own_products,
)
from checker.content.lexicons import (
    TermMatch,
    coined,
)
from checker.content.match import ALTERNATIVE
from checker.content.scopes import (
    DENIAL,
    OUTCOME_PAST_CARE,
)
from checker.content.text import (
    clause_at,
    is_question,
    sentence_at,
    sentence_spans,
)

# An intro that names who or what does what its items say: "Acupuncture can help with:",
# "Ketamine infusions treat:", "Nanoemulsified Milk Thistle supports people with:" (its subject,
# a noun phrase before the predicate, is the care its items are said of). Not an intro whose
# first words name the items' kind or ask ("Conditions that may improve:", "What can help:"),
# nor what people do ("Regular exercise helps with:").
_LEAD_SUBJECT = re.compile(r"^\W*(?P<subject>[A-Z0-9][\w'\u2019+.-]*(?:\s+[\w'\u2019+.&-]+){0,5}?)"
                           r"\s+(?:(?:can|may|might|could|will|does|do|is\s+used\s+to|are\s+used\s+to|"
                           r"helps?\s+to|works?\s+to)\s+)?$")
_NOT_A_LEAD_SUBJECT = re.compile(r"^\W*(?:what|which|how|why|when|who|where|whom|whose|conditions?|"
                            r"symptoms?|problems?|issues?|ailments?|concerns?|things?|signs?|"
                            r"reasons?|causes?|common|some|many|most|other|these|this|those|it|"
                            r"they|there|that|early|regular|daily|good|healthy|simple|"
                            r"treatments?|therap(?:y|ies)|care|medical|standard|usual|"
                            r"your|their|his|her|a|an|the|each|every|any|all)\b", re.IGNORECASE)
# Nothing but punctuation before an item's predicate: the item opens with its own verb
# ("Stop panic attacks before they start" under "SereneMind Complex helps:").
_ITEM_VERB_FIRST = re.compile(r"^\W*$")


def _lead_subject(sentence: str, predicate: TermMatch, spec: ClaimSpec,
                  ctx: Context, named: bool = False) -> str | None:
    """The care an item's intro names as the subject of the item's predicate: the intro's
    own predicate lent to the item ("Acupuncture can help with:" over "Infertility"), or the
    item's, when the item opens with it and so has no subject of its own ("Liposomal GABA
    helps:" over "Stop panic attacks before they start"). None when the subject is approved
    care, a behaviour, or no name at all; with `named`, unless the subject is a proper name
    (a product class's rule takes the page's product for the claim's: under "Chiropractic
    care can help with:" a chiropractor's own lawful scope, "Neck stiffness", is no claim for
    the page's product, while "Nanoemulsified Milk Thistle supports people with:" names the
    seller's own)."""
    if not ctx.lead or is_question(ctx.lead) or not ctx.lead.rstrip().endswith(":"):
        return None
    if predicate.term_set != "lead" and not (
            predicate.term_set not in _UNPLACED
            and _ITEM_VERB_FIRST.match(sentence[:predicate.start()])):
        return None
    found = spec.predicates.search(ctx.lead) or _FOR_LEAD.search(ctx.lead)
    if found is None:
        return None
    before = ctx.lead[:found.start()]
    if not isinstance(found, TermMatch):
        # "... supports people with:": the verb before the intended "people with" is the
        # predicate's own word
        before = re.sub(r"\s+[a-z]+s\s*$", " ", before)
    head = _LEAD_SUBJECT.match(before)
    if head is None:
        return None
    subject = head.group("subject")
    if _NOT_A_LEAD_SUBJECT.match(subject) or _OUR.search(subject) or FIRST_PERSON.search(subject) \
            or spec.approved.search(subject) or approved_names(subject, spec) \
            or _SELF_CARE_SUBJECT.search(subject) or _BEHAVIOUR.match(subject + " ") \
            or spec.conditions.search(subject) or _NOT.search(subject):
        return None
    if named and not _PROPER_SUBJECT.search(subject):
        return None
    return subject


# A sentence whose subject is what people do, a gerund of an everyday action ("Removing a
# tick...", "Washing your hands...", "Keeping active..."), not a product; the verbs are listed
# so that adjectives in -ing ("Lasting relief", "Soothing balm") are not taken for them.
_BEHAVIOUR = re.compile(
    r"^\W*(?:keep|tak|gett|wash|eat|drink|exercis|walk|sleep|remov|wear|us|avoid|quitt|stay|"
    r"limit|cutt|reduc|brush|stretch|lift|apply|check|seek|see|visit|talk|rest|los|maintain|"
    r"follow|practic|stopp|smok|clean|cover|cook|swimm|runn|cycl|danc|garden|meditat|"
    r"breath|manag|treat|test|screen|vaccinat|protect|chang|add|replac|switch|choos|find)"
    r"ing\s+(?!is\b|are\b)", re.IGNORECASE)


def _named_subject(sentence: str, predicate: TermMatch, spec: ClaimSpec) -> str | None:
    """A name as the subject of the sentence's own predicate, in its clause ("MindSoothe
    treats both occasional low moods and long-standing depression"), that no lexicon knows as
    approved care, an approved drug's brand, a condition or a person (`_named_product`): the
    seller's product said to act, which no patient leaflet names."""
    if predicate.term_set in _UNPLACED:
        return None
    start, _ = clause_at(sentence, predicate.start())
    return _named_product(sentence[start:predicate.start()], spec)


# A name right before the predicate, as its subject (an adverb or a modal between): "Tianaa
# Red controls my pain", "..., because Flow treats depression at its source". One capitalized
# word is a name only inside its sentence (a lower-case word or a comma before it).
_AGENT_NAME = re.compile(r"(?:^|(?P<before>[\w,;]+)\s+|\W)(?P<name>[A-Z][\w'\u2019&-]*"
                         r"(?:[ \t]+[A-Z][\w'\u2019&-]*){0,3})[\u00ae\u2122]?\s+"
                         r"(?:(?:really|also|just|actually|finally|quickly|naturally|truly|"
                         r"can|could|will|may|might|has|have|had|helps?(?:\s+to)?)\s+){0,2}$")
# A title before a person's name ("Dr Patel treats ...", "Dr. McKenzie treats ..."), and a
# surname's patronymic prefix before its capital ("McKenzie", "DeLuca": _TRADE_WORD's).
_PERSON_TITLE = re.compile(r"\b(?:dr|mr|mrs|ms|mx|prof|professor|nurse|doctor|sister|coach)"
                           r"\.?\s*$", re.IGNORECASE)
_SURNAME = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z]")


def _named_agent(sentence: str, predicate: TermMatch, spec: ClaimSpec,
                 story: bool = False) -> str | None:
    """The seller's product named as the subject right before the sentence's own predicate, a
    verb in lower case (a heading's capitals are no names): a name `_named_product` reads
    (words in capitals, one with a capital inside), or one capitalized word inside the
    sentence, that no lexicon knows as anything else (approved care, an approved drug's
    brand, a condition, a clinic, an agency, a month), no title or surname's prefix makes a
    person's and no provider's word a provider's (_trade_name's). In a `story` (a
    testimonial), a sentence's first word is a name too when English has no such word and no
    approved drug's name begins with it: the review credits the seller's product by its brand
    ("Royalprestige shrank my prostate in a month"); a page's own sentences name approved drugs
    there too, by brands newer than the drug vocabulary ("Leqembi slows ...")."""
    if predicate.term_set in _UNPLACED or not predicate.group(0)[:1].islower():
        return None
    found = _AGENT_NAME.search(sentence[:predicate.start()])
    if found is None or _PERSON_TITLE.search(sentence[:found.start("name")]) \
            or _SURNAME.match(found.group("name")) \
            or _PROVIDER_PART.intersection(
                part.lower() for part in _CAMEL_PART.findall(found.group("name"))):
        # (a person, or a provider by the words providers build names of: "HerCare")
        return None
    name = found.group("name")
    if " " not in name and not _INNER_CAPITAL.search(name):
        # (a sentence's first word is capitalized whatever it is: in a story it is a name if
        # English has no such word, "Royalprestige shrank my prostate")
        inside = found.group("before") and found.group("before")[:1].islower() \
            or (found.group("before") or "").endswith((",", ";")) \
            or (story and coined(name) and not _drug_name_head(name, spec))
        if not inside or name.lower().strip("'\u2019s") in _NOT_PRODUCT_WORDS \
                or _ACRONYM_WORD.fullmatch(name) or _PRONOUN_I.fullmatch(name) \
                or spec.conditions.search(name) \
                or (spec.shadow is not None and spec.shadow.search(name)) \
                or spec.approved.search(name) or approved_names(name, spec):
            return None
        return f"{name} (named as what acts)"
    named = _named_product(name, spec)
    return f"{named} (named as what acts)" if named else None


# A thing at hand by its kind (artefacts.yaml), after a determiner or possessive, a word or two
# of description between, where a clause's subject, an instrument or a thing used stands: at
# the clause's start ("The stick works on ...", "..., the headset reduces ..."), after a
# preposition of use ("five days with the pen", "the first day in these shoes", "on the
# footplate") or a verb of use ("Members use the laser ..."). Not a thing merely mentioned
# ("my educator showed me how easy the pen is").
_ARTEFACT_PLACE = re.compile(r"(?:^\W*|[,;:\u2014]\s*|\b(?:and|so|because|but|with|using|in|on|"
                             r"into|wearing|from|after|of|use[sd]?|wear(?:s|ing)?|tr(?:y|ied|ying)|"
                             r"bought|got)\s+)(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Oo]ur|"
                             r"[Mm]y)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _artefact(sentence: str, spec: ClaimSpec, ctx: Context) -> str | None:
    """The thing a sentence credits, named by its kind after "the", "this" or "our" ("five
    days with the pen", "the first day in these shoes", "the headset reduces depression"),
    where neither the sentence, the sentences before it in its block nor its lead name
    approved care (an insulin pen, a CPAP machine: then the thing is that care), nor a story
    its teller's own clinician is in ("the brace my physiotherapist fitted")."""
    if spec.artefacts is None or _STORY_CARER.search(sentence) \
            or _STORY_CARERS_CARE.search(sentence):
        return None
    for found in spec.artefacts.finditer(sentence):
        if _ARTEFACT_PLACE.search(sentence[:found.start()]):
            break
    else:
        return None
    for text in (sentence, *ctx.earlier, ctx.previous, ctx.lead):
        # (a clinician named is no care at hand, "The doctors had given up"; what one
        # prescribes is: "the tablets my GP prescribes")
        if text and any(not _NOT_ANTECEDENT.search(c.group(0))
                        or c.group(0).lower().startswith("prescri") for c in _approved(text, spec)):
            return None
    return f"{found.group(0)} (the thing at hand, by its kind)"


# A proper name in an intro's subject: a capital after its first word ("Nanoemulsified Milk
# Thistle", "Liposomal GABA"), or one inside a word ("SereneMind").
_PROPER_SUBJECT = re.compile(r"\s[A-Z]|^\W*\w+[A-Z]")


# A remedy set against the approved care for the condition: "Beat Anxiety Without Medication",
# "treats erectile dysfunction without a doctor or a prescription", "Depression lifted in six
# sessions, with no medication needed", "Dissolve Lipomas Without Surgery". Whatever does the
# treating is offered in place of medicine's care, so it is no approved care: the seller's own
# remedy, named or not (the FDA's, FTC's and ASA's actions cite "without surgery", "without
# drugs", "no prescription needed"). Not availability ("available without a prescription",
# "buy it without a prescription": an OTC drug's status), nor a condition's own course ("Most
# ear infections clear up without antibiotics"). The care may be sought by a gerund ("without
# seeing a doctor", "without taking antidepressants").
_WITHOUT_CARE = re.compile(r"\b(?:without|with\s+no|no\s+need\s+for)\s+(?:(?:seeing|visiting|"
                           r"consulting|taking|using|needing|going\s+to)\s+)?(?:(?:a|an|the|any|more|"
                           r"another|your|their|expensive|costly|harsh|risky|invasive|daily|"
                           r"(?:[\w'-]+\s+){1,2}of|[\w'-]+\s+or|[\w'-]+,)\s+){0,3}$", re.IGNORECASE)
_AVAILABLE_WITHOUT = re.compile(r"\b(?:sold|sells?|selling|available|buy|bought|buying|purchas\w*|"
                                r"order\w*|get|gets|got|obtain\w*|dispens\w*|give|gives|given|"
                                r"supplied|carry|carried|shipped|ships|counter)\b[^.;:]{0,30}$",
                                re.IGNORECASE)
_OWN_COURSE = re.compile(r"(?:clear(?:s|ed)?|clearing)\s+up|(?:get|gets|got|getting)\s+better|"
                         r"(?:go|goes|went|going)\s+away|resolv\w*|settl\w*|improv\w*|heal|heals|"
                         r"healed|recover\w*|disappear\w*|pass(?:es|ed)?", re.IGNORECASE)
# What the reader does as the subject: "Regular exercise can lower blood pressure without
# medication", "Weight loss through diet changes can bring blood sugar back to normal".
_SELF_CARE_SUBJECT = re.compile(r"\b(?:diet(?:ary|s)?|exercis\w*|lifestyle|weight\s+loss|losing\s+"
                                r"(?:[\w-]+\s+){0,4}?weight|activity|eating|habits?|walking|sleep|rest|stretch\w*|"
                                r"physiotherapy|physical\s+therapy|talking\s+therap\w*|"
                                r"self-care|changes)\b", re.IGNORECASE)


# The means told right after an outcome, up to its first word: "with ", "through regular ",
# "by losing".
_SELF_CARE_MEANS = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:with|through|by|thanks\s+to|after)\s+"
                              r"(?:(?:a|an|the|some|more|regular|healthy|enough|modest)\s+)?",
                              re.IGNORECASE)
_COURSE_NOUN = (r"(?:sessions?|treatments?|course|programmes?|programs?|adjustments?|"
                r"injections?|infusions?|shots?|cans|bottles|jars|packs|workshops?|retreats?|"
                r"method|technique|process)")
# a word or two of the course's kind or length before its noun ("the weekend workshop", "my
# hypnotherapy sessions", "the 5-day course"; read against approved care in `_page_course`)
_COURSE_WORDS = r"(?:[\w+-]+\s+){0,2}?"
# a practitioner named after the course ("sessions with Jo", "with Dr Patel" is a clinician's)
_WITH_NAME = r"(?:\s+with\s+[A-Z][\w-]*)?"
# (a practitioner's, by name: "Jo's workshop", "Susan's programme")
_COURSE_DET = (r"(?:(?:my|his|her|their|our|the|just|only|this|that|a)\s+|"
               r"[A-Z][\w-]*['\u2019]s\s+)")
_COURSE_COUNTED = r"(?:(?:first|last|" + _COUNT + r")\s+)"
_STORY_COURSE = re.compile(
    # after/since/with + the teller's (or a count of the) course: "since my sessions",
    # "after three weeks of sessions", "after my course here"
    r"\b(?:after|since|following|within|with|from|over)\s+" + _COURSE_DET + "?" + _COURSE_COUNTED
    + r"?(?:(?:days?|weeks?|months?)\s+of\s+)?" + _COURSE_WORDS
    + r"(?P<a>" + _COURSE_NOUN + r")\b(?:\s+(?:started|began))?"
    # ... or, with its determiner or count ("treatment" alone is any care's), the course a
    # clause of time ends on: "by the end of the course", "within a week of starting the
    # programme", "thanks to the sessions" (not the verbs of taking it, "I completed the
    # programme", "I attended the sessions": what the teller did, as patients tell of approved
    # care's group programmes too)
    r"|\b(?:through|thanks\s+to|(?:by|at)\s+the\s+end\s+of|within\s+(?:a|an|one|" + _COUNT
    + r")\s+(?:days?|weeks?|months?)\s+(?:of|into)(?:\s+(?:starting|beginning|doing|attending))?"
    r")\s+(?:" + _COURSE_DET + _COURSE_COUNTED + "?|" + _COURSE_COUNTED + r")" + _COURSE_WORDS
    + r"(?P<d>" + _COURSE_NOUN + r")\b"
    # ... or a count that opens its clause: "Two injections and", "Three cans later",
    # "three sessions at Mind Body Reset cleared both", "One session with Mark and"
    r"|(?:^|[.!?,;:]\s*|\b(?:and|then|but)\s+)\W*(?P<b>" + _COUNT + r"\s+(?:(?:days?|weeks?|"
    r"months?)\s+(?:of|with)\s+" + _COURSE_DET + r"?)?" + _COURSE_WORDS + _COURSE_NOUN + r")"
    + _WITH_NAME + r"\s+(?=later\b|and\b|at\s+[A-Z]|here\b|"
    r"with\s+(?:you|us)\b|(?:have|has|had)\s+|[a-z]+ed\b)"
    # ... or the teller's course as the subject of what happened: "The hypnotherapy sessions
    # cleared it", "Her method freed me", "the weekend workshop gave her back her life"
    r"|(?:^|[.!?;:,]\s*|\b(?:and|then|but|so)\s+)\W*(?:(?:the|my|his|her|their|this|that)\s+|"
    r"[A-Z][\w-]*['\u2019]s\s+)"
    + _COURSE_WORDS + r"(?P<c>" + _COURSE_NOUN + r")(?=" + _WITH_NAME
    + r"\s+(?:(?:really|completely|finally|just|truly|quickly|have|has|had)\s+)?"
    r"(?:[a-z]+ed|gave|got|made|took|brought|did|broke|rewired)\b)", re.IGNORECASE)
# ... or its practitioner, by name, as the subject of what was done to the teller: "Susan
# taught me to tap through it", "Jo helped me face the lift again" (not a clinician, a title, a
# relative or a name any lexicon knows: `_practitioner`).
_PRACTITIONER = re.compile(r"(?:^|[.!?;:]\s+|\b(?:and|then|but)\s+)\W*(?P<p>[A-Z][a-z]+)\s+"
                           r"(?:taught|helped|showed|guided|coached|hypnoti[sz]ed|talked|walked|"
                           r"worked\s+with|took)\s+(?:me|him|her|us|them)\b")
# Those a teller names who are no practitioner: relatives, friends, God.
_KIN = frozenset("""mum mom mother dad father husband wife partner sister brother son daughter
friend god jesus grandma granny nan nana grandad grandpa auntie uncle""".split())
# What may follow the course and still leave it the page's: a place ("here", "at Brightwell"),
# "with you", the end of its clause; not the kind or the giver ("of CBT", "with my physio").
_COURSE_KIND_AFTER = re.compile(r"\s+(?:of|with|for|from|by)\s+(?!(?:you|us)\b)", re.IGNORECASE)
# ... but a practitioner named ("with Jo", "with Claire Hughes") or a kind of service no
# regulator approves ("sessions of hypnotherapy", products.yaml services) leaves it the page's
_COURSE_GIVER_NAMED = re.compile(r"\s+with\s+(?!(?:Dr|Doctor|Prof|Professor|Mr|Nurse|NHS)\b)"
                                 r"[A-Z][\w-]*\b")
_COURSE_OF_KIND = re.compile(r"\s+(?:of|in)\s+", re.IGNORECASE)


def _story_course(text: str, predicate: TermMatch, spec: ClaimSpec,
                  ctx: Context) -> str | None:
    """The course of the page's service a story credits (_STORY_COURSE), when the story names
    no clinician of the teller's and no approved care it had (care given up is its outcome),
    and the page's title names no approved care; nor when the outcome's own sentence names a
    clinician or approved care ("His reports have improved since his paediatrician started
    his treatment"): the outcome is that care's."""
    span = sentence_at(text, predicate.start()) or (0, len(text))
    said = text[span[0]:span[1]]
    if _REGULATED_GIVER.search(said) or _STORY_CARER.search(said) or any(
            not _told_not_had(said, a.start())
            for a in _approved(said, spec)):
        return None
    found = _page_course(text, spec, ctx)
    return None if found is None else (
        f"{found[0]} (the course of the page's service the story tells)")


def _page_course(text: str, spec: ClaimSpec, ctx: Context,
                 owned: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The course of the page's service a story tells (_story_course) and its sentence's span;
    `owned`: only one the story places at the clinic ("here", "at Brightwell Centre", "with
    you") or counts in sessions or adjustments, never the plain "my treatment", "my injections"
    that may be the approved care the story named, nor one read only as the outcome's subject
    or by its kind."""
    if ctx.page_care:
        return None
    courses = [(c.start(w), c.end(w), c.group(w), c.start(), w)
               for c in _STORY_COURSE.finditer(text) for w in ("a", "b", "c", "d") if c.group(w)]
    if not owned:
        courses += [(m.start("p"), m.end("p"), m.group("p"), m.start("p"), "kind")
                    for m in _PRACTITIONER.finditer(text) if _practitioner(m.group("p"), spec)]
    if not owned and spec.services is not None:
        # a kind of service no regulator approves, wherever the story names it ("Energy
        # healing with Ruth released it", "Rapid transformational therapy cured ...")
        courses += [(k.start(), k.end(), k.group(0), k.start(), "kind")
                    for k in spec.services.finditer(text)]
    for start, end, name, opened, which in sorted(courses):
        if owned and which == "c":
            continue
        # (a course read by where it stands: what follows it and its words decide whose it is)
        placed = which != "kind"
        if placed and (not _course_of_page(text, end, spec)
                       or _course_is_care(text[opened:end], spec)
                       or _care_taken_up(text, opened, end, spec)):
            continue
        named = name.split()
        if owned and not _COURSE_PLACED.match(text, end) and not _SESSIONS.fullmatch(named[-1]):
            continue
        if not placed and _told_not_had(text, start):
            continue
        span = sentence_at(text, start) or (0, len(text))
        said = text[span[0]:span[1]]
        if _STORY_CARER.search(said) or _STORY_CARERS_CARE.search(said) \
                or which != "a" and _REGULATED_GIVER.search(said) or any(
                not _told_not_had(said, a.start())
                for a in spec.approved.finditer(said)):
            continue
        return name, span
    return None


def _practitioner(name: str, spec: ClaimSpec) -> bool:
    """A person's name no lexicon knows as anything else (approved care, a condition, a
    clinician, a title, a relative, a month or an agency)."""
    return not (name.lower() in _NOT_PRODUCT_WORDS or name.lower() in _KIN
                or _PERSON_TITLE.match(name) or spec.conditions.search(name)
                or spec.approved.search(name) or approved_names(name, spec)
                or _REGULATED_GIVER.search(name))


def _course_of_page(text: str, end: int, spec: ClaimSpec) -> bool:
    """What follows a course leaves it the page's: nothing of its kind or giver, a place, "with
    you", a practitioner named, or a kind of service no regulator approves ("of hypnotherapy");
    not "of CBT", "with my physio", "for my back" (_COURSE_KIND_AFTER)."""
    if not _COURSE_KIND_AFTER.match(text, end):
        return True
    named = _COURSE_GIVER_NAMED.match(text, end)
    if named is not None:
        return not (spec.approved.search(named.group(0)) or approved_names(named.group(0), spec))
    kind = _COURSE_OF_KIND.match(text, end)
    return kind is not None and spec.services is not None and any(
        k.start() == kind.end() for k in spec.services.finditer(text[:kind.end() + 60]))


# A course the story points back to by the definite article or counts without owning it ("the
# course", "the programme", "three sessions"): not one it names (a capital, "The Calm Mind
# Method") or owns ("my sessions", "his adjustments").
_TAKEN_UP = re.compile(r"\b(?:the|this|that|" + _COUNT + r")\s+(?:(?:[a-z][\w+-]*|\d[\w+-]*)\s+)"
                       r"{0,2}?[a-z]+$", re.IGNORECASE)
def _care_taken_up(text: str, opened: int, end: int, spec: ClaimSpec) -> bool:
    """A course the story takes up by "the" or a count after naming care, a regulated
    clinician, a hospital or the NHS ("My GP referred me to a clinical psychologist. After
    three sessions ...", "... the hospital's eating disorder service. I completed the
    twelve-week programme ...") is that care's, when the teller had it (not only needed, given
    up, failed or replaced): not the page's."""
    named = _TAKEN_UP.search(text, opened, end)
    if named is None or re.search(r"[A-Z]", text[named.start() + 1:end]) \
            or _COURSE_GIVER_NAMED.match(text, end):
        return False  # (its practitioner named after it: "three sessions with Jo")
    before = text[:named.start()]
    cares = [(a.start(), a.end(), a.group(0)) for a in spec.approved.finditer(before)]
    cares += [(m.start(), m.end(), m.group(0))
              for found in (_STORY_CARER, _SEEN_CLINICIAN, _REGULATED_GIVER)
              for m in found.finditer(before)]
    return any(not _told_not_had(before, start)
               and not _given_up(text, stop, name)
               and not _FAILED_STORY.search(text, stop)
               and not _STORY_REPLACED.search(text, stop)
               for start, stop, name in cares)


def _course_is_care(words: str, spec: ClaimSpec) -> bool:
    """The words that name a course name approved care or a regulated clinician's or a
    hospital's ("three Kybella sessions", "my physio sessions", "the hospital's programme"),
    or the teller's own change of diet, exercise or habits ("a walking programme", "an
    eight-week exercise course"): not the page's service."""
    return bool(spec.approved.search(words) or approved_names(words, spec)
                or _REGULATED_GIVER.search(words) or _SELF_CARE_COURSE.search(words))


# The teller's own change of habits, as a course: "a walking programme", "the diet plan".
_SELF_CARE_COURSE = re.compile(r"\b(?:diet(?:ary|s)?|exercis\w*|walking|running|fitness|gym|"
                               r"lifestyle|weight[\s-]loss|healthy[\s-]eating|cooking|"
                               r"stretch\w*)\b", re.IGNORECASE)


_COURSE_PLACED = re.compile(r"\s+(?:here|at\s+[A-Z]|with\s+(?:you|us)\b)")
_SESSIONS = re.compile(r"sessions?|adjustments?", re.IGNORECASE)


def _care_before_course(text: str, spec: ClaimSpec, ctx: Context,
                        approved: list[TermMatch], candidates: list[TermMatch]) -> bool:
    """A story whose approved care is all its before: named in the sentences before the one
    that tells the course of the page's service (_page_course, owned) and an outcome, or given
    up ("I was on antidepressants for years. After my course here my depression has gone and
    I'm off them"; "... four rounds of antibiotics. Since his adjustments started he hasn't had
    a single one"): the outcome is the course's, not that care's."""
    if not approved:
        return False
    found = _page_course(text, spec, ctx, owned=True)
    if found is None:
        return False
    start, end = found[1]
    return any(start <= c.start() < end for c in candidates) and all(
        a.end() <= start or _told_not_had(text, a.start(), start)
        for a in approved)


# Licensed clinicians who do the treating ("Our physiotherapists treat back pain without
# surgery"): the clinic's own care, given without other care.
_CARE_GIVERS = re.compile(r"\b(?:doctors?|physicians?|clinicians?|specialists?|nurses?|surgeons?|"
                          r"[a-z]+ologists?|[a-z]+iatrists?|GPs?|physiotherapists?|physios?|"
                          r"physical\s+therapists?|pharmacists?|midwi(?:fe|ves)|"
                          r"pa?ediatricians?|dentists?|optometrists?|audiologists?)\b",
                          re.IGNORECASE)
# The same said of the remedy itself: "Our drug-free treatment programmes correct the
# imbalances that cause depression", "a medication-free way to beat anxiety".
_DRUG_FREE = re.compile(r"\b(?:drug|medication|medicine|pill|prescription)[- ]free\b|"
                        r"\bdrugless\b|\bnon-?drug\b", re.IGNORECASE)


def _set_against_care(sentence: str, spec: ClaimSpec, predicate: TermMatch,
                      conditions: list[TermMatch]) -> str | None:
    """The remedy of a sentence that sets it against approved care (_WITHOUT_CARE), unless the
    care is one the reader may buy without it, or the condition is the subject of its own
    course."""
    lowered = sentence.lower()
    drug_free = _DRUG_FREE.search(sentence) if "free" in lowered or "drug" in lowered else None
    if "without" not in lowered and " no " not in lowered and drug_free is None:
        return None
    if _OWN_COURSE.fullmatch(predicate.group(0)) and any(
            c.end() <= predicate.start() for c in conditions):
        return None
    if predicate.term_set not in _UNPLACED and _SELF_CARE_SUBJECT.search(
            sentence, 0, predicate.start()):
        return None
    if predicate.term_set not in _UNPLACED and not _OUR.search(sentence):
        # ... or the means right after the outcome ("Type 2 diabetes can go into remission
        # with weight loss, so blood sugar is normal without medicine"): what the reader did
        means = _SELF_CARE_MEANS.match(sentence, predicate.end())
        if means is not None and _SELF_CARE_SUBJECT.match(sentence, means.end()):
            return None
    if _CARE_GIVERS.search(sentence, 0, predicate.start()):
        return None
    against = None
    for care in spec.approved.finditer(sentence):
        gap = _WITHOUT_CARE.search(sentence, max(0, care.start() - 60), care.start())
        if gap is None and care.end() <= predicate.start():
            # approved care or its clinicians do the treating ("Our doctors treat knee
            # arthritis without surgery", "Our physiotherapists offer drug-free relief"):
            # the clinic's own care, which it may give without other care
            return None
        if gap is None or against is not None or _AVAILABLE_WITHOUT.search(
                sentence, max(0, gap.start() - 40), gap.start()):
            continue
        against = f"a remedy offered without {care.group(0)!r} (set against approved care)"
    if against is not None:
        return against
    if drug_free is not None and _OUR.search(sentence):
        return f"a {drug_free.group(0)} remedy (set against approved care)"
    return None


# The clinic as a place or a programme ("our clinic", "our centre", "our program"): the
# products lexicon reads it as the clinic's own care, which a sentence may say is approved
# care ("Our centre treats anxiety with CBT and medication").
_PROVIDER = re.compile(r"our\s+(?:clinics?|cent(?:er|re)s?|program(?:me)?s?|practices?)",
                       re.IGNORECASE)


# The clinic's own clinicians: "our doctors", "our board-certified physician", "our team of
# specialists" (not "your doctor", not "our referral to a rheumatologist").
_OUR_CLINICIANS = re.compile(
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:team\s+of\s+)?(?:[\w-]+\s+)?(?:doctors?|physicians?|"
    r"clinicians?|specialists?|providers?|practitioners?|nurses?|surgeons?|[a-z]+ologists?|"
    r"[a-z]+iatrists?|medical\s+team|care\s+team)$", re.IGNORECASE)


def _our_clinician(sentence: str, agent: str) -> bool:
    at = sentence.find(agent)
    return at >= 0 and _OUR_CLINICIANS.search(sentence[max(0, at - 50):at + len(agent)]) \
        is not None


# A regulated clinician, a hospital or the NHS in the sentence that tells a course ("my physio
# sessions", "the hospital's programme", "the course the dietitian ran"), or a therapist or
# counsellor as approved-care names them: that care's course, not the page's (_page_course).
_REGULATED_WORDS = (_STORY_CLINICIANS + r"|dietitian|dietician|nurse|consultant|health\s+visitor|"
                    r"therapist|counsell?or")
_REGULATED_GIVER = re.compile(r"\b(?:" + _REGULATED_WORDS + r")s?\b|\bhospital|\bNHS\b|"
                              r"\b(?:Dr|Prof)\b|\btalking\s+therap(?:y|ies)\b", re.IGNORECASE)
# A clinician the teller was sent to or saw ("My GP referred me to a clinical psychologist",
# "I saw a psychiatrist"): whose sessions a story counts next (_care_taken_up).
_SEEN_CLINICIAN = re.compile(r"\b(?:referred|sent|saw|seen|seeing|see)\s+(?:(?:me|him|her|them|"
                             r"us)\s+)?(?:to\s+|by\s+)?(?:a|an|the|my|his|her|their)\s+"
                             r"(?:[\w-]+\s+)?(?:" + _REGULATED_WORDS + r")s?\b", re.IGNORECASE)
_OWNED_GAP = re.compile(r"(?:'s|\u2019s)?\s+(?:(?:can|will|may|should|would|could|must|now|"
                        r"also|then|still|usually|often)\s+)?(?:[a-z]+ly\s+)?"
                        r"(?:[a-z]+(?:\s+(?:track|care|charge)\s+of|\s+(?:on|to|with|for|"
                        r"over))?\s+(?:your|my|his|her|their|the)\s+(?:[\w-]+\s+)?)?",
                        re.IGNORECASE)
_NOT_OWNED = re.compile(r"\b(?:that|whether|how|if|when|what|why|where|which|who|said|says|"
                        r"told|tells|thinks|thought|believes?|believed|noticed|saw|sees|found|"
                        r"amazed|shocked|surprised|impressed|confirmed|reported|measured)\b",
                        re.IGNORECASE)


def _own_clinician_care(sentence: str, predicate: TermMatch) -> str | None:
    """The patient's own clinician whose care the predicate names (_OWN_CLINICIAN), or with
    whom the teller works on the condition ("I'm still working with my therapist and
    psychiatrist on my anxiety", "My VA therapist and I work on it together"): the work is
    that care's, not an outcome of the page's product."""
    if predicate.term_set != "learned" and _WORK_WORD.search(predicate.group(0)):
        # (a testimonial's outcome word too: "I'm still working" is placed)
        joint = _WORKS_WITH_CARER.search(sentence[slice(*clause_at(sentence, predicate.start()))])
        if joint:
            return joint.group(0)
    if predicate.term_set in _UNPLACED:
        return None
    start, _ = clause_at(sentence, predicate.start())
    for carer in _OWN_CLINICIAN.finditer(sentence, start, predicate.start()):
        between = sentence[carer.end():predicate.start()]
        if _OWNED_GAP.fullmatch(between) and not _NOT_OWNED.search(between):
            return carer.group(0)
    return None


# Work done with the teller's own clinician: "working with my therapist and psychiatrist",
# "my VA therapist and I work on it" (the predicate is the work itself, "work on", "working").
_WORK_WORD = re.compile(r"\bwork(?:s|ed|ing)?\b", re.IGNORECASE)
_WORKS_WITH_CARER = re.compile(
    r"\bwork(?:s|ed|ing)?\s+(?:together\s+|closely\s+)?with\s+" + _OWN_CLINICIAN.pattern
    + r"|" + _OWN_CLINICIAN.pattern + r"\s+and\s+(?:I|we)\s+(?:still\s+|now\s+)?"
    r"(?:work|worked|are\s+working|keep\s+working)\b", re.IGNORECASE)


# What a clinician does with an outcome they did not cause: "my doctor said my knee had
# healed", "my endocrinologist is cutting my meds" (less care is the product's outcome).
_REPORTS = re.compile(r"\b(?:said|says|told|confirmed|noticed|saw|sees|found|checked|"
                      r"could(?:n't|\s+not)\s+believe|was\s+(?:amazed|shocked|surprised)|"
                      r"can't\s+explain|reported|measured|tested)\b", re.IGNORECASE)
_LESS_CARE = re.compile(r"^\W*(?:me\s+)?(?:off\s+|down\s+(?:on\s+)?)?(?:of\s+)?(?:my|his|her|"
                        r"their|the)\s+(?:[\w-]+\s+){0,2}?(?:meds|medications?|medicines?|"
                        r"pills|doses?|dosage|insulin|prescriptions?|inhalers?)\b", re.IGNORECASE)
# The patient as the sentence's subject before the clinician: "I walked into my doctor's..."
_TELLER = re.compile(r"\b(?:I|we|he|she|they)\b")


def _story_care(text: str, predicate: TermMatch, approved: list[TermMatch],
                spec: ClaimSpec) -> str | None:
    """In a patient's story the doctor and the old pills are the before ("my doctor took me
    off one of my pills" is the product's doing), but a sentence of the story in which other
    care does what the predicate says, and which names no product of ours, tells that care's
    outcome: "My surgeon repaired my torn rotator cuff. ... I asked about stem cells"."""
    if predicate.term_set in _UNPLACED and predicate.term_set != "outcome":
        return None
    purpose = next((a for a in approved if a.start() <= predicate.start() < a.end()
                    and _INTENDED_FOR.search(predicate.group(0))), None)
    if purpose is not None:
        # the purpose of care the story names ("started hormone therapy for prostate
        # cancer"), no outcome
        return purpose.group(0)
    span = sentence_at(text, predicate.start())
    if span is None:
        return None
    start, told = span[0], text[span[0]:span[1]]
    at = predicate.start() - start
    # the predicate's own clause, between the story's clause breaks
    ahead = _STORY_CLAUSE_BREAK.search(told, at)
    told = told[:ahead.start()] if ahead else told
    behind = [b.end() for b in _STORY_CLAUSE_BREAK.finditer(told, 0, at)]
    if behind:
        told, start, at = told[behind[-1]:], start + behind[-1], at - behind[-1]
    # (a product word inside a name of approved care is that care's: "the eye drops my
    # doctor prescribed", as _own_products reads a sentence)
    own = [p for p in _own_products(told, spec, [], spec.all_products)
           if not any(a.start() <= start + p.start() and start + p.end() <= a.end()
                      for a in approved)]
    summed = _SUMMED_UP.search(told[:at])
    if summed and not own and not _FAILED_STORY.search(told[:summed.start()]):
        # a demonstrative that sums up the care its sentence told, as the outcome's agent:
        # "My clinic gave me buprenorphine and checked on me every day, and that is what got
        # me through"
        summed_care = [a.group(0) for a in approved if start <= a.start()
                       and a.end() <= start + summed.start()
                       and not _CLINICIAN.fullmatch(a.group(0))]
        if summed_care:
            return summed_care[-1]
    if own or _PRONOUN.search(told[:at]) \
            or _LESS_CARE.match(told[at + len(predicate.group(0)):]):
        return None
    carers = [(m.start() - start, m.group(0)) for m in approved
              if start <= m.start() and m.end() <= predicate.start()]
    # (not a clinician who only foresaw less: "stronger than my cardiologist expected")
    carers += [(m.start(), m.group(0)) for m in _STORY_CARER.finditer(told[:at])
               if not _FORESAW.match(told, m.end())]
    # (the care such a clinician owns, as the clause's subject: "my rheumatologist's plan has
    # helped", "My GP's plan helped me get back to work")
    carers += [(m.start(), m.group(0)) for m in _STORY_CARERS_CARE.finditer(told[:at])]
    # the clause's subject a dosage form that points back to the approved drug an earlier
    # sentence of the story named: "I was nervous about starting Vivitrol. The monthly shot cut
    # my cravings"
    form = _DEFINITE_FORM.match(told)
    if form and form.end() <= at and not _own_products(text, spec, [], spec.all_products):
        named = [a for a in approved if a.end() <= start and not _CLINICIAN.fullmatch(a.group(0))
                 and not _told_not_had(text, a.start())
                 and not _FAILED_STORY.search(text[a.end():start])]
        if named:
            carers.append((0, named[-1].group(0)))
    # the care told after the outcome, as its means: "My tennis elbow improved over a year
    # with physical therapy"
    end = at + len(predicate.group(0))
    after = [m.group(0) for m in approved if start + end <= m.start() < start + len(told)
             and (_MEANS_BEFORE.search(text[start + end:m.start()])
                  # the outcome told as its means, the care right after it: "stronger now,
                  # thanks to the rehab team and my medicines"
                  or (_MEANS_TOLD.search(predicate.group(0)) is not None
                      and _DETERMINER_GAP.fullmatch(text[start + end:m.start()]) is not None)
                  # a pseudo-cleft names the agent after its verb: "What finally got him into
                  # recovery was a monthly naltrexone injection"
                  or (_WHAT_CLEFT.match(told) is not None
                      and _CLEFT_COPULA.search(text[start + end:m.start()]) is not None))]
    if after:
        return after[0]
    for offset, care in sorted(carers):
        if not _TELLER.search(told[:offset]) and not _REPORTS.search(told[offset:at]):
            return care
        # the clinician the story named before, as a pronoun that started the care: "I was too
        # embarrassed to see a doctor about my depression. When I finally did, she started me
        # on escitalopram, and within a couple of months I was myself again"
        by = _PRONOUN_STARTED.search(told[:offset])
        if by and any(care == m.group(0) for m in approved) \
                and _CLINICIAN_BEFORE.search(text[:start + by.start()]) \
                and not _REPORTS.search(told[offset:at]):
            return care
    return None


def _credited(story: str, spec: ClaimSpec, ctx: Context) -> str | None:
    """What the story itself names as what acted, by structure, when it is not the page's: the
    noun a demonstrative identifies an outcome with ("the tumour had shrunk; his oncologist
    says that was the hormone therapy") or the focus of a pseudo-cleft ("The long COVID
    clinic's pacing plan is what slowly helped"). Not the page's product, "here" or "your ...",
    nor a course of the page's service ("that was the sessions"), nor one a turn after it takes
    back ("..., but I know it was the tea"): the story credits that, and its outcome is
    that instrument's, whatever vocabulary knows it."""
    for start, end in sentence_spans(story):
        said = story[start:end]
        for found in (*_THAT_WAS.finditer(said), *_CLEFT_FOCUS.finditer(said),
                      *_CREDIT_GIVEN.finditer(said)):
            named = next(v for v in found.groupdict().values() if v)
            if _TURN_AFTER.search(said, found.end()) or _PAGE_DEIXIS.search(named) \
                    or _own_products(named, spec, [], spec.all_products) \
                    or _named_product(named, spec) \
                    or _unknown_name(_conditions_blanked(named, spec), spec) \
                    or _page_course(named, spec, ctx) is not None:
                continue
            return f"{named} (what the story says acted)"
    return None


def _disowned_blanked(story: str, approved: list[TermMatch]) -> str:
    """The story with each sentence that disowns what it names blanked out: "She kept taking
    our immune formula; it was not part of her treatment", "The tea had nothing to do with
    it". What the teller says played no part in the outcome is no instrument of it, and no
    product the story is told of; a turn after the disowning ("..., but later it helped")
    takes it back. A sentence that also names approved care keeps that care: only its clause
    from the disowning's is blanked ("The antibiotics cleared it; the syrup was not part of
    my treatment")."""
    for start, end in sentence_spans(story):
        said = story[start:end]
        disowned = _DISOWNED.search(said)
        if disowned is None or _TURN_AFTER.search(said, disowned.end()):
            continue
        cut = start
        if any(start <= a.start() < end for a in approved):
            breaks = [b.end() for b in _CLAUSE_OPENS.finditer(said, 0, disowned.start())]
            if not breaks:
                continue
            cut = start + breaks[-1]
            if any(cut <= a.start() < end for a in approved):
                continue
        story = story[:cut] + " " * (end - cut) + story[end:]
    return story


# What says a thing played no part in an outcome: "was not part of her treatment", "had
# nothing to do with it", "is not what helped"; and where a clause opens within a sentence.
_DISOWNED = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:not|never)|isn['\u2019]t|wasn['\u2019]t|aren['\u2019]t|"
    r"weren['\u2019]t)\s+(?:(?:a|any)\s+)?part\s+of\s+(?:my|his|her|their|our|the)\s+"
    r"(?:[\w-]+\s+)?(?:treatment|care|recovery|plan|therapy)\b"
    r"|\b(?:had|has|have)\s+nothing\s+to\s+do\s+with\s+(?:it|that|this|my|his|her|their|the)\b"
    r"|\b(?:is|was)\s+not\s+what\s+(?:helped|worked|did\s+it|fixed\s+it|cured|cleared)\b",
    re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r";|,?\s+(?:but|while|whereas)\s+|,\s+and\s+", re.IGNORECASE)


def _conditions_blanked(text: str, spec: ClaimSpec) -> str:
    """The text with the conditions of every condition set blanked out ("the long COVID
    clinic's plan"): a condition's capital is no name of a product."""
    for terms in (spec.conditions, spec.shadow):
        for found in terms.finditer(text) if terms is not None else ():
            text = text[:found.start()] + " " * (found.end() - found.start()) + text[found.end():]
    return text


# A demonstrative that points back to an outcome, identified with the noun phrase right after
# it ("that was the hormone therapy", "this was all thanks to her physio's plan"); the focus of
# a pseudo-cleft that opens its sentence ("The clinic's pacing plan is what slowly helped"; not
# "It is what ...", whose pronoun names nothing); and a turn that would take either back.
_CREDIT_NP = (r"(?:the|his|her|my|their)\s+(?:[\w\u2019'-]+\s+){0,4}?[\w\u2019'-]+")
_THAT_WAS = re.compile(r"\b(?:that|this)\s+(?:was|is)\s+(?:(?:all\s+)?(?:thanks\s+to|due\s+to|"
                       r"because\s+of|down\s+to)\s+)?(?P<np>" + _CREDIT_NP + r")\s*(?=[,;.!?]|$)",
                       re.IGNORECASE)
_CLEFT_FOCUS = re.compile(r"^\W*(?P<np>" + _CREDIT_NP + r")\s+(?:is|was)\s+(?:what|how)\s+"
                          r"(?:(?:really|finally|slowly|truly|actually|eventually)\s+)?[a-z]+",
                          re.IGNORECASE)
_TURN_AFTER = re.compile(r"\b(?:but|yet|though|although|actually|really)\b", re.IGNORECASE)
# The credit for the outcome given to a named noun phrase: "my therapist gets the credit", "the
# credit goes to her physio", "I give all the credit to my surgeon".
_CREDIT_GIVEN = re.compile(
    r"(?P<np>" + _CREDIT_NP + r")\s+(?:gets|got|deserves|deserved|takes|took)\s+(?:all\s+)?"
    r"(?:the\s+)?credit\b"
    r"|\b(?:the\s+|all\s+the\s+)?credit\s+(?:goes|went|belongs)\s+to\s+(?P<np2>"
    + _CREDIT_NP + r")\s*(?=[,;.!?]|$)"
    r"|\b(?:give|gave)\s+(?:all\s+)?(?:the\s+)?credit\s+to\s+(?P<np3>" + _CREDIT_NP
    + r")\s*(?=[,;.!?]|$)", re.IGNORECASE)


# A demonstrative pseudo-cleft right before the outcome, summing up what its sentence told: "...,
# and that is what got me through", "which is how I got my life back".
_SUMMED_UP = re.compile(r"\b(?:that|this|which)(?:['\u2019]s|\s+is|\s+was)\s+(?:what|how)\s+"
                        r"(?:(?:really|finally|truly|I|we|he|she)\s+)?$", re.IGNORECASE)
# A dosage form as the definite subject of a clause ("The monthly shot", "The pills", "That
# first injection"), not placed at the clinic ("The injections here"): what it points back to.
_DEFINITE_FORM = re.compile(r"\W*(?:the|that|this|those|these)\s+(?:(?:monthly|weekly|daily|"
                            r"nightly|first|second|new|single|little|once-a-week)\s+)?(?:shots?|"
                            r"injections?|jabs?|pills?|tablets?|infusions?|implants?)\b"
                            r"(?!\s+(?:here|at|from)\b)", re.IGNORECASE)


# Care started by "she" or "he" right before its name, and a clinician the story named before
# it ("see a doctor", "my GP", "the psychiatrist"): the pronoun's clinician.
_PRONOUN_STARTED = re.compile(r"\b(?:she|he)\s+(?:then\s+|finally\s+|quickly\s+|soon\s+)?"
                              r"(?:started|put|prescribed|switched)\s+(?:me|him|her|us|them)\s+"
                              r"(?:on\s+)?(?:to\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_CLINICIAN_BEFORE = re.compile(r"\b(?:a|an|the|my|his|her|their|our\s+family)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:" + _CLINICIAN_WORDS + r"therapist|psychiatrist)s?\b",
                               re.IGNORECASE)


# An outcome phrase that ends in the means of the outcome ("thanks to the", "because of my"),
# and what may stand between it and the care it names.
_MEANS_TOLD = re.compile(r"\b(?:thanks\s+to|because\s+of|due\s+to)\b", re.IGNORECASE)
_DETERMINER_GAP = re.compile(r"\s*(?:(?:my|the|a|an|his|her|their|our\s+family)\s+)?",
                             re.IGNORECASE)
_FORESAW = re.compile(r"\s+" + _FORESAW_WORDS + r"\b", re.IGNORECASE)


# A story's clause opened as a pseudo-cleft ("What finally helped was ...", "What got me through
# it was ..."), and the copula before the care it names ("... was a monthly naltrexone injection").
_WHAT_CLEFT = re.compile(r"^\W*what\s+(?:really\s+|finally\s+|actually\s+|truly\s+)?\w+",
                         re.IGNORECASE)
# (the care may be the focus's second conjunct: "what has helped me most is the pacing plan
# and breathing physiotherapy")
_CLEFT_COPULA = re.compile(r"\b(?:was|is|were|are)\s+(?:(?:a|an|the|my|his|her|their|our)\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?:(?:and|or|plus)\s+(?:(?:a|an|the|my|his|her|"
                           r"their|our)\s+)?(?:[\w-]+\s+){0,2}?)?$", re.IGNORECASE)


# What closes a clause of a story: a semicolon ("I take the blend for its taste; my
# rheumatologist manages my arthritis"), or "and" before a subject of its own ("after my cell
# treatment my COPD was unchanged, and my pulmonologist manages it", "..., and now I'm in
# remission").
# (a "but" opens a clause of its own, with its own subject: "The gummies did nothing for my
# arthritis, but my rheumatologist's plan has helped")
_STORY_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|so|but)\s+(?:now\s+|today\s+|then\s+)?(?=(?:my|his|her|their|our|the|I|he|"
    r"she|they|we)\b)", re.IGNORECASE)
# A bare "and" that opens the outcome's own clause with the teller's or patient's subject: "I
# finished six rounds of chemotherapy two years ago and my scans are still clear" (read only
# after care the story had, in _care_started).
_AND_CLAUSE = re.compile(r"\s+and\s+(?:now\s+|today\s+|since\s+then\s+)?(?=(?:my|his|her|their)\s)",
                         re.IGNORECASE)
# Anything else told between that care and its outcome: a comma, a turn, other care tried ("I
# had chemotherapy and my tumor came back, so I tried the mistletoe and my scans are clear").
_STORY_TURN = re.compile(r"[,;:]|\b(?:but|so|then|until|till|yet|tried|switched|added|started|"
                         r"found|instead|stopped|quit)\b", re.IGNORECASE)
# The means of an outcome, right before the care that gave it: "improved ... with", "thanks to".
_MEANS_BEFORE = re.compile(r"\b(?:with|thanks\s+to|through|because\s+of|by\s+doing)\s+"
                           r"(?:my\s+|the\s+|a\s+|some\s+|regular\s+|weekly\s+)?$"
                           # the plan or medicine a clinician of the patient's set: "managed
                           # with the plan my doctor set up", "with the exercises my physical
                           # therapist gave me", "with the infusion my neurologist prescribes"
                           r"|\b(?:with|through|following)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:plan|program(?:me)?|routine|regimen|exercises|treatment|"
                           r"medicines?|medications?|pills|infusions?|injections?|shots?|drops|"
                           r"creams?|inhalers?|tablets|patch(?:es)?)\s+(?:that\s+)?"
                           r"(?:my|his|her|their)"
                           r"\s+(?:family\s+)?$",
                           re.IGNORECASE)


# Care as the subject of its own burden, a gerund opening its clause: "treating an established
# infection is long and costly", "curing it can be slow and difficult": what the care costs,
# no effect claimed for anything.
_CARE_AS_BURDEN = re.compile(
    r"\W*(?:(?:but|and|while|whereas)\s+)?(?P<act>treating|curing|clearing|managing|reversing)\b"
    r"[^.;!?]{0,60}?\b(?:is|are|can\s+be|may\s+be|will\s+be)\s+(?:often\s+|usually\s+|very\s+|"
    r"much\s+|far\s+)?(?P<burden>long|lengthy|slow|costly|expensive|difficult|hard|harder|"
    r"risky|riskier|complex|complicated|painful|more\s+(?:difficult|costly|expensive|risky))\b",
    re.IGNORECASE)


def _no_effect_after(text: str, predicate: TermMatch) -> str | None:
    """The care tried for the condition, then told to have done nothing, with no turn after
    ("I tried the CBD oil for my back pain and it made no difference, so I went back to
    physical therapy"; not "... made no difference at first, but now the pain is gone")."""
    if _NO_EFFECT.search(text, predicate.end()) is None:
        return None  # (most sentences: no sentence split needed)
    span = sentence_at(text, predicate.start())
    if span is None:
        return None
    rest = text[predicate.end():span[1]]
    rest = rest[:rest.find(";")] if ";" in rest else rest
    none = _NO_EFFECT.search(rest)
    if none is None or _TURN.search(rest, none.end()) \
            or not _TOLD_OF_IT.search(rest[:none.start()]):
        return None
    return none.group(0)


_NO_EFFECT = re.compile(
    r"\b(?:made\s+(?:no|little)\s+(?:difference|change)|(?:did|does|do)(?:\s+not|n['\u2019]t)\s+"
    r"(?:help|work|change|do\s+(?:anything|much))|(?:saw|noticed|felt|had|got)\s+no\s+(?:change|"
    r"difference|improvement|effect|benefit|relief)|did\s+nothing|had\s+no\s+effect|"
    r"nothing\s+changed)\b", re.IGNORECASE)
# Said of the care tried, by the teller: "and it made no difference", "and saw no change".
_TOLD_OF_IT = re.compile(r"(?:\band|\bbut|\bbecause|\bsince|,)\s+(?:(?:it|that|this|they|I|we|he|"
                         r"she)\s+)?"
                         r"(?:just\s+|really\s+|honestly\s+|simply\s+)?$", re.IGNORECASE)
_TURN = re.compile(r"\b(?:but|until|then|now|later|finally|eventually|after\s+(?:a|the|two|three|"
                   r"several)|at\s+first)\b", re.IGNORECASE)


def _care_started(text: str, predicate: TermMatch, approved: list[TermMatch],
                  spec: ClaimSpec) -> str | None:
    """A story in which the patient's own clinician started approved care, in another of its
    sentences ("After twenty years on pain pills I am in recovery. My addiction doctor started
    me on buprenorphine") or after the outcome in its clause ("My cholesterol came down after
    my doctor started me on a statin"), and whose outcome clause credits nothing (no product
    of ours, no "it", no "thanks to"), tells that care's outcome. Care that failed ("started
    me on buprenorphine, but it never helped") is the before. A testimonial's outcome word
    ("dropped", "settled") is placed as a predicate word is."""
    if predicate.term_set in _UNPLACED and predicate.term_set != "outcome":
        return None
    span = sentence_at(text, predicate.start())
    if span is None:
        return None
    # the outcome's clause: a semicolon closes it ("...; I still take the fish oil")
    told = text[span[0]:span[1]]
    at = predicate.start() - span[0]
    before, after = told.rfind(";", 0, at), told.find(";", at)
    span = (span[0] + before + 1, span[0] + after if after >= 0 else span[1])
    told, at = text[span[0]:span[1]], predicate.start() - span[0] - before - 1
    if _own_products(told, spec, [], spec.all_products) or (
            (_PRONOUN.search(told[:at]) or _IT_DID.search(text))
            and not _it_is_the_care_started(text, span, approved, spec)):
        return None
    credited = _CREDITED.search(told)
    for care in approved:
        if not _STARTED_ON.search(text[max(0, care.start() - 60):care.start()]) \
                and not _care_had(text, care):
            continue
        if credited and not (span[0] <= care.start() < span[1]
                             and 0 <= care.start() - (span[0] + credited.end()) <= 60):
            # the outcome credited to something else than this care ("since I started the
            # preventive injection my neurologist prescribed" credits the care)
            continue
        if span[0] <= care.start() < span[1]:
            # in the outcome's own clause, after it: "came down after my doctor started me on
            # a statin"; or before it, in a clause of its own: "His rheumatologist adjusted
            # his medication, and his flares have settled"
            if care.start() < predicate.end() and not any(
                    care.end() <= b.start() for b in _STORY_CLAUSE_BREAK.finditer(
                        text, span[0], predicate.start())) and not (
                    _AND_CLAUSE.search(text, care.end(), predicate.start())
                    and not _STORY_TURN.search(text, care.end(), predicate.start())):
                continue
            event = span
        else:
            event = sentence_at(text, care.start())
        if event is None:
            continue
        said = text[event[0]:event[1]]
        if (_STORY_CARER.search(said) or _nothing_else_named(text, spec, care)) \
                and not _own_products(said, spec, [], spec.all_products) \
                and not _FAILED_STORY.search(said):
            return care.group(0)
    if credited:
        return None
    # the teller's own clinician who gave the care, in a clause before the outcome's ("Her
    # physiotherapist showed us tummy time and repositioning, and her head shape had improved")
    # or in the sentence before it: that clinician's care, whatever its words (not a
    # chiropractor, whose adjustments a chiropractic page sells)
    for carer in _STORY_CARER.finditer(text, 0, predicate.start()):
        if not _CARE_GIVEN.match(text, carer.end()) or _CHIROPRACTOR.search(carer.group(0)):
            continue
        event = sentence_at(text, carer.start())
        if event is None or _own_products(text[event[0]:event[1]], spec, [], spec.all_products) \
                or _FAILED_STORY.search(text[event[0]:span[1]]):
            continue
        if event[0] < span[0] and not text[event[1]:span[0]].strip() \
                and not _OUTCOME_MEANS.search(text, span[0], span[1]):
            return carer.group(0)
        breaks = [b for b in _STORY_CLAUSE_BREAK.finditer(text, carer.end(), predicate.start())]
        if breaks and not _OUTCOME_MEANS.search(text, breaks[-1].end(), span[1]):
            return carer.group(0)
    return None


# A clinician's verb of giving care to the patient: "showed us", "taught me", "gave him".
_CARE_GIVEN = re.compile(r"\s+(?:showed|taught|gave|prescribed|fitted|referred|started|put)\s+"
                         r"(?:us|me|him|her|them)\b", re.IGNORECASE)
_CHIROPRACTOR = re.compile(r"chiropract", re.IGNORECASE)
# The outcome told with means or a place of its own ("after the sessions here", "with the
# drops"): not the clinician's care of the clause before.
_OUTCOME_MEANS = re.compile(r"\b(?:after|with|since|thanks|through|because|using|following|"
                            r"here|once)\b", re.IGNORECASE)


def _it_is_the_care_started(text: str, span: tuple[int, int], approved: list[TermMatch],
                            spec: ClaimSpec) -> bool:
    """The story's "it" is the approved care its last sentence told the teller's own clinician
    started, named last in that sentence ("My doctor put me on Lexapro for depression. It took
    five weeks, but it helped"): the nearest thing "it" can point back to is that care, not the
    page's product. Not when the story tells of "it" before that sentence, names a product of
    ours or another name after the care ("... on Lexapro, then I found Calm Drops. It helped"),
    or tells the care failing ("... on Lexapro. It did nothing, but ...")."""
    if span[0] == 0:
        return False
    prior = sentence_at(text, len(text[:span[0]].rstrip()) - 1)
    if prior is None or any(m.end() <= span[0] for m in _IT_DID.finditer(text)):
        return False
    said = text[prior[0]:prior[1]]
    if not _STORY_CARER.search(said) or _FAILED_STORY.search(text[prior[0]:]) \
            or _own_products(text[prior[0]:], spec, [], spec.all_products):
        return False
    for care in approved:
        if not prior[0] <= care.start() < prior[1] or _CLINICIAN.fullmatch(care.group(0)) \
                or not _STARTED_ON.search(text[max(prior[0], care.start() - 60):care.start()]):
            continue
        rest = text[care.end():span[1]]
        if not _NAME_AFTER.search(rest) and not _OTHER_TRIED.search(rest):
            return True
    return False


# A capitalized word after the care, not opening a sentence: another name the story may point
# to ("... then I found Calm Drops"); and other care tried after it ("so I switched to ...").
_NAME_AFTER = re.compile(r"(?<![.!?]\s)(?<![.!?]\s\u201c)\b(?<!^)[A-Z][\w-]+")
_OTHER_TRIED = re.compile(r"\b(?:switch\w*|tried|try|trying|found|discovered|bought|ordered|"
                          r"started\s+(?:taking|using|on)|began\s+(?:taking|using)|"
                          r"instead|replaced|gave\s+up|stopped)\b", re.IGNORECASE)


def _nothing_else_named(text: str, spec: ClaimSpec, care: TermMatch) -> bool:
    """A story that names no product of ours and no product by name (its attribution line
    left out), in which the teller had the care with a verb of having it, not care only
    needed, scheduled or avoided ("After my heart attack I went to cardiac rehab three times a
    week, and my heart is stronger now"): there is nothing else the outcome is told of. Not a
    story whose outcome is the care given up or replaced ("Relieve replaced the pain pills I
    took after surgery. I haven't touched them since"): that is what the page sells."""
    if _GIVEN_UP.search(text, care.end()) or _STORY_REPLACED.search(text, 0, care.start()) \
            or not _HAD_CARE.search(text[max(0, care.start() - 60):care.start()]) \
            or _told_not_had(text, care.start()):
        return False
    # ("I went to cardiac rehab, but my heart only got strong again after ...": a turn after
    # the care tells of something else)
    span = sentence_at(text, care.start())
    if span is not None and _CONTRAST_CUT.search(text, care.end(), span[1]):
        return False
    spans = [(a, b) for a, b in sentence_spans(text) if not _ATTRIBUTION_LINE.match(text, a)]
    story = text[:spans[-1][1]] if spans else text
    return not _own_products(story, spec, [], spec.all_products) \
        and not _named_product(story, spec)


def _after_told_of_care(text: str, approved: list[TermMatch], spec: ClaimSpec) -> str | None:
    """A story read whole by the learned model (no predicate word to place) that names no
    product of ours and whose last sentence, its after, is told of approved care ("After my
    stroke my left hand was useless. Six months of occupational therapy later I could button my
    shirt.", "My back pain got better over six weeks of adjustments and the exercises my
    chiropractor gave me"): that care's story, not the page's product's. Not care the after only
    needed, was told of, was spared or gave up ("I was told I needed a hip replacement. Now I
    walk without pain.", "... and I've stopped my medications"), nor care that failed."""
    # (the quote's attribution, "— Tom, 67", is no sentence of the story)
    spans = [(a, b) for a, b in sentence_spans(text) if not _ATTRIBUTION_LINE.match(text, a)]
    # (nor is a name in it a product: "— Greg T., Independent Distributor")
    story = text[:spans[-1][1]] if spans else text
    if not spans or _own_products(story, spec, [], spec.all_products) \
            or _named_product(story, spec):
        return None
    start, end = spans[-1]
    if _FAILED_STORY.search(text[start:end]) or _IT_DID.search(text[start:end]):
        return None
    for care in approved:
        if not start <= care.start() < end or _CLINICIAN.fullmatch(care.group(0)):
            continue
        if _told_not_had(text, care.start(), start):
            continue
        return care.group(0)
    return None


def _learned_care_started(text: str, approved: list[TermMatch], spec: ClaimSpec) -> str | None:
    """A story read whole by the learned model in which the change came after care the teller's
    own clinician started, in a clause of its own with no product of ours ("I take the fish oil
    because I like the idea, but my cholesterol came down after my doctor started me on a
    statin"): that care's outcome. Not a clause that only tells the care begun ("My doctor
    started me on a statin, but my cholesterol came down after the fish oil")."""
    for care in approved:
        if _CLINICIAN.fullmatch(care.group(0)) \
                or not _STARTED_ON.search(text[max(0, care.start() - 60):care.start()]):
            continue
        span = sentence_at(text, care.start())
        if span is None:
            continue
        cuts = [m.end() for m in _CONTRAST_CUT.finditer(text, span[0], care.start())]
        clause_start = cuts[-1] if cuts else span[0]
        after = _CONTRAST_CUT.search(text, care.end(), span[1])
        clause = text[clause_start:after.start() if after else span[1]]
        at = care.start() - clause_start
        if _ONCE_CARE.search(clause[:at]) and _STORY_CARER.search(clause) \
                and not _own_products(clause, spec, [], spec.all_products) \
                and not _FAILED_STORY.search(clause):
            return care.group(0)
    return None


def _what_helps_asked(text: str, predicate: TermMatch) -> str | None:
    """The predicate as the verb of "what" in an indirect question, a guide's title ("Teething:
    What Helps, and Which Products to Avoid", "Your PCOS Symptoms Won't Simply Go: What
    Actually Helps", "what works for nerve pain"): it asks what acts and names nothing that
    does. Not a pseudo-cleft that names the agent ("What helps is our CBD balm", "What helps:
    our teething gel", "Our gel is what helps")."""
    what = _WHAT_SUBJECT.search(text, 0, predicate.start())
    if what is None or what.end() != predicate.start() \
            or _CLEFT_OPENER.search(text, 0, what.start()):
        return None
    if _ASKED_CLAUSE_END.match(text, predicate.end()) is None:
        return None
    return text[what.start():predicate.end()]


def _object_before_infinitive(text: str, predicate: TermMatch,
                              conditions: list[TermMatch]) -> str | None:
    """An infinitive that ends its clause, its object the noun before it: "Which Products to
    Avoid", "foods to avoid": what is avoided is that noun, not a condition the text names
    elsewhere ("Teething: ..."). Not when that noun is the condition ("infections to
    prevent")."""
    before = _INFINITIVE_HEAD.search(text, 0, predicate.start())
    if before is None or _CLAUSE_ENDS_HERE.match(text, predicate.end()) is None:
        return None
    head = before.group("head")
    if any(c.start() < before.end() and before.start() < c.end() for c in conditions):
        return None
    return f"{head} to {predicate.group(0)}"


# The noun an infinitive at its clause's end takes as its object: "Products to", "foods to";
# and nothing after the verb but its clause's end.
_INFINITIVE_HEAD = re.compile(r"\b(?P<head>[A-Za-z][\w-]*s)\s+to\s+$")
_CLAUSE_ENDS_HERE = re.compile(r"\s*(?:[,;?!.\u2014]|\s+and\b|$)")


# "what" as the subject of the predicate, an adverb between ("What Actually Helps"); a copula
# before it that makes it a cleft's focus ("Our gel is what helps"); and the end of the asked
# clause, a topic phrase allowed ("with teething pain"), and no colon or copula that would
# name the agent after it.
_WHAT_SUBJECT = re.compile(r"\bwhat\s+(?:(?:really|actually|truly|else|usually|often|best|"
                           r"can|could|might|may|will|does|did)\s+)?$", re.IGNORECASE)
_CLEFT_OPENER = re.compile(r"\b(?:is|are|was|were|['\u2019]s|that['\u2019]s|here['\u2019]s)\s+"
                           r"(?:exactly\s+|just\s+|really\s+)?$", re.IGNORECASE)
_ASKED_CLAUSE_END = re.compile(r"(?:\s+(?:with|for|in|against|during|after)\b[^:;.!?,]*?)?"
                               r"\s*(?:[,;?!.\u2014]|\s+and\b|$)", re.IGNORECASE)


def _standard_care_story(text: str, predicate: TermMatch, approved: list[TermMatch],
                         spec: ClaimSpec, ctx: Context) -> str | None:
    """A patient's story told wholly of standard care: the sentence of its outcome names care
    the teller had, approved care or a procedure (`_care_had`) or what a clinician of the story
    prescribed or gave ("I took the single azithromycin dose the travel nurse had given me and
    was back on the beach", "... my vision is clear again; I used the drops he prescribed"),
    and the story names no product of ours, no course of the page's service, nothing it
    credits but that care ("it", "thanks to") and no turn from it ("but", "instead", "tried",
    "never", "naturally"): the outcome is the typical one of that care, told by its patient.
    The clinic's own product told the same way ("Three sessions of our stem-cell therapy got
    rid of my sciatica") names a product of ours, and stays the page's claim."""
    if _STORY_FOIL.search(text) or _IT_DID.search(text) or _CREDITED.search(text) \
            or _own_products(text, spec, approved, spec.all_products) \
            or _page_course(text, spec, ctx) is not None:
        return None
    placed = predicate.term_set not in _UNPLACED or predicate.term_set == "outcome"
    span = sentence_at(text, predicate.start()) if placed else (0, len(text))
    if span is None:
        return None
    for care in approved:
        if not span[0] <= care.start() < span[1]:
            continue
        if _given_by_story_clinician(text, care) or (
                _care_had(text, care) and not _told_not_had(text, care.start(), span[0])):
            return care.group(0)
    return None


def _story_instrument(text: str, approved: list[TermMatch], spec: ClaimSpec,
                      ctx: Context) -> str | None:
    """The instrument of a story's outcome when it is not the page's product: a story is a
    claim about the page's product only when it tells that product as what acted (named, "your
    capsules", "here", a course of the page's service), or names nothing else that could have.
    A story that names none of these and tells care the teller had from someone else, approved
    care ("I had five weeks of radiotherapy for my throat cancer. The scan at six months showed
    no sign of it"), another's programme ("I lost 20 pounds with the hospital's nutrition
    program") or the teller's clinician's ("my GP's exercise plan"), tells that care's
    outcome, whatever else it says (a list of approved care can never be complete; the product
    it would be a claim about is). Not care the story did not have, gave up, replaced or says
    failed, nor a story that tells something else tried after it ("..., then I found ..."):
    the outcome may then be the page's."""
    spans = [(a, b) for a, b in sentence_spans(text) if not _ATTRIBUTION_LINE.match(text, a)]
    story = text[:spans[-1][1]] if spans else text
    credited = _credited(story, spec, ctx)
    if credited is not None:
        return credited
    story = _disowned_blanked(story, approved)
    # (care a clinician of the story gave is theirs, and what it names with it too, on a page
    # that names, offers and sells no product: "My ENT consultant recommended smell training
    # with four essential oils"; a clinician who recommends a product where one is sold ("my
    # doctor started me on a statin and the fish oil") still tells of the page's)
    given = [m.span("care") for m in _CARER_GAVE.finditer(story)]
    own = [p for p in _own_products(story, spec, approved, spec.all_products)
           if _sells_products(ctx) or not any(a <= p.start() and p.end() <= b for a, b in given)]
    if _PAGE_DEIXIS.search(story) or _OTHER_TRIED.search(story) or _REFUSED.search(story) \
            or own or _named_product(story, spec) \
            or _unknown_name(_patient_blanked(
                _STORY_CARER.sub(lambda m: " " * len(m.group(0)), story)), spec) \
            or _page_course(story, spec, ctx) is not None:
        return None
    cares = [(c.start(), c.end(), c.group(0)) for c in approved
             if not _CLINICIAN.fullmatch(c.group(0))]
    cares += [(a, b, story[a:b]) for a, b in given]
    cares += [(m.start(), m.end(), m.group(0)) for others in (_OTHERS_CARE, _STORY_CARERS_CARE)
              for m in others.finditer(story)]
    for start, end, name in sorted(cares):
        # (a clinician's recommending is care not had only when the story turns from it, as
        # the checks after this one read: "recommended surgery, but I chose ...")
        if ((start, end) not in given and _told_not_had(story, start)) \
                or _STORY_REPLACED.search(story, 0, start) or _given_up(story, end, name) \
                or _FAILED_STORY.search(story, start) or _CONTRAST_CUT.search(story, end) \
                or _AFTER_LABEL.search(story, end) or _IT_DID.search(story, 0, start):
            # (a sentence told of "it" before the care is named points at the page's product:
            # "It is the only thing that helped. My doctor put me on Lexapro ...")
            continue
        return f"{name} (the story's instrument)"
    return None


def _sells_products(ctx: Context) -> bool:
    """The page names a product in its title, offers one as its own or sells."""
    return ctx.page_product is not None or ctx.page_owned is not None or ctx.selling \
        or bool(ctx.offered)


# Care a clinician of the story gave, with the care as the object of the clinician's act, up to
# its clause's end: "My ENT consultant recommended smell training with four essential oils",
# "her GP started her on a statin", "my dermatologist prescribed a cream" (not a referral, "referred
# us to a helmet clinic", which names another provider, no care).
_CARER_GAVE = re.compile(
    _STORY_CARER.pattern + r"\s+(?:recommended|prescribed|suggested|advised|gave\s+(?:me|him|"
    r"her|them|us)|(?:started|put)\s+(?:me|him|her|them|us)\s+on)\s+(?P<care>[^,;.!?\u2014]+)",
    re.IGNORECASE)


def _unknown_name(story: str, spec: ClaimSpec) -> bool:
    """A capitalized word inside a sentence of the story that names no approved care and no
    condition ("doubled my Protandim", "at The Detox Clinic"): a name the outcome may be told
    of, the seller's as likely as anyone's."""
    for start, end in sentence_spans(story):
        first = re.search(r"\w", story[start:end])
        for name in _NAME_WORD.finditer(story, start + (first.end() if first else 0), end):
            if not (spec.approved.search(name.group(0)) or approved_names(name.group(0), spec)
                    or spec.conditions.search(name.group(0))):
                return True
    return False


def _patient_blanked(story: str) -> str:
    """The story with the name of the patient a case story opens on blanked out, wherever it
    recurs ("Case study: Jenna, 29, lost her sense of smell ... Jenna could smell again"): the
    person the story is about, no name of anything that acted."""
    opener = _CASE_PATIENT.match(story)
    if opener is None:
        return story
    name = opener.group("name")
    return re.sub(rf"\b{name}\b", " " * len(name), story)


# The patient a case story opens on, by a first name right after its opener and followed by
# an age or a verb of the story: "Case study: Jenna, 29, ...", "Patient story: Tom lost ...",
# "When Maria first came to us" (not "Case study: ImmunoShield and long COVID").
_CASE_PATIENT = re.compile(
    r"^\W*(?:(?i:case|patient|success|client|customer|member)\s+(?i:study|story|spotlight)"
    r"\s*[:\u2014\u2013]\s*|When\s+(?=[A-Z][a-z]+\s+(?:first\s+)?(?:came|walked)\b))"
    r"(?P<name>[A-Z][a-z]+)(?=\s*,\s*\d|\s+(?:first\s+)?(?:is|was|had|has|came|walked|"
    r"[a-z]+ed|lost|got|felt|began|found)\b)")


# A capitalized word of two letters or more ("I" and "I'm" are the teller).
_NAME_WORD = re.compile(r"\b[A-Z][\w-]+")


def _given_up(story: str, end: int, name: str) -> bool:
    """The care given up after it was had, by its name or a pronoun right after the word of
    giving up ("I'm off it", "stopped the pills"), not something else ("cut out alcohol")."""
    head = re.escape(name.split()[-1])
    return any(re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:it|them|" + head + r")\b",
                        story[m.end():], re.IGNORECASE)
               for m in _GIVEN_UP.finditer(story, end))


# The label of a before/after story's after ("BEFORE: 40 units of insulin a day. AFTER:
# none"): care named before it is the story's before.
_AFTER_LABEL = re.compile(r"\b(?:after|now)\s*[:\u2014\u2013]", re.IGNORECASE)
# What points a story at the page's own product or service: the seller addressed ("your
# capsules", "thank you", "with you"), the clinic as here, the product at hand ("this stuff",
# "these capsules").
_PAGE_DEIXIS = re.compile(r"\b(?:your|yours|you\s+guys|thank\s+you|with\s+you|here|"
                          r"(?:this|these)\s+(?!(?:year|spring|summer|autumn|fall|winter|month|"
                          r"week|time|morning|evening)\b)[a-z]+)\b", re.IGNORECASE)
# Care the story says another gave: a hospital's or a specialty clinic's ("the hospital's
# nutrition program", "tablets from the liver clinic").
_OTHERS_CARE = re.compile(
    r"\b(?:the|a|my|his|her|their)\s+(?:(?:local|[\w-]+)\s+)?hospital['\u2019]s\s+(?:[\w-]+\s+)?"
    r"[\w-]+|\b[\w-]+\s+(?:from|at)\s+(?:the|a|my|his|her|their)\s+(?:(?:local|[\w-]+)\s+)?"
    r"hospital\b|\b[\w-]+\s+(?:from|at)\s+(?:the|a|my|his|her|their)\s+(?!(?:same|new|local)\b)"
    r"[\w-]+\s+clinic\b", re.IGNORECASE)


def _care_told_before(sentence: str, at: int, approved: list[TermMatch],
                      spec: ClaimSpec) -> str | None:
    """A narrated story's outcome after the care its opening clause of time names: "After
    surgery and six rounds of chemotherapy for bowel cancer, June has been clear for five
    years" (that care's outcome, told of its patient), the outcome at `at` after the clause.
    Not when the sentence names a product of ours or a name, or tells the care failing or
    something else tried after it."""
    opener = _TIME_OPENER.match(sentence)
    if opener is None or _FAILED_STORY.search(sentence) or _OTHER_TRIED.search(sentence) \
            or _REFUSED.search(sentence) or _named_product(sentence, spec) \
            or _own_products(sentence, spec, approved, spec.all_products):
        return None
    cut = sentence.find(",", opener.end())
    if cut < 0 or cut > at:
        return None
    for care in approved:
        if opener.end() <= care.start() and care.end() <= cut \
                and not _CLINICIAN.fullmatch(care.group(0)) \
                and not _CARE_NOT_HAD.search(sentence, opener.end(), care.start()):
            return care.group(0)
    return None


def _hospital_stay(sentence: str, approved: list[TermMatch], spec: ClaimSpec) -> str | None:
    """A patient's stay in hospital told with its care ("Tomas was admitted with COVID-19
    pneumonia and treated with oxygen and dexamethasone on the respiratory ward"), with no
    product of ours, no name and no failure or turn: the hospital's care, not the page's."""
    stay = _HOSPITAL_STAY.search(sentence)
    if stay is None or _FAILED_STORY.search(sentence) or _OTHER_TRIED.search(sentence) \
            or _named_product(sentence, spec) \
            or _own_products(sentence, spec, approved, spec.all_products):
        return None
    return f"{stay.group(0)} (a stay in hospital)"


# A sentence that opens with a clause of time: "After surgery and chemotherapy, ...".
_TIME_OPENER = re.compile(r"\W*(?:after|following|since|once)\s", re.IGNORECASE)


def _given_by_story_clinician(text: str, care: TermMatch) -> bool:
    """Care a clinician of the story gave or prescribed, told after what was given: "the dose
    the travel nurse had given me", "the drops he prescribed" (a pronoun of a clinician the
    story named before: "My ophthalmologist said ...")."""
    if care.group(0).lower() == "prescribed":
        return bool(_PRONOUN_GAVE.search(text[max(0, care.start() - 20):care.start()])
                    and _CLINICIAN_BEFORE.search(text[:care.start()]))
    return _CLINICIAN_GAVE.match(text, care.end()) is not None


# A story's turn away from the care it names, or care that failed: what leaves the outcome to
# something else ("but", "instead", "tried", "switched", "never", "nothing", "still", "then",
# "came back", "naturally"); or an outcome told as total, permanent or a cure ("completely
# gone - it's a cure!", "for good"), past the typical outcome of any care (the ASA's Hidden
# Hearing ruling: hearing aids said to cure tinnitus).
_STORY_FOIL = re.compile(r"\b(?:but|however|instead|tried|trying|switch\w*|until|natural(?:ly)?|"
                         r"without|alternatives?|never|nothing|didn['\u2019]t|did\s+not|"
                         r"fail\w*|gave\s+up|only|still|then|came\s+back|returned|"
                         r"finally\s+found|discovered|" + OUTCOME_PAST_CARE + r")\b",
                         re.IGNORECASE)
# What a clinician gave, with the clinician after it: "dose the travel nurse had given me",
# "the brace my physio fitted"; and a clinician's pronoun before "prescribed".
_CLINICIAN_GAVE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:that\s+)?(?:the|my|his|her|their|a|an)\s+"
                             r"(?:[\w-]+\s+)?(?:" + _STORY_CLINICIANS + r"|nurse)s?\s+(?:had\s+)?"
                             r"(?:gave|given|prescribed|fitted|ordered|recommended|did|performed)\b",
                             re.IGNORECASE)
_PRONOUN_GAVE = re.compile(r"\b(?:he|she)\s+(?:had\s+)?$", re.IGNORECASE)


# A clause break of contrast: "..., but", "; ", "... yet".
_CONTRAST_CUT = re.compile(r";|,?\s+(?:but|yet|although|though|while)\s+", re.IGNORECASE)
# The change told after the care began: "came down after my doctor started me on".
_ONCE_CARE = re.compile(r"\b(?:after|since|once|when)\b", re.IGNORECASE)
_ATTRIBUTION_LINE = re.compile(r"\s*[\u2014\u2013-]")
# Care the story did not have, right before its name: "told I needed a", "wanted to schedule",
# "avoided", "instead of", "without".
def _told_not_had(text: str, at: int, floor: int = 0) -> bool:
    """Care at `at` told as not had (needed, wanted, scheduled, skipped, stopped, done without)
    in the words just before it: _CARE_NOT_HAD in the 40 characters before `at`, none of them
    before `floor`."""
    return _CARE_NOT_HAD.search(text[max(floor, at - 40):at]) is not None


_CARE_NOT_HAD = re.compile(r"\b(?:needs?|needed|told|wanted|want|schedul\w*|facing|avoid\w*|"
                           r"skip\w*|instead\s+of|without|no\s+more|than|cancel\w*|"
                           r"postpon\w*|recommended|stop\w*|quit\w*|ditch\w*|off|"
                           r"no\s+longer|retir\w*|drop\w*|cut\w*)\b[^.!?]*$", re.IGNORECASE)


# Care begun or changed for the patient: "started me on", "put her on", "prescribed him", "I was
# started on", "my doctor added metformin", "adjusted his medication", right before the care's
# name.
_STARTED_ON = re.compile(r"\b(?:start(?:s|ed)?|put(?:s)?|switch(?:es|ed)?|prescrib(?:es|ed)|"
                         r"began|add(?:s|ed)|adjust(?:s|ed)|chang(?:es|ed)|increas(?:es|ed)|"
                         r"rais(?:es|ed))\s+(?:(?:me|him|her|us|them)\s+)?(?:on\s+)?(?:[\w-]+\s+){0,2}?$",
                         re.IGNORECASE)
# Care given up after it was had ("now I'm off it", "I stopped my pills", "I haven't touched
# them since", "no longer need"), or replaced before it is named ("replaced the pain pills I
# took").
_GIVEN_UP = re.compile(r"\b(?:off|stopp?ed|stopping|quit|no\s+longer|(?:don|doesn|haven|hasn)"
                       r"['\u2019]?t\s+(?:need(?:ed)?|touched|taken|used)|never\s+(?:need(?:ed)?|"
                       r"touched|took)|ditch\w*|dropp?ed|cut\s+(?:back|down|out)|taper\w*|"
                       r"wean\w*|got\s+rid)\b", re.IGNORECASE)
_STORY_REPLACED = re.compile(r"\b(?:replac\w*|substitut\w*|in\s+place\s+of|instead\s+of|"
                             r"swapp?\w*|switched\s+from)\b", re.IGNORECASE)
# Care the teller had from their own clinician, told by what the clinician did with it after
# its name ("the nitrate and beta-blocker my cardiologist prescribed", "doxycycline from my
# doctor", "the chemotherapy my oncologist planned") ...
_OWNER_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+"
                          r"(?:(?:that|which)\s+)?(?:(?:from|by)\s+)?(?:my|his|her|their|our\s+family)"
                          r"\s+(?:[\w-]+\s+){0,2}?(?:" + _CLINICIAN_WORDS + r"care\s+team)s?\b"
                          r"(?:\s+(?:had\s+)?(?:prescribed|gave|ordered|recommended|planned|started|"
                          r"chose|picked|suggested|set\s+up|put\s+(?:me|him|her|us|them)\s+on)\b|"
                          r"(?=\s*(?:[,.;!?]|$|\s+(?:and|for|to)\b)))",
                          re.IGNORECASE)
_CARER_BEFORE = re.compile(r"\b(?:my|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _CLINICIAN_WORDS
                           + r"care\s+team)s?\s+(?:had\s+)?$", re.IGNORECASE)
# ... or by the teller's taking or having it, right before its name, in a sentence that names
# the teller's clinician ("I went back to my oncologist for more chemo", "I take the insulin my
# endocrinologist prescribed", "was treated with three weeks of doxycycline").
_HAD_CARE = re.compile(r"\b(?:took|take|takes|taking|had|have|has|received|receive|got|get|"
                       r"underwent|undergo|completed|finished|treated\s+with|on|did|attended|"
                       r"joined|(?:went|go|goes)\s+to|"
                       r"(?:went|go|goes|returned)\s+(?:back\s+)?to\s+(?:my|his|her|their)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:" + _CLINICIAN_WORDS + r"care\s+team)s?\s+for)"
                       r"\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)


def _care_had(text: str, care: TermMatch) -> bool:
    """Care the teller had from their own clinician (_OWNER_AFTER), or took or had, told with
    a verb of having it (_HAD_CARE) in a sentence the caller checks for the clinician."""
    if _CLINICIAN.fullmatch(care.group(0)):
        return False
    if care.group(0).lower() == "prescribed":
        # the owner clause itself names the care before it: "the preventive injection my
        # neurologist prescribed"
        return bool(_CARER_BEFORE.search(text[max(0, care.start() - 40):care.start()]))
    return bool(_OWNER_AFTER.match(text, care.end())
                or _HAD_CARE.search(text[max(0, care.start() - 60):care.start()]))


# Pseudo-negations (NegEx's own list of triggers that look like negations and are not): a
# focus particle ("not only does it ease migraines"), a comparison that denies the others
# ("nothing beats our tincture for anxiety", "no other drip comes close"), needless
# suffering ("there is no need to suffer from arthritis") and surprise ("couldn't believe").
_PSEUDO_NEGATION = re.compile(
    r"\bnot\s+(?:only|just|merely|simply)\b|"
    # a rhetorical question that urges: "Isn't it time you reversed your diabetes?"
    r"\bisn['\u2019]t\s+it\s+time\b|"
    r"\b(?:nothing|no\s+(?:other\s+|better\s+)?(?:[\w-]+\s+)?(?:product|treatment|remedy|"
    r"supplement|option|therapy|drip|oil|formula))\s+(?:else\s+)?(?:beats|compares|comes\s+close|"
    r"works\s+(?:as\s+well|like|better|faster)|does\s+(?:it\s+)?better)\b|"
    r"\b(?:there\s+(?:is|'s)\s+)?no\s+(?:need|reason)\s+to\s+(?:suffer|live|struggle|put\s+up|"
    r"keep\s+suffering|deal)\b|\bthere's\s+no\s+need\b|"
    # surprise at the outcome ("my doctor couldn't believe my arthritis was in remission")
    r"\b(?:could(?:n't|n\u2019t|\s+not)|can't|can\u2019t|cannot)\s+believe\b|"
    # an inability that describes the people the claim is about, their symptom ("children
    # with ADHD who can't focus in school", "men who can no longer perform"): a relative
    # clause on a person, not a denial of the claim
    # the teller's own care needed no more ("I don't need my medicine to pay attention", "she
    # no longer needs her inhaler"): the outcome the story claims, not a denial of it
    r"\b(?:I|he|she|we|they)\s+(?:(?:do|does)(?:n['\u2019]t|\s+not)|no\s+longer)\s+needs?\s+"
    r"(?:my|his|her|our|their)\s+(?:[\w-]+\s+){0,2}?(?:medicines?|medications?|meds|pills|"
    r"tablets|inhalers?|insulin|injections|shots|prescriptions?)\b|"
    # the teller's wish not to ("when I didn't want to take anything from the pharmacy",
    # "because she did not want surgery"): a motive the story tells, not a denial of it
    r"\b(?:I|he|she|we|they)\s+(?:(?:did|do|does)(?:n['\u2019]t|\s+not)|never)\s+"
    r"(?:want(?:ed)?|wish(?:ed)?|like[ds]?)\b|"
    r"\b(?:kids|children|men|women|people|adults|patients|those|anyone|seniors)\s+"
    r"(?:(?:with|of)\s+(?:[\w-]+\s+){1,3}?)?who\s+(?:can't|can\u2019t|cannot|can\s+not|"
    r"can\s+no\s+longer|couldn't|could\s+not|won't|don't|do\s+not)\b",
    re.IGNORECASE)
_CARE_FAILED = re.compile(
    # other care that failed, closing a clause: "cleared my Lyme disease when antibiotics
    # couldn't", "where other treatments failed", "after physical therapy didn't help",
    # "erectile dysfunction that pills have not fixed", "spirochetes hiding in the tissues
    # that antibiotics cannot reach" (the relative clause says what the care before did not
    # do; it denies nothing the sentence claims)
    # (or stopped working: "when other treatments have stopped working")
    r"\b(?:when|where|after|that|what)\s+(?:[\w-]+\s+){1,4}?(?:couldn't|could\s+not|didn't|"
    r"did\s+not|wouldn't|can't|cannot|failed|(?:have|has|had)(?:n't|\s+not)(?:\s+yet)?|"
    r"(?:(?:have|has|had)\s+)?stopped\s+working|no\s+longer\s+work(?:s|ed)?)"
    r"(?:\s+(?:to\s+)?(?:help(?:ed)?|work(?:ed)?|fix(?:ed)?|reach(?:ed)?|touch(?:ed)?|"
    r"cure(?:d)?|heal(?:ed)?|clear(?:ed)?|resolve(?:d)?|relieve(?:d)?))?"
    r"(?=\s*(?:[.,;:!?)]|$))|"
    # ... or all other care at once: "when nothing else worked", "where nothing else had
    # helped", "after no other treatment did"
    r"\b(?:when|where|after|because|since)\s+(?:nothing\s+else|no\s+other\s+[\w-]+)\s+"
    r"(?:(?:had|has|ever|would|could|really)\s+)?(?:worked|helped|did|does|could|would)"
    r"(?=\s*(?:[.,;:!?)]|$))",
    re.IGNORECASE)


def _masked(sentence: str, spec: ClaimSpec) -> str:
    """The sentence with its negated outcomes and pseudo-negations blanked out, offsets
    kept."""
    found = list(_PSEUDO_NEGATION.finditer(sentence)) + list(_CARE_FAILED.finditer(sentence))
    if spec.negated_outcomes is not None:
        found += spec.negated_outcomes.finditer(sentence)
    if _OUR.search(sentence) or (spec.products is not None
                                 and spec.products.search(sentence) is not None):
        # care the condition needs no more, told by the seller of its product ("the injection
        # means they never need the operation", "our blend ..., no stent required"): the care
        # retired is the outcome claimed, no denial ("Most children with ear infections never
        # need surgery" names no product: its prognosis stays a negation)
        found += list(_CARE_UNNEEDED.finditer(sentence))
    for match in found:
        sentence = (sentence[:match.start()] + "~" * (match.end() - match.start())
                    + sentence[match.end():])
    return sentence


# What tells a story's after: a later sentence of the quote turned to the present or to the
# change ("Three months after my SVF treatment I'm gardening again", "Brain training gave me my
# memory back", "Since the drops I sleep through the night").
_STORY_AFTER = re.compile(r"\b(?:after|since|now|today|again|back|finally|anymore|any\s+more|"
                          r"no\s+longer|these\s+days)\b", re.IGNORECASE)


def _story_before(text: str, spec: ClaimSpec) -> tuple[str, list[tuple[int, int]]]:
    """In a patient's story of several sentences, the negations of a sentence that names no
    product or care and is followed by the story's after are the story's before ("After my
    stroke I couldn't lift my arm.", "Doctors told us our son would never read."): blanked out,
    offsets kept, as the care that failed is. A sentence that names a product or care keeps its
    negations ("The capsules did not help."), and a story whose after is told of approved care
    keeps its before ("... Physical therapy got me walking again.")."""
    spans = sentence_spans(text)
    befores: list[tuple[int, int]] = []
    if len(spans) < 2:
        return text, befores
    for (start, end), (later, _) in zip(spans, spans[1:], strict=False):
        part = text[start:end]
        if not _LEARNED_NEGATION.search(part) or not _STORY_AFTER.search(text, later):
            continue
        # (the clinicians of the story's before are no care it names: "Doctors told us ...");
        # an after told of approved care ("Months of occupational therapy got me gardening
        # again") is that care's story, its before left as it is
        # (care named inside a told outcome is care needed no more, no credit: "I haven't
        # needed my inhaler since", "my GP took me off metformin")
        told = [m.span() for m in OUTCOME.finditer(text, start)]
        if _own_products(part, spec, [], spec.all_products) or any(
                not _CLINICIAN.fullmatch(m.group(0))
                and not any(a <= start + m.start() < b for a, b in told)
                for m in spec.approved.finditer(text[start:])):
            continue
        for cue in (DENIAL, _LEARNED_NEGATION):
            for m in cue.finditer(part):
                text = (text[:start + m.start()] + "~" * (m.end() - m.start())
                        + text[start + m.end():])
            part = text[start:end]
        befores.append((start, end))
    return text, befores


# An outcome credited to something: "thanks to", "because of", "all due to", "I owe it to".
_CREDITED = re.compile(r"\b(?:thanks\s+to|thank\w*|because\s+of|due\s+to|owe\w*|credit\w*|"
                       r"since\s+(?:I|we)\s+(?:started|began|tried))\b", re.IGNORECASE)
# A sentence of the story told of "it" ("It changed my life"): the story's product.
_IT_DID = re.compile(r"(?:^|[.!?]\s+)\W*(?:it|this|they|these)\b", re.IGNORECASE)


# Care the condition goes on despite, to the next comma: "adults who have repeated severe low
# blood sugar despite intensive management" (its "management" is the care that did not
# suffice, no predicate of the claim; "Despite my doubts, the drops cleared it" keeps its claim).
_DESPITE_CARE = re.compile(r"\b(?:despite|in\s+spite\s+of)\b[^.;:!?(),]*", re.IGNORECASE)


_CLINICIAN = re.compile(r"(?:doctors?|physicians?|clinicians?|specialists?|nurses?|surgeons?|"
                        r"[a-z]+ologists?|[a-z]+iatrists?|GPs?)", re.IGNORECASE)
# A condition named by the teller's specialist (conditions-consumer.yaml, implied: "my
# psychiatrist", "her oncologist").
_SPECIALIST_NAMED = re.compile(r"(?:my|his|her|their)\s+(?:[a-z]+ologist|[a-z]+iatrist)",
                               re.IGNORECASE)


FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|we've|our\s+(?:son|daughter|kids?|"
                           r"children|family|baby))\b")
_NOT = re.compile(r"\b(?:not|no|never|cannot|nothing)\b|n[\u2019']t\b", re.IGNORECASE)


# A list intro that ends in "for:" names what the product or clinic is for: "Families bring
# their children to our chamber for:", "Patients see us for:".
_FOR_LEAD = re.compile(r"\b(?:for|(?:patients|people|those|clients|adults|children|kids|anyone)"
                       r"\s+(?:living\s+|diagnosed\s+|suffering\s+|struggling\s+)?with|"
                       # who the product is for: "may be right for you if you have:", "you may
                       # be a candidate if you live with:"
                       r"(?:right|ideal|perfect|suitable|good|an?\s+(?:good\s+)?(?:option|fit|"
                       r"candidate))(?:\s+for\s+(?:you|them|people|patients))?\s+(?:if|when)\s+"
                       r"(?:you|they)\s+(?:have|suffer\s+from|live\s+with|struggle\s+with|"
                       r"(?:are\s+)?deal(?:ing)?\s+with)|"
                       # who the product is for, said of its candidates: "Ideal candidates
                       # have:", "Good candidates for PRP include:", "Who can benefit:"
                       r"(?:ideal|good|great|typical|suitable|best|the\s+right)\s+candidates?"
                       r"(?:\s+for\s+[\w\s'+-]{1,40}?)?\s+(?:often\s+|usually\s+|typically\s+)?"
                       r"(?:have|are|include)|who\s+(?:can|could|might|will)\s+benefit"
                       r"(?:\s+from\s+[\w\s'+-]{1,40}?)?|who\s+benefits|who\s+(?:it|this|they)"
                       r"(?:[\u2019']s|\s+is|\s+are)\s+for|"
                       # the conditions a store sorts its products by: "Shop by condition:"
                       r"(?:shop|browse|search|products|remedies)\s+by\s+(?:health\s+)?"
                       r"(?:conditions?|concerns?|ailments?|needs?|symptoms?)|"
                       # the results the product is sold on: "We regularly see results in:"
                       r"(?:see|seen|get|getting|had|have)\s+(?:[\w-]+\s+){0,2}?results\s+"
                       r"(?:in|with|for))\s*:\s*$",
                       re.IGNORECASE)


# A patient's stay in hospital, told: "was admitted with", "on the respiratory ward".
_HOSPITAL_STAY = re.compile(r"\b(?:was|were|got|been)\s+admitted\b|"
                            r"\bon\s+the\s+(?:[\w-]+\s+)?ward\b",
                            re.IGNORECASE)


# The teller's own choice of something else over the care named before it: "I tried Calmora
# instead", "we went with the drops rather than surgery", "she chose the programme instead".
_CHOSE_INSTEAD = re.compile(r"\b(?:I|we|he|she|they)\s+(?:(?:then|just|finally|eventually)\s+)?"
                            r"(?:tried|chose|went\s+(?:with|for)|opted\s+for|started|took|used|"
                            r"picked|booked|turned\s+to|found)\s+(?P<chosen>[^.!?;,]{1,60}?)\s*,?\s+"
                            r"(?:instead|rather\s+than)\b", re.IGNORECASE)
_PASSED_OVER = re.compile(r"\b" + ALTERNATIVE + r"\s+(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)


def _declined_care(story: str, approved: list[TermMatch]) -> list[TermMatch]:
    """The approved care of `approved` a story tells its teller set aside for something else:
    named before the teller's clause that chose another thing instead ("My GP wanted to put me
    on sertraline. I tried Calmora instead"), or right after "instead of" in it ("I went with
    the drops instead of surgery"). Offered and passed over, that care is the story's before;
    what the teller chose is what the outcome after it credits (the FTC's Endorsement Guides,
    16 CFR 255.2, https://www.ecfr.gov/current/title-16/part-255: a consumer's endorsement of
    a product's efficacy is a claim the advertiser must substantiate)."""
    chose = _CHOSE_INSTEAD.search(story)
    if chose is None:
        return []
    return [a for a in approved if a.end() <= chose.start()
            or (chose.start() <= a.start() < chose.end() + 40
                and _PASSED_OVER.search(story, chose.start(), a.start()) is not None)]


def _chosen_instead(story: str, spec: ClaimSpec) -> str | None:
    """What the teller chose over the care a story sets aside (_declined_care), by name:
    "I tried Calmora instead" credits Calmora, when no lexicon knows it as approved care, an
    approved drug's brand or a condition."""
    chose = _CHOSE_INSTEAD.search(story)
    if chose is None:
        return None
    chosen = re.sub(r"^(?:the|a|an|this|that|these|their|your)\s+", "", chose.group("chosen"),
                    flags=re.IGNORECASE)
    if spec.approved.search(chosen) or approved_names(chosen, spec) \
            or spec.conditions.search(chosen) or _PRONOUN.fullmatch(chosen):
        return None
    return f"{chosen} (chosen over the care the story set aside)"


def _drug_name_head(word: str, spec: ClaimSpec) -> bool:
    """An approved drug's name begins with `word` ("Nurtec" of "Nurtec ODT")."""
    return spec.approved_names is not None and word.lower() in _name_heads(spec.approved_names)
