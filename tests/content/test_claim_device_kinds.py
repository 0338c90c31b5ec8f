"""Golden tests of claims12a's classes (issue 13, the product side): a device sold by its kind.
A laser named by its kind or by a trade name built on it ("an FDA-approved laser for
peripheral neuropathy", "the QLaser", "the Curewave laser") is a product of the status rule,
whose status is a claim only for a use it names beyond the cleared uses of lasers (therapy,
aesthetic, ophthalmic and surgical lasers); with no use named ("we use an FDA-cleared laser")
it is true of some laser. The disease rule reads the device kinds the status rule reads
(aesthetic devices, electrical stimulators, therapy lasers) with their cleared uses, but not a
bare laser: laser surgery is approved care. "Cleared" in the FDA's sense ("a cleared use",
"cleared for the temporary relief of ...") is a device's status, not the verb of a cure. Each:
the exact sentence and its rule, and a near sentence that must not fire. Sentences are written
for these tests, not taken from a corpus file. Tinnitus is named as MedlinePlus describes it,
"ringing in the ears" (conditions-consumer.yaml); a product named by an ayurvedic dosage form
("Dasamoolarishtam", "Chandraprabha Vatika") is a supplement by its kind (products.yaml)."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

STATUS = "false-fda-approval-claim"
DISEASE = "unapproved-disease-claim"
PT = "Physical Therapy and Rehabilitation"
EYES = "Eye Care and Surgery"


@golden_sentences([
    # a laser by its kind, with a use no laser is cleared for
    (STATUS, True, PT, "The Curewave Medicore is an FDA-approved laser for peripheral neuropathy."),
    (STATUS, True, PT, "Curewave: the FDA-cleared laser for nerve pain."),
    (STATUS, True, PT, "The QLaser is FDA cleared and safe to use at home for more than 200 "
                       "conditions."),
    (STATUS, True, PT, "FDA-Cleared Curewave Laser for Faster Wound Healing"),
    # ... with no use named: true of some laser
    (STATUS, False, PT, "We use an FDA-cleared laser."),
    (STATUS, False, PT, "Every session uses an FDA-cleared laser and takes ten minutes."),
    # ... with a use lasers are cleared for
    (STATUS, False, PT, "The QLaser is FDA cleared for temporary relief of pain associated with "
                        "osteoarthritis of the hand."),
    (STATUS, False, EYES, "Selective laser trabeculoplasty is an FDA-approved laser treatment "
                          "for glaucoma."),
    (STATUS, False, EYES, "The FDA has approved lasers for treating diabetic retinopathy."),
    (STATUS, False, PT, "The laser is cleared by the FDA for temporary relief of minor muscle and "
                        "joint pain."),
])
def test_a_status_said_of_a_laser_by_its_kind(engine: ContentEngine, rule: str, fires: bool,
                                               title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


@golden_sentences([
    # a device of a kind the status rule already read, now a product of the disease rule too
    (DISEASE, True, PT, "Our laser heals diabetic nerve damage in six sessions."),
    (DISEASE, True, "Facial Treatments", "Our microcurrent machine reverses Bell's palsy."),
    # ... with its cleared use
    (DISEASE, False, PT, "Our therapy laser gives temporary relief of minor arthritis pain."),
    # a bare laser is no product: laser surgery and the lasers clinicians use are care
    (DISEASE, False, EYES, "Laser surgery can lower eye pressure in people with glaucoma."),
    (DISEASE, False, EYES, "Laser photocoagulation treats leaking blood vessels in diabetic "
                           "retinopathy."),
    (DISEASE, False, "Vein Clinic", "Endovenous laser ablation treats varicose veins."),
])
def test_device_kinds_in_the_disease_rule(engine: ContentEngine, rule: str, fires: bool,
                                          title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


@golden_sentences([
    # "cleared" as a device's status is no cure verb
    (DISEASE, False, "Chiropractic and Wellness", "One laser, one cleared use: hand osteoarthritis "
                                                  "pain"),
    (DISEASE, False, "Chiropractic and Wellness", "Our laser is FDA-cleared for arthritis pain in "
                                                  "the hands."),
    # ... but "cleared" of a condition still is
    (DISEASE, True, "Shop Supplements", "Our tincture cleared my psoriasis in a month."),
    (DISEASE, True, "Shop Supplements", "The eczema on my hands cleared within a week of "
                                        "starting the chaga balm."),
])
def test_cleared_as_a_status_is_no_cure(engine: ContentEngine, rule: str, fires: bool,
                                        title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


@golden_sentences([
    # tinnitus by the name MedlinePlus describes it with, in a claim
    (DISEASE, True, "Homeopathic Remedies", "Our drops quiet the ringing in your ears within a "
                                            "week."),
    # ... and in patient information about it
    (DISEASE, False, "Hearing Care", "Tinnitus, or ringing in the ears, can be eased with "
                                     "hearing aids and sound therapy."),
    (DISEASE, False, "Hearing Care", "See your doctor if ringing in the ears comes with "
                                     "dizziness or hearing loss."),
])
def test_ringing_in_the_ears_is_tinnitus(engine: ContentEngine, rule: str, fires: bool,
                                         title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


@golden_sentences([
    # a product named by an ayurvedic dosage form (Ayurvedic Formulary of India), on a page
    # whose title names no product
    (DISEASE, True, "Primary Care Services", "Dasamoolarishtam soothes an aching lower back and "
                                             "period cramps."),
    (DISEASE, True, "Primary Care Services", "Chandraprabha Vatika dissolves kidney stones so "
                                             "they pass without pain."),
    # ... in patient information about such products
    (DISEASE, False, "Primary Care Services", "Triphala churna is a traditional ayurvedic remedy; "
                                              "studies have not shown that it treats "
                                              "constipation."),
    (DISEASE, False, "Primary Care Services", "Some ayurvedic products, such as certain bhasma "
                                              "preparations, have been found to contain lead."),
])
def test_ayurvedic_dosage_forms_name_a_product(engine: ContentEngine, rule: str, fires: bool,
                                               title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


@golden_sentences([
    # hydrogen water by the other names its sellers use (the FDA's 2022 letter to a seller of
    # "hydrogen-infused water beverages"), on a page whose title names no product
    (DISEASE, True, "Primary Care Services", "Molecular hydrogen in every can fights the "
                                             "inflammation behind arthritis flares."),
    (DISEASE, True, "Primary Care Services", "Hydrogen-infused water lowers high blood pressure "
                                             "naturally."),
    (DISEASE, False, "Primary Care Services", "There is no good evidence that hydrogen-rich water "
                                              "treats any disease."),
])
def test_hydrogen_water_by_its_other_names(engine: ContentEngine, rule: str, fires: bool,
                                           title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
