"""The scope stops: what a sentence's clause or lead says besides a claim of ours: asked
(FAQ questions and their answers, rhetorical questions), denied or refuted (myths and facts,
denied reports), conceded, a lead's predicate, Drug Facts uses, harms listed, a practice's
scope (`_scope_stop` and the prefilters of its cues).

Apart because these readings stop a claim by the sentence's place in the page, and the judge
and the status reader consult them.
"""

from __future__ import annotations

import re

from checker.content.claimread.care import (
    _DENIAL_ENDED,
    _LEARNED_NEGATION,
    _MADE_INSTEAD,
    _NO_REFERRAL,
    _OWN_CARE_FOR,
    _RESULT_CLAUSE,
    _RESULTS_VARY,
    _RISK_DENIED,
    _RISK_GROUP,
    _ROOT_CAUSE_CONTRAST,
    _SELLERS_OWN,
    _SENTENCE_END,
    _SPAN_CONTRAST,
    OUTCOME,
    _approved,
    _approved_in,
    _care_replaced,
    _care_unneeded,
    _told_outcome,
    points_back,
    supposed_past,
)
from checker.content.claimread.context import (
    ClaimSpec,
    Context,
    Verdict,
)
from checker.content.claimread.products import (
    _OUR,
    _PRONOUN,
    _RESTORED,
    _STORY_CLINICIANS,
    _UNPLACED,
    SUBSTITUTED_CARE,
    _approved_agent,
    _fragment_has_verb,
    _otc_relieved,
    _own_products,
)
from checker.content.claimread.stories import (
    _CLINICIAN,
    _FOR_LEAD,
    _NOT,
    _REGULATED_WORDS,
    _WORK_WORD,
    FIRST_PERSON,
)
from checker.content.lexicons import (
    TermMatch,
)
from checker.content.match import (
    ALTERNATIVE,
    PEOPLE,
    REPORTED,
    describing_clause_end,
    ellipsis_of_ours,
    finite_conjunct,
    negated,
    negated_list,
)
from checker.content.prefilter import LITERALS, Prefilter
from checker.content.scopes import (
    APPROVAL,
    ATTRIBUTION,
    CLAIM_REPORTED,
    CURE_DEFINED,
    DENIAL,
    EVIDENCE_UNSETTLED,
    HARM_CAUSED,
    HEDGE,
    IDENTIFIES_APPROVED,
    LICENSED,
    NAMED_FINDING,
    RISK,
    STATUS_LIMITED,
    clauses_after,
    mention_split,
    refuted_in_block,
    refutes,
)
from checker.content.text import (
    MAX_SENTENCE_CHARS,
    clause_at,
    is_question,
    sentence_spans,
)

