"""Golden tests (issue 13, stop 31): an FAQ answer that opens with a bare "No" to a question that
asks nothing the claim says ("Do I need an appointment?" / "No. Our walk-in immune drip knocks
out the flu in a day.") makes the claim that follows it; a "No" to a question that asks the
claim ("Can the immune drip prevent the flu?" / "No. ...") still answers it. A risk denied at the
end of a list ("without pills, injections or the side effects") is no statement of risk.
Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported, reported_on, riverbend_page

INFECT = "infectious-disease-claim"
DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("question", "answer", "fires"), [
    ("Do I need an appointment?", "No. Our walk-in immune drip knocks out the flu in a day.",
     True),
    ("Can the immune drip prevent the flu?",
     "No. The flu vaccine prevents the flu; our drip is for hydration.", False),
])
def test_a_bare_no_answers_the_question_before_a_new_statement(
        engine: ContentEngine, question: str, answer: str, fires: bool) -> None:
    html = riverbend_page("IV Vitamin Drips", f"<h3>{question}</h3><p>{answer}</p>")
    assert reported_on(engine, INFECT, html) == ([answer] if fires else [])


def test_a_risk_denied_at_the_end_of_a_list(engine: ContentEngine) -> None:
    sentence = "Our turmeric blend eases arthritis without pills, injections or the side effects."
    assert reported(engine, DISEASE, "Herbal Supplements", f"<p>{sentence}</p>") == [sentence]
