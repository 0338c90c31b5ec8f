"""Golden tests (issue 13, stop 38): a superlative told as a professional society's word, the
society named as it names itself ("The Menopause Society", "the Endocrine Society") and its word
given by its own document ("'s 2022 position statement says", "'s guideline recommends") or
opening "According to ...", is patient information quoting its source (the authority-reported
scope cue of no-superlative-claims), as "the NHS says" already is. Said with "our" (the
seller's own product), by a body's newsletter, or with no source, it still fires. Sentences
written for these tests (fresh31n's dev half showed the class), not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

SUPERLATIVE = "no-superlative-claims"
PAGE = "Menopause care"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("The Menopause Society's 2022 position statement says hormone therapy is the most "
     "effective treatment for hot flashes and night sweats.", False),
    ("According to the Endocrine Society, hormone therapy is the most effective treatment for "
     "hot flashes.", False),
    ("The Endocrine Society's guideline says hormone therapy is the most effective treatment "
     "for hot flashes.", False),
    # neighbours: the seller's product, a body's newsletter, no source
    ("The Menopause Society says our herbal blend is the most effective treatment for hot "
     "flashes.", True),
    ("The Wellness Society's newsletter says this herbal blend is the most effective treatment "
     "for hot flashes.", True),
    ("Hormone therapy is the most effective treatment for hot flashes.", True),
])
def test_a_societys_statement_is_its_word(engine: ContentEngine, sentence: str,
                                          fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, article_page(PAGE, sentence)) == (
        [sentence] if fires else [])
