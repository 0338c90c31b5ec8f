"""Care: approved or standard care credited, given up, replaced or made needless; care
told of people in general, care in a service's name, the learned model's reading of a
condition and a patient-information page, and what a pointer ("it", "this medicine") points
back to.

Apart because it reads what the care is, not whose story or which question it is in; the
story and scope readings build on it.
"""

from __future__ import annotations

import re

from checker.content.claimread.context import (
    ClaimSpec,
    Context,
    Verdict,
    approved_names,
)
from checker.content.claimread.products import (
    _ACTED_BY,
    _CARE_MODIFIER,
    _CLINICIAN_WORDS,
    _COMPARED_CARE,
    _EFFECT_AFTER,
    _EXTENDED_NAME,
    _LESS_AFTER,
    _NOT_CARE,
    _OUR,
    _OURS_BEFORE,
    _PASSIVE_OPENING,
    _REPLACED,
    _REPLACED_LEAD,
    _STORY_CARER,
    _UNPLACED,
    LIKENED_TO,
    SUBSTITUTED_CARE,
    _before,
    _failed_care,
    _fragment_has_verb,
    _names_our_product,
    _own_products,
    drug_names,
)
from checker.content.learned import MIN_WORDS
from checker.content.lexicons import (
    _COMPLEMENT_END,
    TermMatch,
    curability_stated,
    cure_taken_as_given,
)
from checker.content.match import (
    ALTERNATIVE,
    negated_list,
)
from checker.content.text import (
    clause_at,
    contrast_span,
    is_question,
)

# What a testimonial says happened: an outcome stands in for the predicate.
OUTCOME = re.compile(
    r"\bagain\b|\bgone\b|\bno\s+longer\b|\bstopped\b|\bwent\s+away\b|\bdisappeared\b|"
    r"\bfree\s+of\b|\bthrew\s+(?:away|out)\b|\boff\s+(?:my|his|her|the|all)\b|"
    r"\bwithout\s+(?:a\s+cane|pain|surgery|a\s+single)\b|\bnever\s+been\s+better\b|"
    r"\bunder\s+control\b|\bpain-free\b|\bback\s+to\s+normal\b|\bwalking\b|\bfirst\s+words\b|"
    r"\bcan\s+see\b|\brecogni[sz]es\b|\bhealed\b|\bcured\b|\bdropped\b|\bhalved\b|"
    r"\bcould\s+not\s+believe\b|\bchanged\s+my\s+life\b|\bsaved\s+my\b|\bzero\b|\bquiet\b|"
    # what a product did for the writer: "pulled me out of", "gave him his voice"
    r"\b(?:pulled|got|brought)\s+(?:me|him|her|them|us)\s+(?:out\s+of|through|back)\b|"
    r"\bgave\s+(?:me|him|her|them|us)\s+(?:back\s+|(?:my|his|her|their|our)\s+)|"
    r"\bnever\s+(?:caught|got|get|catch)\b|"
    # what the writer does now, after the product: "and I'm hiking on weekends", "I walk my
    # dog every morning without oxygen", "readings went from 400 to 110", "I credit the drops"
    r"\b(?:I'm|I\s+am|he's|he\s+is|she's|she\s+is|we're|we\s+are)\s+(?:now\s+|back\s+|finally\s+)?"
    r"(?!(?:still|struggling|suffering|waiting|hoping|trying|living|dealing|worried)\b)[a-z]+ing\b|"
    r"\bwithout\s+(?:my\s+|his\s+|her\s+|any\s+)?(?:oxygen|a\s+walker|a\s+wheelchair|"
    r"crutches|pills|meds|medication|insulin|inhalers?)\b|\bwent\s+from\s+\d+\s+to\s+\d+\b|"
    r"\b(?:I|we)\s+(?:credit|thank)\b|\bthanks\s+to\s+(?:the|these|this|your|our|my)\b|"
    r"\b(?:is|are|was)\s+(?:finally\s+|now\s+)?(?:normal|manageable|better|back)\b|"
    r"\b(?:I'm|I\s+am|he's|she's|we're)\s+(?:finally\s+|now\s+)?back\s+(?:on|to|at|in)\b|"
    r"\bin\s+(?:full\s+|complete\s+|total\s+)?remission\b|"
    r"\b(?:numbers|readings|levels|counts?|scores?)\s+(?:drop|drops|dropped|fall|fell|"
    r"(?:come|came|go|went)\s+down|return|returned)\b|"
    r"\bfe(?:el|els|lt|eling)\s+like\s+(?:myself|himself|herself|themselves|ourselves|"
    r"a\s+new\s+[\w-]+)\b|\b(?:took|taken|take|came|come|got|get|weaned)\s+(?:me\s+|him\s+|"
    r"her\s+|them\s+|us\s+)?off\b|\bnow\s+(?:it's|it\s+is|they're|I'm|I\s+am)\b|"
    r"\boff\s+(?:my\s+|his\s+|her\s+)?(?:insulin|metformin|meds|medications?|pills|oxygen|"
    r"[a-z]+(?:formin|statin|pril|sartan|olol))\b|\bbecome\s+more\b|\bmore\s+(?:alert|active|talkative|energetic|mobile|focused|verbal|engaged|social|independent)\b|\bcalmer\b|"
    r"\bregain(?:s|ed)?\s+(?:some\s+|full\s+|their\s+|his\s+|her\s+|my\s+)?(?:movement|mobility|"
    r"speech|function|strength|use\s+of|feeling|sensation|vision|hearing|memory)\b|"
    r"\bsee\s+(?:new\s+)?(?:hair\s+)?(?:growth|regrowth)\b|"
    r"\b(?:breathe|sleep|walk|move|think|function)\s+(?:easier|better|freely|normally)\b|"
    # a prognosis defied, a surgery called off, a life changed: "I'm still skiing", "I
    # cancelled it after my injection", "went from oxygen 24/7 to hiking"
    r"\b(?:I'm|I\s+am|he's|she's|we're)\s+still\s+(?:skiing|hiking|running|working|walking|"
    r"dancing|golfing|playing|biking|cycling|swimming|gardening|travell?ing|driving)\b|"
    r"\b(?:cancell?ed|called\s+off|skipped)\s+(?:it|the\s+(?:surgery|operation|replacement)|"
    r"my\s+(?:surgery|operation|replacement))\b|"
    r"\bwent\s+from\s+(?:[\w'/-]+\s+){1,4}?to\s+[a-z]+ing\b|"
    r"\bnow\s+(?:I|we|he|she|they)\s+(?:can\s+)?(?:sleep|walk|breathe|run|climb|play|work|"
    r"hike|swim|drive|dance|garden|travel)\b|\bsleep\s+through\s+the\s+night\b|"
    r"\b(?:far|much)\s+less\b|\bless\s+often\b|\b(?:scans?|tests?|labs?|results|numbers|"
    r"bloodwork|biopsy)\s+(?:were|was|are|is|came\s+back)\s+(?:all\s+)?(?:clear|clean|normal|"
    # a result called the best of its kind: "my last stress test was the best my cardiologist
    # has ever seen", "my labs were perfect"
    r"the\s+best|perfect|excellent)\b|"
    # the "after" of a before/after story, as its label: "Before: A1C 9.2 and two shots a day.
    # After: 5.9 and none", "Then: 40 units of insulin. Now: none"
    r"\b(?:after|now)\s*[:\u2014\u2013]|"
    # care not needed since, a dose cut in half: "I haven't needed my inhaler since", "I don't
    # take painkillers anymore", "my doctor cut my insulin in half"
    r"\b(?:haven't|have\s+not|hadn't|had\s+not|don't|do\s+not|didn't|did\s+not)\s+(?:needed|need|"
    r"taken|take|touched|used|use)\s+(?:[\w'-]+\s+){0,3}?(?:since|anymore|any\s+more|"
    r"any\s+longer)\b|\bin\s+half\b|"
    # the care a story named, needed no more, in a clinician's words or "after all": "she says
    # I don't need it", "he said I don't need it after all" (a bare "I know I don't need it
    # for my diabetes; my metformin does that" tells no change)
    r"\b(?:says|said|tells\s+me|told\s+(?:me|us))\s+(?:that\s+)?(?:I|we|he|she|they)\s+"
    r"(?:don't|do\s+not|didn't|did\s+not)\s+need\s+(?:it|them)\b|"
    r"\b(?:don't|do\s+not|didn't|did\s+not)\s+need\s+(?:it|them)\s+after\s+all\b",
    re.IGNORECASE)
# Care given up: "retire their blood pressure meds", "ditch your inhaler", "come off insulin".
RETIRED_CARE = re.compile(r"\b(?:retire[sd]?|ditch(?:es|ed)?|toss(?:es|ed)?|"
                          r"(?:throw(?:s|n)?|threw)\s+(?:out|away)|"
                          r"quit|quits|(?:come|comes|came|get|gets|got)\s+off(?:\s+of)?|"
                          # off it as a state: "our clients are off their statins", "I was
                          # finally off metformin" (not "should be off", advice)
                          r"(?:am|is|are|was|were|I['\u2019]m|we['\u2019]re|they['\u2019]re)\s+"
                          r"(?:now\s+|finally\s+|completely\s+|fully\s+|totally\s+|all\s+)?off|"
                          # stopped with its owner named: "able to stop my levothyroxine"
                          r"stop(?:s|ped|ping)?(?=\s+(?:their|your|my|his|her)\s)|"
                          # kept off or tapered off: "stay off dialysis", "keeps our customers
                          # off insulin", "helps you taper off antidepressants", "stop taking"
                          r"stay(?:s|ed|ing)?\s+off|(?:keep|keeps|kept|keeping)\s+(?:you|them|him|"
                          r"her|patients|people|customers|clients|members|folks|our\s+[\w-]+)\s+off|"
                          r"taper(?:s|ed|ing)?\s+off|stop(?:s|ped|ping)?\s+(?:taking|using|needing)|"
                          r"wean(?:s|ed)?\s+(?:themselves\s+|yourself\s+)?off|say\s+goodbye\s+to|"
                          r"no\s+longer\s+(?:need|take|use)s?|"
                          # or cut back: "cut back on insulin", "lower their dose of citalopram"
                          r"(?:cut|cuts|cutting)\s+(?:back|down)\s+on|(?:lower|lowers|lowered|"
                          r"lowering|reduce|reduces|reduced|reducing|cut|cuts|halve|halved)\s+"
                          r"(?:their|your|my|his|her|the)\s+(?:daily\s+)?dos(?:e|es|age)\s+of)"
                          r"\s+(?:their|your|my|his|her|the)?\s*$",
                          re.IGNORECASE)
RETIRED_CARE_VERB = re.compile(RETIRED_CARE.pattern.rstrip("$"), re.IGNORECASE)
# Care made needless, said after its name: "vaccines become unnecessary", "antibiotics are no
# longer needed" (the care given up, as SUBSTITUTED_CARE says it before the name; a change the
# product brings, not advice that care is not needed).
NEEDLESS_AFTER = re.compile(r"\s+(?:(?:become|becomes|became|becoming)\s+"
                            r"(?:simply\s+|completely\s+)?(?:unnecessary|needless|obsolete|redundant)|(?:are|is|were|was)\s+"
                            r"no\s+longer\s+(?:needed|necessary))\b", re.IGNORECASE)
# The reader's or patient's own clinician whose care the predicate is: its subject ("His
# neurologist manages his medicines"), or the one who owns it ("follow your rheumatologist's
# treatment plan", "your retina specialist decides your treatment", "my therapists kept track
# of my recovery"). Deferral to other care, not an outcome of the page's product; "our"
# clinicians are the seller and are left out, and a sentence naming a product of ours is read
# as usual.
_OWN_CLINICIAN = re.compile(r"\b(?:your|my|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                            + _CLINICIAN_WORDS + r"therapist|physio(?:therapist)?|chiropractor|"
                            r"dentist|care\s+team|medical\s+team)s?", re.IGNORECASE)


# A clinician who only foresaw the outcome, as what it is measured against: "stronger than my
# cardiologist expected", "better than my surgeon predicted".
_FORESAW_WORDS = r"(?:had\s+)?(?:expected|predicted|hoped|thought\s+possible)"
# Care that did not work: "but it never helped", "nothing changed", "did not work".
_FAILED_STORY = re.compile(r"\b(?:never|didn't|did\s+not|wasn't|was\s+not|nothing|no\s+help|"
                           r"fail\w*|stopp?ed\s+working)\b", re.IGNORECASE)


# A fragment under a title that says what it is for and ends with the condition: "For
# aching, creaky knees.", "For stubborn nerve pain" (a product card's use); not a sentence
# that goes on past its condition ("For most people, arthritis pain improves with exercise").
_FOR_START = re.compile(r"^\W*(?:made\s+|formulated\s+|designed\s+|great\s+|ideal\s+)?for\s+",
                        re.IGNORECASE)


def _for_fragment(sentence: str, conditions: list[TermMatch]) -> list[TermMatch]:
    start = _FOR_START.match(sentence)
    if start is None or not conditions or _fragment_has_verb(sentence):
        return []
    end = len(sentence.rstrip(" .!\u2026"))
    if not any(c.start() - start.end() <= 40 and end - c.end() <= 2 for c in conditions):
        return []
    return [TermMatch(start.group(0).strip(), start.start(), start.end(), "intended")]


