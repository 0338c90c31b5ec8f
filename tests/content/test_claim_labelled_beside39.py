"""Golden tests of fpfix39b's first class (issue 13, stop 39): a use outside an approved drug's
label, told with a predicate of its own beside a labelled use in the same sentence.

The off-label reader (claimread._outside_label) read a labelled use named beside others as the
label's, so that symptoms told with their disease stay patient information ("may take weeks to
improve joint pain and swelling in rheumatoid arthritis"). A second use joined to the labelled
one with a predicate of its own ("Viagra treats ED and lowers the risk of heart failure"; "...
lowers the risk of heart failure while it treats your ED") is a second claim, which the label
does not cover: the drug is the claim's product (unapproved-disease-claim), as it is when that
use is told alone. Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"

CASES = [
    # the labelled use first, the other joined with its own predicate
    (DISEASE, True, "Online ED Treatment", "Viagra treats ED and lowers the risk of heart "
                                           "failure."),
    (DISEASE, True, "Online ED Treatment", "Cialis treats ED, and it prevents prostate cancer."),
    (DISEASE, True, "Longevity Medicine", "Metformin treats type 2 diabetes and prevents "
                                          "cancer."),
    # ... or the other use first, the labelled one after "while"
    (DISEASE, True, "Online ED Treatment", "Viagra protects the heart and lowers the risk of "
                                           "heart failure while it treats your ED."),
    # the labelled uses alone, symptoms in the labelled disease, the other use denied
    (DISEASE, False, "Online ED Treatment", "Viagra treats ED."),
    (DISEASE, False, "Online ED Treatment", "Cialis treats ED and BPH."),
    (DISEASE, False, "Rheumatology", "Plaquenil may take weeks to improve joint pain and "
                                     "swelling in rheumatoid arthritis."),
    (DISEASE, False, "Online ED Treatment", "Viagra treats ED; it does not lower the risk of "
                                            "heart failure."),
    # a word for germs in general is the labelled infection said again
    ("infectious-disease-claim", False, "Herpes Care", "Taken every day, valacyclovir prevents "
                                                       "genital herpes outbreaks and lowers the "
                                                       "chance of passing the virus to a "
                                                       "partner."),
]


@golden_sentences(CASES)
def test_a_use_beside_the_label_with_its_own_predicate(engine: ContentEngine, rule: str,
                                                        fires: bool, title: str,
                                                        sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
