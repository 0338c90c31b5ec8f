"""Golden tests of patient information (issue 13, stop 52, pi52): compliant text the claim rules
read as claims, each with a close neighbour in a seller's words that still fires. Sentences and
cards written for these tests in the styles of pharmacy shop cards, drug labels' indications
and fertility-clinic pages (the probe /tmp/pi52/probe.py of stop 52 holds more).

- a product card that sells an approved drug in its labelled use: its first line names the drug
  ("Sildenafil 50 mg, prescribed after an online consultation"), and its title ("Erectile
  Dysfunction Treatment", "Hair Loss Kit for Men") or a line with no subject ("Treats acne.")
  names only uses that drug's label or monograph names (claimread.offlabel.card_labelled_drug).
  A card that calls anything natural or herbal, offers its own product beside the drug, sets
  the drug against its product ("instead of docosanol", "minoxidil-free") or names a use
  outside the label ("clears eczema") is read as before;
- labelled uses written from the labels: Epidiolex (seizures of Lennox-Gastaut syndrome, Dravet
  syndrome and tuberous sclerosis complex), sumatriptan (migraine), minoxidil's own words ("to
  regrow hair"), and the sprains and strains NICE's guidance treats with oral NSAIDs
  (labelled-uses.yaml); so the same drugs named for other uses are outside their labels;
- fertility treatment clinicians perform (IVF, ICSI, IUI, embryo transfer, egg freezing) and
  surgical excision are standard procedures (standard-procedures.yaml), as surgery is; a
  success rate in figures ("IVF Success Rates of 80%, Clinically Proven") is still the clinic's
  own claim, not approved care as the subject (types/claims._SUCCESS_FIGURE);
- an infection as the subject of clearing up, a time before "without antibiotics" ("Most
  chest infections clear up within three weeks without antibiotics"): its natural course
  (claimread.judging.NATURAL_COURSE);
- a card's line with no subject that lowers the risk of the disease the FDA pairs with the
  nutrient its title names ("Folic Acid 400 mcg" over "Take daily ... to lower the risk of
  spina bifida"): an authorized health claim, 21 CFR 101.79 (judging._authorized_health_claim).
"""

from __future__ import annotations

import pytest

from bench.claims_eval import page_for
from checker.content import ContentEngine
from tests.content.conftest import (
    assert_golden_pair,
    card,
    list_page,
    reported_on,
    riverbend_page,
)

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
RESEARCH = "research-claims-cited"
FERTILITY = "IVF and Fertility Treatment"
CBD = "CBD Oil and Epilepsy"
HEADACHE = "Headache and Migraine Clinic"


def shop_page(title: str, text: str) -> str:
    """The pharmacy shop page of a clinic with one product card: `title` over `text`."""
    return riverbend_page("Online Pharmacy Shop", card(title, text),
                          staff="Our pharmacists answer questions")


# (rule, card title, card text, fires, neighbour text, neighbour fires)
CARDS = [
    (DISEASE, "Hair Loss Kit for Men",
     "Minoxidil 5% foam, 3-month supply. Regrows hair on the top of the scalp. $49.99", False,
     "Minoxidil-free herbal serum, 3-month supply. Regrows hair on the top of the scalp. $49.99",
     True),
    (DISEASE, "Hair Loss Kit for Men",
     "Minoxidil 5% foam, 3-month supply. Regrows hair on the top of the scalp. $49.99", False,
     "Minoxidil 5% foam with our biotin gummies. Reverses alopecia areata in weeks. $49.99",
     True),
    (DISEASE, "Erectile Dysfunction Treatment",
     "Sildenafil 50 mg, prescribed after an online consultation with our doctor. From £19.99",
     False, "Horny goat weed capsules, a natural alternative to sildenafil. From £19.99", True),
    (DISEASE, "Acne Treatment", "Adapalene 0.1% gel. Treats acne. $13.99", False,
     "Adapalene 0.1% gel. Treats acne and clears eczema. $13.99", True),
    (DISEASE, "Stop Smoking Kit",
     "Nicotine patches and gum. Helps you quit by reducing cravings. $39.99", False,
     "Nicotine patches and gum. Reverses COPD and the lung damage of smoking. $39.99", True),
    (DISEASE, "Migraine Relief",
     "Sumatriptan 50 mg, 2 tablets. For the relief of migraine attacks with or without aura. "
     "£5.99", False,
     "Feverfew 50 mg, 2 tablets. For the relief of migraine attacks with or without aura. £5.99",
     True),
    (INFECTIOUS, "Cold Sore Relief Kit", "Docosanol cream and lip balm with SPF 30. $21.99",
     False, "Lemon balm and lysine instead of docosanol. $21.99", True),
    (DISEASE, "Folic Acid 400 mcg", "Take daily before conception and for the first 12 weeks of "
                                    "pregnancy to lower the risk of spina bifida. $4.99", False,
     "Take daily before conception to lower the risk of autism. $4.99", True),
]


