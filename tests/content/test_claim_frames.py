"""Golden tests of claim frames (checker/content/frames.py, rules/lexicons/claim-frames.yaml):
the exact sentence and the rule, for each rule type that reads frames (claim, existence,
citation), firing and not. Sentences are written for these tests, not taken from a corpus
file."""

from __future__ import annotations

import pytest

from checker.content.explain import explain_page
from checker.content.frames import compile_frames
from checker.settings import ConfigError
from tests.content.conftest import (
    article_page,
    assert_fires_as_labelled,
    golden_sentences,
)

CASES = [
    # citation type: research-claims-cited
    ("research-claims-cited", True, "shop",
     "Study after study has found that our capsules ease stiff knees."),
    ("research-claims-cited", True, "shop",
     "The science is settled: these capsules protect your cartilage."),
    ("research-claims-cited", True, "shop", "Each capsule is lab-verified to calm sore joints."),
    ("research-claims-cited", True, "shop",
     "Backed by peer-reviewed science and loved by customers."),
    ("research-claims-cited", True, "shop",
     "Orthopedic experts now agree that our formula protects joints."),
    ("research-claims-cited", False, "shop",
     "Research has not shown that glucosamine rebuilds cartilage."),
    ("research-claims-cited", False, "shop",
     "Every bottle is lab-tested by an outside company for purity."),
    ("research-claims-cited", False, "shop", "Glucosamine: what the evidence says"),
    ("research-claims-cited", False, "shop",
     "Clinically tested sunscreens still need to be reapplied every two hours."),
    ("research-claims-cited", False, "shop", "A free trial shows you how the capsules taste."),
    ("research-claims-cited", False, "shop",
     "Doctors agree on one thing about sore knees: keep moving."),
    # claim type: no-guaranteed-results
    ("no-guaranteed-results", True, "iv", "Our drips work without fail, whatever your schedule."),
    ("no-guaranteed-results", True, "iv",
     "Everyone who books the full course feels better by the weekend."),
    ("no-guaranteed-results", True, "iv",
     "If you don't feel the difference after one drip, we refund the session."),
    ("no-guaranteed-results", False, "iv",
     "A drip does not work every time, and we say so before you book."),
    ("no-guaranteed-results", False, "iv", "Everyone on our team wants you to feel better."),
    ("no-guaranteed-results", False, "iv", "Stop by every time you are in the neighborhood."),
    # an outcome named as a noun phrase, closed by a tag; a service guaranteed is no result
    ("no-guaranteed-results", True, "iv", "Pain relief for every patient, guaranteed."),
    ("no-guaranteed-results", True, "shop", "Thicker, fuller hair in 90 days, guaranteed!"),
    ("no-guaranteed-results", False, "iv", "Same-day appointments, guaranteed."),
    ("no-guaranteed-results", False, "iv", "Relief is not guaranteed, and results vary."),
    # claim type: no-risk-minimization
    ("no-risk-minimization", True, "iv", "There is zero infection risk with our sterile drips."),
    ("no-risk-minimization", True, "iv",
     "All the energy of an espresso, minus the jitters and the side effects."),
    ("no-risk-minimization", False, "iv",
     "No drip is without risk, and we explain the risks before we start."),
    ("no-risk-minimization", False, "iv",
     "For most healthy adults it is well tolerated, but it is not free of risk."),
    # claim type: no-unqualified-cure-claims
    ("no-unqualified-cure-claims", True, "recovery",
     "Our kit wipes out the urge to smoke for good."),
    ("no-unqualified-cure-claims", True, "recovery",
     "Kick the habit once and for all with our herbal kit."),
    ("no-unqualified-cure-claims", False, "recovery",
     "Counselling with medicine doubles the chance of quitting for good."),
    # claim type: compounded-sameness-claim
    ("compounded-sameness-claim", True, "glp1",
     "Zepbound without the Zepbound markup, from our compounded tirzepatide program."),
    ("compounded-sameness-claim", True, "glp1",
     "Patients who moved from Wegovy to our compounded shot cannot tell them apart."),
    ("compounded-sameness-claim", False, "glp1",
     "Our compounded semaglutide is not Wegovy and is not FDA-approved."),
    # ours called the brand's double: <identity> then <brand-reference>
    ("compounded-sameness-claim", True, "glp1",
     "Our compounded tirzepatide works exactly like Mounjaro."),
    ("compounded-sameness-claim", True, "glp1",
     "Compounded semaglutide, identical in composition to the brand-name medication."),
    ("compounded-sameness-claim", True, "glp1",
     "Our compounded semaglutide is a copy of Wegovy, made in Ohio."),
    ("compounded-sameness-claim", False, "glp1",
     "Our compounded semaglutide is not a copy of Wegovy and is not FDA-approved."),
    ("compounded-sameness-claim", False, "glp1",
     "We keep compounded semaglutide on the same dosing schedule used in the Wegovy trials."),
    ("compounded-sameness-claim", False, "glp1",
     "Generic drugs work the same as brand-name drugs, but compounded drugs are not generics."),
    # the brand's chemistry as ours, the brand as the measure: <brand> right before ...
    ("compounded-sameness-claim", True, "glp1",
     "Get the Zepbound formula for less with our compounded tirzepatide."),
    ("compounded-sameness-claim", True, "glp1",
     "Ozempic-equivalent semaglutide, compounded and shipped cold."),
    # a fragment of sameness with its brand elided, a compounded product in view
    ("compounded-sameness-claim", True, "glp1",
     "Compounded semaglutide from a 503A pharmacy. Same active ingredient. Same results."),
    ("compounded-sameness-claim", False, "glp1",
     "Compounded semaglutide from a 503A pharmacy. Same-day shipping."),
    # no difference left but the price or the label
    ("compounded-sameness-claim", True, "glp1",
     "Compounded semaglutide: the only difference you will notice is the price."),
    ("compounded-sameness-claim", False, "glp1",
     "The only difference between generic drugs and brand-name drugs is the price; "
     "compounded semaglutide is not a generic."),
    # existence type: no-superlative-claims
    ("no-superlative-claims", True, "shop", "The strongest joint formula on the market."),
    ("no-superlative-claims", True, "shop", "America's most trusted joint capsule."),
    ("no-superlative-claims", True, "shop", "Works faster than prescription painkillers."),
    ("no-superlative-claims", True, "shop", "Denver's top rated joint formula."),
    ("no-superlative-claims", False, "shop", "Best decision I ever made."),
    ("no-superlative-claims", False, "shop", "Our strongest capsule is for adults only."),
    ("no-superlative-claims", True, "shop",
     "Nothing else on the shelf soothes joints as gently as our capsules."),
    ("no-superlative-claims", False, "shop",
     "Nothing on our menu works as fast as a prescription antibiotic for an infection."),
]