def _agent_fragment(sentence: str, conditions: list[TermMatch]) -> list[TermMatch]:
    """A verbless fragment under a lead (a card's title) that names a product by what it does
    to a condition: the condition, a symptom word or two, and an agent noun ("Monkeypox fever
    reducer.", "COVID defense, in one daily capsule"): the intended use."""
    opening = re.match(r"\W*", sentence).end()
    for condition in conditions:
        if condition.start() > opening:
            break
        agent = _AGENT_NOUN.match(sentence, condition.end())
        if agent is not None and not _fragment_has_verb(sentence):
            return [TermMatch(agent.group("agent"), agent.start("agent"), agent.end("agent"),
                              "intended")]
    return []


# Symptom words, then a noun of what a product does to them, ending the phrase.
_AGENT_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?P<agent>reducers?|relievers?|defen[cs]e|"
                         r"shields?|busters?|blockers?)(?=\s*(?:[.,;:!\u00b7|]|$))",
                         re.IGNORECASE)


# Care by its generic name ("their medication", "my pills"): it names no condition, so it is
# read only where the sentence or its question names one.
_GENERIC_CARE = re.compile(r"(?:[\w-]+\s+)?(?:medications?|medicines?|meds|pills|prescriptions?|"
                           r"drugs|tablets|injections|shots|inhalers?|insulin|painkillers|"
                           r"pain\s+relievers)\b", re.IGNORECASE)


def _retired_generic_care(sentence: str) -> list[TermMatch]:
    """Care given up where a condition is named is the claim: "customers with diabetes no
    longer need their medication" (the verb and the care are the predicate; a "no longer" in
    them denies nothing)."""
    for verb in RETIRED_CARE_VERB.finditer(sentence):
        care = _GENERIC_CARE.match(sentence, verb.end())
        # (not care a person tries or finds hard to give up: `_aimed`)
        if care is not None and not _aimed(sentence, verb.start()):
            return [TermMatch(sentence[verb.start():care.end()], verb.start(), care.end(),
                              "retired")]
    # care the condition will never need ("the injection means they never need the
    # operation", "won't need a knee replacement"): the product offered in its place
    for found in _NEVER_NEEDED.finditer(sentence):
        if not _aimed(sentence, found.start()) and _OUR.search(sentence, 0, found.start()):
            return [TermMatch(found.group(0), found.start(), found.end(), "retired")]
    return []


_CARE_UNNEEDED = re.compile(
    r"\b(?:(?:do|does|did|will|would)(?:n['\u2019]t|\s+not)|won['\u2019]t|never|no\s+longer)\s+"
    r"(?:again\s+|ever\s+)?need(?:s|ed)?\s+(?:(?:a|an|the|my|his|her|our|their|your|any)\s+)?"
    r"(?:[\w-]+\s+)?(?:operations?|surger(?:y|ies)|stents?|replacements?|transplants?|dialysis|"
    r"amputations?|chemo(?:therapy)?|insulin|inhalers?|medications?|medicines?|meds|pills)\b|"
    r"\bno\s+(?:[\w-]+\s+)?(?:operations?|surger(?:y|ies)|stents?|replacements?|transplants?|"
    r"dialysis|chemo(?:therapy)?|insulin|inhalers?|medications?|meds|pills)\s+(?:needed|"
    r"required|necessary)\b", re.IGNORECASE)
_NEVER_NEEDED = re.compile(
    r"\b(?:never|no\s+longer|won['\u2019]t|will\s+not)\s+(?:again\s+|ever\s+)?needs?\s+"
    r"(?:(?:a|an|the|their|your|his|her|my|any)\s+)?(?:[\w-]+\s+)?(?:operations?|"
    r"surger(?:y|ies)|stents?|replacements?|transplants?|dialysis|amputations?|"
    r"chemo(?:therapy)?|insulin|inhalers?|medications?|medicines?|meds|pills)\b", re.IGNORECASE)


# A qualified efficacy statement (shared/content-rules.md, "Negation and hedging": hedges
# qualify efficacy claims but never launder a cure or a guarantee; the coordinator's
# labelling policy of 5 Dec 2026): a weak modal before the predicate in its clause AND the
# claim limited to a subset of patients in that clause ("PRP may help some patients with
# tennis elbow", "might ease knee pain for some people"). A bare modal ("may both prevent the
# infection and treat it") or a subset with no modal ("helps some patients heal") still
# fires; "may cure" is the cure rule's to judge.
_WEAK_MODAL = re.compile(r"\b(?:may|might|could|can)\b", re.IGNORECASE)
_SUBSET = re.compile(r"\b(?:some|certain|a\s+few|a\s+subset\s+of)\s+"
                     r"(?:of\s+(?:our|the|these|them)\s+)?(?:[\w-]+\s+)?(?:patients|people|clients|adults|men|women|individuals|users|"
                     r"cases)\b|\b(?:for|in)\s+some\b(?!\s+(?:time|reason|while|ways?|form|"
                     r"hours?|days?|weeks?|months?|years?)\b)", re.IGNORECASE)


def _qualified(sentence: str, predicate: TermMatch) -> str | None:
    start, end = clause_at(sentence, predicate.start())
    modal = _WEAK_MODAL.search(sentence, start, predicate.start())
    # the subset in the predicate's clause, or said of the results anywhere in the sentence
    # ("PRP may have helped my knee pain a little; it may not work for everyone")
    subset = _SUBSET.search(sentence, start, end) or _VARIES_BY_PERSON.search(sentence)
    return f"{modal.group(0)} ... {subset.group(0)}" if modal and subset else None


# Results said to differ from person to person: the subset of the catalogue's hedging line,
# told of the outcome ("results vary", "it may not work for everyone"); with no weak modal it
# unsays nothing (_RESULTS_VARY).
_VARIES_BY_PERSON = re.compile(
    r"\b(?:(?:individual\s+)?results?\s+(?:may\s+|can\s+|will\s+)?(?:vary|differ)|"
    r"(?:may|might|does|will|won't|doesn't)\s+not\s+work\s+for\s+every(?:one|body)|"
    r"(?:won't|doesn't|don't)\s+work\s+for\s+every(?:one|body)|not\s+for\s+every(?:one|body)|"
    r"every(?:one|body)\s+(?:is|responds)\s+different(?:ly)?)\b", re.IGNORECASE)


# A heading that names a topic and a word for what kind of page it is: no claim to rate.
_TOPIC_LABEL = re.compile(r"^\W*(?:[\w'\u2019&-]+\s+){0,5}?(?:season|month|week|day|awareness|"
                          r"basics|facts|guide|overview|tips|updates?|information|info|FAQs?|"
                          r"resources|news|101)\W*$", re.IGNORECASE)