@pytest.mark.parametrize(("rule", "title", "text", "fires", "neighbour", "neighbour_fires"),
                         CARDS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CARDS)])
def test_a_card_that_sells_an_approved_drug_for_its_label(
        engine: ContentEngine, rule: str, title: str, text: str, fires: bool, neighbour: str,
        neighbour_fires: bool) -> None:
    assert bool(reported_on(engine, rule, shop_page(title, text))) is fires, text
    assert bool(reported_on(engine, rule, shop_page(title, neighbour))) is neighbour_fires, \
        neighbour


# (rule, page title, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # labelled uses written from the labels
    (DISEASE, CBD, "Epidiolex treats anxiety and insomnia.", True,
     "Epidiolex treats the seizures of Dravet syndrome.", False),
    (DISEASE, HEADACHE, "Sumatriptan treats fibromyalgia.", True,
     "Sumatriptan relieves migraine attacks.", False),
    (RESEARCH, FERTILITY, "IVF Success Rates of 80%, Clinically Proven", True,
     "IVF is a clinically proven treatment for infertility caused by blocked tubes.", False),
    # an infection's natural course
    (INFECTIOUS, "Coughs and Chest Infections", "Most chest infections clear up within three "
                                                "weeks without antibiotics.", False,
     "Our silver spray clears chest infections within three weeks without antibiotics.", True),
]


@pytest.mark.parametrize(("rule", "title", "sentence", "fires", "neighbour", "neighbour_fires"),
                         PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_patient_information_reads_the_pair(engine: ContentEngine, rule: str, title: str,
                                            sentence: str, fires: bool, neighbour: str,
                                            neighbour_fires: bool) -> None:
    assert_golden_pair(engine, rule, title, sentence, fires, neighbour, neighbour_fires, head=20)


def on_fertility_page(engine: ContentEngine, sentence: str) -> bool:
    """Whether the disease rule reports `sentence` on the corpus's fertility-clinic page (its
    specialists offer tests, ovulation induction, IUI and IVF: the page's topic is theirs)."""
    page = page_for({"id": "p52", "form": "sentence", "topic": "fertility", "text": sentence,
                     "placement": "main"})
    return any(sentence[:40] in found for found in reported_on(engine, DISEASE, page))


@pytest.mark.parametrize(("sentence", "neighbour"), [
    ("IVF with ICSI treats severe male factor infertility by injecting one sperm into each egg.",
     "Our fertility tea treats severe male factor infertility by balancing hormones."),
    ("Laparoscopic excision of endometriosis can ease pelvic pain and improve fertility.",
     "Castor oil packs can ease the pelvic pain of endometriosis and improve fertility."),
])
def test_fertility_treatment_is_a_standard_procedure(engine: ContentEngine, sentence: str,
                                                    neighbour: str) -> None:
    assert not on_fertility_page(engine, sentence)
    assert on_fertility_page(engine, neighbour)


@pytest.mark.parametrize(("intro", "fires"), [
    ("Our ginger and nettle tea soothes the inflammation behind:", True),
    ("Our fertility specialists run tests to look for the causes of:", False),
])
def test_ivf_in_a_failure_s_name_is_no_care(engine: ContentEngine, intro: str,
                                            fires: bool) -> None:
    # IVF is a standard procedure, but in "IVF implantation failure" it names the failure
    # (conditions-consumer.yaml): an intro's product still claims to act on it
    item = "Repeated IVF implantation failure and early miscarriages"
    assert bool(reported_on(engine, DISEASE, list_page(FERTILITY, intro, item))) is fires


def faq_page(title: str, question: str, answer: str) -> str:
    """A clinic page of `title` with one FAQ: `question` over `answer`."""
    return riverbend_page(title, f"<section class='faq'><h2>FAQ</h2><details><summary>{question}"
                                 f"</summary><p>{answer}</p></details></section>")


@pytest.mark.parametrize(("question", "fires"), [
    ("Does ibuprofen help with a sprained ankle?", False),
    ("Does ibuprofen help a torn rotator cuff heal?", True),
])
def test_a_sprain_is_a_use_nsaids_are_recommended_for(engine: ContentEngine, question: str,
                                                      fires: bool) -> None:
    # (NICE CKS, Sprains and strains: oral NSAIDs for the pain; healing a tear is no use)
    page = faq_page("Sports Injuries", question, "Yes. Most people feel better within days.")
    assert bool(reported_on(engine, DISEASE, page)) is fires
