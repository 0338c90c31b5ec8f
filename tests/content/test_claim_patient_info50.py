"""Golden tests of patient information (issue 13, stop 50, pi50): general classes of compliant
text the claim rules read as claims, each with a close neighbour in a seller's words that still
fires. Sentences written for these tests in the styles of condition pages, pharmacy leaflets,
cancer-centre pages and consumer warnings (the probe /tmp/probe-pi50.py of stop 50 holds more).

- what the word "cure" means, told by no seller ("A cure means the virus can no longer be
  found in your blood", "Being cured means ...", "Cured means ..."): a definition names no
  treatment that cures; the seller's own cure in it, or a definition that goes on to name what
  cures, is still a claim (scopes.CURE_DEFINED, the cure rule's `cure-defined` scope);
- lidocaine patches and plasters (the lidocaine 5% patch is labelled for post-herpetic
  neuralgia) and targeted cancer drugs (NCI's class of targeted therapy) are approved care by
  those names (products.yaml approved-care);
- an all-caps short form joined by a hyphen to a number of three or more digits is part of a
  code name ("TB-500"), not the disease the short form names (lexicons._code_part);
- the reader, or the reader's child, told as having had care ("You were treated for
  pneumonia", as a discharge note tells it) is their history, as "patients who were treated
  for" is; the care's instrument named as ours is still a claim (claimread.care
  _CARE_HAD_BY_PEOPLE);
- hormone replacement therapy (HRT, menopausal hormone therapy) is the estrogens' labelled
  care (labelled-uses.yaml), so a guideline's superlative of it for hot flushes is patient
  information and its use for dementia is outside its label;
- a yes to "Can you treat my UTI?" whose next sentence has the clinicians prescribe or supply
  approved care answers with that care (claimread.scope._care_told_next);
- the cure of an infection approved care is labelled to cure, taken as given by a clause or a
  gerund with no agent ("Once hepatitis C is cured, ...", "Curing syphilis does not reverse
  nerve damage"), is that care's outcome, and the conditions after it are what follows
  (lexicons.cure_taken_as_given: the cure rule's types/claims.infection_cured_as_given, the
  disease rules' claimread.care._in_given_cure).
"""

from __future__ import annotations

import pytest

from bench.claims_eval import page_for
from checker.content import ContentEngine
from tests.content.conftest import assert_golden_pair, reported_on

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"
SUPERLATIVE = "no-superlative-claims"
PHARMACY = "Pharmacy Services"

# (rule, page title, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # what a cure means
    (CURE, PHARMACY, "A cure means the virus can no longer be found in your blood months after "
                     "treatment ends.", False,
     "A cure means the virus is gone, and LiverPure capsules cure it in 8 weeks.", True),
    (INFECTIOUS, PHARMACY, "A cure means the virus can no longer be found in your blood months "
                           "after treatment ends.", False,
     "A cure means the virus is gone, and LiverPure capsules cure it in 8 weeks.", True),
    (CURE, PHARMACY, "Being cured means the infection has gone and will not come back unless "
                     "you catch it again.", False,
     "Being cured means the infection has gone, thanks to our silver spray.", True),
    (CURE, PHARMACY, "Cured means that tests no longer find the hepatitis C virus.", False,
     "Cured means tests no longer find the virus, as happens after 8 weeks of milk thistle.",
     True),
    # lidocaine patches
    (DISEASE, PHARMACY, "Lidocaine patches can ease the nerve pain that lingers after "
                        "shingles.", False,
     "Our CBD patches ease the nerve pain that lingers after shingles.", True),
    (INFECTIOUS, PHARMACY, "Lidocaine 5% medicated plasters can ease the pain that lingers "
                           "after shingles.", False,
     "Our arnica plasters ease the pain that lingers after shingles.", True),
    # targeted cancer drugs
    (DISEASE, "Natural Cancer Support", "Targeted cancer drugs attack specific changes in "
                                        "cancer cells that help them grow.", False,
     "Our mushroom extract attacks specific changes in cancer cells that help them grow.",
     True),
    # a code name's short form
    (INFECTIOUS, "BPC-157 and TB-500 Peptides", "The World Anti-Doping Agency bans TB-500 and "
                                                "BPC-157 in competition and out of it.", False,
     "Our peptide blend treats TB and speeds healing.", True),
    # HRT
    (SUPERLATIVE, "Menopause and Hormone Care", "Hormone replacement therapy is the most "
                                                "effective treatment for hot flushes and night "
                                                "sweats.", False,
     "Bioidentical hormone replacement therapy is the most effective treatment for hot "
     "flushes.", True),
    (DISEASE, "Menopause and Hormone Care", "HRT relieves hot flushes and night sweats.", False,
     "HRT prevents dementia.", True),
    # a cure of a curable infection, taken as given
    (CURE, PHARMACY, "Curing hepatitis C lowers the risk of cirrhosis and liver cancer.", False,
     "Curing hepatitis C naturally lowers the risk of cirrhosis.", True),
    (CURE, PHARMACY, "Even after hepatitis C is cured, people who already had cirrhosis need a "
                     "liver scan every six months.", False,
     "Once hepatitis C is cured with LiverPure, cirrhosis reverses.", True),
    (CURE, "Sexual Health Clinic", "Curing syphilis does not reverse nerve damage it has "
                                   "already caused.", False,
     "Curing fibromyalgia lowers the risk of depression.", True),
]

