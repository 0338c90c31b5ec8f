"""Golden tests (issue 13, stop 45, fixstoryrec45): a story's outcome told without a cure verb.

- The after told as the condition's end or the teller's return to what it took (story-
  outcomes.yaml: "I got my life back", "my test was negative", "it was over in a day"),
  credited to the product the page sells, is the story's claim.
- Care named inside the told outcome ("I haven't needed my inhaler since") is care needed no
  more: the story's before ("couldn't climb the stairs") stays its before, not a denial.
- A clinic's case story told in a paragraph of its own ("Case study: ...", "When Mark first came
  to us ...", or a buyer's review opened by its star rating, "5 stars. ...") is one story,
  read whole as a testimonial: the condition in its first sentence, the product in the next,
  the outcome in the last; care whose tries came to nothing ("nothing his doctors tried") is
  the story's before.
- The diagnosis said to fit no more ("doesn't describe her anymore") is the condition's end.

Each has a close neighbour that stays quiet: the same outcome credited to the teller's approved
care (a cardiologist's dose, a GP's Paxlovid, pulmonary rehab, gabapentin, Tamiflu), or the
product's benefit told without the disease. Sentences are written for these tests, not taken
from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, story_quote, supplement_shop_page

DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"

STORIES = [
    # the after as the teller's return to what the condition took (the condition named by
    # its care, "blood pressure pills": only a told outcome makes it a story's claim)
    (DISEASE, "I was on three blood pressure pills. Two months into VitaBeet I got my life "
     "back.", True),
    (DISEASE, "I was on three blood pressure pills. Two months after my cardiologist changed "
     "my dose I got my life back.", False),
    # an infection's end point: the test turned negative, the illness over within a time
    (INFECTION, "I tested positive on a Monday. By Thursday on VitaShield my test was "
     "negative.", True),
    (INFECTION, "I tested positive on a Monday. By Thursday on the Paxlovid my GP prescribed "
     "my test was negative.", False),
    (INFECTION, "I caught it twice last year. The third time, on VitaShield, it was over in a "
     "day.", True),
    # care needed no more, inside the outcome: the before ("couldn't climb") stays the before
    (INFECTION, "After the flu I couldn't climb the stairs for a month. Two weeks into "
     "VitaShield the cough cleared and I haven't needed my inhaler since.", True),
    (INFECTION, "After the flu I couldn't climb the stairs for a month. Two weeks of pulmonary "
     "rehab cleared the cough and I haven't needed my inhaler since.", False),
    # the diagnosis that fits no more
    (DISEASE, "After a year of VitaFocus, the ADHD diagnosis doesn't describe her anymore.",
     True),
    (DISEASE, "After a year of VitaFocus she sleeps better; her ADHD is still managed by her "
     "paediatrician.", False),
]


@pytest.mark.parametrize(("rule", "text", "fires"), STORIES,
                         ids=[f"{'fires' if c[2] else 'clear'}-{i}"
                              for i, c in enumerate(STORIES)])
def test_story_outcome_without_a_cure_verb(engine: ContentEngine, rule: str, text: str,
                                           fires: bool) -> None:
    found = reported_on(engine, rule, supplement_shop_page(story_quote(text, "Pat, 61")))
    if fires:
        assert len(found) == 1 and text in found[0], found
    else:
        assert found == []


# A clinic's case story (or a buyer's rated review) in a paragraph of its own, read whole.
CASE_STORIES = [
    ("Case study: Mark, 52, had shingles pain for a year and nothing his doctors tried "
     "touched it. We started him on our frequency therapy. Six weeks later he was pain-free.",
     True),
    ("Case study: Mark, 52, had shingles pain for a year. His GP started him on gabapentin. "
     "Six weeks later he was pain-free.", False),
    ("When Rosa first came to us she had tested positive for the flu. We started her on our "
     "immune drip that day. Three days later her test was negative.", True),
    ("When Rosa first came to us she had tested positive for the flu. Our doctor prescribed "
     "Tamiflu that day. Three days later her test was negative.", False),
    # a buyer's review by its star rating, the one the illness passed over
    ("5 stars. Everyone at work caught the flu in March. I took VitaShield twice a day and I "
     "was the only one who stayed healthy.", True),
    ("5 stars. Everyone at work caught the flu in March. I'd had my flu shot in October and I "
     "was the only one who stayed healthy.", False),
]


@pytest.mark.parametrize(("text", "fires"), CASE_STORIES,
                         ids=[f"{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(CASE_STORIES)])
def test_case_story_read_whole(engine: ContentEngine, text: str, fires: bool) -> None:
    found = (reported_on(engine, DISEASE, supplement_shop_page(f"<p>{text}</p>"))
             + reported_on(engine, INFECTION, supplement_shop_page(f"<p>{text}</p>")))
    if fires:
        assert found and all(f == text for f in found), found
    else:
        assert found == []
