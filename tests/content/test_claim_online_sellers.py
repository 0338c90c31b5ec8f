"""Golden tests of the claims telehealth platforms, online sellers and compounders make about
their products (issue 13, classes 3, 4 and 6): a product said to be better or safer than an
approved drug named by its brand, an outcome told in the third person closed by a guarantee,
the seller's unbranded semaglutide as a patient's FAQ question names it, and a compounded drug
said to be held to the brand's standards, and a product likened to an ED medicine or offered in
its place ("works like the little blue pill"), which offers it for erectile dysfunction. Each:
the exact sentence and the rule, and a near sentence that must not fire. Sentences are written
for these tests, not taken from a corpus file."""

from __future__ import annotations

from tests.content.conftest import assert_fires_as_labelled, golden_sentences, reported

SUPER, GUARANTEE = "no-superlative-claims", "no-guaranteed-results"
DISEASE = "unapproved-disease-claim"
STATUS, SAME = "false-fda-approval-claim", "compounded-sameness-claim"

CASES = [
    # a comparison in the product's favour with an approved drug named by its brand (the
    # FDA's UNII Names list, written with a capital)
    (SUPER, True, "shop", "Safer than Viagra, stronger than Cialis."),
    (SUPER, True, "shop", "Our herbal capsules work as well as Cialis for stamina."),
    (SUPER, True, "shop", "Better than Cialis and no headaches."),
    # ... not the brand's own comparison with a placebo, a price, a denied comparison, or a
    # common word after "than"
    (SUPER, False, "shop", "In trials, Viagra worked better than a placebo for most men."),
    (SUPER, False, "glp1", "Our compounded semaglutide is cheaper than Wegovy, but it is not "
     "FDA-approved."),
    (SUPER, False, "shop", "Our capsules are no stronger than Cialis and are not a substitute "
     "for it."),
    (SUPER, False, "shop", "Feel better than ever with a balanced breakfast."),
    # an outcome told of the product in the third person, closed by a guarantee
    (GUARANTEE, True, "shop", "Slim Xtreme burns fat without diet or exercise \u2014 "
     "guaranteed."),
    (GUARANTEE, True, "shop", "This serum clears breakouts within a week, guaranteed."),
    (GUARANTEE, False, "shop", "Slim Xtreme ships within two days \u2014 guaranteed."),
    (GUARANTEE, False, "shop", "Slim Xtreme burns no fat on its own; results are not "
     "guaranteed."),
    # a compounded drug held to the brand's standards, or its equal in quality
    (SAME, True, "glp1", "We source our semaglutide from an FDA-registered outsourcing "
     "facility, and it's held to the same standards as the brand-name pens."),
    (SAME, False, "glp1", "Our compounded semaglutide is not held to the same standards as "
     "the brand-name pens."),
    (SAME, False, "glp1", "Your vials ship on the same schedule as the brand-name pens."),
    # a product likened to a condition's care, or offered in its place, is offered for the
    # condition (the ED medicines MedlinePlus names, and Viagra's common name)
    (DISEASE, True, "shop", "Our capsules work like the little blue pill."),
    (DISEASE, True, "shop", "Our herbal capsules work just like Viagra, with no prescription."),
    (DISEASE, True, "shop", "Our maca blend is a natural alternative to Cialis."),
    (DISEASE, True, "shop", "Our mushroom tea works like chemotherapy on tumors."),
    # ... not an approved drug likened to another, nor a denied likeness
    (DISEASE, False, "shop", "Generic sildenafil works the same as Viagra and costs less."),
    (DISEASE, False, "shop", "Tadalafil works like sildenafil but lasts longer."),
    (DISEASE, False, "shop", "Our capsules do not work like Viagra and are not a treatment "
     "for erection problems."),
    (DISEASE, False, "shop", "Side effects of the pills are the same as with chemotherapy."),
]


@golden_sentences(CASES)
def test_online_seller_claims_fire_as_labelled(engine, rule, fires, title, sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


TELE = "Online Weight Loss Injections"


def _faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


def test_the_sellers_semaglutide_in_a_patients_question_is_its_compounded_product(
        engine) -> None:
    """'Is your semaglutide FDA approved?' asks the seller about what it sells: no generic
    semaglutide is approved, so an answer that affirms the approval claims it for the
    compounded product. A denial, or the brand asked about by name, is no claim."""
    answer = "Yes! It's FDA approved and prepared fresh by a licensed U.S. pharmacy."
    assert reported(engine, STATUS, TELE, _faq("Is your semaglutide FDA approved?", answer))
    assert reported(engine, STATUS, TELE, _faq(
        "Is your semaglutide FDA approved?",
        "No. Compounded semaglutide is not FDA-approved, and the FDA does not review it.")) == []
    assert reported(engine, STATUS, TELE, _faq(
        "Is Wegovy FDA approved?",
        "Yes. Wegovy is FDA-approved for chronic weight management in adults with "
        "obesity.")) == []
