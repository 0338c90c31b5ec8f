"""Golden tests (stop 37, scope37): a text the learned model alone rates a claim (no predicate
word) that leaves its conditions with the reader's own clinician and names no product ("Patients
come to us with:" / "Fibromyalgia and chronic pain, for which we coordinate with your pain
specialist") is no claim, as a story that leaves them with the teller's clinician is not. An
item that names the product ("..., with our neurostimulation sessions and updates for your
pain specialist") still fires. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import list_page

DISEASE = "unapproved-disease-claim"
PAGE = "Memory and brain health supplements"


@pytest.mark.parametrize(("item", "fires"), [
    ("Fibromyalgia and chronic pain, for which we coordinate with your pain specialist", False),
    ("Fibromyalgia and chronic pain, and we coordinate with your pain specialist", False),
    # ... neighbour: the product named beside the clinician
    ("Fibromyalgia and chronic pain, with our neurostimulation sessions and updates for your "
     "pain specialist", True),
])
def test_left_with_the_readers_clinician(engine, item: str, fires: bool) -> None:
    verdict = engine.check_page("https://clinic.example/p/",
                                list_page(PAGE, "Patients come to us with:", item))
    assert (DISEASE in {f.rule_id for f in verdict.findings}) is fires
