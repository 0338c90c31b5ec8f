"""The judge: puts the readings together into one Verdict for a sentence in its context
(judge), with the memo of verdicts a spec remembers (judged), and the readings only the judge
asks (an authorized health claim, a guideline's use, an OTC use, the condition a "for" names,
care lent by a lead).

Apart because it is the top: it imports every reading, and no reading imports it.
"""

from __future__ import annotations

import dataclasses
import re

from checker.content.claimread.care import (
    _ADJECTIVE_PREDICATES,
    _CLIENTS_HOPE,
    _CORRECTED,
    _DETERMINER_BEFORE,
    _FULFILLED,
    _HOPED,
    _IMMUNE_BODY,
    _LEARNED_NEGATION,
    _MISTAKEN,
    _NO_OBJECT_AFTER,
    _NOT_ANTECEDENT,
    _OWN_CLINICIAN,
    _PERSON_SUBJECT,
    _PLACE_AFTER,
    _PRESCRIBING,
    _RECEIVED,
    _REGULATOR_BEFORE,
    _REVOKED_BEFORE,
    _SENTENCE_END,
    _SERVICE_AFTER,
    _STATE_BEFORE,
    _UNRESPONSIVE,
    NEEDLESS_AFTER,
    RETIRED_CARE,
    _agent_fragment,
    _aimed_stop,
    _antecedent,
    _approved,
    _approved_in,
    _avoided_in_case,
    _bare_recovery,
    _care_options,
    _care_told_of_people,
    _carer_in,
    _compound_in_negated_list,
    _condition_treatable,
    _course_in_time_clause,
    _for_fragment,
    _generic_of_named,
    _in_given_cure,
    _in_stated_curability,
    _inside_care_name,
    _learned,
    _learned_condition,
    _objectless_infinitive,
    _others_care,
    _own_care_noun,
    _passive_by_others,
    _patient_info,
    _placed,
    _program_name,
    _qualified,
    _regulatory_cleared,
    _retired_care,
    _retired_generic_care,
    _service_category,
    _stop_using,
    _title_care_under,
    _told_outcomes,
    _word_of_a_name,
    quit_habits,
    quit_on_care_before,
    replaced_drugs,
)
from checker.content.claimread.context import (
    ClaimSpec,
    Context,
    Verdict,
    _ReadContext,
    approved_names,
)
from checker.content.claimread.offlabel import (
    _WATCHED_UNTIL,
    _alternate_spans,
    _coping_spans,
    _failed_closed,
    _off_label,
    _outside_label,
    _outside_spans,
    card_labelled_drug,
)
from checker.content.claimread.products import (
    _BARE_YES,
    _CARE_WORD_FOR,
    _CONDITION_FREE,
    _EXTENDED_NAME,
    _INTENDED_FOR,
    _OUR,
    _OURS_BEFORE,
    _PASSIVE_OPENING,
    _PLURAL_NAMED_FOR,
    _RESTORED,
    _SALES_OBJECT,
    _UNPLACED,
    PURCHASE,
    SUBSTITUTED_CARE,
    _approved_agent,
    _branded_care,
    _called_care,
    _cleared_use,
    _clinician_did_it,
    _fragment_has_verb,
    _has_own_subject,
    _kind_for,
    _named_by_condition,
    _named_for,
    _named_product,
    _nearest,
    _offered,
    _offered_name,
    _own_products,
    _page_owned,
    _product,
    _products_in_clause,
    _trade_name,
)
from checker.content.claimread.scope import (
    _ALTERNATIVE,
    _ANSWER_NO,
    _ANSWER_NOT,
    _ANSWER_PARTICLE,
    _POINTS_BACK,
    _PURPOSE_LEAD,
    _USE_LEAD,
    _answers_rhetorical,
    _blanked,
    _borrowed_conditions,
    _denied_under,
    _drug_facts_uses,
    _fact_of_a_myth,
    _guide_title,
    _harms_asked,
    _harms_listed,
    _lead_predicate,
    _named_finding,
    _otc_aisle,
    _page_offers,
    _pain_with_its_part,
    _practice_scope,
    _predicates,
    _presupposes,
    _refuted_report,
    _refuted_under,
    _scope_stop,
    _scope_text,
    _told_to_clinician,
    _tried_before_care,
)
from checker.content.claimread.stories import (
    _BEHAVIOUR,
    _CARE_AS_BURDEN,
    _CARE_FAILED,
    _DESPITE_CARE,
    _PROVIDER,
    _SPECIALIST_NAMED,
    _after_told_of_care,
    _artefact,
    _care_before_course,
    _care_started,
    _care_told_before,
    _chosen_instead,
    _declined_care,
    _hospital_stay,
    _lead_subject,
    _learned_care_started,
    _masked,
    _named_agent,
    _named_subject,
    _no_effect_after,
    _object_before_infinitive,
    _our_clinician,
    _own_clinician_care,
    _set_against_care,
    _standard_care_story,
    _story_before,
    _story_care,
    _story_course,
    _story_instrument,
    _what_helps_asked,
)
from checker.content.lexicons import (
    TermMatch,
    bare_pain,
)
from checker.content.match import (
    denied_object_after,
    describing_clause_end,
    ellipsis_of_ours,
    finite_conjunct,
    negated,
    negated_list,
)
from checker.content.scopes import (
    DENIAL,
    mention_split,
    quoted_title_refuted,
    refutes,
    reported_at,
)
from checker.content.text import (
    clause_at,
    contrast_span,
    is_question,
)

# The need for care, right before the care: "your body's need for insulin".
NEED_OF_CARE = re.compile(r"\b(?:need|needs|reliance|dependence|dependency)\s+(?:for|on)\s+"
                          r"(?:your\s+|their\s+|my\s+|the\s+)?$", re.IGNORECASE)
# A condition said to be treated in general, by care that is not a product of ours: "Head lice
# can be treated at home with lotions", "most cases are cured with antifungal cream".
GENERAL_CARE = re.compile(r"\b(?:can|may|is|are|be|usually|often|easily)\s+(?:usually\s+|often\s+|"
                          r"easily\s+|safely\s+)?(?:treated|cured|prevented|managed|relieved|"
                          r"controlled)\s+(?:at\s+home\s+|quickly\s+)?(?:with|by|using)\b",
                          re.IGNORECASE)
# An answer that opens by denying what its question asks: "No.", "No eye drop has been shown
# to ...", "Not really.", "There is no evidence that ...", "Nothing we sell ...".
_ANSWER_DENIES = re.compile(r"\W*(?:no\b|not\b|none\b|nothing\b|there\s+is\s+no\b)",
                            re.IGNORECASE)
# A condition's natural course, no product's effect: "Most sinus infections clear up on their
# own", "usually goes away by itself", "gets better without treatment". Only where neither
# the sentence nor its lead names a product ("TagAway Drops: skin tags fall off on their own
# within two weeks" tells what the drops do).
NATURAL_COURSE = re.compile(r"\bon\s+(?:its|their)\s+own\b|\bby\s+(?:itself|themselves)\b|"
                            r"\bwithout\s+(?:any\s+)?treatment\b|"
                            # the condition as the subject of going away without medicine ("Ear
                            # infections often clear without antibiotics"; not "fight off strep
                            # throat without antibiotics": an agent's deed), a time between ("Most
                            # infections clear up within three weeks without antibiotics")
                            r"\b(?:clears?|clear\s+up|clears\s+up|gets?\s+better|goes\s+away|go\s+"
                            r"away|heals?|resolves?)\s+(?:(?:with)?in\s+(?:a|an|one|two|three|four|"
                            r"\d+|a\s+few)\s+(?:days?|weeks?|months?)\s+)?without\s+(?:any\s+)?"
                            r"(?:antibiotics|medicines?|medications?)\b|"
                            r"\b(?:usually|normally|generally|often|tends?\s+to)\s+(?:clears?\s+up|"
                            r"gets?\s+better|goes\s+away|go\s+away|passes|resolves?|settles?|"
                            r"improves?)\b|"
                            r"\b(?:naturally|spontaneously)\s+(?:in|within)\s+(?:a|\d+)\b|"
                            # most people recover in a time: "Most people are back on their
                            # feet after the flu within a week"
                            r"\b(?:most|many)\s+(?:people|adults|children|kids|patients)\s+"
                            r"(?:[\w'-]+\s+){0,3}?(?:recover|get\s+better|feel\s+better|are\s+"
                            r"back\s+on\s+their\s+feet|are\s+back\s+to\s+normal)\b[^.;!?]{0,40}?"
                            r"\b(?:within|in)\s+(?:a|one|two|three|four|\d+|a\s+few)\s+(?:days?|"
                            r"weeks?)\b|"
                            # time, or what people do ("improves with stretching and time",
                            # "improves when people lose 7 to 10 percent of their weight")
                            r"\b(?:and|with|over)\s+time\b|\bwhen\s+(?:people|you|patients|adults|"
                            r"children)\s+(?:lose|exercise|quit|stop|cut|eat|drink|sleep|rest|walk|"
                            r"move)\b", re.IGNORECASE)
