"""Golden tests (stop 37, scope37): care called by its standing ("standard treatments",
"standard therapy") is the profession's established care, as "standard care" and "approved
treatments" are (products.yaml approved-care): a nominal predicate inside that name ("which
standard treatments fit each", "Standard treatments for knee arthritis include exercise") is
that care's, not the page's product's. The product set against it, or named the new standard,
still claims. Sentences written for these tests."""

from __future__ import annotations

from tests.content.conftest import assert_fires_as_labelled, golden_sentences, list_page

DISEASE = "unapproved-disease-claim"
CURE = "no-unqualified-cure-claims"
STEM = "Stem Cell Therapy"


@golden_sentences([
    (DISEASE, False, STEM, "Standard treatments for knee arthritis include exercise, weight "
     "loss and pain relievers."),
    (DISEASE, False, STEM, "Knee arthritis: which standard treatments fit you, and what the "
     "evidence says about stem cells."),
    # ... neighbours: the product set against standard care, or called the new standard
    (DISEASE, True, STEM, "Our stem cells work where standard treatments for arthritis fail."),
    (DISEASE, True, STEM, "Stem cells beat standard treatments for knee arthritis."),
    (DISEASE, True, STEM, "Our stem cells are the new standard treatment for knee arthritis."),
    (CURE, True, STEM, "Unlike standard treatments, exosomes reverse arthritis."),
])
def test_standard_care(engine, rule: str, fires: bool, title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def test_a_list_item_asking_which_standard_treatments_fit(engine) -> None:
    verdict = engine.check_page("https://clinic.example/p/", list_page(
        "Regenerative Medicine: PRP, Exosomes and Wharton's Jelly",
        "Questions patients bring to their first visit:",
        "Rotator cuff tears, tennis elbow and Achilles tendinitis, and which standard "
        "treatments fit each"))
    assert DISEASE not in {f.rule_id for f in verdict.findings}
