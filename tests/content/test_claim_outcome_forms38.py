"""Golden tests (issue 13, stop 38): outcome forms the predicate lexicon lacked. A condition
left behind ("Leave opiate addiction behind"), a growth that stopped since the product ("his
prostate cancer hasn't grown since he started the tea") and a disease promised not to come
("you won't catch the flu") are claims of the cure and prevent classes when an unapproved
product is named; approved care told the same way, a trace left behind, a scan's finding and a
transmission fact ("you cannot catch HIV from a hug") are not. Written for these tests, not
taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"


@pytest.mark.parametrize(("rule", "title", "sentence", "fires"), [
    (DISEASE, "recovery", "You can leave your anxiety behind without prescriptions.", True),
    (DISEASE, "shop", "My husband's prostate cancer hasn't grown since he started the red clover "
     "capsules.", True),
    (INFECTION, "shop", "Take our elderberry tonic every morning and you won't catch the flu "
     "this winter.", True),
    # neighbours: approved care, a trace left behind, a scan's finding, a transmission fact
    (DISEASE, "recovery", "Many people leave opioid addiction behind with buprenorphine or "
     "methadone and counselling.", False),
    (DISEASE, "Laser Tattoo Removal", "Laser sessions can leave behind a faint scar, which "
     "usually fades.", False),
    (DISEASE, "Integrative Cancer Support", "Your last scan shows the cancer hasn't spread since "
     "surgery, so your oncologist will keep the same plan.", False),
    (INFECTION, "Sexual Health Clinic", "You cannot catch HIV from a hug, a kiss or a shared cup.",
     False),
])
def test_an_outcome_left_behind_halted_or_promised_not_to_come(
        engine: ContentEngine, rule: str, title: str, sentence: str, fires: bool) -> None:
    assert reported_on(engine, rule, article_page(title, sentence)) == (
        [sentence] if fires else [])
