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

import dataclasses
import functools
import re
from dataclasses import dataclass, field

import re2

from checker.content.learned import MIN_WORDS, ClaimModel
from checker.content.lexicons import (
    DeviceClasses,
    DeviceKind,
    HealthClaim,
    LabelledDrug,
    LabelledUses,
    Lexicons,
    TermMatch,
    TermSet,
    bare_pain,
    in_group,
)
from checker.content.match import (
    ALTERNATIVE,
    NEGATION,
    PEOPLE,
    REPORTED,
    describing_clause_end,
    ellipsis_of_ours,
    finite_conjunct,
    mentioned_in,
    negated,
    negated_list,
    neither_after,
)
from checker.content.prefilter import LITERALS, Prefilter, normalize
from checker.content.scopes import (
    APPROVAL,
    ATTRIBUTION,
    CLAIM_REPORTED,
    DENIAL,
    EVIDENCE_UNSETTLED,
    HARM_CAUSED,
    HEDGE,
    IDENTIFIES_APPROVED,
    IDENTIFYING,
    LICENSED,
    NAMED_FINDING,
    OUTCOME_PAST_CARE,
    RISK,
    STATUS_LIMITED,
    clauses_after,
    mention_split,
    quoted_title_refuted,
    refuted_in_block,
    refutes,
    reported_at,
)
from checker.content.text import (
    MAX_SENTENCE_CHARS,
    clause_at,
    contrast_span,
    is_question,
    sentence_at,
    sentence_spans,
)

# The scope cues (denial, hedge, attribution, risk, approval) are in checker/content/scopes.py:
# the learned model's structural facts read them too.
# A risk the product is said to lower: a prevention claim, not a statement of the product's
# own risks.
_REDUCED_RISK = re.compile(r"\b(?:cut|cuts|lower|lowers|reduce|reduces|decrease|decreases|"
                           r"slash|slashes|halve|halves|minimi[sz]es?)\s+(?:[\w'-]+\s+){0,4}?"
                           r"risks?\b", re.IGNORECASE)
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


# Predicates with no place in the sentence (lent by its lead, told by a testimonial, an FAQ
# answer's yes, the learned model's rating): the whole sentence is their clause.
_UNPLACED = ("lead", "outcome", "answer", "learned", "titled")
# The need for care, right before the care: "your body's need for insulin".
NEED_OF_CARE = re.compile(r"\b(?:need|needs|reliance|dependence|dependency)\s+(?:for|on)\s+"
                          r"(?:your\s+|their\s+|my\s+|the\s+)?$", re.IGNORECASE)
# Care given up: "retire their blood pressure meds", "ditch your inhaler", "come off insulin".
RETIRED_CARE = re.compile(r"\b(?:retire[sd]?|ditch(?:es|ed)?|toss(?:es|ed)?|throw(?:s)?\s+out|"
                          r"threw\s+out|quit|quits|(?:come|comes|came|get|gets|got)\s+off(?:\s+of)?|"
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
# The care a product is offered in place of: "a safe alternative to hip replacement surgery",
# "our tea in place of chemotherapy", "helps patients avoid dialysis", "never need the knee
# replacement", "choose our cell therapy over a knee replacement". Offering a product in place
# of a condition's care offers it for the condition (the FDA's letters to stem-cell clinics
# cite "an alternative to surgery"); the care names the condition (lexicons' `replaced`). So
# does a product likened to the care ("works like the little blue pill", "the same results as
# Viagra"): it is offered as the care's stand-in. Not a stand-in denied ("Homeopathic remedies
# are no substitute for vaccines", "not a replacement for insulin"): that keeps the care.
_NOT_A_STAND_IN = r"(?<!\bno\s)(?<!\bnot\sa\s)(?<!\bnot\san\s)(?<!\bnever\sa\s)(?<!\bnor\sa\s)"
SUBSTITUTED_CARE = re.compile(
    r"\b" + _NOT_A_STAND_IN + r"(?:alternatives?\s+to|substitutes?\s+for|replacements?\s+for|"
    r"instead\s+of|"
    # (the verb too: "can replace your Synthroid", "replaced my inhaler")
    r"replac(?:e|es|ed|ing)|"
    r"(?:works?|worked|working|acts?|acted|acting)\s+(?:just\s+|exactly\s+)?like|"
    r"(?:the\s+)?same\s+(?:results?\s+|effects?\s+)?as|"
    r"in\s+place\s+of|rather\s+than|avoid(?:s|ed|ing)?|skip(?:s|ped|ping)?|"
    r"put(?:s|ting)?\s+off|delay(?:s|ed|ing)?|(?:never|no\s+longer)\s+(?:again\s+)?needs?|"
    r"(?:won['\u2019]t|will\s+not|don['\u2019]t|do\s+not|doesn['\u2019]t|does\s+not|"
    r"didn['\u2019]t|did\s+not)\s+(?:ever\s+)?need|no\s+need\s+for|"
    r"(?:choose|chooses|chose|choosing|prefer|prefers|preferred)\s+(?:[\w'-]+\s+){1,4}?over|"
    # the product named as a natural version of the care, its stand-in: "nature's
    # antidepressant", "a natural antidepressant", "the herbal antidepressant"
    r"nature['\u2019]s|natural|herbal|plant[- ]based|drug[- ]free|homeopathic)"
    r"\s+(?:(?:a|an|the|your|their|my|his|her|those|any|that)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE)
# Care made needless, said after its name: "vaccines become unnecessary", "antibiotics are no
# longer needed" (the care given up, as SUBSTITUTED_CARE says it before the name; a change the
# product brings, not advice that care is not needed).
NEEDLESS_AFTER = re.compile(r"\s+(?:(?:become|becomes|became|becoming)\s+"
                            r"(?:simply\s+|completely\s+)?(?:unnecessary|needless|obsolete|redundant)|(?:are|is|were|was)\s+"
                            r"no\s+longer\s+(?:needed|necessary))\b", re.IGNORECASE)
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
                            # throat without antibiotics": an agent's deed)
                            r"\b(?:clears?|clear\s+up|clears\s+up|gets?\s+better|goes\s+away|go\s+"
                            r"away|heals?|resolves?)\s+without\s+(?:any\s+)?(?:antibiotics|"
                            r"medicines?|medications?)\b|"
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
_POINTS_BACK = re.compile(r"\b(?:it|them|this|these|ours?|one)\b", re.IGNORECASE)
_OUR = re.compile(r"\b(?:our|ours|we|us)\b", re.IGNORECASE)
# A sentence whose subject is what people do, a gerund of an everyday action ("Removing a
# tick...", "Washing your hands...", "Keeping active..."), not a product; the verbs are listed
# so that adjectives in -ing ("Lasting relief", "Soothing balm") are not taken for them.
_BEHAVIOUR = re.compile(
    r"^\W*(?:keep|tak|gett|wash|eat|drink|exercis|walk|sleep|remov|wear|us|avoid|quitt|stay|"
    r"limit|cutt|reduc|brush|stretch|lift|apply|check|seek|see|visit|talk|rest|los|maintain|"
    r"follow|practic|stopp|smok|clean|cover|cook|swimm|runn|cycl|danc|garden|meditat|"
    r"breath|manag|treat|test|screen|vaccinat|protect|chang|add|replac|switch|choos|find)"
    r"ing\s+(?!is\b|are\b)", re.IGNORECASE)
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


def _authorized_health_claim(sentence: str, spec: ClaimSpec) -> str | None:
    """A nutrient said to lower the risk of the disease the FDA pairs it with ("enough
    calcium and vitamin D lowers the chance of osteoporosis"): a lawful health claim."""
    if not _RISK_REDUCTION.search(sentence):
        return None
    for claim in spec.health_claims:
        if claim.nutrients.search(sentence) and claim.diseases.search(sentence):
            return claim.source
    return None


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


# A product called by an OTC monograph's category that no monograph covers ("a natural
# antifungal", "herbal antacid", "homeopathic cough suppressant").
_UNMONOGRAPHED = re.compile(r"\b(?:natur(?:e'?s|al(?:ly)?)|herbal|homeopathic|botanical|"
                            r"plant-based|holistic|essential oils?)\b[\w\s,-]*$", re.IGNORECASE)


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


# A nominal predicate ("protocol for", "remedy for") claims only the condition right after it.
_INTENDED_FOR = re.compile(r"\bfor$", re.IGNORECASE)
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
# How many sentences' verdicts a spec remembers (`judged`), and how many contexts a sentence.
_MEMO_SIZE = 4096
_MEMO_CONTEXTS = 256


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
    if not conditions and spec.approved_names is not None \
            and _NAME_INSIDE.search(sentence) is not None \
            and _REPLACING_WORD.search(sentence) is not None:
        # an approved drug by its brand name, replaced or given up: the drug names the
        # condition its label is for ("Our formula can replace your Synthroid", "skip the
        # Lipitor"; the brand list is read only where a word of replacing is)
        conditions = [c for c in approved_names(sentence, spec)
                      if (sub := _replacing(sentence[:c.start()])) is not None
                      and not _approved_in(sentence[:sub.start()], spec)]
        if conditions:
            verdict.notes.append("a condition named by the approved drug the product replaces")
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
    otc = _otc_use(sentence, spec, conditions, ctx.lead)
    if otc:
        verdict.stopped_by = f"an OTC monograph use ({otc})"
        return verdict
    authorized = _authorized_health_claim(sentence, spec)
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
                    or neither_after(masked, predicate.end())
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
            # the page's, or none: a sentence with no product of ours in context never fires)
            agent = None
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
               or (_named_agent(sentence, predicate, spec) or _artefact(sentence, spec, ctx)
                   if spec.products is not None else None))
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


def _named_agent(sentence: str, predicate: TermMatch, spec: ClaimSpec) -> str | None:
    """The seller's product named as the subject right before the sentence's own predicate, a
    verb in lower case (a heading's capitals are no names): a name `_named_product` reads
    (words in capitals, one with a capital inside), or one capitalized word inside the
    sentence, that no lexicon knows as anything else (approved care, an approved drug's
    brand, a condition, a clinic, an agency, a month), no title or surname's prefix makes a
    person's and no provider's word a provider's (_trade_name's)."""
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
        inside = found.group("before") and found.group("before")[:1].islower() \
            or (found.group("before") or "").endswith((",", ";"))
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


# The teller's course of the service the page offers, read by where a story puts it, whatever
# words name its kind: the object of "after", "since", "with", "through", "thanks to", "by the
# end of", "within a week of starting" ("After six sessions at Brightwell Centre it has gone",
# "since my sessions", "by the end of the course", "within a week of starting the programme"),
# a count that opens its clause ("Two injections and it dissolved", "Three cans later", "One
# session with Mark and it was gone"), or the subject of the outcome ("The hypnotherapy
# sessions cleared it", "Her method freed me"). The story credits what the clinic sold the
# teller, as "our treatment" does in the seller's voice (the UK ASA's rulings on Good Health
# Today and Mind Body Reset, the FDA's on fat-dissolving injections). Not a course named by
# approved care or given by a regulated clinician ("six sessions of CBT", "three Kybella
# sessions", "sessions with my physio", "my psychologist's course"), nor on a page whose title
# names approved care (a physical therapy page's "six sessions" are physical therapy).
_COUNT = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|"
          r"a\s+few|a\s+couple\s+of|several)")
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


# The clinicians a patient has, by the words both readings below share.
# (an optometrist is a licensed clinician who diagnoses and treats eye disease, glaucoma's
# drops among it: every US state licenses optometrists to prescribe them, American Optometric
# Association, "Scope of practice"; UK independent prescribing optometrists, General Optical
# Council)
_CLINICIAN_WORDS = (r"doctor|physician|surgeon|GP|specialist|[a-z]+ologist|[a-z]+iatrist|osteopath|"
                    r"pediatrician|paediatrician|clinician|nurse\s+practitioner|midwife|pharmacist|"
                    r"optometrist|")
