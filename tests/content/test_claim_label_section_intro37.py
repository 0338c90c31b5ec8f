"""Golden tests (stop 37, scope37): a list's intro that names a drug and then its label's
section, with no colon after it ("Chloroquine phosphate 250 mg: uses"), introduces its items as
"...: uses:" would: an item that is the drug's labelled use ("Prevention and treatment of
malaria ...") is patient information about that drug. The same drug for a use outside its label
(coronavirus), and a product of the claim classes under the same kind of intro ("Ozone therapy:
uses", "Colloidal silver: uses"), still claim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import list_page

CLAIMS = {"unapproved-disease-claim", "infectious-disease-claim"}


@pytest.mark.parametrize(("intro", "item", "fires"), [
    ("Chloroquine phosphate 250 mg: uses",
     "Prevention and treatment of malaria in areas where the parasite is sensitive to it", False),
    ("Amoxicillin 500 mg \u2014 indications",
     "Treatment of strep throat, ear infections and bacterial pneumonia", False),
    # ... neighbours: a use outside the label, or a product of the claim classes
    ("Chloroquine phosphate 250 mg: uses",
     "Prevention of coronavirus infection in people exposed at home or at work", True),
    ("Ozone therapy: uses", "Treatment of Lyme disease and chronic fatigue", True),
    ("Colloidal silver: uses", "Prevention of flu and colds", True),
])
def test_a_label_section_intro(engine, intro: str, item: str, fires: bool) -> None:
    verdict = engine.check_page("https://clinic.example/p/",
                                list_page("Online Pharmacy", intro, item))
    assert bool({f.rule_id for f in verdict.findings} & CLAIMS) is fires
