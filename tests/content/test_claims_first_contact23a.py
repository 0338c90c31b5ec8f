"""Golden tests (issue 13, stop 37, claims23a): classes of first-contact false positives and
misses read in the dev half of fresh23a.yaml (an IVF clinic's success rates and add-ons; a
hormone clinic's compounded "bio-identical" hormones), each with a near text that must fire (or
stay quiet). Sentences are written for these tests, not taken from a corpus file.

- A figure named by the public body or registry that publishes it ("(HFEA verified data)",
  "published from HFEA data", "figures published by the CDC") is a statistic with its source,
  as the ASA, the CMA and the HFEA ask fertility clinics to give it, not an establishment claim
  needing a citation; data said to show or prove something stays a research claim.
- Menopause hormone therapy is approved care for the uses its labels name (labelled-uses.yaml:
  estradiol and the estrogens for vasomotor symptoms, vaginal atrophy and the prevention of
  postmenopausal osteoporosis; progesterone for endometrial protection, amenorrhea and luteal
  support): a patient's story of an estradiol patch settling night sweats is patient
  information; the same drug sold for Alzheimer's disease or heart disease is a claim.
- An approval said of a labelled drug for uses its label names ("Estradiol tablets and patches
  are FDA-approved to treat moderate to severe hot flashes ...") is true, even when a dosage
  form beside the name ("patches") is a word of the rule's product classes; the drug given the
  status for a use outside its label, or with no use named, reads as before.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import CLAIM_RULES

_PAGE = ("<!DOCTYPE html><html lang='en'><head><title>{title} | Riverbend Clinic</title></head>"
         "<body><main><article><h1>{title}</h1><p>Every plan starts with a consultation and "
         "blood tests.</p>{body}</article></main></body></html>")


def _fired(engine: ContentEngine, body: str, title: str = "Hormone Therapy for Women and Men"
           ) -> set[str]:
    verdict = engine.check_page("https://riverbend.example/care/",
                                _PAGE.format(title=title, body=body), status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


@pytest.mark.parametrize(("sentence", "fires"), [
    ("In 2019 our live birth rate per embryo transferred was 32% for patients aged 18 to 34 "
     "and 5% for those aged 43 to 44 (HFEA verified data).", False),
    ("Donor-egg IVF, with our live birth rates by age published from HFEA data.", False),
    ("Figures published by the CDC put the live birth rate at 41% for women under 35.", False),
    # data said to show or prove, or evidence with no named body, is still a research claim
    ("HFEA data shows our embryo glue doubles your chances of a baby.", True),
    ("Our endometrial scratch is backed by published data.", True),
    ("Clinical data proves our IVF protocol doubles your chances.", True),
])
def test_a_figure_named_by_the_body_that_publishes_it(engine: ContentEngine, sentence: str,
                                                      fires: bool) -> None:
    fired = _fired(engine, f"<p>{sentence}</p>", title="IVF and Fertility Treatment")
    assert ("research-claims-cited" in fired) is fires, sentence


@pytest.mark.parametrize(("body", "fires"), [
    ("<blockquote><p>My GP started me on an estradiol patch and progesterone. The night sweats "
     "settled within two months, and I have a review every year.</p><footer>Ruth, patient"
     "</footer></blockquote>", False),
    ("<p>Vaginal estrogen creams and tablets treat vaginal dryness and pain during sex caused "
     "by menopause.</p>", False),
    ("<p>Micronized progesterone protects the lining of the womb and prevents endometrial "
     "hyperplasia in women taking estrogen.</p>", False),
    # the same drugs sold for uses no label names
    ("<p>Our estradiol pellets prevent Alzheimer's disease and heart disease.</p>", True),
    ("<p>Our progesterone cream cures anxiety and insomnia.</p>", True),
])
def test_menopause_hormone_therapy_for_its_labelled_uses(engine: ContentEngine, body: str,
                                                         fires: bool) -> None:
    fired = _fired(engine, body)
    assert bool(fired & {"unapproved-disease-claim", "no-unqualified-cure-claims"}) is fires, body


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Estradiol tablets and patches are FDA-approved to treat moderate to severe hot flashes "
     "and to prevent osteoporosis after menopause.", False),
    ("Estradiol patches are FDA-approved for hot flashes and night sweats.", False),
    # a use outside the label, or the seller's own compounded product, still fires
    ("Our estradiol patches are FDA-approved to prevent Alzheimer's disease.", True),
    ("Our compounded hormone patches are FDA approved for hot flashes.", True),
])
def test_an_approval_said_of_a_labelled_drug_for_its_labelled_uses(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    fired = _fired(engine, f"<p>{sentence}</p>")
    assert ("false-fda-approval-claim" in fired or "unapproved-disease-claim" in fired) \
        is fires, sentence
