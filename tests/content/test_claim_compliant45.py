"""Golden tests of compliant FAQ answers and cards (issue 13, stop 45; own probes written for
these tests, not taken from a corpus file).

A yes that names no agent of its own, to a question that asks of no product of ours, takes
the agent the answer's next sentence names: approved care that cures ("Can testicular cancer
be cured?" / "Yes, in most cases. Surgery ... cures about 95 out of 100 men") is standard
care's outcome, patient information; the same yes followed by the seller's product is the
seller's claim.
A cure told as likely at a stage of the disease, with treatment at large as its agent ("finds
bowel cancer early, when treatment is much more likely to cure it"), is prognosis; a product of
ours that can cure it then is the seller's claim.
A list item under a Drug Facts "Uses" line in the monographs' words ("Uses: temporarily relieves
minor aches and pains due to:" over "Headache, ..., the common cold and menstrual cramps") ends
that line's sentence: the label of an OTC reliever in its monograph use; an item naming an
infection no OTC reliever is labelled for still claims.
A symptom's course credited to the treatment of the condition behind it ("Usually improves as
the depression is treated") is that care's outcome, whatever product the lead names; the same
course told as treated with our product is the seller's claim.
A list under an intro that ends with the patients' own care the product goes with ("Some
clients use our sauna sessions alongside their treatment for:") names what their care is for,
no use of ours; the same list under "Some clients use our sauna sessions for:" claims.
Care as the subject of its own burden ("treating an established infection is long and costly")
claims no effect; the same gerund told as easy with our product claims.
A claim reported ("You may hear that ...") and refuted in the same sentence by a warning
against what it invites ("...; never stop a prescribed medicine without talking to the doctor
who prescribed it") is a warning; the claim said in the page's own voice, with the same
warning after it, still claims.
A measuring device's card that says it is validated for accuracy ("Clinically validated for
accuracy.") speaks of its readings against a measurement standard, not of a health effect; a
device validated for accuracy in detecting a disease, or validated to lower a reading, claims.

Each: the exact text and the rule (the finding on that sentence), and a close neighbour on the
other side."""

from __future__ import annotations

from tests.content.conftest import card, list_page, reported_on, riverbend_page

HERBS = "Natural Cancer Support Herbs"


def faq(question: str, answer: str, title: str = HERBS) -> str:
    return riverbend_page(title, f"<section class='faq'><h2>FAQ</h2><details><summary>{question}"
                                 f"</summary><p>{answer}</p></details></section>")


def test_yes_with_standard_care_told_next_is_quiet(engine) -> None:
    html = faq("Can bladder cancer be cured?",
               "Yes, in many cases. Surgery, sometimes with chemotherapy, cures most early "
               "bladder cancers.")
    assert reported_on(engine, "unapproved-disease-claim", html) == []


def test_yes_with_our_product_told_next_fires(engine) -> None:
    html = faq("Can bladder cancer be cured?",
               "Yes, in many cases. Our herbal tea cures most early bladder cancers.")
    assert "Yes, in many cases." in reported_on(engine, "unapproved-disease-claim", html)


def test_bare_yes_still_fires(engine) -> None:
    html = faq("Can bladder cancer be cured?", "Yes, in many cases. Ask us how.")
    assert "Yes, in many cases." in reported_on(engine, "unapproved-disease-claim", html)


SCREENING = "Bowel Cancer Screening"


def screening_card(text: str) -> str:
    return riverbend_page(SCREENING, f"<div class='card'><h3>Bowel cancer screening</h3>"
                                     f"<p>{text}</p></div>")


def test_cure_likely_at_a_stage_of_the_disease_is_quiet(engine) -> None:
    html = screening_card("A stool test every two years finds bowel cancer early, when "
                          "treatment is much more likely to cure it.")
    assert reported_on(engine, "no-unqualified-cure-claims", html) == []


def test_cure_by_a_named_product_at_a_stage_still_fires(engine) -> None:
    sentence = ("A stool test every two years finds bowel cancer early, when our herbal "
                "protocol can cure it.")
    assert sentence in reported_on(engine, "no-unqualified-cure-claims", screening_card(sentence))


USES = "Uses: temporarily relieves minor aches and pains due to:"