# (rule, corpus topic, sentence, fires, neighbour, neighbour fires): on the claims corpus's page
# of a family practice (bench/claims_eval.py TOPICS), whose own care is the page's product
ON_CORPUS_PAGE = [
    # the reader's care, had
    (INFECTIOUS, "primary-care", "You have been treated for a kidney infection.", False,
     "You were treated for pneumonia with our ozone drip, which cleared it in a day.", True),
    (INFECTIOUS, "primary-care", "Your child was treated for pneumonia.", False,
     "Your child was treated for pneumonia with our colloidal silver.", True),
    # an infection's cure taken as given
    (INFECTIOUS, "primary-care", "After gonorrhoea is cured, you should be tested again in "
                                 "three months.", False,
     "After gonorrhoea is cured, our fertility tea restores fertility.", True),
    (INFECTIOUS, "primary-care", "Curing H. pylori can stop stomach ulcers coming back.", False,
     "Curing H. pylori with our mastic gum stops ulcers coming back.", True),
]

# (rule, page title, question, answer, fires, neighbour answer, neighbour fires)
FAQS = [
    (INFECTIOUS, "Primary Care Services", "Can you treat my UTI?",
     "Yes. Our doctors can assess you and prescribe antibiotics if you need them.", False,
     "Yes. Our ozone drip clears it in a day.", True),
    (INFECTIOUS, "Pharmacy Services", "Can you treat my strep throat?",
     "Yes. Our pharmacist can supply antibiotics if you need them.", False,
     "Yes. Our colloidal silver spray clears it in a day.", True),
]


@pytest.mark.parametrize(("rule", "title", "sentence", "fires", "neighbour", "neighbour_fires"),
                         PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_patient_information_reads_the_pair(engine: ContentEngine, rule: str, title: str,
                                            sentence: str, fires: bool, neighbour: str,
                                            neighbour_fires: bool) -> None:
    # a reported sentence holding the text's first forty characters
    assert_golden_pair(engine, rule, title, sentence, fires, neighbour, neighbour_fires, head=40)


def _faq_page(title: str, question: str, answer: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>Our clinicians see patients on weekdays.</p><h2>Questions</h2>"
            f"<h3>{question}</h3><p>{answer}</p></article></main></body></html>")


@pytest.mark.parametrize(("rule", "title", "question", "answer", "fires", "neighbour",
                          "neighbour_fires"),
                         FAQS, ids=[f"{f[0]}-{i}" for i, f in enumerate(FAQS)])
def test_a_yes_with_care_prescribed_next(engine: ContentEngine, rule: str, title: str,
                                         question: str, answer: str, fires: bool,
                                         neighbour: str, neighbour_fires: bool) -> None:
    assert bool(reported_on(engine, rule, _faq_page(title, question, answer))) is fires, answer
    assert bool(reported_on(engine, rule, _faq_page(title, question, neighbour))) \
        is neighbour_fires, neighbour


def _on_corpus_page(engine: ContentEngine, rule: str, topic: str, sentence: str) -> bool:
    page = page_for({"id": "p50", "form": "sentence", "topic": topic, "text": sentence,
                     "placement": "main"})
    return any(sentence[:40] in found for found in reported_on(engine, rule, page))


@pytest.mark.parametrize(("rule", "topic", "sentence", "fires", "neighbour", "neighbour_fires"),
                         ON_CORPUS_PAGE, ids=[f"{p[0]}-{i}" for i, p in enumerate(ON_CORPUS_PAGE)])
def test_a_practice_page_reads_the_pair(engine: ContentEngine, rule: str, topic: str,
                                        sentence: str, fires: bool, neighbour: str,
                                        neighbour_fires: bool) -> None:
    assert _on_corpus_page(engine, rule, topic, sentence) is fires, sentence
    assert _on_corpus_page(engine, rule, topic, neighbour) is neighbour_fires, neighbour
