"""Golden outputs of the status-claim type (false-fda-approval-claim): the exact sentence it
reports, and the sentences it must leave alone, on pages through the real content engine."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

RULE = "false-fda-approval-claim"


# (the engine is conftest.py's: one per session, audit date 2026-11-25)


def _reported(engine: ContentEngine, title: str, body: str) -> list[str]:
    return reported_on(engine, RULE, riverbend_page(title, body))


@pytest.mark.parametrize(("title", "body", "sentence"), [
    # a product of an unapproved class in the sentence
    ("Stem Cell Therapy", "<p>Our amniotic stem cells are FDA approved for knee arthritis.</p>",
     "Our amniotic stem cells are FDA approved for knee arthritis."),
    # the product is in the card's title (its lead)
    ("CBD Oils", "<div class='card'><h3>Relief CBD tincture</h3><p>Cleared by the FDA for "
     "nerve pain.</p></div>", "Cleared by the FDA for nerve pain."),
    # something the FDA never approves, whatever the product
    ("Semaglutide Weight Loss", "<p>Every pen is filled by an FDA-approved compounding "
     "pharmacy.</p>", "Every pen is filled by an FDA-approved compounding pharmacy."),
    # a generic noun on a page about an unapproved product: the page's product
    ("Exosome Treatments", "<p>Ask about our FDA-cleared treatment for thinning hair.</p>",
     "Ask about our FDA-cleared treatment for thinning hair."),
    # unbranded semaglutide on a page that sells compounded drugs
    ("Weight Loss Program", "<p>We prescribe compounded semaglutide after a video visit.</p>"
     "<p>You receive FDA-approved semaglutide every month.</p>",
     "You receive FDA-approved semaglutide every month."),
    # ketamine said to be approved, in an appositive
    ("Ketamine for Depression", "<p>Ketamine, an FDA-approved medicine, lifts mood fast.</p>",
     "Ketamine, an FDA-approved medicine, lifts mood fast."),
    # an FAQ answer that says yes to a question carrying the status
    ("Stem Cell Therapy", "<details><summary>Are your stem cell shots FDA approved?</summary>"
     "<p>Yes, every one of them.</p></details>", "Yes, every one of them."),
    # registration or listing said of the product itself: an impression of approval
    # (21 CFR 207.77(b))
    ("Exosome Treatments", "<p>Our exosome products are FDA registered.</p>",
     "Our exosome products are FDA registered."),
    ("Homeopathic Remedies", "<p>An FDA-listed homeopathic remedy for seasonal allergies.</p>",
     "An FDA-listed homeopathic remedy for seasonal allergies."),
    # the yes answers the question's status; the pharmacy's registration does not stop it
    ("Weight Loss Program", "<p>We prescribe compounded tirzepatide after a video visit.</p>"
     "<details><summary>Is your tirzepatide FDA approved?</summary>"
     "<p>Yes, every vial comes from an FDA-registered pharmacy.</p></details>",
     "Yes, every vial comes from an FDA-registered pharmacy."),
    # a facility's registration joined to the product's approval, with no connective
    ("CBD Oils", "<p>Made in an FDA-registered facility, our CBD is legal and approved for "
     "pain relief.</p>",
     "Made in an FDA-registered facility, our CBD is legal and approved for pain relief."),
    # the registration as a noun, presented as approval
    ("Peptide Therapy", "<p>Our peptides carry an FDA registration number, which means they "
     "are approved for use in humans.</p>", "Our peptides carry an FDA registration number, "
     "which means they are approved for use in humans."),
])
def test_reports_the_status_claim(engine: ContentEngine, title: str, body: str,
                                  sentence: str) -> None:
    assert _reported(engine, title, body) == [sentence]


@pytest.mark.parametrize(("title", "body"), [
    ("Stem Cell Therapy", "<p>Stem cell products are not FDA-approved for arthritis.</p>"),
    ("CBD Oils", "<p>Epidiolex is the only FDA-approved CBD medicine.</p>"),
    ("Ketamine for Depression", "<p>Spravato is FDA-approved for treatment-resistant "
     "depression.</p>"),
    ("Ketamine for Depression", "<p>Ketamine is FDA-approved as an anesthetic.</p>"),
    ("Ketamine for Depression", "<p>TMS is an FDA-cleared treatment for depression.</p>"),
    ("Exosome Treatments", "<p>Botox is an FDA-approved treatment for frown lines.</p>"),
    ("Weight Loss Program", "<p>We prescribe compounded semaglutide after a visit.</p>"
     "<p>Wegovy is an FDA-approved medicine for weight management.</p>"),
    ("Weight Loss Program", "<p>Ozempic and Wegovy are FDA-approved semaglutide "
     "medicines.</p>"),
    ("Hyperbaric Oxygen Therapy", "<p>Hyperbaric oxygen is cleared by the FDA to treat "
     "decompression sickness.</p>"),
    ("Stem Cell Therapy", "<p>The only FDA-approved stem cell products are cord blood cells "
     "for certain blood disorders.</p>"),
    ("Supplements", "<p>Is any supplement FDA approved?</p>"),
    ("Supplements", "<p>Supplements are not intended to diagnose, treat, cure or prevent any "
     "disease, and none is FDA-approved.</p>"),
    ("Primary Care", "<p>An FDA-approved generic has the same active ingredient as the "
     "brand.</p>"),
    # registration said of a pharmacy or a facility is true
    ("Semaglutide Weight Loss", "<p>Every pen is filled by an FDA-registered compounding "
     "pharmacy.</p>"),
    ("Peptide Therapy", "<p>Made in an FDA registered facility in Ohio.</p>"),
    ("Supplements", "<p>Our capsules are made in an FDA-registered facility and are not "
     "approved by the FDA.</p>"),
    ("Primary Care", "<p>Our laboratory shows its FDA registration number on every "
     "report.</p>"),
    ("Stem Cell Therapy", "<p>Being registered with the FDA does not mean a clinic's stem "
     "cell products are approved.</p>"),
])
def test_leaves_true_and_negated_statements_alone(engine: ContentEngine, title: str,
                                                  body: str) -> None:
    assert _reported(engine, title, body) == []


def test_explain_says_a_registration_is_true_of_an_establishment(engine) -> None:
    from checker.content.explain import explain_page

    html = riverbend_page("Peptide Therapy", "<p>Made in an FDA registered facility in Ohio.</p>")
    lines = "\n".join(explain_page(engine, "https://riverbend.example/p/", html, RULE))
    assert "no: registration said of an establishment: 'facility'" in lines
