"""Golden tests of patient information (issue 13, stop 49, pi49): general classes of compliant
text the claim rules read as claims, each with a close neighbour in a seller's words that still
fires. Sentences written for these tests in the styles of consumer warnings, research summaries,
news cards and leaflets (the probe /tmp/probe-pi49.py of stop 49 holds more).

- what other sellers give or use, named as others by a quantifier ("peptides that some clinics
  inject for torn tendons", "Some spas administer glutathione drips for liver disease") is a
  practice the page reports; a later sentence (or clause) that refutes it makes it a warning
  about what others sell, as "Some websites say ..." is (scopes._OTHERS_PRACTICE,
  scopes.reported_at); "unapproved" and "neither ... is approved" refute as "not approved" and
  "no ... is approved" do (scopes._REFUTES_LATER). Without a refutation, or with our voice after
  it, the practice stays a claim on the page that offers it;
- a study's null result told with what was tested between ("Trials of hyperbaric oxygen for
  autism found no improvement") or with the verb negated ("have not found a benefit") is the
  "found no benefit" the evidence scopes already read (scopes.EVIDENCE_UNSETTLED);
- a title whose only product is a medicine named by its kind ("Alzheimer's Drug Slows Memory
  Decline") speaks of the approved care the first sentence under it names, as a sentence that
  points back speaks of the care before it (claimread.care._title_care_under);
- a cure measured by the test that looks for the infection ("had no detectable virus 12 weeks
  later, which is considered a cure") names no other condition beside the curable infection
  its approved care cures (types/claims._INFECTION_KIND);
- the Epley manoeuvre, in the British spelling, is the standard care the American spelling is
  (products.yaml approved-care);
- a cure told as the prognosis of the people who have a disease, in a clause after another
  ("..., and almost all men with early-stage disease are cured"), by no agent, is the
  population's prognosis the cure rule already reads when it opens a sentence
  (general-medical.yaml no-unqualified-cure-claims).
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import assert_golden_pair, card, reported_on

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"
CLINIC = "Riverbend Health"

# (rule, page title, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # others' practice, reported and refuted
    (DISEASE, "Peptide Therapy", "BPC-157 and TB-500 are peptides that some clinics inject to "
                                 "heal torn tendons and ease arthritis pain. Neither is approved "
                                 "for that use, and no trial in people has tested them.", False,
     "BPC-157 and TB-500 are peptides that some clinics inject to heal torn tendons and ease "
     "arthritis pain. Our doctors inject them too.", True),
    (DISEASE, "Regenerative Medicine", "Some providers inject umbilical cord products for "
                                       "arthritis and lung disease. The FDA has warned that these "
                                       "products are unapproved.", False,
     "Some providers inject umbilical cord products for arthritis and lung disease. These "
     "products come from donated birth tissue.", True),
    (DISEASE, "IV Vitamin Drips and NAD+ Infusions", "Some spas administer glutathione drips for "
                                                     "liver disease; neither use is approved.",
     False, "Some spas administer glutathione drips for liver disease, and so do we.", True),
    (DISEASE, "Stem Cell Therapy", "Several clinics abroad offer stem cell infusions for multiple "
                                   "sclerosis. No stem cell product is approved for it.", False,
     "Several clinics abroad offer stem cell infusions for multiple sclerosis; ours reverse it.",
     True),
    # a null result with what was tested between, or the verb negated
    (DISEASE, "Hyperbaric Oxygen Therapy", "Trials of hyperbaric oxygen for autism have not "
                                           "found a benefit over a sham treatment.", False,
     "Trials of hyperbaric oxygen for autism have found a benefit over a sham treatment.", True),
    (DISEASE, "Hyperbaric Oxygen Therapy", "Trials of hyperbaric oxygen for cerebral palsy found "
                                           "no improvement over a sham session.", False,
     "Trials of hyperbaric oxygen for cerebral palsy found a clear improvement over a sham "
     "session.", True),
    (DISEASE, "Stem Cell Therapy", "Trials of stem cell injections for knee arthritis have not "
                                   "found a benefit over placebo.", False,
     "Trials of our stem cell injections for knee arthritis have found a benefit over placebo.",
     True),
    # a cure measured by its test, with the approved care named
    (CURE, "Pharmacy Services", "In trials, 95% of people with hepatitis C who took Mavyret for "
                                "8 weeks had no detectable virus 12 weeks later, which is "
                                "considered a cure.", False,
     "In our study, 95% of people with hepatitis C who took LiverPure for 8 weeks had no "
     "detectable virus 12 weeks later, which is considered a cure.", True),
    (CURE, "Pharmacy Services", "Most people who finish a course of Harvoni have undetectable "
                                "virus three months later, and are considered cured of "
                                "hepatitis C.", False,
     "Most people who finish a course of our milk thistle tonic have undetectable virus three "
     "months later, and are considered cured of hepatitis C.", True),
    # the Epley manoeuvre
    (CURE, CLINIC, "Vertigo caused by BPPV is often cured by a simple head movement called the "
                   "Epley manoeuvre.", False,
     "Vertigo caused by BPPV is often cured by our upper cervical adjustment.", True),
    # a population's prognosis in a later clause
    (CURE, CLINIC, "Testicular cancer is one of the most treatable cancers, and almost all men "
                   "with early-stage disease are cured.", False,
     "Testicular cancer is one of the most treatable cancers, and almost all men with "
     "early-stage disease are cured by our herbal protocol.", True),
]

# (rule, page title, card title, card text, fires, neighbour card text, neighbour fires)
TITLES = [
    (DISEASE, "Memory Supplements", "Alzheimer's Drug Slows Memory Decline",
     "In the TRAILBLAZER-ALZ 2 trial, donanemab slowed decline in daily function by about a "
     "third in early Alzheimer's disease.", False,
     "Our NeuroMax blend slowed decline in daily function by about a third in early "
     "Alzheimer's disease.", True),
    (DISEASE, "Natural Cancer Support", "Breast Cancer Drug Prevents Relapse",
     "Olaparib lowered the risk of breast cancer coming back by about 40% in women with BRCA "
     "mutations (Tutt et al., NEJM, 2021).", False,
     "Our mushroom extract lowered the risk of breast cancer coming back by about 40% in women "
     "with BRCA mutations.", True),
    (INFECTIOUS, "Immune Support Shop", "COVID-19 Pill Cuts Hospital Stays",
     "Paxlovid lowered the risk of hospital stays in unvaccinated adults at high risk of severe "
     "COVID-19 in its main trial.", False,
     "Our elderberry drops lowered the risk of hospital stays in adults with severe COVID-19.",
     True),
]


def _card_page(title: str, heading: str, text: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>Read the latest news on treatments below.</p>{card(heading, text)}</article>"
            "</main></body></html>")


@pytest.mark.parametrize(("rule", "title", "sentence", "fires", "neighbour", "neighbour_fires"),
                         PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_patient_information_reads_the_pair(engine: ContentEngine, rule: str, title: str,
                                            sentence: str, fires: bool, neighbour: str,
                                            neighbour_fires: bool) -> None:
    # a reported sentence holding the text's first forty characters
    assert_golden_pair(engine, rule, title, sentence, fires, neighbour, neighbour_fires, head=40)


@pytest.mark.parametrize(("rule", "title", "heading", "text", "fires", "neighbour",
                          "neighbour_fires"),
                         TITLES, ids=[f"{t[0]}-{i}" for i, t in enumerate(TITLES)])
def test_a_title_medicine_is_the_care_under_it(engine: ContentEngine, rule: str, title: str,
                                               heading: str, text: str, fires: bool,
                                               neighbour: str, neighbour_fires: bool) -> None:
    assert bool(reported_on(engine, rule, _card_page(title, heading, text))) is fires, text
    assert bool(reported_on(engine, rule, _card_page(title, heading, neighbour))) \
        is neighbour_fires, neighbour