@golden_sentences(CASES)
def test_frame_sentence(engine, rule, fires, title, sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def test_explain_names_the_frame(engine) -> None:
    html = article_page("shop", "Study after study has found that our capsules ease stiff knees.")
    text = "\n".join(explain_page(engine, "https://clinic.example/p/", html,
                                  "research-claims-cited"))
    assert "frame: <evidence> then, within 40 characters, <showing>" in text


def test_explain_says_what_cleared_a_frame(engine) -> None:
    html = article_page("shop", "Research has not shown that glucosamine rebuilds cartilage.")
    text = "\n".join(explain_page(engine, "https://clinic.example/p/", html,
                                  "research-claims-cited"))
    assert "cleared by a negation" in text


@pytest.mark.parametrize(("rule", "sentence", "reason"), [
    ("no-unqualified-cure-claims", "Scabies is cured with permethrin cream applied from the "
     "neck down.", "a pattern of its list; cleared by approved care as its subject"),
    ("no-unqualified-cure-claims", "Pelvic floor exercises cure stress incontinence in many "
     "women, the NHS says.", "cleared by a scope cue 'the NHS says'"),
    ("no-unqualified-cure-claims", "Can any balm cure eczema?", "cleared by a question"),
    ("no-unqualified-cure-claims", "Our balm does not cure eczema.", "cleared by a negation"),
    ("no-guaranteed-results", "We cannot guarantee you will love your results.",
     "cleared by a negation"),
    ("no-risk-minimization", "There are no serious side effects, though bruising can happen.",
     "cleared by an exception of the rule ('can happen')"),
])
def test_explain_says_what_cleared_a_pattern(engine, rule, sentence, reason) -> None:
    # (stop 28) a pattern of the list, not only a frame, is reported with what cleared it
    html = article_page("shop", sentence)
    text = "\n".join(explain_page(engine, "https://clinic.example/p/", html, rule))
    assert f"no    {sentence!r}" in text and reason in text, text


def test_explain_says_when_a_rule_does_not_read_the_page(engine) -> None:
    html = ("<!DOCTYPE html><html lang='en'><head><title>Our Team</title></head><body><main>"
            "<h1>Our Team</h1><p>She believes the best care is personal care.</p></main>"
            "</body></html>")
    text = "\n".join(explain_page(engine, "https://clinic.example/team/", html,
                                  "no-superlative-claims"))
    assert "reads only the site's chrome here: none of the page's topics is in its " \
           "applies_to ['health']" in text, text


def test_a_bad_frame_is_refused_in_one_line() -> None:
    with pytest.raises(ConfigError, match="unknown-class"):
        compile_frames([["evidence", "unknown-class"]], "pack.yaml: rule x")
    with pytest.raises(ConfigError, match="gap"):
        compile_frames([{"sequence": ["evidence", "showing"], "gap": 500}], "pack.yaml: rule x")


def test_the_prefilter_tests_an_inflected_class_by_its_shortest_forms() -> None:
    """A frame's word class of inflected verbs is looked for by its stems (one scan of a
    page per stem, not per form), and a set with an everyday word is not the one chosen."""
    import re

    from checker.content.prefilter import Prefilter, normalize, requirements

    sets = requirements(re.compile(r"\b(?:show|shows|shown|showing)\b", re.IGNORECASE))
    assert sets == [(" show",)]
    for_good = requirements(re.compile(r"\bgone[\s-]+for[\s-]+good\b|\bforever\b", re.I))
    assert for_good is not None and all(" for " not in s for s in for_good)
    pre = Prefilter([re.compile(r"\b(?:study|studies)\b[^.]{1,40}?\b(?:show|shown)\b", re.I)])
    assert pre.may_match(normalize("Studies have shown it works."))
    assert not pre.may_match(normalize("Our study room is open."))
