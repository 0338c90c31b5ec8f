"""Golden tests (stop 49, grammar49): general facts of the claim readers, misses of real claims.

Each row is a pair: a sentence the old reading got wrong, and a close neighbour on the other
side that must keep its verdict. The facts:

- an approved drug given up or replaced names the condition its label is for whatever name the
  page gives it: a brand ("skip the Lipitor"), a generic name of labelled-uses.yaml ("no longer
  need metformin", "came off gabapentin") or a generic name by its INN/USAN stem ("ditch your
  atorvastatin", "off omeprazole"); a drug of labelled-uses.yaml names a condition of a rule's
  sets only when one of its labelled uses is one (metformin's diabetes is no infection;
  Tamiflu's influenza is one). Given up also by "throw away", "be off" as a state ("our clients
  are off their statins") and "stop" with its owner ("stop my levothyroxine"); not "should be
  off" (advice). claimread.replaced_drugs, _names_a_condition_of; RETIRED_CARE;
- what "according to" reports is the seller's own claim when its clause's subject is "our"
  product or "we" ("According to a Cochrane review, our zinc lozenges shorten colds", "Our
  lozenges shorten colds, according to a review"): no source reports on the seller's product
  (claimread._sellers_own_reported);
- a deficiency's characteristic symptoms are conditions (21 CFR 101.93(g)(2)(ii): a claim on
  the characteristic signs or symptoms of a disease is a disease claim): weakness after its
  body part as pain is ("muscle weakness", "leg weakness"), pins and needles (MedlinePlus
  "Numbness and tingling", "Weakness"), and tiredness or exhaustion told by its years ("the
  exhaustion I'd had for years", "years of fatigue") (conditions-consumer.yaml);
- a substance of dependence right after a verb of quitting names the dependence ("quit
  cigarettes", "stop smoking", "kick the vaping habit"; ICD-10-CM F10-F19; OTC smoking
  deterrents are new drugs, 21 CFR 310.544): not a quitting aimed at ("if you want to quit
  smoking"), nor one for a while ("stop smoking two weeks before surgery"), and approved care
  after it is the means of quitting ("quit smoking with nicotine patches"), not care given up
  (conditions-consumer.yaml quit-habits; claimread.quit_habits, _PAUSED_UNTIL,
  _habit_quit_before).

Sentences written for these tests (the probe /tmp/probe-grammar49.py of stop 49 holds more)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import assert_golden_pair, assert_story_pair

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
# The page is the clinic's own, its title no product: what the sentence names is all there is.
TITLE = "Riverbend Health"

# (rule, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # an approved drug given up, by its generic name
    (DISEASE, "Many of our patients no longer need metformin after our berberine capsules.", True,
     "Never stop metformin without asking the doctor who prescribed it.", False),
    (DISEASE, "Ditch your atorvastatin: our red yeast rice capsules do the same job.", True,
     "Keep taking your atorvastatin: our red yeast rice capsules are not a replacement.", False),
    (DISEASE, "Our customers no longer need omeprazole after our probiotic capsules.", True,
     "Our customers who take omeprazole can still use our probiotic capsules.", False),
    (DISEASE, "Our clients are off their statins within months of starting our red yeast "
              "rice capsules.", True,
     "Patients should be off blood thinners for five days before surgery.", False),
    (DISEASE, "Most members are off lisinopril within a year of starting our peptide plan.",
     True, "Members who take lisinopril should tell us before starting our peptide plan.",
     False),
    (INFECTIOUS, "Our elderberry syrup can replace Tamiflu.", True,
     "Our elderberry syrup is no replacement for Tamiflu.", False),
    # what "according to" reports, said of our product
    (INFECTIOUS, "According to a Cochrane review, our zinc lozenges shorten colds.", True,
     "According to a Cochrane review, zinc lozenges may shorten colds a little; ours have "
     "not been tested.", False),
    (INFECTIOUS, "Our zinc lozenges shorten colds, according to a Cochrane review.", True,
     "Zinc shortens colds, according to a review, and our lozenges are a tasty way to get "
     "it.", False),
    (DISEASE, "According to neuroscientists, our omega-3 formula prevents dementia.", True,
     "According to neuroscientists, no supplement has been shown to prevent dementia.",
     False),
    # a deficiency's symptoms
    (DISEASE, "Our B12 injections fix muscle weakness and numbness.", True,
     "Our B12 injections do not fix muscle weakness or numbness.", False),
    (DISEASE, "Our B-complex capsules end pins and needles in your feet.", True,
     "Tell the nurse if you feel pins and needles during the infusion.", False),
    # a dependence by the habit quit
    (DISEASE, "Quit cigarettes for good with our laser therapy.", True,
     "Quit cigarettes for good: ask your doctor about nicotine patches or varenicline.",
     False),
    (DISEASE, "Stop smoking in one session with our laser therapy.", True,
     "Stop smoking two weeks before surgery, then book our laser therapy.", False),
    (DISEASE, "Our herbal kit helps you quit vaping in seven days.", True,
     "If you want to quit vaping, ask your doctor about nicotine patches.", False),
    (DISEASE, "Our nurses can help you quit smoking with our herbal blend.", True,
     "Our nurses can help you quit smoking with nicotine patches and counselling.", False),
    (DISEASE, "Our NAD+ drip lets you give up alcohol for good.", True,
     "Give up alcohol for 48 hours after your NAD+ drip.", False),
]

# (title, story, fires, neighbour story, neighbour fires): a patient's story on a clinic page
STORY_PAIRS = [
    ("IV Vitamin Drips", "My monthly B12 shots fixed the muscle weakness I'd had for years.",
     True, "My monthly B12 shots fixed a gap in my diet, my doctor says.", False),
    ("IV Vitamin Drips", "The drips got rid of the exhaustion I'd had for years.", True,
     "The drips got rid of the tiredness I felt after one long flight.", False),
    ("Shop Supplements", "Thanks to the cinnamon capsules I threw away my metformin.", True,
     "Thanks to the reminders I never forget my metformin.", False),
    ("CBD Oils and Gummies", "I came off gabapentin completely after three months on the oil.",
     True, "My doctor lowered my gabapentin dose slowly over three months.", False),
    ("Recovery Support Products", "Three acupuncture sessions and I gave up cigarettes for "
     "good.", True, "Three acupuncture sessions and I still wanted a cigarette.", False),
]


@pytest.mark.parametrize(("rule", "sentence", "fires", "neighbour", "neighbour_fires"), PAIRS,
                         ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_a_grammatical_fact_reads_the_pair(engine: ContentEngine, rule: str, sentence: str,
                                           fires: bool, neighbour: str,
                                           neighbour_fires: bool) -> None:
    # on a clinic page whose title names no product
    assert_golden_pair(engine, rule, TITLE, sentence, fires, neighbour, neighbour_fires)


@pytest.mark.parametrize(("title", "story", "fires", "neighbour", "neighbour_fires"),
                         STORY_PAIRS, ids=[f"story-{i}" for i in range(len(STORY_PAIRS))])
def test_a_story_reads_the_pair(engine: ContentEngine, title: str, story: str, fires: bool,
                                neighbour: str, neighbour_fires: bool) -> None:
    assert_story_pair(engine, DISEASE, title, story, fires, neighbour, neighbour_fires)