# The scope cues (denial, hedge, attribution, risk, approval) are in checker/content/scopes.py:
# the learned model's structural facts read them too.
# A risk the product is said to lower: a prevention claim, not a statement of the product's
# own risks.
_REDUCED_RISK = re.compile(r"\b(?:cut|cuts|lower|lowers|reduce|reduces|decrease|decreases|"
                           r"slash|slashes|halve|halves|minimi[sz]es?)\s+(?:[\w'-]+\s+){0,4}?"
                           r"risks?\b", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\b(?:it|them|this|these|ours?|one)\b", re.IGNORECASE)


def _scope_text(text: str, candidates: list[TermMatch], ctx: Context) -> str:
    """What a scope cue must be in to clear the claim: the sentence, or in a testimonial read
    whole, the sentences of the quote that hold a predicate."""
    if not ctx.testimonial:
        return text
    spans = sentence_spans(text)
    if len(spans) < 2:
        return text
    held = [text[start:end][:MAX_SENTENCE_CHARS] for start, end in spans
            if any(c.term_set in ("lead", "answer", "learned") or start <= c.start() < end
                   for c in candidates)]
    return " ".join(held) or text


# A question opening with an interrogative word or an auxiliary is asked (a reader's, an
# FAQ's, a screening form's: "Do you have diabetes?"); one that opens with neither is
# rhetorical, an ellipsis the page answers itself: "Worried about the flu?", "Flu going around
# the office?", "Tired of achy knees?".
_ASKED = re.compile(r"^\W*(?:do|does|did|don't|doesn't|can|can't|could|will|won't|would|should|"
                    r"shall|is|isn't|are|aren't|was|were|am|have|haven't|has|had|may|might|"
                    r"must|what|what's|how|why|when|where|who|whom|whose|which|if|or|and|but|"
                    r"any|anyone|anything|ever)\b", re.IGNORECASE)
# What the answer to a rhetorical question must not be: an instruction to the reader ("Have a
# fever? Please reschedule your drip.") or a statement with a negation of its own (a leading
# "Not with our..." answers the question; "our drips are not a substitute for..." does not).
_INSTRUCTION = re.compile(r"^\W*(?:please|tell|let|call|ask|reschedule|wait|talk|stay|see|"
                          r"check|contact|consult|email|text|skip|stop|avoid|speak|get\s+tested|"
                          r"postpone|cancel|rest|isolate)\b", re.IGNORECASE)
# An answer that offers an examination, not care: "Book an evaluation with our orthopedic
# team", "Schedule an assessment", "Get a check-up".
_EVALUATION_OFFER = re.compile(
    r"^\W*(?:book|schedule|request|make|arrange|get|come\s+in\s+for)\s+(?:an?|your|a\s+free)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:evaluation|assessment|exam(?:ination)?|check-?up|screening|"
    r"diagnosis|diagnostic\s+visit|consultation|consult)\b", re.IGNORECASE)
# A bare "No" that opens an FAQ answer ("No. Our ...", "No, you ..."): the answer to the
# question, before a statement of its own.
_ANSWER_NO = re.compile(r"^\W*(?:no|nope)\s*[.!,;:\u2014-]\s+", re.IGNORECASE)
# ... and one that is a sentence of its own ("No. Our ...", "No! ..."): it answers the question
# and nothing after it.
_ANSWER_PARTICLE = re.compile(r"^\W*(?:no|nope)\s*[.!]+\s+(?=\W*[A-Z])", re.IGNORECASE)
_ANSWER_NOT = re.compile(r"^\W*not\s+(?:with|when|if|anymore|any\s+more|this\s+\w+|for\s+you)\b",
                         re.IGNORECASE)


# A concessive or conditional clause that grants a case ("even if you do not have diabetes",
# "even though you have never smoked", "whether or not you have symptoms"): a negation inside
# it negates the case, not the main clause's predicate before it.
_CONCESSION = re.compile(r"\b(?:even\s+(?:if|though|when)|whether\s+or\s+not)\b", re.IGNORECASE)


def _past_the_denial(text: str, at: int, predicates: list[int] | None) -> bool:
    """Whether every predicate of the sentence is a finite verb of its own after an "and"
    past the denial that ends at `at`: "The drip does not contain preservatives and cures
    chronic fatigue" denies the preservatives, not the cure (match.finite_conjunct)."""
    return bool(predicates) and all(at <= p and finite_conjunct(text, p) for p in predicates)


_ALTERNATIVE = re.compile(ALTERNATIVE + r"\b", re.IGNORECASE)


def _alternative_after(text: str, risk_text: str | None, hit: re.Match[str],
                       predicates: list[int] | None, spec: ClaimSpec | None) -> bool:
    """Whether the denial is an "instead of" or "rather than" after every predicate and a
    condition of the sentence, with no product of the claim classes after it: it denies the
    alternative it names, not the claim before it ("Our stem cells heal torn ligaments
    instead of masking the pain"; "... rather than stem cells" names the product it turns
    down, and stays a denial)."""
    if not predicates or risk_text is None or len(risk_text) != len(text) \
            or not _ALTERNATIVE.match(hit.group(0)):
        return False
    return all(p < hit.start() for p in predicates) \
        and risk_text[:hit.start()] != text[:hit.start()] \
        and (spec is None or spec.all_products.search(text[hit.end():]) is None)


def _in_a_concession(text: str, at: int, predicates: list[int] | None) -> bool:
    """Whether the denial at `at` lies in a concessive clause opened after a predicate of the
    sentence ("Our doctors prescribe Ozempic to treat obesity, even if you do not have
    diabetes"): the main clause's claim stands."""
    if not predicates:
        return False
    for opener in _CONCESSION.finditer(text, 0, at):
        if not re.search(r"[;.!?]", text[opener.end():at]) \
                and any(p < opener.start() for p in predicates):
            return True
    return False


def _in_a_describing_clause(text: str, at: int, predicates: list[int] | None) -> bool:
    """Whether the denial that ends at `at` lies in a clause that opens the sentence to
    describe the people or the case the claim is for, and a predicate of the sentence comes
    after that clause closes: "Patients whose migraines do not respond to medication get
    lasting relief from our drip", "Since the pills didn't work for his gout, he switched to
    our cherry extract and the attacks stopped" (match.describing_clause_end)."""
    return bool(predicates) and any(describing_clause_end(text, p) >= at for p in predicates)


# A relative clause on people: "patients who did not improve with physical therapy".
_PEOPLE_RELATIVE = re.compile(r"\b" + PEOPLE + r"\s+(?:who|whose|that)\s", re.IGNORECASE)
_SENTENCE_TURN = re.compile(r"[.;!?]|\s(?:but|and|so|yet)\s", re.IGNORECASE)


def _in_a_relative_after(text: str, risk_text: str | None, at: int,
                         predicates: list[int] | None) -> bool:
    """Whether the denial at `at` lies in a relative clause on people that follows every
    predicate of the sentence and a condition it names: "Our stem cells repair the torn
    meniscus for patients who did not improve with physical therapy" (the clause tells who,
    its negation is its own). Not a clause that holds the only condition ("Our drips help
    people who do not have cancer")."""
    if not predicates or risk_text is None or len(risk_text) != len(text):
        return False
    opener = None
    for found in _PEOPLE_RELATIVE.finditer(text, 0, at):
        opener = found
    if opener is None or _SENTENCE_TURN.search(text, opener.end(), at):
        return False
    return all(p < opener.start() for p in predicates) \
        and risk_text[:opener.start()] != text[:opener.start()]


# A clause of the seller's own after a contrast or a semicolon ("..., but our spray ...",
# "...; we use ..."): what a source said before it does not cover it.
_SELLER_CLAUSE_AFTER = re.compile(r"(?:;|,?\s+(?:but|while|whereas|yet))\s+(?:[\w'-]+\s+){0,3}?"
                                  r"(?:our|we)\b", re.IGNORECASE)


def _sellers_own_reported(text: str, hit: re.Match[str]) -> bool:
    """The clause "according to" reports is the seller's own, its subject "our" product or
    "we": "According to a Cochrane review, our zinc lozenges shorten colds", "Our lozenges
    shorten colds, according to a review". No source reports on the seller's own product (a
    review of zinc is not one of ours), so the seller claims what it says of it."""
    if not hit.group(0).lower().startswith("according"):
        return False
    clause_start = max(text.rfind(mark, 0, hit.start()) for mark in ";:.!?") + 1
    before = text[clause_start:hit.start()]
    if before.strip():
        return _OUR_SUBJECT.match(before) is not None
    return _OUR_CLAUSE_AFTER_SOURCE.match(text, hit.end()) is not None


# A clause whose subject is the seller's: "our zinc lozenges", "we"; and that clause after
# the source "according to" names, past its comma.
_OUR_SUBJECT = re.compile(r"\s*(?:[\w'-]+\s+){0,2}?(?:our|we)\b", re.IGNORECASE)
_OUR_CLAUSE_AFTER_SOURCE = re.compile(r"[^,;.!?]{1,80}?,\s*(?:[\w'-]+\s+){0,2}?(?:our|we)\b",
                                      re.IGNORECASE)


def _in_a_clause_without_condition(text: str, risk_text: str | None, at: int,
                                   predicates: list[int] | None) -> bool:
    """Whether the denial or risk at `at` sits in an independent clause of its own (between
    semicolons) that names no condition, while the sentence names one elsewhere: "Pills don't
    always work; hyperbaric therapy treats the cause of chronic illness" denies the pills, not
    the claim ("Our tea does not cure cancer; see your doctor" still denies it), nor one that
    holds a predicate of its own ("...; it is not a substitute for your statin"). `risk_text`
    is the text with its condition names blanked, so the clauses that differ hold one."""
    if risk_text is None or predicates is None or len(risk_text) != len(text) \
            or risk_text == text or ";" not in text:
        return False
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    end = len(text) if end < 0 else end
    return text[start:end] == risk_text[start:end] \
        and not any(start <= p < end for p in predicates)


# A how/why question about what our product does presupposes that it does it: "How does our
# ozone therapy kill the virus?", "Why do our drips work so well against the flu?". "How is flu
# treated?" names no product of ours: it is asked.
_HOW_WHY = re.compile(r"^\W*(?:how|why)\s+(?:does|do|did|can|will|is|are|exactly|well|fast|"
                      r"quickly|soon)\b", re.IGNORECASE)


def _presupposes(question: str, spec: ClaimSpec) -> bool:
    if not _HOW_WHY.match(question) or not _OUR.search(question):
        return False
    return bool(_own_products(question, spec, _approved(question, spec), spec.all_products))


def rhetorical(question: str) -> bool:
    """A question the page asks to answer it itself (see _ASKED)."""
    return is_question(question) and not _ASKED.match(question)


def _answers_rhetorical(sentence: str, spec: ClaimSpec, ctx: Context, source: str,
                        approved: list[TermMatch]) -> TermMatch | None:
    """The sentence after a rhetorical question that names a condition, offering a product of
    the rule's classes (or ours) as its answer ("Worried about flu season? Not with our immune
    drip in your corner."): the answer is the claim that the product deals with it."""
    if not _answering(source, ctx) or not rhetorical(source) or _INSTRUCTION.match(sentence):
        return None
    if _EVALUATION_OFFER.match(sentence) and spec.all_products.search(sentence) is None:
        # "Torn meniscus? Book an evaluation with our orthopedic team.": an exam offered, a
        # diagnosis to come, no product offered as the answer
        return None
    rest = sentence[_ANSWER_NOT.match(sentence).end():] if _ANSWER_NOT.match(sentence) \
        else sentence
    if _LEARNED_NEGATION.search(rest) or DENIAL.search(sentence) or HEDGE.search(sentence):
        return None
    if not (_own_products(sentence, spec, approved, spec.all_products) or _OUR.search(sentence)
            or _tried_before_care(sentence, spec, ctx, approved)):
        return None
    return TermMatch(f"answers {source!r}", 0, 0, "answer")


def _answering(source: str, ctx: Context) -> bool:
    """The question the sentence answers: the sentence just before it, or the title it opens
    the text under (a heading, a card's title: "Struggling with IBS?" over "Meet GutGuard, our
    probiotic blend"), as a reader takes a headline's question and the line below it."""
    return source == ctx.previous or (source == ctx.lead and not ctx.previous)


# Something the reader is told to try first, before or in place of care ("Try chiropractic
# before antibiotics", "Try salt therapy instead of inhalers").
_TRIED_FIRST = re.compile(r"^\W*try\s+(?:[\w'-]+\s+){1,4}?(?:before|instead\s+of|rather\s+than)"
                          r"\s+(?:(?:reaching\s+for|turning\s+to|resorting\s+to|you\s+(?:reach\s+for|"
                          r"turn\s+to|try|take))\s+)?", re.IGNORECASE)
# How far past "before" the care may be named ("before another round of antibiotics").
_CARE_REACH = 30


def _tried_before_care(sentence: str, spec: ClaimSpec, ctx: Context,
                       approved: list[TermMatch]) -> bool:
    """The answer offers the page's own practice (or a product of the rule's classes) as what
    the reader should try before the approved care the condition needs: the care's first-
    line alternative ("Ear infections? Try chiropractic before antibiotics" on a chiropractor's
    page). Not approved care tried before other care ("Back pain? Try physical therapy before
    surgery"), nor the reader's own self-care ("Try cutting down on coffee before reaching for
    antacids")."""
    found = _TRIED_FIRST.match(sentence)
    if found is None or any(a.start() < found.end() for a in approved):
        return False
    tried = sentence[:found.end()]
    if not ((ctx.page_practice and ctx.page_practice.lower() in tried.lower())
            or _OUR.search(tried) or spec.all_products.search(tried) is not None):
        return False
    care = spec.approved.search(sentence[found.end():])
    return care is not None and care.start() <= _CARE_REACH


# A quantifier that stands alone for the things named before it, as a pronoun does: "our
# drip targets all three", "one injection treats both.", "relieves every one", "each of
# these" (not one that determines a noun of its own: "both knees", "every one of our nurses").
_QUANTIFIER_PRONOUN = re.compile(
    r"\b(?:(?:all|each|every\s+one|any|both|either)\s+of\s+(?:them|these|those)\b|"
    r"(?:all|the)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?!\s+[a-z])|"
    r"(?:each|every)\s+one\b(?!\s+of)|both\b(?=\s*(?:[.,;:!?)]|$)))", re.IGNORECASE)


def _borrowed_conditions(sentence: str, spec: ClaimSpec,
                         ctx: Context) -> tuple[list[TermMatch], str]:
    """A sentence with no condition of its own reads the one it answers or refers to: the
    FAQ question it answers or, when it points back with a pronoun, the sentence before it,
    or a card title or heading that names a condition and nothing else ("Asthma" over
    "Regenerative therapy that targets the root cause"; "Diabetic foot care visit" over
    "treats problems early" is a service, not a claim). Positions are not in the sentence:
    nothing clause-bound uses them."""
    if ctx.previous and (_PRONOUN.search(sentence) or _QUANTIFIER_PRONOUN.search(sentence)
                         or rhetorical(ctx.previous)):
        found = spec.conditions.finditer(ctx.previous)
        if found:
            return [TermMatch(m.text, 0, 0, "borrowed") for m in found], ctx.previous
    if ctx.lead and is_question(ctx.lead):
        found = spec.conditions.finditer(ctx.lead) or _replaced_asked(ctx.lead, spec)
        if found and ctx.previous and _denied_before(ctx.previous, spec):
            # the answer has already denied the question's conditions itself ("Hyperbaric
            # oxygen is not approved for autism or long COVID. We treat only the indications
            # the society accepts."): a later sentence of it does not take them up again
            return [], ""
        if not found and spec.implied is not None and FIRST_PERSON.search(ctx.lead):
            # a question told in the first person is the patient's own story, read as a
            # testimonial is: "I tested positive. Should I book the drip?"
            found = spec.implied.finditer(ctx.lead)
        if found:
            return [TermMatch(m.text, 0, 0, "borrowed") for m in found], ctx.lead
    if ctx.lead and spec.products is not None:
        # a card or section titled with nothing but a condition ("Asthma", "COPD &
        # Emphysema") is about it: the text under it that carries a predicate of its own and
        # a product in context speaks of that condition
        found = spec.conditions.finditer(ctx.lead)
        if found and _bare(ctx.lead, found):
            return [TermMatch(m.text, 0, 0, "borrowed") for m in found], ctx.lead
    return [], ""


def _replaced_asked(question: str, spec: ClaimSpec) -> list[TermMatch]:
    """The care a question asks the product to stand in for names its condition ("Should I
    take vitamin D instead of the vaccine?", "Is it an alternative to hip surgery?", "Is it
    the same as generic Viagra?"), as it does in a statement (judge: `replaced`); not when
    what stands in is itself approved ("Can I take generic sildenafil instead of Viagra?")."""
    if spec.replaced is None:
        return []
    return [c for c in spec.replaced.finditer(question)
            if (sub := SUBSTITUTED_CARE.search(question[:c.start()])) is not None
            and not _approved_in(question[:sub.start()], spec)]


def _use_asked(question: str, spec: ClaimSpec) -> TermMatch | None:
    """The use a question asks about when it holds no predicate word: the product taken for
    the condition ("Can I take turmeric for my arthritis?", "Can I use St. John's Wort for
    depression?") or in place of its care ("Should I take vitamin D instead of the
    vaccine?", "Is it an alternative to hip surgery?"). A yes to it says the product is for
    the condition, as a statement of the use does."""
    replaced = _replaced_asked(question, spec)
    if replaced:
        sub = SUBSTITUTED_CARE.search(question[:replaced[0].start()])
        return TermMatch(sub.group(0).strip(), sub.start(), sub.end(), "answer")
    gain = _GAIN_SEEN.search(question)
    if gain is not None and any(c.end() <= gain.start()
                                for c in spec.conditions.finditer(question)) \
            and spec.approved.search(question[gain.end():]) is None:
        # a gain asked of people with the condition after what is not approved care ("Do
        # people with long Covid feel better after acupuncture?"; not "... after CBT?"): a
        # yes tells the outcome, as "Most feel better" would
        return TermMatch(gain.group(0), gain.start(), gain.end(), "answer")
    use = _USE_FOR.search(question)
    if use is None:
        return None
    if not any(0 <= c.start() - use.end() <= 30
               and not _SENTENCE_END.search(question, use.end(), c.start())
               for c in spec.conditions.finditer(question)):
        return None
    return TermMatch(use.group(0), use.start(), use.end(), "answer")


# A question that asks whether the reader may take or use something for a condition: "Can I
# take turmeric for my arthritis?", "Should my son use the drops for his eczema?", "Is it
# safe to give elderberry for the flu?"
_USE_FOR = re.compile(
    r"^\W*(?:can|could|should|may|might|is\s+it\s+(?:ok(?:ay)?|safe|fine|wise|smart)\s+to|"
    r"do\s+you\s+recommend|would\s+you\s+recommend)\s+(?:(?:I|we|you|my|our|his|her|their|"
    r"a|an|the)\s+(?:[\w'-]+\s+){0,2}?)?(?:take|use|try|give|start|drink)\s+"
    r"(?:[\w.'+-]+\s+){1,5}?for\b", re.IGNORECASE)


def _denied_before(previous: str, spec: ClaimSpec) -> bool:
    """The sentence before names conditions of its own under a negation, with no turn after
    it ("... is not approved for autism, long COVID, stroke recovery or many other
    conditions"; not "... is not approved for autism, but it helps after a stroke")."""
    found = spec.conditions.finditer(previous)
    if not found:
        return False
    first = found[0]
    before = previous[:first.start()]
    # (the condition's own modifier is no part of the list: "not approved for autism, long
    # COVID" reads "COVID" as the list's item)
    bare = _MODIFIER_TAIL.sub("", before)
    return (negated(previous[clause_at(previous, first.start())[0]:first.start()])
            or negated_list(before) or negated_list(bare)) \
        and _DENIAL_TURN.search(previous, first.end()) is None


def _denied_under(under: str, conditions: list[TermMatch], spec: ClaimSpec) -> bool:
    """The text under a title denies what the title names: the first of its sentences (one a
    line) to name one of the title's conditions names it under a negation with no turn after
    it ("Stroke Recovery" over "Hyperbaric oxygen is not a proven treatment after a stroke";
    "Migraine Relief Course" over "Six acupuncture sessions. It does not end migraines"; not
    over "... is not painful, and it helps stroke patients walk again"). The same condition
    in another number or a longer name counts ("Withdrawal Ease" over "does not treat
    withdrawal symptoms")."""
    named = [_condition_key(c.group(0)) for c in conditions]
    for text in under.split("\n"):
        same = [c for c in spec.conditions.finditer(text)
                if any(_same_condition(_condition_key(c.group(0)), key) for key in named)]
        if same:
            first = same[0]
            return negated(text[clause_at(text, first.start())[0]:first.start()]) \
                and _DENIAL_TURN.search(text, first.end()) is None
    return False


def _refuted_under(under: str, title: str, spec: ClaimSpec) -> bool:
    """The text under a title opens by reporting the title's claim, of the product the title
    names, and refutes it in its next sentence ("CBD Cream for Sore Joints" over "Some
    patients tell us a CBD cream eases their joint pain. Studies have not confirmed this,
    ..."): the card's topic is the claim it debunks (as a title over its denial is,
    `_denied_under`)."""
    lines = under.split("\n")
    if len(lines) < 2:
        return False
    named = {p.group(0).lower() for p in spec.all_products.finditer(title)}
    first = lines[0]
    if not named or not named & {p.group(0).lower() for p in spec.all_products.finditer(first)}:
        return False
    predicate = spec.predicates.search(first)
    return predicate is not None and refuted_in_block(first, lines[1:], predicate.start()) \
        is not None


def _condition_key(name: str) -> str:
    """A condition's name for comparing: lower case, each word without a plural ending."""
    return " ".join(re.sub(r"(?<![siu])s$", "", word) for word in name.lower().split())


def _same_condition(found: str, named: str) -> bool:
    """One name is the other or holds it as whole words ("withdrawal symptoms", "withdrawal")."""
    return found == named or re.search(rf"\b{re.escape(named)}\b", found) is not None \
        or re.search(rf"\b{re.escape(found)}\b", named) is not None


_MODIFIER_TAIL = re.compile(r"(?<=[\s,])(?:[\w'-]+\s+){1,2}$")
_DENIAL_TURN = re.compile(r"\b(?:but|however|though|although|yet|while|whereas|except)\b",
                          re.IGNORECASE)


_CONNECTORS = re.compile(r"(?:and|or|&|/|,|-|the|chronic|severe|mild|patient|patients|story|"
                         r"stories|case|study|success|spotlight|real|\W)+", re.IGNORECASE)


def _bare(title: str, found: list[TermMatch]) -> bool:
    """A title that names conditions and nothing else."""
    if not found:
        return False
    rest = _blanked(title, found).rstrip(":")
    return _CONNECTORS.fullmatch(rest) is not None


def _predicates(sentence: str, spec: ClaimSpec, ctx: Context, verdict: Verdict,
                conditions: list[TermMatch] = ()) -> list[TermMatch]:
    found = spec.predicates.finditer(sentence)
    if found and conditions:
        # the last word of a condition's own name is no predicate: "heart attack", "panic
        # attacks" end in a word of attacking, and no product attacks anything in "after my
        # heart attack"; a list item so named still takes its lead's ("help prevent:" over
        # "Strokes and heart attacks")
        # (nor a participle inside it, "cutting teeth": that block's reading in judge; the
        # list item then takes its lead's, "Teething tablets relieve:" over "Irritability
        # from cutting teeth")
        # (the condition named with its relief, "Pain Relief", ends in its predicate:
        # conditions-consumer.yaml, pain-relief-verbs)
        found = [p for p in found if not any(c.start() < p.start() and p.end() == c.end()
                                             and not _RELIEF_NAMED.search(c.group(0))
                                             or _participle_in(p, c) for c in conditions)]
    if found:
        # a word of killing whose object is people is a harm done, not what a product does to
        # a disease ("chelation drips given for the wrong reasons have killed patients";
        # "kills cancer cells", "kills the virus" keep it); taking care of people is caring
        # for them ("our nurses take care of patients with diabetes"; "takes care of your
        # arthritis" keeps it)
        found = [p for p in found if not (_DONE_TO_PEOPLE.fullmatch(p.group(0))
                                          and _PEOPLE_OBJECT.match(sentence, p.end()))]
    if found and "-" in sentence:
        # a past participle joined by a hyphen to the noun before it is a compound adjective
        # ("insecticide-treated nets", "heat-treated milk"): what was done to the thing it
        # names, no verb of the sentence
        found = [p for p in found if not (_HYPHENED_BEFORE.search(sentence, 0, p.start())
                                          and p.group(0).lower().endswith("ed"))]
    if found and _WORK_WORD.search(sentence):
        # "work" as the place people stay away from or go back to ("stay off school or work for
        # four days after the rash appears", "back to work for a few hours"): a noun, no
        # product working on anything ("our drops work for flu" keeps it)
        found = [p for p in found if not _work_as_place(sentence, p)]
    if found and spec.negated_outcomes is not None:
        # an outcome denied inside a supposition is the case supposed, not one told: "If you
        # have none of the symptoms of COVID-19, visit as usual" ("Since the drip I have none
        # of the fatigue" tells it)
        found = [p for p in found if not (_negated_outcome(sentence, p, spec)
                                          and supposed_past(sentence[:p.start()]))]
    if found and "-to-" in sentence:
        # a predicate word inside a hyphenated "X-to-Y" compound is part of a modifier, not a
        # verb: "a test-to-treat visit", "hard-to-treat infections", "a treat-to-target plan"
        found = [p for p in found if not _TO_COMPOUND_BEFORE.search(sentence, 0, p.start())
                 and not _TO_COMPOUND_AFTER.match(sentence, p.end())]
    if found:
        return found
    lead = _lead_predicate(sentence, spec, ctx, verdict)
    return [lead] if lead is not None else []


def _negated_outcome(sentence: str, predicate: TermMatch, spec: ClaimSpec) -> bool:
    """The predicate is one of predicates.yaml's negated outcomes ("have none of the", "no
    more migraines"), not a verb of its own."""
    return spec.negated_outcomes is not None and any(
        m.start() == predicate.start() for m in spec.negated_outcomes.finditer(sentence))


_HYPHENED_BEFORE = re.compile(r"[A-Za-z]-$")
# What puts "work" as a place before it: a preposition of leaving or coming back, or another
# place it is coordinated with ("off work", "away from work", "back to work", "school or
# work"; not "designed to work for", where "to" marks the verb).
_PLACE_BEFORE_WORK = re.compile(
    r"\b(?:off|from|at|back\s+to|(?:return|returns|returned|returning|go|goes|going|went)\s+to|"
    r"(?:school|nursery|college|university|daycare|day\s+care|childcare|kindergarten|class|"
    r"classes)\s*,?\s+(?:and|or)(?:\s+away\s+from)?)\s+$", re.IGNORECASE)


def _work_as_place(sentence: str, predicate: TermMatch) -> bool:
    """The predicate is "work ..." (predicates.yaml, works on) with "work" the noun of a
    place: "stay off work for 48 hours", "home from school or work for four days"."""
    return predicate.term_set != "learned" and predicate.group(0)[:4].lower() == "work" \
        and _PLACE_BEFORE_WORK.search(sentence, max(0, predicate.start() - 40),
                                      predicate.start()) is not None


def _participle_in(predicate: TermMatch, condition: TermMatch) -> bool:
    """A participle inside a condition's own name ("cutting teeth", "blocked arteries"), not
    a restorative verb that opens a condition composed from it ("healed my rotator cuff")."""
    word = predicate.group(0).lower()
    return predicate.term_set != "learned" and word.endswith(("ed", "ing")) \
        and not _RESTORED.search(word) \
        and condition.start() <= predicate.start() and predicate.end() < condition.end()


def _pain_with_its_part(sentence: str, condition: TermMatch, spec: ClaimSpec,
                       pain: re.Pattern[str]) -> TermMatch:
    """Bare pain told with its part after it ("relieves pain in your joints", "pain of
    fibromyalgia") is the condition named from its pain word on: the relief phrase, matched
    first and longest, would otherwise hide it, and bare pain counts as no use outside a
    drug's label."""
    if not pain.fullmatch(condition.group(0)) or not _PART_AFTER.match(sentence,
                                                                        condition.end()):
        return condition
    word = list(_PAIN_WORD.finditer(condition.group(0)))
    at = condition.start() + word[-1].start() if word else condition.start()
    named = next((m for m in spec.conditions.finditer(sentence[at:])
                  if m.start() == 0 and not pain.fullmatch(m.group(0))), None)
    if named is None:
        return condition
    return TermMatch(named.text, at + named.begin, at + named.finish, named.term_set)


_DONE_TO_PEOPLE = re.compile(r"kill(?:s|ed|ing)?|(?:take|takes|took|taken|taking)\s+care\s+of",
                             re.IGNORECASE)
_PEOPLE_OBJECT = re.compile(
    r"\s+(?:(?:at\s+least|several|many|some|a\s+few|a|one|two|three|four|five|\d+|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)\s+)?(?:people|persons|patients?|child(?:ren)?|kids|adults?|"
    r"bab(?:y|ies)|infants?|toddlers?|wom[ae]n|m[ae]n|boys?|girls?|users|customers|clients|"
    r"someone|others|teenagers?|teens|you|yourself|yourselves|me|myself|him|himself|herself|"
    r"themselves|ourselves|us|each\s+other)\b", re.IGNORECASE)
_PAIN_WORD = re.compile(r"\b(?:aches?\s+and\s+)?pains?\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:in|of)\s+\w", re.IGNORECASE)
_RELIEF_NAMED = re.compile(r"[- ]relief$", re.IGNORECASE)
_TO_COMPOUND_BEFORE = re.compile(r"\w-to-$", re.IGNORECASE)
_TO_COMPOUND_AFTER = re.compile(r"-to-\w", re.IGNORECASE)


def _lead_predicate(sentence: str, spec: ClaimSpec, ctx: Context,
                    verdict: Verdict) -> TermMatch | None:
    purpose = _PURPOSE_LEAD.search(ctx.lead) if ctx.lead else None
    # (a clause under "... helps when:" only from an intro that denies nothing and names no
    # approved care: "Antibiotics help when:", "It may not help if:" lend no claim)
    clause = bool(ctx.lead and _CLAUSE_LEAD.search(ctx.lead) and not _NOT.search(ctx.lead)
                  and spec.approved.search(ctx.lead) is None)
    if ctx.lead and not is_question(ctx.lead) and (purpose or clause
                                                    or not _fragment_has_verb(sentence)):
        lead = spec.predicates.search(ctx.lead) or _intended_lead(ctx.lead, spec) or (
            TermMatch(purpose.group(0), purpose.start(), purpose.end(), "intended")
            if purpose else None)
        if lead is not None and not DENIAL.search(ctx.lead) and not HEDGE.search(ctx.lead) \
                and not _AVOIDED_LEAD.search(ctx.lead) and not _OWN_CARE_FOR.search(ctx.lead) \
                and (not _HARMS_LEAD.search(ctx.lead) or _product_does(ctx.lead, lead, spec)):
            verdict.predicate = lead.group(0)
            verdict.notes.append(f"predicate from its lead {ctx.lead!r}")
            return TermMatch(lead.text, 0, 0, "lead")
    # A question of who the product is for ("Who is a good candidate for PRP?", "Is ozone
    # right for me?") is the intro of its answer, as "may be right for you if you have:" is a
    # list's: the conditions the answer names are the ones the product is offered for
    # ("Anyone with tennis elbow or early arthritis"). Not when the question names care that is
    # not ours ("Who is a candidate for knee replacement?", "Is Spravato right for me?") or a
    # negation ("Who should not ..."), nor an answer that excludes ("are not candidates",
    # "unless", "should avoid").
    if ctx.lead and is_question(ctx.lead) and _CANDIDACY_Q.match(ctx.lead) \
            and not _NOT.search(ctx.lead) and spec.approved.search(ctx.lead) is None \
            and (spec.all_products.search(ctx.lead) is not None
                 or not _OTHER_CARE_ASKED.search(ctx.lead)) \
            and not DENIAL.search(sentence) and not _EXCLUDED.search(sentence):
        verdict.predicate = ctx.lead
        verdict.notes.append(f"names who {ctx.lead!r} asks the product is for")
        return TermMatch(ctx.lead, 0, 0, "answer")
    # An answer that says yes, or tells of an outcome without denying it ("Many families
    # see their loved one become more alert"), answers yes to its question.
    if ctx.lead and is_question(ctx.lead) and not _declined(ctx) and (_affirms(sentence) or (
            (OUTCOME.search(sentence) or _GAIN_SEEN.search(sentence))
            and not DENIAL.search(sentence))):
        lead = spec.predicates.search(ctx.lead) or _use_asked(ctx.lead, spec)
        if lead is not None and _care_asked(ctx.lead, lead, spec):
            # "Does physical therapy help knee arthritis?" / "Yes.": the yes is about the
            # approved care the question asks of, and no product of ours is asked about
            verdict.notes.append(f"answers yes about approved care: {ctx.lead!r}")
            return None
        told = _care_told_next(ctx, spec) if lead is not None else None
        if told is not None:
            verdict.notes.append(f"answers yes with the approved care told next: {told!r}")
            return None
        if lead is not None:
            verdict.predicate = lead.group(0)
            verdict.notes.append(f"answers yes to {ctx.lead!r}")
            return TermMatch(lead.text, 0, 0, "answer")
        outcome = OUTCOME.search(sentence) or _GAIN_SEEN.search(sentence)
        if outcome is not None:  # "What results can I expect?" / "Most breathe easier"
            verdict.predicate = outcome.group(0)
            verdict.notes.append(f"an outcome in answer to {ctx.lead!r}")
            return TermMatch(outcome.group(0), outcome.start(), outcome.end(), "answer")
    if ctx.lead and is_question(ctx.lead) and not DENIAL.search(sentence) \
            and not HEDGE.search(sentence):
        # A question that takes the effect as given, answered: "How soon will my hair loss
        # improve?" with a time; "Which drip is best for fibromyalgia?" with our product.
        lead = spec.predicates.search(ctx.lead)
        if lead is not None and _WHEN_EFFECT.match(ctx.lead):
            verdict.predicate = lead.group(0)
            verdict.notes.append(f"answers when, to {ctx.lead!r}")
            return TermMatch(lead.text, 0, 0, "answer")
        course = _COURSE_ASKED.match(ctx.lead)
        if lead is None and course is not None and _COURSE_COUNT.search(sentence) \
                and not _declined(ctx) \
                and not _care_asked(ctx.lead, TermMatch(course.group(0), course.end(),
                                                        course.end(), "answer"), spec):
            # "How many sessions does a child with ADHD need?" / "Most children need 40
            # dives.": the question takes the course for the condition as given, and the
            # answer doses it
            verdict.predicate = course.group(0)
            verdict.notes.append(f"doses the course {ctx.lead!r} asks of")
            return TermMatch(course.group(0), 0, 0, "answer")
        if _WHICH_FOR.match(ctx.lead) and (
                _own_products(sentence, spec, [], spec.all_products) or _OUR.search(sentence)):
            verdict.predicate = ctx.lead
            verdict.notes.append(f"names our product in answer to {ctx.lead!r}")
            return TermMatch(ctx.lead, 0, 0, "answer")
        # "What can stem cells help with?" over a list, or a verbless answer ("Knee and hip
        # arthritis"): the question takes the effect as given and the fragment names its
        # object
        if lead is not None and _WHAT_DOES.match(ctx.lead) \
                and not _fragment_has_verb(sentence) and not _NOT.search(ctx.lead):
            verdict.predicate = lead.group(0)
            verdict.notes.append(f"names what {ctx.lead!r} asks for")
            return TermMatch(lead.text, 0, 0, "answer")
    if ctx.testimonial:
        told = _told_outcome(sentence, spec)
        if told is not None:
            verdict.predicate = told.group(0)
            verdict.notes.append("a testimonial's outcome")
            return told
    if ctx.lead and spec.products is not None and not is_question(ctx.lead) \
            and _bare(ctx.lead, spec.conditions.finditer(ctx.lead)):
        # under a title that names only a condition ("Autism"), what people do after the
        # product ("Many children become more verbal after 40 dives") is its outcome
        outcome = OUTCOME.search(sentence)
        if outcome is not None and not DENIAL.search(sentence):
            verdict.predicate = outcome.group(0)
            verdict.notes.append(f"an outcome under {ctx.lead!r}")
            return TermMatch(outcome.group(0), outcome.start(), outcome.end(), "titled")
    return None


def _declined(ctx: Context) -> bool:
    """The answer's first sentence, before this one, declines its question: a "No", a denial
    or a hedge ("Will the salt room help my asthma?" / "We cannot promise it will. Some guests
    say breathing feels easier; ..."): what the answer says after it is told under that reply,
    not a yes to the question."""
    if not ctx.earlier:
        return False
    first = ctx.earlier[0]
    return bool(_ANSWER_NO.match(first + " ") or _DECLINING.match(first)
                or DENIAL.search(first) or HEDGE.search(first))


# a reply that declines in a word or two: "Not yet.", "Not really.", "Not always."
_DECLINING = re.compile(r"^\W*not\s+(?:yet|really|always|exactly|necessarily|proven|usually)"
                        r"\W*$", re.IGNORECASE)


def _care_told_next(ctx: Context, spec: ClaimSpec) -> str | None:
    """The approved care the answer's next sentence names as what does it, when the question
    asks of no product of ours and the yes names no agent of its own ("Can testicular cancer
    be cured?" / "Yes, in most cases. Surgery, sometimes followed by chemotherapy, cures about
    95 out of 100 men."): the yes is the outcome of standard care, as a yes that names the care
    is ("Yes, with a full course of antibiotics"); not "Yes. Our ozone therapy cures it". So is
    a yes whose next sentence has the clinicians prescribe or supply approved care ("Can you
    treat my UTI?" / "Yes. Our doctors can assess you and prescribe antibiotics"): the
    treatment offered is that care."""
    following = ctx.following
    if not following or spec.all_products.search(ctx.lead) is not None \
            or DENIAL.search(following) or is_question(following):
        return None
    approved = _approved(following, spec, ctx.lead)
    if not approved or _own_products(following, spec, approved, spec.all_products):
        return None
    for predicate in spec.predicates.finditer(following):
        agent = _approved_agent(following, predicate, approved)
        if agent is not None:
            return agent
    given = _CARE_GIVEN.search(following)
    return next((a.group(0) for a in approved if given is not None and a.start() >= given.end()
                 and not _CLINICIAN.fullmatch(a.group(0))
                 and not _CARE_GIVEN.fullmatch(a.group(0))), None)


# A clinician's giving of care: what is prescribed or supplied is the care given.
_CARE_GIVEN = re.compile(r"\b(?:prescrib(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying))\b", re.IGNORECASE)


def _care_asked(question: str, predicate: TermMatch, spec: ClaimSpec) -> bool:
    """Approved care as what a question asks about, before its predicate, and no product of
    ours in the question ("Does physical therapy help knee arthritis?"; not "Does PRP work
    better than physical therapy for knee arthritis?"). Not a drug whose use may be outside its
    label (an anti-infective, a drug of labelled-uses.yaml: "Can ivermectin help if I test
    positive for COVID?" is read as usual)."""
    care = [c for c in spec.approved.finditer(question[:predicate.start()])
            if not _CLINICIAN.fullmatch(c.group(0))
            and (spec.non_antiviral is None or spec.non_antiviral.search(c.group(0)) is None)
            and (spec.labelled is None or spec.labelled.names.search(c.group(0)) is None)]
    return bool(care) and not _own_products(question, spec, [], spec.all_products)


# Questions that take the product's effect as given: when it comes ("How soon will my hair
# loss improve?") and which product is best for a condition.
_WHEN_EFFECT = re.compile(r"^\W*(?:how\s+(?:soon|long|quickly|fast|many\s+(?:sessions|"
                          r"treatments|drips|injections|visits|weeks|months))|when)\b",
                          re.IGNORECASE)
# A question of how many sessions a condition needs: "How many sessions does a child with
# ADHD need?", "How many treatments will I need for my neuropathy?"; or of the dose to take
# for it: "How much Essiac Tea should I drink if I have cancer?"
_COURSE_ASKED = re.compile(r"^\W*how\s+(?:many\s+(?:sessions|treatments|drips|infusions|"
                           r"injections|shots|dives|visits|rounds|courses|cycles|bottles|"
                           r"weeks|months)\b|much\s+(?:[\w'-]+\s+){1,4}?(?:should|do|can|must|"
                           r"would)\s+(?:I|we|you|he|she|they)\s+(?:take|drink|use|give|"
                           r"apply)\b)", re.IGNORECASE)
# a count or a span of time in an answer: "40 dives", "six sessions", "a few weeks"
_COURSE_COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                    r"twenty|thirty|forty|fifty|a\s+(?:few|couple|dozen|handful|series|"
                    r"course)|several|a\s+single)\b", re.IGNORECASE)
