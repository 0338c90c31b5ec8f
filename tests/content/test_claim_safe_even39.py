"""Golden tests of fpfix39b's third class (issue 13, stop 39): safety said to reach EVEN the
people or times a risk is known for (no-risk-minimization).

"Stendra is safe and effective, even for men with heart disease" (the FDA's 2019 letter to
Metuchen cites the claim) waves away the exclusion a label or a clinician would make, as "safe
for everyone" does. A sentence that bounds safety to the people it was shown for ("safe for most
men with stable heart disease who do not take nitrates") or denies it is no such claim.
Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

RISK = "no-risk-minimization"

CASES = [
    (RISK, True, "Online ED Treatment", "Stendra is safe and effective, even for men with heart "
                                        "disease, so there is nothing to worry about."),
    (RISK, True, "Shop Supplements", "Our calming drops are safe even for newborns."),
    (RISK, True, "Shop Supplements", "This detox tea is safe even during pregnancy."),
    (RISK, False, "Online ED Treatment", "Sildenafil is safe for most men with stable heart "
                                         "disease who do not take nitrates."),
    (RISK, False, "Online ED Treatment", "Stendra is not safe, even for healthy men, when taken "
                                         "with nitrates."),
    (RISK, False, "Online ED Treatment", "Is it safe even if I have heart disease? Ask your "
                                         "doctor."),
]


@golden_sentences(CASES)
def test_safe_even_for_those_at_risk(engine: ContentEngine, rule: str, fires: bool, title: str,
                                     sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