# What a patient hoped or expected the product would do, in a story: no outcome told.
_HOPED = re.compile(r"\b(?:hop(?:e|ed|ing)|had\s+hoped|wish(?:ed|ing)?|expect(?:ed|ing)|"
                    r"thought|assumed|prayed)\b[^.;!?]{0,60}?\b(?:would|could|might|will)\s+"
                    r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# Those who come to the seller with a hope: its clients, not its own voice ("we hope ...").
_CLIENTS_HOPE = re.compile(r"\b(?:clients|patients|customers|people|parents|families|"
                           r"visitors|members)\b[^.;!?]{0,40}?\bhop(?:e|es|ed|ing)\b",
                           re.IGNORECASE)
# A belief the story then corrects: "I thought the turmeric helped my arthritis, but ...".
_MISTAKEN = re.compile(r"\b(?:I|we)\s+(?:first\s+|really\s+)?(?:thought|believed|assumed|"
                       r"was\s+sure|were\s+sure)\b", re.IGNORECASE)
_CORRECTED = re.compile(r"[^.!?;]{0,80}?,?\s+but\s+(?:my|our|his|her|the)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:doctor|physician|[a-z]+ologist|[a-z]+iatrist|test|tests|labs?|scan)s?\b",
                        re.IGNORECASE)
# ... unless the story says it came true: "..., and they did", "and it worked"
_FULFILLED = re.compile(r"[^.!?]{0,80}?\b(?:and|which)\s+(?:they|it|that|she|he|this)\s+"
                        r"(?:did|does|has|have|worked|work)\b", re.IGNORECASE)
# "Avoid" with the product for its object, or none, before the case it is to be avoided in:
# "Avoid this detox tea if you have kidney disease", "Avoid if: pregnant", "Avoid a drip during
# a flare of Crohn's disease". The label's precaution (21 CFR 201.66(c)(5): "Do not use",
# "Ask a doctor before use if you have"): the condition is the case the product is kept from,
# no prevention of it ("Avoid colds when you travel" has the condition for its object).
_AVOID = re.compile(r"avoid(?:s|ed|ing)?", re.IGNORECASE)
_AVOID_CASE = re.compile(
    r"(?P<object>(?:\s+(?:it|this|them|these|use|(?:the|a|an|this|that|our|your|any)"
    r"(?:\s+(?![\w'+-]*ing\b)[\w'+-]+){1,3}?))?)\s*:?\s+(?:if|when|whenever|while|during|"
    r"before|until|unless|in\s+case)\b", re.IGNORECASE)


def _avoided_in_case(sentence: str, p: TermMatch, conditions: list[TermMatch]) -> bool:
    """The predicate is "avoid" said of the product (or of nothing) before the case it is to
    be avoided in, with no condition for its object: a precaution, not a prevention."""
    if not _AVOID.fullmatch(p.group(0)):
        return False
    case = _AVOID_CASE.match(sentence, p.end())
    return case is not None and not any(
        case.start("object") <= c.start() < case.end("object") for c in conditions)


# A predicate word that is also an adjective, used as one after a determiner ("the calm
# chamber sessions", "a clear plan").
def _others_care(sentence: str, predicate: TermMatch) -> bool:
    """The predicate names a kind of provider that is a third party: "works with local
    addiction treatment programs", "we refer patients to cancer treatment centers", "connect
    you with recovery services" (the care is theirs; what we do is the referral)."""
    if predicate.term_set in _UNPLACED or not _PROVIDER_AFTER.match(sentence, predicate.end()):
        return False
    start, _ = clause_at(sentence, predicate.start())
    return _RELATION_BEFORE.search(sentence[max(start, predicate.start() - 80):
                                            predicate.start()]) is not None


# A person of the teller's life (not a clinician: approved care names those) right before the
# verb, as its subject.
# Who has had care, right before its participle: a relative clause's passive about people
# ("patients who were treated for", "anyone who has been treated for", "runners who had knee
# arthritis treated") or people named with a reduced one ("women treated for breast cancer");
# or the reader, or the reader's child, told as having had it, as a discharge note tells it
# ("You were treated for pneumonia", "your child has been treated for croup"; not what will
# be done: "you will be treated").
_CARE_HAD_BY_PEOPLE = re.compile(
    r"\b(?:who|whom)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being|"
    r"are\s+being)\s+(?:[a-z]+ly\s+|being\s+)?|(?:had|has|have|got)\s+(?:[\w'-]+\s+){1,3}?)$|"
    r"^\W*(?:you|your\s+(?:child|son|daughter|baby|partner))\s+(?:were|was|have\s+been|"
    r"has\s+been|had\s+been|['\u2019]ve\s+been)\s+(?:[a-z]+ly\s+)?$|"
    r"\b(?:patients|people|women|men|children|kids|adults|survivors|clients|veterans|"
    r"those|anyone)\s+(?:recently\s+|previously\s+|already\s+|currently\s+|being\s+)?$",
    re.IGNORECASE)


def _care_told_of_people(sentence: str, p: TermMatch, spec: ClaimSpec) -> bool:
    """The predicate is the participle of care a person had, told of them ("Our shop serves
    patients who were treated for breast cancer", "people being treated for cancer"): their
    history, no product's effect, unless the clause (to a turn) names the product as that
    care's instrument ("patients who were treated with our stem cells")."""
    if not (_placed(sentence, p) and p.group(0).lower().endswith("ed")
            and _CARE_HAD_BY_PEOPLE.search(sentence, max(0, p.start() - 60), p.start())):
        return False
    # (to the clause's turn, past its commas: "prevented at the source, in the gut, by our
    # probiotic blend")
    _, end = contrast_span(sentence, p.start())
    instrument = _AGENT_AFTER.search(sentence, p.end(), end)
    return instrument is None or not (_OUR.search(sentence, instrument.end(), end)
                                      or spec.all_products.search(sentence[instrument.end():end]))


def _in_given_cure(sentence: str, p: TermMatch | None, spec: ClaimSpec) -> bool:
    """The predicate is the cure an opening clause takes as given, of an infection approved
    care is labelled to cure ("Once hepatitis C is cured, ...": lexicons.cure_taken_as_given),
    or what a gerund of that cure does as its subject ("Curing H. pylori can stop ulcers coming
    back"), in a sentence that names neither us nor a product: that care's outcome, not a
    product's effect. (`p` None: the sentence has no predicate word, and the given cure is what
    the learned model would read.)"""
    if p is not None and not _placed(sentence, p):
        return False
    given = cure_taken_as_given(sentence)
    return given is not None and (p is None or given.group("curing") is not None
                                  or p.start() < given.end()) \
        and not _OUR.search(sentence) and spec.all_products.search(sentence) is None


def _in_stated_curability(sentence: str, p: TermMatch | None, spec: ClaimSpec,
                          ctx: Context) -> bool:
    """The predicate is the cure of a sentence that states an infection approved care is
    labelled to cure can be cured, with no agent ("Trichomoniasis is easily cured.":
    lexicons.curability_stated), on a page whose title names no product, and neither the
    sentence nor those beside it in its block name us or a product: the public-health fact of
    that care's outcome. On an ozone page, or beside "Our herbal douche does it in a day", the
    same words are the product's cure. (`p` None: as _in_given_cure.)"""
    if ctx.page_names_product or (p is not None and not _placed(sentence, p)):
        return False
    stated = curability_stated(sentence)
    return stated is not None and (p is None or p.start() < stated.end()) and not any(
        _OUR.search(text) or spec.all_products.search(text) is not None
        for text in (sentence, ctx.previous, ctx.following))


# A passive's auxiliary right before its participle ("is treated", "are being treated").
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+"
                             r"(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# The passive's agent or place named right after it: "by their oncology team", "at urgent care".
_AGENT_OR_PLACE_AFTER = re.compile(r"\s+(?:by|at)\s+\w", re.IGNORECASE)


def _passive_by_others(sentence: str, p: TermMatch, spec: ClaimSpec) -> bool:
    """The predicate is a passive whose agent or place is named after it, and the rest of
    its clause (to a turn) names neither us nor a product of the claim classes: that agent does the
    treating ("... ; cancer patients are treated by their oncology team", "infections are
    treated at urgent care"), not the product ("Arthritis is cured by our stem cell
    injections" still claims)."""
    if not (_placed(sentence, p) and p.group(0).lower().endswith("ed")
            and _PASSIVE_BEFORE.search(sentence, max(0, p.start() - 20), p.start())
            and _AGENT_OR_PLACE_AFTER.match(sentence, p.end())):
        return False
    # (to the clause's turn, past its commas: "prevented at the source, in the gut, by our
    # probiotic blend")
    _, end = contrast_span(sentence, p.start())
    rest = sentence[p.end():end]
    return not (_OUR.search(rest) or spec.all_products.search(rest))


def _stop_using(sentence: str, p: TermMatch) -> bool:
    """"stop" told to the reader, with no object but the product's use: an imperative after
    a clause break or "so", "then", "please", "just" or "immediately", followed by "and",
    a clause break or "using" ("stop and get checked if your eye hurts", "stop using it")."""
    return p.group(0).lower() == "stop" \
        and _STOP_BEFORE.search(sentence[:p.start()]) is not None \
        and _STOP_AFTER.match(sentence, p.end()) is not None


def _aimed_stop(sentence: str, p: TermMatch) -> bool:
    """"stop" or "quit" as the infinitive of a person's aim or struggle ("try to stop", "want
    to quit", "ready to stop", "hard to stop"): what the person means to do, not what a
    product did ("Our blend makes it easier to stop" is not an aim: "easier" is no aim word)."""
    return p.group(0).lower().split()[0] in ("stop", "quit") and _placed(sentence, p) \
        and _aimed(sentence, p.start())


def _objectless_infinitive(sentence: str, p: TermMatch) -> bool:
    """The predicate is an infinitive ("to slow down", "to stop") with nothing after it but a
    particle and then its clause's end or a verb it is joined to by "and" (`_NO_OBJECT_AND`):
    what a person does, with no condition as its object (a predicate of more than one word
    holds its object: "to keep the blisters from spreading", "to turn it around")."""
    return _placed(sentence, p) and not any(c.isspace() for c in p.group(0)) \
        and _TO_BEFORE.search(sentence, 0, p.start()) is not None \
        and _NO_OBJECT_AND.match(sentence, p.end()) is not None


# "to" right before a verb; and what may follow a verb with no object: a particle, then the
# clause's end or "and" with a bare verb ("and rest", "and meet"), not a noun phrase ("and
# even reverse it" has its own verb, read on its own).
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_NO_OBJECT_AND = re.compile(r"(?:\s+(?:down|up|off))?\s*(?:[,;:.)!?]|$|\s+(?:and|or)\s+"
                            r"(?!(?:the|a|an|my|your|his|her|their|its|our|this|that)\b)[a-z]+"
                            r"(?:\s+(?:the|a|an|with|to|for|in|people|some|me|him|her|them|us)\b|"
                            r"\s*(?:[,;:.)!?\u201d]|$)))",
                            re.IGNORECASE)


def _aimed(sentence: str, at: int) -> bool:
    """The verb at `at` is the infinitive of an aim or a struggle (`_AIM_BEFORE`)."""
    return _AIM_BEFORE.search(sentence[max(0, at - 40):at]) is not None


def _service_category(sentence: str, p: TermMatch, spec: ClaimSpec) -> bool:
    """The noun "treatment" as the modifier of a provider's noun ("addiction treatment
    network", "a treatment centre"), or the plural "treatments" as what a clinic offers
    ("offers several hair loss treatments", "the treatments our physicians offer"): a kind of
    care or a place that gives it, named with no product of the rule's classes in the sentence
    but the seller's own words for itself ("our clinic", "our treatments"). A product named
    keeps the claim ("We offer stem cell treatments for knee arthritis")."""
    word = p.group(0).lower()
    if word not in ("treatment", "treatments") or not _placed(sentence, p):
        return False
    provider = word == "treatment" and _PROVIDER_NOUN_AFTER.match(sentence, p.end()) is not None
    offered = word == "treatments" and (
        _OFFERED_BEFORE.search(sentence[max(0, p.start() - 60):p.start()]) is not None
        or _OFFERED_AFTER.match(sentence, p.end()) is not None)
    if not (provider or offered):
        return False
    return not any(not _SELLERS_WORDS.fullmatch(found.group(0))
                   for found in spec.all_products.finditer(sentence))


# A provider's noun after "treatment": the phrase names where care is given or found.
_PROVIDER_NOUN_AFTER = re.compile(r"\s+(?:networks?|cent(?:er|re)s?|facilit(?:y|ies)|"
                                  r"providers?|directory|directories|locators?|finders?|"
                                  r"helplines?|hotlines?|referrals?|admissions)\b",
                                  re.IGNORECASE)
# "Treatments" as the services offered: a verb of offering and at most a quantifier of kinds
# and the condition's words between ("offers several hair loss treatments", "we provide a
# range of pain treatments"), or a relative clause of offering after it ("the treatments our
# physicians offer", "treatments we provide").
_OFFERED_BEFORE = re.compile(r"\b(?:offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)|ha(?:s|ve)\s+"
                             r"available)\s+(?:(?:several|various|many|different|a\s+range\s+"
                             r"of|a\s+number\s+of|a\s+choice\s+of|a\s+variety\s+of|other|"
                             r"all|the)\s+)?(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_OFFERED_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:(?:our|the|we|my)\s+)?"
                            r"(?:[\w-]+\s+)?(?:offer(?:s|ed)?|provide[sd]?|give|gives)\b",
                            re.IGNORECASE)
# The seller's own words for itself or its care, which name no product of a class.
_SELLERS_WORDS = re.compile(r"our\s+(?:clinic|cent(?:er|re)|treatments?|therap(?:y|ies)|"
                            r"program(?:me)?s?)", re.IGNORECASE)


def _inside_care_name(sentence: str, p: TermMatch, spec: ClaimSpec) -> bool:
    """The predicate word lies inside a name of approved care and is not its last word (its
    head): "immune checkpoint inhibitors" names a class of approved drugs, and its "immune"
    says nothing is made immune ("standard treatments" ends in its head, read as before)."""
    if not _placed(sentence, p) or not _WORD_AFTER.match(sentence, p.end()):
        return False
    return any(a.start() <= p.start() and p.end() < a.end()
               for a in spec.approved.finditer(sentence))


_WORD_AFTER = re.compile(r"[\s-]+\w")


def _bare_recovery(sentence: str, p: TermMatch, conditions: list[TermMatch]) -> bool:
    """The noun "recovery" with nothing after it in its clause (no "from", "after" or "of"
    naming what is recovered from), in a clause that names none of the sentence's conditions:
    the person's own process named, not a product's effect on them."""
    if p.group(0).lower() != "recovery" or not _placed(sentence, p) \
            or _NO_OBJECT_AFTER.match(sentence, p.end()) is None \
            or _POSSESSIVE_BEFORE.search(sentence, 0, p.start()) is not None:
        # ("my therapists kept track of my recovery": a person's own recovery is a told
        # outcome, read as a story reads it)
        return False
    # (the clause broken off by a comma or a semicolon, not a title's colon: "Lyme disease:
    # fast recovery" is the recovery from the condition it names)
    start = max(sentence.rfind(",", 0, p.start()), sentence.rfind(";", 0, p.start()))
    if start < 0:
        return False
    end = len(sentence)
    return not any(start <= c.start() < end or start < c.end() <= end for c in conditions)


def _condition_treatable(sentence: str, p: TermMatch, conditions: list[TermMatch]) -> bool:
    """ "Treatable" as the complement of a copula whose subject is the condition, with no
    agent after it ("Depression is common and treatable, so tell your doctor"; not "...
    treatable with our drops"): what the condition is like, not what a product does."""
    if p.group(0).lower() != "treatable" or _AGENT_AFTER.match(sentence, p.end()):
        return False
    return any(_TREATABLE_COPULA.fullmatch(sentence, c.end(), p.start()) for c in conditions)


def _course_in_time_clause(sentence: str, p: TermMatch, conditions: list[TermMatch]) -> bool:
    """The condition, as the subject of a clause that says when ("after the symptoms stop",
    "until your COVID-19 symptoms improve", "once the rash has cleared"), ending or easing
    with no object after the verb: the time the advice holds till, told of the illness's own
    course, no product's effect. Not in the seller's voice ("Take our tablets until the
    diarrhoea stops" names what it sells)."""
    if p.term_set in _UNPLACED or _SELLERS_OWN.search(sentence) \
            or not _NO_OBJECT_AFTER_COURSE.match(sentence, p.end()):
        return False
    when = _WHEN_CLAUSE_BEFORE.search(sentence, max(0, p.start() - 60), p.start())
    return when is not None and any(when.start("subject") <= c.start() and c.end() <= p.start()
                                    for c in conditions)


# A clause of time, its subject and any auxiliary up to its verb: "after the symptoms ",
# "until your COVID-19 symptoms ", "once the rash has ".
_WHEN_CLAUSE_BEFORE = re.compile(r"\b(?:after|until|till|once|when|before|as\s+soon\s+as)\s+"
                                 r"(?P<subject>(?:[\w'-]+\s+){1,5})$", re.IGNORECASE)
# No object after an ending or easing verb: the clause ends, or a span of time, a further
# clause or an adverb of how fully follows ("stop for 48 hours", "clear completely").
_NO_OBJECT_AFTER_COURSE = re.compile(
    r"(?:\s+(?:up|down|over|away|off))?\s*(?:[,;:.)!?]|$|\s+(?:for|and|or|but|completely|"
    r"fully|entirely|again|on\s+(?:its|their)\s+own)\b)", re.IGNORECASE)


def _care_options(sentence: str, p: TermMatch, spec: ClaimSpec) -> bool:
    """ "Treatment" as the subject of a list of options ("Treatment may include ..."), the
    options naming approved care (a medicine, surgery, physiotherapy; not a clinician alone),
    in a sentence with no "our" or "we": how a leaflet lists a condition's standard care, not
    a product's effect. Not "Treatment may include our herbal drops and prescription
    medicine" (the seller's own option), nor options that name no approved care."""
    lead = _OPTIONS_LEAD.match(sentence)
    if lead is None or not lead.start("noun") <= p.start() < lead.end("noun") \
            or _OUR.search(sentence):
        return False
    return any(not _NOT_ANTECEDENT.search(c.group(0))
               for c in _approved(sentence[lead.end():], spec))


# "Treatment (for X) may include", "Treatment options can involve", "The usual treatment
# includes".
_OPTIONS_LEAD = re.compile(r"^\W*(?:the\s+)?(?:(?:usual|main|first|standard)\s+)?"
                           r"(?P<noun>treatments?)(?:\s+options?)?(?:\s+(?:for|of)\s+[^,;:.]{1,60}?)?\s+"
                           r"(?:(?:may|might|can|could|will|usually|often|typically|generally|"
                           r"also)\s+)*(?:include|includes|involve|involves)\b", re.IGNORECASE)


# Between a condition and "treatable": its copula, and an adjective joined to it ("is common
# and", "are often very").
_TREATABLE_COPULA = re.compile(r"\s+(?:is|are)\s+(?:(?:often|usually|very|highly|also|"
                               r"generally|almost\s+always)\s+)*(?:[\w-]+\s*(?:,|\s+and)\s+"
                               r"(?:(?:often|usually|very|highly|also)\s+)*)?", re.IGNORECASE)
# An agent or instrument after a predicate ("treatable with our drops", "by homeopathy").
_AGENT_AFTER = re.compile(r"\s+(?:with|by|using|through|thanks\s+to|via)\b", re.IGNORECASE)


_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|your|his|her|their|our|its)\s+(?:[\w-]+\s+)?$",
                                re.IGNORECASE)