# An answer that tells the gain its question asks about as what people see after the
# product, in a comparative of the symptom ("Many of our clients report steadier hands and
# less stiffness", "Parents usually see better focus and fewer outbursts"): an outcome, as a
# testimonial's "calmer" is.
_GAIN_SEEN = re.compile(
    r"\b(?:report|reports|reported|see|sees|saw|notice|notices|noticed|feel|feels|felt|"
    r"experience|experiences|experienced|enjoy|enjoys|enjoyed|gain|gains|gained)\s+"
    r"(?:(?:a|an|much|far|significantly|noticeably|dramatically)\s+)?(?:less|fewer|better|"
    r"improved|steadier|calmer|clearer|stronger|easier|deeper|sharper|quieter|smoother|"
    r"fewer|lower|more\s+(?:energy|focus|movement|mobility|strength|stamina|"
    r"clarity|control))\b", re.IGNORECASE)
# Questions of who the product is for: "Who is a good candidate for PRP?", "Who can benefit
# from ozone?", "Is it right for me?", "Am I a candidate?", "Who is this treatment for?"
_CANDIDACY_Q = re.compile(
    r"^\W*(?:who\s+(?:is|are|would\s+be|makes?)\s+(?:an?\s+|the\s+)?(?:good\s+|ideal\s+|"
    r"right\s+|suitable\s+|best\s+|typical\s+)?candidates?|"
    r"who\s+(?:can|could|might|will|would|should)\s+(?:benefit|get|try|consider)|"
    r"who\s+(?:is|are)\s+(?:it|this|these|they|[\w'+-]+(?:\s+[\w'+-]+){0,4}?)\s+(?:for|right\s+for)\b|"
    r"(?:is|are)\s+(?:it|this|these|they|[\w'+-]+(?:\s+[\w'+-]+){0,4}?)\s+(?:right|good|suitable|"
    r"an?\s+(?:good\s+)?(?:option|fit|choice))\s+for\s+me|"
    r"am\s+i\s+an?\s+(?:good\s+)?candidate)\b", re.IGNORECASE)
