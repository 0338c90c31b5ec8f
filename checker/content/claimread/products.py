"""Products: which product of ours a sentence, its lead or its page names (by its name,
its kind, a trade name, "our ..."), what acts in a clause (the product, approved care, a
clinician), and the tables of who gives care that the later readings share.

Apart because the care, story, scope and status readings all ask what product is named; it
asks none of them.
"""

from __future__ import annotations

import re

import re2

from checker.content.claimread.context import (
    ClaimSpec,
    Context,
    StatusSpec,
    approved_names,
)
from checker.content.lexicons import (
    TermMatch,
    TermSet,
)
from checker.content.match import (
    NEGATION,
    describing_clause_end,
)
from checker.content.scopes import (
    DENIAL,
)
from checker.content.text import (
    clause_at,
    sentence_at,
)

# Predicates with no place in the sentence (lent by its lead, told by a testimonial, an FAQ
# answer's yes, the learned model's rating): the whole sentence is their clause.
_UNPLACED = ("lead", "outcome", "answer", "learned", "titled")
# The care a product is offered in place of: "a safe alternative to hip replacement surgery",
# "our tea in place of chemotherapy", "helps patients avoid dialysis", "never need the knee
# replacement", "choose our cell therapy over a knee replacement". Offering a product in place
# of a condition's care offers it for the condition (the FDA's letters to stem-cell clinics
# cite "an alternative to surgery"); the care names the condition (lexicons' `replaced`). So
# does a product likened to the care ("works like the little blue pill", "the same results as
# Viagra"): it is offered as the care's stand-in. Not a stand-in denied ("Homeopathic remedies
# are no substitute for vaccines", "not a replacement for insulin"): that keeps the care.
_NOT_A_STAND_IN = r"(?<!\bno\s)(?<!\bnot\sa\s)(?<!\bnot\san\s)(?<!\bnever\sa\s)(?<!\bnor\sa\s)"
# The product's efficacy set equal to a care's or above it, right before the care's name: a
# stand-in by strength ("as effective as metformin", "works as well as Xanax", "stronger than
# ibuprofen", "rivals Adderall"), not one denied ("not as strong as", "no better than").
LIKENED_TO = (r"(?<!\bnot\s)(?<!\bno\s)(?<!n't\s)(?<!\bnever\s)(?:(?:(?:just|every\s+bit|"
              r"at\s+least|equally)\s+)?as\s+(?:strong|effective|powerful|potent|good|well|fast)"
              r"\s+as|"
              r"(?:stronger|better|faster|more\s+(?:effective|powerful|potent))\s+than|"
              r"rival(?:s|led|ling)?|outperform(?:s|ed|ing)?)")
SUBSTITUTED_CARE = re.compile(
    r"\b" + _NOT_A_STAND_IN + r"(?:alternatives?\s+to|substitutes?\s+for|replacements?\s+for|"
    r"instead\s+of|"
    # (the verb too: "can replace your Synthroid", "replaced my inhaler")
    r"replac(?:e|es|ed|ing)|"
    r"(?:works?|worked|working|acts?|acted|acting)\s+(?:just\s+|exactly\s+)?like|"
    # (or matched or outdone by it in strength: "as effective as metformin", "works as well
    # as Xanax", "stronger than ibuprofen", "rivals Adderall"; not denied: "not as strong as")
    + LIKENED_TO + r"|"
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
_OUR = re.compile(r"\b(?:our|ours|we|us)\b", re.IGNORECASE)


# A nominal predicate ("protocol for", "remedy for") claims only the condition right after it.
_INTENDED_FOR = re.compile(r"\bfor$", re.IGNORECASE)


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
                     r"physio(?:therapist)?|physical\s+therapist|chiropractor|dentist|"
                     # a clinical team, by its kind or the condition it is for, as the NHS and
                     # NICE name them ("my ME/CFS specialist team", NICE NG206,
                     # https://www.nice.org.uk/guidance/ng206; "her paediatric diabetes team")
                     r"(?:care|clinical|medical|hospital|NHS|specialist|paediatric|pediatric|"
                     r"rehab(?:ilitation)?|ME|CFS|ME/CFS|pain|diabetes|memory|cancer|oncology|"
                     r"stroke|transplant|renal|heart\s+failure)\s+team")
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


_PRONOUN = re.compile(r"\b(?:it|its|them|they|this|these|that)\b", re.IGNORECASE)


def _otc_relieved(spec: ClaimSpec, conditions: list[TermMatch]) -> bool:
    """Every condition is one the OTC monographs label a symptom reliever for."""
    assert spec.labelled is not None
    return all(any(d.covers(c.group(0)) for d in spec.labelled.relievers) for c in conditions)


_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|will|may|"
                      r"we|you|i|they|it)\b", re.IGNORECASE)


def _fragment_has_verb(text: str) -> bool:
    """A list item that is a sentence of its own carries its own predicate (or none)."""
    return bool(_VERBISH.search(text))


_EXTENDED_NAME = re.compile(r"[\u00ae\u2122]?[ \t]+(?!(?:Cream|Ointment|Gel|Tablets?|Capsules?|"
                            r"Caplets?|Injection|Pen|Solution|Suspension|Spray|Drops|Patch|"
                            r"Lotion|Syrup|Inhaler|Oral|Nasal|Topical|Extended|Delayed|ER|XR|"
                            r"XL|SR|CR|ODT|DM|PM|HCT)\b)[A-Z][a-z]")


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


def _in_rival_care(sentence: str, product: TermMatch, spec: ClaimSpec) -> bool:
    """The product word is inside the name of approved care a comparison sets against the
    subject ("Varenicline helps more people stop smoking than nicotine patches"): the rival
    care's word, not a product of ours (the care itself is no care that acts, _COMPARED_CARE)."""
    return _THAN_BEFORE.search(sentence, 0, product.start()) is not None and any(
        c.start() <= product.start() and product.end() <= c.end()
        and _THAN_BEFORE.search(sentence, 0, c.start()) is not None
        for c in spec.approved.finditer(sentence))


_THAN_BEFORE = re.compile(r"\bthan\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


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
            and not _in_rival_care(sentence, p, spec)
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


# The signature of a quoted story: "” — Walter, 63, living with type 2 diabetes". A
# condition named there tells who the teller is, not what the story says the product did.
_SIGNATURE = re.compile(r"[\u201d\"]\s*[\u2014\u2013]\s*(?=[A-Z])")


def _cleared_use(sentence: str, spec: ClaimSpec, ctx: Context,
                 conditions: list[TermMatch] | None = None) -> str | None:
    """A product named with a use it is cleared for (hyperbaric oxygen for diabetic foot
    ulcers, fecal transplant for C. diff), and no other condition beside it: "clears heavy
    metal toxicity and the autism it causes" claims autism too (a story's signature, "—
    Walter, 63, living with type 2 diabetes", names the teller's, no other)."""
    context = " ".join([sentence, ctx.lead, ctx.page_product.group(0) if ctx.page_product
                        else ""])
    signed = _SIGNATURE.search(sentence)
    told = [c for c in conditions or [] if signed is None or c.start() < signed.start()]
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
                   for c in told):
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


# What may open a line before its first word: quotes, brackets, bullets and check marks.
_OPENERS = " \"'\u201c\u2018(\u2713\u2714\u2022*\u00b7-\u2013\u2014"
