"""Golden tests of patient information (issue 13, stop 51, pi51): general classes of compliant
text the claim rules read as claims, each with a close neighbour in a seller's words that still
fires. Sentences written for these tests in the styles of condition pages, sexual-health and
cancer-centre pages (the probe /tmp/probe-pi51.py of stop 51 holds more).

- an infection that approved care is labelled to cure, stated as curable with no agent
  ("Chlamydia can be cured.", "Trichomoniasis is easily cured.", the CDC's and the WHO's own
  words): the public-health fact of that care's outcome, on a page whose title names no
  product and in a paragraph that names neither the seller nor a product
  (lexicons.curability_stated; the cure rule's types/claims.infection_curable_as_stated, the
  disease rules' claimread.care._in_stated_curability). On an ozone page, beside "Our herbal
  douche does it in a day", cured "naturally" or "permanently", or of what no approved care
  cures ("Diabetes can be cured"), still a claim;
- immunotherapy and hormone therapy by their class names, as the NCI's patient pages name
  them, are approved care for cancer (and allergen immunotherapy for allergies; hormone therapy
  for the menopause's labelled uses): labelled-uses.yaml `class: true`. A name the seller owns
  or qualifies ("our immunotherapy", "low-dose immunotherapy") is the seller's product
  (claimread.offlabel._BORROWED_CLASS), and a sentence with a use outside the class's is read
  as before;
- a product the public is warned against, by no seller (a regulator's warning to the public,
  a recall, a hidden drug found in it): a superlative or a "miracle" there is the warned
  product's own name ("Miracle Mineral Solution is bleach; the FDA has warned people not to
  drink it"), not the page's claim (scopes.PRODUCT_WARNED, the `product-warned` scope of the
  superlative and cure rules); "we" or "ours" in it makes it the seller's own;
- the clinic's own clinicians who treat with approved care named as their instrument ("Our
  oncologists treat breast cancer with surgery, radiotherapy and chemotherapy"): that care
  does the treating, even on a product's page (claimread.judging._clinicians_tool); "without
  surgery" or a product beside the care is still a claim.
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import assert_golden_pair, reports_sentence

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"
SUPERLATIVE = "no-superlative-claims"
SEXUAL_HEALTH = "Sexual Health Clinic"
CANCER_SUPPORT = "Integrative Cancer Support"

# (rule, page title, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # an infection's curability, stated with no agent
    (CURE, SEXUAL_HEALTH, "Chlamydia can be cured.", False,
     "Chlamydia can be cured naturally with our herbal douche.", True),
    (CURE, SEXUAL_HEALTH, "Chlamydia can be cured. You need a test to know you have it.", False,
     "Chlamydia can be cured. Our herbal douche does it in a day.", True),
    (CURE, "Liver Health", "Hepatitis C can now be cured.", False,
     "Diabetes can now be cured.", True),
    (CURE, "Tuberculosis", "Most cases of tuberculosis can be cured.", False,
     "Most cases of tuberculosis can be permanently cured.", True),
    (INFECTIOUS, SEXUAL_HEALTH, "Trichomoniasis is easily cured.", False,
     "Trichomoniasis is easily cured with our garlic capsules.", True),
    # immunotherapy and hormone therapy by their class names
    (DISEASE, CANCER_SUPPORT, "Immunotherapy helps your immune system find and attack cancer "
                              "cells.", False,
     "Our immunotherapy helps your immune system find and attack cancer cells.", True),
    (DISEASE, CANCER_SUPPORT, "Immunotherapy can shrink some melanomas.", False,
     "Low-dose immunotherapy can shrink some melanomas.", True),
    (DISEASE, CANCER_SUPPORT, "Hormone therapy blocks the hormones that some breast and "
                              "prostate cancers need to grow.", False,
     "Our hormone therapy blocks the hormones that some breast and prostate cancers need to "
     "grow.", True),
    # a product the public is warned against, named
    (SUPERLATIVE, "Shop Supplements", "Miracle Mineral Solution is bleach; the FDA has warned "
                                      "people not to drink it.", False,
     "Miracle Mineral Solution is pure; we recommend you drink it daily.", True),
    (CURE, "Shop Supplements", "Products called Miracle Cure are often tainted, the FDA warns.",
     False, "Products called Miracle Cure are often tainted, so buy ours.", True),
    # the clinic's clinicians with approved care as their instrument
    (DISEASE, CANCER_SUPPORT, "Our oncologists treat breast cancer with surgery, radiotherapy, "
                              "chemotherapy and hormone therapy.", False,
     "Our oncologists treat breast cancer with mistletoe and chemotherapy.", True),
    (DISEASE, "Stem Cell Therapy", "Our doctors treat knee arthritis with physical therapy and, "
                                   "when needed, surgery.", False,
     "Our doctors treat knee arthritis without surgery.", True),
]


@pytest.mark.parametrize(("rule", "title", "sentence", "fires", "neighbour", "neighbour_fires"),
                         PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_patient_information_reads_the_pair(engine: ContentEngine, rule: str, title: str,
                                            sentence: str, fires: bool, neighbour: str,
                                            neighbour_fires: bool) -> None:
    # a reported sentence holding the text's first twenty characters
    assert_golden_pair(engine, rule, title, sentence, fires, neighbour, neighbour_fires, head=20)


@pytest.mark.parametrize(("rule", "sentence"), [(CURE, "Hepatitis C can be cured."),
                                                (INFECTIOUS, "Trichomoniasis is easily cured.")])
def test_a_stated_curability_is_the_product_s_on_its_page(engine: ContentEngine, rule: str,
                                                          sentence: str) -> None:
    # the same words on a page whose title names no product, and on an ozone seller's page
    assert not reports_sentence(engine, rule, "Travel and Liver Health", sentence)
    assert reports_sentence(engine, rule, "Ozone Therapy", sentence)
