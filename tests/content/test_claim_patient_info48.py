"""Golden tests of patient information (issue 13, stop 48, pi48): general classes of compliant
text the claim rules read as claims, each with a close neighbour in a seller's words that still
fires. Sentences written for these tests in the styles of NHS, CDC and MedlinePlus pages,
leaflets and research summaries (the probe /tmp/probe-pi48.py of stop 48 holds more).

- "work" as the place an ill person stays away from or goes back to ("stay off school or work
  for four days") is a noun, no product working for the condition (claimread._work_as_place);
- the condition as the subject of a clause of time, ending or easing with no object ("after
  norovirus symptoms stop", "until your COVID-19 symptoms improve"), is the time advice holds
  till, the illness's own course (claimread._course_in_time_clause);
- advice to keep an ill person away from school, work or others (exclusion and isolation
  periods) is no claim the learned model may find (claimread._isolation_advice);
- an instruction to tell one's clinician of a use ("Tell your pharmacist if you use herbal
  remedies for sleep problems") is a precaution, as "ask your doctor" is a hedge
  (claimread._told_to_clinician);
- what a named source found (a Cochrane review, a trial by its proper name, a journal by its
  title, a public body's review, a reference written out) is reported as "according to"
  reports it, on a page that offers no product (scopes.NAMED_FINDING,
  claimread._named_finding);
- a research opener that names where it was published or the source a finding is told by ("A
  study in The Lancet found that", "According to a 2021 meta-analysis,") has its subject
  after it, as "Studies show that" has (types/claims._FINDING_OPENER);
- a finding whose subject is a habit people keep is evidence for self care in the present
  tense too ("people who walk 30 minutes a day", "who stop smoking": types/claims
  _SELF_CARE_VERBS), and a finding that says its effect did not last ("the gain faded within
  a year") names its limit (scopes.EVIDENCE_UNSETTLED);
- anaemia told by its cause, "caused by a lack of vitamin B12", is the deficiency anaemia its
  vitamin is care for (products.yaml cleared uses);
- self care told as the means right after the outcome ("can go into remission with weight
  loss, ... without medicine") is what the reader did, no remedy set against medicine
  (claimread._set_against_care);
- a drug's name as the object of a verb that blocks, lowers or raises it ("tamoxifen blocks
  oestrogen") is the body's hormone acted on, no drug named outside its label
  (claimread._outside_label, _ACTED_ON);
- an optometrist is a licensed clinician: the drops "she prescribed" in a story that named
  the optometrist are that clinician's care (claimread._CLINICIAN_WORDS).
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    assert_golden_pair,
    reports_sentence,
    story_fired,
)

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CITED = "research-claims-cited"
# A clinic's own page whose title names no product, and a supplement shop's.
CLINIC = "Riverbend Health"
SHOP = "Shop Supplements"

# (rule, page title, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # "work", the place
    (INFECTIOUS, CLINIC, "Stay away from nursery, school or work for four days from when the "
                         "measles rash started.", False,
     "Our measles drops work for four days.", True),
    (DISEASE, "Immune Wellness Services", "Most people with flu can go back to work for a few "
                                          "hours a day after the fever is gone.", False,
     "Our drops are designed to work for fever and aches.", True),
    # the condition ending in a clause of time
    (INFECTIOUS, CLINIC, "Stay home and rest until your COVID-19 symptoms improve.", False,
     "Our elderberry syrup helps until flu symptoms stop.", True),
    (INFECTIOUS, CLINIC, "Rest at home until the flu symptoms ease.", False,
     "Elderberry syrup works fast: within two days the flu symptoms stop.", True),
    # isolation advice, where the learned model would read a claim
    (INFECTIOUS, "Immune Wellness Services", "Stay off work for at least 48 hours after "
                                             "norovirus symptoms stop.",
     False, "Our elderberry drops keep you off work for fewer days with flu.", True),
    (INFECTIOUS, CLINIC, "Keep your child home from school and away from work for at least four "
                         "days after the measles rash first appears.", False,
     "With our immune drip, kids with flu stay home from school for fewer days.", True),
    # telling one's clinician
    (DISEASE, CLINIC, "Tell your pharmacist if you use herbal remedies for sleep problems.", False,
     "Tell your friends about our herbal remedies for sleep problems.", True),
    (DISEASE, CLINIC, "Herbal teas are popular in pregnancy; tell your midwife before taking any "
                      "herbal remedies for morning sickness.", False,
     "Tell your doctor our herbal remedies eased your morning sickness.", True),
    # what a named source found
    (DISEASE, CLINIC, "A 2019 Cochrane review found that probiotics may reduce the risk of "
                      "diarrhoea caused by antibiotics in children.", False,
     "A 2016 study found that probiotics may reduce the risk of diarrhoea caused by "
     "antibiotics in children.", True),
    (INFECTIOUS, CLINIC, "A Cochrane review found that zinc lozenges may shorten colds in adults, "
                         "but they often cause a bad taste.", False,
     "A Cochrane review found that our zinc lozenges shorten colds.", True),
    # the research opener's subject
    (CITED, CLINIC, "According to a 2021 meta-analysis, cognitive behavioural therapy for "
                    "insomnia improves sleep as well as sleeping tablets over the long term.",
     False, "According to a 2021 meta-analysis, our sleep formula improves sleep as well as "
            "sleeping tablets.", True),
    (CITED, CLINIC, "A study in The Lancet found that the HPV vaccine programme cut cervical "
                    "cancer rates by almost 90% in women vaccinated at 12 to 13.", False,
     "A study in a leading journal found that turmeric relieves arthritis pain.", True),
    # a finding whose subject is a habit people keep, in the present tense
    (CITED, CLINIC, "Research shows that people who walk 30 minutes a day have a lower risk of "
                    "heart disease.", False,
     "Research shows that people who walk with our insoles have less back pain.", True),
    (CITED, CLINIC, "Research shows that people who stop smoking before 40 avoid most of the "
                    "extra risk of dying from smoking.", False,
     "Research shows that people who take our formula every day have fewer colds.", True),
    # a finding that says its effect did not last
    (CITED, CLINIC, "Pooled trials of about 800 men found small gains in erection scores over "
                    "sham treatment, and in many the gain faded within a year.", False,
     "Clinical trials show our shockwave therapy restores erections, and the benefit never "
     "fades.", True),
    (CITED, CLINIC, "Trials found that acupuncture eased chronic headaches slightly more than "
                    "sham needling, and the benefit did not last beyond a few months.", False,
     "Trials found that our acupuncture protocol eased chronic headaches, with benefits that "
     "last for years.", True),
    # self care as the means right after the outcome, set against medicine
    (DISEASE, CLINIC, "Type 2 diabetes can sometimes go into remission with weight loss, so "
                      "that blood sugar is normal without medicine.", False,
     "Type 2 diabetes goes into remission with berberine, without medicine.", True),
    # a hormone as the object of a blocking verb
    (DISEASE, CLINIC, "Tamoxifen blocks oestrogen and can stop some breast cancers from "
                      "growing.", False,
     "Our herbal blend blocks oestrogen and stops breast cancer from growing.", True),
    # anaemia by its cause
    (DISEASE, CLINIC, "Vitamin B12 injections treat anaemia caused by a lack of vitamin B12.",
     False, "Vitamin B12 injections treat anaemia caused by a lack of vitamin B12 and chronic "
            "fatigue.", True),
]

# On a page that offers a product of the rule's classes, a named source is the seller's
# warrant for what it sells: the same finding still claims.
OFFERED = [
    (INFECTIOUS, SHOP, "A Cochrane review found that zinc lozenges may shorten colds."),
    (DISEASE, "Stem Cell Therapy", "A Cochrane review found that stem cells improve multiple "
                                   "sclerosis."),
]


@pytest.mark.parametrize(("rule", "title", "sentence", "fires", "neighbour", "neighbour_fires"),
                         PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_patient_information_reads_the_pair(engine: ContentEngine, rule: str, title: str,
                                            sentence: str, fires: bool, neighbour: str,
                                            neighbour_fires: bool) -> None:
    assert_golden_pair(engine, rule, title, sentence, fires, neighbour, neighbour_fires)


@pytest.mark.parametrize(("rule", "title", "sentence"), OFFERED,
                         ids=[f"{o[0]}-{i}" for i, o in enumerate(OFFERED)])
def test_a_named_source_on_the_sellers_page_still_claims(engine: ContentEngine, rule: str,
                                                          title: str, sentence: str) -> None:
    assert reports_sentence(engine, rule, title, sentence)


def test_drops_an_optometrist_prescribed_are_care(engine: ContentEngine) -> None:
    story = ("My optometrist found high eye pressure at a routine check. The drops she "
             "prescribed have kept my glaucoma stable for six years.")
    assert not story_fired(engine, DISEASE, "Online Pharmacy", story)


def test_drops_the_seller_sold_still_claim(engine: ContentEngine) -> None:
    story = ("My optometrist found high eye pressure at a routine check. Your bilberry drops "
             "have kept my glaucoma stable for six years.")
    assert story_fired(engine, DISEASE, "Online Pharmacy", story)
