"""Golden tests (issue 13, stop 35, claims21a): classes of first-contact misses and false
positives read in the dev half of fresh21a.yaml (hyperbaric oxygen and IV-drip clinic pages, UK
rulings), each with a near sentence that must stay quiet (or fire). Sentences are written for
these tests, not taken from a corpus file.

- Condition names in British spelling (the NHS's, NICE's and UK clinics'): the US vocabularies
  write "leukemia", "hemorrhoids", "celiac disease", "motor neuron disease", "sleep apnea";
  their regular British forms ("leukaemia", "haemorrhoids", "coeliac disease", "motor neurone
  disease", "sleep apnoea") are the same conditions.
- The last word of a condition's own name is no predicate: "heart attack" and "panic attack"
  end in a word of attacking, and no product attacks anything in "after my heart attack I
  started cardiac rehabilitation".
- "Speak to your GP about treatment", "consult your doctor" refer the reader to a clinician, as
  "talk to your doctor" does.
- In a story, the care the teller's own clinician owns as the agent of a passive ("managed by
  my rheumatologist's plan of exercise and medication") acts, as "managed by my
  rheumatologist" does; a clinician who only expected less ("stronger than my cardiologist
  expected, all thanks to the chamber") witnessed the outcome and leaves it with the product;
  care named right after an outcome's "thanks to" ("thanks to the rehab team and my medicines")
  is the outcome's means.
- A heading or card title whose text right under it denies it ("Stroke Recovery" over
  "Hyperbaric oxygen is not a proven treatment after a stroke.") is a topic the text declines.
- "The UK's leading ... centre" ranks a provider as "the nation's leading ..." does; "the UK's
  leading cause of death" ranks a cause.
- "Our chamber" and "a pressurised chamber" name a hyperbaric chamber; a bare "chamber" does
  not (the heart's, the eye's).
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES, harbor_page, list_page, story_quote

HBOT = "Hyperbaric Oxygen Therapy"
DRIPS = "IV Vitamin Drips"


def _fired(engine: ContentEngine, html: str) -> set[str]:
    verdict = engine.check_page("https://harbor.example/p/", html, status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    (DRIPS, "Our vitamin drip treats leukaemia.", True),
    (DRIPS, "Our vitamin drip shrinks haemorrhoids.", True),
    (DRIPS, "Our vitamin drip treats coeliac disease.", True),
    (HBOT, "Our chamber slows motor neurone disease.", True),
    (HBOT, "Hyperbaric sessions cure sleep apnoea.", True),
    # the same conditions as patient information
    ("Primary Care", "Leukaemia is treated with chemotherapy in hospital.", False),
    ("Primary Care", "Sleep apnoea is usually treated with a CPAP machine.", False),
])
def test_british_spellings_of_condition_names(engine: ContentEngine, title: str, sentence: str,
                                              fires: bool) -> None:
    assert bool(_fired(engine, harbor_page(title, f"<p>{sentence}</p>"))) is fires


@pytest.mark.parametrize(("title", "body", "fires"), [
    (HBOT, story_quote("Six weeks after my heart attack I started cardiac rehabilitation at the "
                       "hospital.", "Geoff, 61"), False),
    ("Anxiety Support", "<p>After a panic attack, I started our breathing course.</p>", False),
    # a product that acts on the condition still fires
    (HBOT, "<p>Our chamber sessions heal the heart after a heart attack.</p>", True),
    ("Anxiety Support", "<p>Our CBD drops stop panic attacks in minutes.</p>", True),
    # a list item so named takes its lead's predicate, as any verbless item does
    ("Primary Care", "<p>Our thermal wellness scans help prevent:</p><ul><li>Strokes and heart "
     "attacks</li><li>Anything else</li></ul>", True),
])
def test_the_last_word_of_a_condition_is_no_predicate(engine: ContentEngine, title: str,
                                                      body: str, fires: bool) -> None:
    assert bool(_fired(engine, harbor_page(title, body))) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("If you live with anxiety or insomnia, please speak to your GP about treatment.", False),
    ("If you have migraines, consult your doctor about treatment.", False),
    ("It treats anxiety and insomnia.", True),
])
def test_speak_to_your_gp_is_a_referral(engine: ContentEngine, sentence: str,
                                        fires: bool) -> None:
    # a drip-menu card: its title names the drip, its text the drip's contents, then this
    card = ("<div class='card'><h3>THE CALMER</h3><p>Magnesium and B vitamins in a saline "
            f"drip. {sentence}</p></div>")
    assert bool(_fired(engine, harbor_page(DRIPS, card))) is fires


@pytest.mark.parametrize(("story", "who", "fires"), [
    ("The sessions were relaxing, but my fibromyalgia pain is managed by my rheumatologist's "
     "plan of exercise and medication.", "Sandra, HBOT client", False),
    ("My fibromyalgia pain is managed by the chamber sessions.", "Sandra, HBOT client", True),
    # no predicate word: the learned model rates the story a claim, and the cardiologist only
    # expected less (before, the story was left with the cardiologist)
    ("Six weeks after my heart attack I started oxygen therapy here. My heart is stronger than "
     "my cardiologist expected, all thanks to the chamber.", "Geoff, 61", True),
    # the outcome told as its means, the care right after "thanks to"
    ("Six weeks after my heart attack I started cardiac rehabilitation at the hospital. My "
     "heart is stronger than my cardiologist expected, thanks to the rehab team and my "
     "medicines.", "Geoff, 61", False),
])
def test_the_clinicians_care_as_agent_and_the_clinicians_expectation(
        engine: ContentEngine, story: str, who: str, fires: bool) -> None:
    assert bool(_fired(engine, harbor_page(HBOT, story_quote(story, who)))) is fires


@pytest.mark.parametrize(("title", "text", "fires"), [
    ("Stroke Recovery", "Hyperbaric oxygen is not a proven treatment after a stroke.", False),
    ("Lyme Disease Treatment", "We do not treat Lyme disease; see your GP for antibiotics.",
     False),
    # the title stands when the text under it does not deny it
    ("Stroke Recovery", "Book a course of 20 sessions.", True),
    ("Stroke Recovery", "Hyperbaric oxygen is not painful, and it helps stroke patients regain "
     "speech.", True),
])
def test_a_title_over_its_denial(engine: ContentEngine, title: str, text: str,
                                 fires: bool) -> None:
    card = f"<div class='card'><h3>{title}</h3><p>{text}</p></div>"
    found = engine.check_page("https://harbor.example/p/", harbor_page(HBOT, card), status=200)
    on_title = {f.rule_id for f in found.findings if (f.sentence or "") == title} & CLAIM_RULES
    assert bool(on_title) is fires, on_title


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    (HBOT, "The UK's Leading Hyperbaric Oxygen Therapy Centre", True),
    (HBOT, "We are Britain's largest hyperbaric centre.", True),
    ("Primary Care", "Heart disease is the UK's leading cause of death.", False),
])
def test_a_country_ranks_a_provider(engine: ContentEngine, title: str, sentence: str,
                                    fires: bool) -> None:
    fired = _fired(engine, harbor_page(title, f"<p>{sentence}</p>"))
    assert ("no-superlative-claims" in fired) is fires, fired


@pytest.mark.parametrize(("title", "intro", "item", "fires"), [
    ("Primary Care", "Other conditions our chamber treats:",
     "MRSA and other antibiotic-resistant infections", True),
    ("Primary Care", "How the heart works:",
     "Blood from the upper chamber flows into the ventricle, and heart failure is treated with "
     "medicines", False),
])
def test_our_chamber_is_a_hyperbaric_chamber(engine: ContentEngine, title: str, intro: str,
                                             item: str, fires: bool) -> None:
    assert bool(_fired(engine, list_page(title, intro, item))) is fires
