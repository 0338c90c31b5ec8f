"""Golden tests of the classes found by the fresh set fresh19n.yaml (helper negatives19, 5 Dec
2026: compliant text that names approved medicines by name; dev half read, test half scored
once at the end): the exact text must fire no claim rule, and its claim twin must still fire the
rule. Texts written for these tests (some are the dev half's), not from a letter.

- a generic drug name is approved care by the stem of its class (rules/lexicons/drug-stems.yaml:
  the WHO INN and USAN stems -pram, -faxine, -apine, -peridone, -zodone, -spirone, -trigine,
  -tadine, -izine, -glitazone, -grel, -grelor, beside the stems products.yaml already had):
  "lithium added to my venlafaxine by my psychiatrist", "escitalopram lifted my mood";
- a story's "it" right after the sentence in which the teller's own clinician started approved
  care is that care ("My doctor put me on Lexapro for depression. It took about five weeks, but
  it helped": claimread _it_is_the_care_started); not when another name or other care tried
  follows the care, the care failed, or the story told of "it" before;
- care a condition "has not responded to" (or is "resistant to") is the care that failed, not
  the care that acts, to the clause's end ("Depression that has not responded to SSRIs such as
  Zoloft or Lexapro" under "Tianaa capsules are used for:"; claimread _UNRESPONSIVE): the
  clause's "responded" is no predicate and its care clears nothing; care after a turn ("...,
  but vancomycin treats it") still acts;
- a predicate word inside a hyphenated "X-to-Y" compound is a modifier, not a verb ("The
  pharmacist's test-to-treat visit got me Tamiflu"; "hard-to-treat infections");
- recall row: a product named as a natural version of approved care ("nature's antidepressant",
  "The Natural Antidepressant", "works as a natural antidepressant") is offered as its stand-in,
  for the care's condition (claimread SUBSTITUTED_CARE; the singular "antidepressant" in
  conditions-consumer.yaml `replaced`); not negated, nor said to be only "called" one;
- recall row: the teller's wish not to ("when I didn't want to take anything from the pharmacy")
  is a motive, not a denial of the outcome (claimread _PSEUDO_NEGATION); "didn't get me through"
  still denies;
- recall row: "There has never been a clearer choice for ..." ranks the product above all there
  is (no-superlative-claims pattern); "never been a better time to book" is a sale;
- "addicted to heroin" (to opioids, pain pills, alcohol, nicotine) is a condition as people say
  it (conditions-consumer.yaml, MedlinePlus "Opioid Misuse and Addiction"), a name of the opioid,
  alcohol or nicotine use disorder an approved drug's label names (`symptom-of`): naltrexone for
  a brother "addicted to heroin" is on its label;
- a story's pseudo-cleft names the care as the agent after its verb ("What finally helped was
  sertraline", "What finally got him into recovery was a monthly naltrexone injection";
  claimread _WHAT_CLEFT): that care's outcome; "... was this St. John's Wort" is the product's.
"""

from __future__ import annotations

import pytest

from bench import claims_eval as ce
from tests.content.conftest import CLAIM_RULES, story_quote
from tests.content.conftest import article_rules_fired as _fired

SJW = "St. John's Wort Supplements"

ALLERGY = "Allergy Relief Supplements"
HEART = "Heart Health Supplements"
SUGAR = "Blood Sugar Support Supplements"

# (title, body) that must fire no claim rule
CLEAR = [
    (SJW, story_quote("Ten years of depression and four different prescriptions. What finally "
                      "helped was lithium added to my venlafaxine by my psychiatrist, with blood "
                      "tests every few months.", "Rob D.")),
    (SJW, story_quote("After months of depression, escitalopram lifted my mood within six "
                      "weeks.", "Ana")),
    (SJW, story_quote("After months of depression, mirtazapine lifted my mood and my sleep within "
                      "a month.", "Ana")),
    (SJW, story_quote("My panic attacks eased after a few weeks on buspirone and therapy.",
                       "Lee")),
    (SJW, story_quote("After months of depression, trazodone and weekly counseling lifted my "
                      "mood.", "Ana")),
    (SJW, story_quote("Quetiapine has kept my bipolar depression away for three years.",
                       "Sam")),
    (SJW, story_quote("Lamotrigine has kept my bipolar depression away for three years.",
                       "Sam")),
    (ALLERGY, story_quote("Every spring my hay fever was miserable until loratadine relieved it.",
                          "Jo")),
    (ALLERGY, story_quote("Cetirizine relieves my hay fever within an hour.", "Jo")),
    (SUGAR, story_quote("Pioglitazone brought my type 2 diabetes under control in six months.",
                        "Luis")),
    (HEART, story_quote("Clopidogrel has prevented another heart attack since my stent.",
                        "Frank")),
    (HEART, story_quote("Ticagrelor has prevented another heart attack since my stent.",
                        "Frank")),
    (SJW, story_quote("My doctor put me on Lexapro for depression. It took about five weeks, but "
                      "it helped, and the mild nausea at the start went away.", "Jason P.")),
    (SJW, story_quote("My doctor put me on sertraline for depression. It took about five weeks, "
                      "but it helped.", "Jason P.")),
]