# A symptom's course credited to the treatment of the condition behind it, by no agent named
# ("Usually improves as the depression is treated", "eases once the infection is treated"):
# what the condition's own care brings, whatever product a lead names; not "... treated with
# our drops", which names its agent.
TREATED_COURSE = re.compile(r"\b(?:improves?|gets?\s+better|eases?|lifts?|clears?(?:\s+up)?|"
                            r"settles?|goes\s+away|fades?)\s+(?:as|when|once|after)\s+(?:the|your|"
                            r"their|his|her)\s+(?:[\w'-]+\s+){1,4}?(?:is|are|gets?|has\s+been|"
                            r"have\s+been)\s+treated\b(?!\s+(?:with|by|using|through)\b)",
                            re.IGNORECASE)
# Patients' stories told by the seller: "Customers tell us...", "Many patients say...".
TOLD_STORY = re.compile(r"^\W*(?:many\s+|most\s+|our\s+|some\s+(?:of\s+our\s+)?)?"
                         r"(?:customers|clients|patients|users|members|guests|moms|parents|"
                         r"families|people)\s+(?:tell\s+us|say|report|swear|rave|write\s+"
                         r"(?:to\s+)?us|keep\s+telling\s+us)\b", re.IGNORECASE)
# A behaviour named as the cause after the predicate: "Some people with type 2 diabetes
# reverse it after losing weight" (with no product, no "our", nothing taken or used).
_BEHAVIOUR_CAUSE = re.compile(
    r"\b(?:after|by|through)\s+(?:losing\s+weight|losing\s+\d+|weight\s+loss|exercising|"
    r"eating\s+(?:less|better|well|healthier)|(?:changing|improving)\s+(?:their|your|his|her)\s+"
    r"(?:diet|lifestyle|habits)|diet\s+and\s+exercise|quitting\s+smoking|lifestyle\s+changes?)\b",
    re.IGNORECASE)
_TAKING = re.compile(r"\b(?:tak|us|tr|add|switch)(?:ing|ed|e|es|ies|ied|y)\b", re.IGNORECASE)
# Taking, using or applying something named with a capital ("Taking B Complex every day helps
# ...", "Applying Blephadex ..."): a product's proper name, so the product is what acts, not a
# behaviour (not in a title-case heading, where every word has a capital)
_NAMED_TAKEN = re.compile(r"^\W*(?:Taking|Using|Applying|Drinking|Adding|Trying)\s+"
                          r"(?:(?:our|the|a|an)\s+)?[A-Z][\w+-]*")


def _named_taken(sentence: str) -> bool:
    return _NAMED_TAKEN.match(sentence) is not None and sum(
        1 for w in sentence.split() if w[:1].islower()) >= 3


# A gerund that was a struggle ("Breathing used to be a fight", "Walking was agony") is the
# story's before, not advice.
_BEFORE_STATE = re.compile(r"^\W*[\w'-]+ing\s+(?:used\s+to|was|had\s+been)\b", re.IGNORECASE)
# A course of care named as a time frame ("during cancer treatment", "after therapy") is the
# patient's care, not a claim that something treats.
# The care a story tells done, before its name: "after my hip replacement", "I had a knee
# replacement", "since her bypass surgery", "I ended up having the knee replacement".
_CARE_DONE = re.compile(r"\b(?:(?:after|since|following)\s+(?:my|his|her|their|our)|(?:had|got|"
                        r"underwent|received|recovered\s+from|(?:ended\s+up\s+|finally\s+)?"
                        r"(?:having|getting|undergoing))\s+(?:a|an|my|his|her|the|their|"
                        r"two|both))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_TIME_FRAME = re.compile(r"\b(?:during|after|before|throughout|following|since|between|"
                         r"while\s+(?:on|in|getting|having|receiving))\s+(?:[\w'-]+\s+){0,3}$",
                         re.IGNORECASE)
_NOMINAL_CARE = re.compile(r"^(?:treatments?|therap(?:y|ies)|care|sessions?)$", re.IGNORECASE)


# The body as the agent of a predicate ("helps the immune system fight off", "your body uses
# it to heal"), and pathogens named in general, not a disease.
_BODY_AGENT = re.compile(r"\b(?:the|your|our|its)\s+(?:body|body's|immune\s+system|immune\s+"
                         r"cells|white\s+blood\s+cells|natural\s+defen[cs]es)\b",
                         re.IGNORECASE)
# A product put into a vein or under the skin is no dietary supplement, which is "intended for
# ingestion" (21 U.S.C. 321(ff)(2)(A)(i)): the structure/function statement of 343(r)(6) is not
# its to make ("High-dose vitamin C [IV] that boosts your immune system against viruses").
_NOT_INGESTED = re.compile(r"\b(?:IVs?|intravenous(?:ly)?|infusions?|infused|injections?|"
                           r"injected|injectables?|drips?)\b", re.IGNORECASE)
_GENERIC_PATHOGEN = re.compile(r"(?:bacteria|viruses|germs|microbes|pathogens|invaders|"
                               r"infections?|bugs)", re.IGNORECASE)
# The form the FDA authorizes health claims in: a lower risk, not a cure or a treatment.
_RISK_REDUCTION = re.compile(r"\b(?:lower|lowers|lowering|reduce|reduces|reducing|cut|cuts|"
                             r"decrease|decreases)\s+(?:[\w'-]+\s+){0,3}?(?:risk|chance|"
                             r"odds|likelihood)s?\b", re.IGNORECASE)


# What people ask the clinic, told ("Many patients ask us whether NAD+ helps depression", "Some
# members ask us for ivermectin for COVID-19"), unless the sentence goes on to say why
# ("... because it heals their knees").
_ASKED_OF_US = re.compile(r"^\W*(?:(?:some|many|most|a\s+lot\s+of|lots\s+of|plenty\s+of|several|"
                          r"a\s+few)\s+(?:of\s+our\s+)?)?(?:new\s+)?(?:patients|people|members|"
                          r"customers|clients|parents|families|readers|callers|visitors)\s+"
                          r"(?:often\s+|sometimes\s+|frequently\s+|always\s+|also\s+|still\s+)?"
                          r"(?:ask|asks|asked|wonder|wonders|wondered|e-?mail|call|write)\s+"
                          r"(?:us\s+|me\s+)?(?:about|for|whether|if|how|why|what|when)\b",
                          re.IGNORECASE)
# What the page answers those who ask, as a title: "What we tell patients who ask about stem
# cells for autism", "What our doctors say to parents who ask whether ...".
_ANSWER_TO_ASKERS = re.compile(r"^\W*what\s+(?:we|our\s+[\w-]+)\s+(?:tell|tells|say\s+to|says\s+to|"
                               r"answer|advise|recommend\s+to)\s+(?:patients|people|parents|"
                               r"families|members|customers|clients|callers)\s+who\s+(?:ask|"
                               r"wonder|call|write)\s+(?:us\s+)?(?:about|for|whether|if|how)\b",
                               re.IGNORECASE)
_ASKED_AND_TOLD = re.compile(r"\b(?:because|since|so|and\s+(?:it|they|we|this)|after\s+(?:it|"
                             r"they|seeing|hearing))\b", re.IGNORECASE)


def _authorized_health_claim(sentence: str, spec: ClaimSpec, lead: str = "") -> str | None:
    """A nutrient said to lower the risk of the disease the FDA pairs it with ("enough
    calcium and vitamin D lowers the chance of osteoporosis"): a lawful health claim. A line
    with no subject of its own takes the nutrient from its lead, a card's title ("Take daily
    ... to lower the risk of spina bifida" under "Folic Acid 400 mcg")."""
    if not _RISK_REDUCTION.search(sentence):
        return None
    named = sentence if _SUBJECTLESS.match(sentence) is None else f"{lead} {sentence}"
    for claim in spec.health_claims:
        if claim.nutrients.search(named) and claim.diseases.search(sentence):
            return claim.source
    return None


# A line that opens with its verb, no subject of its own: "Take daily ...", "Lowers the risk
# of ...", "Helps lower ...".
_SUBJECTLESS = re.compile(r"\W*(?:take|use|give|lowers?|reduces?|helps?|supports?)\b",
                          re.IGNORECASE)


def _guideline_use(sentence: str, spec: ClaimSpec, ctx: Context,
                   conditions: list[TermMatch]) -> str | None:
    """A nutrient or public-health measure told with the use a WHO or national guideline
    recommends it for, for the people it names ("Vitamin A supplements given to children with
    measles lower the risk of death", "zinc with ORS shortens diarrhoea in children"): standard
    care, patient information. Every condition named must be the use's; not in the seller's
    voice or lead ("Our vitamin A drops ..."), not a story's, not in a block with a price or a
    way to buy nor of a name the page sells, and no cure: the guidelines back a lower risk or
    a shorter illness, and "vitamin A cures measles" is a claim."""
    block = " ".join((ctx.lead, *ctx.earlier, sentence, ctx.following))
    if ctx.testimonial or not conditions or PURCHASE.search(block) \
            or _offered_name(sentence, spec, ctx) is not None \
            or _OUR.search(_ADVISING_WE.sub(" ", ctx.with_lead(sentence))) \
            or (spec.cures is not None and spec.cures.search(sentence) is not None):
        return None
    products = _own_products(sentence, spec, [], spec.all_products)
    for use in spec.guideline_uses:
        if use.nutrients.search(ctx.lead):
            continue  # (a card titled by the nutrient, "Vitamin A Drops", is its offer)
        named = list(use.nutrients.finditer(sentence))
        # each product word is the nutrient's own or the form it is given in ("vitamin A
        # supplements", "peppermint oil capsules"), not another product it is said to be in
        # ("cod liver oil, rich in vitamin A, treats measles" names the oil as the agent)
        if named and all(any(n.start() <= p.start() <= n.end() + 2 for n in named)
                         for p in products) \
                and (use.population is None or use.population.search(sentence)) \
                and all(use.diseases.fullmatch(c.group(0))
                        or _generic_of_named(sentence, c, conditions) for c in conditions):
            return use.source
    return None


def _otc_use(sentence: str, spec: ClaimSpec, conditions: list[TermMatch] = (),
             lead: str = "") -> str | None:
    """An ingredient named with the use its OTC monograph allows ("magnesium relieves
    constipation", "calcium carbonate for heartburn", "first aid antiseptic to help prevent
    infection in minor cuts"): lawful labeling, not a drug claim. Every condition the use's
    clause names must be that use's ("kills germs and the flu virus" is not the antiseptic's
    use; "..., and large doses cause diarrhea" is another clause); a
    card's body with no subject of its own takes the ingredient from its title ("Kills germs
    that cause bad breath" under "Antiseptic Mouth Rinse")."""
    own = None if not lead or not _VERB_FIRST.match(sentence) else lead
    for use in spec.otc_uses:
        if not (use.nutrients.search(sentence) or (own and use.nutrients.search(own))):
            continue
        found = use.diseases.search(sentence)
        if found is None:
            continue
        cuts = [0] + [m.end() for m in _JOINED.finditer(sentence)] + [len(sentence) + 1]
        start = max(c for c in cuts if c <= found.start())
        end = min(c for c in cuts if c > found.start())
        if all(use.diseases.fullmatch(c.group(0)) for c in conditions
               if start <= c.start() < end):
            return use.source
    return None


# Where a joined clause starts: "...; ...", "..., and large doses cause diarrhea".
_JOINED = re.compile(r"\s*;\s*|,\s+(?:and|but|while|whereas|although|though)\s+",
                     re.IGNORECASE)


# A sentence that opens with its verb (a card's or a label's body: "Kills germs ...",
# "Significantly reduces ...", "Helps prevent ...", "First aid to help prevent ..."): its
# subject is its title.
_VERB_FIRST = re.compile(r"\W*(?:uses:\s*)?(?:first\s+aid\s+(?:antiseptic\s+)?to\s+"
                         r"(?:help\s+)?[a-z]+|(?:[a-z]+ly\s+|also\s+)?(?:helps?\s+(?:to\s+)?)?"
                         r"[a-z]+s)\b", re.IGNORECASE)


def _time_frame(sentence: str, predicate: TermMatch) -> bool:
    return (predicate.term_set not in _UNPLACED
            and bool(_NOMINAL_CARE.match(predicate.group(0)))
            and bool(_TIME_FRAME.search(sentence[max(0, predicate.start() - 60):
                                                 predicate.start()])))


# What ends the phrase "for" opens: a dash ("CBD gummies for a calm evening - anxiety
# disorders need a diagnosis"), a comma and "while" ("Omega-3 gummies for kids, while asthma
# is managed by their paediatrician"), or a comma and a conjunction that opens a clause with
# a subordinator ("Probiotic capsules for travel, and if diarrhea lasts two days, call us").
_FOR_PHRASE_ENDS = re.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014]|,\s+(?:while|whereas)\b|"
                              r",\s+(?:and|or|so)\s+(?:if|when|whenever|because|since|unless|"
                              r"once|as\s+soon\s+as)\b", re.IGNORECASE)
