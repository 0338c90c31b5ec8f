"""Golden tests (stop 38, fpfix38): a side effect denied is neither a statement of risk nor a
harm that ended.

The cure rule clears a clause that names side effects ("side effects totally vanished after
the first month": a harm that ended, no cure), and the disease rule reads "side effect" as a
statement of risk unless it is denied ("without the side effects"). A story's "cured my
obesity in four months and I never felt a single side effect" denies the harm as part of the
boast (fresh28n dev, a telehealth testimonial): the cure is told, and its risk minimized. A
story that reports its side effects, and a harm that ended, stay quiet. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

CURE = "no-unqualified-cure-claims"


def story(text: str) -> str:
    return (f"<blockquote><p>\u201c{text}\u201d</p><footer>\u2014 Mel, Geelong</footer>"
            "</blockquote>")


def fired(engine: ContentEngine, body: str) -> bool:
    title = "Weight loss online"
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    return any(f.rule_id == CURE for f in verdict.findings)


CASES = [
    (True, story("The Ozempic from this clinic cured my obesity in four months and I never "
                 "felt a single side effect.")),
    (True, "<p>Our drops cured my psoriasis and I never had any side effects.</p>"),
    (False, "<p>Side effects totally vanished after the first month.</p>"),
    (False, story("Wegovy helped me lose 12 kg over a year, though I had some side effects at "
                  "first.")),
]


@pytest.mark.parametrize(("fires", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_side_effect_denied_is_no_harm_that_ended(engine: ContentEngine, fires: bool,
                                                    body: str) -> None:
    assert fired(engine, body) is fires, body