_AIM_BEFORE = re.compile(r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|want(?:s|ed|ing)?|"
                         r"need(?:s|ed|ing)?|"
                         r"decid(?:e|es|ed|ing)|ready|plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|"
                         r"wish(?:es|ed|ing)?|struggl(?:e|es|ed|ing)|hard|difficult)\s+to\s+$",
                         re.IGNORECASE)
_STOP_BEFORE = re.compile(r"(?:^|[,;:.!?]|\b(?:so|then|please|just|immediately))\s*$",
                          re.IGNORECASE)
_STOP_AFTER = re.compile(r"\s*(?:and\b|or\b|[,;.!?]|$|(?:using|taking|applying|wearing)\b)",
                         re.IGNORECASE)


_PERSON_SUBJECT = re.compile(
    r"\b(?:a|an|my|our|the|his|her|their)\s+(?:[\w-]+\s+)?(?:coach|tutor|trainer|mentor|"
    r"teacher|wife|husband|partner|spouse|friend|sister|brother|mom|mother|dad|father|son|"
    r"daughter|family|neighbou?r|pastor|boss|colleague|co-?worker|roommate)s?\s+"
    r"(?:also\s+|really\s+|still\s+|always\s+)?$", re.IGNORECASE)
_PROVIDER_AFTER = re.compile(r"\s+(?:programs?|cent(?:er|re)s?|facilit(?:y|ies)|providers?|"
                             r"services|clinics?|specialists?|teams?|options)\b", re.IGNORECASE)
_RELATION_BEFORE = re.compile(
    r"\b(?:works?\s+(?:closely\s+)?with|working\s+(?:closely\s+)?with|partner(?:s|ed|ing)?\s+"
    r"with|refer(?:s|red|ring|rals?)?\s+(?:[\w-]+\s+){0,2}?to|connect(?:s|ed|ing)?\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:with|to)|coordinat\w+\s+with|find(?:ing)?|locat\w+|list\s+of|directory\s+of)"
    r"\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
# "Cleared" or "approved" by the regulator is a status, not a condition cleared: "the uses the
# FDA has cleared", "FDA-cleared for diabetic wounds".
_REGULATOR_BEFORE = re.compile(r"\bFDA(?:\s+(?:has|have|had))?[\s-]+$")
# A verb that takes a use, an approval or an authorization back, right before the predicate
# ("revoked its emergency use for", "withdrew the approval for", "rescinded the authorization
# to treat"): the use is no longer claimed by anyone.
_REVOKED_BEFORE = re.compile(r"\b(?:revok(?:e|es|ed|ing)|withdr(?:ew|awn|aws|awing)|"
                             r"rescind(?:s|ed|ing)?)\s+(?:(?:its|the|their|an?|this|that)\s+)?"
                             r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# ("I drink the tea for comfort. My breast cancer was treated with surgery": "for" names its
# object in its own sentence)
_SENTENCE_END = re.compile(r"[.!?;]\s")
_ADJECTIVE_PREDICATES = frozenset({"calm", "quiet", "clear"})
# Nothing after a word but the end of its phrase: a verb such as "balance" has no object there.
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[,;:.)!?]|$)")
# What patients with a condition receive, or are given, that is a service, not a treatment
# ("Patients with COVID-19 receive a video visit the same day", "Our nurses give discharge
# instructions to patients with heart failure").
_RECEIVED = re.compile(r"(?:receive[sd]?|undergo|given|prescribed|started\s+on|treated\s+with)$",
                       re.IGNORECASE)
_SERVICE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:visits?|calls?|appointments?|navigators?|"
                            r"tests?|testing|screenings?|results|reminders?|plans?|instructions|"
                            r"follow-ups?|referrals?|consultations?|discounts?|coordinators?|"
                            r"education|counsell?ing|support|letters?|e-?mails?|texts?|"
                            r"check-ins?)\b", re.IGNORECASE)
_IMMUNE_BODY = re.compile(r"\s+(?:systems?|cells?|responses?|function)\b", re.IGNORECASE)
_STATE_BEFORE = re.compile(r"\b(?:out\s+of|beyond|spiral(?:s|ed|ing|l(?:ed|ing))?\s+out\s+of)\s+$",
                           re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:sites?|areas?|zones?|spots?|rooms?)\b", re.IGNORECASE)
# A person's own care for a condition: a possessive, then only the condition's name or a word
# that says which of their care ("your cancer treatment", "my current treatment", "her
# ongoing diabetes treatment"; not "your natural cancer treatment", a product's name for itself).
_OWN_CARE_POSSESSIVE = re.compile(r"\b(?:your|my|his|her|their)\s+((?:[\w'-]+\s+){0,4})$",
                                  re.IGNORECASE)
_OWN_CARE_WORDS = frozenset(("current", "ongoing", "regular", "usual", "prescribed", "planned",
                             "standard", "medical", "conventional", "existing", "main", "own",
                             "active", "first", "next", "chemotherapy", "radiation"))


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_TREATMENT_NOUN = re.compile(r"\btreatments?\b", re.IGNORECASE)
_CALLED_BEFORE = re.compile(r"\b(?:is|are|was|were|be|becomes?|became|as|called|make|makes)\s+$",
                            re.IGNORECASE)


def _own_care_noun(sentence: str, predicate: TermMatch, conditions: list[TermMatch]) -> bool:
    """The noun "treatment" after a possessive and nothing but the condition's name or a word of
    which care it is: the person's own care named, no predicate."""
    if predicate.group(0).lower() not in ("treatment", "treatments"):
        return False
    if _THE_BEFORE.search(sentence, 0, predicate.start()):
        # "the treatment" pointing back to the person's own care named before it ("during her
        # lung cancer treatment; the treatment came from her oncology team")
        return any(_own_care_noun(sentence, TermMatch(m.group(0), m.start(), m.end(),
                                                      predicate.term_set), conditions)
                   for m in _TREATMENT_NOUN.finditer(sentence, 0, predicate.start()))
    found = _OWN_CARE_POSSESSIVE.search(sentence, 0, predicate.start())
    if found is None or _CALLED_BEFORE.search(sentence, 0, found.start()):
        # (a product called the person's treatment is the claim: "If you have macular
        # degeneration, Visual Advantage is your treatment")
        return False
    at = found.start(1)
    for word in re.finditer(r"[\w'-]+", found.group(1)):
        start, end = at + word.start(), at + word.end()
        if word.group(0).lower() not in _OWN_CARE_WORDS and not any(
                c.start() <= start and end <= c.end() for c in conditions):
            return False
    return True
# A program, class or service the predicate noun names with the word after it ("diabetes
# prevention program", "stroke recovery group"), and a seller's own before it ("our", "the
# clinic's").
_PROGRAM_AFTER = re.compile(r"\s+(?:programs?|programmes?|classes|class|courses?|groups?|"
                            r"workshops?|coaching|curriculum|lifestyle\s+programs?)\b",
                            re.IGNORECASE)
_SELLERS_OWN = re.compile(r"\b(?:our|we|us)\b", re.IGNORECASE)


def _carer_in(clause: str, story: str = "") -> bool:
    """A clinician of the teller's in the clause who gives care, not one who only witnessed the
    outcome ("My last stress test was the best my cardiologist has ever seen", "my doctor
    couldn't believe my scans": the story's product is still the cause), nor one who only
    proposed care the story then refuses ("My cardiologist wanted to put in stents ... I took
    the capsules instead"; "my doctor recommended surgery, but I cancelled it"): the care was
    never given, and the product took its place."""
    refused = _REFUSED.search(story) is not None
    return any(not _WITNESSED.match(clause, m.end())
               and not (refused and _PROPOSED.match(clause, m.end()))
               for m in _STORY_CARER.finditer(clause))


# Care a clinician proposed ("wanted to", "was going to", "recommended") and the story's
# refusal of it ("instead", "cancelled", "never needed"): the replaced care of a story.
_PROPOSED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:wanted|wants|was\s+going\s+to|planned|"
                       r"pushed|urged|insisted|recommended|suggested|advised|scheduled|"
                       r"(?:told|said|thought)\s+(?:me\s+)?(?:that\s+)?I\s+(?:needed|would\s+need|"
                       r"had\s+to))\b", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:instead|rather\s+than|cancel(?:l)?ed|called\s+(?:it\s+)?off|"
                      r"turned\s+(?:it|that|them)\s+down|declined|refused|said\s+no|"
                      r"never\s+(?:had|needed|got|started|went)|"
                      r"did(?:n['\u2019]t|\s+not)\s+(?:need|have|go)|no\s+longer\s+need)\b",
                      re.IGNORECASE)
_WITNESSED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:said|says|told|tells|saw|sees|seen|noticed|"
                        r"found|confirmed|could(?:n['\u2019]t|\s+not)\s+believe|"
                        r"was\s+(?:amazed|shocked|surprised|stunned)|"
                        # the outcome measured against what the clinician foresaw: "stronger
                        # than my cardiologist expected"
                        + _FORESAW_WORDS + r")\b", re.IGNORECASE)


def _placed(sentence: str, predicate: TermMatch) -> bool:
    """A predicate word found in this sentence at its offsets (not one lent by a lead or a
    question)."""
    return sentence[predicate.start():predicate.end()] == predicate.group(0)


def _word_of_a_name(sentence: str, predicate: TermMatch) -> bool:
    """The predicate word is the capitalized first word of a proper name, mid-sentence in
    running text: "hoped Curb Crave would move the weight" names a product, and its "Curb"
    says nothing is curbed (not in a title-case heading, where every word has a capital)."""
    word = predicate.group(0)
    return word[:1].isupper() and not word.isupper() \
        and _NAME_GOES_ON.match(sentence, predicate.end()) is not None \
        and sentence[:predicate.start()].strip(" \"'\u201c\u2018([") != "" \
        and not re.search(r"[.!?:]\W*$", sentence[:predicate.start()]) \
        and sum(1 for w in sentence.split() if w[:1].islower()) >= 3


# The next word of a name: a capital right after the word ("Curb Crave").
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")


def _program_name(sentence: str, predicate: TermMatch) -> bool:
    """"Prevention" or "recovery" naming a program with the word after it, one the seller does
    not call its own ("our") within the few words before it."""
    if predicate.group(0).lower() not in ("prevention", "recovery") \
            or not _PROGRAM_AFTER.match(sentence, predicate.end()):
        return False
    return not _SELLERS_OWN.search(sentence[max(0, predicate.start() - 40):predicate.start()])


def _compound_in_negated_list(masked: str, predicate: TermMatch,
                              conditions: list[TermMatch]) -> bool:
    """A predicate noun compounded with its condition ("stroke recovery") as one item of a
    negated list ("not covered for autism, stroke recovery or anti-aging"): the list's
    negation is read up to the compound's start."""
    if not _placed(masked, predicate):
        return False
    for c in conditions:
        if 0 < predicate.start() - c.end() <= 2 \
                and not masked[c.end():predicate.start()].strip(" -"):
            return negated_list(masked[:c.start()])
    return False
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|our|this|that|these|those|my|your|its|their|"
                                r"his|her)\s+$", re.IGNORECASE)


# "Cleared" in the FDA's sense, a device's marketing status, not the verb of a cure: "FDA-
# cleared", "a cleared use", "cleared by the FDA", "cleared for the temporary relief of...",
# "cleared to treat" ("the rash cleared for good" is still the cure's).
_CLEARED_STATUS = re.compile(
    r"(?:\bFDA[- ]?|\b510\s?\(k\)[- ]?)cleared\b|\bcleared\s+(?:uses?|indications?|devices?|"
    r"(?:by|with|through|under)\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:FDA|Food|510)|"
    r"for\s+(?!good\b|life\b|ever\b|years\b|months\b|weeks\b|days\b)|"
    r"to\s+(?:treat|relieve|reduce|use|be\s+used|market|help)\b)", re.IGNORECASE)


def _regulatory_cleared(sentence: str, predicate: TermMatch) -> bool:
    """A "cleared" predicate that is the status of a device: the FDA's word, not the cure's."""
    if predicate.group(0).lower() != "cleared":
        return False
    return any(m.start() <= predicate.start() < m.end()
               for m in _CLEARED_STATUS.finditer(sentence))


def _approved_in(text: str, spec: ClaimSpec) -> bool:
    """An approved drug named in the text, by its brand (the FDA's UNII names) or as a drug of
    labelled-uses.yaml: what stands in for the care, or is likened to it, is itself approved
    ("Generic sildenafil works the same as Viagra", "Tadalafil works like sildenafil"), so
    nothing unapproved is offered in the care's place."""
    return bool(approved_names(text, spec)) or (
        spec.labelled is not None and spec.labelled.names.search(text) is not None)


