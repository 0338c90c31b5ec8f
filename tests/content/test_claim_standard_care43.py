"""Golden tests (stop 43, fixfp43): standard care and patient-information style read as such, by
class. A product word its prescriber's clause restricts ("the drops my
ophthalmologist prescribed"); a Drug Facts Uses item under a lead that names its OTC active with
its strength ("Lidocaine 4% patches and creams:"); an approved drug named for a use a national
guideline recommends it for (vaginal estrogen against recurrent urinary tract infections); a
dosage form in a card's title after a generic name known by its stem ("Latanoprost 50
micrograms/ml Eye Drops", "Timolol 0.5% Eye Drops"); a lay symptom named with its modifier
("the barking cough") as the symptom of the labelled condition it is (croup's); the doses the
reader is told to take ("Take every dose, ...") as the approved care the sentence before named;
the injuries a physiotherapy page's service treats as the profession's scope; "Treatment may
include ..." listing options that name approved care, as a leaflet lists standard care.
Each beside a close neighbour that must still fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, card, list_page, reported_on, story_quote

DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"


@pytest.mark.parametrize(("story", "fires"), [
    ("The drops my ophthalmologist prescribed cleared my conjunctivitis in three days.", False),
    ("My eye doctor found glaucoma. The drops she prescribed have kept my glaucoma stable for "
     "six years.", False),
    # neighbours: the drops a naturopath prescribed, and drops no one prescribed
    ("The drops my naturopath prescribed cleared my conjunctivitis in three days.", True),
    ("My eye doctor found glaucoma. The drops have kept my glaucoma stable for six years.", True),
])
def test_drops_their_prescriber_prescribed(engine: ContentEngine, story: str,
                                           fires: bool) -> None:
    found = reported_on(engine, DISEASE, article_page("Eye Care", story_quote(story, "Ann, Leeds")))
    assert any(story[:40] in f for f in found) is fires, found


USES = "Temporarily relieve minor pain of sore muscles, backache and joints; use no more than " \
       "one patch at a time"


@pytest.mark.parametrize(("intro", "item", "fires"), [
    ("Lidocaine 4% patches and creams:", USES, False),
    # neighbours: a use no external analgesic's monograph names; a lead naming no OTC active
    ("Lidocaine 4% patches and creams:",
     "Temporarily relieve nerve pain from diabetes; use no more than one patch at a time", True),
    ("Arnica patches:", USES, True),
])
def test_drug_facts_uses_under_its_active(engine: ContentEngine, intro: str, item: str,
                                          fires: bool) -> None:
    assert reported_on(engine, DISEASE, list_page("Pain relief", intro, item)) == (
        [item] if fires else [])


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Vaginal estrogen can also lower the chance of repeated urine infections after the "
     "menopause.", False),
    # neighbours: a herbal product of the same name; the same drug for COVID-19
    ("Our herbal estrogen cream can also lower the chance of repeated urine infections after "
     "the menopause.", True),
    ("Vaginal estrogen can also lower the chance of COVID-19 after the menopause.", True),
])
def test_guideline_use_of_an_approved_drug(engine: ContentEngine, sentence: str,
                                           fires: bool) -> None:
    assert reported_on(engine, INFECTION, article_page("Menopause care", sentence)) == (
        [sentence] if fires else [])


LOWERS = ("Lowers the pressure inside the eye in open-angle glaucoma and ocular hypertension, "
          "which helps protect your sight.")


@pytest.mark.parametrize(("title", "fires"), [
    ("Latanoprost 50 micrograms/ml Eye Drops", False),
    ("Timolol 0.5% Eye Drops", False),
    # neighbours: drops no drug's name stands before, and a herb beside the drug
    ("Bilberry Eye Drops", True),
    ("Latanoprost and Bilberry Eye Drops", True),
])
def test_dosage_form_of_a_generic_in_its_title(engine: ContentEngine, title: str,
                                               fires: bool) -> None:
    html = article_page("Pharmacy", card(title, LOWERS))
    assert reported_on(engine, DISEASE, html) == ([LOWERS] if fires else [])


CROUP = ("Most children with croup get better within 48 hours, and a single dose of "
         "dexamethasone reduces the swelling in the airway and eases the {cough}.")


@pytest.mark.parametrize(("cough", "rule", "fires"), [
    ("barking cough", DISEASE, False),
    # neighbours: a cough no label of the drug names, the one an infection gives
    ("smoker's cough", DISEASE, True),
    ("whooping cough", INFECTION, True),
])
def test_symptom_named_with_its_modifier(engine: ContentEngine, cough: str, rule: str,
                                         fires: bool) -> None:
    sentence = CROUP.format(cough=cough)
    assert reported_on(engine, rule, article_page("Children's health", sentence)) == (
        [sentence] if fires else [])


TAKE_EVERY_DOSE = ("Take every dose, even once you feel better, so the infection does not come "
                   "back.")


@pytest.mark.parametrize(("cure", "fires"), [
    ("TB is cured by taking several antibiotics for at least six months.", False),
    # neighbour: the doses of a tonic of ours
    ("TB is cured by taking our herbal tonic for six months.", True),
])
def test_doses_the_reader_is_told_to_take(engine: ContentEngine, cure: str, fires: bool) -> None:
    answer = f"<details><summary>Is tuberculosis curable?</summary><p>Yes. {cure} " \
             f"{TAKE_EVERY_DOSE}</p></details>"
    assert (TAKE_EVERY_DOSE in reported_on(engine, INFECTION, article_page("Primary care", answer))
            ) is fires


ASSESSMENT = "A 45-minute assessment with a physiotherapist and a home exercise plan. "


@pytest.mark.parametrize(("treated", "fires"), [
    ("Ankle sprains, hamstring strains and runner's knee are among the injuries we treat.",
     False),
    # neighbours: a condition outside the profession's scope, and a product of ours
    ("Ankle sprains, hamstring strains and asthma are among the conditions we treat.", True),
    ("Ankle sprains, hamstring strains and runner's knee are among the injuries our CBD balm "
     "treats.", True),
])
def test_physiotherapy_scope(engine: ContentEngine, treated: str, fires: bool) -> None:
    html = article_page("Physical therapy and rehabilitation",
                        card("Sports Injury Assessment, \u00a355", ASSESSMENT + treated))
    assert reported_on(engine, DISEASE, html) == ([treated] if fires else [])


RESTLESS = ("<details><summary>Why did you order an iron test for my restless legs?</summary>"
            "<p>Restless legs syndrome can be linked to low iron, so we check your iron levels "
            "first. {options}</p></details>")


@pytest.mark.parametrize(("options", "fires"), [
    ("Treatment may include iron supplements if your levels are low, and some people need "
     "prescription medicine.", False),
    # neighbours: the seller's own option, and options naming no approved care
    ("Treatment may include our iron supplements if your levels are low, and some people need "
     "prescription medicine.", True),
    ("Treatment may include herbal supplements if your levels are low.", True),
])
def test_treatment_options_of_standard_care(engine: ContentEngine, options: str,
                                            fires: bool) -> None:
    html = article_page("Sleep clinic", RESTLESS.format(options=options))
    assert (options in reported_on(engine, DISEASE, html)) is fires
