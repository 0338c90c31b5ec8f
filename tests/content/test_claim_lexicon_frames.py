"""Golden tests of the cure rule reading its conditions from the lexicons (a frame class with
`conditions: [diseases, infections]`, checker/content/frames.py ConditionSlot) instead of hand
lists in its patterns, of the miss classes of fresh9a's test half (issue 13, helper claims9c),
and of inflections() doubling a final consonant. Each: the exact sentence and the rule, and a
near sentence that must not fire. Sentences are written for these tests, not taken from a
corpus file."""

from __future__ import annotations

import pytest

from checker.content.frames import compile_frames
from checker.content.lexicons import inflections
from checker.settings import ConfigError
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

CURE = "no-unqualified-cure-claims"
GUARANTEE = "no-guaranteed-results"

CASES = [
    # conditions from the lexicons, not a hand list: ICD-10-CM, Disease Ontology, consumer
    # names ("panic attacks", "erectile dysfunction", "plantar fasciitis")
    (CURE, True, "shop", "This program eliminates panic attacks."),
    (CURE, True, "shop", "Our therapy eradicates erectile dysfunction."),
    (CURE, True, "shop", "Our patches eliminate peripheral neuropathy."),
    (CURE, True, "shop", "The drops wipe out chronic sinusitis."),
    # reverse, end, get rid of: the disease rules read these with their product
    (CURE, False, "shop", "Exosome infusions reverse liver fibrosis."),
    (CURE, True, "shop", "Eczema, gone for good."),
    (CURE, True, "shop", "With our protocol, your plantar fasciitis will be a distant memory."),
    (CURE, True, "shop", "Our members' tinnitus never comes back."),
    (CURE, False, "pt", "We eliminate the guesswork from your care."),
    # the condition is the verb's object, not another noun's complement
    (CURE, False, "pt", "Our braces end the stiffness of knee osteoarthritis."),
    # a condition that lasts is no cure; a condition that fades is the disease rules'
    (CURE, False, "pt", "Type 1 diabetes lasts forever."),
    (CURE, False, "pt", "Diabetes is a condition you manage for life."),
    (CURE, False, "pt", "Surgery can remove an early skin cancer, and most basal cell cancers "
                        "never come back."),
    # a disease told as removed now, in the present passive
    (CURE, True, "shop",
     "Wear them daily and your neuropathy pain is eliminated, no pills needed."),
    (CURE, False, "pt", "Measles was eliminated from the United States in 2000."),
    (CURE, False, "pt", "The infection is eliminated by the immune system within a week."),
    (CURE, False, "pt", "Once the tumor is removed, the cancer is eliminated in most patients."),
    # a fragment: the condition, then "gone" with no verb
    (CURE, True, "shop", "Pain gone, mobility back, surgery avoided"),
    (CURE, True, "shop", "Plantar fasciitis, arthritis and heel spurs, gone"),
    (CURE, False, "pt", "Once the pain is gone, you can return to normal activity."),
    (CURE, True, "shop", "Hashimoto's, reversed."),
    (CURE, False, "pt", "Prediabetes can often be reversed with weight loss and activity."),
    (CURE, False, "pt", "We screen everyone for seizure history before the first session."),
    # a heading that ends the condition where we are
    (CURE, True, "shop", "Cellular Aging Stops Here"),
    (CURE, False, "pt", "Your search for a physical therapist ends here."),
    # erased for good
    (CURE, True, "shop", "Wrinkles erased permanently in one month."),
    # a universal after the result, over the people who use it
    (GUARANTEE, True, "shop", "It relieves joint pain in everyone who drinks it."),
    (GUARANTEE, True, "shop", "Memory improved in almost everyone who took it."),
    (GUARANTEE, True, "shop", "Pain relief from the very first step, for every wearer"),
    (GUARANTEE, False, "pt", "Exercise helps your heart in almost everyone who does it regularly."),
    (GUARANTEE, False, "pt",
     "Flu vaccines are recommended for everyone who is 6 months and older."),
    (GUARANTEE, True, "shop", "Every single person who tried it woke up with less stiffness."),
    # a promise with a universal over who the reader is
    (GUARANTEE, True, "shop",
     "Take two capsules daily and you will look ten years younger, no matter your age."),
    (GUARANTEE, False, "pt", "Stretching helps, no matter your age."),
    (GUARANTEE, False, "pt", "You will need a booster no matter your age."),
    # no harm, with "been" between the null quantifier and the harm
    ("no-risk-minimization", True, "shop",
     "In twelve years on the market there has not been a single side effect."),
    ("no-risk-minimization", False, "pt",
     "There has not been a single case of measles in the county this year."),
    # a risk said to drop to zero
    ("no-risk-minimization", True, "shop",
     "Cancer risk drops to zero when your telomeres stay long."),
    ("no-risk-minimization", False, "pt", "Quitting smoking lowers your risk of a heart attack."),
    # a superlative closed by "ever", leaving no scope to rank in
    ("no-superlative-claims", True, "shop", "The Most Important Anti-Aging Discovery Ever Made"),
    ("no-superlative-claims", False, "pt", "The most important thing is to keep moving."),
    # a trial described by its length or kind instead of a count
    ("research-claims-cited", True, "shop",
     "Based on Nobel Prize-winning science and tested in a twelve-month human trial."),
    ("research-claims-cited", False, "pt", "Ask whether you can take part in a clinical trial."),
]


@golden_sentences(CASES)
def test_lexicon_frame_sentence(engine, rule, fires, title, sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def test_condition_class_stands_first_or_last() -> None:
    with pytest.raises(ConfigError, match="first or last"):
        compile_frames([["ridding", "condition", "lasting"]], "test")
    frame = compile_frames([{"sequence": ["ridding", "condition"], "gap": 30}], "test")[0]
    assert frame.slot is not None and frame.parts == 1 and not frame.slot.first
    assert frame.matches("Our drops eliminate rheumatoid arthritis.")
    assert not frame.matches("Our drops eliminate the guesswork.")


@pytest.mark.parametrize(("lemma", "has", "lacks"), [
    ("stop", {"stopped", "stopping", "stops"}, {"stoped", "stoping"}),
    ("quit", {"quitting"}, {"quiting"}),
    ("shut down", {"shutting down"}, {"shuting down"}),
    ("get rid of", {"getting rid of"}, {"geting rid of"}),
    # no doubling: two vowels, w/x/y, two syllables, a final e
    ("heal", {"healed", "healing"}, {"heall"}),
    ("fix", {"fixed", "fixing"}, {"fixxed"}),
    ("target", {"targeted"}, {"targetted"}),
    ("cure", {"cured", "curing"}, set()),
])
def test_inflections_double_a_final_consonant(lemma, has, lacks) -> None:
    forms = set(inflections(lemma))
    assert has <= forms and not (lacks & forms)
