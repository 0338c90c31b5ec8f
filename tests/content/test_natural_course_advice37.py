"""Golden tests (stop 37, stories37): the condition's natural course ("Many mild ear infections
in children over two get better without antibiotics") with the clinic only as the one who advises
waiting ("so we may suggest waiting two or three days with pain relief first") is patient
information: "we" advising names no seller's agent. The clinic's own product offered for the
course ("so we suggest our colloidal silver drops instead") stays a claim. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

INFECTIOUS = "infectious-disease-claim"


@pytest.mark.parametrize(("paragraph", "fires"), [
    ("Amoxicillin is the usual first antibiotic for a child's bacterial ear infection. Many mild "
     "ear infections in children over two get better without antibiotics, so we may suggest "
     "waiting two or three days with pain relief first.", False),
    ("Many mild ear infections get better without antibiotics, so we suggest our colloidal "
     "silver drops, which clear ear infections in two days.", True),
])
def test_natural_course_with_advice_to_wait(engine, paragraph: str, fires: bool) -> None:
    assert (INFECTIOUS in article_rules_fired(engine, "Ear Infections", f"<p>{paragraph}</p>")) \
        is fires
