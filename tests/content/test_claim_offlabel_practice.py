"""Golden tests (disease-claim type, approved drugs outside their labels): what doctors do with
an approved drug outside its label, told as medical practice by no one who offers it ("Some
doctors prescribe metformin for polycystic ovary syndrome"), is patient information; the same
drug and use offered by the seller, or told as what the drug does, is a claim. An infection
its label does not name, beside one it does, is promoted on the labelled one's back ("Kaletra
works against HIV and against the coronavirus that causes COVID-19"); the virus the label names,
said again ("passing the virus to a partner"), is not another infection."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"

CASES = [
    (DISEASE, False, "pt", "Some doctors prescribe metformin for polycystic ovary syndrome."),
    (DISEASE, True, "Longevity Medicine",
     "Our doctors prescribe metformin for polycystic ovary syndrome."),
    (DISEASE, False, "pt", "Propranolol can be prescribed for performance anxiety."),
    (DISEASE, True, "Anxiety Care", "Propranolol cures performance anxiety."),
    (DISEASE, False, "pt", "Prazosin is sometimes prescribed for nightmares in PTSD."),
    (DISEASE, True, "Ketamine Therapy", "Ketamine infusions ease the nightmares of PTSD."),
    (INFECTIOUS, True, "Online Pharmacy",
     "Kaletra works against HIV and against the coronavirus that causes COVID-19."),
    (INFECTIOUS, True, "Online Pharmacy",
     "Hydroxychloroquine treats malaria, and now COVID-19 too."),
    (INFECTIOUS, False, "Online Pharmacy",
     "Hydroxychloroquine treats malaria, lupus and rheumatoid arthritis."),
    (INFECTIOUS, False, "pt", "Taken every day, valacyclovir prevents genital herpes outbreaks "
     "and lowers the chance of passing the virus to a partner."),
]


@golden_sentences(CASES)
def test_offlabel_practice(engine: ContentEngine, rule: str, fires: bool, title: str,
                           sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
