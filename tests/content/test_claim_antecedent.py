"""Golden tests of claims whose product is in another sentence (issue 13): real copy names the
product once and claims in the next sentence ("We now offer peptide injections. They calm
knee arthritis"), and prescribing or use statements ("our doctors prescribe X for Y",
"patients with Y receive X"). A sentence that points back (a pronoun as its subject or object,
"this treatment", "the same tablet", a fragment "Used for ...") speaks of what the sentence
before it, or its lead, names: a product of ours is the claim's product, approved care keeps
it patient information ("Metformin is the usual first medicine ... It lowers blood sugar").
An antibiotic, antiparasitic or antimalarial said to act on a virus (ivermectin or
hydroxychloroquine for COVID-19) is outside any label it has: neither the drug nor the doctors
who prescribe it make that patient information. The exact sentence each rule reports;
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_page, reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
RESEARCH = "research-claims-cited"


def _home(body: str) -> str:
    """A clinic's home page whose title and h1 name no product."""
    return riverbend_page("Welcome", f"<p>{body}</p>",
                          staff="Our clinicians offer IV therapy, hormone therapy and medical "
                                "weight loss, and see patients")


# ---- an anti-infective said to act on a virus -------------------------------------------------

@pytest.mark.parametrize(("body", "sentence"), [
    ("Our doctors prescribe ivermectin to treat COVID-19 and to protect exposed family members.",
     "Our doctors prescribe ivermectin to treat COVID-19 and to protect exposed family members."),
    ("Chloroquine is one of the oldest medicines we stock. Our physicians use it for patients "
     "with the flu, and it shortens the illness by days.",
     "Our physicians use it for patients with the flu, and it shortens the illness by days."),
    ("Patients with COVID-19 receive azithromycin and zinc on the day of their visit.",
     "Patients with COVID-19 receive azithromycin and zinc on the day of their visit."),
])
def test_an_antibacterial_or_antiparasitic_for_a_virus_is_a_claim(engine, body,
                                                                  sentence) -> None:
    assert reported_on(engine, INFECTIOUS, _home(body)) == [sentence]


@pytest.mark.parametrize("body", [
    "Our doctors prescribe doxycycline to treat Lyme disease and to prevent it after a tick "
    "bite.",
    "Chloroquine is one of the oldest medicines we stock. Our physicians use it to prevent "
    "malaria before travel, and it is taken once a week.",
    "Patients with strep throat receive amoxicillin on the day of their visit.",
    "Ivermectin lotion is FDA approved for head lice. It kills the lice in one application.",
    "Antibiotics do not work against viruses such as colds and the flu.",
])
def test_the_same_drugs_for_the_germs_of_their_label_are_not_claims(engine, body) -> None:
    assert reported_on(engine, INFECTIOUS, _home(body)) == []


# ---- the sentence before names the product or the approved care --------------------------------

def test_a_pronoun_takes_the_product_the_sentence_before_names(engine) -> None:
    body = "We now offer peptide injections. They calm knee arthritis within a few weeks."
    assert reported_on(engine, DISEASE, _home(body)) == [
        "They calm knee arthritis within a few weeks."]


@pytest.mark.parametrize("body", [
    "Metformin is the usual first medicine for type 2 diabetes. It lowers blood sugar by "
    "helping the body use insulin.",
    "Sumatriptan is a migraine medicine. It relieves the headache and the nausea within two "
    "hours.",
    "Albuterol inhalers open the airways. They relieve asthma attacks within minutes.",
    "Patients with early Lyme disease receive doxycycline for two weeks. Most recover "
    "completely with this treatment.",
])
def test_a_pronoun_that_takes_approved_care_is_patient_information(engine, body) -> None:
    page = article_page("iv", body)
    assert reported_on(engine, DISEASE, page) == []
    assert reported_on(engine, INFECTIOUS, page) == []


def test_a_fragment_under_a_pharmacy_card_title_speaks_of_the_title(engine) -> None:
    card = ('<div class="card"><h3>{title}</h3><p>Prescription only. Used for lupus, rheumatoid '
            "arthritis and the prevention of malaria.</p></div>")
    html = riverbend_page("Pharmacy", card.format(title="Hydroxychloroquine 200 mg tablets"))
    assert reported_on(engine, INFECTIOUS, html) == []
    html = riverbend_page("Pharmacy", card.format(title="Colloidal Silver 500 ppm"))
    assert reported_on(engine, INFECTIOUS, html) == [
        "Used for lupus, rheumatoid arthritis and the prevention of malaria."]


