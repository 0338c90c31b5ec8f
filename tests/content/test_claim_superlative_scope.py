"""Golden tests (issue 13, stop 32): a superlative ranks what a clinic or seller offers when it
names the measure ("the highest-dose", "the most experienced", "the leading") and the scope
it ranks in, a field or trade included ("in the industry", "in regenerative medicine"); staff,
services and peptides are what is offered. A superlative of a side effect, a dose or a disease,
and one told as a profession's society's word by no seller ("according to the American
Academy of Sleep Medicine"), are not claims. Written for these tests, not taken from a corpus
file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported

RULE = "no-superlative-claims"
TITLE = "IV Therapy, Peptides and Aesthetics"

CASES = [
    ("We offer the highest-dose vitamin C infusion in the state.", True),
    ("Our clinic has the most experienced injectors in Texas.", True),
    ("These are the highest quality peptides on the planet.", True),
    ("The purest CBD oil in the industry.", True),
    ("Dr. Reyes leads the premier hormone practice in Tampa.", True),
    ("We are the leading stem cell clinic in Arizona.", True),
    ("Heart disease is the nation's leading cause of death.", False),
    ("Overdose deaths are highest in the country among men aged 25 to 44.", False),
    ("Visit the most trusted name in regenerative medicine.", True),
    ("The most comprehensive hormone program in the Southeast.", True),
    ("The highest dose approved in the United States is 2.4 mg once a week.", False),
    ("The most common side effects are nausea and headache.", False),
    ("Melanoma is the most dangerous skin cancer in the country.", False),
    ("The most effective treatment available for moderate sleep apnea is CPAP, according to "
     "the American Academy of Sleep Medicine.", False),
    ("Screening is the most accurate way to find colon cancer early, the American College of "
     "Gastroenterology says.", False),
]


@pytest.mark.parametrize(("sentence", "fires"), CASES,
                         ids=[f"{'fires' if c[1] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_superlative_with_its_scope(engine: ContentEngine, sentence: str, fires: bool) -> None:
    assert reported(engine, RULE, TITLE, f"<p>{sentence}</p>") == ([sentence] if fires else [])
