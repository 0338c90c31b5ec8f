"""Golden outputs for the lexicon coverage work of issue 13 (helper `lexicon`, 4 Dec 2026):
typography normalised once (checker/content/text.clean), the agency named once in the status
phrases, consumer condition names composed from body parts and symptom words, the Human
Disease Ontology's names beside ICD-10-CM's, and the answer to a rhetorical question. The
exact sentence each claim rule reports (or nothing), through the real content engine; the
sentences were written for this test, none is a corpus item."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.lexicons import load_lexicons
from checker.content.text import clean, split_sentences
from tests.content.conftest import reported

# (the engine is conftest.py's: one per session, audit date 2026-11-25)


SHOP = "Herbal Supplements and CBD"
STEM = "Stem Cell Therapy"
DRIP = "Immune Support Drips"
STATUS = "false-fda-approval-claim"
DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"


@pytest.mark.parametrize(("raw", "expected"), [
    ("Our CBD oil is FDA\u2013approved.", "Our CBD oil is FDA-approved."),
    ("FDA-ap\u00adproved formula", "FDA-approved formula"),
    ("Made in an FDA\u200b-registered lab", "Made in an FDA-registered lab"),
    ("FDA\u2011approved", "FDA-approved"),
    ("approved by the Food\u00a0&\u00a0Drug Administration", "approved by the Food and Drug "
                                                            "Administration"),
    ("F.D.A. approved drops", "FDA approved drops"),
    ("approved by the F. D. A.", "approved by the FDA."),
    ("Brand\u2122-cleared pen", "Brand-cleared pen"),
    # a spaced dash stays a dash; "&" elsewhere is left alone
    ("relief \u2013 fast", "relief \u2013 fast"),
    ("Q&A with our nurse", "Q&A with our nurse"),
])
def test_typography_is_normalised_once(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_a_dotted_agency_name_does_not_end_a_sentence() -> None:
    assert split_sentences(clean("F.D.A. Approved Hemp Gummies for every day")) == [
        "FDA Approved Hemp Gummies for every day"]


@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    # --- status phrases in other typography and names of the agency -----------------------
    (STATUS, SHOP, "<p>Our CBD oil is FDA\u2013approved and tested.</p>",
     ["Our CBD oil is FDA-approved and tested."]),
    (STATUS, SHOP, "<ul><li>FDA-ap\u00adproved hemp formula</li></ul>",
     ["FDA-approved hemp formula"]),
    (STATUS, SHOP, "<p>Every tincture is approved by the Food &amp; Drug Administration.</p>",
     ["Every tincture is approved by the Food and Drug Administration."]),
    (STATUS, STEM, "<p>Our stem cell protocol is approved by the U.S. FDA.</p>",
     ["Our stem cell protocol is approved by the U.S. FDA."]),
    (STATUS, STEM, "<p>Food and Drug Administration-approved stem cell shots.</p>",
     ["Food and Drug Administration-approved stem cell shots."]),
    # the approval as the agency's noun, from it, or a 510(k)
    (STATUS, STEM, "<p>Our stem cell protocol has the FDA's seal of approval.</p>",
     ["Our stem cell protocol has the FDA's seal of approval."]),
    (STATUS, STEM, "<p>Our exosome serum received clearance from the FDA.</p>",
     ["Our exosome serum received clearance from the FDA."]),
    (STATUS, STEM, "<p>Our PRP kit is FDA 510(k) cleared for knee arthritis.</p>",
     ["Our PRP kit is FDA 510(k) cleared for knee arthritis."]),
    # registration of the product disclaimed as an approval in the same sentence
    (STATUS, "Med Spa Skin Treatments", "<p>Our pen is registered with the FDA as a device "
                                        "listing; registration is not an approval or a "
                                        "clearance.</p>", []),
    # medicine that is not approved care, and a modifier made of care's name
    # (said of no one's product, "Traditional Chinese medicine fights the flu." is cleared by
    # the learned patient-information head at p = 0.85 since the model trained on fresh8a/b)
    (INFECTION, SHOP, "<p>Our traditional Chinese medicine formula fights the flu.</p>",
     ["Our traditional Chinese medicine formula fights the flu."]),
    (DISEASE, SHOP, "<p>Prescription-strength CBD calms anxiety.</p>",
     ["Prescription-strength CBD calms anxiety."]),
    # a product as the answer to a condition (a remedy by another name), and fibroids by the
    # name patients use
    (DISEASE, SHOP, "<p>Our CBD gummies are a natural answer to insomnia and anxiety "
     "disorders.</p>", ["Our CBD gummies are a natural answer to insomnia and anxiety "
                       "disorders."]),
    (DISEASE, SHOP, "<p>Our homeopathic drops shrink fibroids.</p>",
     ["Our homeopathic drops shrink fibroids."]),
    (DISEASE, SHOP, "<p>There is no answer to why some people get fibroids.</p>", []),
    (INFECTION, SHOP, "<p>Antiviral medicines treat the flu.</p>", []),
    # a status required or lacking is not one held
    (STATUS, STEM, "<p>Stem cell products need FDA approval before clinics can sell them.</p>",
     []),
    (STATUS, STEM, "<p>New drugs need approval from the FDA before they can be sold.</p>", []),
    (STATUS, STEM, "<p>Our stem cells are offered without FDA approval.</p>", []),
    # "non-surgical" is no use the anesthetic approval covers
    (STATUS, STEM, "<p>Our FDA-approved, non-surgical stem cell option for knees.</p>",
     ["Our FDA-approved, non-surgical stem cell option for knees."]),
    (STATUS, "Ketamine Clinic", "<p>Ketamine is FDA-approved for sedation during surgery.</p>",
     []),
    # --- consumer names composed from a body part and a symptom word ----------------------
    (DISEASE, STEM, "<p>Our stem cell shots rebuild worn-out knees in one visit.</p>",
     ["Our stem cell shots rebuild worn-out knees in one visit."]),
    (DISEASE, SHOP, "<p>Our ashwagandha capsules restore a sluggish thyroid.</p>",
     ["Our ashwagandha capsules restore a sluggish thyroid."]),
    (DISEASE, SHOP, "<p>Rub the hemp balm on achy joints and the soreness melts away.</p>",
     ["Rub the hemp balm on achy joints and the soreness melts away."]),
    (DISEASE, SHOP, "<p>Our turmeric blend relieves shoulder stiffness for good.</p>",
     ["Our turmeric blend relieves shoulder stiffness for good."]),
    (DISEASE, SHOP, "<p>Our night-time tincture ends night sweats and trouble sleeping.</p>",
     ["Our night-time tincture ends night sweats and trouble sleeping."]),
    (DISEASE, SHOP, "<p>Our saw palmetto softgels calm bladder leaks at night.</p>",
     ["Our saw palmetto softgels calm bladder leaks at night."]),
    # side effects named in plain words stay side effects
    (DISEASE, STEM, "<p>Redness, swelling and dry, flaky skin are normal for a few days.</p>",
     []),
    # a referral said to be needed no more is the claim, not a hedge
    (DISEASE, "Skin Care Shop", "<p>Our mole stick works on raised moles, so you never have to "
                                "see a surgeon for a mole again.</p>",
     ["Our mole stick works on raised moles, so you never have to see a surgeon for a mole "
      "again."]),
    (DISEASE, "Skin Care Shop", "<p>Our mole stick is not for raised moles; see a dermatologist "
                                "for those.</p>", []),
    # approved care eases the painful joint: patient information
    (DISEASE, STEM, "<p>A cortisone shot can ease a painful joint for weeks to months.</p>", []),
    # --- owned topicals, removers and microneedling devices --------------------------------
    (DISEASE, "Skin Care Shop", "<p>Our Clear Skin serum fades rosacea in two weeks.</p>",
     ["Our Clear Skin serum fades rosacea in two weeks."]),
    (DISEASE, "Skin Care Shop", "<ul><li>The mole remover gets rid of moles overnight</li></ul>",
     ["The mole remover gets rid of moles overnight"]),
    (DISEASE, "Skin Care", "<p>Microneedling reverses thinning hair in four sessions.</p>",
     ["Microneedling reverses thinning hair in four sessions."]),
    (STATUS, "Med Spa Skin Treatments", "<p>Our FDA-approved microneedling pen is the one "
                                        "dermatologists trust.</p>",
     ["Our FDA-approved microneedling pen is the one dermatologists trust."]),
    # a cleared use of microneedling devices, approved topical care, an OTC monograph use,
    # and a clinician as the agent in the predicate's own clause
    (DISEASE, "Skin Care", "<p>Our microneedling pen smooths acne scars and fine lines.</p>", []),
    (STATUS, "Med Spa Skin Treatments", "<p>Our microneedling pen is FDA-cleared for facial "
                                        "acne scars.</p>",
     []),
    (DISEASE, "Skin Care", "<p>Eczema is controlled with moisturisers and steroid creams.</p>",
     []),
    (INFECTION, "Skin Care", "<p>Salicylic acid and freezing treat common warts.</p>", []),
    (DISEASE, "Skin Care", "<p>Microneedling is not for active breakouts; a dermatologist can "
                           "treat acne first.</p>", []),
    # a product only implied by the page: offered as its own elsewhere on the page, read in
    # a first-person sentence; not when the offer is negated, nor in a sentence not ours
    (DISEASE, "Med Spa Skin Treatments", "<p>Ask about our exosome facial, booked weekly.</p>"
                                         "<p>Our sessions calm rosacea in two visits.</p>",
     ["Our sessions calm rosacea in two visits."]),
    (DISEASE, "Med Spa Skin Treatments", "<p>We do not offer our exosome facial to pregnant "
                                         "clients.</p><p>Our sessions calm rosacea in two "
                                         "visits.</p>", []),
    (DISEASE, "Med Spa Skin Treatments", "<p>Ask about our exosome facial, booked weekly.</p>"
                                         "<p>Prescription creams calm rosacea.</p>", []),
    # --- a Human Disease Ontology name ICD-10-CM's titles leave out -----------------------
    (DISEASE, SHOP, "<p>Our herbal drops shrink skin tags and ease dumping syndrome.</p>",
     ["Our herbal drops shrink skin tags and ease dumping syndrome."]),
    # --- the answer to a rhetorical question ----------------------------------------------
    (INFECTION, DRIP, "<p>Dreading cold and flu season? Not with our immune drip in your "
                      "corner.</p>",
     ["Not with our immune drip in your corner."]),
    (DISEASE, STEM, "<p>Tired of achy knees? Our stem cell injections get you back on the "
                    "trail.</p>",
     ["Our stem cell injections get you back on the trail."]),
    # a how/why question about our product takes the claim as given; a yes/no one asks
    (INFECTION, DRIP, "<details><summary>How does our immune drip protect you from the flu?"
                      "</summary><p>Vitamin C and zinc go straight into your bloodstream.</p>"
                      "</details>",
     ["How does our immune drip protect you from the flu?"]),
    (INFECTION, DRIP, "<details><summary>How is the flu treated?</summary><p>Antivirals from "
                      "your doctor work best when started early.</p></details>", []),
    (INFECTION, DRIP, "<p>Can our drip prevent the flu?</p>", []),
    # care's name as a word of our product's name is not approved care acting ("our
    # antiviral drip", "colloidal silver nasal spray"); a doctor's antivirals still are
    (INFECTION, DRIP, "<p>Shorten the flu by days with our antiviral drip.</p>",
     ["Shorten the flu by days with our antiviral drip."]),
    (INFECTION, SHOP, "<p>Our colloidal silver nasal spray stops colds before they start.</p>",
     ["Our colloidal silver nasal spray stops colds before they start."]),
    (INFECTION, DRIP, "<p>Antiviral medicines from your doctor can shorten the flu.</p>", []),
    # the virus by its family, in the plural
    (INFECTION, SHOP, "<p>Monolaurin destroys the envelope of coronaviruses.</p>",
     ["Monolaurin destroys the envelope of coronaviruses."]),
    # a virus named by its disease
    (INFECTION, "Skin Care Shop", "<p>Our tea tree gel stops the wart virus from spreading.</p>",
     ["Our tea tree gel stops the wart virus from spreading."]),
    # pseudo-negations (NegEx): a focus particle, a comparison denying the others, needless
    # suffering; and "never again" and "say no to" as outcomes
    (DISEASE, SHOP, "<p>Not only does our CBD oil ease migraines, it lifts your mood too.</p>",
     ["Not only does our CBD oil ease migraines, it lifts your mood too."]),
    (DISEASE, SHOP, "<p>There is no need to suffer from arthritis: our capsules repair "
                    "cartilage.</p>",
     ["There is no need to suffer from arthritis: our capsules repair cartilage."]),
    (INFECTION, SHOP, "<p>Never catch another cold with our elderberry gummies.</p>",
     ["Never catch another cold with our elderberry gummies."]),
    (INFECTION, SHOP, "<p>Say no to flu season with our elderberry syrup.</p>",
     ["Say no to flu season with our elderberry syrup."]),
    (DISEASE, SHOP, "<p>Our CBD oil does not cure anxiety.</p>", []),
    (INFECTION, SHOP, "<p>No supplement prevents the flu.</p>", []),
    (INFECTION, SHOP, "<p>You will catch fewer colds if you wash your hands often.</p>", []),
    # an asked question, an instruction, an answer that denies: no claim
    (INFECTION, DRIP, "<p>Do you have the flu? Our nurse will reschedule your drip.</p>", []),
    (INFECTION, DRIP, "<p>Running a fever with the flu? Please reschedule your drip.</p>", []),
    (INFECTION, DRIP, "<p>Worried about the flu? Our drips are no substitute for your flu "
                      "shot.</p>", []),
])
def test_lexicon_coverage(engine: ContentEngine, rule: str, title: str, body: str,
                          expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected


def test_the_disease_vocabulary_names_its_sources() -> None:
    diseases = load_lexicons().conditions["diseases"]
    assert "Human Disease Ontology" in diseases.source and "CC0" in diseases.licence
    assert "ICD-10-CM" in diseases.source
    found = [m.text for m in diseases.finditer("worn-out knees, a sluggish thyroid, heel pain "
                                               "and dumping syndrome")]
    assert found == ["worn-out knees", "sluggish thyroid", "heel pain", "dumping syndrome"]


# Consumer names of the fresh batch 10a classes (helper claims10a, 4 Dec 2026): a symptom noun
# before its body part ("numbness in my feet"), a reading out of range named as the disease
# ("sugar spikes", "high pressure readings"), the plain symptom names of MedlinePlus health
# topics (cough, fever, itch, sleeplessness, panic), skin and head as body parts, and the bug
# "going around" as an infection. Each claim beside a near sentence that must not fire.
@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    (DISEASE, SHOP, "<p>Our turmeric capsules ease the burning and numbness in your feet.</p>",
     ["Our turmeric capsules ease the burning and numbness in your feet."]),
    (DISEASE, SHOP, "<p>Tell your doctor about any numbness in your feet.</p>", []),
    (DISEASE, SHOP, "<p>Our cinnamon capsules tame sugar spikes after meals.</p>",
     ["Our cinnamon capsules tame sugar spikes after meals."]),
    (DISEASE, SHOP, "<p>Your doctor may ask you to write down your sugar readings for a "
                    "week.</p>", []),
    (DISEASE, SHOP, "<p>Our herbal syrup quiets a hacking smoker's cough.</p>",
     ["Our herbal syrup quiets a hacking smoker's cough."]),
    (DISEASE, SHOP, "<p>Cover your cough with a tissue and wash your hands.</p>", []),
    (DISEASE, SHOP, "<p>Our ashwagandha gummies put an end to sleepless nights.</p>",
     ["Our ashwagandha gummies put an end to sleepless nights."]),
    (DISEASE, SHOP, "<p>Our calendula balm soothes itchy skin.</p>",
     ["Our calendula balm soothes itchy skin."]),
    (DISEASE, SHOP, "<p>Try the balm on a small patch of skin first.</p>", []),
    (INFECTION, SHOP, "<p>Our elderberry gummies keep the bugs going around the office "
                      "away.</p>",
     ["Our elderberry gummies keep the bugs going around the office away."]),
    (INFECTION, SHOP, "<p>Our citronella spray keeps bugs away on the patio.</p>", []),
])
def test_consumer_symptom_names(engine: ContentEngine, rule: str, title: str, body: str,
                                expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected


def test_a_symptom_noun_before_its_body_part_is_a_condition() -> None:
    diseases = load_lexicons().conditions["diseases"]
    found = [m.text for m in diseases.finditer("numbness in my feet, stiffness of the neck, "
                                               "high pressure readings and a pounding head")]
    assert found == ["numbness in my feet", "stiffness of the neck", "high pressure readings",
                     "pounding head"]


# The fresh batch 11a classes (helper claims11a, 5 Dec 2026): a product card's dosage form or
# label strength named for a condition ("Extra strength for stubborn joint pain"), a patient's
# condition by its adjective ("prediabetic") and a course turned around, a worn-down immune
# system and "catching everything", and care given up where the condition is named or lent by
# the FAQ's question. Each claim beside a near sentence that must not fire.
_CARD = '<div class="product-card"><h3>{title}</h3><p>{text}</p></div>'
_FAQ = "<details><summary>{q}</summary><p>{a}</p></details>"


@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    (DISEASE, SHOP, _CARD.format(title="Nyloxin Roll-On ES",
                                 text="Extra strength for stubborn joint pain."),
     ["Extra strength for stubborn joint pain."]),
    (DISEASE, SHOP, _CARD.format(title="Nyloxin Roll-On ES",
                                 text="Extra strength in a 0.3 oz roll-on for your bag."), []),
    (DISEASE, SHOP, "<p>Our magnesium spray for leg cramps at night.</p>",
     ["Our magnesium spray for leg cramps at night."]),
    (DISEASE, SHOP, "<p>Use our magnesium spray for two weeks before you judge it.</p>", []),
    (DISEASE, SHOP, "<p>Our berberine capsules help adults who are prediabetic turn it "
                    "around.</p>",
     ["Our berberine capsules help adults who are prediabetic turn it around."]),
    (DISEASE, SHOP, "<p>Turn around at the pharmacy counter to find our berberine "
                    "capsules.</p>", []),
    (INFECTION, SHOP, "<p>Our elderberry syrup rebuilds a worn-down immune system so you stop "
                      "catching everything.</p>",
     ["Our elderberry syrup rebuilds a worn-down immune system so you stop catching "
      "everything."]),
    (INFECTION, SHOP, "<p>Our elderberry syrup is sold everywhere we ship.</p>", []),
    (DISEASE, SHOP, _FAQ.format(q="I take metformin for my diabetes. Can I take this instead?",
                                a="Many customers no longer need their medication once their "
                                  "readings settle."),
     ["Many customers no longer need their medication once their readings settle."]),
    (DISEASE, SHOP, _FAQ.format(q="I take metformin for my diabetes. Can I take this instead?",
                                a="No. Keep taking the medicine your doctor prescribed."), []),
    # a table is a list in columns: its cells are introduced by the heading above it, or by
    # its header row
    (DISEASE, STEM, "<h2>Conditions we treat</h2><table><tr><td>Knee osteoarthritis</td>"
                    "<td>Umbilical cord cell injection</td></tr></table>",
     ["Knee osteoarthritis"]),
    (DISEASE, STEM, "<table><tr><th>Condition</th><th>How we treat it</th></tr><tr>"
                    "<td>Rotator cuff tears</td><td>Exosome injection</td></tr></table>",
     ["Rotator cuff tears"]),
    (DISEASE, STEM, "<h2>Side effects</h2><table><tr><th>Side effect</th><th>How often</th>"
                    "</tr><tr><td>Knee swelling</td><td>Common</td></tr></table>", []),
    # a first-person question names the infection by the care it needs, as a testimonial does
    (INFECTION, DRIP, _FAQ.format(q="I tested positive. Should I book the immune drip?",
                                  a="It shortens the illness and eases the body aches."),
     ["It shortens the illness and eases the body aches."]),
    (INFECTION, DRIP, _FAQ.format(q="I tested positive. Should I book the immune drip?",
                                  a="No. Please stay home, rest and call your doctor."), []),
    # a baby's complaint by its adjective; put back on one's feet by something
    (DISEASE, SHOP, "<p>Our chamomile drops calm a colicky baby.</p>",
     ["Our chamomile drops calm a colicky baby."]),
    (DISEASE, SHOP, "<p>A colicky baby cries for hours; talk to your pediatrician.</p>", []),
    (INFECTION, DRIP, "<p>Our immune drip gets you back on your feet after the flu.</p>",
     ["Our immune drip gets you back on your feet after the flu."]),
    (INFECTION, DRIP, "<p>Please wait until you are back on your feet after the flu before "
                      "you book a drip.</p>", []),
    # a list (or a verbless answer) under "What can X help with?" names what X is said to do
    (DISEASE, STEM, "<h2>What can stem cells help with?</h2><ul><li>Knee and hip arthritis</li>"
                    "</ul>", ["Knee and hip arthritis"]),
    (DISEASE, STEM, "<h2>What can I expect after the injection?</h2><ul><li>Soreness and "
                    "swelling for a few days</li></ul>", []),
    # a cell after the first of its row is introduced by the row's label
    (DISEASE, STEM, "<table><tr><td>Degenerative disc disease</td><td>Stem cells restore disc "
                    "height</td></tr></table>", ["Stem cells restore disc height"]),
    (DISEASE, STEM, "<table><tr><td>Knee swelling</td><td>Common for a day or two</td></tr>"
                    "</table>", []),
    # care named with its drug in a story ("years of cortisone shots"); surgery skipped
    (DISEASE, STEM, "<blockquote><p>Two years of cortisone shots did nothing. One stem cell "
                    "injection and I'm back to hiking.</p></blockquote>",
     ["Two years of cortisone shots did nothing. One stem cell injection and I'm back to "
      "hiking."]),
    (DISEASE, STEM, "<blockquote><p>After years of allergy shots I finally found a clinic that "
                    "listens.</p></blockquote>", []),
    (DISEASE, STEM, "<h3>Knee pain?</h3><p>Skip the surgery: one injection may be all you "
                    "need.</p>", ["Skip the surgery: one injection may be all you need."]),
    (DISEASE, STEM, "<p>Do not skip your follow-up visit after knee surgery.</p>", []),
    # damage told by its cause on tissue
    (DISEASE, STEM, "<p>Our peptide therapy rebuilds tissue torn by years of lifting.</p>",
     ["Our peptide therapy rebuilds tissue torn by years of lifting."]),
    (DISEASE, STEM, "<p>Tissue samples are sent to the lab for testing.</p>", []),
    # a condition's measure held level ("keeps blood sugar steady")
    (DISEASE, SHOP, "<p>GlucoSure keeps blood sugar steady for people with diabetes.</p>",
     ["GlucoSure keeps blood sugar steady for people with diabetes."]),
    (DISEASE, SHOP, "<p>Eating regular meals keeps blood sugar steady if you have "
                    "diabetes.</p>", []),
    # a card's fragment that says what the product is for and ends with the condition
    (DISEASE, SHOP, _CARD.format(title="Knee Comfort Complex",
                                 text="For aching, creaky knees. 60 capsules."),
     ["For aching, creaky knees."]),
    (DISEASE, SHOP, "<h2>Living with arthritis</h2><p>For most people, arthritis pain "
                    "improves with exercise.</p>", []),
    # kept from getting sick: an infection by its plain name
    (INFECTION, DRIP, "<p>Our immunity shot keeps you from getting sick on your next "
                      "flight.</p>",
     ["Our immunity shot keeps you from getting sick on your next flight."]),
    (INFECTION, DRIP, "<p>Please stay home from your appointment if you are getting "
                      "sick.</p>", []),
])
def test_fresh11a_classes(engine: ContentEngine, rule: str, title: str, body: str,
                          expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected


# Development sets' misses read at the end of stop 27 (fresh11a, fresh9n): efficacy measured
# against other care is a treatment claim; a condition kept from ever spreading is prevented;
# a thermal scan is thermography by another name.
@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    (DISEASE, SHOP, "<p>Our turmeric capsules work as well as over-the-counter pain relievers "
                    "for joint pain.</p>",
     ["Our turmeric capsules work as well as over-the-counter pain relievers for joint "
      "pain."]),
    (DISEASE, SHOP, "<p>Ibuprofen works as well as acetaminophen for mild arthritis pain.</p>",
     []),
    (DISEASE, "Breast Thermography", "<p>With a thermal scan every six months you can keep "
                                     "breast cancer from ever spreading.</p>",
     ["With a thermal scan every six months you can keep breast cancer from ever "
      "spreading."]),
    (DISEASE, SHOP, "<p>Regular exercise keeps heart disease from ever developing in many "
                    "people.</p>", []),
])
def test_comparisons_and_scans(engine: ContentEngine, rule: str, title: str, body: str,
                               expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected


# Consumer names of a development set's misses (fresh10a, read at the end of stop 27): a
# measure said to be stubborn, urinary symptoms in plain words, "loose motions" (diarrhoea).
@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    (DISEASE, SHOP, "<p>Our herbal tonic brings stubborn blood pressure numbers back into the "
                    "normal range.</p>",
     ["Our herbal tonic brings stubborn blood pressure numbers back into the normal range."]),
    (DISEASE, SHOP, "<p>Our cranberry tablets stop the burning when you pee and the constant "
                    "urge to go.</p>",
     ["Our cranberry tablets stop the burning when you pee and the constant urge to go."]),
    (DISEASE, SHOP, "<p>Our churnam settles loose motions and a nervous stomach.</p>",
     ["Our churnam settles loose motions and a nervous stomach."]),
    (DISEASE, SHOP, "<p>Loose motions in children usually settle within a few days; give "
                    "fluids.</p>", []),
    (DISEASE, SHOP, "<p>The swelling in my knuckles went down in two weeks on our turmeric "
                    "blend.</p>",
     ["The swelling in my knuckles went down in two weeks on our turmeric blend."]),
    (DISEASE, SHOP, "<p>Swelling in the knuckles can be a sign of arthritis; see your "
                    "doctor.</p>", []),
])
def test_plain_words_for_measures_and_symptoms(engine: ContentEngine, rule: str, title: str,
                                               body: str, expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected
