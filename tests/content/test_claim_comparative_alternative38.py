"""Golden tests (issue 13, stop 38): a comparison in the product's favour with its head noun
between, set against an approved drug's brand ("a safer alternative to Viagra", "a stronger
substitute for Cialis"), is the superiority claim "safer than Viagra" is; an alternative named
with no comparison in the product's favour, a question or a comparison denied is not. Written
for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

SUPERLATIVE = "no-superlative-claims"
PAGE = "Men's Health Shop"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Genergy is a safer alternative to Viagra for men with heart trouble.", True),
    ("Our capsules are a stronger substitute for Cialis.", True),
    # neighbours: no comparison in the product's favour, a question, a comparison denied
    ("Tadalafil is a longer-acting alternative to Viagra for many men.", False),
    ("Ask your doctor whether a safer alternative to Viagra exists for you.", False),
    ("For men who take nitrates, no ED pill is a safer alternative to Viagra.", False),
])
def test_a_comparison_with_its_head_noun_against_a_brand(engine: ContentEngine, sentence: str,
                                                         fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])