# Another clinician of the patient's, the subject of a sentence of the story: "my surgeon",
# "her rheumatologist", "our family doctor" (not "my neurologist's office").
# (a relative's clinician too, as a parent tells it: "my son's pediatrician", "my mother's
# cardiologist")
_STORY_CLINICIANS = (_CLINICIAN_WORDS + r"(?:speech|occupational)\s+therapist|"
                     # (a hospital's senior doctor, as the NHS names one: "my ENT consultant")
                     r"(?:ENT|NHS|hospital|medical|surgical)\s+consultant|"
                     r"physio(?:therapist)?|physical\s+therapist|chiropractor|dentist")
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
_STORY_CARER = re.compile(r"\b(?:my|his|her|their|our\s+family)\s+"
                          r"(?:[\w-]+(?:['\u2019]s)?\s+){0,2}?(?:"
                          + _STORY_CLINICIANS + r")s?\b(?!'s|\u2019s)", re.IGNORECASE)
# The care a patient's own clinician owns, as the agent of a passive ("my pain is managed by my
# rheumatologist's plan of exercise and medication", "controlled with my GP's prescription"):
# the clinician's care acts, as "managed by my rheumatologist" does.
_STORY_CARERS_CARE = re.compile(r"\b(?:my|his|her|their|our\s+family)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:"
                                + _STORY_CLINICIANS + r")s?['\u2019]s\s+(?:[\w-]+\s+)?"
                                r"(?:plan|treatment|care|"
                                r"medicines?|medications?|exercises?|programme|program|"
                                r"prescriptions?|regimen|advice)\b", re.IGNORECASE)
# The reader's or patient's own clinician whose care the predicate is: its subject ("His
# neurologist manages his medicines"), or the one who owns it ("follow your rheumatologist's
# treatment plan", "your retina specialist decides your treatment", "my therapists kept track
# of my recovery"). Deferral to other care, not an outcome of the page's product; "our"
# clinicians are the seller and are left out, and a sentence naming a product of ours is read
# as usual.
_OWN_CLINICIAN = re.compile(r"\b(?:your|my|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                            + _CLINICIAN_WORDS + r"therapist|physio(?:therapist)?|chiropractor|"
                            r"dentist|care\s+team|medical\s+team)s?", re.IGNORECASE)
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
        for found in (*_THAT_WAS.finditer(said), *_CLEFT_FOCUS.finditer(said)):
            named = found.group("np")
            if _TURN_AFTER.search(said, found.end()) or _PAGE_DEIXIS.search(named) \
                    or _own_products(named, spec, [], spec.all_products) \
                    or _named_product(named, spec) \
                    or _unknown_name(_conditions_blanked(named, spec), spec) \
                    or _page_course(named, spec, ctx) is not None:
                continue
            return f"{named} (what the story says acted)"
    return None


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


# A clinician who only foresaw the outcome, as what it is measured against: "stronger than my
# cardiologist expected", "better than my surgeon predicted".
_FORESAW_WORDS = r"(?:had\s+)?(?:expected|predicted|hoped|thought\s+possible)"
_FORESAW = re.compile(r"\s+" + _FORESAW_WORDS + r"\b", re.IGNORECASE)


# A story's clause opened as a pseudo-cleft ("What finally helped was ...", "What got me through
# it was ..."), and the copula before the care it names ("... was a monthly naltrexone injection").
_WHAT_CLEFT = re.compile(r"^\W*what\s+(?:really\s+|finally\s+|actually\s+|truly\s+)?\w+",
                         re.IGNORECASE)
