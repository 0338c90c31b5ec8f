"""Disclosure rules (required-text) wording by wording: each statement, anywhere on a page
of the rule's topic, satisfies the rule; the same page without it makes the rule fire."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

PAGE = """<html><head><title>{title} | Sample Clinic</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main id="main"><h1>{title}</h1><p>{body}</p></main>
<footer><p>{footer}</p><a href="/contact/">Contact</a></footer></body></html>"""

CASES = {
    "medical-disclaimer-present": ("Depression Treatment", "Depression is treatable.", [
        "The information provided here is not intended as medical advice.",
        "Content is for informational purposes only.",
        "This information does not replace the advice of your doctor.",
        "Please talk with your healthcare provider before starting any new treatment.",
        "Always consult a qualified health professional about your care.",
        "Reading this page does not create a doctor-patient relationship.",
        "We are not giving medical advice on this page.",
        "This is general health information, not personal medical advice.",
    ]),
    "clinician-credentials": ("TMS Therapy", "TMS treats depression.", [
        "Dr. Jane Smith, board-certified psychiatrist",
        "Jane Smith, M.D., F.A.P.A.",
        "Author: Jane Smith, MSN, PMHNP-BC",
        "Reviewed by Nurse Practitioner Jane Smith",
        "Medical director: JANE SMITH, MD",
    ]),
    "crisis-resources-present": ("Depression Care", "Depression care for adults.", [
        "Call the National Suicide Prevention Lifeline.",
        "Text HOME to 741741 to reach the Crisis Text Line.",
        "In an emergency, go to your local ER.",
        "If you are in danger, call emergency services.",
        "Call or text 988.",
        "Call 9-1-1 if you are in immediate danger.",
    ]),
    "off-label-disclosure": ("Ketamine for Depression", "Ketamine infusions for depression.", [
        "Ketamine is currently FDA approved as an anesthetic, and its use for depression is "
        "considered off label.",
        "IV ketamine for depression has not been approved by the FDA.",
        "The FDA has only approved ketamine as an anesthetic.",
        "Ketamine is not FDA-approved for the treatment of any psychiatric disorder.",
    ]),
}


def _cases() -> list:
    cases = []
    for rule_id, (title, body, wordings) in CASES.items():
        cases.append(pytest.param(rule_id, title, body, "", True, id=f"{rule_id}-missing"))
        cases += [pytest.param(rule_id, title, body, w, False, id=f"{rule_id}-{i}")
                  for i, w in enumerate(wordings)]
    return cases


@pytest.mark.parametrize(("rule_id", "title", "body", "footer", "fires"), _cases())
def test_disclosure_wording(engine: ContentEngine, rule_id: str, title: str, body: str,
                            footer: str, fires: bool) -> None:
    html = PAGE.format(title=title, body=body, footer=footer)
    found = [f for f in engine.check_page("https://clinic.example/page/", html).findings
             if f.rule_id == rule_id]
    assert bool(found) == fires, (footer, [f.message for f in found])