def _retired_care(sentence: str, spec: ClaimSpec) -> list[TermMatch]:
    """Giving up the care of a condition is the claim: "most members ditch their cholesterol
    pills", and so is the product offered in its place: "in place of chemotherapy" (the words
    before the care are the predicate)."""
    for care_set, before in ((spec.implied, RETIRED_CARE), (spec.replaced, SUBSTITUTED_CARE)):
        for care in care_set.finditer(sentence) if care_set is not None else []:
            verb = before.search(sentence[:care.start()])
            # (not care a person tries or wants to give up: "need more than one try to stop
            # using opiates" tells an aim, not an outcome: `_aimed`)
            if verb is not None and not _aimed(sentence, verb.start()):
                return [TermMatch(verb.group(0).strip(), verb.start(), verb.end(), "outcome")]
    if replaced := replaced_drugs(sentence, spec):
        verb = replaced[0][1]
        return [TermMatch(verb.group(0).strip(), verb.start(), verb.end(), "outcome")]
    if quit := quit_habits(sentence, spec):
        return [quit[0][1]]
    return []


# The head words of SUBSTITUTED_CARE and RETIRED_CARE: a sentence without one replaces no care.
_REPLACING_WORD = re.compile(
    r"\b(?:replac|instead|alternative|substitut|rather|place|like|same|skip|avoid|put|delay|"
    r"never|no|won|will|don|do|didn|did|doesn|does|choos|chose|prefer|retire|ditch|toss|throw|"
    r"threw|quit|come|came|get|got|wean|say|stay|keep|kept|taper|stop|off)|" + LIKENED_TO,
    re.IGNORECASE)


def replaced_drugs(text: str, spec: ClaimSpec) -> list[tuple[TermMatch, re.Match[str]]]:
    """Approved drugs the text names by their own names (a brand, a generic name of
    labelled-uses.yaml or by its INN/USAN stem: `drug_names`) right after words that give
    them up or put something in their place ("no longer need metformin", "came off
    gabapentin", "skip the Lipitor"), each with those words: the drug names the condition its
    label is for, and the words are the predicate. Not a giving up supposed ("if you stop
    using minoxidil"), nor where what takes the drug's place is itself an approved drug
    ("Generic sildenafil works the same as Viagra"). The names are read only where a word of
    replacing is."""
    if _REPLACING_WORD.search(text) is None:
        return []
    return [(d, sub) for d in drug_names(text, spec)
            if (sub := _replacing(text[:d.start()])) is not None
            and _SUPPOSED_BEFORE.search(text[:sub.start()]) is None
            and (d.text[:1].isupper() or _taken_by_someone(text[:d.start()])
                 or _LIKENED.search(sub.group(0)) is not None)
            and not _approved_in(text[:sub.start()], spec) and _names_a_condition_of(d, spec)]


# A drug named as the standard the product matches ("as effective as metformin"): a medicine,
# in lower case too.
_LIKENED = re.compile(LIKENED_TO, re.IGNORECASE)


def _taken_by_someone(before: str) -> bool:
    """A generic name (in lower case) replaced is a medicine someone takes when it is given up
    (RETIRED_CARE) or has an owner or an article ("replace your metformin", "skip the
    atorvastatin"); not a substance the body makes ("hormone therapy replaces estrogen and
    progesterone": the body's own hormones, made up for)."""
    return RETIRED_CARE.search(before) is not None or _OWNED_BEFORE.search(before) is not None


def _names_a_condition_of(drug: TermMatch, spec: ClaimSpec) -> bool:
    """The drug stands for a condition of the rule's sets: a drug of labelled-uses.yaml when
    one of its labelled uses is one (metformin's diabetes is a disease, no infection;
    Tamiflu's influenza is an infection); any other approved drug, whose uses are not written
    here, for a disease only."""
    labelled = spec.labelled.drug(drug.text) if spec.labelled is not None else None
    if labelled is None:
        return "diseases" in spec.condition_sets
    return any(not _COMPLEMENT_END.search(words[:c.start()])
               for words in (_USE_WORDS.sub(" ", use) for use in labelled.uses)
               for c in spec.conditions.finditer(words))


# The syntax of a labelled use's regex ("(?:type 2 )?diabetes(?: mellitus)?"): what is left
# is the use's words. (A condition after "after", "from" in them is the use's cause, not the
# use: the shingles of gabapentin's "nerve pain after shingles", _COMPLEMENT_END.)
_USE_WORDS = re.compile(r"\(\?:|\(\?<!.*?\)|[()?|\\]|\bw\*")
# The words that open a clause supposing what it says, not telling it as done, each with
# whether it still supposes a thing told as past: "If you stop using minoxidil, the hair is
# lost", "when you quit smoking, cravings peak" (the condition of a clause, which says what
# follows); of a past only "if", "unless" and "whether" ("if you haven't had a drink in a year";
# a time tells the past as it was: "after one session I never lit another").
_SUPPOSING = {"if": True, "unless": True, "whether": True, "when": False, "whenever": False,
              "once": False, "before": False, "after": False, "until": False}


def _supposed(words: list[str], reach: int) -> re.Pattern[str]:
    """A supposition of `words` that opens the clause within `reach` words before the end."""
    return re.compile(rf"\b(?:{'|'.join(words)})\s+(?:[\w'\u2019-]+\s+){{0,{reach}}}?$",
                      re.IGNORECASE)


# A giving up or a state supposed (right before the verb); a use no longer made or an outcome
# denied, supposed (right before the negated perfect, which has its subject and adverbs
# between: a longer reach).
_SUPPOSED_BEFORE = _supposed(list(_SUPPOSING), 3)
_SUPPOSED_PAST = _supposed([word for word, past in _SUPPOSING.items() if past], 4)


def supposed_past(before: str) -> bool:
    """The text `before` ends in a supposition of what follows when it is told as past or
    denied ("If you have none of the symptoms", "unless you haven't had a seizure in a
    year"): what follows is the case supposed, not told."""
    return _SUPPOSED_PAST.search(before) is not None
_OWNED_BEFORE = re.compile(r"\b(?:your|my|their|his|her|the)\s+$", re.IGNORECASE)


def quit_habits(text: str, spec: ClaimSpec) -> list[tuple[TermMatch, TermMatch]]:
    """The use of a substance of dependence given up, with the words that give it up: right
    after a verb of quitting ("quit cigarettes", "stop smoking", "give up drinking", "kick the
    vaping habit"), or the end told as the person's state or as what they no longer do
    (`_habit_ended`: "be smoke-free in 30 days", "I haven't touched a drink since"). It names
    the dependence (ICD-10-CM F10-F19), and quitting it is the outcome claimed. Not a quitting
    the person aims at or struggles with ("want to quit smoking": `_aimed`), one for a while
    ("stop smoking two weeks before surgery": _PAUSED_UNTIL), nor one supposed ("when you quit
    smoking, ...": _SUPPOSED_BEFORE)."""
    if spec.habits is None:
        return []
    quit = [] if _QUIT_WORD.search(text) is None else [
        (h, TermMatch(verb.group(0).strip(), verb.start(), verb.end(), "outcome"))
        for h in spec.habits.finditer(text)
        if (verb := QUIT_VERB.search(text[:h.start()])) is not None
        and not _aimed(text, verb.start()) and _PAUSED_UNTIL.match(text, h.end()) is None
        and _SUPPOSED_BEFORE.search(text[:verb.start()]) is None
        and not (_GERUND.match(verb.group(0)) and _CLAUSE_OPENS.search(text[:verb.start()]))]
    return quit or _habit_ended(text, spec)


def _habit_ended(text: str, spec: ClaimSpec) -> list[tuple[TermMatch, TermMatch]]:
    """The end of a dependence told without a verb of quitting: the person's state named by
    the habit's absence ("be smoke-free in 30 days", "I'm nicotine-free", "now a non-smoker"),
    the use the person no longer makes ("I haven't touched a cigarette since", "never wanted
    another drink"), or the wish for it lost ("lost all desire to smoke"). A state of a place
    or a product ("a smoke-free campus", "an alcohol-free tincture") has no person for its
    subject; a state required or supposed ("you must be smoke-free for six weeks before
    surgery", "if you are smoke-free") is no outcome."""
    if spec.habits is None:
        return []
    found = [] if "-free" not in text.lower() else [
        (h, TermMatch(f.group(0), f.start(), f.end(), "outcome"))
        for h in spec.habits.finditer(text)
        if (f := _FREE_OF.match(text, h.end())) is not None
        and _person_state(text, h.start()) and _STATE_AFTER.match(text, f.end())
        and _PAUSED_UNTIL.match(text, f.end()) is None]
    found += [(h, TermMatch(lost.group(0).strip(), lost.start(), lost.end(), "outcome"))
              for h in spec.habits.finditer(text)
              if (lost := _DESIRE_LOST.search(text[:h.start()])) is not None]
    found += [(TermMatch(m.group("user"), m.start("user"), m.end("user"), "quit-habits"),
               TermMatch(m.group(0), m.start(), m.end(), "outcome"))
              for m in _NON_USER.finditer(text)
              if _person_state(text, m.start()) and _STATE_AFTER.match(text, m.end())
              and _PAUSED_UNTIL.match(text, m.end()) is None]
    found += [(TermMatch(m.group(used), m.start(used), m.end(used), "quit-habits"),
               TermMatch(m.group("verb"), m.start("verb"), m.end("verb"), "outcome"))
              for m in _USE_NO_MORE.finditer(text)
              if (used := "unit" if m.group("unit") else "habit" if m.group("habit") else "")
              and (m.group("another") or _SINCE.match(text, m.end())
                   or _SINCE_OPENS.search(text[:m.start()]))
              and _PAUSED_UNTIL.match(text, m.end()) is None
              and not supposed_past(text[:m.start()])]
    return found


def habit_ends(text: str) -> list[int]:
    """Where a text may tell a habit's end by a word that is no habit's name ("a non-smoker",
    "haven't touched a drink since"): the places `quit_habits` reads beside the habits'."""
    return [m.start() for pattern in (_NON_USER, _USE_NO_MORE) for m in pattern.finditer(text)]


def quit_on_care_before(previous: str, habits: list[TermMatch], spec: ClaimSpec) -> str | None:
    """The approved medicine the teller tells in the sentence before, labelled for the
    dependence whose end the sentence tells ("I detoxed on chlordiazepoxide and then took
    acamprosate for six months." / "I haven't had a drink in two years."): the story goes on
    with that medicine's outcome, no product's."""
    if not previous or spec.labelled is None or _TELLER.search(previous) is None:
        return None
    return next((drug.text for drug in drug_names(previous, spec)
                 if (labelled := spec.labelled.drug(drug.text)) is not None
                 and any(labelled.covers(_habit_of(habit.text)) for habit in habits)), None)


def _habit_of(used: str) -> str:
    """The habit a unit of its use names ("a drop", "a drink" of drinking; "a cigarette" of
    smoking), as a label names it; a habit's own name as it is."""
    for unit, habit in _UNIT_HABITS:
        if unit.fullmatch(used):
            return habit
    return used


_UNIT_HABITS = [(re.compile(r"drinks?|drops?(?:\s+of\s+\w+)?|beers?|glass(?:es)?\s+of\s+\w+|drunk|"
                            r"drank|booze", re.IGNORECASE), "drinking"),
                (re.compile(r"cigarettes?|cigs?|smokes?|smoked|smokers?|puffs?|tobacco",
                            re.IGNORECASE), "smoking"),
                (re.compile(r"vapes?|vaped|vapers?", re.IGNORECASE), "vaping")]
# The teller of a story, in the first person.
_TELLER = re.compile(r"\b(?:I|I'm|I've|I'd|[Mm]y|[Mm]e)\b")


def _person_state(text: str, at: int) -> bool:
    """The state at `at` is said of a person: after a person's copula ("I'm", "you will be",
    "our clients are now"), "make(s) you", "become", or opening its clause and told with its
    time or means ("Smoke-free after one session!"); not required of them or supposed."""
    before = text[:at]
    if _SUPPOSED_BEFORE.search(before) is not None or _STATE_REQUIRED.search(before) \
            or _LIFELONG.search(text[slice(*clause_at(text, at))]):
        return False
    if _PERSON_COPULA.search(before) is not None:
        return True
    state = _STATE_WORD.match(text, at)
    return (_STATE_OPENS.search(before) is not None and state is not None
            and _STATE_TOLD_WHEN.match(text, state.end()) is not None)


# The habit's absence as a state: "smoke-free", "nicotine-free" (a habit of quit-habits right
# before it); "non-smoker", "ex-drinker" (one who no longer uses it).
_FREE_OF = re.compile(r"-free\b", re.IGNORECASE)
_NON_USER = re.compile(r"\b(?:a\s+|an\s+)?(?:non|ex)-?(?P<user>smokers?|drinkers?|vapers?)\b",
                       re.IGNORECASE)
# The wish for the habit lost ("lost all desire to smoke", "lose the urge for nicotine"): the
# person's want of it ended, right before the habit.
_DESIRE_LOST = re.compile(r"\blos(?:e|es|t|ing)\s+(?:(?:all|the|any|every|my|your|their|his|"
                          r"her|our)\s+)*(?:desire|urges?|cravings?|need|wish|taste|appetite)\s+"
                          r"(?:to|for)\s+(?:a\s+|another\s+)?$", re.IGNORECASE)
