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


# --- misses of the dev half ------------------------------------------------------------------
# - a comparison with the head noun between ("a safer option than the synthetic hormones used
#   in conventional HRT") against the care it replaces, as "safer than Viagra" is;
# - a superlative ranked over all there is ("The Safest HRT There Is") or over every other
#   provider ("the highest of any UK clinic");
# - a baby, a pregnancy or a family guaranteed, and a 100% pregnancy or live birth rate;
#   a hormone balance guaranteed to be restored ("guaranteed to rebalance your hormones");
# - "Proven to ..." opening a card's body or a list item, said of the title or intro above it;
# - compounded "bio-identical" hormones, BHRT and hormone pellets are compounded products.


@pytest.mark.parametrize(("body", "rule", "fires"), [
    ("<p>Bio-identical hormones are a safer option than the synthetic hormones used in "
     "conventional HRT.</p>", "no-superlative-claims", True),
    ("<p>Our pellets are a gentler alternative than prescription drugs.</p>",
     "no-superlative-claims", True),
    ("<p>Bio-identical hormones are chemically the same as the body's own, but there is no "
     "evidence that compounded versions are safer than conventional HRT.</p>",
     "no-superlative-claims", False),
    ("<h2>Natural Hormone Balancing: The Safest HRT There Is</h2><p>Book a visit.</p>",
     "no-superlative-claims", True),
    ("<h2>Hormone Therapy: Your Options and Their Risks</h2><p>Book a visit.</p>",
     "no-superlative-claims", False),
    ("<p>Our success rate is 85%, the highest of any UK clinic.</p>", "no-superlative-claims",
     True),
    ("<p>Live birth rates are highest in women under 35, HFEA figures show.</p>",
     "no-superlative-claims", False),
])
def test_comparisons_and_rankings(engine: ContentEngine, body: str, rule: str,
                                  fires: bool) -> None:
    assert (rule in _fired(engine, body)) is fires, body


@pytest.mark.parametrize(("body", "fires"), [
    ("<p>Our PGT-A embryo testing guarantees you a healthy baby.</p>", True),
    ("<div class='card'><h3>Egg Freezing</h3><p>Freeze your eggs at any age and guarantee your "
     "future family.</p></div>", True),
    ("<p>Why choose our clinic:</p><ul><li>A 100% pregnancy rate with donor eggs</li></ul>",
     True),
    ("<p>Saliva testing lets us tailor bioidentical hormones that are guaranteed to rebalance "
     "your hormones.</p>", True),
    ("<p>Eggs frozen before 35 are more likely to lead to a baby later; freezing does not "
     "guarantee a pregnancy.</p>", False),
    ("<p>Egg freezing does not guarantee a baby.</p>", False),
    ("<p>Our IVF Refund Programme returns part of the fee if no live birth follows three "
     "cycles.</p>", False),
])
def test_a_baby_or_a_pregnancy_guaranteed(engine: ContentEngine, body: str,
                                          fires: bool) -> None:
    fired = _fired(engine, body, title="IVF and Fertility Treatment")
    assert ("no-guaranteed-results" in fired) is fires, body


@pytest.mark.parametrize(("body", "fires"), [
    ("<div class='card'><h3>Time-Lapse Embryo Imaging</h3><p>Proven to pick the best embryo and "
     "raise your chance of a baby by 30%.</p></div>", True),
    ("<p>Our add-ons:</p><ul><li>Clinically proven to double implantation rates</li></ul>",
     True),
    ("<div class='card'><h3>Time-Lapse Embryo Imaging</h3><p>Takes pictures of your embryos as "
     "they grow; it has not been proven to raise the chance of a baby.</p></div>", False),
])
def test_proven_to_opening_a_card_or_a_list_item(engine: ContentEngine, body: str,
                                                 fires: bool) -> None:
    fired = _fired(engine, body, title="IVF and Fertility Treatment")
    assert ("research-claims-cited" in fired) is fires, body


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our BHRT treats the depression, insomnia and weight gain caused by hormone imbalance.",
     True),
    ("Bioidentical hormone pellets relieve migraines and prevent heart disease.", True),
    ("Our BHRT is not a treatment for depression, insomnia or weight gain.", False),
])
def test_compounded_bioidentical_hormones_are_compounded_products(
        engine: ContentEngine, sentence: str, fires: bool) -> None:
    fired = _fired(engine, f"<p>{sentence}</p>")
    assert ("unapproved-disease-claim" in fired) is fires, sentence


# - miscarriage, recurrent pregnancy loss and implantation failure are conditions (MedlinePlus,
#   NHS, ICD-10-CM N96); intralipid is a lipid emulsion labelled for parenteral nutrition, so an
#   "intralipid infusion" sold to treat recurrent miscarriage is a use outside its label, and
#   progesterone for threatened miscarriage (NICE NG126) stays patient information.
@pytest.mark.parametrize(("sentence", "fires"), [
    ("Our intralipid infusions treat recurrent miscarriage by calming overactive natural "
     "killer cells.", True),
    ("Intralipid infusions are sometimes offered for recurrent miscarriage, but they are not "
     "approved for it, and the HFEA says there is no evidence that they help.", False),
    ("Intralipid is given through a drip as part of intravenous nutrition for patients who "
     "cannot eat.", False),
    ("Vaginal progesterone can lower the chance of miscarriage in women with bleeding who have "
     "had a miscarriage before.", False),
    ("About one in five known pregnancies ends in miscarriage, usually in the first weeks.",
     False),
])
def test_an_immune_add_on_for_miscarriage(engine: ContentEngine, sentence: str,
                                          fires: bool) -> None:
    fired = _fired(engine, f"<p>{sentence}</p>", title="IVF and Fertility Treatment")
    assert ("unapproved-disease-claim" in fired) is fires, sentence


@pytest.mark.parametrize(("sentence", "fires"), [
    # a service guaranteed to a family, a baby's comfort, a pregnancy test: no outcome
    ("We guarantee you and your family a warm welcome at every visit.", False),
    ("We guarantee your baby's comfort during every scan.", False),
    ("Every patient is guaranteed a pregnancy scan at seven weeks.", False),
    # an acronym that names no public body is no source ("PRP data")
    ("Our PRP protocol is backed by PRP data from our own clinic.", True),
])
def test_near_texts_of_the_guarantee_and_source_patterns(engine: ContentEngine, sentence: str,
                                                          fires: bool) -> None:
    fired = _fired(engine, f"<p>{sentence}</p>", title="IVF and Fertility Treatment")
    assert bool(fired & {"no-guaranteed-results", "research-claims-cited"}) is fires, sentence
