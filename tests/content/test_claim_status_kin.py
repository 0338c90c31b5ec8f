"""Golden tests of claims11b's classes (issue 13, classes 3, 4 and 5): an FDA status said of
an electrical-stimulation device the status rule did not know as a product (a microcurrent
facial machine, EMS body sculpting: 21 CFR 890.5850's powered muscle stimulators, sold to spas
beyond their cleared uses); a cleared use that no longer clears a second, uncleared use given
with its own preposition beside it ("FDA-cleared for sore muscles and for lifting the face");
a status said of a product of ours nearer than the establishment named before it ("Our
FDA-registered lab guarantees our CBD is FDA compliant"); a status said of a clinic's own
protocol or program, a med spa, a wellness center, a telehealth service, our practice or the
seller itself ("We are FDA approved"), which the FDA never approves; thermography by its other
names (thermal or infrared imaging), cleared only as an adjunct; registration presented as
approval, which a cleared use does not make true; the passive of the status verbs ("backed by
the FDA"), an approval "under FDA guidelines", registration presented as meeting FDA
standards; a compounded drug called as safe or as effective as the brand; a study that failed
to show something is no research claim; an attributive status said of a drug substance ("the
FDA-approved ingredient neurologists use"); a therapy laser (class IV laser, laser therapy,
photobiomodulation; 21 CFR 890.5500) sold beyond its cleared uses, while an aesthetic laser "our"
owns keeps its cleared uses. Each: the exact sentence and its rule, and a near
sentence that must not fire. Sentences are written for these tests, not taken from a corpus
file."""

from __future__ import annotations

from tests.content.conftest import assert_fires_as_labelled, golden_sentences

STATUS = "false-fda-approval-claim"
RESEARCH = "research-claims-cited"
SAME = "compounded-sameness-claim"
SPA = "Facials and Body Treatments"
WEIGHT = "Medical Weight Loss"
CELLS = "Stem Cell and Exosome Therapy"
THERMO = "Wellness Screening Services"
PAIN = "Pain Relief and Physical Therapy"