# what a candidacy question asks about when it is not ours or the page's ("for knee
# replacement", "Is Spravato right"): a word after "for"/"from", or a name before "right for
# me", other than a pronoun or the treatment in general
_OTHER_CARE_ASKED = re.compile(
    r"\b(?:for|from)\s+(?!(?:me|you|it|this|these|them|that)\b|(?:the|this|these|our|your|a|an)"
    r"\s+(?:treatments?|therap(?:y|ies)|procedures?|injections?|programs?|sessions?)\b)"
    r"(?=\w)(?!me\?)|^\W*(?:is|are)\s+(?!(?:it|this|these|they)\b)[\w'+-]+(?:\s+[\w'+-]+){0,4}?"
    r"\s+(?:right|good|suitable|an?\s+(?:good\s+)?(?:option|fit|choice))\s+for\s+me\b",
    re.IGNORECASE)
# an answer that says who is left out: "unless", "except", "should avoid", "not recommended"
_EXCLUDED = re.compile(r"\b(?:unless|except|other\s+than|avoid|excluded?|contraindicated|"
                       r"not\s+(?:recommended|suitable|eligible|a\s+candidate|candidates))\b",
                       re.IGNORECASE)
_WHAT_DOES = re.compile(r"^\W*(?:what|which)\b[^?]{0,60}?\b(?:can|does|do|will|could)\b",
                        re.IGNORECASE)
