"""Golden tests (issue 13, stop 39): a test's results said to be guaranteed are the service's
report, delivered by a time, as the rule's description says ("Not a guarantee of service");
results, weight loss or an outcome said to be guaranteed still are a guarantee. Written for
these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

GUARANTEE = "no-guaranteed-results"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Blood Tests", "Your lab results are guaranteed to reach you within 48 hours.", False),
    ("Blood Tests", "Test results are guaranteed within one working day.", False),
    ("Blood Tests", "Blood test results are guaranteed by 5 pm the next day.", False),
    ("Weight Loss Clinic", "Your results are guaranteed.", True),
    ("Weight Loss Clinic", "Weight loss results are guaranteed within 12 weeks.", True),
    ("Weight Loss Clinic", "Success is guaranteed on our programme.", True),
])
def test_a_tests_results_are_the_services_report(engine: ContentEngine, title: str,
                                                  sentence: str, fires: bool) -> None:
    assert reported_on(engine, GUARANTEE, article_page(title, sentence)) == (
        [sentence] if fires else [])