# A comma and a conjunction, then a subject of its own before a finite verb: the condition is
# that clause's ("IV drips for athletes, and patients with diabetes should ask first"; "B12
# shots for vegans, and anemia is checked first"), not what "for" names ("for dry eyes, and
# pink eye").
_FOR_PHRASE_JOINED = re.compile(r",\s+(?:and|or|so)\s+", re.IGNORECASE)
_FINITE_AFTER = re.compile(r"\s+(?:is|are|was|were|has|have|had|should|must|can|could|will|"
                           r"would|may|might|needs?|does|do)\b", re.IGNORECASE)


def _named_by_for(sentence: str, predicate: TermMatch, condition: TermMatch) -> bool:
    """The condition is what a nominal predicate's "for" names: within 40 characters after
    it, in its own phrase (no sentence end, contrast, dash or new clause between)."""
    if not 0 <= condition.start() - predicate.end() <= 40:
        return False
    if _ALTERNATIVE.search(predicate.group(0)):
        # "the insulin your doctor prescribed rather than a supplement for diabetes": the
        # "for" is the turned-down alternative's, not the predicate's
        return False
    between = (predicate.end(), condition.start())
    if _SENTENCE_END.search(sentence, *between) or _FOR_PHRASE_ENDS.search(sentence, *between):
        return False
    # the purpose is the one "for" names, not a condition past a "but": "use our sessions for
    # study skills, but decisions about ADHD medication belong with your doctor"
    if condition.start() >= contrast_span(sentence, predicate.start())[1]:
        return False
    return not (_FOR_PHRASE_JOINED.search(sentence, *between)
                and _FINITE_AFTER.match(sentence, condition.end()))


# How many sentences' verdicts a spec remembers (`judged`), and how many contexts a sentence.
_MEMO_SIZE = 4096
_MEMO_CONTEXTS = 256


def judged(sentence: str, spec: ClaimSpec, ctx: Context) -> Verdict:
    """judge's verdict, remembered by the sentence and the fields of its context that judge
    read for it (its answer depends on nothing else: with the same values of the fields it
    read, judge takes the same path and reads the same fields). A site's sidebar, header and
    footer recur on every page, and so do their sentences' contexts; a sentence that recurs
    under another lead or on another page is usually decided by a few of its fields (perf45:
    the whole context as the key re-read it on every page). Each caller gets a verdict of its
    own."""
    memo = spec.memo
    known = memo.get(sentence)
    if known is not None:
        for names, verdicts in list(known.items()):
            found = verdicts.get(tuple([getattr(ctx, name) for name in names]))
            if found is not None:
                return _copied(found)
    reading = _ReadContext.of(ctx)
    verdict = judge(sentence, spec, reading)
    names = tuple(reading._read)
    values = tuple([getattr(ctx, name) for name in names])
    if known is None:
        if len(memo) >= _MEMO_SIZE:
            try:
                del memo[next(iter(memo))]
            except (KeyError, RuntimeError, StopIteration):
                pass  # another thread dropped it first
        known = memo.setdefault(sentence, {})
    verdicts = known.setdefault(names, {})
    if len(verdicts) >= _MEMO_CONTEXTS:
        try:
            del verdicts[next(iter(verdicts))]
        except (KeyError, RuntimeError, StopIteration):
            pass
    verdicts[values] = _copied(verdict)
    return verdict


def _copied(verdict: Verdict) -> Verdict:
    """A verdict of the caller's own (its notes a list of their own): dataclasses.replace's
    answer, without its pass over the fields and __init__ (a Verdict has no __post_init__)."""
    copy = object.__new__(Verdict)
    copy.__dict__.update(verdict.__dict__)
    copy.notes = list(verdict.notes)
    return copy


def _clinicians_tool(sentence: str, predicate: TermMatch,
                     approved: list[TermMatch]) -> str | None:
    """The approved care a clinician's predicate names as its instrument, right after "with"
    or "using" in the predicate's clause ("treat breast cancer with surgery, radiotherapy and
    chemotherapy"): what does the treating. (Not care set aside, "without surgery", nor care
    after "after" or "on", which is when or whom: "knee pain after surgery".)"""
    _, end = clause_at(sentence, predicate.start())
    for care in approved:
        if predicate.end() <= care.start() < end \
                and _CLINICIANS_TOOL.fullmatch(sentence, predicate.end(), care.start()):
            return care.group(0)
    return None


# The words between a predicate and its instrument: its object, then "with" or "using".
_CLINICIANS_TOOL = re.compile(r"\s+(?:[\w'-]+\s+){0,6}?(?:with|using)\s+(?:(?:a|an|the)\s+)?",
                              re.IGNORECASE)


