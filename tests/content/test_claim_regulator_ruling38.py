"""Golden tests (issue 13, stop 38): a disease claim reported inside another country's
advertising or medicines regulator's ruling or advice ("The ASA has ruled that marketers must
hold robust evidence before claiming that PRP treats osteoarthritis") is the regulator's report
of sellers' talk, as it already was for the FDA or the FTC; the clinic's own claim beside the
regulator's name still fires. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("PRP injections", "The ASA has ruled that marketers must hold robust evidence before "
     "claiming that PRP treats osteoarthritis or tendon problems.", False),
    ("Stem cell therapy", "The TGA warned clinics against advertising that stem cell "
     "injections cure arthritis.", False),
    ("PRP injections", "Health Canada has ordered sellers to stop claiming that exosome "
     "injections repair torn ligaments.", False),
    # neighbours: the clinic's own claim, the regulator named beside it
    ("PRP injections", "Our PRP treats osteoarthritis, as the ASA has ruled after reviewing our "
     "evidence.", True),
    ("PRP injections", "PRP repairs torn ligaments and treats osteoarthritis; our adverts "
     "follow the CAP Code.", True),
])
def test_a_claim_reported_in_a_regulators_ruling(engine: ContentEngine, title: str,
                                                 sentence: str, fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page(title, sentence)) == (
        [sentence] if fires else [])