# (rule, title, body): the claim twin of a clear row, which must still fire its rule
TWINS = [
    ("unapproved-disease-claim", SJW,
     story_quote("Ten years of depression and four different prescriptions. What finally helped "
                 "was this St. John's Wort.", "Rob D.")),
    ("unapproved-disease-claim", SJW,
     story_quote("After months of depression, this herbal blend lifted my mood within six weeks.",
                 "Ana")),
    ("unapproved-disease-claim", ALLERGY,
     story_quote("Every spring my hay fever was miserable until these drops relieved it.", "Jo")),
    ("unapproved-disease-claim", SUGAR,
     story_quote("This cinnamon blend brought my type 2 diabetes under control in six months.",
                 "Luis")),
    # a name that ends like a stem but is a word of its own is no drug: "mongrel"
    ("unapproved-disease-claim", HEART,
     story_quote("Our mongrel blend has prevented another heart attack since my stent.",
                 "Frank")),
    ("unapproved-disease-claim", SJW,
     story_quote("My doctor put me on Lexapro for depression, then I found Calm Drops. It helped "
                 "within a week.", "Jason P.")),
    ("unapproved-disease-claim", SJW,
     story_quote("My doctor put me on Lexapro for depression. It made me numb, so I switched to "
                 "St. John's Wort and it lifted my depression.", "Jason P.")),
    ("unapproved-disease-claim", SJW,
     story_quote("It is the only thing that helped. My doctor put me on Lexapro for depression. "
                 "It took five weeks to help.", "Jason P.")),
]

@pytest.mark.parametrize(("title", "body"), CLEAR, ids=[f"clear-{i}" for i in range(len(CLEAR))])
def test_compliant_text_fires_no_claim_rule(engine, title, body) -> None:
    assert not _fired(engine, title, body) & CLAIM_RULES

@pytest.mark.parametrize(("rule", "title", "body"), TWINS,
                         ids=[f"{t[0]}-{i}" for i, t in enumerate(TWINS)])
def test_claim_twin_still_fires(engine, rule, title, body) -> None:
    assert rule in _fired(engine, title, body)


def _on_bench_page(engine, item: dict) -> set[str]:
    return set(ce.run_one(engine, {"placement": "main"} | item, 0).on_item) & CLAIM_RULES


UNRESPONSIVE = "Depression that has not responded to SSRIs such as Zoloft or Lexapro"


@pytest.mark.parametrize("iid", ["f19n-027", "list-b"])  # both layouts
def test_care_the_condition_did_not_respond_to_is_set_aside(engine, iid) -> None:
    item = {"id": iid, "form": "list-item", "topic": "supplement",
            "intro": "Tianaa capsules are used for:", "text": UNRESPONSIVE}
    assert "unapproved-disease-claim" in _on_bench_page(engine, item)
    # the same item under a psychiatry practice's own list, and a label naming what failed
    assert not _on_bench_page(engine, item | {"topic": "mental-health",
                                              "intro": "Our psychiatrists treat:"})
    assert not _on_bench_page(engine, {
        "id": iid, "form": "sentence", "topic": "supplement",
        "text": "For depression that has not responded to SSRIs such as sertraline, doctors may "
                "add aripiprazole."})
    assert not _on_bench_page(engine, {
        "id": iid, "form": "sentence", "topic": "primary-care",
        "text": "MRSA is resistant to many antibiotics, but vancomycin treats it."})