def judge(sentence: str, spec: ClaimSpec, ctx: Context) -> Verdict:
    """The claim reading of one sentence (or a whole testimonial) in its context."""
    verdict = Verdict(sentence)
    particle = _ANSWER_PARTICLE.match(sentence)
    if particle and (not (ctx.lead and is_question(ctx.lead)
                          and spec.all_products.search(ctx.lead) is not None)
                     or _approved(sentence[particle.end():], spec)):
        # "Is it safe to stop opioids at home?" / "No. Our kratom blend treats opioid use
        # disorder.": a "No" that is a sentence of its own answers the question; the sentence
        # after it is read as it stands (it neither denies the claim nor keeps approved care
        # from being named: "No. Buprenorphine-naloxone treats opioid use disorder"). A "No" to
        # a question about the product ("Can the immune drip cure the flu?" / "No. It may help
        # you feel more hydrated while the flu runs its course.") denies what it asks, and the
        # answer goes on under that denial, unless it names approved care as its own subject.
        sentence = sentence[particle.end():]
        verdict.notes.append("an answer's 'No.' read apart")
    if not ctx.testimonial and TOLD_STORY.match(sentence):
        # "Customers tell us the blend got them off metformin": a testimonial retold
        ctx = dataclasses.replace(ctx, testimonial=True)
        verdict.notes.append("a testimonial retold")
    conditions = spec.conditions.finditer(sentence)
    if conditions and spec.shadow is not None:
        others = spec.shadow.finditer(sentence)
        conditions = [c for c in conditions if not any(
            o.start() <= c.start() and c.end() <= o.end() and o.end() - o.start() >
            c.end() - c.start() for o in others)]
    if conditions and spec.practice_scope:
        # "Osteopathy" is a bone disease in ICD-10-CM and a regulated profession on a clinic's
        # page (products.yaml practice-scope): the profession's name is no condition
        conditions = [c for c in conditions if not any(
            scope.nutrients.fullmatch(c.group(0)) for scope in spec.practice_scope)]
    if conditions and (pain := bare_pain()) is not None:
        conditions = [_pain_with_its_part(sentence, c, spec, pain) for c in conditions]
        # pain with no part named yields to the condition the sentence names ("Pregabalin
        # relieves pain from shingles": the label's use is the shingles pain)
        named = [c for c in conditions if not pain.fullmatch(c.group(0))]
        conditions = named or conditions
    borrowed = implied = False
    borrowed_from = ""
    if not conditions and ctx.testimonial and spec.implied is not None:
        # (not care the story tells done: "after my hip replacement I did physical therapy"
        # names the teller's surgery, not a condition left for the product)
        conditions = [c for c in spec.implied.finditer(sentence)
                      if not _CARE_DONE.search(sentence[max(0, c.start() - 40):c.start()])]
        implied = bool(conditions)
        if implied:
            verdict.notes.append("a condition named by the care it needs")
    if not conditions and spec.implied is not None:
        # less need of the care names the condition anywhere: "lower your body's need for
        # insulin", "cut your reliance on inhalers" (the predicate is the sentence's own)
        conditions = [c for c in spec.implied.finditer(sentence)
                      if NEED_OF_CARE.search(sentence[:c.start()])]
        if conditions:
            verdict.notes.append("a condition named by the need for its care")
        else:
            # care retired for good names the condition, and retiring it is the claim: "most
            # buyers retire their blood pressure meds"
            conditions = [c for c in spec.implied.finditer(sentence)
                          if RETIRED_CARE.search(sentence[:c.start()])]
            if conditions:
                verdict.notes.append("a condition named by the care it replaces")
    if not conditions and spec.replaced is not None:
        # the product offered in place of a condition's care: "a natural alternative to
        # antidepressants", "helps patients avoid dialysis"
        conditions = [c for c in spec.replaced.finditer(sentence)
                      if ((sub := SUBSTITUTED_CARE.search(sentence[:c.start()])) is not None
                          and not _approved_in(sentence[:sub.start()], spec))
                      or NEEDLESS_AFTER.match(sentence, c.end())]
        if conditions:
            verdict.notes.append("a condition named by the care the product replaces")
    if not conditions:
        # an approved drug by its name, replaced or given up: the drug names the condition
        # its label is for ("Our formula can replace your Synthroid", "skip the Lipitor",
        # "no longer need metformin")
        conditions = [drug for drug, _verb in replaced_drugs(sentence, spec)]
        if conditions:
            verdict.notes.append("a condition named by the approved drug the product replaces")
    if not conditions:
        conditions = [habit for habit, _verb in quit_habits(sentence, spec)]
        if conditions:
            verdict.notes.append("a dependence named by the habit quit")
            care = None if spec.all_products.search(sentence) else quit_on_care_before(
                ctx.previous, conditions, spec)
            if care is not None:
                # a story's sentence that goes on from the medicine the sentence before told
                # the teller took, labelled for this dependence: its outcome, not a product's
                verdict.stopped_by = f"the story credits other care: {care!r}"
                return verdict
    if not conditions and not is_question(sentence):
        conditions, source = _borrowed_conditions(sentence, spec, ctx)
        borrowed, borrowed_from = bool(conditions), source
        if borrowed:
            verdict.notes.append(f"condition from {source!r}")
    wide = None
    if not conditions and not is_question(sentence):
        wide = _learned_condition(sentence, spec, ctx, verdict)
        conditions = [wide] if wide is not None else []
    if not conditions:
        verdict.stopped_by = "no condition"
        return verdict
    verdict.condition = conditions[0].group(0)
    if borrowed and borrowed_from == ctx.previous and (
            mention_split(ctx.previous, sentence) is not None
            or (refutes(sentence) is not None and reported_at(ctx.previous) is not None)):
        # the condition is the one of a claim the sentence before reports or quotes, and this
        # sentence refutes or examines it ("You may have read that chelation cures autism." /
        # "That is not true, and it has killed children."; "'Chelation Reverses Your Child's
        # Autism'?" / "The Truth About Detox Protocols"): it makes no claim of its own
        verdict.stopped_by = "refutes or examines the claim the sentence before reports"
        return verdict
    if ctx.under and not borrowed and _denied_under(ctx.under, conditions, spec):
        verdict.stopped_by = "the text under the title denies it"
        return verdict
    if ctx.under and not borrowed and (_refuted_under(ctx.under, sentence, spec)
                                       or quoted_title_refuted(sentence, ctx.under.split("\n"))):
        verdict.stopped_by = "the text under the title reports its claim and refutes it"
        return verdict
    if _harms_listed(sentence, spec, ctx):
        # "Common side effects of semaglutide:" / "Nausea, diarrhoea and vomiting, which often
        # ease after the first few weeks": the item completes its intro's sentence, and what
        # it names are the harms the intro lists, not conditions anything treats
        verdict.stopped_by = f"a harm its intro lists: {ctx.lead!r}"
        return verdict
    if borrowed and _harms_asked(ctx.lead, spec):
        # "What are the side effects of donepezil?" / "The most common are nausea, diarrhoea
        # ... It can also slow the heart rate": the answer lists the harms asked for, and a
        # sentence borrowing one of them names no condition anything treats
        verdict.stopped_by = f"borrows a harm its question asks for: {ctx.lead!r}"
        return verdict
    scope = _practice_scope(sentence, spec, ctx, conditions)
    if scope:
        # "Our osteopaths treat:" / "Back pain, neck pain and joint aches" on a chiropractic
        # and wellness page: the regulated profession's accepted scope, named alone
        verdict.stopped_by = f"a regulated profession's accepted scope ({scope})"
        return verdict
    if not ctx.page_names_product and _drug_facts_uses(sentence, spec, ctx, conditions):
        # "Uses: temporarily relieves minor aches and pains due to the common cold, headache
        # ...": a Drug Facts label's Uses line in the monographs' words
        verdict.stopped_by = "a Drug Facts Uses line: symptoms OTC relievers are labelled for"
        return verdict
    if not ctx.page_names_product and _otc_aisle(sentence, spec, conditions):
        # "Cold, Cough and Flu Relief" on a pharmacy's page: the name of an OTC aisle, each
        # condition a symptom the OTC monographs' relievers are labelled for
        verdict.stopped_by = "an OTC aisle's name: symptoms OTC relievers are labelled for"
        return verdict
    if not ctx.page_names_product and _guide_title(sentence, spec, conditions):
        # "Lyme disease: treatment and recovery", "Shingles: diagnosis, treatment and
        # prevention": a guide's title, a condition and the topics told of it (on a page whose
        # topic is no product of the claim classes: on the IV drip page, "Chronic fatigue:
        # treatment and recovery" is read as the page's offer, as before)
        verdict.stopped_by = "a guide's title: a condition and the topics told of it"
        return verdict
    if (_ASKED_OF_US.match(sentence) or _ANSWER_TO_ASKERS.match(sentence)) \
            and not _ASKED_AND_TOLD.search(sentence):
        # "Some members ask us for ivermectin for COVID-19": what others ask is told, and the
        # page answers it (or not) in its own sentences
        verdict.stopped_by = "a question others ask, told"
        return verdict
    if is_question(sentence):
        if not _presupposes(sentence, spec):
            verdict.stopped_by = "a question"
            return verdict
        # "How does our immune drip protect you from the flu?" asks how, not whether: the
        # question takes the claim as given
        verdict.notes.append("a how/why question takes the claim as given")
    candidates = [p for p in _predicates(sentence, spec, ctx, verdict,
                                         conditions if wide is None else [])
                  if (borrowed or not _INTENDED_FOR.search(p.group(0))
                      or any(_named_by_for(sentence, p, c) for c in conditions))
                  and not _time_frame(sentence, p) and not _others_care(sentence, p)
                  # "Avoid this tea if you have kidney disease": a precaution, no prevention
                  and not _avoided_in_case(sentence, p, conditions)
                  # "patients who were treated for breast cancer": a person's own care told
                  and not _care_told_of_people(sentence, p, spec)
                  # "Once hepatitis C is cured, ...": an infection's cure taken as given, the
                  # outcome of the care labelled for it
                  and not _in_given_cure(sentence, p, spec)
                  # "Hepatitis C can be cured.": an infection's curability stated, on a
                  # page and in a block that name no product
                  and not _in_stated_curability(sentence, p, spec, ctx)
                  # "cancer patients are treated by their oncology team", "(leukemia is
                  # treated at the children's hospital)": a passive whose agent is named
                  and not _passive_by_others(sentence, p, spec)
                  # a person of the teller's life as the verb's subject ("a coach helps me
                  # plan my week", "my wife keeps me calm"): theirs, not the product's doing
                  and not (_placed(sentence, p) and _PERSON_SUBJECT.search(
                      sentence[max(0, p.start() - 40):p.start()]))
                  # a verb whose object is sales talk ("the company must stop making such
                  # claims", "ordered to end its advertising")
                  and not _SALES_OBJECT.match(sentence, p.end())
                  # an instruction to stop using the product ("..., so stop and get checked",
                  # "stop using it and see a doctor"): the reader stops, no condition does
                  and not _stop_using(sentence, p)
                  # stopping a substance as what a person tries, wants or finds hard ("need
                  # more than one try to stop using opiates", "people who want to quit
                  # opioids"): the person's aim, no outcome a product brought about
                  and not _aimed_stop(sentence, p)
                  # an infinitive with no object, its particle and the clause's end or another
                  # verb after it ("a space to slow down and meet people", "needed to stop and
                  # rest"): the person's own act, nothing done to a condition
                  and not _objectless_infinitive(sentence, p)
                  # "recovery" as a process told in a clause of its own that names no
                  # condition ("..., and that is a normal part of recovery"): no product's
                  # effect on the condition the other clause names
                  and not _bare_recovery(sentence, p, conditions)
                  # "Postpartum depression is common and treatable": a property of the
                  # condition, with nothing named that treats it
                  and not _condition_treatable(sentence, p, conditions)
                  # "Stay off work until 48 hours after the symptoms stop": the condition
                  # ending as the subject of a time clause, when the advice holds
                  and not _course_in_time_clause(sentence, p, conditions)
                  # "Treatment may include iron supplements if your levels are low, and some
                  # people need prescription medicine": the options of standard care listed
                  and not _care_options(sentence, p, spec)
                  # a word that modifies the name of approved care ("immune" of "immune
                  # checkpoint inhibitors"): a word of the care's name, no predicate
                  and not _inside_care_name(sentence, p, spec)
                  # "treatment" naming a kind of provider or the services a clinic offers
                  # ("Our Addiction Treatment Network", "the treatments our physicians
                  # offer", "offers several hair loss treatments"), not a product's effect
                  and not _service_category(sentence, p, spec)
                  and not _REGULATOR_BEFORE.search(sentence[max(0, p.start() - 30):p.start()])
                  # a use or approval taken back ("The FDA revoked its emergency use for
                  # COVID-19", "the maker withdrew its approval for ...")
                  and not _REVOKED_BEFORE.search(sentence[max(0, p.start() - 60):p.start()])
                  and not (p.group(0).lower() in _ADJECTIVE_PREDICATES
                           and _DETERMINER_BEFORE.search(sentence[:p.start()]))
                  # "immune" naming the body ("a sore arm is your immune system
                  # responding"), not the outcome ("immune to the flu")
                  and not (p.group(0).lower() == "immune"
                           and _IMMUNE_BODY.match(sentence, p.end()))
                  # "control" as the condition's unmanaged state ("her lupus was out of
                  # control"), not a product controlling it
                  and not (p.group(0).lower() == "control"
                           and _STATE_BEFORE.search(sentence[max(0, p.start() - 20):p.start()]))
                  # "treatment" naming a place ("a skin infection at the treatment site"),
                  # not the act of treating
                  and not (p.group(0).lower() in ("treatment", "treatments")
                           and _PLACE_AFTER.match(sentence, p.end()))
                  # "treatment" naming the reader's or a patient's own care for the condition
                  # ("Support Alongside Your Cancer Treatment", "during her chemotherapy
                  # treatment"), not the act of treating by a product
                  and not _own_care_noun(sentence, p, conditions)
                  # "balance" with no object: the noun of a list of what is checked or
                  # trained ("feeling in your feet, pulses and balance, ..."), not a product
                  # balancing a measure ("balances blood sugar")
                  and not (p.group(0).lower() == "balance"
                           and _NO_OBJECT_AFTER.match(sentence, p.end()))
                  # a word of the condition's own name ("heart attack"), or the episodes it
                  # names ("angina attacks", "asthma attacks"), not a product attacking it;
                  # so a participle that modifies the condition's noun ("blocked arteries",
                  # "reduced kidney function"; not an outcome the lexicon names whole,
                  # "regrow lost hair", nor a span the learned model drew round the outcome,
                  # "healed my rotator cuff")
                  # (a restorative verb opens a condition composed from it, "healed my
                  # rotator cuff": conditions-consumer.yaml, restorative-verbs; that verb is
                  # the predicate); the -ing participle alike ("cutting teeth", a baby's
                  # teething, "burning feet"; not "healing my rotator cuff")
                  and not (wide is None and _placed(sentence, p)
                           and p.group(0).lower().endswith(("ed", "ing"))
                           and not _RESTORED.search(p.group(0))
                           and any(c.start() <= p.start() and p.end() < c.end()
                                   for c in conditions))
                  # the name of a program the teller joined ("a CDC-recognized diabetes
                  # prevention program"), not our product preventing it ("our stroke recovery
                  # program" is still ours)
                  and not (_placed(sentence, p) and _program_name(sentence, p))
                  and not (_placed(sentence, p) and _word_of_a_name(sentence, p))
                  and not _regulatory_cleared(sentence, p)
                  and not (_RECEIVED.search(p.group(0))
                           and _SERVICE_AFTER.match(sentence, p.end()))
                  and not (_PRESCRIBING.match(p.group(0))
                           and _SERVICE_AFTER.search(" " + p.group(0)))]
    if not candidates and not borrowed and not implied:
        # the condition made an adjective of its absence: "kids become seizure-free", "Seizure-
        # Free Living Starts Here" ("gluten-free", "drug-free" name no condition)
        candidates = [TermMatch(sentence[c.end():c.end() + 5], c.end(), c.end() + 5,
                                "condition-free") for c in conditions
                      if _CONDITION_FREE.match(sentence, c.end())]
    if implied:
        # a condition known only by its care needs a told outcome, not a word such as
        # "treatment" ("alongside the treatment my oncologist planned")
        candidates = _told_outcomes(sentence, spec)
    if borrowed:
        # the condition is in another text: the sentence must carry its own predicate
        # (a yes to the question that holds it is the question's own claim), or answer the
        # rhetorical question that names it
        candidates = [p for p in candidates if p.term_set not in ("lead", "outcome")]
        # ("titled": an outcome told under the condition's own title is the sentence's)
        if not candidates or _ANSWER_NOT.match(sentence):
            # "Not with our drip" answers the question: its "not" negates no predicate
            answer = _answers_rhetorical(sentence, spec, ctx, borrowed_from,
                                         _approved(sentence, spec, ctx.lead))
            if answer is not None:
                verdict.notes.append("the answer to a rhetorical question")
                candidates = [answer]
            elif candidates:
                candidates = []
    if not candidates and not borrowed:
        candidates = _retired_care(sentence, spec)
    if spec.implied is not None:
        # the condition named (or lent by the question), care given up is the outcome: "many
        # customers no longer need their medication once their readings settle"
        candidates = candidates + _retired_generic_care(sentence)
    if wide is not None:
        candidates = [TermMatch(wide.text, 0, 0, "learned")]
    if not candidates and not (implied or borrowed) and ctx.lead:
        candidates = _for_fragment(sentence, conditions) or _agent_fragment(sentence,
                                                                            conditions)
    if not candidates and not (implied or borrowed) and ctx.selling:
        candidates = _named_for(sentence, spec, conditions)
    if not candidates and not (implied or borrowed) and ctx.page_product is not None \
            and not _PLURAL_NAMED_FOR.match(sentence):
        # ... or on a page whose topic is a product class of the rule: the name is a product
        # of that class ("MindEase for Depression" on the homeopathic remedies page); not a
        # name whose last word is a plural, a section's title ("Patient Stories for Migraine",
        # "Coverage Options for Knee Arthritis")
        candidates = _named_for(sentence, spec, conditions)
    if not candidates and not (implied or borrowed):
        candidates = _kind_for(sentence, spec, conditions)
    if not candidates and not (implied or borrowed):
        candidates = _named_by_condition(sentence, conditions, ctx)
    if not candidates and not (implied or borrowed):
        candidates = _learned(sentence, spec, ctx, verdict)
    if not candidates:
        verdict.stopped_by = "no predicate"
        return verdict
    # A negation that is itself the outcome ("the virus cannot take hold") denies nothing;
    # in a testimonial the story's before ("could not hold a fork") is not its after.
    masked = _masked(sentence, spec)
    no = _ANSWER_NO.match(masked)
    if no and ctx.lead and is_question(ctx.lead) and spec.conditions.search(ctx.lead) is None \
            and spec.predicates.search(ctx.lead) is None:
        # "Do I need a prescription?" / "No. Round 2 treats erectile dysfunction ...": the "No"
        # answers a question that asks nothing the claim says; the statement after it is new
        masked = " " * no.end() + masked[no.end():]
    # a predicate inside a clause that tells what other care failed to do ("that pills have
    # not fixed") is that care's, not the claim's
    failed = sorted([m.span() for m in _CARE_FAILED.finditer(sentence)]
                    + [m.span() for m in _UNRESPONSIVE.finditer(sentence)]
                    + [m.span() for m in _DESPITE_CARE.finditer(sentence)])
    if failed and ctx.lead and not any(
            not any(a <= c.start() < c.end() <= b for a, b in failed) for c in candidates):
        # the item's only predicate is the failed care's ("Chronic insomnia that sleeping
        # pills have not fixed" under "What our stimulation is used for:"): without that
        # clause it is a bare condition, which takes its intro's predicate as any item does
        rest = "".join(" " * (b - a) if i % 2 else sentence[a:b] for i, (a, b) in enumerate(
            _alternate_spans(failed, len(sentence))))
        lent = _lead_predicate(rest, spec, ctx, verdict)
        if lent is not None:
            candidates = [*candidates, lent]
    candidates = _outside_spans(candidates, _failed_closed(failed, candidates, sentence),
                                sentence, spec, ctx, verdict, wide,
                                "only the care that failed has one")
    if candidates is None:
        return verdict
    # help to cope with a condition, or live with it, is support, not an effect on it ("Our
    # support group helps families cope with the stress of cancer treatment")
    candidates = _outside_spans(candidates, _coping_spans(sentence), sentence, spec, ctx,
                                verdict, wide,
                                "only help in coping with the condition has one")
    if candidates is None:
        return verdict
    if ctx.testimonial:
        masked, befores = _story_before(masked, spec)
        # (a predicate word in the story's before is not its after: "couldn't lift my arm")
        candidates = _outside_spans(candidates, befores, sentence, spec, ctx, verdict, wide,
                                    "only the story's before has one")
        if candidates is None:
            return verdict
        # an end told as the time the watching took ("we watched her closely until she
        # recovered", "the clinic checked on him until the spots healed"): the illness ran
        # its course while someone watched; no product is said to have ended it (not with a
        # product named: "We gave her the silver drops and watched her until the RSV cleared")
        waited = [] if spec.all_products.search(sentence) else [
            m.span("until") for m in _WATCHED_UNTIL.finditer(sentence)]
        candidates = _outside_spans(candidates, waited, sentence, spec, ctx, verdict, wide,
                                    "only the time the watching took has one")
        if candidates is None:
            return verdict
    for found in candidates:
        # a predicate whose own words hold the negation ("did what two years of therapy
        # couldn't") denies the care it is set against, not the claim
        if 0 <= found.start() < found.end() <= len(masked) and DENIAL.search(found.group(0)):
            masked = (masked[:found.start()] + " " * (found.end() - found.start())
                      + masked[found.end():])
    scope = _scope_text(masked, candidates, ctx)
    # a risk word is looked for again without the condition names (and a negation inside a
    # condition's name is no denial): the scope without them, when it is the whole sentence
    stop = _scope_stop(scope, ctx, _blanked(scope, conditions) if scope == masked else scope,
                       spec, [c.start() for c in candidates] if scope == masked else None)
    if stop:
        verdict.stopped_by = stop
        return verdict
    if _told_to_clinician(sentence, spec):
        # "Tell your pharmacist if you use herbal remedies for sleep problems": a precaution,
        # the reader's use reported to their clinician, no product's effect claimed
        verdict.stopped_by = "a precaution: the reader tells their clinician of a use"
        return verdict
    named = None if _page_offers(ctx) else _named_finding(sentence, spec)
    if named:
        verdict.stopped_by = f"attribution: what a named source found ({named!r})"
        return verdict
    refuted = _refuted_report(sentence, candidates, ctx, spec)
    if refuted:
        verdict.stopped_by = refuted
        return verdict
    if _fact_of_a_myth(sentence, spec, ctx):
        # "Myth: Detox Drips Flush Out Toxins" / "Fact: your liver and kidneys clear waste
        # from the body.": the fact line corrects the myth over it; the myth's product is no
        # subject of it
        verdict.stopped_by = "the fact line under a myth, said of no product"
        return verdict
    # (on a page about an unapproved product a brand of an approved drug is care only as its
    # own name: "Diabeta Plus" on a supplement seller's page is the seller's herbal product,
    # whatever drug brand its name borrows)
    approved = _approved(sentence, spec, ctx.lead,
                         brands=True if ctx.page_product is None else "own name")
    if approved and _CARE_WORD_FOR.search(sentence):
        # a care word of an intended use that calls a product ("Colloidal silver is a
        # kid-friendly antiviral for RSV") is the product's claim, not care that acts
        approved = [a for a in approved if not _called_care(sentence, a, ctx, spec)]
    if approved and _tried_before_care(sentence, spec, ctx, approved):
        # the care a sentence puts off for what it tells the reader to try first is
        # displaced, not credited ("Ear infections? Try chiropractic before antibiotics")
        approved = []
    off_label = _off_label(sentence, spec, ctx, conditions)
    if off_label:
        # an antibiotic, antiparasitic or antimalarial said to act on a virus ("Our doctors
        # prescribe ivermectin to treat COVID-19"; "Hydroxychloroquine ... Our physicians use
        # it for COVID-19 patients"): outside any label it has, so neither the drug nor the
        # clinicians who prescribe it are the approved care that makes this patient information
        verdict.notes.append(f"{off_label!r} is labelled for no viral infection")
        approved = []
    # (a condition named only by the teller's specialist, "my psychiatrist", is no condition
    # a drug's label could leave out: the specialist names the field its care is for, so "My
    # psychiatrist switched me from sertraline to bupropion" names no use outside a label)
    outside = None if off_label or (implied and all(
        _SPECIALIST_NAMED.fullmatch(c.group(0)) for c in conditions)) else _outside_label(
        sentence, spec, ctx, conditions, verdict)
    if outside is not None and outside.term_set == "otc":
        verdict.stopped_by = f"an OTC monograph use: {outside.group(0)!r} (otc-monograph-uses)"
        return verdict
    labelled_lead = None
    if outside is not None and outside.term_set == "labelled-lead":
        labelled_lead, outside = outside, None
    if outside is not None and outside.term_set == "labelled":
        # the drug named for a labelled use is approved care ("Gabapentin helps nerve pain
        # after shingles"), whatever other vocabulary knows it
        approved = approved + [outside]
        outside = None
    declined = _declined_care(sentence, approved) if ctx.testimonial else []
    if declined:
        # care the teller was offered and passed over for what the story then credits ("My
        # GP wanted to put me on sertraline. I tried Calmora instead") is its before
        verdict.notes.append(f"care set aside in the story: {declined[0].group(0)!r}")
        approved = [a for a in approved if a not in declined]
    if outside is not None:
        # an approved drug said to treat, prevent or cure a condition none of its labelled
        # uses names ("Ketamine infusions lift depression", "Kaletra for COVID-19"): it is
        # no approved care here (nor its own modifiers, "prescription ketamine"); it is the
        # claim's product
        off_label = outside.group(0)
        if outside.term_set == "sentence":
            # (nor the clinic's own clinicians who prescribe it: "Our doctors prescribe
            # doxycycline to cure chronic Lyme disease")
            approved = [a for a in approved
                        if not (a.start() < outside.end() and outside.start() < a.end())
                        and sentence[a.end():outside.start()].strip(" -") != ""
                        and not _our_clinician(sentence, a.group(0))]
    products = _own_products(sentence, spec, approved)
    if outside is not None and not products and outside.term_set == "sentence":
        products = [outside]
    lent = [] if approved or off_label or spec.products is not None else _lent_care(
        sentence, spec, ctx, candidates)
    if labelled_lead is not None and not lent and not approved and spec.products is None:
        lent = [labelled_lead]
    if (approved or lent) and spec.products is None and not _own_products(
            sentence, spec, approved, spec.all_products) \
            and not (ctx.testimonial and not lent
                     and _care_before_course(sentence, spec, ctx, approved, candidates)):
        # "any product or service": approved care named and no product of ours is patient
        # information ("strep throat is cured after 10 days of antibiotics")
        verdict.stopped_by = (f"approved care: {approved[0].group(0)!r}" if approved
                              else f"approved care lent by its lead: {lent[0].group(0)!r}")
        return verdict
    if spec.products is None and not (approved or lent or off_label or _own_products(
            sentence, spec, approved, spec.all_products)):
        # a sentence that speaks of what the sentence before it named ("Metformin is the first
        # medicine for type 2 diabetes. It lowers blood sugar ..."; "... receive doxycycline.
        # Most recover completely with this treatment.") is about that care
        before = _antecedent(sentence, spec, ctx)
        if before is not None and before[0] == "approved":
            verdict.stopped_by = f"approved care named in the sentence before: {before[1]!r}"
            return verdict
    if spec.products is None and GENERAL_CARE.search(sentence) and not _OUR.search(sentence) \
            and not off_label \
            and not _own_products(sentence, spec, approved, spec.all_products):
        verdict.stopped_by = "how the condition is treated, by no product of ours"
        return verdict
    if TREATED_COURSE.search(sentence) and not ctx.testimonial \
            and not _OUR.search(_ADVISING_WE.sub(" ", sentence)) \
            and not _own_products(sentence, spec, approved, spec.all_products):
        verdict.stopped_by = "a symptom's course under its condition's treatment, by no product"
        return verdict
    if NATURAL_COURSE.search(sentence) and not ctx.testimonial \
            and not _OUR.search(_ADVISING_WE.sub(" ", sentence)) \
            and not _own_products(sentence, spec, approved, spec.all_products) \
            and (not _own_products(ctx.lead, spec, spec.approved.finditer(ctx.lead),
                                   spec.all_products)
                 # (not a product word inside approved care the lead names: "Should I use
                 # antibiotic drops for pink eye?" asks of no product of ours)
                 # a question about the product that the answer opens by denying ("Can eye
                 # drops help with floaters?" / "No eye drop has been shown to ... Most
                 # floaters fade on their own"): the lead's product is no agent here
                 or is_question(ctx.lead)
                 and _ANSWER_DENIES.match((ctx.earlier or (sentence,))[0]) is not None):
        verdict.stopped_by = "the condition's natural course, no product's effect"
        return verdict
    # (not when the first word begins the condition's own name: "Breathing difficulties ...",
    # "Sleeping problems in toddlers" name what is treated, no behaviour of the reader's)
    # (nor a list item under an intro that names what something is used for: "NuLife
    # customers use it for:" / "Lifting depression ..." tells the use, not the reader's deed)
    behaviour = _BEHAVIOUR.match(sentence) and not _BEFORE_STATE.match(sentence) \
        and not _POINTS_BACK.search(" ".join(sentence.split()[:6])) \
        and not _named_taken(sentence) \
        and not (ctx.lead and (_USE_LEAD.search(ctx.lead) or _PURPOSE_LEAD.search(ctx.lead))) \
        and not any(c.start() == len(sentence) - len(sentence.lstrip()) for c in conditions)
    if (behaviour or (_BEHAVIOUR_CAUSE.search(sentence) and not _OUR.search(sentence)
                      and not _TAKING.search(sentence))) \
            and not _own_products(sentence, spec, approved, spec.all_products):
        # "Removing a tick within 24 hours lowers your chance of Lyme disease", "Keeping
        # active helps back pain": what people do is the subject, and no product is named
        # (nor pointed back to: "Taking it daily..."): advice
        verdict.stopped_by = (f"advice: {sentence.split()[0]!r} (a behaviour) is the subject"
                              if behaviour else "advice: a behaviour is the cause")
        return verdict
    if _BODY_AGENT.search(sentence) and all(_GENERIC_PATHOGEN.fullmatch(c.group(0))
                                            for c in conditions) \
            and not _NOT_INGESTED.search(ctx.with_lead(sentence)):
        # "Zinc helps the immune system fight off bacteria and viruses": the body's own
        # work against germs in general, a structure/function statement (21 U.S.C.
        # 343(r)(6)), not a claim about a disease (a supplement's to make: not a drip's)
        verdict.stopped_by = "structure/function: the body fights germs in general"
        return verdict
    carded = card_labelled_drug(sentence, spec, ctx, conditions)
    if carded:
        verdict.stopped_by = f"a card that sells an approved drug for its labelled use: {carded}"
        return verdict
    otc = _otc_use(sentence, spec, conditions, ctx.lead)
    if otc:
        verdict.stopped_by = f"an OTC monograph use ({otc})"
        return verdict
    authorized = _authorized_health_claim(sentence, spec, ctx.lead)
    if authorized:
        verdict.stopped_by = f"an authorized health claim ({authorized})"
        return verdict
    guideline = _guideline_use(sentence, spec, ctx, conditions)
    if guideline:
        verdict.stopped_by = f"a use a clinical or public-health guideline recommends ({guideline})"
        return verdict
    cleared = _cleared_use(sentence, spec, ctx, conditions)
    if cleared:
        verdict.stopped_by = f"a cleared use: {cleared!r}"
        return verdict
    for predicate in _nearest(sentence, candidates, conditions):
        verdict.predicate = predicate.group(0)
        negation = (_LEARNED_NEGATION.search(masked) if predicate.term_set == "learned"
                    else None)
        if negation is not None:
            # the model's rating has no place in the sentence to scope a negation by: any
            # negation in it stops the claim ("... are not a way to make knees glide again")
            verdict.stopped_by = (f"negation in a sentence the learned model rated: "
                                  f"{negation.group(0)!r}")
            continue
        if predicate.term_set == "learned" and ctx.testimonial and all(
                _carer_in(sentence[slice(*clause_at(sentence, c.start()))], sentence)
                for c in conditions):
            # "... and my doctor and I keep an eye on my arthritis": the story leaves each
            # condition it names with the teller's own clinician, and the model's rating has
            # no predicate that would credit the product with it
            verdict.stopped_by = "the story leaves the condition with the teller's clinician"
            continue
        if predicate.term_set == "learned" and not ctx.testimonial \
                and _OWN_CLINICIAN.search(sentence) is not None \
                and spec.all_products.search(sentence) is None:
            # "Fibromyalgia and chronic pain, for which we coordinate with your pain
            # specialist": the text leaves the condition with the reader's own clinician, names
            # no product, and the model's rating has no predicate that would credit one
            verdict.stopped_by = "the condition left with the reader's own clinician"
            continue
        # (an outcome word is placed too: "I hoped CalmRoot would get me off them"; and on
        # any page, the hope of the seller's clients: "Some clients come to us hoping
        # acupuncture will lift the fatigue")
        hope_before = masked[clause_at(masked, predicate.start())[0]:predicate.start()]
        if (ctx.testimonial or _CLIENTS_HOPE.search(hope_before)) \
                and (predicate.term_set not in _UNPLACED or predicate.term_set == "outcome") \
                and _HOPED.search(hope_before) \
                and not _FULFILLED.match(masked, predicate.end()):
            # "I was hoping stem cells would fix my knee arthritis": a hope, not an outcome
            verdict.stopped_by = f"a hope, not an outcome: {predicate.group(0)!r}"
            continue
        if ctx.testimonial and predicate.term_set not in _UNPLACED and _MISTAKEN.search(
                masked[clause_at(masked, predicate.start())[0]:predicate.start()]) \
                and _CORRECTED.match(masked, predicate.end()):
            # "I thought the turmeric helped my arthritis, but my rheumatologist says it was
            # the new methotrexate dose": a belief the story corrects
            verdict.stopped_by = f"a belief the story corrects: {predicate.group(0)!r}"
            continue
        if predicate.term_set not in _UNPLACED:
            start, _ = clause_at(masked, predicate.start())
            # (a clause that describes the people or the case keeps its negation: "Patients
            # who have not responded to antidepressants find relief ...")
            described = describing_clause_end(masked, predicate.start())
            if (negated(masked[max(start, described):predicate.start()])
                    or (negated_list(masked[described:predicate.start()])
                        and not finite_conjunct(masked, predicate.start()))
                    or denied_object_after(masked, predicate.end())
                    or _compound_in_negated_list(masked, predicate, conditions)) \
                    and not ellipsis_of_ours(masked, predicate.end()):
                verdict.stopped_by = f"negation before {predicate.group(0)!r}"
                continue
            asked = _what_helps_asked(masked, predicate)
            if asked:
                verdict.stopped_by = f"asked, not told: {asked!r} names no agent"
                continue
            infinitive = _object_before_infinitive(masked, predicate, conditions)
            if infinitive:
                verdict.stopped_by = f"the object is the noun before the infinitive: {infinitive!r}"
                continue
            qualified = _qualified(masked, predicate)
            if qualified:
                verdict.stopped_by = f"a qualified efficacy statement: {qualified!r}"
                continue
            none = _no_effect_after(masked, predicate)
            if none:
                verdict.stopped_by = f"no effect told after it: {none!r}"
                continue
            burden = _CARE_AS_BURDEN.match(masked, start)
            if burden is not None and burden.start("act") == predicate.start():
                verdict.stopped_by = f"the care's burden told: {burden.group('burden')!r}"
                continue
        # In a patient's story the doctor and the old pills are the before ("my doctor took
        # me off one of my pills"): the story is told of the product the page sells.
        # (nor is care the agent whose failure a clause of ours answers: "Antibiotics can't
        # clear chronic Lyme disease, but our ozone sessions can")
        agent = (None if (ctx.testimonial and ctx.page_product is not None)
                 or ellipsis_of_ours(sentence, predicate.end())
                 else _approved_agent(sentence, predicate, approved))
        if agent is None and predicate.term_set == "lead" and spec.products is not None \
                and not off_label and not products and not ctx.testimonial:
            # a list item or answer whose only predicate is its lead's, under a lead whose
            # subject is approved care ("Proton beam therapy may be recommended for:" over
            # "Some children's cancers ..."): the items are that care's uses, as one
            # sentence would read (`_lent_care`; the lead naming a product of ours lends none)
            # (a brand another capitalized word extends is another name, as for the
            # sentence's own care: "Diabeta Plus is made for people who struggle with:")
            lent_care = [c for c in _lent_care(sentence, spec, ctx, [predicate])
                         if not (c.term_set == "approved-names"
                                 and _EXTENDED_NAME.match(ctx.lead, c.end()))]
            agent = lent_care[0].group(0) if lent_care else None
        if agent is None and not ctx.testimonial and not products \
                and predicate.term_set not in _UNPLACED:
            agent = _care_told_before(sentence, predicate.start(), approved, spec) \
                or _hospital_stay(sentence, approved, spec)
            if agent is None and borrowed and borrowed_from == ctx.previous \
                    and not _named_product(sentence, spec) \
                    and not _own_products(sentence, spec, approved, spec.all_products):
                # the story goes on about the patient of the care the sentence before told
                # ("... June has been clear for five years. Her scans came back clear again")
                agent = _care_told_before(ctx.previous, len(ctx.previous),
                                          _approved(ctx.previous, spec), spec)
        if agent and ctx.testimonial \
                and _care_before_course(sentence, spec, ctx, approved, [predicate]):
            # the care the story had before the clinic's course, the outcome told after it
            agent = None
        if agent and spec.products is not None and _our_clinician(sentence, agent):
            # "Our doctors treat knee arthritis without surgery" on the stem cell page: the
            # clinic's own clinicians are the seller, not approved care (the product is then
            # the page's, or none: a sentence with no product of ours in context never fires);
            # unless what they do it with is approved care ("Our oncologists treat breast
            # cancer with surgery, chemotherapy and hormone therapy"): that care is the agent
            agent = _clinicians_tool(sentence, predicate, approved)
        # (care anywhere in a story is an agent only if no product is named in it either:
        # the clause's own care as its subject is read as on a product's page, "..., and the
        # physiotherapy my doctor arranged is what got me back in the garden")
        told = _story_care(sentence, predicate, approved, spec) if ctx.testimonial and (
            agent is None or predicate.term_set in _UNPLACED) else None
        if ctx.testimonial and agent is None and told is None:
            if not _products_in_clause(masked, predicate, products, after=True):
                told = _clinician_did_it(sentence, predicate, approved)
            told = told or _care_started(sentence, predicate, approved, spec) \
                or _standard_care_story(sentence, predicate, approved, spec, ctx) \
                or _story_instrument(sentence, approved, spec, ctx)
            if predicate.term_set == "learned":
                told = told or _after_told_of_care(sentence, approved, spec) \
                    or _learned_care_started(sentence, approved, spec)
        # (the clinic as a place or a programme is no product beside the approved care it
        # gives: "Our clinic treats depression with CBT and medication")
        if told or (agent and not _products_in_clause(
                masked, predicate, [p for p in products if not _PROVIDER.fullmatch(p.group(0))])):
            verdict.stopped_by = (f"the story credits other care: {told!r}" if told
                                  else f"approved care: {agent!r}")
            continue
        owner = None if products or _own_products(sentence, spec, approved, spec.all_products) \
            else _own_clinician_care(sentence, predicate)
        if owner:
            verdict.stopped_by = f"the patient's own clinician's care: {owner!r}"
            continue
        break
    else:
        return verdict
    if _PRESCRIBING.match(predicate.group(0)) and not off_label:
        # a prescribing statement is about what it prescribes: "Our doctors prescribe
        # duloxetine for fibromyalgia", "patients with type 2 diabetes receive metformin"
        given = sentence[predicate.start():predicate.end() + 40]
        care = [a for a in approved if predicate.start() <= a.start() < predicate.end() + 40
                and not _NOT_ANTECEDENT.search(a.group(0))]
        if care and not _own_products(given, spec, approved, spec.all_products):
            verdict.stopped_by = f"approved care prescribed: {care[0].group(0)!r}"
            return verdict
    before = _antecedent(sentence, spec, ctx) \
        if spec.products is not None and not products and not off_label else None
    if before is not None and before[0] == "approved":
        # the sentence speaks of the approved care the sentence before it named ("Sertraline
        # is an SSRI antidepressant. It treats depression ..."), not of the page's product
        verdict.stopped_by = f"approved care named in the sentence before: {before[1]!r}"
        return verdict
    titled = _title_care_under(sentence, spec, ctx) if not products and not off_label else None
    if titled is not None:
        verdict.stopped_by = f"the title's medicine is the approved care named under it: {titled!r}"
        return verdict
    product = (f"{before[1]} (named in the sentence before)" if before is not None
               else _product(products, spec, ctx) or _page_owned(sentence, ctx)
               or _offered(sentence, spec, ctx) or _branded_care(sentence, spec, ctx)
               or _trade_name(sentence, spec, ctx)
               or (f"{outside.group(0)} (named in its {outside.term_set}, outside its label)"
                   if outside is not None else None)
               or (_set_against_care(sentence, spec, predicate, conditions)
                   if spec.products is not None else None)
               or (_story_course(sentence, predicate, spec, ctx)
                   if ctx.testimonial and spec.products is not None else None)
               or (_chosen_instead(sentence, spec)
                   if declined and spec.products is not None else None)
               or (_named_agent(sentence, predicate, spec, story=ctx.testimonial)
                   or _artefact(sentence, spec, ctx) if spec.products is not None else None))
    if spec.products is not None and product is None:
        verdict.stopped_by = "no product of the rule's classes in context"
        return verdict
    # a list item under a lead that says what we treat ("What we treat", "Conditions our
    # clinic helps") is the clinic's own statement, not patient information to rate
    # (nor a sentence that names the anti-infective it says acts on a virus: the drug is the
    # claim's product, named)
    # (nor an item under an intro whose subject is the care it lends the predicate to, named
    # and no approved care: "Acupuncture can help with:", "Ketamine infusions treat:" over
    # "Infertility and recurrent miscarriage" is the seller's statement of what that care does)
    veto = None if (predicate.term_set == "lead" and spec.products is not None
                    and _OUR.search(ctx.lead)) or (
        # (nor an answer that puts the care off for what it tells the reader to try first:
        # "Ear infections? Try chiropractic before antibiotics" is the seller's advice)
        predicate.term_set == "answer" and _tried_before_care(sentence, spec, ctx, approved)) or (
        off_label and off_label.lower() in sentence.lower()) or (
        _lead_subject(sentence, predicate, spec, ctx, named=spec.products is not None)
        is not None) or (spec.products is not None and _named_subject(sentence, predicate, spec)
                         is not None) else _patient_info(
        sentence, spec, ctx, products or _own_products(sentence, spec, approved,
                                                       spec.all_products))
    if veto:
        verdict.stopped_by = veto
        return verdict
    verdict.product = product
    verdict.stopped_by = None
    verdict.fired = True
    return verdict