# A use the person no longer makes, told by a negated perfect or past ("haven't touched a
# cigarette since", "never wanted another drink", "haven't smoked in a year"): a unit of the
# habit (a cigarette, a drink, a drop of alcohol) or the habit's own verb, with "another",
# the time since or "again" (not a life without it: "I have never smoked").
_UNIT = (r"(?:cigarettes?|cigs?|smokes?|puffs?|vapes?|drinks?|beers?|drop(?:\s+of\s+"
         r"(?:alcohol|wine|booze|whisk(?:e)?y|vodka|beer))?|glass(?:es)?\s+of\s+(?:wine|"
         r"beer)|alcohol|booze|nicotine|tobacco|opioids?|opiates?|heroin)")
_USE_NO_MORE = re.compile(
    r"\b(?P<verb>(?:haven't|haven\u2019t|have\s+not|hasn't|hasn\u2019t|has\s+not|hadn't|"
    r"hadn\u2019t|had\s+not|never)\s+(?:once\s+|even\s+|since\s+|again\s+)?"
    r"(?:(?P<habit>smoked|vaped|drunk|drank)|touched|had|lit|picked\s+up|used|wanted|craved|"
    r"reached\s+for|bought|taken|took))(?:\s+(?:(?P<another>another)\s+|(?:a|one|a\s+single|"
    r"any|even\s+one|more)\s+)?(?P<unit>" + _UNIT + r")\b)?", re.IGNORECASE)
_SINCE = re.compile(
    r"\s+(?:[\w'\u2019-]+\s+){0,2}?(?:since|again|anymore|any\s+more)\b|\s+(?:in|for)\s+"
    r"(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|eighteen|several|many)\s+(?:months?|years?)\b", re.IGNORECASE)
# Whose state it is: a person's copula ("I'm", "you'll be", "our clients are now", "has
# been"), "make(s) you", "become", "turn(s) ... into".
_PERSON_COPULA = re.compile(
    r"(?:\b(?:I|we|you|he|she|they|patients|clients|members|customers|people|smokers|"
    r"drinkers)\b(?:\s+[\w'\u2019]+){0,3}?\s+(?:am|are|is|was|were|be|been|become|became|"
    r"becomes)|\b(?:I|we|you|he|she|they)['\u2019](?:m|re|s|ll\s+be|ve\s+been|d\s+be)|"
    r"\bmakes?\s+(?:you|me|him|her|them|patients|clients|smokers|drinkers)|\bmade\s+(?:you|me|"
    r"him|her|them)|\bturn(?:s|ed)?\s+(?:[\w-]+\s+){1,3}?into|"
    r"\bbecom(?:e|es|ing)|\bbecame)\s+(?:(?:now|finally|still|completely|totally|officially|"
    r"fully|100%|happily|proudly)\s+)*(?:a\s+|an\s+)?(?:(?:[\w-]+\s+){0,2}?(?:days?|weeks?|"
    r"months?|years?)\s+)?$", re.IGNORECASE)
# A state said of its holder ends its noun phrase: "I'm smoke-free now", not the modifier of a
# noun ("we are a smoke-free clinic").
_STATE_AFTER = re.compile(r"\s*(?:[.!?,;:)\u201d\"'\u2014-]|$|(?:in|within|after|for|since|thanks|"
                          r"at|now|today|overnight|and|again|ever|forever|too|as|by|with|from|"
                          r"without|because|so|completely|totally|ever\s+since)\b)",
                          re.IGNORECASE)
# A time since told before the use no longer made: "Since the drops, I haven't drunk ...".
_SINCE_OPENS = re.compile(r"\bsince\b", re.IGNORECASE)
# A state for life, not an end: "I have always been a non-smoker", "a non-smoker all my life".
_LIFELONG = re.compile(r"\b(?:always|lifelong|life-long|all\s+(?:my|his|her|their|your)\s+"
                       r"li(?:fe|ves)|since\s+birth)\b", re.IGNORECASE)
# A state required of or advised to a person, not an outcome ("you must be smoke-free for six
# weeks before surgery", "you should be alcohol-free on the day").
_STATE_REQUIRED = re.compile(r"\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|"
                             r"ought\s+to|required\s+to|asked\s+to)\s+(?:[\w'\u2019]+\s+){0,2}?$",
                             re.IGNORECASE)
# A state that opens its clause, and its time or means after it ("Smoke-free after one
# session", "Nicotine-free in 30 days!", "Smoke-free, thanks to the laser").
_STATE_WORD = re.compile(r"[\w-]+")
_STATE_OPENS = re.compile(r"(?:^|[;:.!?\u2014])\s*[\"'\u201c\u2018(]*\s*(?:(?:be|become|get|"
                          r"stay)\s+)?(?:a\s+|an\s+)?$", re.IGNORECASE)
_STATE_TOLD_WHEN = re.compile(r"\s*(?:after|in|within|since|for|thanks|with|at\s+last|[!,]|$)",
                              re.IGNORECASE)


def _habit_quit_before(before: str, spec: ClaimSpec) -> bool:
    """Every word of replacing before a care is the verb of a habit quit ("help you quit
    smoking with nicotine patches"): the care is the means of quitting, not care given up."""
    spans = [(min(verb.start(), habit.start()), max(verb.end(), habit.end()))
             for habit, verb in quit_habits(before, spec)]
    return bool(spans) and all(any(b <= m.start() < e for b, e in spans)
                               for m in _REPLACED.finditer(before))


# A verb of quitting right before a habit, with its determiner ("quit", "stop", "give up",
# "kick", "ditch", "break", "cut out"; "off" as a state: "be off opioids"); and its head
# words, a sentence without one quits nothing.
QUIT_VERB = re.compile(
    r"\b(?:quit(?:s|ting)?|stop(?:s|ped|ping)?|(?:give|gives|gave|giving|given)\s+up|"
    r"kick(?:s|ed|ing)?|ditch(?:es|ed|ing)?|break(?:s|ing)?|broke|"
    r"(?:cut|cuts|cutting)\s+out|(?:come|comes|came|get|gets|got|stay|stays|stayed)\s+off|"
    r"(?:am|is|are|was|were)\s+(?:now\s+|finally\s+|completely\s+)?off)"
    r"\s+(?:(?:the|your|my|their|his|her|a)\s+)?$", re.IGNORECASE)
# The quitting as a gerund that opens its clause, the clause's subject ("Only quitting smoking
# helps the lungs recover", "Quitting smoking lowers your risk"): what follows is the
# quitting's own effect, no product's.
_GERUND = re.compile(r"\w+ing\b", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"(?:^|[;:,.!?]|\b(?:and|but|that))\s*(?:(?:only|just|simply)\s+)?$",
                           re.IGNORECASE)
_QUIT_WORD = re.compile(r"\b(?:quit|stop|give|gave|giving|given|kick|ditch|break|broke|cut|"
                        r"off)", re.IGNORECASE)
# A habit stopped for a while, told by the time it ends: "stop drinking alcohol the day before
# your drip", "stop smoking two weeks before surgery", "give up alcohol for 48 hours" (a
# preparation or a pause, not the end of a dependence).
_PAUSED_UNTIL = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:before|until|till|ahead\s+of|prior\s+to|"
                           r"during|for\s+(?:at\s+least\s+)?(?:\d+|a|an|one|two|three|four|"
                           r"five|six|seven|several|a\s+few)\s+(?:hours?|days?|weeks?|nights?))\b",
                           re.IGNORECASE)


def _replacing(before: str) -> re.Match[str] | None:
    """The words right before a care that replace it or give it up ("can replace your",
    "skip the", "came off")."""
    return SUBSTITUTED_CARE.search(before) or RETIRED_CARE.search(before)


def _learned(sentence: str, spec: ClaimSpec, ctx: Context,
             verdict: Verdict) -> list[TermMatch]:
    """No predicate word: the learned model may rate the sentence (with its lead) a claim.
    Its predicate has no place in the sentence; the whole sentence is its scope."""
    if spec.learned is None:
        return []
    if _TOPIC_LABEL.match(sentence) and not _fragment_has_verb(sentence):
        # "Cold and Flu Season", "Lyme Disease Awareness Month": a heading that names its topic
        verdict.notes.append("a topic label, not a claim")
        return []
    if _isolation_advice(sentence):
        # "Keep your child home from school for four days after the measles rash appears":
        # advice to keep an ill person away from others, no product's effect
        verdict.notes.append("advice to stay away from others while ill, not a claim")
        return []
    if _in_given_cure(sentence, None, spec) or _in_stated_curability(sentence, None, spec, ctx):
        # "After gonorrhoea is cured, you should be tested again": the cure approved care
        # gives, taken as given, and advice after it; "Malaria is curable.": stated
        verdict.notes.append("an infection's cure taken as given, not a claim")
        return []
    if ctx.lead and is_question(ctx.lead) and _LEARNED_NEGATION.search(ctx.lead):
        # under "What conditions can't stem cells treat?" an item is what the product does
        # not do: the model, reading the lead's words, would rate it a claim
        verdict.notes.append(f"its lead asks what is not done: {ctx.lead!r}")
        return []
    text = ctx.with_lead(sentence)
    if spec.learned_threshold:
        p = spec.learned.probability(text) if len(text.split()) >= MIN_WORDS else None
        p = p if p is not None and p >= spec.learned_threshold else None
    else:
        p = spec.learned.rates_claim(text)
    if p is None:
        return []
    verdict.notes.append(f"no predicate word; the learned model rates it a claim (p={p:.2f})")
    return [TermMatch(f"(learned, p={p:.2f})", 0, 0, "learned")]


# Advice to keep an ill person away from others (the exclusion periods public-health bodies
# set for schools and workplaces: UKHSA, "Children and young people settings: managing
# specific infectious diseases", 2023; CDC, "Preventing Spread of Respiratory Viruses When
# You're Sick", 2024): staying or kept home, off or away from school, work or other people,
# or isolating. Not the seller's ("our drops keep you off work") nor a comparison of time
# ("back at school sooner").
_KEPT_AWAY = re.compile(
    r"\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping)\s+(?:[\w'-]+\s+){0,3}?(?:(?:at\s+)?"
    r"home|off|away|out)\b[^.;:!?]{0,40}?\b(?:school|nursery|work|college|daycare|day\s+care|"
    r"childcare|kindergarten|others|other\s+people|people|visitors|bab(?:y|ies)|"
    r"swimming|pools?)\b|\b(?:self-)?isolat(?:e|es|ed|ing)\b", re.IGNORECASE)
_SOONER = re.compile(r"\b(?:fewer|less|sooner|faster|quicker|shorter|earlier)\b", re.IGNORECASE)


def _isolation_advice(sentence: str) -> bool:
    return _KEPT_AWAY.search(sentence) is not None and _SELLERS_OWN.search(sentence) is None \
        and _SOONER.search(sentence) is None


# A negation anywhere in a sentence the learned model rated (not "without", "instead of":
# what the product replaces is part of the claim).
_LEARNED_NEGATION = re.compile(r"\b(?:not|no|never|cannot|nor|neither|nothing|none|nobody|"
                               r"unlikely)\b|n't\b", re.IGNORECASE)
# Without a condition the model reads whole sentences only: a shorter text is a label.
_WIDE_MIN_WORDS = 6


def _learned_condition(sentence: str, spec: ClaimSpec, ctx: Context,
                       verdict: Verdict) -> TermMatch | None:
    """No condition of the lexicons: where the rule's gate allows (a product of its classes
    in the sentence or its lead; or, gate "page", the page's product), the learned model
    rating the sentence a disease claim at `learned_wide_threshold` stands in for both the
    condition and the predicate. Every scope rule still applies."""
    if spec.learned is None or spec.learned_gate == "condition" or spec.products is None:
        return None
    if spec.shadow is not None and spec.shadow.search(sentence) is not None:
        return None  # a condition of another rule's sets ("influenza"): that rule's claim
    if spec.products.search(sentence) is None and not (ctx.lead and spec.products.search(
            ctx.lead)) and not (spec.learned_gate == "page" and ctx.page_product is not None):
        return None
    if len(sentence.split()) < _WIDE_MIN_WORDS:
        return None  # a title or a label ("Umbilical Cord Cell Infusion") claims nothing
    if _denies_no_condition(sentence, spec):
        return None  # "I feel none of the nerves I had": what it denies is named, no condition
    if _DIRECTIONS.match(sentence):
        return None  # directions: "Store the drops away from children" claims nothing
    text = ctx.with_lead(sentence)
    p = spec.learned.probability(text)
    if p < max(spec.learned_wide_threshold, spec.learned.threshold):
        return None
    verdict.notes.append(f"no condition or predicate word; the learned model rates it a "
                         f"disease claim (p={p:.2f})")
    return TermMatch(f"(learned, p={p:.2f})", 0, 0, "learned")