TEST_TO_TREAT = ("My flu test was positive on a Saturday. The pharmacist's test-to-treat visit got "
                 "me Tamiflu the same afternoon, and the fever broke two days later.")


@pytest.mark.parametrize("iid", ["f19nn-030", "story-b"])
def test_a_predicate_in_a_to_compound_is_no_verb(engine, iid) -> None:
    story = {"id": iid, "form": "testimonial", "topic": "pharmacy", "text": TEST_TO_TREAT,
             "author": "Denise, 66"}
    assert not _on_bench_page(engine, story)
    assert "infectious-disease-claim" in _on_bench_page(engine, {
        "id": iid, "form": "sentence", "topic": "supplement",
        "text": "Our drops clear hard-to-treat sinus infections in days."})


# (rule, title, body): a product named as a natural version of approved care is a claim
NATURAL_CARE = [
    (SJW, "<p>Feeling depressed? Try nature's antidepressant. 20% off St. John's Wort today.</p>"),
    (SJW, "<p>St. John's Wort is nature's antidepressant.</p>"),
    (SJW, "<h2>The Natural Antidepressant</h2>"),
    (SJW, "<p>St. John's Wort works as a natural antidepressant.</p>"),
]
NATURAL_CARE_CLEAR = [
    (SJW, "<p>St. John's Wort is sometimes called a natural antidepressant, but it has not been "
          "shown to treat depression.</p>"),
    (SJW, "<p>St. John's Wort is not a natural antidepressant.</p>"),
]


@pytest.mark.parametrize(("title", "body"), NATURAL_CARE,
                         ids=[f"natural-{i}" for i in range(len(NATURAL_CARE))])
def test_a_product_named_as_natural_care_is_a_claim(engine, title, body) -> None:
    assert "unapproved-disease-claim" in _fired(engine, title, body)


@pytest.mark.parametrize(("title", "body"), NATURAL_CARE_CLEAR,
                         ids=[f"natural-clear-{i}" for i in range(len(NATURAL_CARE_CLEAR))])
def test_natural_care_denied_is_quiet(engine, title, body) -> None:
    assert not _fired(engine, title, body) & CLAIM_RULES


WISH_CLAIM = ("St. John's Wort got me through postpartum depression when I didn't want to take "
              "anything from the pharmacy.")


def test_a_wish_not_to_is_no_denial(engine) -> None:
    assert "unapproved-disease-claim" in _fired(engine, SJW, story_quote(WISH_CLAIM, "Sara K."))
    assert not _fired(engine, SJW, story_quote(
        "St. John's Wort didn't get me through postpartum depression, so I went to my doctor.",
        "Sara K.")) & CLAIM_RULES


def test_never_a_clearer_choice_is_a_superlative(engine) -> None:
    tianaa = "Tianaa Supplements"
    assert "no-superlative-claims" in _fired(
        engine, tianaa, "<h2>There Has Never Been a Clearer Choice for Pain and Anxiety</h2>")
    assert not _fired(engine, tianaa, "<p>There has never been a better time to book your "
                                      "visit.</p>") & CLAIM_RULES
    assert not _fired(engine, tianaa, "<h2>Pain and Anxiety: Treatments Your Doctor Can "
                                      "Offer</h2>") & CLAIM_RULES


ADDICTED = "My brother was addicted to heroin for six years."


def test_addiction_as_people_say_it_and_the_care_a_cleft_names(engine) -> None:
    tianaa = "Tianaa Supplements"
    assert "unapproved-disease-claim" in _fired(engine, tianaa, story_quote(
        ADDICTED + " Tianaa White is what finally got him clean.", "Shawna"))
    assert not _fired(engine, tianaa, story_quote(
        ADDICTED + " What finally got him into recovery was a monthly naltrexone injection "
        "(Vivitrol) from the county clinic and a recovery group.", "Shawna")) & CLAIM_RULES
    assert not _fired(engine, SJW, story_quote(
        "Ten years of depression. What finally helped was sertraline.", "Rob")) & CLAIM_RULES
    assert "unapproved-disease-claim" in _fired(engine, SJW, story_quote(
        "Ten years of depression. What finally helped was this St. John's Wort.", "Rob"))
    assert not _fired(engine, "Addiction Medicine Clinic",
                      "<p>Many people who become addicted to pain pills after surgery recover "
                      "with buprenorphine and counseling.</p>") & CLAIM_RULES
