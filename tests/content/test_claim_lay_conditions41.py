"""Golden tests of fixlay41 (issue 13, stop 41): conditions written in lay words or by their
symptom, and the outcome verbs the reader lacked.

Sellers of vaginal "rejuvenation" devices, prostate creams, hearing drops, eye vitamins and
fat-dissolving injections name the condition as the patient feels it ("the leaks that come
with coughing" for stress urinary incontinence, "pain during sex", "frequent trips to the
bathroom", "shrinks the prostate", "nerve deafness", "wavy lines", "double chin"), by the names
MedlinePlus and the NHS give them (conditions-consumer.yaml), and say it "melts", is "solved" or
comes "80% fewer" (predicates.yaml). A "whether A or B" clause that sets out alternatives the
claim holds for is no hedge. Quiet neighbours: the same words in patient information, said of
approved care (Kybella for a double chin, finasteride for the prostate), denied, or asked.
Pages are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

DISEASE = "unapproved-disease-claim"

CASES = [
    # stress urinary incontinence by what the patient notices (NHS "Urinary incontinence")
    ("Intimate Wellness", "Our radiofrequency wand ends the leaks that come with laughing or "
                          "lifting.", True),
    ("Intimate Wellness", "Pelvic floor exercises can help stop leaks when you cough.", False),
    # dyspareunia (NHS "Pain during sex")
    ("Intimate Wellness", "Our vaginal laser sessions end the discomfort during sex.", True),
    ("Intimate Wellness", "Pain during sex after menopause is common, and a doctor can "
                          "explain the causes.", False),
    # frequent urination and nocturia (MedlinePlus "Urination - excessive amount")
    ("shop", "Our saw palmetto capsules end frequent trips to the bathroom.", True),
    ("shop", "Frequent trips to the bathroom can be a sign of diabetes, so see your doctor.",
     False),
    # an enlarged prostate by its size (MedlinePlus "Enlarged Prostate (BPH)")
    ("shop", "Our herbal capsules shrink the prostate in four weeks.", True),
    ("shop", "Finasteride can shrink the prostate over six months.", False),
    # sensorineural hearing loss (MedlinePlus "Hearing Loss")
    ("shop", "Our hearing tonic ends nerve deafness.", True),
    ("shop", "Nerve deafness is usually permanent, and hearing aids can help.", False),
    # macular degeneration by its symptom, straight lines seen wavy
    ("shop", "Our eye formula makes wavy lines fade within weeks.", True),
    ("shop", "Wavy lines on a grid can be a sign of macular degeneration, so see an eye doctor.",
     False),
    # submental fat: a claim for an unapproved injectable, Kybella's labelled use
    ("Injectables and Body Contouring", "Lipo Lab injections melt a double chin in one "
                                        "session.", True),
    ("Injectables and Body Contouring", "Kybella injections melt a double chin over two to "
                                        "four sessions.", False),
    # a condition solved, or reduced by a measured share
    ("shop", "Our magnetic insoles solve plantar fasciitis.", True),
    ("shop", "Magnetic insoles have not been shown to solve plantar fasciitis.", False),
    ("iv", "Our NAD+ drips mean 80% fewer migraines.", True),
    ("iv", "Ask your neurologist whether a preventive medicine could mean fewer migraines.",
     False),
    # alternatives set out by "whether" are no hedge; "whether" asked still is
    ("pt", "Whether your arthritis is mild or severe, our PRP injections rebuild the joint.",
     True),
    ("pt", "Ask your doctor whether PRP injections could help your arthritis.", False),
]


@pytest.mark.parametrize(("title", "sentence", "fires"), CASES,
                         ids=[f"{'fires' if c[2] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_condition_in_lay_words(engine: ContentEngine, title: str, sentence: str,
                                  fires: bool) -> None:
    assert reported_on(engine, DISEASE, article_page(title, sentence)) == \
        ([sentence] if fires else [])
