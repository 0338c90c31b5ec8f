"""Golden tests: a predicate whose care is the reader's or patient's own clinician's (its
subject, "His neurologist manages his medicines"; or its owner, "follow your rheumatologist's
treatment plan", "your retina specialist decides your treatment") defers to other care and
claims nothing for the page's product. Each beside a twin that still fires: the clinic's own
clinicians ("our"), a product of ours named, or a clinician who only reports the outcome."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import (
    assert_fires_as_labelled,
    golden_sentences,
    reported_on,
    riverbend_page,
    story_quote,
)

DISEASE = "unapproved-disease-claim"

CASES = [
    (DISEASE, False, "Joint Supplements", "It has not been studied in rheumatoid arthritis. "
     "Please follow your rheumatologist's treatment plan for rheumatoid arthritis."),
    (DISEASE, True, "Joint Supplements", "Please follow our joint formula's treatment plan for "
     "rheumatoid arthritis."),
    (DISEASE, True, "Brain Supplements", "Your neurologist will see that our brain formula "
     "manages the symptoms of Parkinson's disease."),
]


@golden_sentences(CASES)
def test_own_clinician_care(engine: ContentEngine, rule: str, fires: bool, title: str,
                            sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


STORIES = [
    ("My husband was diagnosed with Parkinson's three years ago. His neurologist manages his "
     "medicines, and we come here for the friendly advice.", False),
    ("Five months after my stroke I was still in speech therapy. I added brain training "
     "sessions for the routine, and my therapists kept track of my recovery.", False),
    # the clinician who only reports the outcome is the story's witness, not its care
    ("My husband was diagnosed with Parkinson's three years ago. His neurologist was amazed "
     "how the supplements manage his tremor.", True),
    ("My husband was diagnosed with Parkinson's three years ago. The supplements manage his "
     "tremor better than anything.", True),
]


PAGES = [
    ("Visual Advantage is an eye vitamin. If you have macular degeneration, your retina "
     "specialist decides your treatment.", False),
    ("Visual Advantage is an eye vitamin. If you have macular degeneration, Visual Advantage "
     "is your treatment.", True),
]


def test_own_clinician_on_a_product_page(engine: ContentEngine) -> None:
    for text, fires in PAGES:
        html = riverbend_page("Eye Vitamins | Supplements", f"<p>{text}</p>")
        assert bool(reported_on(engine, DISEASE, html)) is fires, text


def test_own_clinician_in_stories(engine: ContentEngine) -> None:
    for text, fires in STORIES:
        html = riverbend_page("Brain Health Supplements", story_quote(text, "Lucine, Glendale"))
        assert bool(reported_on(engine, DISEASE, html)) is fires, text
