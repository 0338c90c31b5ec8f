"""Golden tests of the structured claim rules: the exact sentence and rule id that fire, and
the scope that stops each non-claim (negation, hedge, attribution, approved care, question,
no product), on pages served the way the engine reads them."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.explain import explain_page

URL = "https://www.lakeshore.example/services/page/"
PAGE = ("<!DOCTYPE html><html lang=en><head><title>{title} | Lakeshore Clinic</title></head>"
        "<body><main><h1>{title}</h1>{body}</main></body></html>")


def _claims(engine: ContentEngine, title: str, body: str) -> list[tuple[str, str]]:
    verdict = engine.check_page(URL, PAGE.format(title=title, body=body), status=200)
    return [(f.rule_id, f.sentence or "") for f in verdict.findings
            if f.rule_id in ("unapproved-disease-claim", "infectious-disease-claim")]


FIRES = [
    ("Exosome Therapy", "<p>Exosome injections regenerate the nerves damaged by diabetic "
     "neuropathy.</p>", "unapproved-disease-claim",
     "Exosome injections regenerate the nerves damaged by diabetic neuropathy."),
    ("Wellness Shop", "<p>Conditions our herbal tonic helps:</p><ul><li>Gout and "
     "kidney stones</li></ul>", "unapproved-disease-claim", "Gout and kidney stones"),
    ("Chelation Therapy", "<details><summary>Can chelation help my heart?</summary><p>Yes. "
     "EDTA chelation clears the plaque behind coronary artery disease.</p></details>",
     "unapproved-disease-claim", "EDTA chelation clears the plaque behind coronary artery "
     "disease."),
    ("Hyperbaric Oxygen", "<p>Autism symptoms improve after forty hyperbaric sessions.</p>",
     "unapproved-disease-claim", "Autism symptoms improve after forty hyperbaric sessions."),
    ("IV Drips", "<p>Our glutathione drip shields your family from influenza this winter.</p>",
     "infectious-disease-claim",
     "Our glutathione drip shields your family from influenza this winter."),
    ("Ozone Therapy", "<p>Ozonated oil kills the herpes virus on contact.</p>",
     "infectious-disease-claim", "Ozonated oil kills the herpes virus on contact."),
]

STOPPED = [
    ("Exosome Therapy", "<p>Exosome injections do not regenerate nerves damaged by "
     "neuropathy.</p>", "denial"),
    ("Exosome Therapy", "<p>Whether exosome injections help neuropathy is not yet known.</p>",
     "hedge"),
    ("Exosome Therapy", "<p>Some clinics claim that exosomes reverse neuropathy.</p>",
     "attribution"),
    ("Primary Care", "<p>Antibiotics cure most cases of strep throat within ten days.</p>",
     "approved care"),
    ("Exosome Therapy", "<p>Can exosomes reverse neuropathy?</p>", "a question"),
    ("Primary Care", "<p>Physical therapy eases the stiffness of knee osteoarthritis.</p>",
     "approved care"),
    ("Hyperbaric Oxygen", "<p>Hyperbaric oxygen helps diabetic foot ulcers heal.</p>",
     "a cleared use"),
    # evidence said to be weak or missing, before or after the claim: patient information
    ("IV Drips", "<p>There is little evidence that IV vitamin drips prevent colds or the "
     "flu.</p>", "denial: 'little evidence'"),
    ("Immune Support", "<p>Elderberry syrup is a traditional remedy; the evidence that it "
     "shortens the flu is limited and mixed.</p>", "denial: 'evidence that it shortens the flu "
     "is limited'"),
    ("IV Drips", "<p>Drips marketed to flush out COVID-19 have no scientific basis.</p>",
     "denial: 'have no scientific basis'"),
    # research that names its own uncertainty, and others' sales talk (checker/content/scopes.py)
    ("Hair Restoration", "<p>Red light therapy for hair loss: results in adults are "
     "unclear.</p>", "unsettled evidence: 'results in adults are unclear'"),
    ("Hair Restoration", "<p>Red light therapy is sometimes marketed as a cure for hair "
     "loss.</p>", "reported as others' sales talk: 'is sometimes marketed as'"),
    ("Immune Support", "<p>Our immune package has not been evaluated for preventing COVID-19, "
     "colds or flu.</p>", "denial: 'not been evaluated'"),
    ("Stem Cells", "<p>Claims that stem cells reverse Parkinson's disease are false.</p>",
     'denial: "Claims that stem cells reverse Parkinson\'s disease are false"'),
]


@pytest.mark.parametrize(("title", "body", "rule_id", "sentence"), FIRES)
def test_claim_fires_on_exactly_its_sentence(engine: ContentEngine, title: str, body: str,
                                             rule_id: str, sentence: str) -> None:
    assert _claims(engine, title, body) == [(rule_id, sentence)]


@pytest.mark.parametrize(("title", "body", "reason"), STOPPED)
def test_non_claim_is_stopped_and_explain_says_why(engine: ContentEngine, title: str,
                                                   body: str, reason: str) -> None:
    html = PAGE.format(title=title, body=body)
    assert _claims(engine, title, body) == []
    lines = "\n".join(explain_page(engine, URL, html))
    assert f"no: {reason}" in lines, lines


def test_lead_lends_its_predicate_and_product_to_a_list_item(engine: ContentEngine) -> None:
    body = "<p>We treat these with stem cells:</p><ul><li>Lupus</li><li>Psoriasis</li></ul>"
    assert _claims(engine, "Our Clinic", body) == [
        ("unapproved-disease-claim", "Lupus"), ("unapproved-disease-claim", "Psoriasis")]
    lines = "\n".join(explain_page(engine, URL, PAGE.format(title="Our Clinic", body=body),
                                   "unapproved-disease-claim"))
    assert "predicate from its lead 'We treat these with stem cells:'" in lines


def test_one_claim_one_finding_when_the_cure_rule_reports_it(engine: ContentEngine) -> None:
    html = PAGE.format(title="NAD+ Drips", body="<p>Our NAD+ drip cures chronic fatigue for "
                       "good.</p>")
    rules = [f.rule_id for f in engine.check_page(URL, html, status=200).findings
             if f.sentence == "Our NAD+ drip cures chronic fatigue for good."]
    assert rules == ["no-unqualified-cure-claims"]


def test_our_own_sales_talk_is_no_report(engine: ContentEngine) -> None:
    # "marketed as" reports someone else's claim; said of our own product it is the claim
    sentence = "Our NAD+ drip is marketed as the cure for chronic fatigue."
    verdict = engine.check_page(URL, PAGE.format(title="NAD+ Drips", body=f"<p>{sentence}</p>"),
                                status=200)
    assert [(f.rule_id, f.sentence) for f in verdict.findings
            if f.rule_id == "no-unqualified-cure-claims"] == [
        ("no-unqualified-cure-claims", sentence)]
