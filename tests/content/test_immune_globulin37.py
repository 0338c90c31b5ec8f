"""Golden tests (stop 37, stories37): immune globulin replacement (licensed biologics;
labelled-uses.yaml) is approved care for its labelled uses, primary immunodeficiency and the
infections it prevents there: "Some people need immune globulin replacement ... to lower their
risk of infections" is patient information. The same infusions for uses no label names (Lyme
disease, COVID-19) stay claims. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

INFECTIOUS = "infectious-disease-claim"


@pytest.mark.parametrize(("paragraph", "fires"), [
    ("Primary immunodeficiency is a group of conditions in which part of the immune system is "
     "missing or does not work. Some people need immune globulin replacement, given by infusion "
     "every few weeks, to lower their risk of infections.", False),
    ("Our IVIG infusions cure Lyme disease.", True),
    ("IVIG infusions lower the risk of COVID-19 for everyone.", True),
])
def test_immune_globulin_for_its_labelled_uses(engine, paragraph: str, fires: bool) -> None:
    assert (INFECTIOUS in article_rules_fired(engine, "Immune Health", f"<p>{paragraph}</p>")) \
        is fires