_WHICH_FOR = re.compile(r"^\W*(?:which|what)\b[^?]{0,60}?\b(?:best|good|right|recommended|"
                        r"works?)\s+(?:for|against|with)\b", re.IGNORECASE)


# A list intro that says what the product does for people ("Why people take our
# nattokinase:", "What the kit does:", "Benefits:"): each item under it, verb and all, is an
# effect the product is sold for.
# An intro that names what the product is used for ("NuLife customers use it for:", "Thymosin
# alpha-1 peptide therapy is used for:"): its items are the uses, whatever their first word.
# Not any intro with "for" in it: "Tips for a better night's sleep:" leads the reader's own deeds.
_USE_LEAD = re.compile(r"\b(?:use[sd]?|using|take[sn]?|taking|prescribed|given|offered|"
                       r"recommended)\s+(?:[\w'-]+\s+){0,2}?for\s*:\s*$", re.IGNORECASE)
_PURPOSE_LEAD = re.compile(
    r"(?:\bwhy\s+(?:people|customers|patients|clients|you|athletes|moms|parents)\s+"
    r"(?:take|use|choose|love|buy|need|swear\s+by|reach\s+for)|\bwhat\s+(?:it|they|this|"
    r"these|our\s+[\w\s'-]{1,40}?|the\s+[\w\s'-]{1,40}?)\s+(?:does|do|can\s+do)|"
    r"\bbenefits(?:\s+of\s+[\w\s'-]{1,40})?|\bhow\s+(?:it|they|this)\s+(?:helps?|works?))"
    r"\s*:\s*$", re.IGNORECASE)


# A list intro that ends in a subordinating conjunction ("Bronchi Relaxer helps when:", "Our
# drops work even if:") takes clauses for items: each item completes the intro's sentence ("a
# chest infection leaves you coughing for weeks"), so the intro's predicate is the item's even
# though the item has a verb of its own
_CLAUSE_LEAD = re.compile(r"\b(?:when|whenever|if|even\s+if|once|after)\s*:\s*$", re.IGNORECASE)


# A list intro that names what the product is used for: "Common reasons for ozone therapy:",
# "Top uses of PRP:", "Indications:" (the product named, or none: "Reasons for postponing your
# visit:" names no product of ours)
_USES_LEAD = re.compile(r"(?:^|\b(?:common|top|main|popular|typical|frequent)\s+)(?:reasons|"
                        r"uses|indications|applications)(?:\s+(?:for|of)\s+(?P<what>[\w\s'+-]"
                        r"{1,40}?))?\s*:\s*$", re.IGNORECASE)


_DETERMINER = re.compile(r"^(?:a|an|the|our|your|their)\s+", re.IGNORECASE)


# A lead that lists who should keep away from the product ("Who should avoid PRP:", "Patients
# who should skip the chamber:"): its items are contraindications, not what it prevents.
# A list intro that tells harms or warning signs: what is listed under it is what the care may
# cause or what needs a doctor, never what it treats ("Common side effects of Kybella treatment
# include:", "Risks of laser resurfacing include:", "Botox carries a boxed warning. Get medical
# help right away if you notice:"). Not a risk the product is said to lower ("Helps reduce the
# risk of:", which names no harm of its own), nor harms denied ("No side effects, and it eases:").
_HARMS_LEAD = re.compile(
    r"(?<!\bno\s)(?<!\bzero\s)(?<!\bwithout\s)(?<!\bany\s)(?<!\bfew\s)"
    r"\b(?:side[- ]effects?|adverse\s+(?:effects?|reactions?|events?)|complications?|"
    r"warning\s+signs?|boxed\s+warning)\b(?![- ]free)|"
    r"\brisks?\s+(?:of\s+[^:]{1,60}?\s+)?(?:include|are|can\s+include|may\s+include)\b|"
    r"\b(?:get|seek|call\s+for)\s+(?:(?:emergency|urgent|"
    r"immediate)\s+)?(?:medical\s+)?(?:help|care|attention)\b[^:]*\b(?:if|when)\b|"
    # an intro whose verb, last, is causing: the items complete it with what the care may
    # cause ("Testosterone therapy can cause:")
    r"\b(?:can|may|might|could|will|often|sometimes)\s+(?:also\s+)?(?:cause|lead\s+to|"
    r"result\s+in|bring\s+on)\s*:\s*$",
    re.IGNORECASE)


# A guide's title: a condition, a colon, and two or more of the topics a guide tells of it
# ("Lyme disease: treatment and recovery", "Shingles: symptoms, diagnosis and treatment").
_TOPIC = (r"(?:(?:the\s+)?(?:causes?|symptoms?|signs?|diagnosis|tests?|testing|screening|"
          r"treatments?|recovery|prevention|management|outlook|prognosis|risks?|risk\s+factors|"
          r"complications?|care|options?|types?|facts|basics|overview|FAQs?|questions|"
          r"what\s+to\s+expect|when\s+to\s+see\s+a\s+doctor))")
_GUIDE_TITLE = re.compile(r"^(?P<head>[^:]{2,80}):\s*" + _TOPIC + r"(?:\s*(?:,|&|and|,\s*and)\s*"
                          + _TOPIC + r")+\W*$", re.IGNORECASE)


def _guide_title(sentence: str, spec: ClaimSpec, conditions: list[TermMatch]) -> bool:
    """A title of a condition and the topics a guide tells of it, and nothing else: no
    product of the claim classes before the colon, no first person ("Knee arthritis: our
    treatments and results" is the seller's; "Stem cells: treatment and recovery" names no
    condition)."""
    found = _GUIDE_TITLE.match(sentence.strip())
    if found is None:
        return False
    head = found.group("head")
    return (any(c.end() <= found.end("head") for c in conditions)
            and spec.all_products.search(head) is None and _OUR.search(head) is None)


