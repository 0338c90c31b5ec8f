"""Golden tests (stop 50, grammar50): general facts of the claim readers, misses of real claims.

Each row is a pair: a sentence the old reading got wrong, and a close neighbour on the other
side that must keep its verdict. The facts:

- the end of a dependence told without a verb of quitting names the dependence (ICD-10-CM
  F10-F19; OTC smoking deterrents are new drugs, 21 CFR 310.544), and the end is the outcome
  claimed: the person's state named by the habit's absence ("be smoke-free in 30 days", "I'm
  nicotine-free", "makes you a non-smoker"), the use no longer made, told by a negated
  perfect or past with the time since, "again" or "another" ("I haven't touched a cigarette
  since", "never wanted another drink", "haven't smoked since"), and the wish for the habit
  lost ("lose all desire to smoke"). Not the state of a place or a product ("a smoke-free
  building", "alcohol-free tinctures"), nor one required or paused ("be smoke-free for four
  weeks before surgery", "you must be nicotine-free"), nor a life without it ("I have always
  been a non-smoker", "I have never smoked") (claimread.quit_habits, _habit_ended); and a
  story's end of a dependence told right after the sentence in which the teller took a
  medicine labelled for it ("My GP prescribed naltrexone. I haven't had a drink in two
  years.") is that medicine's outcome (claimread.quit_on_care_before; acamprosate,
  disulfiram and chlordiazepoxide by their labels, labelled-uses.yaml);
- the ADHD medicines (methylphenidate, amphetamine, lisdexamfetamine, atomoxetine and their
  brands, MedlinePlus "ADHD") are approved drugs whose labels name ADHD: given up or replaced
  ("no longer need their methylphenidate", "instead of Adderall") they name it
  (labelled-uses.yaml; claimread.replaced_drugs);
- replaced_drugs gives each drug with the words that give it up, which the reader takes as the
  predicate (read once, not again for each drug).

Sentences written for these tests (the probe /tmp/probe-grammar50.py of stop 50 holds more)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.claimread import ClaimSpec
from checker.content.claimread.care import replaced_drugs
from tests.content.conftest import (
    article_page,
    assert_golden_pair,
    assert_story_pair,
    reported_on,
)

DISEASE = "unapproved-disease-claim"
# The page is the clinic's own, its title no product: what the sentence names is all there is.
TITLE = "Riverbend Health"

# (rule, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # the habit's absence as the person's state
    (DISEASE, "Be smoke-free in 30 days with our laser therapy.", True,
     "Be smoke-free for four weeks before surgery, then book our laser therapy.", False),
    (DISEASE, "Most of our clients are smoke-free within a month of our laser program.", True,
     "Our clinic is a smoke-free building, and our laser program runs on weekdays.", False),
    (DISEASE, "You will be nicotine-free in six weeks with our herbal kit.", True,
     "You must be nicotine-free for six weeks before our laser skin tightening.", False),
    (DISEASE, "Our laser therapy makes you a non-smoker in one session.", True,
     "Our laser therapy clinic welcomes non-smokers and smokers alike.", False),
    # the wish for the habit lost
    (DISEASE, "Our clients lose all desire to smoke after one session of our laser therapy.",
     True, "Our clients lose all fear of needles after one session of our laser therapy.",
     False),
    # the ADHD medicines by their names
    (DISEASE, "Kids on our remedy no longer need their methylphenidate.", True,
     "Kids who take methylphenidate can use our planner too.", False),
    (DISEASE, "Try our focus drops instead of Adderall.", True,
     "Our focus drops do not replace Adderall.", False),
    (DISEASE, "Our focus gummies work like Adderall, without a prescription.", True,
     "Our focus gummies are no substitute for Adderall or any prescription.", False),
]

# (title, story, fires, neighbour story, neighbour fires): a patient's story on a clinic page
STORY_PAIRS = [
    ("Recovery Support Products", "I haven't touched a cigarette since my first acupuncture "
     "session.", True, "I haven't touched my old gym membership since my first acupuncture "
     "session.", False),
    ("Recovery Support Products", "After the ear seeds I never wanted another drink.", True,
     "After the ear seeds I never wanted another coffee.", False),
    ("Recovery Support Products", "Two weeks on the kit and I'm nicotine-free.", True,
     "Two weeks on the diet and I'm gluten-free.", False),
    ("IV Vitamin Drips", "I haven't smoked since my first NAD+ drip.", True,
     "I have never smoked, and I booked the NAD+ drips before a long trip.", False),
    ("Shop Supplements", "Since the drops, my son no longer needs his methylphenidate.",
     True, "Since the drops, my son still takes his methylphenidate before school.", False),
]


# (title, paragraph, fires, neighbour paragraph, neighbour fires): a story told in a page's
# paragraph, read sentence by sentence on a page that sells a product
PARAGRAPH_PAIRS = [
    ("recovery", "Our kudzu capsules got me through. I haven't had a drink in two years.", True,
     "My GP prescribed naltrexone. I haven't had a drink in two years.", False),
    ("recovery", "The ear seeds did it. I have not smoked since last spring.", True,
     "My doctor prescribed varenicline. I have not smoked since last spring.", False),
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


@pytest.mark.parametrize(("title", "paragraph", "fires", "neighbour", "neighbour_fires"),
                         PARAGRAPH_PAIRS,
                         ids=[f"paragraph-{i}" for i in range(len(PARAGRAPH_PAIRS))])
def test_a_story_in_a_paragraph_reads_the_pair(engine: ContentEngine, title: str,
                                               paragraph: str, fires: bool, neighbour: str,
                                               neighbour_fires: bool) -> None:
    assert bool(reported_on(engine, DISEASE, article_page(title, paragraph))) is fires, paragraph
    assert bool(reported_on(engine, DISEASE, article_page(title, neighbour))) \
        is neighbour_fires, neighbour


def _disease_spec(engine: ContentEngine) -> ClaimSpec:
    """The claim spec of the disease rule (the one that reads habits and drugs given up)."""
    rule = next(r for r in engine.rules if r.id == DISEASE)
    return rule.compiled


def test_a_replaced_drug_comes_with_the_words_that_give_it_up(engine: ContentEngine) -> None:
    sentence = "Many of our patients no longer need metformin after our berberine capsules."
    # (a name may be found twice: as a drug of labelled-uses.yaml and by its stem, -formin)
    assert {(drug.group(0), verb.group(0).strip())
            for drug, verb in replaced_drugs(sentence, _disease_spec(engine))} == {
        ("metformin", "no longer need")}
    assert replaced_drugs("Never stop metformin without asking your doctor.",
                          _disease_spec(engine)) == []
