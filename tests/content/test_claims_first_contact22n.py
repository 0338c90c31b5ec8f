"""Golden tests (issue 13, stop 36, negatives22): classes read in the dev half of fresh22n.yaml
(med-spa, body-contouring and hair-restoration clinic pages), each with a near sentence on the
other side. Sentences are written for these tests, not taken from a corpus file.

- A list intro that tells harms or warning signs ("Common side effects of Kybella treatment
  include:", "Risks of laser resurfacing include:", "Get medical help right away if you
  notice:") lends its items no predicate: what is listed under it is what the care may cause or
  what needs a doctor, never what it treats. An intro that promises ("Benefits of ...:", "helps
  reduce the risk of:") or denies harms ("with no side effects, ... helps with:") still lends it.
- A product word inside the name of a condition is the condition's word: the "patch" of a
  "bald patch" names no patch for sale; "one patch daily to ease arthritis pain" still does.
- "Guaranteed" before a loss of body measure ("guaranteed inch loss", "guaranteed pounds off")
  promises an outcome, as "guaranteed weight loss" does; "inch loss is not guaranteed" does not.
- A superlative's head may stand after compound modifiers ("London's Best Fat-Freezing and
  Body-Sculpting Clinic"); and "in" + a capital after a compound adjective ("the top-rated hair
  loss clinic in Europe") is the place ranked in, not the named source that clears "voted best
  clinic in Boise Magazine".
- An approved drug of labelled-uses.yaml named as the subject of its approval: a product word
  in the use the approval is given for belongs to the use ("Botox Cosmetic is FDA approved for
  frown lines and platysma bands": no bands for sale), not when the seller's own product is
  named there ("approved for our IV drips") or after a new subject ("..., and our compounded
  semaglutide injections are FDA approved too").
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES

DISEASE = "unapproved-disease-claim"
GUARANTEE = "no-guaranteed-results"
SUPERLATIVE = "no-superlative-claims"
STATUS = "false-fda-approval-claim"


def _claim_rules(engine: ContentEngine, title: str, body: str) -> set[str]:
    html = (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Riverbend Aesthetics</title>"
            f"</head><body><main><article><h1>{title}</h1>{body}</article></main></body></html>")
    verdict = engine.check_page("https://riverbend.example/p/", html, status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


def _list(intro: str, item: str) -> str:
    return f"<p>{intro}</p><ul><li>{item}</li></ul>"


@pytest.mark.parametrize(("title", "intro", "item"), [
    ("Kybella", "Common side effects of Kybella treatment include:",
     "Swelling, numbness and tenderness under the chin, and rarely nerve injury that causes an "
     "uneven smile"),
    ("Botox Cosmetic", "Botox Cosmetic carries a boxed warning. Get medical help right away if "
     "you notice:", "Trouble swallowing, speaking or breathing, muscle weakness or double vision"),
    ("Laser Resurfacing", "Risks of laser resurfacing treatment include:",
     "Infection, scarring and outbreaks of cold sores"),
])
def test_a_harms_intro_lends_its_items_no_predicate(engine: ContentEngine, title: str,
                                                    intro: str, item: str) -> None:
    assert _claim_rules(engine, title, _list(intro, item)) == set()


@pytest.mark.parametrize(("title", "intro", "item"), [
    ("Exosome Therapy", "Benefits of our exosome treatment:", "Hair loss and thinning hair"),
    ("Herbal Heart Tea", "Our herbal tea helps reduce the risk of:", "Heart disease and stroke"),
    ("Herbal Joint Formula", "Gentle, with no side effects, our herbal formula helps with:",
     "Arthritis and joint pain"),
])
def test_an_intro_that_promises_still_lends_its_predicate(engine: ContentEngine, title: str,
                                                          intro: str, item: str) -> None:
    assert DISEASE in _claim_rules(engine, title, _list(intro, item))


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Hair Transplant", "My bald patch is much less visible a year after the transplant.", False),
    ("Hair Loss Treatment", "Minoxidil foam may regrow hair on a bald patch at the crown.", False),
    ("Pain Relief Patches", "Apply one patch daily to ease arthritis pain.", True),
])
def test_a_product_word_inside_a_condition_names_no_product(engine: ContentEngine, title: str,
                                                            sentence: str, fires: bool) -> None:
    assert (DISEASE in _claim_rules(engine, title, f"<p>{sentence}</p>")) is fires


@pytest.mark.parametrize(("body", "fires"), [
    (_list("What 3D-Lipo does for you:",
           "Guaranteed inch loss from the belly, hips and thighs in 8 sessions"), True),
    ("<p>Guaranteed pounds off in two weeks with our body wraps.</p>", True),
    ("<p>Most people lose about an inch from the treated area; inch loss is not guaranteed.</p>",
     False),
])
def test_guaranteed_loss_of_body_measure(engine: ContentEngine, body: str, fires: bool) -> None:
    assert (GUARANTEE in _claim_rules(engine, "3D-Lipo Fat Reduction Treatment", body)) is fires


@pytest.mark.parametrize(("title", "body", "fires"), [
    ("3D-Lipo Fat Reduction Treatment",
     "<h2>London's Best Fat-Freezing and Body-Sculpting Clinic</h2>", True),
    ("Hair Loss Treatment", "<p>Because we are the top-rated hair loss clinic in Europe and our "
     "results are unmatched.</p>", True),
    ("Hair Loss Treatment", "<p>Voted best hair clinic in Boise Magazine's readers' poll "
     "2023.</p>", False),
    ("Hair Loss Treatment", "<p>Our clinic was rated the best dermatology practice in Denver by "
     "5280 Magazine in 2023.</p>", False),
])
def test_superlatives_of_a_clinic_ranked_in_a_place(engine: ContentEngine, title: str, body: str,
                                                    fires: bool) -> None:
    assert (SUPERLATIVE in _claim_rules(engine, title, body)) is fires


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Botox Cosmetic", "Botox Cosmetic (onabotulinumtoxinA) is FDA approved for frown lines, "
     "crow's feet lines, forehead lines and platysma bands in adults.", False),
    ("Botox Cosmetic", "Botox Cosmetic is FDA approved for moderate to severe platysma bands in "
     "adults.", False),
    ("Botox Cosmetic", "Botox is FDA approved for our wellness programs and IV drips.", True),
    ("Semaglutide Weight Loss", "Wegovy is FDA approved for weight management, and our "
     "compounded semaglutide injections are FDA approved too.", True),
    ("Ketamine Therapy", "Our ketamine is FDA approved for depression.", True),
])
def test_a_product_word_in_an_approved_drugs_use_is_no_subject(engine: ContentEngine, title: str,
                                                               sentence: str, fires: bool) -> None:
    assert (STATUS in _claim_rules(engine, title, f"<p>{sentence}</p>")) is fires
