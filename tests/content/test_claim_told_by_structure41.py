"""Golden tests (stop 41, fixfp41): compliant stories and patient information read by their
structure, each beside a close claim that still fires.

1. A story's HOPE, refuted after it, is a belief the story reports and takes back ("I hoped three
   sessions would cure my depression. They didn't; ..."): a hope is held as "I thought" is
   (scopes.HEARD). The hope told fulfilled fires.
2. A reported claim refuted by the product called unapproved at its clause's end ("pellets are
   compounded and not FDA-approved, and we chose ..."), or by an elliptic denial told as someone's
   word ("The nurse was honest that it wouldn't, and ..."). Unrefuted, it fires.
3. In a story read whole, a later sentence told of the teller's clinician's doing ("and my GP
   helped me restart it", "The nurse ... helped me book ...") is no claim of its own left
   unrefuted; a later sentence in which the product does it ("My GP was doubtful, but a second
   bottle lifted my depression") fires.
4. A diagnostic test that confirmed a diagnosis ("The lab test confirmed a fungal infection")
   is care, not research; testing that confirmed what a product does fires.
5. A title that names what research on a product found, as its topic ("What Research on Its
   Ingredients Has Found"), is no research claim; research said to have found an effect fires.
6. A list under an intro whose last word is a verb of causing ("Testosterone therapy can
   cause:") lists harms, not conditions treated; the same list under "can reverse:" fires.
7. A that-clause item under an intro that denies the promise or calls the sayings untrue (below).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES, list_page, story_quote

HOMEOPATHY = "Homeopathic Remedies"
WELLNESS = "Wellness and Detox"
HORMONES = "Bioidentical Hormone Pellets"
BIORESONANCE = "Bioresonance Therapy"
NAILS = "Tea Tree Nail Serums"
JOINTS = "Joint Supplements"


def findings(engine: ContentEngine, title: str, body: str) -> list[tuple[str, str]]:
    """(rule, sentence) of each claim-rule finding on an article page of `title`."""
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")
    return page_findings(engine, page)


def page_findings(engine: ContentEngine, page: str) -> list[tuple[str, str]]:
    """(rule, sentence) of each claim-rule finding on `page`."""
    verdict = engine.check_page("https://clinic.example/p/", page)
    return [(f.rule_id, f.sentence or "") for f in verdict.findings if f.rule_id in CLAIM_RULES]


# (title, body, the rule that must fire, a part of the sentence it must fire on)
FIRES = [
    (BIORESONANCE, story_quote("I hoped three bioresonance sessions would cure my depression "
                               "and anxiety. They did, and I stopped my tablets.", "Marta, 38"),
     "no-unqualified-cure-claims", "would cure my depression"),
    (HORMONES, story_quote("I'd read that hormone pellets would fix my hot flashes for good. "
                           "My doctor put them in and my flushes stopped.", "Angela, 54"),
     "no-unqualified-cure-claims", "fix my hot flashes for good"),
    (WELLNESS, story_quote("I'd hoped the clinic's detox would sort out my type 2 diabetes. The "
                           "nurse was doubtful, but it sorted out my type 2 diabetes in a "
                           "month.", "Derek, 63"),
     "unapproved-disease-claim", "sort out my type 2 diabetes"),
    (HOMEOPATHY, story_quote("I was told Depression Complex would lift my depression. It "
                             "didn't. My GP was doubtful, but a second bottle lifted my "
                             "depression for good.", "Karen, 38"),
     "unapproved-disease-claim", "lifted my depression"),
    (NAILS, "<p>Lab testing confirmed our tea tree serum clears fungal nail infections.</p>",
     "research-claims-cited", "Lab testing confirmed"),
    (JOINTS, "<h2>Research on Its Ingredients Has Found It Rebuilds Cartilage</h2>"
             "<p>Read the summary below.</p>",
     "research-claims-cited", "Research on Its Ingredients Has Found"),
]

QUIET = [
    (BIORESONANCE, story_quote("I hoped three bioresonance sessions would cure my depression "
                               "and anxiety after years on tablets. They didn't; what helped "
                               "was going back to my GP and starting talking therapy.",
                               "Marta, 38")),
    (HORMONES, story_quote("I'd read that hormone pellets would fix my hot flashes for good. My "
                           "doctor explained that pellets are compounded and not FDA-approved, "
                           "and we chose an approved estradiol patch instead.", "Angela, 54")),
    (WELLNESS, story_quote("I'd hoped the clinic's detox would sort out my type 2 diabetes. The "
                           "nurse was honest that it wouldn't, and helped me book the diabetes "
                           "education course my GP offered.", "Derek, 63")),
    (HOMEOPATHY, story_quote("I was told Depression Complex would lift my depression so I could "
                             "stop my antidepressant. It didn't. Stopping my sertraline was a "
                             "mistake, and my GP helped me restart it.", "Karen, 38")),
    (NAILS, story_quote("The lab test confirmed a fungal infection, and I took terbinafine for "
                        "three months with blood tests along the way.", "Lena, 47")),
    (JOINTS, "<h2>Activ8 Joint Complete: What Research on Its Ingredients Has Found</h2>"
             "<p>Read the summary below.</p>"),
]


@pytest.mark.parametrize(("title", "body", "rule", "said"), FIRES)
def test_the_claim_beside_each_structure_fires(engine, title: str, body: str, rule: str,
                                               said: str) -> None:
    found = findings(engine, title, body)
    assert any(r == rule and said.lower() in sentence.lower() for r, sentence in found), found


@pytest.mark.parametrize(("title", "body"), QUIET)
def test_compliant_text_read_by_its_structure_is_quiet(engine, title: str, body: str) -> None:
    assert findings(engine, title, body) == []


HORMONE_CLINIC = "Hormone Therapy Clinic"
HARMS = "acne, a higher red blood cell count, smaller testicles and a lower sperm count"


def test_a_list_of_what_care_can_cause_is_quiet(engine) -> None:
    page = list_page(HORMONE_CLINIC, "Testosterone therapy can cause:", HARMS)
    assert page_findings(engine, page) == []


def test_the_same_list_of_what_it_reverses_fires(engine) -> None:
    page = list_page(HORMONE_CLINIC, "Testosterone therapy can reverse:", HARMS)
    assert ("unapproved-disease-claim", HARMS) in page_findings(engine, page)


# 7. A that-clause item completes its intro's verb of saying or promising: an intro that denies
#    the promise ("What no regenerative clinic can promise:") or calls the sayings untrue
#    ("Things people say about vaccines that are not true:") denies each item. The intro that
#    makes the promise its own, or sets the seller apart ("no other clinic"), fires.
REGENERATIVE = "Regenerative Injections"
VACCINES = "Vaccines for Children and Adults"
PROMISE = "That an injection will rebuild cartilage or delay a joint replacement"
SAYING = "That natural immunity from catching measles is safer than the MMR vaccine"


@pytest.mark.parametrize(("title", "intro", "item"), [
    (REGENERATIVE, "What no regenerative clinic can promise:", PROMISE),
    (VACCINES, "Things people say about vaccines that are not true:", SAYING),
])
def test_that_clauses_under_an_intro_denying_them_are_quiet(engine, title: str, intro: str,
                                                            item: str) -> None:
    assert page_findings(engine, list_page(title, intro, item)) == []


@pytest.mark.parametrize(("title", "intro", "item", "rule"), [
    (REGENERATIVE, "What no other regenerative clinic can promise:", PROMISE,
     "unapproved-disease-claim"),
    (REGENERATIVE, "What our regenerative clinic can promise:", PROMISE,
     "unapproved-disease-claim"),
    (VACCINES, "Things people say about vaccines that are true:", SAYING,
     "infectious-disease-claim"),
])
def test_the_same_clauses_promised_or_told_true_fire(engine, title: str, intro: str, item: str,
                                                     rule: str) -> None:
    assert (rule, item) in page_findings(engine, list_page(title, intro, item))