def _practice_scope(sentence: str, spec: ClaimSpec, ctx: Context,
                    conditions: list[TermMatch]) -> str | None:
    """The source of a regulated profession's accepted scope (products.yaml practice-scope)
    when the page's title or h1, or the sentence's lead, names the profession and every
    condition the sentence names is in that scope ("Back pain, neck pain and joint aches",
    "Sprains, strains and aches from sport"); not a sentence that names a product of the
    claim classes itself ("our natural remedy eases back pain"), nor one beside a condition
    outside the scope ("back pain, ADHD and ear infections"), nor a patient's story (a story
    of the page's care is read as stories are: "My back pain eased with the adjustments")."""
    if not spec.practice_scope or not conditions or ctx.testimonial \
            or spec.all_products.search(sentence):
        return None
    for scope in spec.practice_scope:
        if not (ctx.page_practice and scope.nutrients.search(ctx.page_practice)
                or ctx.lead and scope.nutrients.search(ctx.lead)):
            continue
        found = [m.span() for m in scope.diseases.finditer(sentence)]
        if found and all(any(a <= c.start() and c.end() <= b for a, b in found)
                         for c in conditions):
            return scope.source
    return None


_AISLE = re.compile(r"^\W*[\w'\u2019,&/ -]{2,60}?\s+relief\W*$", re.IGNORECASE)


_USES_LINE = re.compile(r"^\W*uses?\s*:", re.IGNORECASE)
_USES_TITLE = re.compile(r"^\W*uses?\W*$", re.IGNORECASE)
_TEMPORARILY = re.compile(r"\btemporarily\s+(?:relieves?|reduces?|helps?\s+(?:to\s+)?relieve)\b",
                          re.IGNORECASE)


def _drug_facts_uses(sentence: str, spec: ClaimSpec, ctx: Context,
                     conditions: list[TermMatch]) -> bool:
    """A Drug Facts label's "Uses" line in the OTC monographs' own words ("Uses: temporarily
    relieves minor aches and pains due to the common cold, headache, toothache ..."), each
    condition one the monographs label their symptom relievers for, and no product of the
    claim classes named: the label of an OTC drug in its monograph use. So for a list item
    under such a line ("Uses: temporarily relieves minor aches and pains due to:" over
    "Headache, muscular aches, ..., the common cold and menstrual cramps"): the item ends the
    line's sentence."""
    lead = ctx.lead or ""
    uses_lead = bool(_USES_LINE.match(lead) and _TEMPORARILY.search(lead))
    if spec.labelled is None or not conditions \
            or (_TEMPORARILY.search(sentence) is None and not uses_lead):
        return False
    if _USES_LINE.match(sentence) or _USES_TITLE.match(lead or "-") or uses_lead:
        return spec.all_products.search(sentence) is None \
            and spec.all_products.search(lead) is None and _otc_relieved(spec, conditions)
    # the Uses in the label's words under a lead that names the OTC active ("Lidocaine 4%
    # patches and creams:" over "Temporarily relieve minor pain of sore muscles, backache and
    # joints; use no more than one patch at a time"): each condition one of that active's
    # monograph uses, the dosage form the item names (a patch) that active's
    actives = [d for m in spec.labelled.names.finditer(ctx.lead or "")
               if (d := spec.labelled.drug(m.group(0))) is not None and d.otc and d.symptoms]
    return bool(actives) and all(any(d.covers(c.group(0)) for d in actives) for c in conditions)


def _otc_aisle(sentence: str, spec: ClaimSpec, conditions: list[TermMatch]) -> bool:
    """A title of symptoms and "Relief" and nothing else ("Cold, Cough & Flu Relief",
    "Allergy Relief"), naming no product of the claim classes, each condition one the OTC
    monographs label their symptom relievers for (otc-monograph-uses.yaml, `relieves:
    symptoms`): the name of a pharmacy's OTC aisle. Not "Natural Cold & Flu Relief" (a
    product of the claim classes), nor "Lyme Disease Relief" (no OTC reliever's use)."""
    if spec.labelled is None or not conditions or _AISLE.match(sentence) is None \
            or _fragment_has_verb(sentence) or spec.all_products.search(sentence):
        return False
    return _otc_relieved(spec, conditions)


# A guide's title that sets the approval beside the product as its topic: "CBD and FDA
# Approval: The Facts", "Compounded semaglutide and FDA approval: what to know".
_STATUS_TOPIC = re.compile(
    r"^\W*[^:?!.]{2,60}?\s+(?:and|&|vs\.?|versus)\s+(?P<status>(?:the\s+)?(?:FDA|regulatory)\s+"
    r"(?:approval|clearance|status|rules?))\s*:\s*" + _TOPIC
    + r"(?:\s*(?:,|&|and|,\s*and)\s*" + _TOPIC + r")*\W*$", re.IGNORECASE)


def _product_does(lead: str, predicate: TermMatch, spec: ClaimSpec) -> bool:
    """The lead's predicate has a product of the claim classes as its subject or its agent:
    "Chemo side effects our drip eases:", "Side effects relieved by our drip:" (the harms
    are what the product is said to treat, not what it causes; "Side effects that usually
    ease within days:" names no product that eases them)."""
    return any(p.end() <= predicate.start()
               and _LEAD_SUBJECT_GAP.fullmatch(lead, p.end(), predicate.start()) is not None
               or predicate.end() <= p.start()
               and _LEAD_AGENT_GAP.fullmatch(lead, predicate.end(), p.start()) is not None
               for p in spec.all_products.finditer(lead))


_LEAD_SUBJECT_GAP = re.compile(r"\s+(?:(?:can|may|will|also|often|quickly|gently|helps?(?:\s+to)?)"
                               r"\s+){0,2}", re.IGNORECASE)
_LEAD_AGENT_GAP = re.compile(r"\s+(?:by|with)\s+(?:our\s+|the\s+|this\s+|an?\s+)?(?:[\w+-]+\s+)?",
                             re.IGNORECASE)


def _harms_listed(sentence: str, spec: ClaimSpec, ctx: Context) -> bool:
    """A list item under an intro that lists harms ("Common side effects of semaglutide:",
    "Possible side effects of finasteride include:", "Risks of the procedure include:"): its
    conditions are what the care may cause. Not an intro with a predicate of its own ("Chemo
    side effects our drip eases:" says what the product treats), nor an item that names a
    product of the claim classes (the item's own statement of it)."""
    lead = ctx.lead.rstrip()
    return bool(lead.endswith(":") and not is_question(lead) and _HARMS_LEAD.search(lead)
                and spec.predicates.search(lead) is None
                and spec.all_products.search(sentence) is None)


def _harms_asked(lead: str, spec: ClaimSpec) -> bool:
    """The lead is a question asking for the harms of care ("What are the side effects of
    donepezil?", "What complications can chelation cause?"), with no predicate of its own."""
    return bool(lead) and is_question(lead) and _HARMS_LEAD.search(lead) is not None \
        and spec.predicates.search(lead) is None


_AVOIDED_LEAD = re.compile(r"\b(?:who|people|patients|anyone|you)\s+(?:who\s+)?(?:should|must|"
                           r"need\s+to|ought\s+to)\s+(?:avoid|skip|stay\s+away\s+from|wait\s+on)\b",
                           re.IGNORECASE)


def _intended_lead(lead: str, spec: ClaimSpec) -> TermMatch | None:
    found = _FOR_LEAD.search(lead)
    if found is None:
        found = _USES_LEAD.search(lead)
        what = found.group("what") if found is not None else None
        if what:
            # the product itself is what the reasons are for ("reasons for ozone therapy"),
            # not an act on it ("reasons for postponing your drip")
            what = _DETERMINER.sub("", what)
            named = spec.all_products.search(what)
            if named is None or named.start() != 0:
                found = None
    return TermMatch(found.group(0), found.start(), found.end(), "intended") if found else None


_YES = re.compile(r"^\s*(?:(?:yes|yep|yeah|yup|absolutely|definitely|certainly|sure|of\s+course|"
                  r"indeed|100(?=\s*%)|without\s+(?:a|any)\s+doubt|by\s+all\s+means|you\s+bet)"
                  # (not a particle that opens a denial: "Of course not.", "Certainly not")
                  r"(?!\W*(?:not|no)\b)|"
                  # the reply's own adverb of frequency, then its yes: "In most cases, yes",
                  # "Usually, yes"
                  r"(?:usually|often|very\s+often|typically|generally|in\s+most\s+cases|"
                  r"for\s+most\s+(?:people|patients|clients|customers)),?\s+yes|"
                  r"(?:it|they)\s+(?:(?:certainly|really|definitely|absolutely|sure|truly)\s+)?"
                  r"(?:can|does|do|will)(?!\W*(?:not|n't)\b)|we\s+(?:certainly\s+|sure\s+)?do|"
                  # others' yes: "Many customers have.", "Most of our patients do.", "Most do."
                  r"(?:(?:many|most|lots|plenty|thousands|hundreds|dozens)\s+(?:of\s+(?:our\s+)?)?|"
                  r"our\s+)(?:customers|clients|patients|people|members|users|families|them)\s+"
                  r"(?:have|do|did|can|say\s+(?:so|yes)|think\s+so)|(?:many|most)\s+(?:do|have|can)"
                  r"(?!\W*(?:not|n't)\b)|"
                  # a yes in other words: "It's one of the best things you can do", "That's
                  # exactly what it's for", "It's ideal for that"
                  r"(?:it|that|they)(?:'s|\u2019s|\s+is|'re|\u2019re|\s+are)\s+(?:one\s+of\s+the\s+"
                  r"(?:best|most\s+effective)|exactly\s+what|(?:ideal|perfect|great|excellent|"
                  r"wonderful)\s+for))\b", re.IGNORECASE)


def _affirms(text: str) -> bool:
    return bool(_YES.match(text))


def _blanked(text: str, found: list[TermMatch]) -> str:
    """The text with the found terms blanked out, offsets kept: "dangerous clots" names the
    condition, it is no statement of the product's risk."""
    for term in found:
        if term.term_set != "borrowed" and 0 <= term.start() < term.end() <= len(text):
            text = text[:term.start()] + " " * (term.end() - term.start()) + text[term.end():]
    return text


# An instruction to tell one's clinician or care team ("Tell your doctor and pharmacist about
# any herbal products you take", "Let your care team know if ..."), as leaflets and labels
# word their precautions (MedlinePlus drug information, "What special precautions should I
# follow?"; 21 CFR 201.57(c)(18), patient counselling information); a sentence or a clause
# after a semicolon, as "ask your doctor" is a hedge anywhere (scopes.HEDGE).
_CLINICIAN_TOLD = r"(?:your|a|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _REGULATED_WORDS + r"|team)s?"
_TOLD_TO_CLINICIAN = re.compile(r"(?:^|;)\W*(?:please\s+)?(?:always\s+)?(?:tell|inform|let|"
                                r"update)\s+" + _CLINICIAN_TOLD + r"(?:\s+(?:and|or)\s+"
                                + _CLINICIAN_TOLD + r")?(?:\s+know)?\s+(?:if|before|about|"
                                r"whether|when|what|which|that\s+you)\b", re.IGNORECASE)


