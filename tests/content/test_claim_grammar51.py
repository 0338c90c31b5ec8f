"""Golden tests (stop 51, grammar51): general facts of the claim readers, misses of real claims.

Each row is a pair: a sentence the old reading got wrong, and a close neighbour on the other
side that must keep its verdict. The facts:

- "none of" after a verb of having, feeling or showing negates the condition it names, as "no
  more" does: the condition had no longer is the outcome told ("I have none of the knee pain
  that kept me off the court", "not a single panic attack since"; predicates.yaml
  negated_outcomes); and an outcome denied inside a supposition ("If you have none of the
  symptoms of COVID-19, ...") is the case supposed, not one told (claimread.care.supposed_past,
  read by scope._predicates);
- a negative quantifier for the predicate's object denies as a negation before it does: "treats
  none of them", "cures neither", "heals nothing of the kind" (match.denied_object_after, which
  also reads "neither ... nor");
- a quantifier that stands alone for the conditions named before it points back as a pronoun
  does: "Joint pain. Brain fog. Our NAD+ drip treats both.", "... heal all three", "relieve
  every one" (scope._QUANTIFIER_PRONOUN); not one that determines a noun of its own ("all three
  kinds of patient");
- a product whose efficacy is set equal to or above a named approved drug's is offered as its
  stand-in, and the drug names the condition its label is for: "works as well as metformin",
  "as good as a statin", "rivals ibuprofen" (claimread.products.LIKENED_TO, part of
  SUBSTITUTED_CARE; a generic name in lower case counts here); not denied ("not as strong as",
  "does not rival");
- "take care of" a condition is to deal with it, as "handle" and "manage" are ("One PRP
  injection takes care of it"); taking care of a person is care of them ("our nurses take care
  of you", "take care of yourself").

Sentences written for these tests (the probe /tmp/probe-grammar51.py of stop 51 holds more)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.claimread.care import supposed_past
from checker.content.match import denied_object_after
from tests.content.conftest import (
    article_page,
    assert_golden_pair,
    assert_story_pair,
    reported_on,
)

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
# The page is the clinic's own, its title no product: what the sentence names is all there is.
TITLE = "Riverbend Health"

# (rule, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # "none of" after the verb: the condition had no longer
    (DISEASE, "Our patients report none of the arthritis pain they came in with after our "
     "exosome injections.", True, "Our patients report none of the waiting they had at the "
     "hospital with our exosome injections.", False),
    # ... not supposed
    (INFECTIOUS, "After our vitamin drip you will have none of the symptoms of COVID-19.", True,
     "If you have none of the symptoms of COVID-19, you can book our vitamin drip as usual.",
     False),
    # a negative quantifier for the object
    (DISEASE, "Arthritis, gout, lupus: our turmeric capsules treat none of them.", False,
     "Arthritis, gout, lupus: our turmeric capsules treat all of them.", True),
    (DISEASE, "Tendon tears and gut ulcers: our BPC-157 peptide heals nothing of the kind.",
     False, "Tendon tears and gut ulcers: our BPC-157 peptide heals them.", True),
    # "take care of" a condition, not of a person
    (DISEASE, "One jar of our arnica balm takes care of tennis elbow.", True,
     "Our arnica balm staff take care of customers with tennis elbow on weekdays.", False),
    # the product's efficacy set equal to or above a named drug's (a generic name too)
    (DISEASE, "Our berberine capsules work as well as metformin.", True,
     "Our berberine capsules are not as strong as metformin and do not replace it.", False),
]

# (rule, sentence, fires, neighbour, neighbour fires) on the clinic's supplement shop page
SHOP = "Shop Supplements"
SHOP_PAIRS = [
    (DISEASE, "Our red yeast rice is as good as a statin.", True,
     "Our red yeast rice is not as good as a statin.", False),
    (DISEASE, "Our turmeric complex rivals ibuprofen for joint pain.", True,
     "Our turmeric complex does not rival ibuprofen for joint pain.", False),
]

# (title, story, fires, neighbour story, neighbour fires): a patient's story on a clinic page
STORY_PAIRS = [
    ("Regenerative Injections", "Six weeks after the PRP I feel none of the hip pain I lived "
     "with.", True, "Six weeks after the PRP I feel none of the nerves I had before the "
     "injection.", False),
    ("Regenerative Injections", "Two PRP injections later, I have none of the knee pain I had.",
     True, "Two PRP injections later, I have none of the swelling the nurse warned me about.",
     False),
    ("Shop Supplements", "Since I started the CBD gummies, not a single panic attack.", True,
     "Since I started the CBD gummies, not a single late delivery.", False),
    ("IV Vitamin Drips", "Three NAD+ drips took care of my migraines.", True,
     "The nurses took care of me when my migraine started in the chair.", False),
]

# (title, paragraph, fires, neighbour paragraph, neighbour fires): read sentence by sentence,
# the verdict its last sentence's
PARAGRAPH_PAIRS = [
    # a quantifier standing for the conditions named before
    ("IV Vitamin Drips and NAD+ Infusions", "Joint pain. Brain fog. Our NAD+ drip treats both.",
     True, "Joint pain. Brain fog. Our nurse asks about both before your first drip.", False),
    ("Homeopathic Remedies", "Eczema. Hay fever. Asthma. Our remedies relieve every one.", True,
     "Eczema. Hay fever. Asthma. Our pharmacist can explain every one.", False),
    ("Regenerative Injections", "Arthritis doesn't have to mean pills forever. One PRP "
     "injection takes care of it.", True, "Arthritis doesn't have to mean pills forever. Our "
     "nurses take care of you after the injection.", False),
]


@pytest.mark.parametrize(("rule", "sentence", "fires", "neighbour", "neighbour_fires"), PAIRS,
                         ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_a_grammatical_fact_reads_the_pair(engine: ContentEngine, rule: str, sentence: str,
                                           fires: bool, neighbour: str,
                                           neighbour_fires: bool) -> None:
    # on a clinic page whose title names no product
    assert_golden_pair(engine, rule, TITLE, sentence, fires, neighbour, neighbour_fires)


@pytest.mark.parametrize(("rule", "sentence", "fires", "neighbour", "neighbour_fires"),
                         SHOP_PAIRS, ids=[f"shop-{i}" for i in range(len(SHOP_PAIRS))])
def test_a_grammatical_fact_reads_the_pair_in_a_shop(engine: ContentEngine, rule: str,
                                                     sentence: str, fires: bool,
                                                     neighbour: str,
                                                     neighbour_fires: bool) -> None:
    assert_golden_pair(engine, rule, SHOP, sentence, fires, neighbour, neighbour_fires)


@pytest.mark.parametrize(("title", "story", "fires", "neighbour", "neighbour_fires"),
                         STORY_PAIRS, ids=[f"story-{i}" for i in range(len(STORY_PAIRS))])
def test_a_story_reads_the_pair(engine: ContentEngine, title: str, story: str, fires: bool,
                                neighbour: str, neighbour_fires: bool) -> None:
    assert_story_pair(engine, DISEASE, title, story, fires, neighbour, neighbour_fires)


@pytest.mark.parametrize(("title", "paragraph", "fires", "neighbour", "neighbour_fires"),
                         PARAGRAPH_PAIRS,
                         ids=[f"paragraph-{i}" for i in range(len(PARAGRAPH_PAIRS))])
def test_a_paragraph_reads_the_pair(engine: ContentEngine, title: str, paragraph: str,
                                    fires: bool, neighbour: str,
                                    neighbour_fires: bool) -> None:
    assert _last_sentence_reported(engine, title, paragraph) is fires, paragraph
    assert _last_sentence_reported(engine, title, neighbour) is neighbour_fires, neighbour


def _last_sentence_reported(engine: ContentEngine, title: str, paragraph: str) -> bool:
    """The disease rule reports the paragraph's last sentence on the article page of `title`
    (the conditions listed before it may be reported on their own)."""
    last = paragraph.rsplit(". ", 1)[-1]
    return any(last in found for found in reported_on(engine, DISEASE,
                                                      article_page(title, paragraph)))


def test_a_supposition_of_a_past_is_if_unless_or_whether() -> None:
    # (care._SUPPOSING: one table for the supposition before a verb and before a past)
    assert supposed_past("If you ")
    assert supposed_past("Ask us whether you ")
    assert not supposed_past("After one session I ")
    assert not supposed_past("Since the drip I ")


@pytest.mark.parametrize(("text", "denied"), [
    ("Our drops treat none of them.", True),
    ("Our drops treat neither.", True),
    ("Our drops treat neither eczema nor asthma.", True),
    ("Our drops treat not one of these.", True),
    ("Our drops treat nothing but the symptoms.", False),
    ("Our drops treat none other than the root cause.", False),
    ("Our drops treat it in no time.", False),
])
def test_a_negative_quantifier_for_the_object_denies(text: str, denied: bool) -> None:
    # (the predicate "treat" ends at `end`)
    end = text.index("treat") + len("treat")
    assert denied_object_after(text, end) is denied, text
