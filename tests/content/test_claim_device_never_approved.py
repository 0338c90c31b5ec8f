"""Golden tests of claims17a's classes (issue 13, class 3 and 1): an approval or a registration
said of a device of a kind the FDA clears or exempts and never approves (hearing aids, sound
amplifiers, TENS units, a Class I or II device: 21 CFR 807.97), even though hearing aids are
approved care in the disease rule; a registration said of a device itself ("an FDA-registered
medical device": 21 CFR 807.39); a clearance's use is no subject of the status ("cleared by the
FDA for the acute treatment of migraine" says nothing of a treatment of ours); a status inside
an embedded question ("check what the FDA cleared it for") is asked about, not held; a
hyperbaric centre's own words for what it gives, named for a condition ("Hyperbaric Oxygen for
Autism"); a list item whose only predicate is the care that failed ("Chronic insomnia that
sleeping pills have not fixed") takes its intro's use as any bare condition does; neurofeedback,
biofeedback and tDCS systems, wearable "energy" jewellery and body contouring are devices sold
beyond their exempt or cleared uses, while device kinds the FDA approves (bone growth, deep
brain and vagus nerve stimulators) and a COVID-19 or flu test said to be FDA-authorized are
approved care. Each: the exact sentence and its rule, and a near sentence that must not fire.
Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    assert_fires_as_labelled,
    golden_sentences,
    list_page,
    reported_on,
)

STATUS = "false-fda-approval-claim"


def _card(title: str, text: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><title>Hearing Aids | Harbor Hearing"
            "</title></head><body><main><h1>Hearing Aids</h1><p>Hearing loss is common after "
            "60.</p><div class='cards'><div class='card'>"
            f"<h3>{title}</h3><p>{text} $89 \u00b7 Add to cart</p></div></div>"
            "</main></body></html>")


def _supplement_page(sentence: str) -> str:
    """A supplement page (its title names the product class) with `sentence` under a heading
    that names none."""
    return ("<!DOCTYPE html><html lang='en'><head><title>Brain Health Supplements</title>"
            "</head><body><main><h1>Brain Health Supplements</h1><p>Our blends are made in "
            "small batches.</p><h2>Other options for headaches</h2>"
            f"<p>{sentence}</p></main></body></html>")


CASES = [
    # an approval said of a device kind the FDA clears or exempts and never approves
    (STATUS, True, "Hearing Aids", "Our hearing aids are FDA approved and ship free."),
    (STATUS, False, "Hearing Aids", "Our audiologists fit FDA-cleared hearing aids."),
    (STATUS, True, "Hearing Aids", "Shop FDA-approved OTC hearing aids today."),
    (STATUS, False, "Hearing Loss",
     "Look for an FDA-registered hearing aid seller and check the return policy."),
    (STATUS, True, "Pain Relief Devices",
     "Our TENS unit is FDA approved for back pain and sciatica."),
    (STATUS, False, "Pain Relief Devices",
     "This TENS unit is FDA cleared for temporary relief of minor muscle pain."),
    (STATUS, True, "Hearing Help", "The sound amplifier is approved by the FDA."),
    (STATUS, False, "Hearing Loss", "No hearing aid is FDA approved; most are cleared or exempt."),
    (STATUS, True, "Shop", "It is a Class II medical device approved by the FDA."),
    (STATUS, False, "Heart Care", "The pacemaker is an FDA-approved medical device."),
    # approved care named before the status is still its subject
    (STATUS, False, "Hearing Loss",
     "Cochlear implants are FDA-approved for severe to profound hearing loss, and hearing aids "
     "help milder loss."),
    (STATUS, False, "Hearing Loss", "Hearing aids do not need FDA approval before they are sold."),
    # a registration said of a device itself, not of an establishment
    (STATUS, True, "Shop", "Every device we sell is an FDA-registered medical device."),
    (STATUS, False, "Shop", "We are an FDA-registered medical device manufacturer."),
    (STATUS, True, "Hearing Aids", "Our hearing devices are registered with the FDA."),
    (STATUS, False, "Shop", "Our devices are made in an FDA-registered facility."),
    # a status inside an embedded question is asked about, not held
    (STATUS, True, "Brain Health Supplements", "The FDA cleared it for memory loss."),
    (STATUS, False, "Brain Health Supplements",
     "Check what the FDA cleared it for, and ask your doctor whether that use fits you."),
    # a hyperbaric centre's own words for what it gives, named for a condition
    ("unapproved-disease-claim", True, "Hyperbaric Oxygen Therapy",
     "Hyperbaric Oxygen for Autism"),
    ("unapproved-disease-claim", False, "Hyperbaric Oxygen Therapy",
     "Hyperbaric Oxygen for Carbon Monoxide Poisoning"),
    ("unapproved-disease-claim", True, "Hyperbaric Oxygen Therapy",
     "Most children need 40 dives for cerebral palsy."),
    ("unapproved-disease-claim", False, "Scuba Diving Safety",
     "Plan your dives for calm weather and never dive alone."),
]


@golden_sentences(CASES)
def test_status_of_devices_the_fda_never_approves(engine, rule: str, fires: bool, title: str,
                                                  sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


@pytest.mark.parametrize(("title", "text", "fires"), [
    # a card whose title names the device kind and whose text says only "FDA approved"
    ("Atom Rechargeable Hearing Aid", "FDA approved. Nearly invisible in the ear.", True),
    ("Atom Rechargeable Hearing Aid", "FDA cleared. Nearly invisible in the ear.", False),
    ("EV1 Hearing Aid \u2013 FDA Registered Medical Device", "Crystal-clear sound.", True),
    ("EV1 Hearing Aid", "Sound amplification for adults with perceived mild to moderate "
     "hearing loss.", False),
])
def test_a_card_title_names_the_device(engine: ContentEngine, title: str, text: str,
                                       fires: bool) -> None:
    assert bool(reported_on(engine, STATUS, _card(title, text))) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    # a generic head inside the use a status is given for is not its subject
    ("Our treatment is cleared by the FDA for migraine.", True),
    ("An external trigeminal nerve stimulator is cleared by the FDA for the acute treatment of "
     "migraine in adults.", False),
])
def test_a_head_in_the_use_is_no_subject(engine: ContentEngine, sentence: str,
                                         fires: bool) -> None:
    assert bool(reported_on(engine, STATUS, _supplement_page(sentence))) is fires


@pytest.mark.parametrize(("title", "intro", "item", "fires"), [
    # the failed care's predicate is not the item's; without it the item is a bare condition
    # under an intro that states the product's use
    ("PEMF Therapy", "What our PEMF mat is used for:",
     "Chronic insomnia that sleeping pills have not fixed", True),
    ("Stem Cell Therapy", "Conditions we treat:",
     "Knee arthritis that cortisone shots could not help", True),
    # approved care's use, an intro that states no use, or denies one
    ("Physical Therapy", "Physical therapy is used for:", "Back pain that rest has not fixed",
     False),
    ("Stem Cell Therapy", "Before you book, tell us about:",
     "Knee arthritis that cortisone shots could not help", False),
    ("Stem Cell Therapy", "Stem cells are not a treatment for:",
     "Knee arthritis that cortisone shots could not help", False),
])
def test_an_item_of_failed_care_takes_its_intros_use(engine: ContentEngine, title: str,
                                                     intro: str, item: str,
                                                     fires: bool) -> None:
    found = reported_on(engine, "unapproved-disease-claim", list_page(title, intro, item))
    assert (item in found) is fires


DEVICE_CASES = [
    ("unapproved-disease-claim", True, "Neurofeedback",
     "Neurofeedback training helps children with ADHD focus without medication."),
    ("unapproved-disease-claim", False, "Neurofeedback",
     "Biofeedback training is used for relaxation and muscle re-education."),
    ("unapproved-disease-claim", True, "Neurofeedback",
     "Biofeedback sessions relieve migraines and chronic anxiety."),
    ("unapproved-disease-claim", True, "Brain Health",
     "tDCS at home lifts depression in two weeks."),
    ("unapproved-disease-claim", False, "Brain Health",
     "Deep brain stimulation is approved for Parkinson's disease tremor that medicines no longer "
     "control."),
    ("unapproved-disease-claim", False, "Epilepsy Care",
     "Vagus nerve stimulation can reduce seizures in people whose epilepsy does not respond to "
     "medicines."),
    ("unapproved-disease-claim", True, "Body Contouring",
     "Body contouring sessions treat lipedema and lymphedema."),
    ("unapproved-disease-claim", False, "Body Contouring",
     "Non-invasive body contouring is cleared for the temporary reduction in the appearance of "
     "cellulite."),
    ("unapproved-disease-claim", True, "Body Contouring",
     "Body contouring sessions ease lipedema swelling in the legs."),
    ("unapproved-disease-claim", False, "Lipedema Care",
     "Lipedema is a chronic disorder of fat in the legs and arms; compression garments and "
     "lymphatic drainage can ease the swelling."),
    ("unapproved-disease-claim", True, "Wellness Shop",
     "Our negative ion bracelet relieves arthritis pain and insomnia."),
    ("unapproved-disease-claim", False, "Wellness Shop",
     "Our silver bracelet is a gift for someone with arthritis who loves jewelry."),
    (STATUS, False, "Bone Healing",
     "Some PEMF bone growth stimulators are FDA approved for fractures that have not healed."),
    (STATUS, True, "PEMF Therapy",
     "PEMF is FDA approved to heal bone fractures, torn ligaments and arthritis."),
    ("infectious-disease-claim", False, "COVID-19 Testing",
     "FDA-authorized home COVID-19 tests detect the virus from a nasal swab."),
    ("infectious-disease-claim", True, "COVID-19 Testing",
     "Our home kit's vitamin blend clears the COVID-19 virus from a nasal swab."),
]


@golden_sentences(DEVICE_CASES)
def test_devices_beyond_their_uses_and_devices_approved(engine, rule: str, fires: bool,
                                                        title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