def _told_to_clinician(sentence: str, spec: ClaimSpec) -> bool:
    """The sentence tells the reader to inform their clinician (of a use, before a use), in
    no seller's voice ("Tell your doctor our remedy cured you" is ours) and with no cure."""
    return _TOLD_TO_CLINICIAN.search(sentence) is not None \
        and _SELLERS_OWN.search(sentence) is None \
        and (spec.cures is None or spec.cures.search(sentence) is None)


def _page_offers(ctx: Context) -> bool:
    """The page offers a product: its title names one of the claim classes or of the rule's,
    it sells, or it speaks of a product as its own."""
    return ctx.page_product is not None or ctx.page_names_product or ctx.selling \
        or ctx.page_owned is not None


def _named_finding(sentence: str, spec: ClaimSpec) -> str | None:
    """What a named source found, told by no seller (scopes.NAMED_FINDING: "A 2019 Cochrane
    review found that probiotics may lower ..."), as "according to" reports it; not a cure
    (predicates.yaml cure class: "A Cochrane review found that stem cells cure MS" still
    claims what no review finds). Read on a page whose topic is no product of the rule's
    classes (judge): on the stem cell clinic's page, the review is the seller's warrant for
    what it sells."""
    found = NAMED_FINDING.search(sentence)
    if found is None or (spec.cures is not None and spec.cures.search(sentence) is not None):
        return None
    return found.group(0)


def _scope_stop(sentence: str, ctx: Context, risk_text: str | None = None,
                spec: ClaimSpec | None = None,
                predicates: list[int] | None = None) -> str | None:
    """Denial, hedge, attribution, a risk or an approval statement covering the sentence
    (a risk read in `risk_text`: the sentence without its condition names; `spec`: its care
    words tell care that "instead of" replaces from a denial; `predicates`: where the
    sentence's predicates start, when known)."""
    for name, pattern in (("denial", DENIAL), ("hedge", HEDGE), ("attribution", ATTRIBUTION),
                          ("unsettled evidence", EVIDENCE_UNSETTLED),
                          ("reported as others' sales talk", CLAIM_REPORTED),
                          ("a statement of risk", RISK), ("an approval statement", APPROVAL),
                          ("a licence statement", LICENSED),
                          ("a status with its limit", STATUS_LIMITED),
                          ("a harm it caused", HARM_CAUSED),
                          ("identifies the approved ones", IDENTIFIES_APPROVED),
                          ("a definition of a cure", CURE_DEFINED)):
        text = risk_text if pattern is RISK and risk_text is not None else sentence
        found = pattern.search(text) if _may_hold(pattern, text) else None
        if found and pattern is DENIAL:
            # "targets the root cause instead of masking symptoms" sets the product against
            # symptom care; it denies nothing the sentence claims
            found = next((hit for hit in DENIAL.finditer(text)
                          if not _ROOT_CAUSE_CONTRAST.match(text, hit.start())
                          and not _SPAN_CONTRAST.match(text, hit.start())
                          and not _MADE_INSTEAD.search(text, 0, hit.start())
                          and not _care_replaced(text, hit.start(), spec)
                          # (a story's care needed no more: "... and I didn't need Zoloft";
                          # or care the product's effect spares, told as its result: "stops
                          # C. diff from coming back, so he shouldn't need antibiotics")
                          and not ((ctx.testimonial or _RESULT_CLAUSE.search(text, 0, hit.start()))
                                   and _care_unneeded(text, hit.start(), spec))
                          # a denial that an "until" clause ends: "I could not walk until the
                          # shots healed my knee" tells the change the claim is about
                          and not _DENIAL_ENDED.search(text, hit.end())
                          # a negation inside a condition's name denies nothing: "children
                          # who cannot sit still", "wounds that won't heal"
                          and not (risk_text is not None and len(risk_text) == len(text)
                                   and not risk_text[hit.start():hit.end()].strip())
                          and not _in_a_clause_without_condition(text, risk_text, hit.start(),
                                                                 predicates)
                          and not _in_a_concession(text, hit.start(), predicates)
                          and not _in_a_describing_clause(text, hit.end(), predicates)
                          # "Most drugs do not stop seizures, but our CBD oil does"
                          and not (ellipsis_of_ours(text, hit.end()) and predicates
                                   and any(p >= hit.start() for p in predicates))
                          and not _in_a_relative_after(text, risk_text, hit.start(),
                                                       predicates)
                          and not _past_the_denial(text, hit.end(), predicates)
                          and not _alternative_after(text, risk_text, hit, predicates, spec)),
                         None)
        if found and pattern is RISK:
            # a risk denied ("lowers LDL like a statin, without the side effects") is no
            # statement of the product's risk
            found = next((hit for hit in RISK.finditer(text)
                          if not _RISK_DENIED.search(text[:hit.start()])
                          # ("washes out the viruses before they can cause a cold": what the
                          # product is said to stop the cause doing, no risk of its own)
                          and not _BEFORE_IT_CAN.search(text, max(0, hit.start() - 40),
                                                        hit.start())
                          # ("protecting high-risk adults from severe COVID-19": a risk word
                          # compounded into a group's adjective names who, no risk of ours)
                          and not _RISK_GROUP.search(text, max(0, hit.start() - 12),
                                                     hit.start())
                          # ("more medication brings more complications; our therapy treats
                          # chronic illness": the risk of other care, in a clause of its own)
                          and not _in_a_clause_without_condition(sentence, risk_text,
                                                                 hit.start(), predicates)),
                         None)
        if found and pattern is ATTRIBUTION:
            # "According to pharmacists, Salin Plus improves ...": an unnamed profession or
            # the seller's own users called as the claim's warrant is the seller's appeal to
            # authority, not a source reported
            found = next((hit for hit in ATTRIBUTION.finditer(text)
                          if not _UNNAMED_WARRANT.match(text, hit.end())
                          # (nor a source reported in a clause the seller's own word answers:
                          # "The NHS recommends wet combing, but our spray gets rid of lice")
                          and not _SELLER_CLAUSE_AFTER.search(text, hit.end())
                          and not _sellers_own_reported(text, hit)), None)
        if found and pattern is RISK and _REDUCED_RISK.search(sentence):
            continue  # "cuts your cancer risk" claims prevention; it names no risk of ours
        if found and pattern is EVIDENCE_UNSETTLED and _RESULTS_VARY.match(found.group(0)):
            continue  # "heals arthritis; results vary" is a claim with a disclaimer
        if found and pattern is HEDGE and _NO_REFERRAL.search(sentence[:found.start()]):
            continue  # "you never have to see a surgeon again": care replaced, not a referral
        if found:
            return f"{name}: {found.group(0)!r}"
    if _may_hold(REPORTED, sentence) and REPORTED.search(sentence):
        return "attribution: reported speech"
    excluded = _EXCLUSION_OPENS.match(sentence) or (
        _EXCLUSION_LEAD.search(ctx.lead) if ctx.lead else None)
    if excluded:
        return f"a caution that names who is kept from it: {excluded.group(0).strip()!r}"
    if ctx.lead:
        # (a lead that reports others' sales talk, "The warning letters said the products were
        # marketed to:", makes its items the claims it reports)
        for name, pattern in (("denial in its lead", DENIAL), ("hedge in its lead", HEDGE),
                              ("others' sales talk reported in its lead", CLAIM_REPORTED)):
            found = pattern.search(ctx.lead) if _may_hold(pattern, ctx.lead) else None
            if found and pattern is DENIAL:
                # "Can I drink the tea instead of chemo?" asks for the care's stand-in
                found = next((hit for hit in DENIAL.finditer(ctx.lead)
                              if not _care_replaced(ctx.lead, hit.start(), spec)), None)
            if found:
                return f"{name}: {found.group(0)!r}"
        # an intro that says its items have no approved care of the kind ("Neurological
        # conditions with no approved stem cell treatment:") discloses; not one that goes on to
        # claim them for the seller ("Diseases with no approved cure that our cells reverse:"),
        # nor a heading or a sentence of its own ("..., a disease with no approved cure" still
        # claims): a list's intro only
        found = _NO_APPROVED.search(ctx.lead) \
            if ctx.lead.rstrip().endswith((":", "\u2014")) else None
        if found and not _OUR.search(ctx.lead):
            return f"denial in its lead: {found.group(0)!r}"
        # an item that is a that-clause completes its intro's verb of saying or promising, and
        # an intro that denies the promise or calls the sayings untrue denies each item ("What
        # no regenerative clinic can promise:" / "That an injection will rebuild cartilage",
        # "Things people say about vaccines that are not true:" / "That natural immunity ...")
        found = _SAYING_DENIED_LEAD.search(ctx.lead) if _THAT_CLAUSE.match(sentence) else None
        # an intro that ends on a negated copula makes each item its complement ("What our
        # probiotic is not:" / "A treatment for anxiety"): the item is what the thing is not
        found = found or _NEGATED_COPULA_LEAD.search(ctx.lead)
        if found:
            return f"denial in its lead: {found.group(0)!r}"
    return None


# A caution that names who is kept from the product, as a line's label or opening ("Not for:
# anyone with the flu", "Not recommended for people with type 2 diabetes on insulin", "Not for
# use in children with asthma"), or as the intro of a list ("Calm Drops are not for:"): the
# label's warnings (21 CFR 201.66(c)(5), https://www.ecfr.gov/current/title-21/chapter-I/
# subchapter-C/part-201/subpart-C/section-201.66), the conditions the cases it is kept from.
_NOT_FOR = (r"(?:not|n['\u2019]t)\s+(?:(?:suitable|recommended|safe|meant|right|advised|"
            r"appropriate)\s+)?for")
_EXCLUSION_OPENS = re.compile(
    r"^\W*" + _NOT_FOR + r"\s*(?::|(?=\s(?:anyone|people|persons|patients|those|children|"
    r"kids|women|men|adults|use)\b))", re.IGNORECASE)
_EXCLUSION_LEAD = re.compile(r"\b(?:is|are)\s*" + _NOT_FOR + r"\s*[:\u2014]\s*$",
                             re.IGNORECASE)


# A list's intro whose last words are a negated copula: "What our probiotic is not:", "These
# drops aren't:".
_NEGATED_COPULA_LEAD = re.compile(r"\b(?:is|are|was|were)\s*(?:not|n['\u2019]t)\s*[:\u2014]\s*$",
                                  re.IGNORECASE)


