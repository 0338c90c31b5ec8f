"""Golden tests (stop 44, fixpi44): patient information read by class, not by item.

A patient's story of standard care: a cure whose subject is care clinicians give or perform
(standard-procedures.yaml beside products.yaml's approved care: "Two epidural injections and
eight weeks of physical therapy got rid of the sciatica"), and an outcome told in the sentence
of care the teller had from a clinician of the story ("the single azithromycin dose the travel
nurse had given me", "the drops he prescribed" after "My ophthalmologist said ..."). A title
that asks what helps ("Teething: What Helps, and Which Products to Avoid") and an infinitive
whose object is the noun before it ("Products to Avoid"). Each beside a close neighbour that
must still fire: the clinic's own product told the same way, a cleft or a colon that names the
agent. A research finding whose subject is what people did for themselves ("people with
prediabetes who lost 5 to 7% of their body weight and walked ..."), beside what people took
and the seller's own meals. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page, story_quote

CURE = "no-unqualified-cure-claims"
DISEASE = "unapproved-disease-claim"


def _story_fired(engine: ContentEngine, rule: str, title: str, story: str) -> bool:
    """`rule` reports the story (a quotation on a Riverbend page of `title`) on its sentence."""
    page = riverbend_page(title, "<h2>What patients say</h2>" + story_quote(story, "Tom, 45"))
    found = reported_on(engine, rule, page)
    return any(story[:40] in f for f in found)


CURES = [
    (False, "Primary care", "Two epidural injections and eight weeks of physical therapy got rid "
                            "of the sciatica that had me limping since spring."),
    (False, "Stem cell therapy", "Two epidural injections and eight weeks of physical therapy "
                                 "got rid of the sciatica that had me limping since spring."),
    # neighbours: the clinic's own unapproved product as the instrument
    (True, "Stem cell therapy", "Three sessions of our stem-cell therapy got rid of the "
                                "sciatica that had me limping since spring."),
    (True, "Primary care", "Two PRP injections and eight weeks of physical therapy got rid of "
                           "the sciatica that had me limping since spring."),
    # ... and standard care told past its typical outcome: for good, or as a cure with the
    # condition as the subject (the ASA's Hidden Hearing ruling)
    (True, "Primary care", "Two epidural injections and eight weeks of physical therapy got rid "
                           "of my sciatica for good."),
    (True, "Hearing care", "Since I got my new hearing aids the tinnitus has completely gone - "
                           "it's a cure!"),
]


@pytest.mark.parametrize(("fires", "title", "story"), CURES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CURES)])
def test_a_cure_whose_subject_is_standard_care_in_a_story(
        engine: ContentEngine, fires: bool, title: str, story: str) -> None:
    assert _story_fired(engine, CURE, title, story) is fires


STORIES = [
    (False, "Vaccines at our clinic",
     "I got hit with bad diarrhea in Mexico on day four. I took the single azithromycin dose "
     "the travel nurse had given me and was back on the beach the next day."),
    (False, "Homeopathic remedies", "My ophthalmologist said I'd need cataract surgery. I had "
                                    "it in the spring and my vision is clear again; I used the "
                                    "drops he prescribed while the eye healed."),
    # neighbours: the page's product as what the teller took, or the care set aside
    (True, "Homeopathic remedies", "My ophthalmologist said I'd need cataract surgery. I tried "
                                   "the remedy instead and my vision is clear again."),
    (True, "Stem cell therapy", "Three sessions of our stem-cell therapy got rid of my sciatica, "
                                "and I was back on the golf course the next week."),
]


@pytest.mark.parametrize(("fires", "title", "story"), STORIES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(STORIES)])
def test_an_outcome_told_of_care_a_clinician_of_the_story_gave(
        engine: ContentEngine, fires: bool, title: str, story: str) -> None:
    assert _story_fired(engine, DISEASE, title, story) is fires


HEADINGS = [
    (False, "Shop our bestsellers", "Teething: What Helps, and Which Products to Avoid"),
    (False, "Shop our bestsellers", "Your PCOS Symptoms Won't Simply Go: What Actually Helps"),
    # neighbours: a cleft or a colon that names the agent after "what helps", and the product
    # as the subject
    (True, "Shop our bestsellers", "Teething: What Helps Is Our Chamomile Teething Gel"),
    (True, "Shop our bestsellers", "Your PCOS Symptoms: Our Inositol Blend Actually Helps"),
]


@pytest.mark.parametrize(("fires", "title", "heading"), HEADINGS,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(HEADINGS)])
def test_a_title_that_asks_what_helps(engine: ContentEngine, fires: bool, title: str,
                                      heading: str) -> None:
    # (a shop's page: what sells there is read as named by its title-case words)
    shop = riverbend_page(title, f"<p>Free shipping on orders over $50.</p><h2>{heading}</h2>"
                                 "<p>Your first visit starts with a conversation.</p>")
    found = reported_on(engine, DISEASE, shop)
    assert (found == [heading]) is fires, found


RESEARCH = "research-claims-cited"

FINDINGS = [
    (False, "In a large study, people with prediabetes who lost 5 to 7% of their body weight and "
            "walked 150 minutes a week cut their risk of diabetes by 58%."),
    (False, "Research shows that losing weight lowers blood pressure in people with "
            "hypertension."),
    # neighbours: what people took, and the seller's own product
    (True, "In a large study, people with prediabetes who took vitamin D and walked 150 minutes "
           "a week cut their risk of diabetes by 58%."),
    (True, "Research shows that eating our keto meals lowers blood pressure in people with "
           "hypertension."),
]


@pytest.mark.parametrize(("fires", "finding"), FINDINGS,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(FINDINGS)])
def test_a_finding_whose_subject_is_self_care(engine: ContentEngine, fires: bool,
                                              finding: str) -> None:
    found = reported_on(engine, RESEARCH, riverbend_page("Type 2 diabetes", f"<p>{finding}</p>"))
    assert (found == [finding]) is fires, found
