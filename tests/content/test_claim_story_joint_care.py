"""A patient's story in which the teller works on the condition with their own clinician
("I'm still working with my therapist and psychiatrist on my anxiety", "My VA therapist and I
work on it together") tells that care, not an outcome of the page's product; a story in which
the product worked on the condition stays a claim (unapproved-disease-claim)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "unapproved-disease-claim"
PAGE = ("<html><head><title>Peptide Therapy | Riverbend Wellness</title></head><body><main>"
        "<h1>Peptide therapy</h1><p>Our BPC-157 peptide protocol is a four-week course.</p>"
        "<blockquote><p>{story}</p><footer>— A patient</footer></blockquote></main></body></html>")


def _fires(engine: ContentEngine, story: str) -> bool:
    verdict = engine.check_page("https://riverbend.example/peptides/", PAGE.format(story=story))
    return any(f.rule_id == RULE and story in (f.sentence or "") for f in verdict.findings)


@pytest.mark.parametrize(("story", "fires"), [
    ("I'm still working with my therapist and psychiatrist on my anxiety.", False),
    ("Two tours overseas left me with PTSD. My VA therapist and I work on it together, and the "
     "relaxation sessions here are one small part of my week.", False),
    ("After years of working with my therapist, the peptides finally worked on my anxiety.", True),
    ("The peptides worked on my anxiety better than anything my psychiatrist and I tried.", True),
    ("BPC-157 works on my PTSD, and my therapist and I work on the rest.", True),
])
def test_work_with_ones_own_clinician_is_that_care(engine, story, fires) -> None:
    assert _fires(engine, story) is fires