_CLEFT_COPULA = re.compile(r"\b(?:was|is|were|are)\s+(?:(?:a|an|the|my|his|her|their|our)\s+)?"
                           r"(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


# What closes a clause of a story: a semicolon ("I take the blend for its taste; my
# rheumatologist manages my arthritis"), or "and" before a subject of its own ("after my cell
# treatment my COPD was unchanged, and my pulmonologist manages it", "..., and now I'm in
# remission").
_STORY_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|so)\s+(?:now\s+|today\s+|then\s+)?(?=(?:my|his|her|their|our|the|I|he|she|"
    r"they|we)\b)", re.IGNORECASE)
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
                           # therapist gave me"
                           r"|\b(?:with|through|following)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:plan|program(?:me)?|routine|regimen|exercises|treatment|"
                           r"medicines?|medications?|pills)\s+(?:that\s+)?(?:my|his|her|their)"
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
    # (care a clinician of the story gave is theirs, and what it names with it too, on a page
    # that names, offers and sells no product: "My ENT consultant recommended smell training
    # with four essential oils"; a clinician who recommends a product where one is sold ("my
    # doctor started me on a statin and the fish oil") still tells of the page's)
    given = [m.span("care") for m in _CARER_GAVE.finditer(story)]
    own = [p for p in _own_products(story, spec, approved, spec.all_products)
           if _sells_products(ctx) or not any(a <= p.start() and p.end() <= b for a, b in given)]
    if _PAGE_DEIXIS.search(story) or _OTHER_TRIED.search(story) or _REFUSED.search(story) \
            or own or _named_product(story, spec) \
            or _unknown_name(_STORY_CARER.sub(lambda m: " " * len(m.group(0)), story), spec) \
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


# An outcome credited to something: "thanks to", "because of", "all due to", "I owe it to".
_CREDITED = re.compile(r"\b(?:thanks\s+to|thank\w*|because\s+of|due\s+to|owe\w*|credit\w*|"
                       r"since\s+(?:I|we)\s+(?:started|began|tried))\b", re.IGNORECASE)
# A sentence of the story told of "it" ("It changed my life"): the story's product.
_IT_DID = re.compile(r"(?:^|[.!?]\s+)\W*(?:it|this|they|these)\b", re.IGNORECASE)
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
# arthritis treated") or people named with a reduced one ("women treated for breast cancer").
_CARE_HAD_BY_PEOPLE = re.compile(
    r"\b(?:who|whom)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being|"
    r"are\s+being)\s+(?:[a-z]+ly\s+|being\s+)?|(?:had|has|have|got)\s+(?:[\w'-]+\s+){1,3}?)$|"
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
    for drug in approved_names(sentence, spec) if _NAME_INSIDE.search(sentence) \
            and _REPLACING_WORD.search(sentence) else []:
        verb = _replacing(sentence[:drug.start()])
        if verb is not None:
            return [TermMatch(verb.group(0).strip(), verb.start(), verb.end(), "outcome")]
    return []


# The head words of SUBSTITUTED_CARE and RETIRED_CARE: a sentence without one replaces no care.
_REPLACING_WORD = re.compile(
    r"\b(?:replac|instead|alternative|substitut|rather|place|like|same|skip|avoid|put|delay|"
    r"never|no|won|will|don|do|didn|did|doesn|does|choos|chose|prefer|retire|ditch|toss|throw|"
    r"threw|quit|come|came|get|got|wean|say|stay|keep|kept|taper|stop)", re.IGNORECASE)
# A capitalized word after a sentence's first: where a brand name replaced could stand.
_NAME_INSIDE = re.compile(r"\S\s+[A-Z][a-z]")


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
    if _DIRECTIONS.match(sentence):
        return None  # directions: "Store the drops away from children" claims nothing
    text = ctx.with_lead(sentence)
    p = spec.learned.probability(text)
    if p < max(spec.learned_wide_threshold, spec.learned.threshold):
        return None
    verdict.notes.append(f"no condition or predicate word; the learned model rates it a "
                         f"disease claim (p={p:.2f})")
    return TermMatch(f"(learned, p={p:.2f})", 0, 0, "learned")


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


# Care the condition goes on despite, to the next comma: "adults who have repeated severe low
# blood sugar despite intensive management" (its "management" is the care that did not
# suffice, no predicate of the claim; "Despite my doubts, the drops cleared it" keeps its claim).
_DESPITE_CARE = re.compile(r"\b(?:despite|in\s+spite\s+of)\b[^.;:!?(),]*", re.IGNORECASE)


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


_CLINICIAN = re.compile(r"(?:doctors?|physicians?|clinicians?|specialists?|nurses?|surgeons?|"
                        r"[a-z]+ologists?|[a-z]+iatrists?|GPs?)", re.IGNORECASE)
# A condition named by the teller's specialist (conditions-consumer.yaml, implied: "my
# psychiatrist", "her oncologist").
_SPECIALIST_NAMED = re.compile(r"(?:my|his|her|their)\s+(?:[a-z]+ologist|[a-z]+iatrist)",
                               re.IGNORECASE)


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


_PRONOUN = re.compile(r"\b(?:it|its|them|they|this|these|that)\b", re.IGNORECASE)
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


FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|we've|our\s+(?:son|daughter|kids?|"
                           r"children|family|baby))\b")


def _borrowed_conditions(sentence: str, spec: ClaimSpec,
                         ctx: Context) -> tuple[list[TermMatch], str]:
    """A sentence with no condition of its own reads the one it answers or refers to: the
    FAQ question it answers or, when it points back with a pronoun, the sentence before it,
    or a card title or heading that names a condition and nothing else ("Asthma" over
    "Regenerative therapy that targets the root cause"; "Diabetic foot care visit" over
    "treats problems early" is a service, not a claim). Positions are not in the sentence:
    nothing clause-bound uses them."""
    if ctx.previous and (_PRONOUN.search(sentence) or rhetorical(ctx.previous)):
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
        # "kills cancer cells", "kills the virus" keep it)
        found = [p for p in found if not (_KILL_WORD.fullmatch(p.group(0))
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
    if found and "-to-" in sentence:
        # a predicate word inside a hyphenated "X-to-Y" compound is part of a modifier, not a
        # verb: "a test-to-treat visit", "hard-to-treat infections", "a treat-to-target plan"
        found = [p for p in found if not _TO_COMPOUND_BEFORE.search(sentence, 0, p.start())
                 and not _TO_COMPOUND_AFTER.match(sentence, p.end())]
    if found:
        return found
    lead = _lead_predicate(sentence, spec, ctx, verdict)
    return [lead] if lead is not None else []


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


_KILL_WORD = re.compile(r"kill(?:s|ed|ing)?", re.IGNORECASE)
_PEOPLE_OBJECT = re.compile(
    r"\s+(?:(?:at\s+least|several|many|some|a\s+few|a|one|two|three|four|five|\d+|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)\s+)?(?:people|persons|patients?|child(?:ren)?|kids|adults?|"
    r"bab(?:y|ies)|infants?|toddlers?|wom[ae]n|m[ae]n|boys?|girls?|users|customers|clients|"
    r"someone|others|teenagers?|teens)\b", re.IGNORECASE)
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
    is ("Yes, with a full course of antibiotics"); not "Yes. Our ozone therapy cures it"."""
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
    return None


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
_NOT = re.compile(r"\b(?:not|no|never|cannot|nothing)\b|n[\u2019']t\b", re.IGNORECASE)
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


def _otc_relieved(spec: ClaimSpec, conditions: list[TermMatch]) -> bool:
    """Every condition is one the OTC monographs label a symptom reliever for."""
    assert spec.labelled is not None
    return all(any(d.covers(c.group(0)) for d in spec.labelled.relievers) for c in conditions)


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


_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|will|may|"
                      r"we|you|i|they|it)\b", re.IGNORECASE)
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


def _fragment_has_verb(text: str) -> bool:
    """A list item that is a sentence of its own carries its own predicate (or none)."""
    return bool(_VERBISH.search(text))


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
                          ("identifies the approved ones", IDENTIFIES_APPROVED)):
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
                          and not _SELLER_CLAUSE_AFTER.search(text, hit.end())), None)
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


# A patient's stay in hospital, told: "was admitted with", "on the respiratory ward".
_HOSPITAL_STAY = re.compile(r"\b(?:was|were|got|been)\s+admitted\b|"
                            r"\bon\s+the\s+(?:[\w-]+\s+)?ward\b",
                            re.IGNORECASE)
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
                or _ACTED_BY.search(_before(sentence, a, 40)))
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
_EXTENDED_NAME = re.compile(r"[\u00ae\u2122]?[ \t]+(?!(?:Cream|Ointment|Gel|Tablets?|Capsules?|"
                            r"Caplets?|Injection|Pen|Solution|Suspension|Spray|Drops|Patch|"
                            r"Lotion|Syrup|Inhaler|Oral|Nasal|Topical|Extended|Delayed|ER|XR|"
                            r"XL|SR|CR|ODT|DM|PM|HCT)\b)[A-Z][a-z]")


@functools.lru_cache(maxsize=4)
def _name_heads(names: TermSet) -> frozenset[str]:
    """The first words of a vocabulary's names ("lipitor", "humulin" of "humulin r")."""
    return frozenset(term.split()[0] for term in names.terms)


def _before(sentence: str, care: TermMatch, width: int) -> str:
    """Up to `width` characters before the care, within its clause: a semicolon closes what
    came before ("saw no change; his speech therapy is what helps": the "no" is not the
    care's)."""
    window = sentence[max(0, care.start() - width):care.start()]
    return window[window.rfind(";") + 1:]


def _names_our_product(sentence: str, care: TermMatch, ours: list[TermMatch]) -> bool:
    """Care's name as a word of one of our products' names (`ours`: the products in the
    sentence): the care word modifies our product or our product modifies it ("our antiviral
    drip", "colloidal silver nasal spray"); a product inside the care's own name ("stem cell
    transplant") is the care."""
    for product in ours:
        if care.start() <= product.start() and product.end() <= care.end():
            return False
        gap = (sentence[product.end():care.start()] if product.end() <= care.start()
               else sentence[care.end():product.start()] if care.end() <= product.start()
               else None)
        if gap is not None and _ADJACENT.fullmatch(gap):
            return True
    return False


_ADJACENT = re.compile(r"[\s-]{1,2}")


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


def _has_own_subject(sentence: str, candidates: list[TermMatch]) -> bool:
    """Whether a sentence names its own subject: its first predicate does not open it. The
    predicates coordinated after a subjectless first one share its (missing) subject: "Treats
    flu ... and helps prevent flu after exposure" under "Tamiflu 75 mg capsules"."""
    placed = [c for c in candidates if c.term_set not in ("lead", "answer")]
    if not placed:
        return False
    if any(c.term_set in _UNPLACED for c in placed):
        return True
    first = min(placed, key=lambda c: c.start())
    return _SUBJECTLESS.fullmatch(sentence[:first.start()]) is None


# "our" heading the care's noun phrase ("our eucalyptus inhaler"; not "our pharmacists can
# prescribe", "our pharmacy sells permethrin").
_OURS_BEFORE = re.compile(r"\b(?:our|my)\s+(?:(?!(?:can|will|may|could|should|do|does|did|is|are|"
                          r"has|have|prescribe\w*|sells?|stocks?|offers?|carr(?:y|ies)|gives?|"
                          r"provides?|uses?|recommends?)\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
# A fragment that opens with its passive verb ("Used for lupus, rheumatoid arthritis and the
# prevention of malaria" under a pharmacy card's title): its subject is the title, as a list
# item's is its intro.
_PASSIVE_OPENING = re.compile(r"^\W*(?:(?:also|commonly|often|mainly|mostly|widely|usually)\s+)?"
                              r"(?:used|indicated|approved|prescribed|given|taken|recommended)\s+"
                              r"(?:to|for|in|as)\b", re.IGNORECASE)
# What may stand before a list item's verb when the item has no subject: "Also cures".
_SUBJECTLESS = re.compile(r"\W*(?:(?:also|may|can|often|usually|helps?)\s+(?:to\s+)?)?",
                          re.IGNORECASE)
# An answer that is only a yes: its content is the sentence that follows it.
_BARE_YES = re.compile(r"\W*(?:yes|yes,?\s+(?:it\s+(?:is|can|does)|they\s+(?:are|can|do)|"
                       r"absolutely|definitely|usually|often))\W*", re.IGNORECASE)


def _own_products(sentence: str, spec: ClaimSpec, approved: list[TermMatch],
                  products: TermSet | None = None) -> list[TermMatch]:
    """Products of the rule's classes in the sentence, less those inside a name of approved
    care ("stem cell transplant", "prescription omega-3")."""
    products = products or spec.products
    if products is None:
        return []
    found = products.finditer(sentence)
    if not found:
        return []
    # a product word inside the name of a condition is the condition's word, no product: the
    # "patch" of a "bald patch", the "bands" of "platysma bands" ("My bald patch is much less
    # visible since the transplant" names no patch of ours)
    within = [(c.start(), c.end()) for c in spec.conditions.finditer(sentence)
              if any(c.start() <= p.start() and p.end() <= c.end()
                     and c.end() - c.start() > p.end() - p.start() for p in found)] \
        if spec.conditions is not None else []
    return [p for p in found
            if not any(start <= p.start() and p.end() <= end for start, end in within)
            and not _BODY_NATURALLY.search(sentence, 0, p.end())
            and not (p.group(0).lower() == "natural" and _NATURAL_OWN.match(sentence, p.end()))
            and not (p.group(0).lower() == "drops" and _DROPS_IN_MEASURE.match(sentence, p.end()))
            and not _body_word(sentence, p)
            and not _prescribed_after(sentence, p)
            and _ADVISER_BEFORE.search(sentence, 0, p.start()) is None
            and not _MARKER_AFTER.match(sentence, p.end())
            and not any(a.start() <= p.start() and p.end() <= a.end()
                       or a.term_set in _DRUG_NAME_SETS and a.end() <= p.start()
                       and _FORM_GAP.fullmatch(sentence, a.end(), p.start())
                       for a in approved)]


# The readings that name one drug by its own name, a brand (approved-drugs-unii.txt) or a name
# of labelled-uses.yaml, generic or brand ("labelled": named in the sentence for a labelled
# use; "labelled-drugs": the name as the vocabulary found it): the dosage form after it is that
# drug's ("Pregabalin capsules", "estradiol patches", "Lyrica 75 mg capsules"), no product of
# ours. Not a care word of a class ("antiviral spray", "antibiotic drops"), which may name ours.
# ("generic-names": a generic name by its class's INN/USAN stem, "Latanoprost Eye Drops",
# "Timolol 0.5% Eye Drops".)
_DRUG_NAME_SETS = ("approved-names", "labelled", "labelled-drugs", "generic-names")


def drug_names(text: str, spec: ClaimSpec) -> list[TermMatch]:
    """The approved drugs a text names by their own names: brands written as names, the
    generic and brand names of labelled-uses.yaml, and generic names by their stems."""
    found = approved_names(text, spec)
    if spec.labelled is not None:
        found = found + spec.labelled.names.finditer(text)
    if spec.generic_names is not None:
        found = found + spec.generic_names.finditer(text)
    return found


# "Natural" said of the body's own part or course, not of a natural product: "lets you keep your
# natural tooth", "your natural hairline", "the natural course of the illness", "natural
# childbirth" (not "natural anti-aging cream", "natural remedies"); and the body's own immune
# cells of that name, "natural killer (NK) cells" (MeSH D007694, Killer Cells, Natural).
_NATURAL_OWN = re.compile(r"\s+(?:teeth|tooth|hair|hairline|skin|joints?|knees?|hips?|"
                          r"(?:eye)?lashes|smile|voice|cycles?|rhythms?|history|course|"
                          r"(?:child)?birth|menopause|healing(?:\s+process)?|"
                          r"killer(?:\s+\(NK\))?[\s-]+(?:T[\s-]+)?cells?)\b",
                          re.IGNORECASE)


# "Drops" as the noun of a fall in a measure, as trial results and leaflets tell it ("larger
# drops in depression scores than placebo", "drops in blood pressure on standing"), not the
# dosage form ("two drops in each eye", "CBD drops").
_DROPS_IN_MEASURE = re.compile(
    r"\s+in\s+(?:[\w-]+\s+){0,3}?(?:scores?|levels?|pressure|rates?|numbers|readings?|counts?|"
    r"weight|temperature|sugars?|glucose|cholesterol|A1c|symptoms|severity|values?)\b",
    re.IGNORECASE)


# "Patches" as the lesions of a skin condition ("psoriasis patches", "white patches of
# vitiligo", "the scaly patches of eczema": MedlinePlus describes these conditions by their
# patches), not a transdermal patch.
_SKIN_PATCHES = re.compile(
    r"\b(?:psoriasis|eczema|dermatitis|vitiligo|ringworm|tinea|alopecia|melasma|rosacea|"
    r"pityriasis|lichen\s+\w+|scaly|red|white|dry|itchy|bald|brown|dark|thick|rough|raised)"
    r"(?:\s+(?:and|or)\s+[\w-]+)?\s+patch(?:es)?\b|"
    r"\bpatch(?:es)?\s+of\s+(?:[\w-]+\s+){0,2}?(?:psoriasis|eczema|dermatitis|vitiligo|"
    r"ringworm|tinea|alopecia|melasma|rosacea|pityriasis|lichen\s+\w+|skin)\b", re.IGNORECASE)


# "Roots" as a part of the body ("tooth roots", "the roots of your teeth", "nerve roots",
# "hair roots", "root resorption", "a root canal"), not a herbal root: MedlinePlus and the
# orthodontic consent texts name a side effect of ordinary braces by the tooth's roots.
_BODY_ROOTS = re.compile(
    r"\b(?:tooth|teeth|dental|nerve|spinal\s+nerve|hair|follicle)\s+roots?\b|"
    r"\broots?\s+of\s+(?:(?:the|your|a|his|her|their|my|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:teeth|tooth|hair|nerves?|molars?|incisors?|canines?)\b|"
    r"\broots?\s+(?:resorption|canals?|surfaces?|fractures?|damage|planing|tips?)\b",
    re.IGNORECASE)

# A word written with "-positive", "-negative" or "-mutated" after it is a marker a test finds
# in the patient or the tumour ("KIT-positive gastrointestinal stromal tumours", "HER2-negative
# breast cancer", "HIV-positive adults"), a gene's or a germ's symbol that names which kind of
# the disease, never a product: the "KIT" of "KIT-positive" is no kit of ours.
_MARKER_AFTER = re.compile(r"[-\u2010\u2011](?:positive|negative|mutated|mutant|expressing|"
                           r"amplified|driven)\b", re.IGNORECASE)

# A product word restricted by a clause whose subject prescribed it: "the drops he
# prescribed", "the cream my dermatologist prescribes", "the tablets that my GP prescribed".
# The prescriber is the teller's clinician (_STORY_CLINICIANS, not a naturopath or herbalist),
# or "he", "she" or "they" in a text that names one: prescription care, no product of ours.
_PRESCRIBER_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:(?P<pronoun>he|she|they)|(?:my|his|her|their|your|the|our\s+family)"
    r"\s+(?:[\w-]+(?:['\u2019]s)?\s+){0,2}?(?:" + _STORY_CLINICIANS + r")s?)\s+"
    r"(?:had\s+|has\s+|have\s+|then\s+|also\s+)?prescrib(?:ed|es)\b", re.IGNORECASE)


# A clinician advising the product word right after ("a pharmacist can suggest remedies for
# the aches", "your GP may recommend drops"): the clinician's care, as "the drops my doctor
# prescribed" are (not "our herbalist", no regulated clinician; not "... our drops").
_ADVISER_BEFORE = re.compile(
    r"\b(?:a|an|the|your|my|his|her|their)\s+(?:[\w-]+\s+)?(?:"
    + _CLINICIAN_WORDS.rstrip("|") + r"|nurse)s?\s+(?:(?:can|may|might|could|will|would|"
    r"should|often|usually|sometimes|also)\s+)*(?:suggest|recommend|prescribe|advise|offer)"
    r"(?:s|ed|d)?\s+(?:(?:you|them|him|her)\s+)?(?:(?:a|an|the|some|simple|other|"
    r"over-the-counter)\s+)?$", re.IGNORECASE)


def _prescribed_after(text: str, product: TermMatch) -> bool:
    found = _PRESCRIBER_AFTER.match(text, product.end())
    return found is not None and (not found.group("pronoun") or _STORY_CARER.search(text)
                                  is not None)


# A product word and the phrase that makes it a word of the body, not the product.
_BODY_WORDS = (("patch", _SKIN_PATCHES), ("root", _BODY_ROOTS))


def _body_word(sentence: str, product: TermMatch) -> bool:
    """The product word lies inside a phrase that names a part or a lesion of the body with it
    ("psoriasis patches", "tooth roots")."""
    word = product.group(0).lower()
    return any(word.startswith(prefix) and any(
        m.start() <= product.start() and product.end() <= m.end()
        for m in phrase.finditer(sentence)) for prefix, phrase in _BODY_WORDS)


# "Naturally" said of what the body does by itself ("Your liver and kidneys naturally filter
# toxins", "the body naturally repairs muscle"): physiology, not a natural product.
_BODY_NATURALLY = re.compile(
    r"\b(?:the|your|our|its|their)\s+(?:body|bodies|body's|liver|kidneys?|immune\s+system|"
    r"skin|gut|brain|lungs|heart|bones?|muscles?|joints?|cells|nervous\s+system)"
    r"(?:\s+and\s+(?:the\s+|your\s+)?[\w-]+)?\s+(?:(?:will|can|may|also|then|slowly|"
    r"gradually)\s+)?naturally$", re.IGNORECASE)


# What stands between an approved drug's brand name and its dosage form: a mark, a strength,
# a release ("Tamiflu 75 mg capsules", "Flonase\u00ae Allergy Relief nasal spray" is not:
# the form must follow the name and its strength only).
# (a strength per volume, "50 micrograms/ml", and a route of the form, "Eye Drops", "nasal
# spray"; "%" is followed by no word character, where a word boundary never stands)
_FORM_GAP = re.compile(r"[\s\u00ae\u2122]*(?:\d[\d.,/]*\s*(?:mg|mcg|\u00b5g|g|ml|%|iu|units?|"
                       r"micrograms?|milligrams?)(?:\s*/\s*(?:ml|g|dose|spray|actuation))?(?!\w)"
                       r"[\s,]*)*(?:(?:extended|delayed|immediate)[\s-]release\s+|oral\s+|"
                       r"chewable\s+|film[\s-]coated\s+|(?:eye|ear|nasal)\s+)?", re.IGNORECASE)


def _nearest(sentence: str, candidates: list[TermMatch],
             conditions: list[TermMatch]) -> list[TermMatch]:
    """The predicates that share a clause with a condition, when there are any: in "No CBD
    product can cure cancer, and skipping proven treatment can cost lives" the claim is read
    where "cancer" is."""
    if any(c.term_set == "borrowed" for c in conditions):
        return candidates
    clauses = {clause_at(sentence, c.start()) for c in conditions}
    near = [p for p in candidates if p.term_set in _UNPLACED
            or clause_at(sentence, p.start()) in clauses
            or _points_back(sentence, p, conditions)]
    return near or candidates


# A pronoun object right after a predicate: "our balm clears it", "will calm it".
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b", re.IGNORECASE)


def _points_back(sentence: str, p: TermMatch, conditions: list[TermMatch]) -> bool:
    """The predicate's pronoun object points back to a condition named in the clause that
    opens the sentence to tell the case: "If nothing else has worked for your eczema, our
    balm clears it in two weeks" (match.describing_clause_end)."""
    described = describing_clause_end(sentence, p.start())
    return bool(described) and _PRONOUN_OBJECT.match(sentence, p.end()) is not None \
        and any(c.end() <= described for c in conditions)


def _cleared_use(sentence: str, spec: ClaimSpec, ctx: Context,
                 conditions: list[TermMatch] | None = None) -> str | None:
    """A product named with a use it is cleared for (hyperbaric oxygen for diabetic foot
    ulcers, fecal transplant for C. diff), and no other condition beside it: "clears heavy
    metal toxicity and the autism it causes" claims autism too."""
    context = " ".join([sentence, ctx.lead, ctx.page_product.group(0) if ctx.page_product
                        else ""])
    lent = bool(conditions) and all(c.term_set == "borrowed" for c in conditions)
    for product, uses in spec.cleared:
        found = uses.finditer(sentence)
        if not found and lent:
            # the condition lent by the sentence before or the question: its use is named
            # there ("Iron-deficiency anemia is common in toddlers. ... it is treated with iron
            # drops")
            found = [u for text in (ctx.previous, ctx.lead) if text for u in uses.finditer(text)]
        if not found or product.search(context) is None:
            continue
        if not any(c.term_set != "borrowed" and c.end() > c.start()
                   and not any(u.start() <= c.start() and c.end() <= u.end() for u in found)
                   and not any(_CAUSE_OF_USE.match(sentence[u.end():c.start()]) for u in found)
                   and not any(c.start() >= u.end()
                               and (_USE_HEAD.fullmatch(sentence[u.end():c.start()])
                                    or _USE_REASON.fullmatch(sentence[u.end():c.start()]))
                               for u in found)
                   and not any(_EXAMPLES_OF.fullmatch(sentence[c.end():u.start()])
                               for u in found)
                   and not any(c.start() >= u.end()
                               and _use_purpose(sentence, u, c, spec, conditions or [])
                               for u in found)
                   for c in conditions or []):
            return found[0].group(0)
    return None


# A condition named as the class its cleared uses are examples of, or as part of a cleared use,
# is no other condition: "some severe infections, such as intracranial abscess" names the
# abscess; "infection in some diabetic foot wounds" is the wound's.
_EXAMPLES_OF = re.compile(r"\s*,?\s*(?:such\s+as|like|including|for\s+example|e\.g\.,?|in)\s+"
                          r"(?:an?\s+|the\s+|some\s+|many\s+|most\s+)?", re.IGNORECASE)


# A condition named as what the cleared use is given for, with only the names of conditions
# between: "Cord blood is used in transplants to treat many diseases of the blood and immune
# system, such as leukaemia, lymphoma and sickle cell disease", "used today in transplants for
# some blood and immune disorders such as leukaemia" (a transplant serves those diseases: the
# licensed use of HPC, Cord Blood). Not past another predicate ("transplants for leukaemia, and
# our cells reverse autism") nor a use the product replaces or avoids ("our cells replace
# transplants for leukaemia", "without a transplant for leukaemia").
_USE_PURPOSE = re.compile(r"\s+(?:to\s+(?:help\s+)?(?:treat|manage|cure)|for(?:\s+the\s+"
                          r"treatment\s+of)?|in\s+(?:people|patients|children|adults)\s+with)"
                          r"\s+", re.IGNORECASE)
# (a body system's name is no predicate: "diseases of the blood and immune system")
_BODY_SYSTEM = re.compile(r"\s+systems?\b", re.IGNORECASE)
_PURPOSE_BREAK = re.compile(r"[;:!?()]|\.\s|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _use_purpose(sentence: str, use: re.Match[str], condition: TermMatch, spec: ClaimSpec,
                 conditions: list[TermMatch]) -> bool:
    gap = sentence[use.end():condition.start()]
    link = _USE_PURPOSE.match(gap)
    if link is None or len(gap) > 160:
        return False
    at = use.end() + link.end()
    rest = sentence[at:condition.start()]
    if _PURPOSE_BREAK.search(rest) or NEGATION.search(rest) or any(
            not _BODY_SYSTEM.match(rest, p.end())
            and not any(c.start() <= at + p.start() < c.end() for c in conditions)
            for p in spec.predicates.finditer(rest)):
        return False
    start, _ = clause_at(sentence, use.start())
    before = sentence[start:use.start()]
    return not (SUBSTITUTED_CARE.search(before) or NEGATION.search(before))


# A condition word right after the cleared use is the use's own head, not another condition:
# "recurrent Clostridioides difficile infection", "C. diff colitis" (ICD-10-CM names the
# infection by its site, "enterocolitis", and the organism is the use).
_USE_HEAD = re.compile(r"[\s-]*")
# ... and a condition the cleared use's cause was for is its history, not another condition:
# "after radiation for prostate cancer" (the use is the radiation's injury).
_USE_REASON = re.compile(r"\s+for\s+(?:my|his|her|their|your|the)?\s*", re.IGNORECASE)


# A condition named as the cause of the cleared use is not beside it: "IV fluids treat
# dehydration from vomiting or diarrhea" treats the dehydration.
_CAUSE_OF_USE = re.compile(r"\s+(?:from|caused\s+by|due\s+to|after|because\s+of)\s+"
                           r"(?:[\w'-]+(?:\s*,\s*|\s+(?:or|and)\s+))*$", re.IGNORECASE)


def _products_in_clause(sentence: str, predicate: TermMatch,
                        products: list[TermMatch], after: bool = False) -> bool:
    """A product of ours in the predicate's clause (for a predicate with no place, anywhere):
    "Microneedling is not for breakouts; a dermatologist can treat acne first" credits the
    dermatologist, whatever the other clause names. `after`: only from the predicate on (a
    testimonial is read whole, and its earlier sentences name the product it is about)."""
    if predicate.term_set in _UNPLACED:
        return bool(products)
    start, end = clause_at(sentence, predicate.start())
    own = sentence_at(sentence, predicate.start())
    if after:
        # a story read whole: from the predicate to the end of its own sentence
        start = predicate.start()
        end = min(end, own[1]) if own else end
    elif own and not _PRONOUN.search(sentence, own[0], own[1]):
        # ... and a clause does not reach into the story's other sentences ("I drink the tea
        # for comfort. My breast cancer was treated with surgery"), unless "it" points back
        start, end = max(start, own[0]), min(end, own[1])
    return any(start <= p.start() < end for p in products)


# A participial phrase set off by commas between the care and its verb: ", taken for five to
# ten years after surgery, " (the care stays the subject); or the care it is given with, how
# often: ", sometimes followed by chemotherapy, ", ", often with radiotherapy, ".
_PARTICIPLE_GAP = re.compile(r",\s+(?:when\s+|(?:sometimes|often|usually|occasionally|then)\s+)?"
                             r"(?:taken|given|used|started|prescribed|combined|followed|"
                             r"injected|infused|applied|added|inhaled|(?:along\s+)?with|plus)\b"
                             r"[^,;:.!?]{0,80},\s+"
                             r"(?:(?:also|often|usually|can|may|will|then)\s+)?", re.IGNORECASE)


# Another name of the care in brackets right after it: " (trastuzumab) ", ") ".
_BRACKET_GAP = re.compile(r"\s*(?:\([^()]{1,60})?\)\s*")
# The sentence's opening before a subject of approved care: a determiner, and the care's
# standing ("Approved", "FDA-approved", "Standard"); and a gap with no clause of its own in
# it (no subordinator, no other subject, no seller), only a list's commas.
_STANDING_OPENS = re.compile(r"\W*(?:(?:the|a|an)\s+)?(?:(?:FDA[- ])?approved\s+|standard\s+|"
                             r"licensed\s+)?", re.IGNORECASE)
# (the verb right after the care, not an appositive after a comma: "Aleve, for lasting relief
# from ..." names a use, no subject's act)
_LIST_GAP = re.compile(r"(?=\s+\w)(?=[^,]*,)(?:(?!\b(?:our|ours|we|us|you|your|it|they|but|so|yet|"
                       r"which|who|that|when|whereas|while|because|although|though|if|unless|"
                       r"then)\b)[^;:.!?()\u2014])*", re.IGNORECASE)


def _approved_agent(sentence: str, predicate: TermMatch, approved: list[TermMatch]) -> str | None:
    """Approved care that does what the predicate says: its subject in the clause ("a doctor
    can manage withdrawal") or its instrument ("cured with antiviral medicines")."""
    if predicate.term_set in _UNPLACED:
        return approved[0].group(0) if approved else None
    start, end = clause_at(sentence, predicate.start())
    helped = _HELPER_BEFORE.search(sentence, start, predicate.start())
    # (care in a relative clause that tells whom it failed is no agent: "People whose Lyme
    # disease did not clear with antibiotics recover with our ozone sessions")
    described = describing_clause_end(sentence, predicate.start())
    for care in approved:
        if care.end() <= described:
            continue
        if start <= care.start() and care.end() <= predicate.start():
            if helped and _OTHER_SUBJECT.match(sentence, start):
                # the care is what the clause's own subject helps: "It shields healthy cells
                # from the chemo and helps the treatment destroy the cancer" (the product's
                # claim; "Chemotherapy helps the body destroy the cancer" is the care's)
                continue
            return care.group(0)
        if care.end() <= predicate.start() \
                and _PARTICIPLE_GAP.fullmatch(sentence, care.end(), predicate.start()) \
                and not _OUR.search(sentence, care.end(), predicate.start()):
            # the care is the subject across a participle set off by commas: "Tamoxifen,
            # taken for five to ten years after surgery, lowers the chance of ..."
            return care.group(0)
        if care.end() <= start and _STANDING_OPENS.fullmatch(sentence, 0, care.start()) \
                and _LIST_GAP.fullmatch(sentence, care.end(), predicate.start()):
            # the care opens the sentence as its subject, and only a list the clause splitter
            # cut at its commas stands between it and the predicate: "Approved CAR T-cell
            # therapies can put certain lymphomas, leukemias and multiple myeloma into
            # long-lasting remission"
            return care.group(0)
        if care.end() <= start and _BRACKET_GAP.fullmatch(sentence, care.end(), start) \
                and not _OUR.search(sentence, care.end(), start):
            # the care named with another name in brackets is the subject of the clause
            # after them: "Herceptin (trastuzumab) treats ... and lowers the chance ..."
            return care.group(0)
        if care.start() <= predicate.start() < care.end() \
                and (_INTENDED_FOR.search(predicate.group(0))
                     # or of the name of care called by its standing ("standard treatments",
                     # "approved medicines", "medically managed detox"): that care, named, is
                     # what is meant
                     or _STANDING_CARE.match(care.group(0))):
            # the predicate is a word of the care's own name: "Eye drops for glaucoma" (the
            # "drops for" of a product's purpose) names the approved drops
            return care.group(0)
        between = sentence[predicate.end():care.start()]
        if care.start() >= predicate.end() and len(between) <= 60 and _INSTRUMENT.search(between):
            return care.group(0)
        if care.end() <= start and _SUBJECT_OPENS.fullmatch(sentence, 0, care.start()) \
                and _PRONOUN_SUBJECT_BEFORE.fullmatch(sentence, start, predicate.start()) \
                and not _OUR.search(sentence, care.end(), predicate.start()) \
                and not _PRONOUN_SUBJECT_BEFORE.search(sentence, care.end(), start):
            # a pronoun subject after a semicolon or an "and" whose antecedent is the care
            # that opens the sentence as its subject: "Buprenorphine treats opioid use
            # disorder; at a steady dose it prevents withdrawal and cravings"
            return care.group(0)
    return _clinician_did_it(sentence, predicate, approved)


# The sentence's opening before its subject (nothing but a determiner), and a clause that
# points back to it with a pronoun subject right before the predicate, after at most a short
# adjunct ("at a steady dose it", "and they also", "it can").
_SUBJECT_OPENS = re.compile(r"\W*(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_PRONOUN_SUBJECT_BEFORE = re.compile(
    r"\W*(?:and\s+|so\s+)?(?:(?:at|in|on|for|over|within|after|with|once|taken)\s+"
    r"(?:[\w-]+\s+){0,4}?)?(?:it|they)\s+(?:(?:also|often|usually|can|may|will|then|"
    r"\w+ly)\s+){0,2}", re.IGNORECASE)


_STANDING_CARE = re.compile(r"(?:standard|approved|medically)\s", re.IGNORECASE)
# A helper verb whose object does the predicate ("helps the treatment destroy", "makes the
# cancer drugs work"), right before the predicate, and a clause subject that is no care: a
# pronoun or the seller's own ("It", "This formula", "Our drops").
_HELPER_BEFORE = re.compile(r"\b(?:helps?|helping|helped|makes?|made|lets?|allows?|enables?)\s+"
                            r"(?:the\s+|your\s+|my\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:to\s+)?$",
                            re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"\W*(?:it|this|they|these|that|our)\b", re.IGNORECASE)


def _called_care(sentence: str, care: TermMatch, ctx: Context, spec: ClaimSpec) -> bool:
    """The approved-care word names an intended use ("antiviral for", "antibiotic against")
    and is what the sentence calls a product (_called_by_care_word); a fragment only under a
    product's name on a page that sells it."""
    found = _CARE_WORD_FOR.match(sentence, care.start())
    if found is None or found.end() < care.end():
        return False
    return _called_by_care_word(sentence[:care.start()], ctx.selling and _lead_names_product(
        ctx.lead, spec))


# A generic care word said with the use it is for: "antiviral for", "antibiotics against".
_CARE_WORD_FOR = re.compile(r"\banti(?:viral|bacterial|microbial|biotic)s?\s+(?:for|against)\b",
                            re.IGNORECASE)


def _called_by_care_word(before: str, lead_named: bool) -> bool:
    """A generic care word of an intended use ("antiviral for", "antibiotic for") is what the
    sentence calls a product, not care that acts: said of a subject that is not a pronoun, by
    a copula or an apposition ("Colloidal silver is a kid-friendly antiviral for RSV",
    "Elderberry syrup, a natural antibiotic for ..."), or opening a fragment under a lead
    that names a product and no approved care (a shop card's "Kid-friendly antiviral for RSV,
    flu and cold sores" under "Colloidal Silver 15ppm"). `before`: the clause up to the care
    word. "Tamiflu is an antiviral for flu" names approved care as its subject (read first)."""
    found = _CALLED_AS.search(before) or _APPOSED_AS.match(before)
    if found is not None:
        subject = found.group("subject").split()
        return bool(subject) and _NOT_A_SUBJECT.fullmatch(subject[-1]) is None \
            and _NOT_A_SUBJECT.fullmatch(subject[0]) is None
    return lead_named and _FRAGMENT_OPENING.fullmatch(before) is not None


_CALLED_AS = re.compile(r"(?P<subject>[\w'-]+(?:\s+[\w'-]+){0,3})\s+(?:is|are|was|were|works\s+as|"
                        r"acts\s+as)\s+(?:(?:a|an|the|your|our|nature's|nature\u2019s)\s+)?"
                        r"(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# a name set beside its description at the clause's start: "Elderberry syrup, your go-to ..."
_APPOSED_AS = re.compile(r"\W*(?P<subject>[\w'-]+(?:\s+[\w'-]+){0,3})\s*[,:\u2013\u2014]\s+"
                         r"(?:(?:a|an|the|your|our|nature's|nature\u2019s)\s+)?(?:[\w'-]+\s+){0,3}$",
                         re.IGNORECASE)
# what is no product's name at a subject's edge (a pronoun, a question word, a clause's
# conjunction or preposition): "It is an antiviral", "If you get the flu, an antiviral ..."
_NOT_A_SUBJECT = re.compile(r"it|its|they|them|this|these|that|those|there|here|what|which|who|"
                            r"if|when|for|after|before|with|in|during|because|since|as|while|"
                            r"once|to|at|on|by|of|and|or|but|so|each|every|one|any|some",
                            re.IGNORECASE)
def _lead_names_product(lead: str, spec: ClaimSpec) -> bool:
    """The lead (a card's title, a list's intro) names a product of the rule's classes and no
    approved care."""
    return bool(lead) and spec.all_products.search(lead) is not None \
        and not spec.approved.search(lead) and not approved_names(lead, spec)


# A fragment's opening before the care word: at most a determiner and modifiers.
_FRAGMENT_OPENING = re.compile(r"\W*(?:(?:a|an|the|your|our)\s+)?(?:[\w'-]+\s+){0,3}",
                               re.IGNORECASE)


# In a patient's story the clinician credited by name with the outcome: the passive's agent
# right after the predicate ("my gallstones were treated by my surgeon", "my depression is
# managed with my psychiatrist"), or the treatment a clinician chose ("the treatment my
# oncologist recommended for my breast cancer"). The clinician as the subject of another
# verb ("my doctor took me off my pills") is still the story's before.
_AGENT_GAP = re.compile(r"\s+(?:by|with|under(?:\s+the\s+care\s+of)?)\s+(?:the\s+|my\s+|his\s+|"
                        r"her\s+|their\s+)?$", re.IGNORECASE)
_RELATIVE_GAP = re.compile(r",?\s+(?:who|which)\s+(?:then\s+|finally\s+)?", re.IGNORECASE)
# The outcome told after a course of care: "went away after a few weeks of physical therapy"
_AFTER_CARE = re.compile(r"\s+(?:after|following)\s+(?:(?:a\s+few|several|\d+|two|three|four|"
                         r"five|six|eight|ten|twelve)\s+(?:days?|weeks?|months?|sessions?|visits?)"
                         r"\s+of\s+)?(?:the\s+|my\s+|his\s+|her\s+)?$", re.IGNORECASE)
_CHOSEN_CARE = re.compile(r"^(?:treatments?|therap(?:y|ies)|care|plan|regimen|medicines?|"
                          r"medications?)$", re.IGNORECASE)
_CLEFT_BEFORE = re.compile(r"\bit\s+(?:is|was|'s)\s+(?:really\s+|only\s+)?"
                           r"(?:the\s+|my\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
# (the focus may be the care and what went with it: "it was the Paxlovid and rest that")
_CLEFT_AFTER = re.compile(r"(?:\s+(?:and|plus)\s+(?:the\s+|my\s+)?[\w-]+)?\s+(?:that|which|who)\s+",
                          re.IGNORECASE)
_CHOSE = re.compile(r"\s+(?:recommended|prescribed|planned|ordered|suggested|chose|started|gave)\b",
                    re.IGNORECASE)


def _clinician_did_it(sentence: str, predicate: TermMatch,
                      approved: list[TermMatch]) -> str | None:
    # (a testimonial's outcome word is placed as a predicate word is: "it was the Paxlovid
    # and rest that got me back to work")
    if predicate.term_set in _UNPLACED and predicate.term_set != "outcome":
        return None
    carers = list(approved) + [TermMatch(m.group(0), m.start(), m.end(), "carer")
                               for m in _STORY_CARER.finditer(sentence)]
    carers += [TermMatch(m.group(0), m.start(), m.end(), "carer")
               for m in _STORY_CARERS_CARE.finditer(sentence)
               if m.start() >= predicate.end()]
    for care in carers:
        if care.end() <= predicate.start():
            # the clinician as the subject of choosing: "my oncologist recommended for"
            if re.fullmatch(r"\s+", sentence[care.end():predicate.start()]) \
                    and _CHOSE.match(" " + predicate.group(0)):
                return care.group(0)
            # the care as the antecedent of the predicate's relative clause: "sent me to a
            # spine surgeon, who fixed my herniated disc"
            if _RELATIVE_GAP.fullmatch(sentence[care.end():predicate.start()]):
                return care.group(0)
            # the care singled out by a cleft: "it is the statin that lowered my cholesterol"
            if _CLEFT_AFTER.fullmatch(sentence[care.end():predicate.start()]) \
                    and _CLEFT_BEFORE.search(sentence[:care.start()]):
                return care.group(0)
            continue
        if care.start() < predicate.end():
            continue
        between = sentence[predicate.end():care.start()]
        if _AGENT_GAP.fullmatch(between) or _AFTER_CARE.fullmatch(between) or (
                _CHOSEN_CARE.match(predicate.group(0))
                and re.fullmatch(r"\s+(?:that\s+|which\s+)?", between)
                and _CHOSE.match(sentence, care.end())):
            return care.group(0)
    return None


# Medicine that is not approved care: "traditional Chinese medicine", "functional medicine",
# "regenerative medicine", "homeopathic medicines".
_NOT_CARE = re.compile(r"\b(?:chinese|traditional|functional|integrative|holistic|alternative|"
                       r"homeopathic|ayurvedic|botanical|naturopathic|regenerative|energy|"
                       r"frequency|folk|ancient|bio-?identical|tribal|plant|cellular)\s+$",
                       re.IGNORECASE)
_CARE_MODIFIER = re.compile(r"-(?!(?:based|approved|cleared)\b)[a-z]", re.IGNORECASE)
_CONDITION_FREE = re.compile(r"-free\b", re.IGNORECASE)
_SALES_OBJECT = re.compile(r"\s+(?:(?:its|their|the|all|such|these|those)\s+)?(?:making|"
                           r"selling|advertising|marketing|promoting|claiming|claims|ads|"
                           r"advertisements|promotions?|marketing)\b", re.IGNORECASE)
_REPLACED = re.compile(r"(?:skip|avoid|without|instead\s+of|off|stop|stopping|quit|replace|"
                       # care a rhetorical question waves off: "Why reach for antibiotics
                       # when our drops clear ear infections?", "Who needs a flu shot when"
                       r"why\s+(?:reach\s+for|wait\s+for|take|use|get|risk|pay\s+for|"
                       r"settle\s+for|rely\s+on|put\s+up\s+with|go\s+through)|who\s+needs|"
                       # (a dose cut: "lower their dose of citalopram")
                       r"(?:cut|cuts|lower|lowers|lowered|reduce|reduced|halve|halved)\s+"
                       r"(?:\w+\s+)?(?:daily\s+)?dos(?:e|es|age)\s+of|"
                       r"cut|cuts|lower|lowers|lowered|reduce|reduced|halve|need\s+less|"
                       r"alternatives?\s+to|substitutes?\s+for|replacements?\s+for|"
                       r"nature's|natural|herbal|plant-based|"
                       r"ditch|threw\s+(?:out|away)|no\s+more|less\s+on|need\s+for|cut\s+back|"
                       r"reliance\s+on|dependence\s+on|dependency\s+on|"
                       r"delay|put\s+off|away\s+from|halved|fewer|beyond|than|no|not\s+need|"
                       # care needed no more: "never need antibiotics again", "no longer
                       # needs her inhaler", "won't need surgery"
                       r"never\s+(?:again\s+)?needs?|no\s+longer\s+needs?|"
                       r"(?:do|does|did|will|would|should)(?:\s+not|n['\u2019]t)\s+need"
                       # (or a course of it: "shouldn't need another round of antibiotics")
                       r"(?:\s+(?:another|a|one\s+more)\s+(?:round|course)\s+of)?|"
                       r"won['\u2019]t\s+need|in\s+place\s+of|"
                       # (or not needed since: "I haven't needed my inhaler since")
                       r"(?:have|has|had)(?:\s+not|n['\u2019]t)\s+(?:needed|used|touched)|"
                       # care passed over: "choose our cell therapy over a knee replacement"
                       r"(?:choose|chooses|chose|choosing|prefer|prefers|preferred)\s+"
                       r"(?:[\w'-]+\s+){1,4}?over|"
                       # care that failed: "asthma that flares despite inhalers"
                       r"despite|in\s+spite\s+of|even\s+(?:with|on|after)|"
                       # the care's harms left behind: "without the side effects of
                       # prescription drugs", "free of the risks of surgery"
                       r"(?:without|free\s+(?:of|from)|none\s+of|no)\s+(?:the\s+|any\s+)?"
                       r"(?:side\s+effects|risks?|dangers?|downsides?|harms?)\s+of|"
                       # and any other burden of the care: "without the weight gain of
                       # prescription medication", "without the grogginess of sleeping pills"
                       r"without\s+(?:the\s+|any\s+)?(?:[\w'-]+\s+){1,2}of|"
                       # or what is in the care, left out: "with none of the toxic
                       # ingredients in the vaccines", "free of the chemicals in sunscreen"
                       r"(?:without|free\s+(?:of|from)|none\s+of)\s+(?:the\s+|any\s+)?"
                       r"(?:[\w'-]+\s+){1,2}(?:in|found\s+in|used\s+in))"
                       r"\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
# A condition's measure brought down by the care, in the passive ("High cholesterol is
# lowered with statins"): the care acts; not "lowered their statins" (care cut back).
_ACTED_BY = re.compile(r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:usually\s+|often\s+)?"
                       r"(?:lowered|reduced|cut|brought\s+down)\s+(?:with|by|using)\s+"
                       r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# Approved care named as what the product is likened to ("works like a vaccine", "acts like
# an antiviral drug", "as strong as a prescription"): a comparison, not the care that acts.
_COMPARED_CARE = re.compile(r"\b(?:like|unlike|than|resembl\w*|mimic\w*|rivals?|"
                            r"(?:as|so)\s+(?:[\w-]+\s+)?as|similar(?:ly)?\s+to|"
                            r"comparable\s+to|equivalent\s+to|the\s+same\s+as|"
                            r"just\s+as\s+(?:[\w-]+\s+)?as)\s+(?:an?\s+|the\s+|any\s+|"
                            r"your\s+|some\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# Approved care used less after the product: "use their rescue inhaler far less".
_LESS_AFTER = re.compile(r"\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:less|fewer\s+times)\b",
                         re.IGNORECASE)
# Care said to fail where the product works ("hiding places antibiotics can't reach",
# "infections that antibiotics never cleared", "the spirochetes that antibiotics miss"): the
# product's foil, not the care that acted. Only inside a clause: "Antibiotics cannot cure a
# cold" opens its clause with the care.
_FAILED_AFTER = re.compile(r"\s+(?:can't|cannot|can\s+not|couldn't|could\s+not|won't|never|"
                           r"didn't|did\s+not|don't|do\s+not|fail(?:s|ed)?|miss(?:es|ed)?|"
                           r"(?:have|has|had)\s+failed|le(?:ave|aves|ft)\s+behind)\b",
                           re.IGNORECASE)


# A care word that describes the product's own effect ("antiviral protection", "antibacterial
# properties", "antiviral herbs") is no approved care.
_EFFECT_AFTER = re.compile(r"\s+(?:protection|properties|property|action|actions|effects?|power|"
                           r"support|activity|benefits?|defen[cs]es?|shield|boost|formula|blend|"
                           r"spray|drops|gummies|tea|oils?|herbs?|botanicals?|extracts?|"
                           # the product's own constituents: "its antiviral compounds"
                           r"compounds?|constituents?|ingredients?|molecules?|nutrients?|"
                           r"phytochemicals?)\b",
                           re.IGNORECASE)


# Care whose every try came to nothing, before its name: "nothing her doctors tried", "nothing
# my GP prescribed" (the story's before, as "antibiotics couldn't" is)
_NOTHING_BEFORE = re.compile(r"\bnothing\s+(?:that\s+)?(?:(?:my|his|her|their|our|the)\s+)?$",
                             re.IGNORECASE)


def _failed_care(sentence: str, care: TermMatch) -> bool:
    if _NOTHING_BEFORE.search(sentence, max(0, care.start() - 30), care.start()):
        return True
    if not _FAILED_AFTER.match(sentence, care.end()):
        return False
    start, _ = clause_at(sentence, care.start())
    return bool(re.search(r"\w", sentence[start:care.start()]))


# A lead whose verb replaces what its list names: "Stem cell therapy can help you avoid:".
_REPLACED_LEAD = re.compile(r"\b(?:avoid|skip|replace|instead\s+of|no\s+more|put\s+off|delay|"
                            r"stay\s+off|get\s+off|come\s+off|say\s+goodbye\s+to)\W*$",
                            re.IGNORECASE)
_INSTRUMENT = re.compile(r"\b(?:with|by|using|through|from|via|of|after|on)\b", re.IGNORECASE)


def _product(products: list[TermMatch], spec: ClaimSpec, ctx: Context) -> str | None:
    if spec.products is None:
        return "the clinic's product or service"
    if products:
        return products[0].group(0)
    # (a dosage form after an approved drug's own name is the drug's: "Lyrica 75 mg capsules",
    # "Pregabalin capsules"; named for a use outside its label, the drug is the product: below)
    found = _own_products(ctx.lead, spec, drug_names(ctx.lead, spec)) if ctx.lead else []
    if found:
        return f"{found[0].group(0)} (in its lead)"
    if ctx.page_product is not None:
        return f"{ctx.page_product.group(0)} (the page's topic)"
    return None


def _page_owned(sentence: str, ctx: Context) -> str | None:
    """The product the page offers as its own, for a sentence in the first person ("Our
    sessions calm rosacea") on a page whose title names no product."""
    if ctx.page_owned is not None and _OUR.search(sentence):
        return f"{ctx.page_owned.group(0)} (offered on the page)"
    return None


# A treatment the clinic names as its own brand, in running text after a determiner: a
# capitalized name ending in a word for a treatment ("Can the Derma White Treatment fade dark
# marks?", "our Signature Glow Facial", "the Vitality Protocol"). Not a method, procedure or
# technique named after its inventor ("the Ponseti method", "the Whipple procedure"), which
# are medicine's own names.
_BRANDED_CARE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Mm]y|[Yy]our|[Tt]his)\s+((?:[A-Z][\w'\u2019&-]*\s+){1,3}(?:Treatment|Facial|Peel|"
    r"Protocol|Program(?:me)?|System|Infusion|Drip|Serum|Cleanse|Detox|Cocktail|Formula|"
    r"Package|Plan|"
    # a programme's head noun may stay in lower case after its capitalized name ("the Simple
    # As Fat plan", "our Keto Reset programme"); not a device's "system" ("the Inspire
    # system"), which names approved devices as often as anything sold
    r"protocol|program(?:me)?|cleanse|detox|package|plan)s?)\b")
# ... or the same name opening a title, card title or list lead, set off by a colon or a dash
# ("Super Inductive System - say goodbye to:", "Vitality Protocol: Reverse Type 2 Diabetes"):
# the line's subject, with no determiner (a title names the brand it is about)
_BRANDED_TITLE = re.compile(
    r"^\W*((?:[A-Z][\w'\u2019&-]*\s+){1,3}(?:Treatment|Facial|Peel|Protocol|Program(?:me)?|"
    r"System|Infusion|Drip|Serum|Cleanse|Detox|Cocktail|Formula|Package|Plan)s?)"
    r"\s*(?::|\s[\u2013\u2014-])\s")


def _branded_care(sentence: str, spec: ClaimSpec, ctx: Context) -> str | None:
    """A treatment the sentence or its lead names as the clinic's own brand (_BRANDED_CARE),
    when no approved care, approved drug, condition, product class, person, clinic or agency
    names it: "It was formulated to fade acne marks" under "Can the Derma White Treatment fix
    hyperpigmentation?" is said of that treatment."""
    for text, where in ((sentence, ""), (ctx.lead or "", " in its lead")):
        for found in (*_BRANDED_TITLE.finditer(text), *_BRANDED_CARE.finditer(text)):
            words = found.group(1).split()
            name, qualifier = " ".join(words), " ".join(words[:-1])
            # (a word as written, or without its possessive or plural: "NHS" is no "nh")
            if ({w.lower() for w in words[:-1]}
                    | {w.lower().strip("'\u2019s") for w in words[:-1]}) & _NOT_PRODUCT_WORDS \
                    or spec.conditions.search(qualifier) \
                    or (spec.shadow is not None and spec.shadow.search(qualifier)) \
                    or spec.approved.search(name) or approved_names(qualifier, spec) \
                    or spec.all_products.search(qualifier):
                continue
            return f"{name} (a treatment the clinic names as its own{where})"
    return None


# A trade name written as one word with a capital inside it or a trade mark sign ("ThermiVa",
# "FemTone\u00ae"): the way makers spell the names of devices and supplements, and no way of
# spelling a condition, a clinician or a kind of care. Not a person's name with its patronymic
# prefix ("McKenzie", "MacLeod", "O'Brien", "DeLuca"), nor a word in all capitals.
_TRADE_WORD = re.compile(r"(?<![\w'\u2019-])(?!(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z])"
                         r"[A-Z][a-z]+[A-Z][\w-]*(?![\w'\u2019-])[\u00ae\u2122]?"
                         r"|(?<![\w'\u2019-])(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]+[\u00ae\u2122]")

# The capitalised parts of a name ("ProMedica": Pro, Medica) and the words health systems,
# practices and clinics build their names of.
_CAMEL_PART = re.compile(r"[A-Z][a-z]*")
_PROVIDER_PART = frozenset("""health healthcare care med meds medica medical medicine clinic
clinics partners physicians doctors doctor docs hospital hospitals ortho pediatrics peds family
kids women womens wellness rehab spine""".split())

# The word after a name, and the kinds of software a clinic's patients use (a portal, an app).
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w-]*)")
_SOFTWARE = re.compile(r"(?:apps?|portals?|accounts?|logins?|platforms?)", re.IGNORECASE)


def _trade_name(sentence: str, spec: ClaimSpec, ctx: Context) -> str | None:
    """A product the sentence or its lead names by a trade name alone (_TRADE_WORD), on any
    page: "Bladder Leak Relief with ThermiVa", items under "After a course of ThermiVa, our
    patients say goodbye to:". Not a name approved care or the approved-drug vocabulary knows
    (an approved brand stays approved care), a condition, a product class the lexicons read as
    its class, nor a clinic's or an agency's word (_NOT_PRODUCT_WORDS)."""
    for text, where in ((sentence, ""), (ctx.lead or "", " in its lead")):
        for found in _TRADE_WORD.finditer(text):
            name = found.group(0).rstrip("\u00ae\u2122")
            after = _NEXT_WORD.match(text, found.end())
            if after is not None and (_NOT_A_KIND.fullmatch(after.group(1))
                                      or after.group(1).lower() in _NOT_PRODUCT_WORDS
                                      or _SOFTWARE.fullmatch(after.group(1))):
                # the name of a person's, a venue's or a program's kind, not of the thing
                # sold ("the MyChart app", "GlowMed Clinic", "the HerCare team")
                continue
            # (the sign closes the whole name, which an approved brand may open: "Egrifta
            # SV\u00ae" is Egrifta's)
            if _PROVIDER_PART.intersection(p.lower() for p in _CAMEL_PART.findall(name)):
                # a name built of a provider's words names the provider, as the clinic's own
                # name does ("ProMedica treats heart disease", "HerCare", "HealthPartners")
                continue
            if any(word.lower() in _NOT_PRODUCT_WORDS or approved_names(word, spec)
                   for word in name.split()) or spec.conditions.search(name) \
                    or (spec.shadow is not None and spec.shadow.search(name)) \
                    or spec.approved.search(name) or approved_names(name, spec) \
                    or spec.all_products.search(name):
                continue
            return f"{name} (a trade name{where})"
    return None


def _offered(sentence: str, spec: ClaimSpec, ctx: Context) -> str | None:
    """A name the page puts up for sale, in the sentence or its lead ("Hydro Shot lowers high
    blood pressure" on the page that sells Hydro Shot\u2122), unless approved care names it (a
    pharmacy's shop sells approved medicines too)."""
    if not (ctx.offered or ctx.selling) or DRUG_FACTS_USE.search(sentence):
        # a pharmacy's shop sells OTC medicines too, labelled with the Uses of their Drug
        # Facts ("relieves sneezing and itchy, watery eyes from hay fever"): a product known
        # only as offered is not known to be a supplement or a gadget there
        return None
    name = _offered_name(sentence, spec, ctx)
    if name:
        return f"{name} (offered for sale on the page)"
    if ctx.selling:
        name = _named_product(sentence, spec) or (_named_product(ctx.lead, spec)
                                                  if ctx.lead else None)
        if name:
            return f"{name} (a name on a page that sells)"
        name = _used_for_a_time(sentence, spec) if ctx.testimonial else None
        if name:
            return f"{name} (used for a time in a story on a page that sells)"
        name = _kind_subject(sentence, spec)
        if name:
            return f"{name} (the thing this page sells, by its kind)"
        elided = _elided_subject(sentence, spec, ctx)
        if elided is not None:
            return f"the thing this page sells (a line with no subject{elided})"
    return None


def _elided_subject(sentence: str, spec: ClaimSpec, ctx: Context) -> str | None:
    """A line that opens with its predicate and has no subject ("Say Goodbye to Your PCOS
    Symptoms", "Improves bladder control and ends frequent trips to the bathroom"), or a bare
    item under an intro that does ("Say goodbye to:"), on a page that sells: a shop's
    heading, card or list line speaks of what the shop sells (as a status with no subject
    does: `_status_product`). "" for the line's own predicate, " in its lead" for its
    intro's. Not on a page about approved care, nor under a title that names it, nor for
    symptoms the OTC monographs label relievers for ("Relieves heartburn and acid
    indigestion": a pharmacy's antacid)."""
    conditions = spec.conditions.finditer(sentence)
    if ctx.page_care or not conditions or (spec.labelled is not None
                                           and _otc_relieved(spec, conditions)):
        return None
    if any(spec.approved.search(text) or drug_names(text, spec)
           for text in (sentence, ctx.lead) if text):
        # the line or its title names approved care ("Lyrica 75 mg capsules" over "Calms the
        # nerve pain of diabetic neuropathy"): that is its subject
        return None
    own = spec.predicates.search(sentence)
    if own is not None:
        return "" if not sentence[:own.start()].strip(_OPENERS) else None
    lent = spec.predicates.search(ctx.lead) if ctx.lead else None
    if lent is not None and not ctx.lead[:lent.start()].strip(_OPENERS) \
            and not _fragment_has_verb(sentence):
        return " in its lead"
    return None


# The subject of a sentence named by its kind after "this", "these" or "our", a verb after it:
# "This tiny device restores the hearing you've lost", "Our oxygen cans are a convenient way to
# manage COPD" (on a page that sells: the thing sold). Not a person or a group of people, nor
# the seller's venue or its text (_NOT_A_KIND).
_KIND_SUBJECT = re.compile(r"^\W*(?:This|These|Our)\s+(?:[a-z][\w-]*\s+){0,2}?"
                           r"(?P<kind>[a-z][a-z-]{2,})\s+(?:is|are|can|will|may|helps?|[a-z]{3,}s)\b")
_NOT_A_KIND = re.compile(r"(?:" + _CLINICIAN_WORDS + r"team|staff|people|customers?|clients?|"
                         r"patients?|members?|users?|buyers?|readers?|experts?|community|family|"
                         r"company|store|shop|pharmacy|website|site|blog|guide|article|page|"
                         r"range|collection|catalog(?:ue)?|line|offer|price|policy)s?",
                         re.IGNORECASE)


def _kind_subject(sentence: str, spec: ClaimSpec) -> str | None:
    """The sentence's subject by its kind (_KIND_SUBJECT), when nothing else names it: not a
    person, a venue or the page (_NOT_A_KIND), a condition, approved care or a product class
    the lexicons know (that one is read as its class)."""
    found = _KIND_SUBJECT.match(sentence)
    if found is None:
        return None
    kind = found.group("kind")
    if _NOT_A_KIND.fullmatch(kind) or kind.lower() in _NOT_PRODUCT_WORDS \
            or spec.conditions.search(kind) or spec.approved.search(kind) \
            or spec.all_products.search(kind):
        return None
    return sentence[:found.end("kind")].strip(" \t\"'\u201c")


# A time of use and what was used, in a story: "Two weeks in VCARE and ...", "A month on
# Nopalea", "three months of using GlucoZen", "since he started wearing the ring".
_USED_FOR = re.compile(
    r"\b(?i:(?:(?:" + _COUNT + r"|a|one)\s+(?:days?|weeks?|months?|years?)\s+(?:in|on|of|with|"
    r"using|wearing|taking|of\s+(?:using|wearing|taking))"
    # ... or the start of its use: "since he started wearing the ring"
    r"|(?:since|after|once)\s+(?:I|he|she|we|they)\s+(?:started|began)\s+(?:using|wearing|"
    r"taking))\s+(?:my\s+|the\s+|this\s+)?)"
    r"(?:(?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,2})[\u00ae\u2122]?"
    # ... or the thing by its kind, with "the" or "this" (the one the page sells): "one week
    # using the headset", "five days with the pen"
    r"|(?<=\bthe\s)(?P<kind>[a-z][a-z-]{2,})\b(?!\s+(?:of|for)\b)"
    r"|(?<=\bthis\s)(?P<this>[a-z][a-z-]{2,})\b(?!\s+(?:of|for)\b))")


def _used_for_a_time(sentence: str, spec: ClaimSpec) -> str | None:
    """The name a story on a page that sells says was used for a time ("Two weeks in VCARE
    and I no longer get up at night"): what the story credits is a thing used, by its name,
    one word or in capitals as a trade name is often written; not a name of anything else a
    page names with capitals (_named_product's exclusions: approved care and approved drugs'
    brands, a condition, a product class, a person, a clinic, an agency, a month). Not in a
    story that names the teller's own clinician ("the brace my physiotherapist fitted"): the
    thing may be that clinician's care."""
    if _STORY_CARER.search(sentence) or _STORY_CARERS_CARE.search(sentence):
        return None
    for found in _USED_FOR.finditer(sentence):
        name = (found.group("name") or found.group("kind") or found.group("this")
                ).rstrip("\u00ae\u2122")
        words = name.split()
        words = words[:next((i for i, w in enumerate(words) if _PRONOUN_I.fullmatch(w)),
                            len(words))]
        if not words:
            continue
        name = " ".join(words)
        lowered = {w.lower().strip("'\u2019s") for w in words}
        if lowered & _NOT_PRODUCT_WORDS or any(len(w.strip(".")) == 1 for w in words) \
                or spec.conditions.search(name) or (spec.shadow and spec.shadow.search(name)) \
                or spec.approved.search(name) or approved_names(name, spec) \
                or spec.all_products.search(name):
            continue
        return name
    return None


def _offered_name(text: str, spec: ClaimSpec | StatusSpec, ctx: Context) -> str | None:
    """The first name the page puts up for sale (`ctx.offered`) that the text or its lead
    names and that neither approved care nor the approved-drug vocabulary knows."""
    for name in ctx.offered:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        if (pattern.search(text) or (ctx.lead and pattern.search(ctx.lead))) \
                and spec.approved.search(name) is None and not approved_names(name, spec):
            return name
    return None


def _named_product(text: str, spec: ClaimSpec) -> str | None:
    """A proper name in the text ("Magic Green", "PureCraft"), as a page that sells names what
    it sells: capitalized words, not the sentence's own first word, and no name of anything
    else a page names with capitals (approved care and approved drugs' brands, a condition, a
    product class, a person, a clinic, an agency, a month)."""
    for run in _NAME_RUN.finditer(text):
        words = run.group(0).split()
        # the pronoun ends a name ("With Magic Green I sleep")
        words = words[:next((i for i, w in enumerate(words) if _PRONOUN_I.fullmatch(w)),
                            len(words))]
        if not words:
            continue
        before = text[:run.start()].rstrip()
        if not before or before[-1] in ".!?:;\"\u201c(\u2014-\u00b7|\u2022":
            words = words[1:] if words[0].lower() in _NAME_OPENERS else words
        name = " ".join(words).strip("\u00ae\u2122")
        if not words or len(words) == 1 and not (_INNER_CAPITAL.search(name)
                                                 or run.group(0)[-1] in "\u00ae\u2122"):
            # one capitalized word is a name only when it looks like one ("PureCraft",
            # "Nopalea\u00ae"): "Add to cart", "Karen", "Utah" are other words
            continue
        lowered = {w.lower().strip("\u00ae\u2122'\u2019s") for w in words}
        if lowered & _NOT_PRODUCT_WORDS or (len(words) == 1 and _ACRONYM_WORD.fullmatch(name)) \
                or any(len(w.strip(".")) == 1 for w in words) \
                or spec.conditions.search(name) or (spec.shadow and spec.shadow.search(name)) \
                or spec.approved.search(name) or approved_names(name, spec) \
                or spec.all_products.search(name):
            continue
        return name
    return None


def _named_for(sentence: str, spec: ClaimSpec, conditions: list[TermMatch]) -> list[TermMatch]:
    """A seller's name and the condition it is for, with no verb: a heading or card title
    "Golden Meadow for Crohn's and colitis" states the product's intended use, as "drops for"
    does of a product named by its kind."""
    found = _NAMED_FOR.match(sentence)
    if found is None or not conditions or _fragment_has_verb(sentence) \
            or _named_product(found.group("name"), spec) is None:
        return []
    end = len(sentence.rstrip(" .!\u2026"))
    if not any(c.start() - found.end() <= 40 and end - c.end() <= 2 for c in conditions):
        return []
    return [TermMatch(sentence[found.start("name"):found.end()].strip(), found.start("name"),
                      found.end(), "intended")]


def _kind_for(sentence: str, spec: ClaimSpec, conditions: list[TermMatch]) -> list[TermMatch]:
    """A product named by its kind, any kind the products lexicon names, then "for" and the
    condition, with no verb: a heading, card title or list item ("Chelation for Heart
    Disease", "Homeopathy for Eczema", "Ozone Therapy for Lyme") states the intended use, as
    "drops for" and "protocol for" (predicates.yaml) do of the kinds they spell out. The
    condition closes the fragment ("Homeopathy for Eczema: What the Evidence Says" is an
    article's subject, not a use); approved care by its kind ("Antivirals for Hepatitis C")
    is no product of the lexicon, and a cleared use is read as any other's."""
    found = _KIND_FOR.match(sentence)
    if found is None or not conditions:
        return []
    end = len(sentence.rstrip(" .!\u2026"))
    subtitle = _SUBTITLE.search(sentence, found.end())
    if subtitle is not None and not _INQUIRY.search(sentence, subtitle.end()):
        # a subtitle that names the offer ("Ozone Therapy for Lyme Disease: Our Protocol")
        # leaves the use in the title; one that inquires ("...: What the Evidence Says",
        # "...: Does It Work?") makes the title an article's subject
        end = subtitle.start()
    for condition in conditions:
        # a relative clause that describes the condition is part of its noun phrase
        # ("Stem cells for achy joints that never quit"): the condition still closes the
        # fragment, and the clause's verb is no predicate of the fragment's own
        relative = _CONDITION_RELATIVE.match(sentence[:end], condition.end())
        if relative is not None and condition.start() >= found.end():
            end = relative.start()
            break
    if _fragment_has_verb(sentence[:end]):
        return []
    kind = found.group("kind").rstrip("\u00ae\u2122 ")
    if not any(m.end() == len(kind) for m in spec.all_products.finditer(kind)) \
            and not _beyond_practice_scope(kind, sentence, spec, conditions, found.end()):
        return []
    # (the condition closes the fragment, not a clause after its subtitle's dash: "CBD
    # gummies for a calm evening - anxiety disorders need a clinician's diagnosis")
    if not any(0 <= c.start() - found.end() <= 40 and 0 <= end - c.end() <= 2
               for c in conditions):
        return []
    return [TermMatch(sentence[found.start("kind"):found.end()].strip(), found.start("kind"),
                      found.end(), "intended")]


def _beyond_practice_scope(kind: str, sentence: str, spec: ClaimSpec,
                           conditions: list[TermMatch], after: int) -> bool:
    """The kind is a regulated profession's care by its name ("Osteopathy", "Cranial
    osteopathy", "Chiropractic"; products.yaml practice-scope) and a condition after its
    "for" lies outside the profession's accepted scope: "Osteopathy for Children with Down's
    Syndrome" states a use the ASA's rulings find unproven, where "Chiropractic for Back
    Pain" is the scope itself."""
    for scope in spec.practice_scope:
        if scope.nutrients.fullmatch(kind.split()[-1]) is None:
            continue
        inside = [m.span() for m in scope.diseases.finditer(sentence, after)]
        return any(c.start() >= after and not any(a <= c.start() and c.end() <= b
                                                  for a, b in inside) for c in conditions)
    return False


# The -ed and -ing forms of conditions-consumer.yaml's restorative verbs (which open the
# conditions composed from them: "healed my rotator cuff", "restored my hearing", "regrowing
# lost hair").
_RESTORED = re.compile(r"(?:(?:heal|restor|repair|revers|regenerat)(?:ed|ing)|regrowing|"
                       r"rebuilding|bringing)$", re.IGNORECASE)
# A title's subtitle after a colon, dash or bar, and one that inquires rather than offers.
_SUBTITLE = re.compile(r"\s*(?::|\s[-\u2013\u2014|]\s)\s*")
_INQUIRY = re.compile(r"\?|\b(?:what|does|do|is|are|can|could|should|will|why|how|when|who|"
                      r"evidence|myths?|facts?|truth|research|stud(?:y|ies)|science|reviews?|"
                      r"questions?|risks?|claims?|warnings?|scams?|hype|debate|controvers\w*)\b",
                      re.IGNORECASE)
# A fragment that opens with a name of a kind of product, then "for": "Chelation for ...".
# A relative clause after a condition that describes it: "achy joints that never quit",
# "eczema which keeps coming back".
_CONDITION_RELATIVE = re.compile(r"\s+(?:that|which)\s+[^.!?:;,]+$", re.IGNORECASE)
_KIND_FOR = re.compile(r"^\W*(?:(?:our|the|a|an)\s+)?(?P<kind>[^.!?:;,]{1,60}?)\s+for\s+",
                       re.IGNORECASE)


def _named_by_condition(sentence: str, conditions: list[TermMatch],
                        ctx: Context) -> list[TermMatch]:
    """A product named by the condition it is for: "Diabetes Tea", "Arthritis Formula", "COVID
    Home Kit", "our anxiety gummies". The FDA's letters read such a name as the product's
    intended use. A name in capitals, or a product word after "our" or a buying verb; not a
    test ("COVID Test Kit"), nor a service or a place of care ("Diabetes Clinic"), nor a name
    whose page denies the use ("... Dry Eye Formula provides omega-3s. It is not a treatment
    for dry eye disease")."""
    for condition in conditions:
        if _OTC_NAMED.fullmatch(condition.text):
            continue  # "Cold & Flu Relief Syrup", "Allergy Tablets": OTC monograph uses
        end = _product_name_end(sentence, condition)
        # (the page's texts are read only for a name found: most sentences hold none)
        if end is None or any(condition.text.lower() in text.lower() and DENIAL.search(text)
                              for text in ctx.page_texts):
            continue
        return [TermMatch(sentence[condition.start():end], condition.start(), end, "intended")]
    return []


def _product_name_end(sentence: str, condition: TermMatch) -> int | None:
    """Where the product words after the condition end: a name in capitals, or lower case
    after "our" or a buying verb."""
    name = _CONDITION_PRODUCT.match(sentence, condition.end())
    if name is not None and sentence[condition.start()].isupper():
        return name.end()
    lower = _CONDITION_PRODUCT_LOWER.match(sentence, condition.end())
    if lower is not None and _OWN_OR_BOUGHT.search(sentence[:condition.start()]):
        return lower.end()
    return None


# The product words of such a name, after up to two words of its style; in capitals, or
# (lower case) after "our" or a buying verb right before the condition.
_PRODUCT_NAME_WORDS = (r"(?:(?:Relief|Support|Defen[cs]e|Rescue|Shield|Home|Natural|Herbal|Daily|"
                       r"Complete|Ultra|Plus|Max|Total)[ \t]+){0,2}(?:Teas?|Formulas?|"
                       r"Gumm(?:y|ies)|Drops|Tinctures?|Capsules|Caps|Pills|Tablets|Oils?|Blends?|"
                       r"Cleanse|Detox|Kits?|Packs?|Bundles?|Elixirs?|Tonics?|Sprays?|"
                       r"Patch(?:es)?|Creams?|Balms?|Salves?|Powders?|Drips?|Remed(?:y|ies)|"
                       r"Syrups?|Extracts?|Complex)\b")
_CONDITION_PRODUCT = re.compile(r"[ \t]+" + _PRODUCT_NAME_WORDS)
_CONDITION_PRODUCT_LOWER = re.compile(r"[ \t]+" + _PRODUCT_NAME_WORDS, re.IGNORECASE)
# Conditions whose symptoms OTC monograph products relieve, as their names say (21 CFR 341,
# 343, 331, 336, 338: cold, cough, allergy, pain, heartburn, motion sickness, sleep aids).
_OTC_NAMED = re.compile(r"(?:(?:the\s+|a\s+)?(?:common\s+)?colds?|flu|influenza|allerg(?:y|ies)|"
                        r"hay\s+fever|sinus|cough|heartburn|acid\s+reflux|headaches?|pain|"
                        r"insomnia|motion\s+sickness|nausea|constipation|diarrh(?:ea|oea)|gas|"
                        r"itch(?:ing)?)", re.IGNORECASE)
_OWN_OR_BOUGHT = re.compile(r"\b(?:our|buy|order|try|shop)\s+(?:new\s+)?$", re.IGNORECASE)


_PLURAL_NAMED_FOR = re.compile(r"^\W*(?:[A-Z][\w'\u2019&-]*[ \t]+){0,3}[A-Z][\w&-]*[^su'\u2019\W]s"
                               r"\s+for\s+")
_NAMED_FOR = re.compile(r"^\W*(?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,3}"
                        r"[\u00ae\u2122]?)\s+for\s+")
# Capitalized words in a row (up to four), a mark after them allowed: "Magic Green\u00ae".
_NAME_RUN = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,3}"
                       r"[\u00ae\u2122]?")
# A sentence's opening word that is no part of a name after it: "Will Magic Green help...".
_NAME_OPENERS = frozenset("""a an the our my your his her their its this that these those will would
can could does do did is are was were has have had why how what when where which who with
since after before try get stay meet shop buy order new introducing ask say for from
and but or if as at by in on to of about because while unlike like""".split())
# Words of the other capitalized names pages hold: people, clinics, agencies, schools, places
# of care, calendars, and the encounters of care a page books ("Treatment After an Online
# Consultation", "Book a Follow-Up Visit": a service, not a product the page sells).
_NOT_PRODUCT_WORDS = frozenset("""i dr dr. doctor md do np pa rn phd nurse mr mrs ms health
healthcare clinic clinics center centre centers hospital hospitals university college school
institute foundation association society academy department board college fda cdc nih nhs who
ftc usda dea cms medicare medicaid harvard mayo stanford hopkins cleveland january february
march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday god consultation consultations consult appointment appointments
visit visits assessment assessments checkup check-up follow-up evaluation booking""".split())
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_PRONOUN_I = re.compile(r"I(?:['\u2019](?:m|ve|d|ll))?")
# An all-capitals word: an abbreviation (CBD, THC, USPSTF, HER2-positive), not a trade name; a
# one-letter word in a name is a person's initial ("Helen M.", signing a story).
_ACRONYM_WORD = re.compile(r"[A-Z0-9]{2,}s?(?:-[a-z]+)?")


# The Uses of an OTC medicine's Drug Facts (21 CFR 201.66(c)(4)): symptoms relieved, as the
# monographs word them ("temporarily relieves minor aches and pains due to arthritis").
DRUG_FACTS_USE = re.compile(
    r"\b(?:temporarily\s+)?(?:relieves?|reduces?|helps?\s+(?:relieve|reduce)|relief\s+of)\b"
    r"[^.;!?]{0,80}?"
    r"\b(?:symptoms?|sneez\w*|itch\w*|minor\s+aches?|aches?\s+and\s+pains?|(?:nasal\s+)?congestion|"
    r"cough\w*|runny\s+nose|watery\s+eyes|fever|heartburn|(?:acid\s+)?indigestion|sour\s+stomach)\b",
    re.IGNORECASE)
_CASELESS = re2.Options()
_CASELESS.case_sensitive = False
# A page that sells: a price, or a way to buy ("add to cart", "buy now", "order now").
PURCHASE = re.compile(
    r"(?:[$\u00a3\u20ac]|\bUS\$|\bUSD\s?)\s?\d[\d,]*(?:\.\d\d)?|\b(?:add\s+to\s+(?:cart|bag|basket)|"
    r"buy\s+(?:now|it\s+now|today|online)|order\s+(?:now|today|yours|online)|shop\s+now|"
    r"check\s?out\s+now|subscribe\s+(?:&|and)\s+save|in\s+stock|free\s+shipping)\b",
    re.IGNORECASE)
# The same, as one RE2 automaton for the scan of a whole page (linear time: a page's text is
# long, and most pages sell nothing).
PURCHASE_SCAN = re2.compile(re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)),
                                   PURCHASE.pattern), _CASELESS)
# A trade name its seller marks: up to four words before (R) or (TM) ("Silver Bullet\u00ae").
TRADE_NAME = re.compile(r"((?:[A-Z0-9][\w'&.-]*\s+){0,3}[A-Z0-9][\w'&.-]*)\s?[\u00ae\u2122]")


# An offer of one's own product: "our exosome facial", "we offer PRP", "we use amniotic".
OWN_OFFER = re.compile(r"\b(?:our|we\s+(?:now\s+)?(?:offer|provide|sell|use|give|carry|make))\s+"
                       r"(?:[\w'-]+\s+){0,2}?$", re.IGNORECASE)


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


# What may open a line before its first word: quotes, brackets, bullets and check marks.
_OPENERS = " \"'\u201c\u2018(\u2713\u2714\u2022*\u00b7-\u2013\u2014"


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
