"""Golden tests (stop 47, grammar47): general grammatical facts of the claim readers.

Each row is a pair: a sentence the old reading got wrong, and a close neighbour on the other
side that must keep its verdict. The facts:

- a nominal predicate's "for" names the condition of its own phrase, not one past a dash, or
  past ", and" that opens a clause of its own, nor the "for" of an alternative it turns down
  (claimread._named_by_for, _kind_for); set off by a comma, a bracket or a dash ("Magnesium
  capsules - for migraines") it is the same purpose (predicates.yaml);
- a verb in its -s form after "and" is a finite predicate of its own, outside an auxiliary's
  negation before it ("does not contain preservatives and cures ...": match.finite_conjunct);
- "not just", "doesn't only" add to what they qualify, they negate nothing (match.NOT_ONLY);
- "instead of" or "rather than" denies its noun phrase, not the purpose after it ("instead of
  ibuprofen to relieve arthritis") nor the claim before it ("heal torn ligaments instead of
  masking the pain");
- the seller's own people are its voice ("According to our medical director, ...");
- a passive participle of care told of people ("patients who were treated for breast cancer")
  or whose agent is named and is not the product ("treated by their oncology team") is no
  claim of the product;
- a claim reported and refuted in the same sentence, after a semicolon or ", but", is a
  debunking (scopes.clauses_after).

Sentences written for these tests (the probe /tmp/probe-grammar47.py of stop 47 holds more)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import assert_golden_pair

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"
# The page is the clinic's own, its title no product: what the sentence names is all there is.
TITLE = "Riverbend Health"

# (rule, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # the phrase of a nominal predicate's "for"
    (DISEASE, "IV hydration drips for athletes, and patients with diabetes should ask their "
              "doctor first.", False,
     "IV hydration drips for athletes with diabetes, and for anyone after a long flight.", True),
    (DISEASE, "Probiotic capsules for travel, and if diarrhea lasts more than two days, call us.",
     False, "Probiotic capsules for travel diarrhea, and for bloating after antibiotics.", True),
    (DISEASE, "Vitamin B12 shots for vegans, and anemia is checked with a blood test first.",
     False, "Vitamin B12 shots for vegans, and for anemia and fatigue.", True),
    (DISEASE, "CBD gummies for a calm evening - anxiety disorders need a clinician's diagnosis.",
     False, "CBD gummies for anxiety - made with organic hemp.", True),
    (DISEASE, "Take the insulin your doctor prescribed rather than a supplement for diabetes.",
     False, "Our doctors prescribe a supplement for diabetes rather than insulin.", True),
    # ... set off by a comma, a bracket or a dash, the same purpose
    (DISEASE, "Our probiotic blend, for irritable bowel syndrome, comes in a 60-day bottle.", True,
     "Our probiotic blend, for those who like one; irritable bowel syndrome is treated by your "
     "doctor.", False),
    (DISEASE, "Magnesium capsules - for migraines and restless legs.", True,
     "Magnesium capsules (for general wellness); migraines are treated by your neurologist.",
     False),
    (INFECTIOUS, "Elderberry gummies, for colds and flu, in a kid-friendly flavour.", True,
     "Elderberry gummies, for the whole family, and if flu symptoms start, see your doctor.",
     False),
    # a finite verb after "and", past the negation
    (CURE, "The drip does not contain preservatives and cures chronic fatigue syndrome.", True,
     "The drip does not contain preservatives and does not cure chronic fatigue syndrome.",
     False),
    (DISEASE, "The IV drip is not painful and treats long COVID in three sessions.", True,
     "The IV drip is not painful and does not treat long COVID.", False),
    (CURE, "Our peptide does not cause weight gain and reverses type 2 diabetes.", True,
     "Our peptide does not cause weight gain or reverse type 2 diabetes.", False),
    # "not just" adds
    (DISEASE, "Our herbal formula doesn't just manage diabetes, it reverses it.", True,
     "Our herbal formula does not cure diabetes; it just adds fibre to your diet.", False),
    (DISEASE, "Our stem cell injections don't just relieve knee arthritis, they reverse it.", True,
     "Our stem cell injections don't relieve knee arthritis, and they do not reverse it.",
     False),
    # "instead of", "rather than": their noun phrase only
    (DISEASE, "Take our turmeric capsules instead of ibuprofen to relieve arthritis.", True,
     "Take the antibiotics your doctor prescribed instead of colloidal silver to treat strep "
     "throat.", False),
    (INFECTIOUS, "Choose our ozone therapy rather than antibiotics to cure Lyme disease.", True,
     "Our IV drip hydrates you instead of curing the flu.", False),
    (DISEASE, "Our stem cells heal torn ligaments instead of masking the pain.", True,
     "We treat knee arthritis with physical therapy rather than stem cell injections.", False),
    # the seller's own people
    (INFECTIOUS, "According to our medical director, the IV drip prevents COVID-19.", True,
     "According to the CDC, the flu vaccine prevents influenza.", False),
    # care told of people, a passive's named agent
    (DISEASE, "Our supplement shop serves patients who were treated for breast cancer.", False,
     "Our supplement shop serves patients who were treated for breast cancer with our vitamin "
     "C drips.", True),
    (DISEASE, "Our IV lounge sees many people who are being treated for cancer.", False,
     "Our IV lounge treats people who have cancer.", True),
    (DISEASE, "Our IV lounge is open late; cancer patients are treated by their oncology team.",
     False, "Our IV lounge is open late; cancer patients are treated by our infusion team.", True),
    (INFECTIOUS, "The peptide store is open on Sundays; infections are treated at urgent care.",
     False, "The peptide store is open on Sundays; infections are treated with our peptides.",
     True),
    # reported and refuted in one sentence
    (DISEASE, "You may have read that IV vitamin C treats cancer; there is no good evidence "
              "that it does.", False,
     "You may have read that IV vitamin C treats cancer; at our clinic it does.", True),
    (CURE, "You may have heard that colloidal silver cures strep throat, but it does not.", False,
     "You may have heard that colloidal silver cures strep throat, and it really does.", True),
]


@pytest.mark.parametrize(("rule", "sentence", "fires", "neighbour", "neighbour_fires"), PAIRS,
                         ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_a_grammatical_fact_reads_the_pair(engine: ContentEngine, rule: str, sentence: str,
                                           fires: bool, neighbour: str,
                                           neighbour_fires: bool) -> None:
    # on a clinic page whose title names no product
    assert_golden_pair(engine, rule, TITLE, sentence, fires, neighbour, neighbour_fires)
