"""Golden tests (issue 13, stop 37): "natural killer (NK) cells" are the body's own immune
cells (MeSH D007694), no natural product; a natural product said to kill cancer cells still
claims. Written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Natural killer cells attack cancer cells.", False),
    ("Natural killer (NK) cells attack cancer cells.", False),
    ("Our natural killer cell therapy destroys cancer cells.", True),
    ("Natural remedies kill cancer cells.", True),
])
def test_natural_killer_cells_are_the_bodys_own(engine: ContentEngine, sentence: str,
                                                 fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page("Cancer Support", sentence)) == (
        [sentence] if fires else [])
