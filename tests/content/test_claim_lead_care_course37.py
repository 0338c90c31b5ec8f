"""Golden tests (stop 37, scope37): an FAQ answer that tells a condition's natural course
("Most pink eye is caused by a virus and clears on its own in one to two weeks") under a
question about approved care whose name holds a product word ("Should I use antibiotic drops
for pink eye?": the drops are the antibiotic's) is patient information, as under a question
that names no product. Under a question about the seller's own product ("Should I use our
silver drops for pink eye?") the answer is read as before. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"
ANSWER = ("Only for bacterial conjunctivitis. Most pink eye is caused by a virus and clears on "
          "its own in one to two weeks; allergic pink eye responds to antihistamine drops.")


def _faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


@pytest.mark.parametrize(("question", "fires"), [
    ("Should I use antibiotic drops for pink eye?", False),
    ("Do I need steroid eye drops for pink eye?", False),
    # ... neighbour: the seller's own drops asked of
    ("Should I use our colloidal silver drops for pink eye?", True),
])
def test_a_natural_course_under_a_question_of_care(engine, question: str, fires: bool) -> None:
    html = riverbend_page("Eye Care Shop", _faq(question, ANSWER))
    assert bool(reported_on(engine, DISEASE, html)) is fires
