"""Golden tests of compliant rewrites (issue 13, stop 51, rw51): general facts of English by
which a rewrite of a claim (the same product and condition, said compliantly) names the product
and the condition with no claim, each with a close neighbour in the seller's voice that still
fires. Sentences written for these tests as clinics, shops and patient stories write them (the
probe /tmp/probe-rw51.py of stop 51 holds more).

- a story that gives the credit for its outcome to someone or something named ("my therapist
  gets the credit", "the credit goes to my GP", "I give all the credit to my surgeon") tells
  that one as what acted, as "that was the hormone therapy" does (claimread.stories._credited);
  the credit given to the seller's product is still a claim;
- a story's sentence that says the seller's product played no part ("it was not part of her
  treatment", "they had nothing to do with it", "it is not what helped") disowns it: the
  product it names is no instrument of the outcome (claimread.stories._disowned_blanked); a
  turn after it ("..., but later it helped") takes it back;
- the first name a case story opens on ("Case study: Jenna, 29, ...", "Patient story: Tom
  lost ...") is its patient, not a name of something that acted (stories._patient_blanked);
- a harm said to last "for good" or "forever" as the verb after a modal ("silver can stain
  the eye grey-blue for good", argyria) is a risk, not a condition ended: the cure rule's
  exception beside "permanently" (rules/general-medical.yaml); a condition ended for good
  ("clears pink eye for good") is still a cure claim.
"""

from __future__ import annotations

import re

import pytest

from bench.claims_eval import page_for
from checker.content import ContentEngine
from tests.content.conftest import reported_on

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"

STROKE = ("After my stroke, the speech therapist and months of practice got my words back. "
          "I kept taking Memory Plus, ")
SMELL = ("Case study: Ana, 29, lost her sense of smell after COVID. Her ENT doctor started her "
         "on smell training twice a day, and after several months she could smell coffee again. "
         "She kept taking our immune formula; ")
MIGRAINE = ("My migraines eased once my neurologist started me on a preventive medicine. "
            "The drips here are a treat, ")
SILVER = ("No. Silver drops are not approved to treat conjunctivitis, and silver can stain the "
          "eye grey-blue for good.")

# (rule, form, topic, text, fires, neighbour, neighbour fires); a faq's text is "Q / A"
PAIRS = [
    # the credit given to another
    (DISEASE, "testimonial", "brain-health", STROKE + "but my therapist gets the credit.", False,
     STROKE + "and Memory Plus gets the credit.", True),
    # the product disowned
    (DISEASE, "testimonial", "iv-therapy", MIGRAINE + "but they were not part of my treatment.",
     False, MIGRAINE + "and they eased my migraines too.", True),
    (INFECTIOUS, "sentence", "immune", SMELL + "it was not part of her treatment.", False,
     SMELL + "it helped her too.", True),
    (INFECTIOUS, "sentence", "immune", SMELL + "it was not part of her treatment.", False,
     SMELL + "it was not part of her treatment at first, but later it helped.", True),
    # a harm for good
    (CURE, "faq", "shop", "Do your silver drops work for pink eye? / " + SILVER, False,
     "Do your silver drops work for pink eye? / Yes. Our silver drops clear pink eye for good.",
     True),
    (CURE, "sentence", "supplement", "Taking too much vitamin A can damage the liver for good.",
     False, "Our milk thistle repairs liver damage for good.", True),
    (CURE, "sentence", "aesthetics", "Harsh peels can scar acne-prone skin forever.", False,
     "Our laser treatment removes acne scars forever.", True),
    (CURE, "sentence", "supplement", "Untreated glaucoma can damage your sight forever.", False,
     "Our eye drops cure glaucoma forever.", True),
]


_YES_NO = re.compile(r"^(?:Yes|No)[.,!]\s*")


def _item(form: str, topic: str, text: str) -> dict:
    item = {"id": "rw51", "form": form, "topic": topic, "placement": "main",
            "author": "Ruth, 58"}
    if form == "faq":
        item["question"], item["answer"] = text.split(" / ", 1)
    else:
        item["text"] = text
    return item


def _reported(engine: ContentEngine, rule: str, form: str, topic: str, text: str) -> bool:
    """`rule` reports the text placed on the corpus page of `topic` in its form: a reported
    sentence holding its first forty characters (an FAQ's answer's, after its yes or no)."""
    head = _YES_NO.sub("", text.split(" / ", 1)[-1])[:40]
    page = page_for(_item(form, topic, text))
    return any(head in found for found in reported_on(engine, rule, page))


@pytest.mark.parametrize(("rule", "form", "topic", "text", "fires", "neighbour",
                          "neighbour_fires"), PAIRS,
                         ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_a_rewrite_reads_the_pair(engine: ContentEngine, rule: str, form: str, topic: str,
                                  text: str, fires: bool, neighbour: str,
                                  neighbour_fires: bool) -> None:
    assert _reported(engine, rule, form, topic, text) is fires, text
    assert _reported(engine, rule, form, topic, neighbour) is neighbour_fires, neighbour