# A quantifier's denial, which names what it denies right after it: "none of the", "not a
# single", "not one" (predicates.yaml negated_outcomes).
_QUANTIFIED_DENIAL = re.compile(r"\bnone\s+of\b|\bnot\s+(?:a\s+single|one)\b", re.IGNORECASE)


def _denies_no_condition(sentence: str, spec: ClaimSpec) -> bool:
    """Every predicate word of a sentence that names no condition is a quantifier's denial
    ("I feel none of the nerves I had before my first visit"): it names what it denies, and
    that is no condition, so the sentence tells no outcome for the model to rate."""
    if spec.negated_outcomes is None:
        return False
    denials = [m for m in spec.negated_outcomes.finditer(sentence)
               if _QUANTIFIED_DENIAL.search(m.text)]
    return bool(denials) and all(any(d.start() <= p.start() < d.end() for d in denials)
                                 for p in spec.predicates.finditer(sentence))


# Directions for storage and precautions of use (the label's "directions" and "warnings",
# 21 CFR 201.5 and 201.66): an imperative that stores, discards or keeps the product away,
# or tells what to avoid in using it (not "Avoid knee replacement", a sales line). With no
# condition and no predicate word in the sentence, the learned model has nothing to read
# but its product and "away from" ("Keep the balm away from broken skin" rated 0.92).
_DIRECTIONS = re.compile(
    r"^\W*(?:please\s+)?(?:store|refrigerate|discard|dispose\s+of|throw\s+away|shake|rinse|"
    r"avoid\s+(?:using|applying|taking|use\s+(?:on|in|near|with)|(?:direct\s+)?contact|getting|"
    r"sun|heat|freezing)|do\s+not|don[\u2019']t|never\s+(?:use|apply|take|share|freeze|store)|"
    r"keep\s+(?:[\w-]+\s+){0,5}?(?:away\s+from|out\s+of|at\s+room|in\s+(?:a|the)\s+|"
    r"refrigerated|sealed|closed|tightly|cool|dry|upright|frozen))\b",
    re.IGNORECASE)


def _patient_info(sentence: str, spec: ClaimSpec, ctx: Context,
                  products: list[TermMatch]) -> str | None:
    """The learned patient-information head clears a claim whose sentence and lead name no
    product of the rule's classes ("Most ear infections clear up on their own..." on a page
    that sells something): the product is only the page's topic, or any product."""
    if spec.learned is None or products or not (spec.learned_veto or spec.learned_topic_floor):
        return None
    if ctx.lead and (spec.products or spec.all_products).search(ctx.lead) is not None:
        return None
    text = ctx.with_lead(sentence)
    if spec.learned_topic_floor and len(text.split()) >= MIN_WORDS:
        p = spec.learned.probability(text)
        if p < spec.learned_topic_floor:
            return (f"no product named and the learned model rates it a disease claim at "
                    f"p={p:.2f} only (< {spec.learned_topic_floor})")
    p = spec.learned.rates_patient_info(text) if spec.learned_veto else None
    if p is None:
        return None
    return f"the learned model rates it patient information (p={p:.2f})"


def _told_outcomes(sentence: str, spec: ClaimSpec) -> list[TermMatch]:
    """What a story says happened: its outcome phrases and negated outcomes."""
    told = [TermMatch(m.group(0), m.start(), m.end(), "outcome")
            for m in OUTCOME.finditer(sentence)]
    if spec.story_outcomes is not None:
        told += [TermMatch(m.text, m.begin, m.finish, "outcome")
                 for m in spec.story_outcomes.finditer(sentence)]
    if spec.negated_outcomes is not None:
        told += [TermMatch(m.text, m.begin, m.finish, "outcome")
                 for m in spec.negated_outcomes.finditer(sentence)]
    return told


def _told_outcome(sentence: str, spec: ClaimSpec) -> TermMatch | None:
    """The first outcome a story tells (OUTCOME, or story-outcomes.yaml's), or None; not what
    the teller is doing with their own clinician as its object ("I'm seeing my neurologist
    next month"), care that goes on, no after."""
    found = next((m for m in OUTCOME.finditer(sentence)
                  if not (m.group(0).endswith("ing")
                          and _OWN_CLINICIAN.match(sentence, m.end() + 1))), None)
    told = spec.story_outcomes.search(sentence) if spec.story_outcomes is not None else None
    if told is not None and (found is None or told.begin < found.start()):
        return TermMatch(told.text, told.begin, told.finish, "outcome")
    return TermMatch(found.group(0), found.start(), found.end(), "outcome") if found else None


# The condition that did not respond to other care, to the clause's end: "Depression that has
# not responded to SSRIs such as Zoloft" (the clause describes the condition; its "responded"
# is no predicate of the claim).
# (the clause ends at a stop, a bracket, or a comma before a turn: "..., but vancomycin treats
# it" is care of its own)
_UNRESPONSIVE = re.compile(
    r"\b(?:(?:that|which|who)\s+(?:has|have|had|did|does|do)(?:n't|\s+not)\s+(?:yet\s+)?"
    r"(?:respond(?:ed)?|improv(?:e|ed))\s+(?:to|with|on)|(?:resistant|unresponsive|refractory)"
    r"\s+to)\b(?:[^.;:!?(),]|,(?!\s*(?:but|so|yet|then|and\s+then|which|while)\b))*",
    re.IGNORECASE)


# (and the symptoms set against the cause as a bare object: "tackling the cause rather than the
# symptoms", "treats the root of the problem instead of just its symptoms")
# What the product is made of, set against another material ("made from herbs instead of
# chemicals", "formulated with plant extracts rather than synthetic drugs"): its making, no
# denial of what it does.
_MADE_INSTEAD = re.compile(r"\b(?:made|derived|formulated|sourced|extracted|crafted|produced|"
                           r"built|brewed|grown)\s+(?:from|with|of|using)\s+(?:[\w'-]+\s+){1,4}?"
                           r"$", re.IGNORECASE)
_ROOT_CAUSE_CONTRAST = re.compile(ALTERNATIVE + r"\s+(?:just\s+|simply\s+|only\s+|"
                                  r"merely\s+)?(?:(?:masking|covering\s+up|chasing|numbing|"
                                  r"managing|treating|band-aiding|hiding)\s+)?(?:the\s+|your\s+|"
                                  r"its\s+|their\s+)?symptoms\b", re.IGNORECASE)
# Care the product is offered in place of ("Instead of insulin, our peptide controls type 2
# diabetes", "rather than knee surgery"): what it replaces, not a denial of the claim.
_INSTEAD_OF = re.compile(ALTERNATIVE + r"\s+((?:[\w'-]+\s+){0,2})",
                         re.IGNORECASE)


def _care_replaced(text: str, start: int, spec: ClaimSpec | None) -> bool:
    """"instead of" names the care a condition needs (approved care, the care of the
    lexicons' `replaced`, or a condition's own care: "instead of prostate cancer treatment"):
    the product is offered in its place, which is the claim, not a denial of it."""
    found = _INSTEAD_OF.match(text, start)
    if spec is None or found is None:
        return False
    window = text[found.start(1):found.start(1) + 60]
    for care_set in (spec.approved, spec.replaced):
        care = care_set.search(window) if care_set is not None else None
        if care is not None and care.begin <= len(found.group(1)):
            return True
    condition = spec.conditions.search(window)
    return condition is not None and condition.begin <= len(found.group(1)) \
        and _CARE_NOUN.match(window, condition.finish) is not None


# Care needed no more: "I didn't need Zoloft", "never needed my inhaler again".
_NEED_DENIED = re.compile(r"(?:didn['\u2019]t|did\s+not|don['\u2019]t|do\s+not|won['\u2019]t|"
                          r"will\s+not|shouldn['\u2019]t|should\s+not|never|no\s+longer)\s+"
                          r"(?:even\s+|ever\s+)?(?:need|needed|needs)\s+"
                          # (a course of the care: "another round of antibiotics")
                          r"((?:[\w'-]+\s+){0,2}(?:of\s+)?)", re.IGNORECASE)


# A clause of result, opened by "so" after the clause it follows from: ", so he ", "so that you ".
_RESULT_CLAUSE = re.compile(r",\s+so\s+(?:that\s+)?(?:[\w'-]+\s+)?$", re.IGNORECASE)


def _care_unneeded(text: str, start: int, spec: ClaimSpec | None) -> bool:
    """The denial at `start` says care a condition needs was needed no more (approved care,
    by a generic word or a brand, or care of the lexicons' `replaced` and `implied`): the
    outcome a story tells of the product, not a denial of it."""
    found = _NEED_DENIED.match(text, start)
    if spec is None or found is None:
        return False
    window = text[found.start(1):found.start(1) + 60]
    reach = len(found.group(1))
    cares = [care_set.search(window) for care_set in (spec.approved, spec.replaced, spec.implied)
             if care_set is not None] + approved_names(window, spec)[:1]
    return any(care is not None and care.start() <= reach for care in cares)


_CARE_NOUN = re.compile(r"\s+(?:treatments?|therap(?:y|ies)|care|medications?|medicines?|"
                        r"drugs?|surgery|surgeries|meds|pills)\b", re.IGNORECASE)


# A duration set against a longer one ("you recover in days instead of weeks") says how fast,
# and denies nothing the sentence claims.
_SPAN_CONTRAST = re.compile(ALTERNATIVE + r"\s+(?:in\s+|after\s+|for\s+)?"
                            r"(?:a\s+few\s+|several\s+|many\s+|\d+\s+|two\s+|three\s+)?"
                            r"(?:seconds|minutes|hours|days|weeks|months|years)\b", re.IGNORECASE)
