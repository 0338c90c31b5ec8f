"""Golden tests (stop 41, fixfda41): FDA-status claims whose subject no product lexicon knows
(a device or cream by its trade name, "it" in a customer's story, the product an FAQ asks
about), read by what the status itself says: a customer vouching for the approval of what
they bought, an FAQ answering yes to its question's approval, an approval that rests on a
registration, one given for a cure, one given for every use, one said of a numbing
product, a registration said of a trade name, and the status alone in a list of the
seller's promises. Each beside a compliant neighbour that stays quiet. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

RULE = "false-fda-approval-claim"


def _reported(engine: ContentEngine, body: str) -> list[str]:
    """The sentences the status rule reports on a clinic page whose text is `body`."""
    title = "Skin and Body Treatments"
    html = (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<p>Our team sees patients on weekdays.</p>{body}</main></body></html>")
    verdict = engine.check_page("https://riverbend.example/care/", html)
    return [f.sentence or "" for f in verdict.findings if f.rule_id == RULE]


def _story(text: str) -> str:
    return f"<blockquote><p>\u201c{text}\u201d</p><footer>\u2014 Dana P.</footer></blockquote>"


def _faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


@pytest.mark.parametrize(("body", "sentence"), [
    # a customer's story vouching for the approval of what they bought
    (_story("I picked it because it's FDA approved, and my jeans fit again."),
     "I picked it because it's FDA approved, and my jeans fit again."),
    (_story("Knowing they were approved by the FDA made ordering easy."),
     "Knowing they were approved by the FDA made ordering easy."),
    # an FAQ's yes, with the approval said again of "it"
    (_faq("Is your tattoo numbing gel FDA approved?",
          "Yes, it is FDA approved and made in a registered facility."),
     "Yes, it is FDA approved and made in a registered facility."),
    # the FDA's approval in the present, of our own stem cells
    (_faq("Is this treatment legal?",
          "Yes, the FDA approves the use of your own stem cells in our office."),
     "Yes, the FDA approves the use of your own stem cells in our office."),
    # an approval resting on a registration
    ("<p>Every vial is filled in an FDA-registered facility, which means it is FDA approved.</p>",
     "Every vial is filled in an FDA-registered facility, which means it is FDA approved."),
    ("<p>Vitalé Gummies are made in an FDA-registered lab, so they meet the same standards as "
     "prescription drugs.</p>",
     "Vitalé Gummies are made in an FDA-registered lab, so they meet the same standards as "
     "prescription drugs."),
    # an approval given for a cure, and a status given for every use
    ("<p>The NervaWave pad is FDA-approved to cure diabetic neuropathy.</p>",
     "The NervaWave pad is FDA-approved to cure diabetic neuropathy."),
    ("<p>The GlowLift wand is FDA approved for every skin concern.</p>",
     "The GlowLift wand is FDA approved for every skin concern."),
    # a numbing product, which no approval covers for a cosmetic procedure (the "laser" of
    # "laser hair removal" names the use, not a cleared laser)
    ("<h2>The FDA-Approved Numbing Spray Piercers Trust</h2><p>Each can lasts a month.</p>",
     "The FDA-Approved Numbing Spray Piercers Trust"),
    ("<p>Numbing cream, FDA approved for tattoos and laser hair removal.</p>",
     "Numbing cream, FDA approved for tattoos and laser hair removal."),
    # a registration or a listing said of a product by its trade name
    ("<h3>Lumera Sculpt</h3><p>FDA listed.</p>", "FDA listed."),
    ("<p>CelluVita-X is FDA registered.</p>", "CelluVita-X is FDA registered."),
    # the status alone, in a list of what the seller promises of its offer
    ("<p>Our pledge:</p><ul><li>Walk-ins welcome</li><li>Approved by the FDA</li></ul>",
     "Approved by the FDA"),
])
def test_a_status_claim_of_an_unnamed_product(engine, body: str, sentence: str) -> None:
    # (the finding is on that sentence: a story keeps its quotation marks)
    assert any(sentence in found for found in _reported(engine, body))


@pytest.mark.parametrize("body", [
    # approved care named in the story: the approval is true of it
    _story("I started Wegovy in March. It's FDA approved, and my doctor checks on me monthly."),
    _story("My nurse explained it is not FDA approved, and I appreciated that."),
    _faq("Is your tattoo numbing gel FDA approved?",
         "No. It is made in a registered facility, but the FDA has not approved it."),
    _faq("Is this treatment legal?",
         "No, the FDA does not approve the use of your own stem cells for knee pain."),
    "<p>PRP is made with devices that the FDA clears for specific uses.</p>",
    "<p>Every vial is filled in an FDA-registered facility; registration does not mean the FDA "
    "has approved it.</p>",
    "<p>Vitalé Gummies are made in an FDA-registered lab.</p>",
    "<p>The NervaWave pad is FDA cleared for the temporary relief of minor muscle pain.</p>",
    "<p>The GlowLift wand is FDA cleared for use on all skin types.</p>",
    "<h2>Our Numbing Spray Is Not FDA Approved</h2><p>Each can lasts a month.</p>",
    "<p>Our laser is FDA cleared for hair removal.</p>",
    "<h3>Harbor Outpatient Pharmacy</h3><p>FDA registered.</p>",
    "<p>Our partner lab is FDA registered.</p>",
    "<p>Our pledge:</p><ul><li>Walk-ins welcome</li><li>Only FDA-approved medicines</li></ul>",
])
def test_a_compliant_neighbour_stays_quiet(engine, body: str) -> None:
    assert _reported(engine, body) == []
