"""Golden tests of the coordinator's class of stop 34 (issue 13, class 3): a status said of a
device named only by its kind ("laser") is a claim when the sentence names a use beyond the
kind's cleared ones, and the use may be what the device is said to do to a condition ("Our
FDA-approved laser treats neuropathy"), not only a "for" phrase ("an FDA-approved laser for
neuropathy"). A kind given no use stays clear ("We use an FDA-cleared laser"), as do the
patients it suits ("safe for patients with diabetes") and a cleared use said by a verb ("removes
unwanted hair"). Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

STATUS = "false-fda-approval-claim"

CASES = [
    (STATUS, True, "Laser Therapy", "Our FDA-approved laser treats neuropathy in the feet."),
    (STATUS, True, "Laser Therapy", "This FDA-cleared laser heals plantar fasciitis in weeks."),
    (STATUS, True, "Pain Relief", "An FDA-approved cold laser that relieves fibromyalgia pain."),
    (STATUS, False, "Laser Therapy", "We use an FDA-cleared laser in every session."),
    (STATUS, False, "Laser Therapy",
     "Our FDA-cleared laser is safe for patients with diabetes and pacemakers."),
    (STATUS, False, "Laser Hair Removal", "Our FDA-cleared laser removes unwanted hair."),
]


@golden_sentences(CASES)
def test_a_device_kind_given_a_use_by_what_it_does(engine: ContentEngine, rule: str,
                                                   fires: bool, title: str,
                                                   sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