# The adjective of a group of people made with "risk": "high-risk adults", "at-risk patients".
_RISK_GROUP = re.compile(r"\b(?:high|higher|highest|at|increased|elevated)-$", re.IGNORECASE)
_RISK_DENIED = re.compile(r"(?:\b(?:without|no|zero|free\s+(?:of|from)|none\s+of)|"
                          # a harm the teller never had: "I never felt a single side effect",
                          # "didn't have any side effects"
                          r"(?:\bnever|\bnot|n't)\s+(?:(?:felt|had|have|got|get|experienced|"
                          r"noticed|suffered|seen|saw)\s+)(?:a\s+single|one|any|a))\s+"
                          # (the last of a list left out: "without a doctor, a prescription
                          # or the side effects")
                          r"(?:(?:(?:a|an|the|any)\s+)?[\w-]+(?:\s+[\w-]+)?\s*(?:,|\s+or|\s+and)"
                          r"\s+){0,3}(?:the\s+|any\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# The clause that ends a denial's time ("I could not walk until ...", "didn't believe it till
# ..."): what follows is asserted, the change a story tells (not "until now", "until then",
# "until recently", which keep the denial).
_DENIAL_ENDED = re.compile(r"\b(?:until|till)\s+(?!(?:now|then|recently|today|later)\b)",
                           re.IGNORECASE)
# Results said to vary, whose results: a disclaimer beside a claim does not unsay it.
_RESULTS_VARY = re.compile(r"results?\s+(?:[\w-]+\s+)?(?:vary|differ)", re.IGNORECASE)


# A referral said to be needed no more: "never have to see a surgeon", "no need to ask your
# doctor", "without seeing a dermatologist" is the claim that the product replaces the care.
_NO_REFERRAL = re.compile(r"\b(?:never|no\s+(?:more\s+|longer\s+)?need|don't\s+need|"
                          r"won't\s+need|no\s+longer|without|skip)\s+(?:[\w']+\s+){0,3}?"
                          r"(?:to\s+)?$|\bwithout\s+(?:ever\s+)?seeing\s+$",
                          re.IGNORECASE)


_CARE_NOUNS = (r"treatments?|medicines?|medications?|drugs?|tablets?|pills?|capsules?|"
               r"injections?|shots?|infusions?|antibiotics?|vaccines?|therap(?:y|ies)")
_PRODUCT_NOUNS = (r"protocols?|formulas?|formulations?|blends?|products?|drops|supplements?|"
                  r"drips?|saunas?|devices?|solutions?|remed(?:y|ies)|extracts?|kits?|packs?|"
                  r"gels?|creams?|oils?|teas?|powders?|programs?|procedures?|sessions?|"
                  r"machines?|chambers?")
# The patients' own care that the product goes with, ending a list's intro ("use our
# relaxation sessions alongside their treatment for:"): the care is theirs, and what it is for
# is no use of the product.
_OWN_CARE_FOR = re.compile(r"\b(?:alongside|besides|with|along\s+with|together\s+with|"
                           r"in\s+addition\s+to|as\s+well\s+as|during)\s+(?:their|your|his|"
                           r"her|my)\s+(?:own\s+|usual\s+|regular\s+|ongoing\s+|current\s+|"
                           r"medical\s+)?(?:" + _CARE_NOUNS + r")\s+for\s*:\s*$", re.IGNORECASE)
# A sentence that speaks of what the sentence before it named: a pronoun as its subject ("It
# kills viruses", "Taken daily, they ..."), or as what is used or given ("Our physicians use it
# for ..."), or a demonstrative description ("this protocol", "these drops", "the same tablet").
# (a fronted phrase before it, with its comma or, for a short prepositional phrase, without:
# "For some early cancers it can be as effective as surgery")
_POINTER_SUBJECT = re.compile(r"^\W*(?:[^,.;:!?]{0,60},\s*|(?:for|in|with|among|after|during|"
                              r"at|on|by)\s+(?:[\w'-]+\s+){1,4}?)?(?:it|they|this|these)\b"
                              r"(?!\s+(?:is|"
                              r"was|'s)\s+(?:why|how|what|because|when|important|essential|"
                              r"best|never|always|worth|time|easy|hard|normal|common|possible)\b)",
                              re.IGNORECASE)
# A definite description as the subject ("The therapy eases ...", "Once thawed, the injections
# ..."): of care, or of a product.
_DEFINITE_CARE = re.compile(r"^\W*(?:[^,.;:!?]{0,60},\s*)?the\s+(?:same\s+)?(?:[\w-]+\s+)?(?:"
                            + _CARE_NOUNS + r")\b", re.IGNORECASE)
_DEFINITE_PRODUCT = re.compile(r"^\W*(?:[^,.;:!?]{0,60},\s*)?the\s+(?:same\s+)?(?:[\w-]+\s+)?"
                               r"(?:" + _CARE_NOUNS + "|" + _PRODUCT_NOUNS + r")\b",
                               re.IGNORECASE)
_POINTER_OBJECT = re.compile(r"\b(?:use[sd]?|using|prescrib\w+|give[sn]?|gave|giving|"
                             r"recommend\w*|take[sn]?|took|taking|start(?:s|ed|ing)?|send[s]?|sent|"
                             r"administer\w*|receive[sd]?|ship[s]?)\s+(?:it|them)\b",
                             re.IGNORECASE)
# A dose of what the sentence before named, as the subject: "One tablet clears most yeast
# infections", "A single injection reduces the risk ...", "Each dose ...", and a count of doses
# ("Two doses are more than 90% effective ..." under a vaccine's name); so the doses the reader
# is told to take ("Take every dose, even once you feel better, so the infection does not come
# back", "Finish the whole course").
_POINTER_DOSE = re.compile(r"^\W*(?:(?:take|finish|complete|keep\s+taking)\s+(?:all\s+of\s+)?)?"
                           r"(?:one|a\s+single|each|every|a|the\s+first|the\s+(?:whole|full|entire)|"
                           r"(?:the\s+)?(?:two|three|both)|\d+)\s+(?:[\w-]+\s+)?"
                           r"(?:tablets?|pills?|capsules?|doses?|injections?|shots?|jabs?|"
                           r"courses?|infusions?|sprays?|applications?)\b", re.IGNORECASE)
_POINTER_CARE = re.compile(r"\b(?:this|these|that|those|the\s+same)\s+(?:[\w-]+\s+)?(?:"
                           + _CARE_NOUNS + r")\b", re.IGNORECASE)
_POINTER_PRODUCT = re.compile(r"\b(?:this|these|that|those|the\s+same)\s+(?:[\w-]+\s+)?(?:"
                              + _CARE_NOUNS + "|" + _PRODUCT_NOUNS + r")\b", re.IGNORECASE)
# Approved care that is a person or an act, never what "it" or "this medicine" points back to.
_NOT_ANTECEDENT = re.compile(r"(?:doctor|physician|clinician|team|pharmacist|specialist|"
                             r"pediatrician|ologist|iatrist|surgeon|dentist|vet|dietitian|"
                             r"dietician|nutritionist|nurse|midwife|practitioner|therapist|"
                             r"counsell?or|provider)s?$|^prescri|^FDA|^approved|guidelines$",
                             re.IGNORECASE)


# Care in an adjunct of the sentence before ("Can I take it during chemotherapy?") is not what
# "it" points back to.
_ADJUNCT_BEFORE = re.compile(r"\b(?:during|after|before|while\s+(?:on|taking|having|getting)|"
                             r"alongside|besides|along\s+with|together\s+with|with|plus|"
                             r"than|unlike)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


# The prescribing and use statements of predicates.yaml ("prescribe X for", "patients with Y
# receive"): what they prescribe decides whether they claim.
_PRESCRIBING = re.compile(r"(?:prescrib|recommend|administer|give|gave|offer|patients|people|"
                          r"clients|members|children|kids|adults|those|anyone|men|women|"
                          r"athletes|veterans)\w*\s", re.IGNORECASE)


def points_back(sentence: str, *, care_only: bool = False) -> bool:
    """Whether the sentence speaks of what the sentence before it named (`care_only`: by a
    pronoun or by a description approved care fits, "this treatment", not "this formula")."""
    if _POINTER_SUBJECT.match(sentence) or _POINTER_OBJECT.search(sentence) \
            or _POINTER_DOSE.match(sentence):
        return True
    if (_DEFINITE_CARE if care_only else _DEFINITE_PRODUCT).match(sentence):
        return True
    return (_POINTER_CARE if care_only else _POINTER_PRODUCT).search(sentence) is not None


def _antecedent(sentence: str, spec: ClaimSpec, ctx: Context) -> tuple[str, str] | None:
    """What a sentence that points back speaks of: ("ours", a product of the rule's classes)
    or ("approved", approved care) named in the nearest of the sentences before it in its
    block that names one (three back, or further along sentences that point back), else in its
    lead (the card title, FAQ question or list intro over it); a fragment that opens with its
    passive verb ("Used for lupus ...") speaks of its lead."""
    passive = _PASSIVE_OPENING.match(sentence) is not None
    if not passive and not points_back(sentence):
        return None
    # the nearest of the three sentences before it that names a product or approved care,
    # and further back while each points back in turn ("Oseltamivir treats influenza. It can
    # shorten the illness. It is also used to prevent flu ..."), then the lead
    nearest = tuple(reversed(ctx.earlier)) if ctx.earlier else (ctx.previous,)
    chain: list[str] = []
    for earlier in nearest:
        if len(chain) >= 3 and not points_back(chain[-1]):
            break
        chain.append(earlier)
    for before in (*chain, ctx.lead):
        if not before:
            continue
        care = _approved(before, spec)
        ours = _own_products(before, spec, care, spec.products or spec.all_products)
        if ours:
            return "ours", ours[0].group(0)
        # (not a person or an act, not care in an adjunct, "during chemotherapy", and not
        # care a lead names as the seller's own, "our ivermectin program")
        care = [c for c in care if not _NOT_ANTECEDENT.search(c.group(0))
                and not _ADJUNCT_BEFORE.search(before[max(0, c.start() - 30):c.start()])
                and not (before is ctx.lead and _OURS_BEFORE.search(
                    before[max(0, c.start() - 40):c.start()]))]
        if care and (passive or points_back(sentence, care_only=True)):
            return "approved", care[0].group(0)
    return None


# A medicine named by its kind alone, as a headline names the drug its article goes on to
# name ("Migraine Drug Halves Attacks", "Breast Cancer Pill Prevents Relapse"): not one
# the page's voice or a natural remedy owns ("our drug", "herbal medicine").
_MEDICINE_KIND = re.compile(
    r"(?<!\bour\s)(?<!\bnatural\s)(?<!\bherbal\s)(?<!\bplant\s)(?<!\bhomeopathic\s)"
    r"\b(?:drugs?|medicines?|medications?|pills?|tablets?|vaccines?|jabs?|antibod(?:y|ies))\b",
    re.IGNORECASE)


def _title_care_under(sentence: str, spec: ClaimSpec, ctx: Context) -> str | None:
    """A title (a heading, a card's title) whose only product is a medicine named by its kind
    speaks of the approved care the first sentence under it names ("Breast Cancer Drug
    Prevents Relapse" over "Olaparib lowered the risk of breast cancer coming back ..."), as a
    sentence that points back speaks of the care the sentence before named (`_antecedent`).
    Not when the title or the text under it is in the seller's voice or names a product of the
    rule's classes ("Breast Cancer Drug Prevents Relapse" over "Our mushroom extract lowered
    ...")."""
    if not ctx.under or _MEDICINE_KIND.search(sentence) is None or _OUR.search(sentence):
        return None
    first = ctx.under.split("\n")[0]
    if _OUR.search(first):
        return None
    care = [c for c in _approved(first, spec) if not _NOT_ANTECEDENT.search(c.group(0))]
    if not care or _own_products(first, spec, care, spec.products or spec.all_products):
        return None
    return care[0].group(0)


_GENERIC_INFECTION = re.compile(r"(?:infections?|illness(?:es)?|outbreaks?|pandemic|epidemic|"
                                r"symptoms|sickness)", re.IGNORECASE)


def _generic_of_named(sentence: str, condition: TermMatch,
                      conditions: list[TermMatch]) -> bool:
    """A word for any infection ("outbreak", "pandemic", "infection") right after a disease
    the sentence names, or before it with "of" ("a flu outbreak", "the COVID-19 pandemic", "an
    outbreak of measles"): the kind of that disease's spread, not another condition."""
    if not _GENERIC_INFECTION.fullmatch(condition.group(0).strip()):
        return False
    return any(other is not condition and (
        (other.end() <= condition.start() and not sentence[other.end():condition.start()].strip())
        or (condition.end() <= other.start()
            and _OF_GAP.fullmatch(sentence, condition.end(), other.start()) is not None))
        for other in conditions)


_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


# A side effect or recovery named with its cause, right before the care's name: "the nausea of
# chemotherapy", "hair loss from radiation", "recovery after knee surgery"
_CAUSE_OF_EFFECT = re.compile(r"\b(?:nausea|vomiting|pain|fatigue|neuropathy|mouth\s+sores|"
                              r"hair\s+loss|diarrh(?:o)?ea|side\s+effects?|recovery)\s+(?:of|from|"
                              r"after|caused\s+by|induced\s+by|due\s+to)\s+(?:(?:the|your|my|his|"
                              r"her|their|a|an)\s+)?(?:[\w-]+\s+)?$|"
                              # the harm the care did: "an immune system damaged by chemotherapy",
                              # "the toxins left by vaccines and medicines" (the care, or cares
                              # coordinated, as the harm's cause)
                              r"\b(?:damaged|weakened|depleted|harmed|ravaged|drained|worn\s+down|"
                              r"wiped\s+out|left(?:\s+behind)?|caused|triggered|induced)\s+by\s+"
                              r"(?:(?:the|your|my|his|her|their|a|an|years\s+of)\s+)?"
                              r"(?:[\w-]+,?\s+(?:and|or|&)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _approved(sentence: str, spec: ClaimSpec, lead: str = "",
              brands: bool | str = True) -> list[TermMatch]:
    """Approved care named as such, not as what the product replaces ("skip the statins",
    a list under "Stem cell therapy can help you avoid:") nor as a possessive ("my
    neurologist's office": a place, not the care that acted)."""
    if lead and _REPLACED_LEAD.search(lead):
        return []
    found = approved_names(sentence, spec) if brands else []
    if brands == "own name":
        # a brand another capitalized word extends ("Diabeta Plus", "Lipitor Natural") is
        # another name, unless the word is a dosage form ("Zovirax Cream")
        found = [m for m in found if not _EXTENDED_NAME.match(sentence, m.end())]
    named = spec.approved.finditer(sentence) + found
    # our products in the sentence, read once for every care term (most sentences name none)
    ours = spec.all_products.finditer(sentence) if named else []
    # care the condition did not respond to ("depression that has not responded to SSRIs such
    # as Zoloft"): the care that failed, not the care that acts
    unresponsive = [m.span() for m in _UNRESPONSIVE.finditer(sentence)] if named else []
    # care's word inside a longer condition's name ("insulin resistance", "steroid-induced
    # diabetes") is the condition's word, not the care
    named_conditions = [(c.start(), c.end()) for c in spec.conditions.finditer(sentence)] \
        if named else []
    return [a for a in named
            if not any(b <= a.start() < e for b, e in unresponsive)
            and not any(b <= a.start() and a.end() <= e and e - b > a.end() - a.start()
                        for b, e in named_conditions)
            and (not _REPLACED.search(_before(sentence, a, 40))
                or _ACTED_BY.search(_before(sentence, a, 40))
                or _habit_quit_before(_before(sentence, a, 40), spec))
            and not NEEDLESS_AFTER.match(sentence, a.end())
            and not _COMPARED_CARE.search(_before(sentence, a, 40))
            and not _NOT_CARE.search(_before(sentence, a, 30))
            and not _LESS_AFTER.match(sentence, a.end())
            and not _failed_care(sentence, a)
            and not _EFFECT_AFTER.match(sentence, a.end())
            # the care as the cause in a side effect's name: "the nausea of chemotherapy",
            # "recovery after knee surgery" (the product is said to ease the effect)
            and not _CAUSE_OF_EFFECT.search(_before(sentence, a, 40))
            and sentence[a.end():a.end() + 2] not in ("'s", "\u2019s")
            # a modifier made of the care's name is not the care: "doctor-formulated",
            # "prescription-strength", "drug-free", "surgery-free"
            and not _CARE_MODIFIER.match(sentence, a.end())
            # (a brand name is a proper name: "Tamiflu capsules" are the brand's)
            and (a.term_set == "approved-names" or not _names_our_product(sentence, a, ours))]