# A list item that is a that-clause, and an intro ending in a verb of saying or promising that
# it denies ("no clinic can promise:", not "no other clinic can promise:") or whose sayings it
# calls untrue ("Things people say that are not true:", "Claims we hear that are myths:").
_THAT_CLAUSE = re.compile(r"\W*that\s+(?!is\b|was\b|'s\b)", re.IGNORECASE)
_SAYING_DENIED_LEAD = re.compile(
    r"\b(?:no|nobody|no\s+one|never|cannot|can['\u2019]t|won['\u2019]t|don['\u2019]t|"
    r"doesn['\u2019]t)\b(?!\s+(?:other|else)\b)(?![^:]*\b(?:other|else|but\s+us|except)\b)"
    r"[^:]{0,60}\b(?:promise|claim|say|guarantee|tell\s+you)\s*:\s*$|"
    r"\b(?:say|says|said|claim|claims|believe|tell\s+you|hear|read)\b[^:]{0,60}\b(?:(?:is|are|"
    r"was|were)\s+(?:not\s+true|false|untrue|wrong|myths?)|myths?)\s*:\s*$", re.IGNORECASE)


# A myth/fact pair (the myth-busting card or paragraph): the myth's label, and the label of
# the line that corrects it.
_MYTH_LABEL = re.compile(r"^\W*(?:the\s+)?(?:myth|misconception|common\s+myth)s?\s*(?:#?\d+\s*)?"
                         r"[:\u2014\u2013-]", re.IGNORECASE)
_FACT_LABEL = re.compile(r"^\W*(?:the\s+)?(?:fact|facts|truth|reality|evidence)\s*"
                         r"[:\u2014\u2013-]\s*", re.IGNORECASE)


def _fact_of_a_myth(sentence: str, spec: ClaimSpec, ctx: Context) -> bool:
    """A line labelled "Fact:" (or "Truth:", "Reality:") under or after a line labelled
    "Myth:" (the card's title, the sentence before it) corrects the myth: the product the
    myth names is not its subject. Only where the fact line names no product of any claim
    class, no seller ("our", "we") and does not point back to the myth's product ("Fact: our
    PRP heals tendons", "Fact: it clears migraines" still claim)."""
    label = _FACT_LABEL.match(sentence)
    if label is None or not any(_MYTH_LABEL.match(text) for text in (ctx.lead, ctx.previous)):
        return False
    rest = sentence[label.end():]
    return not _OUR.search(rest) and not points_back(rest) \
        and not _own_products(rest, spec, [], spec.all_products)


def _refuted_report(text: str, candidates: list[TermMatch], ctx: Context,
                    spec: ClaimSpec) -> str | None:
    """A claim the sentence reports (scopes.reported_at: heard, read, told or believed, the
    complement of a report whose holder is not the page's voice, a quoted mention) which a
    later sentence of its block refutes (scopes.refutes): "I had read that six months of GAPS
    would make his autism go away. It didn't, ...", "Sellers of ... say wearing one will
    decrease pain in your joints. A 2013 trial ... found no effect on pain". In a testimonial
    read whole, each of its sentences that holds a predicate must be so reported and refuted
    later in the quote, or name neither a condition nor a product nor point back (the care
    that helped instead: "What helped was the exercise plan my physiotherapist and I stuck
    to")."""
    placed = [c.start() for c in candidates if c.term_set not in _UNPLACED]
    later = ctx.later or ((ctx.following,) if ctx.following else ())
    spans = sentence_spans(text) if ctx.testimonial else []
    if len(spans) <= 1:
        # (a clause after a turn of the sentence is read as a sentence after it: "You may
        # have read that IV vitamin C cures cancer; there is no good evidence that it does")
        if placed:
            later = (*clauses_after(text, min(placed)), *later)
        found = refuted_in_block(text, later, min(placed) if placed else None,
                                 quotes=not ctx.testimonial, lead=ctx.lead)
        if found is None and not ctx.testimonial:
            found = mention_split(text, ctx.following)
            if found is not None:
                return f"a quoted claim held up to be checked: {found.group(0)!r}"
        if found is None and not ctx.testimonial and _DEFINITION_ASKED.match(ctx.lead) \
                and not _fragment_has_verb(text) \
                and any(refutes(after, i == 0) for i, after in enumerate(later[:3])):
            # "What is homeoprophylaxis?" / "The use of highly diluted homeopathic remedies
            # in place of vaccines. There is no evidence that it protects ...": the answer
            # defines the practice by what its promoters offer it for, then refutes that
            return "a definition the answer goes on to refute"
        return None if found is None else (
            f"a reported claim refuted later in its block: {found.group(0)!r}")
    # (in a testimonial read whole, its outcome word stands at its own words too: "the ad said
    # ... my memory loss would be gone. Two months later nothing had changed" reports the
    # outcome and refutes it)
    placed = [c.start() for c in candidates if _at_its_words(c)]
    held = [i for i, (start, end) in enumerate(spans)
            if any(start <= c.start() < end for c in candidates if _at_its_words(c))]
    if not held or len(placed) < len(candidates):
        return None
    cue = None
    for i in held:
        start, end = spans[i]
        part = text[start:end]
        ats = [c.start() - start for c in candidates if start <= c.start() < end]
        if cue is not None and spec.all_products.search(part) is None and (
                all(_clinicians_doing(part, at) for at in ats)
                or not spec.conditions.finditer(part) and all(
                    _clinicians_doing(part, m.start()) for m in _POINTS_BACK.finditer(part))):
            # the care that helped instead ("What helped was the exercise plan my
            # physiotherapist and I stuck to"), or what the teller's clinician did after the
            # claim failed ("The nurse was honest that it wouldn't, and helped me book ...",
            # "my GP helped me restart it")
            continue
        at = min(c.start() for c in candidates if start <= c.start() < end) - start
        found = refuted_in_block(part, [text[slice(*span)] for span in spans[i + 1:]], at,
                                 quotes=False)
        if found is None:
            return None
        cue = cue or found
    return None if cue is None else (
        f"a reported claim refuted later in its block: {cue.group(0)!r}")


# A question that asks what a practice is ("What is homeoprophylaxis?"), not which is best.
_DEFINITION_ASKED = re.compile(r"^\W*what\s+(?:is|are)\s+(?!the\s+(?:best|right|most)\b)"
                               r"[^?]{1,60}\?\s*$", re.IGNORECASE)


# A clinician as the subject opening a clause ("The nurse was honest ...", "my GP helped me
# ..."), and what opens a clause with a subject of its own (", and my GP", "but it", ";").
_CLINICIAN_SUBJECT = re.compile(
    r"\W*(?:the|my|his|her|their|our\s+family)\s+(?:[\w-]+\s+)?(?:" + _STORY_CLINICIANS
    + r"|nurse)s?\b(?!['\u2019]s)", re.IGNORECASE)
_CLAUSE_WITH_SUBJECT = re.compile(
    r";|\bbut\b|\byet\b|,\s+(?:and|so)\s+(?=(?:now\s+|then\s+)?(?:my|his|her|their|our|the|I|"
    r"he|she|they|we|it)\b)", re.IGNORECASE)


def _clinicians_doing(part: str, at: int) -> bool:
    """The word at `at` in a sentence of a story is a clinician's doing: the clause that holds
    it opens with a clinician as its subject ("The nurse was honest that it wouldn't, and
    helped me book ...", "..., and my GP helped me restart it"; not "My doctor was doubtful,
    but it cleared my eczema")."""
    opens = [m.end() for m in _CLAUSE_WITH_SUBJECT.finditer(part, 0, at)]
    return _CLINICIAN_SUBJECT.match(part, opens[-1] if opens else 0) is not None


def _at_its_words(candidate: TermMatch) -> bool:
    """The candidate stands at its own words in the sentence: a predicate, or a testimonial's
    outcome word (not a lead's, an answer's or the learned model's)."""
    return candidate.term_set not in _UNPLACED \
        or (candidate.term_set == "outcome" and candidate.end() > candidate.start())


# The cause of a condition stopped before it acts: "before they can cause", "before it can
# cause" (a prevention told, the RISK cue's "can cause" inside it).
_BEFORE_IT_CAN = re.compile(r"\bbefore\s+(?:they|it|(?:the|these|those|any)\s+[\w-]+)\s+$",
                            re.IGNORECASE)
# Who "according to" names when it names no source: a profession or the seller's users, in
# the plural, unnamed ("according to pharmacists", "according to many doctors", "according to
# our customers"); not a named body, a study, a guideline or a person.
_UNNAMED_WARRANT = re.compile(
    # (the seller's own people, whoever they are: "According to our medical director, the drip
    # prevents COVID-19" is the seller's word)
    r"\s+our\s|"
    r"\s+(?:(?:many|most|some|leading|top|local|independent|our|real|thousands\s+of|"
    r"hundreds\s+of)\s+)?(?:pharmacists|doctors|physicians|experts|dermatologists|"
    r"specialists|practitioners|nutritionists|naturopaths|therapists|chiropractors|"
    r"(?:health(?:care)?|medical)\s+(?:professionals|experts|practitioners)|professionals|"
    r"users|customers|clients|patients|reviewers|buyers|mums|moms|parents)\b(?!\s+(?:at|of|from|in)\s)",
    re.IGNORECASE)
_NO_APPROVED = re.compile(r"\b(?:no|without\s+(?:an?|any))\s+(?:FDA[- ])?(?:approved|cleared|"
                          r"authori[sz]ed)\b", re.IGNORECASE)


def _may_hold(pattern: object, text: str) -> bool:
    """False when the scope cue cannot occur in the text: its literal prefilter, answered
    from the text's literals (LITERALS.present_in_sentence, the memo the phrase rules share).
    The cues are alternations of dozens of phrases that re tries at every position, ~60 us a
    judged sentence in all (speed32); a cue read by a class, by the regexes it finds with
    (speed33: others' sales talk, and the cues no seller's sentence holds)."""
    prefilter = _CUE_PREFILTERS.get(id(pattern))
    return prefilter is None or prefilter.may_match_present(LITERALS.present_in_sentence(text))


_CUE_PREFILTERS = {id(p): Prefilter([p]) for p in (
    DENIAL, HEDGE, ATTRIBUTION, EVIDENCE_UNSETTLED, RISK, APPROVAL, STATUS_LIMITED, HARM_CAUSED,
    REPORTED) if isinstance(p, re.Pattern)}
# _OthersTalk finds nothing where neither of its regexes can match; _NotOurs nothing where
# its regex cannot
_CUE_PREFILTERS |= {id(CLAIM_REPORTED): Prefilter([CLAIM_REPORTED.pattern,
                                                    CLAIM_REPORTED.reduced,
                                                    CLAIM_REPORTED.quoted]),
                    id(LICENSED): Prefilter([LICENSED.pattern]),
                    id(IDENTIFIES_APPROVED): Prefilter([IDENTIFIES_APPROVED.pattern])}
