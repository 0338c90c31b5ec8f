"""Golden tests (stop 36, rewrites36): surgery named by its procedure, by a surgical suffix
("-ectomy", "-ostomy") or a surgical approach ("laparoscopic", "arthroscopic", "keyhole"), is
approved care: a cure or superlative said of it by no seller is patient information. Said of a
seller's product beside it, it still fires. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

CURE = "no-unqualified-cure-claims"
TITLE = "Gallstones and kidney stones: your options"


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Laparoscopic gallbladder removal cures painful gallstone attacks for good.", False),
    ("A cholecystectomy ends gallstone attacks for good.", False),
    ("Tonsillectomy cures recurrent tonsillitis for good.", False),
    ("Arthroscopic repair of the torn meniscus cures the locking knee for good.", False),
    # ... neighbours: the seller's product is the subject
    ("Our gallbladder flush cures painful gallstone attacks for good.", True),
    ("Our gallbladder flush cures gallstone attacks for good, with no cholecystectomy needed.",
     True),
])
def test_surgery_by_procedure_is_approved_care(engine, sentence: str, fires: bool) -> None:
    body = f"<p>{sentence}</p><p>Ask your surgeon which option suits you.</p>"
    assert (CURE in article_rules_fired(engine, TITLE, body)) is fires