# ---- prescribing and use statements -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our doctors prescribe peptides for fibromyalgia.",
    "Patients with neuropathy receive a series of NAD+ infusions.",
    "We give high-dose vitamin C to cancer patients between rounds of chemotherapy.",
])
def test_a_prescribing_statement_states_the_intended_use(engine, sentence) -> None:
    assert reported_on(engine, DISEASE, _home(sentence)) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Our doctors prescribe duloxetine for fibromyalgia.",
    "Patients with cancer receive a dedicated nurse navigator.",
    "Patients with type 2 diabetes receive metformin first.",
    "Our nurses give discharge instructions to patients with heart failure.",
])
def test_a_prescribing_statement_of_approved_care_or_a_service_is_not(engine,
                                                                      sentence) -> None:
    assert reported_on(engine, DISEASE, _home(sentence)) == []


# ---- scope: a speed, and a null result -------------------------------------------------------

def test_days_instead_of_weeks_is_a_speed_not_a_denial(engine) -> None:
    body = ("We ship vitamin C packs after a short visit. They stop the virus from copying "
            "itself, so you recover from COVID-19 in days instead of weeks.")
    assert reported_on(engine, INFECTIOUS, _home(body)) == [
        "They stop the virus from copying itself, so you recover from COVID-19 in days "
        "instead of weeks."]
    assert reported_on(engine, INFECTIOUS, _home(
        "Vitamin C packs are not a treatment for COVID-19; rest helps you recover in days "
        "instead of weeks.")) == []


def test_a_null_result_told_with_a_negated_verb_is_no_research_claim(engine) -> None:
    claim = "Large trials found that ivermectin sped recovery from COVID-19."
    assert reported_on(engine, RESEARCH, _home(claim)) == [claim]
    assert reported_on(engine, RESEARCH, _home(
        "Large trials, such as ACTIV-6, found that ivermectin did not improve recovery from "
        "COVID-19.")) == []


# ---- a status said of what the sentence before names -----------------------------------------

STATUS = "false-fda-approval-claim"


@pytest.mark.parametrize(("body", "sentence"), [
    ("We now offer exosome injections. They are FDA approved.", "They are FDA approved."),
    ("Try our CBD tincture. It is FDA approved and lab tested.",
     "It is FDA approved and lab tested."),
])
def test_a_status_takes_the_product_the_sentence_before_names(engine, body, sentence) -> None:
    assert reported_on(engine, STATUS, _home(body)) == [sentence]


@pytest.mark.parametrize("body", [
    "We offer the Shingrix vaccine. It is FDA approved for adults 50 and older.",
    "Ask your doctor about Wegovy. It is FDA approved for weight management.",
    "Our PRP kits are sterile. They are not FDA approved for hair loss.",
])
def test_a_status_of_approved_care_named_before_is_true(engine, body) -> None:
    assert reported_on(engine, STATUS, _home(body)) == []


# ---- what others ask, told --------------------------------------------------------------------

def test_a_question_others_ask_is_told_not_claimed(engine) -> None:
    assert reported_on(engine, INFECTIOUS, _home(
        "Some members ask us for ivermectin for COVID-19. We do not prescribe it for that.")) == []
    claim = "Many members ask us for ivermectin because it clears COVID-19 in two days."
    assert reported_on(engine, INFECTIOUS, _home(claim)) == [claim]


# ---- further back in the paragraph, and "the therapy" ----------------------------------------

@pytest.mark.parametrize(("body", "sentence"), [
    ("Stem cell therapy is available at both locations. Most sessions take under an hour, and "
     "you can drive home. The therapy eases knee arthritis without surgery.",
     "The therapy eases knee arthritis without surgery."),
    ("Our clinic offers ozone therapy. Sessions take about an hour in a private room. It eases "
     "the pain of fibromyalgia.", "It eases the pain of fibromyalgia."),
    ("Our Wharton's jelly injections come from screened donors and ship frozen. Once thawed, "
     "the injections ease the pain of bulging discs.",
     "Once thawed, the injections ease the pain of bulging discs."),
])
def test_the_antecedent_may_stand_further_back(engine, body, sentence) -> None:
    page = article_page("Patient Services", body)
    assert reported_on(engine, DISEASE, page) == [sentence]


@pytest.mark.parametrize("body", [
    "Knee replacement is a common surgery. Most people go home the next day. It relieves "
    "arthritis pain for most people.",
    "Your doctor may suggest sertraline. It comes as tablets. The medicine treats depression "
    "and anxiety, and it takes a few weeks to work.",
])
def test_approved_care_further_back_stays_patient_information(engine, body) -> None:
    assert reported_on(engine, DISEASE, article_page("iv", body)) == []


# ---- "the best choice for" a condition names the product's use ---------------------------------

def test_the_best_choice_for_a_condition_is_an_intended_use(engine) -> None:
    card = ('<div class="card"><h3>{title}</h3><p>$54.95. The best choice for liver disease, '
            "trusted by naturopaths for years.</p></div>")
    html = riverbend_page("Shop Supplements", card.format(title="Milk Thistle Liver Formula"))
    assert reported_on(engine, DISEASE, html) == [
        "The best choice for liver disease, trusted by naturopaths for years."]
    assert reported_on(engine, DISEASE, article_page(
        "iv", "Metformin is usually the first choice for type 2 diabetes.")) == []
