"""Golden outputs for the negations that deny nothing a claim says (issue 13, 5 Dec, misses15):
a story's before in a patient's quote ("After my stroke I couldn't lift my arm."), a relative
clause that tells what other care failed to do ("that pills have not fixed", "that antibiotics
cannot reach"), an inability that describes the people the claim is about ("children with ADHD
who can't focus"), and outcomes said with a negation ("I haven't had a panic attack since",
"so it cannot infect you"). Pooled over the development sets, negations of these kinds stopped
claims in eight sets written by different helpers from different letters. Each claim is paired
with a near sentence whose negation is a real denial and must stay quiet. The sentences were
written for this test; none is a corpus item."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

# (the engine is conftest.py's: one per session, audit date 2026-11-25)

SHOP = "Herbal Supplements and CBD"
STEM = "Stem Cell Therapy"


def quote(text: str) -> str:
    return f"<blockquote><p>\u201c{text}\u201d</p><footer>\u2014 Dana, 61</footer></blockquote>"


@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    # --- a story's before: the negation of a sentence naming no product or care -------------
    ("unapproved-disease-claim", STEM,
     quote("After my stroke I couldn't button a shirt. Two months after my cell infusion I'm "
           "painting again."),
     ["\u201cAfter my stroke I couldn't button a shirt. Two months after my cell infusion I'm "
      "painting again.\u201d \u2014 Dana, 61"]),
    ("unapproved-disease-claim", STEM,
     quote("Doctors said my daughter with autism would never speak in sentences. After her "
           "stem cell treatment she talks all day."),
     ["\u201cDoctors said my daughter with autism would never speak in sentences. After her "
      "stem cell treatment she talks all day.\u201d \u2014 Dana, 61"]),
    # near: the negation is said of the product itself: a denial, not the story's before
    ("unapproved-disease-claim", STEM,
     quote("After my stroke the cell infusion did not help my arm. Physical therapy has me "
           "painting again."), []),
    # near: an after told of approved care is that care's story
    ("unapproved-disease-claim", STEM,
     quote("After my stroke I couldn't button a shirt. Months of occupational therapy got me "
           "painting again."), []),
    # near: a before with no after is no claim at all
    ("unapproved-disease-claim", STEM,
     quote("After my stroke I couldn't button a shirt. I am still working on it with my "
           "therapist."), []),
    # --- care that failed, in a relative clause closing the sentence ------------------------
    ("infectious-disease-claim", SHOP,
     "<p>Our clove tincture kills the Lyme bacteria that antibiotics cannot reach.</p>",
     ["Our clove tincture kills the Lyme bacteria that antibiotics cannot reach."]),
    # near: the product's own negation is a denial
    ("infectious-disease-claim", SHOP,
     "<p>Our clove tincture cannot kill the Lyme bacteria that antibiotics reach.</p>", []),
    # a predicate inside the failed care's clause is that care's, not the claim's
    ("unapproved-disease-claim", SHOP,
     "<p>Many readers write to us about migraines that pills have not cured.</p>", []),
    # --- an inability describing the people the claim is about -----------------------------
    ("unapproved-disease-claim", SHOP,
     "<p>Our ginkgo drops calm children with ADHD who can't focus in class.</p>",
     ["Our ginkgo drops calm children with ADHD who can't focus in class."]),
    # near: the negation is the product's
    ("unapproved-disease-claim", SHOP,
     "<p>Our ginkgo drops do not calm children with ADHD who fidget in class.</p>", []),
    # --- outcomes said with a negation ------------------------------------------------------
    ("unapproved-disease-claim", SHOP,
     quote("I haven't had a panic attack since I started the CBD gummies."),
     ["\u201cI haven't had a panic attack since I started the CBD gummies.\u201d "
      "\u2014 Dana, 61"]),
    ("infectious-disease-claim", SHOP,
     "<p>Our elderberry lozenges coat the flu virus so it cannot infect you.</p>",
     ["Our elderberry lozenges coat the flu virus so it cannot infect you."]),
    # near: a denial of the product's effect
    ("infectious-disease-claim", SHOP,
     "<p>Our elderberry lozenges cannot stop the flu virus from infecting you.</p>", []),
])
def test_negations_that_deny_nothing(engine: ContentEngine, rule: str, title: str, body: str,
                                     expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected
