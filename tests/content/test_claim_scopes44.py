"""Golden tests of the comparison a sentence leaves open (scopes.COMPARISON_ASKED, the
`comparison-asked` scope of no-superlative-claims), found by the rewrite-heavy development set
fresh51n.yaml (stop 44): a review that found too little evidence "to say whether" a therapy
works better than another, or a comparison called unclear, ranks nothing; the comparison said
as a finding still does. Texts written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

SUPERLATIVE = "no-superlative-claims"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Hypnotherapy has not been proven to help smokers quit: a 2019 Cochrane review found too "
     "little evidence to say whether it works better than other ways of stopping.", False),
    ("It is unclear whether hypnotherapy works better than nicotine patches for smokers.", False),
    ("It is not yet known whether cryotherapy works better than ice packs after a sprain.", False),
    # neighbours: the same comparison said as what the therapy does, or as a review's finding
    ("Hypnotherapy works better than other ways of stopping smoking.", True),
    ("We tested whether our hypnotherapy works better than nicotine patches, and it did.", True),
])
def test_a_comparison_left_open(engine: ContentEngine, sentence: str, fires: bool) -> None:
    found = reported_on(engine, SUPERLATIVE, article_page("Stop Smoking With Hypnotherapy",
                                                          sentence))
    assert (found == [sentence]) is fires and (found == []) is not fires, found