# The clinic as the one who advises waiting ("so we may suggest waiting two or three days"):
# no seller of an agent of the condition's course.
_ADVISING_WE = re.compile(r"\bwe\s+(?:(?:may|might|will|can|often|usually|would|sometimes)\s+)?"
                          r"(?:suggest|recommend|advise|ask\s+you\s+to|encourage)\b", re.IGNORECASE)


def _lent_care(sentence: str, spec: ClaimSpec, ctx: Context,
               candidates: list[TermMatch]) -> list[TermMatch]:
    """Approved care lent with the claim's predicate: a list item or an answer whose only
    predicate is its lead's ("Valacyclovir is used for:" over "Cold sores and shingles", "Is
    strep throat treated with antibiotics?" over "Yes.") takes the care the lead names as well,
    as one sentence would, unless the lead names a product of ours; a bare "Yes." is told by
    the answer's next sentence when that sentence, read under the same lead, is approved
    care's ("Yes. A course of antiviral pills cures hepatitis C")."""
    listed = ctx.lead.rstrip().endswith(":") or _PASSIVE_OPENING.match(sentence) is not None
    if not ctx.lead or not candidates or not (listed and not _fragment_has_verb(sentence)) \
            and _has_own_subject(sentence, candidates):
        # (a list item with no subject of its own, "Cures most cases of bacterial
        # pneumonia" under "Amoxicillin:", or a card's body under its title, "Kills head lice
        # and their eggs" under "Permethrin Lice Treatment", or no verb at all, "Head lice,
        # with a second treatment" under "Our pharmacy sells permethrin lotion for:", takes
        # the intro as its subject)
        return []
    if not _own_products(ctx.lead, spec, approved_names(ctx.lead, spec), spec.all_products):
        # care named as ours ("What our eucalyptus inhaler does:") is the seller's product
        care = [c for c in _approved(ctx.lead, spec)
                if not _OURS_BEFORE.search(ctx.lead[max(0, c.start() - 40):c.start()])]
        if care:
            return care
    if ctx.following and _BARE_YES.fullmatch(sentence):
        # the next sentence, read under the same lead, must itself be approved care's
        told = judge(ctx.following, spec, Context(lead=ctx.lead, page_product=ctx.page_product,
                                                  page_owned=ctx.page_owned))
        if (told.stopped_by or "").startswith("approved care"):
            return _approved(ctx.following, spec)
    return []
