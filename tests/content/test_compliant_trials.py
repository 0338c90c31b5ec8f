"""Golden tests of the false-positive classes found by the fresh set fresh14n.yaml (helper
negatives14, 5 Dec 2026: pages of clinics that offer unapproved products and say the compliant
things, consent forms, research summaries with their citations and limits, hospital and
university clinical-trial pages, pharmacist Q&A; dev half read, test half scored once at the
end): the exact text must fire no claim rule, and its claim twin must still fire the rule.
Texts written for these tests (some clear ones are the dev half's), not from a letter. Every
clear row fires on main before this change.

- a null result told as the comparison's outcome ("both groups improved, with no significant
  difference between them") states no level of support (scopes.py EVIDENCE_UNSETTLED);
- a study's purpose is a question it asks ("to find out if ...", "is testing whether ..."),
  unless the sentence tells a finding after it; a trial recruiting ("Now enrolling: a study of
  ..."); research as the hoped agent of a future benefit ("the research might help the next
  person"); evidence few could cite (EVIDENCE_UNSETTLED);
- a sentence that identifies the approved ones, with the approval named ("The only approved
  stem cell products are blood-forming cells from cord blood, used for certain blood
  cancers"), is the status rule's cue read by the disease rules too, where no first person
  speaks (scopes.py IDENTIFIES_APPROVED);
- a reference written out in the claim's paragraph ("(Smith et al., Lancet 2009)", a DOI,
  PMID or "1988;332") cites it, as it would in a References section (types/claims.py);
- "FDA-authorized" said of a study or trial is the study's status (an IND), not a product's
  approval; a status in a clause whose subject points back ("..., and their quality is
  reviewed by the FDA") is said of the approved care named before it (claimread
  _status_stop, _approved_subject)."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, story_quote
from tests.content.conftest import article_rules_fired as _fired

STEM = "Stem Cell Therapy"
IV = "IV Vitamin Drips and NAD+ Infusions"
GLP1 = "Medical Weight Loss with Semaglutide and Tirzepatide"
PRIMARY = "Primary Care"


# (title, body) that must fire no claim rule
CLEAR = [
    (STEM, "<p>The only approved stem cell products are blood-forming cells from cord blood, "
           "used for certain blood cancers and disorders.</p>"),
    (IV, "<p>A small randomized trial of the Myers' cocktail in fibromyalgia found that both the "
         "IV nutrient group and the placebo group improved, with no significant difference "
         "between them (Ali et al., J Altern Complement Med, 2009).</p>"),
    (STEM, "<h2>Now Enrolling: A Study of Stem Cells After Stroke</h2>"),
    (STEM, "<p>The purpose of this phase 2 study is to find out if an investigational drug is "
           "safe and whether it may slow the loss of lung function in people with idiopathic "
           "pulmonary fibrosis.</p>"),
    (STEM, "<p>Our team is testing whether stem cells may reduce inflammation in adults with "
           "COPD. The cells are available only within this FDA-authorized study.</p>"),
    (STEM, story_quote("I joined the trial knowing I might get the placebo. Whatever happens, "
                       "I'm glad the research might help the next person with Parkinson's.",
                       "Study participant, 66")),
    (GLP1, "<h3>Is compounded semaglutide the same as Ozempic?</h3><p>No. Compounded "
           "semaglutide is made by a pharmacy and is not FDA-approved. Ozempic and Wegovy are "
           "the FDA-approved products, and their quality is reviewed by the FDA.</p>"),
    (STEM, "<p>Many clinic websites listed dozens of conditions, but few cited any published "
           "evidence for the treatments offered.</p>"),
    (PRIMARY, "<p>A randomized trial found that daily aspirin lowered the risk of a second heart "
              "attack (ISIS-2 Collaborative Group, Lancet 1988;332:349-60).</p>"),
]

# (rule, title, body): the claim twin of a clear row, which must still fire its rule
TWINS = [
    ("unapproved-disease-claim", STEM,
     "<p>Stem cell products from our lab are used for certain blood cancers and disorders.</p>"),
    ("research-claims-cited", IV,
     "<p>A small randomized trial found our Myers' cocktail improved fibromyalgia significantly "
     "more than placebo.</p>"),
    ("unapproved-disease-claim", IV,
     "<p>Our Myers' cocktail relieves fibromyalgia with no significant side effects.</p>"),
    ("unapproved-disease-claim", STEM, "<h2>Stem Cells After Stroke</h2>"),
    ("research-claims-cited", STEM,
     "<p>A study of our stem cells found they slow the loss of lung function in pulmonary "
     "fibrosis.</p>"),
    ("false-fda-approval-claim", STEM,
     "<p>Our FDA-authorized stem cells reduce inflammation in adults with COPD.</p>"),
    ("unapproved-disease-claim", STEM,
     story_quote("I'm glad the stem cells might help the next person with Parkinson's.",
                 "Patient, 66")),
    ("unapproved-disease-claim", STEM,
     "<p>This stem cell treatment might help people with Parkinson's.</p>"),
    ("false-fda-approval-claim", GLP1,
     "<p>Our compounded semaglutide is made in small batches, and its quality is reviewed by "
     "the FDA.</p>"),
    ("research-claims-cited", STEM,
     "<p>Many published studies show our stem cells repair cartilage.</p>"),
    ("research-claims-cited", PRIMARY,
     "<p>A randomized trial found that daily aspirin lowered the risk of a second heart "
     "attack.</p>"),
    ("research-claims-cited", PRIMARY,
     "<p>A randomized trial found that daily aspirin lowered the risk of a second heart "
     "attack (2009).</p>"),
]


@pytest.mark.parametrize(("title", "body"), CLEAR, ids=[f"clear-{i}" for i in range(len(CLEAR))])
def test_compliant_trial_and_research_text_fires_no_claim_rule(engine, title, body) -> None:
    assert not _fired(engine, title, body) & CLAIM_RULES, body


@pytest.mark.parametrize(("rule", "title", "body"), TWINS,
                         ids=[f"{t[0]}-twin-{i}" for i, t in enumerate(TWINS)])
def test_claim_twin_still_fires(engine, rule, title, body) -> None:
    assert rule in _fired(engine, title, body), body


# Care a story tells done is the teller's care, not a condition named by the care it needs
# (claimread _CARE_DONE): "after my hip replacement", "I had a knee replacement" (the first
# row fires on main; the second is quiet on both, kept as the cue's other form).
STORIES = [
    (False, "After my hip replacement I did physical therapy twice a week, and I was back on the "
            "golf course by spring."),
    (False, "I had a knee replacement in March. Physical therapy three times a week, and now I "
            "walk the dog every morning."),
    (True, "I was told I needed a hip replacement. After two cord blood shots I was back on the "
           "golf course by spring."),
    (True, "My doctor wanted to schedule a hip replacement. After two cord blood shots I was "
           "back on the golf course by spring."),
]


@pytest.mark.parametrize(("fires", "text"), STORIES,
                         ids=[f"{'fires' if s[0] else 'clear'}-{i}" for i, s in enumerate(STORIES)])
def test_care_a_story_tells_done_is_no_condition(engine, fires, text) -> None:
    fired = _fired(engine, "Regenerative Medicine", story_quote(text, "Dennis, 64"))
    assert ("unapproved-disease-claim" in fired) is fires, text


# A cleared use of the device the page's lead names, said of it by a generic head ("our
# chamber") the sentence does not tie to any product (claimread _cleared_in_context); an
# uncleared use still fires, with or without the cleared one beside it.
HBOT = "Hyperbaric Oxygen Therapy"
CLEARED = [
    (False, "Our chamber is cleared by the FDA for specific conditions, such as carbon monoxide "
            "poisoning."),
    (False, "Our chamber is FDA-cleared for diabetic foot ulcers."),
    (True, "Our chamber is cleared by the FDA for autism and brain injury."),
    (True, "Our chamber is FDA-cleared for diabetic foot ulcers and for reversing autism."),
]


@pytest.mark.parametrize(("fires", "text"), CLEARED,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CLEARED)])
def test_cleared_use_of_the_device_its_lead_names(engine, fires, text) -> None:
    fired = _fired(engine, HBOT, f"<p>{text}</p>")
    assert ("false-fda-approval-claim" in fired) is fires, text


# A sentence that points back with a short fronted prepositional phrase and no comma ("For some
# early cancers it ...") speaks of the care named before it, as one with the comma does
# (claimread _POINTER_SUBJECT; own probe batch 4): the phrase rules read it as said of that
# care; a product of ours before it still makes it ours.
POINTERS = [
    (False, "Cancer Support", "<p>Radiation therapy uses high-energy beams to destroy cancer "
                              "cells. For some early cancers it can be as effective as "
                              "surgery.</p>"),
    (True, "Cancer Support", "<p>Our ozone sauna is offered at both locations. For some early "
                             "cancers it can be as effective as surgery.</p>"),
]


@pytest.mark.parametrize(("fires", "title", "body"), POINTERS,
                         ids=[f"{'fires' if p[0] else 'clear'}-{i}"
                              for i, p in enumerate(POINTERS)])
def test_a_fronted_phrase_without_its_comma_still_points_back(engine, fires, title, body) -> None:
    assert ("no-superlative-claims" in _fired(engine, title, body)) is fires, body
