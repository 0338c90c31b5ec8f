"""Golden tests of guarantees, superlatives and disease claims said of care sold as a place or a
service (a rehab, a treatment network, a facility) and of its outcomes, in the forms pages put
them in (issue 13, fresh batch 12b's dev half, classes of misses, not its sentences):

- a guarantee of the outcome care aims at, named as a noun (recovery, sobriety, remission,
  healing, hair regrowth), not of a place or a slot of care ("guaranteed recovery beds");
- a free repeat of what was sold as the remedy when the outcome fails ("or your next stay is
  free"), as a refund is;
- a superlative whose head is left out, closed by the scope it ranks in: the subject is ranked
  ("the most successful in the country" under "Every center in our network is:");
- the place or network of care as what a superlative ranks ("the best rehab in America", "the
  number one recovery network");
- wounds named by their cause (surgical wounds), as burn wounds are.

Each: the exact sentence and the rule, and a near sentence that must not fire. Sentences are
written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from tests.content.conftest import (
    assert_fires_as_labelled,
    golden_sentences,
    list_page,
    reported_on,
    riverbend_page,
    story_quote,
)

CASES = [
    # a guarantee of recovery, sobriety, remission, healing or regrowth
    ("no-guaranteed-results", True, "recovery", "We guarantee a lasting recovery."),
    ("no-guaranteed-results", True, "recovery", "Guaranteed sobriety starts with one call."),
    ("no-guaranteed-results", True, "shop", "Guaranteed hair regrowth in 90 days."),
    ("no-guaranteed-results", False, "recovery",
     "No program can guarantee recovery, and relapse can happen."),
    ("no-guaranteed-results", False, "recovery", "Guaranteed recovery beds are held for veterans."),
    ("no-guaranteed-results", False, "recovery", "Your privacy during recovery is guaranteed."),
    # a free repeat as the remedy when the outcome fails
    ("no-guaranteed-results", True, "pt",
     "Pain relief in one visit, or your next session is free."),
    ("no-guaranteed-results", True, "recovery",
     "Stay sober for a year or your next stay is free."),
    ("no-guaranteed-results", False, "pt", "Refer a friend and your next visit is free."),
    # the place or network of care ranked
    ("no-superlative-claims", True, "recovery",
     "They sent my daughter to the best rehab in America."),
    ("no-superlative-claims", True, "recovery", "The number one addiction recovery network."),
    ("no-superlative-claims", True, "pt", "The most advanced rehab facility in the state."),
    ("no-superlative-claims", False, "recovery",
     "Our network lists licensed rehabs in every state."),
    ("no-superlative-claims", False, "pt",
     "Ask which rehab facility in the state is closest to your family."),
    # a superlative with its head left out, closed by a ranking scope
    ("no-superlative-claims", True, "recovery",
     "Our centers are the most successful in the country."),
    ("no-superlative-claims", True, "recovery", "Vetted as the most trusted in the nation."),
    ("no-superlative-claims", False, "pt",
     "Heart disease is the most common cause of death in the country."),
    ("no-superlative-claims", False, "recovery",
     "Overdose deaths are highest in the country among men aged 25 to 44."),
]


@golden_sentences(CASES)
def test_care_setting_sentence(engine, rule, fires, title, sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


# The forms: a list item whose head is its intro's subject, a list item under a helpline intro, a
# patient's story (and, near it, an instruction about the same wound).
FORM_CASES = [
    ("no-superlative-claims", True,
     list_page("Our Treatment Network", "Every center in our network is:",
               "Vetted as the cream of the crop, the most successful in the country")),
    ("no-superlative-claims", False,
     list_page("Our Treatment Network", "Every center in our network is:",
               "Licensed in its state; we do not rate the quality of care")),
    ("no-guaranteed-results", True,
     list_page("Addiction Treatment Programs", "When you call our helpline:",
               "We guarantee a lasting recovery or your next stay is free")),
    ("no-guaranteed-results", False,
     list_page("Addiction Treatment Programs", "When you call our helpline:",
               "We explain the costs before you commit to any program")),
    ("unapproved-disease-claim", True,
     riverbend_page("Regenerative Medicine: PRP", story_quote(
         "My surgical wound healed twice as fast with the PRP gel.", "Linda K."))),
    ("unapproved-disease-claim", False,
     riverbend_page("Regenerative Medicine: PRP",
                    "<p>Keep your surgical wound clean and dry after the procedure, and call us "
                    "if it gets red.</p>")),
]


@pytest.mark.parametrize(("rule", "fires", "html"), FORM_CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(FORM_CASES)])
def test_care_setting_in_its_form(engine, rule, fires, html) -> None:
    assert bool(reported_on(engine, rule, html)) is fires