CASES = [
    # a therapy laser sold beyond the uses the FDA clears it for (temporary relief of minor
    # muscle and joint pain, muscle spasm, local blood circulation); an aesthetic laser of ours
    # for a use the FDA cleared such lasers for
    (STATUS, True, PAIN, "Our laser is FDA-cleared for nerve regeneration."),
    (STATUS, True, PAIN, "Class IV laser therapy: FDA approved for peripheral neuropathy."),
    (STATUS, False, PAIN, "Class IV laser therapy is FDA-cleared for the temporary relief of "
     "minor muscle and joint pain."),
    (STATUS, False, PAIN, "Photobiomodulation therapy is FDA-cleared for temporary pain relief."),
    (STATUS, False, SPA, "Our laser is FDA-cleared for hair removal."),
    # a status said of an electrical-stimulation device of the spa's
    (STATUS, True, SPA, "Our microcurrent facial is FDA approved to lift the jawline."),
    (STATUS, True, SPA, "This EMS body sculpting machine has FDA clearance for melting belly fat."),
    (STATUS, True, SPA, "Every muscle stimulator we use is FDA registered and approved for "
     "tightening loose skin."),
    # the same devices with a use the FDA classifies or clears them for, or negated
    (STATUS, False, SPA, "Our microcurrent device is FDA-cleared for facial stimulation."),
    (STATUS, False, SPA, "EMS body sculpting is FDA-cleared for toning the abdomen."),
    (STATUS, False, SPA, "No microcurrent facial is FDA approved to lift the face."),
    # a second use with its own preposition beside a cleared one
    (STATUS, True, SPA, "Our microcurrent unit is FDA-cleared for sore muscles and for lifting "
     "sagging cheeks."),
    (STATUS, True, SPA, "Our LED mask is FDA cleared for acne and for fading stretch marks."),
    # beside it only who uses it, or another cleared use
    (STATUS, False, SPA, "Our microcurrent unit is FDA-cleared for sore muscles and for use "
     "at home."),
    (STATUS, False, SPA, "Our LED mask is FDA cleared for acne and for wrinkles."),
    # a product of ours as the status's own subject, nearer than the establishment before it
    (STATUS, True, "shop", "Our FDA-registered lab guarantees our CBD is FDA compliant."),
    (STATUS, False, "shop", "Our FDA-registered lab tests every batch of our CBD for purity."),
    # a clinic's own protocol or program, which the FDA never approves
    (STATUS, True, WEIGHT, "Our weight-loss protocol is FDA approved."),
    (STATUS, True, WEIGHT, "This program has been cleared by the FDA."),
    (STATUS, False, WEIGHT, "Our weight-loss program uses FDA-approved medicines."),
    (STATUS, False, WEIGHT, "The study protocol was reviewed by the FDA and an ethics "
     "board."),
    (STATUS, False, WEIGHT, "Isotretinoin is dispensed only through iPLEDGE, an "
     "FDA-approved program."),
    # a med spa, a wellness center, a telehealth service, our practice or office: establishments
    # the FDA never approves or certifies
    (STATUS, True, SPA, "Our medical spa is FDA approved."),
    (STATUS, True, SPA, "Our practice is FDA certified."),
    (STATUS, True, WEIGHT, "Our telehealth platform is FDA approved."),
    (STATUS, False, SPA, "Our med spa is FDA registered."),
    (STATUS, False, SPA, "Our med spa uses only FDA-approved fillers."),
    (STATUS, False, WEIGHT, "Our practice offers FDA-approved treatments for weight loss."),
    # the seller itself
    (STATUS, True, SPA, "We are FDA approved."),
    (STATUS, False, SPA, "We are FDA registered."),
    (STATUS, False, WEIGHT, "We are committed to using FDA-approved medications."),
    # registration presented as approval is not made true by a cleared use of the device's kind
    (STATUS, True, SPA, "Our microneedling pen is FDA registered, which means it is approved "
     "for acne scars."),
    (STATUS, False, SPA, "Our microneedling pen is FDA cleared for acne scars."),
    # an attributive status said of a drug substance, not of the doctors after it
    (STATUS, True, "shop", "Our CBD oil has the FDA-approved ingredient neurologists use for "
     "seizures."),
    (STATUS, False, "shop", "Epidiolex is the FDA-approved compound doctors prescribe for two "
     "rare seizure disorders."),
    # thermography by its other names (thermal or infrared imaging), cleared only as an adjunct
    (STATUS, True, THERMO, "Our FDA-cleared thermal imaging screens for breast cancer without "
     "radiation."),
    (STATUS, True, THERMO, "Digital infrared imaging is FDA approved to find tumors early."),
    (STATUS, False, THERMO, "Thermography is FDA-cleared only as an adjunct to mammography."),
    (STATUS, False, THERMO, "Thermal imaging is not FDA-approved as a substitute for a "
     "mammogram."),
    # the passive of the status verbs the rule reads attributively, an approval under the
    # agency's rules, registration presented as meeting the agency's standards
    (STATUS, True, CELLS, "Our stem cell therapy is backed by the FDA."),
    (STATUS, True, CELLS, "Our stem cells are accredited by the FDA."),
    (STATUS, True, CELLS, "Our exosomes are approved under FDA guidelines."),
    (STATUS, True, CELLS, "Our exosomes are processed in an FDA-registered lab, meaning they "
     "meet FDA standards."),
    (STATUS, False, CELLS, "Our stem cell research is backed by a university grant."),
    (STATUS, False, CELLS, "Our lab follows FDA guidelines for handling tissue."),
    (STATUS, False, CELLS, "Our exosomes are processed in an FDA-registered lab that is "
     "inspected every year."),
    # a compounded drug called as safe or as effective as the brand
    (SAME, True, "glp1", "Compounded semaglutide is just as safe and effective as Ozempic."),
    (SAME, True, "glp1", "Our tirzepatide is as effective as Mounjaro."),
    (SAME, False, "glp1", "Compounded semaglutide is not as safe as Wegovy."),
    (SAME, False, "glp1", "Rybelsus is as effective as Ozempic for blood sugar."),
    # a study that failed to show a benefit states no level of support
    (RESEARCH, True, "shop", "A study shows that our memory formula improves recall."),
    (RESEARCH, False, "shop", "A study that fails to show a benefit over placebo does not "
     "support memory claims."),
]


@golden_sentences(CASES)
def test_status_of_stimulation_devices_and_uses_beside_a_cleared_one(
        engine, rule: str, fires: bool, title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
