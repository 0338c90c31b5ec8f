"""Golden tests (stop 37, scope37): a heading or a card's title that a phrase rule reads as a
claim ("Backed by Science") is the topic its text declines when the first sentence right under
it holds the same rule's claim, cleared by a negation ("Not clinically proven to regrow
cartilage ..."), as the disease rules read a title over its denial. A body that claims it, or
that denies something else first ("Not sold in stores."), leaves the title a claim. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import harbor_claim_rules

RESEARCH = "research-claims-cited"


def _card(title: str, body: str) -> str:
    return ("<p>Browse the range below.</p><div class=\"cards\"><div class=\"card\">"
            f"<h3>{title}</h3><p>{body}</p><a href=\"/buy/\">Book now</a></div></div>")


@pytest.mark.parametrize(("title", "body", "fires"), [
    ("Backed by Science",
     "Not clinically proven to regrow cartilage in arthritic knees; the studies so far are "
     "small and their results mixed.", False),
    ("Backed by Science",
     "Not clinically proven to ease joint pain. Ask your doctor about the treatments that are.",
     False),
    # ... neighbours: the body claims it, or denies something else first
    ("Backed by Science",
     "Clinically proven to regrow cartilage in arthritic knees, with results in weeks.", True),
    ("Backed by Science",
     "Not sold in stores. Our serum regrows cartilage in arthritic knees.", True),
])
def test_a_title_its_text_denies(engine, title: str, body: str, fires: bool) -> None:
    fired = harbor_claim_rules(engine, "Joint Support Serum", _card(title, body))
    assert (RESEARCH in fired) is fires
