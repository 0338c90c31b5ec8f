"""Golden tests of who a product is said to be for, in the forms pages use (issue 13, claims in
FAQs and lists; own probes of claims12b, written for these tests, not taken from a corpus file):

- an FAQ question of candidacy ("Who is a good candidate for PRP?", "Is ozone right for me?")
  is the intro of its answer, as "may be right for you if you have:" is a list's: the
  conditions the answer names are what the product is offered for. Not when the question asks
  about care that is not ours ("for knee replacement", "Is Spravato right for me?") or asks who
  should not have it, nor when the answer leaves people out ("are not candidates", "unless");
- a list intro of candidates ("Ideal candidates have:", "Who can benefit:") or of uses ("Common
  reasons for ozone therapy:", "Top uses of PRP:", "Indications:"). A use intro must name the
  product itself as what the reasons are for, not an act on it ("Reasons for postponing your
  drip:").

Each: the exact page and the rule, and a near page that must not fire."""

from __future__ import annotations

import pytest

from tests.content.conftest import list_page, reported_on, riverbend_page

PRP = "Regenerative Medicine: PRP and Exosomes"
OZONE = "Ozone Therapy"
IV = "IV Vitamin Drips and NAD+ Infusions"


def faq(title: str, question: str, answer: str) -> str:
    return riverbend_page(title, f"<section class='faq'><h2>FAQ</h2><details><summary>{question}"
                                 f"</summary><p>{answer}</p></details></section>")


CASES = [
    # candidacy questions answered with conditions
    ("unapproved-disease-claim", True, faq(
        PRP, "Who is a good candidate for PRP?",
        "Anyone with tennis elbow, a torn meniscus or early arthritis.")),
    ("unapproved-disease-claim", False, faq(
        PRP, "Who is a good candidate for PRP?",
        "PRP is not recommended for people with bleeding disorders or active cancer.")),
    ("unapproved-disease-claim", True, faq(
        PRP, "Is PRP right for me?",
        "If you have chronic tendon pain or early arthritis, it probably is.")),
    ("unapproved-disease-claim", False, faq(
        PRP, "Who is a good candidate for knee replacement?",
        "People with severe arthritis pain that limits daily life.")),
    ("unapproved-disease-claim", False, faq(
        PRP, "Who is a good candidate for PRP?",
        "We decide after an exam; people with clotting disorders or cancer are not candidates.")),
    ("unapproved-disease-claim", False, faq(
        "Ketamine and Spravato for Depression", "Is Spravato right for me?",
        "It may be if you have depression that has not improved with two antidepressants.")),
    # list intros of candidates and of uses
    ("unapproved-disease-claim", True,
     list_page(PRP, "Ideal candidates have:", "Knee osteoarthritis")),
    ("unapproved-disease-claim", False,
     list_page(PRP, "Poor candidates include:", "Blood disorders")),
    ("unapproved-disease-claim", True,
     list_page(PRP, "Who can benefit:", "Runners with tendon injuries")),
    ("unapproved-disease-claim", False,
     list_page("Physical Therapy and Rehabilitation", "Who can benefit:",
               "People recovering from a stroke")),
    ("unapproved-disease-claim", True,
     list_page(OZONE, "Common reasons for ozone therapy:", "Chronic fatigue")),
    ("unapproved-disease-claim", True, list_page(PRP, "Top uses of PRP:", "Tennis elbow")),
    ("unapproved-disease-claim", True, list_page(IV, "Indications:", "Fibromyalgia")),
    ("unapproved-disease-claim", False,
     list_page(IV, "Reasons for postponing your drip:", "An active infection")),
    ("unapproved-disease-claim", False,
     list_page("Vaccines", "Common reasons for a flu shot:", "Heart disease")),
]


@pytest.mark.parametrize(("rule", "fires", "html"), CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(CASES)])
def test_who_the_product_is_for(engine, rule, fires, html) -> None:
    assert bool(reported_on(engine, rule, html)) is fires