def test_drug_facts_uses_item_is_quiet(engine) -> None:
    html = list_page("Online Pharmacy", USES, "Headache, backache, toothache, the common cold "
                     "and menstrual cramps")
    assert reported_on(engine, "infectious-disease-claim", html) == []


def test_drug_facts_uses_item_of_an_unlabelled_infection_fires(engine) -> None:
    item = "Headache, backache, toothache, COVID-19 and menstrual cramps"
    assert item in reported_on(engine, "infectious-disease-claim",
                               list_page("Online Pharmacy", USES, item))


DROPS = "CalmFocus Drops are a homeopathic product. Poor focus with depression:"


def test_course_under_the_conditions_treatment_is_quiet(engine) -> None:
    item = "Usually improves as the depression is treated, so tell your doctor about it"
    html = list_page("Homeopathic Remedies", DROPS, item)
    assert item not in reported_on(engine, "unapproved-disease-claim", html)


def test_course_treated_with_our_product_fires(engine) -> None:
    item = "Usually improves as the depression is treated with our drops"
    assert item in reported_on(engine, "unapproved-disease-claim",
                               list_page("Homeopathic Remedies", DROPS, item))


STORE = "Recovery Support Products"
ITEM = "Alcohol addiction, with their doctor's agreement"


def test_list_under_the_patients_own_care_is_quiet(engine) -> None:
    html = list_page(STORE, "Some clients use our sauna sessions alongside their treatment for:",
                     ITEM)
    assert ITEM not in reported_on(engine, "unapproved-disease-claim", html)


def test_list_under_our_product_for_fires(engine) -> None:
    html = list_page(STORE, "Some clients use our sauna sessions for:", ITEM)
    assert ITEM in reported_on(engine, "unapproved-disease-claim", html)


PETS = "Pet Wellness Herbs"


def test_care_told_as_a_burden_is_quiet(engine) -> None:
    sentence = ("A monthly preventive keeps your dog safe; treating an established infection "
                "is long and costly.")
    html = riverbend_page(PETS, f"<p>{sentence}</p>")
    assert sentence not in reported_on(engine, "infectious-disease-claim", html)


def test_care_told_as_easy_with_our_product_fires(engine) -> None:
    sentence = ("A monthly preventive keeps your dog safe; treating an established infection "
                "with our herbal tonic is quick and easy.")
    html = riverbend_page(PETS, f"<p>{sentence}</p>")
    assert sentence in reported_on(engine, "infectious-disease-claim", html)


OZONE = "Ozone Therapy"
WARNING = ("is painless and has no side effects, so you can stop your prescription medicines; "
           "never stop a prescribed medicine without talking to the doctor who prescribed it.")


def test_claim_reported_then_warned_against_is_quiet(engine) -> None:
    sentence = f"You may hear that ozone therapy {WARNING}"
    html = riverbend_page(OZONE, f"<p>{sentence}</p>")
    assert sentence not in reported_on(engine, "no-risk-minimization", html)


def test_claim_in_our_voice_with_the_warning_fires(engine) -> None:
    sentence = f"Our ozone therapy {WARNING}"
    html = riverbend_page(OZONE, f"<p>{sentence}</p>")
    assert sentence in reported_on(engine, "no-risk-minimization", html)


MONITORS = "High Blood Pressure: Home Monitors"
MONITOR = "Upper Arm Blood Pressure Monitor - $49.99"


def _monitor_card(text: str) -> str:
    return riverbend_page(MONITORS, card(MONITOR, text) + "<h2>Risks and side effects</h2><p>"
                          "Tell us about your medicines and health conditions, and call your "
                          "doctor if anything worries you.</p>")


def test_device_validated_for_accuracy_is_quiet(engine) -> None:
    html = _monitor_card("Clinically validated for accuracy. Measures your blood pressure at "
                         "home so you and your doctor can track it.")
    assert "Clinically validated for accuracy." not in reported_on(
        engine, "research-claims-cited", html)


def test_device_validated_for_accuracy_in_detecting_fires(engine) -> None:
    sentence = "Clinically validated for accuracy in detecting early heart disease."
    assert sentence in reported_on(engine, "research-claims-cited", _monitor_card(sentence))
