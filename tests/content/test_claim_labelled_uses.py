"""Golden tests of claims14a's class (issue 13): an approved drug promoted for a use its label
does not name.

rules/lexicons/labelled-uses.yaml lists approved drugs that clinics, telehealth sellers and
online pharmacies promote beyond their labels, each with the indications its FDA label names
and the label's address. A sentence that says such a drug treats, prevents or cures a
condition none of its labelled uses names ("Naltrexone calms the immune attacks of multiple
sclerosis") is a claim of an unapproved use: the drug is no approved care there, and it is the
claim's product (unapproved-disease-claim; an infection: infectious-disease-claim). The same
drug for a labelled use stays patient information, and an off-label use said to be off-label
or not FDA-approved, with the doctor's judgement, is a disclosure. Each: the exact sentence and
its rule, and a near sentence that must not fire. Sentences are written for these tests, not
taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import assert_fires_as_labelled, golden_sentences, reported

DISEASE = "unapproved-disease-claim"
INFECT = "infectious-disease-claim"

LABEL_CASES = [
    # metformin: type 2 diabetes only
    (DISEASE, True, "Longevity Medicine", "Our metformin protocol slows aging and prevents "
                                          "cancer."),
    (DISEASE, False, "Longevity Medicine", "Metformin lowers blood sugar in adults with type 2 "
                                           "diabetes."),
    # naltrexone: alcohol and opioid dependence (low-dose naltrexone is compounded: products.yaml)
    (DISEASE, True, "Autoimmune Care", "Naltrexone calms the immune attacks of multiple "
                                       "sclerosis."),
    (DISEASE, False, "Addiction Medicine", "Naltrexone helps people with alcohol use disorder "
                                           "drink less."),
    # ketamine: an anesthetic; esketamine (Spravato): treatment-resistant depression
    (DISEASE, True, "Ketamine Therapy", "Ketamine infusions ease the nightmares of PTSD."),
    (DISEASE, False, "Ketamine Therapy", "Spravato (esketamine) treats treatment-resistant "
                                         "depression in adults."),
    (DISEASE, False, "Ketamine Therapy", "Ketamine for depression is off-label: it is not "
                                         "FDA-approved for this use, so ask your doctor."),
    # methylene blue: methemoglobinemia
    (DISEASE, True, "Brain Health", "Methylene blue sharpens memory and slows Alzheimer's "
                                    "disease."),
    (DISEASE, False, "Brain Health", "Methylene blue treats methemoglobinemia."),
    # testosterone: hypogonadism (not age-related low testosterone)
    (DISEASE, True, "Men's Health", "Testosterone therapy treats depression in men over 50."),
    (DISEASE, False, "Men's Health", "Testosterone replacement treats hypogonadism in men."),
    # hCG: its label says it is not for obesity
    (DISEASE, True, "Medical Weight Loss", "hCG injections melt away obesity."),
    (DISEASE, False, "Fertility", "hCG injections treat infertility in women."),
    # propranolol and spironolactone beyond their cardiovascular labels
    (DISEASE, True, "Anxiety Care", "Propranolol cures social anxiety and stage fright."),
    (DISEASE, False, "Anxiety Care", "Propranolol prevents migraines."),
    (DISEASE, True, "Hair Restoration", "Spironolactone clears hormonal acne."),
    (DISEASE, False, "Hair Restoration", "Finasteride regrows hair and shrinks an enlarged "
                                         "prostate."),
    # doxycycline: Lyme disease, not "chronic Lyme"; the clinic's own doctors are the seller
    (INFECT, True, "Lyme Clinic", "Our doctors prescribe doxycycline to cure chronic Lyme "
                                  "disease."),
    (INFECT, False, "Lyme Clinic", "Doxycycline treats Lyme disease caught early."),
    # an antiviral labelled for another virus
    (INFECT, True, "Online Pharmacy", "Kaletra clears the coronavirus in days."),
    (INFECT, False, "Online Pharmacy", "Kaletra treats HIV-1 infection."),
    (DISEASE, False, "Online Pharmacy", "Hydroxychloroquine treats lupus and rheumatoid "
                                        "arthritis."),
    # the GLP-1 class by its name: its members' labelled uses
    (DISEASE, True, "Medical Weight Loss", "GLP-1 medications curb alcohol cravings and "
                                           "gambling addiction."),
    (DISEASE, False, "Medical Weight Loss", "GLP-1 medications help adults with obesity lose "
                                            "weight when combined with diet and exercise."),
    # a labelled use makes the drug approved care, whatever other vocabulary knows it
    (INFECT, False, "Gabapentin", "Gabapentin helps nerve pain after shingles and controls "
                                  "some seizures."),
    (INFECT, True, "Nerve Care", "Our gabapentin protocol clears shingles in days."),
    # how clinicians in general use it, said by no seller (a leaflet's "other uses") ...
    (DISEASE, False, "Gabapentin", "Gabapentin is also sometimes used to treat migraine "
                                   "headaches and hot flashes."),
    (DISEASE, True, "Headache Clinic", "Our clinic uses gabapentin to treat migraine headaches "
                                       "and hot flashes."),
    # ... and its effect said as a possibility with its limit (an evidence summary)
    (DISEASE, False, "Ketamine Therapy", "Ketamine may ease depression within a day, but the "
                                         "effect of one dose fades within weeks."),
    (DISEASE, True, "Depression Care", "Ketamine infusions ease depression within hours."),
]


@golden_sentences(LABEL_CASES)
def test_an_approved_drug_outside_its_label_is_a_claim(
        engine: ContentEngine, rule: str, fires: bool, title: str, sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


CONTEXT_CASES = [
    # the drug named in a list's intro, the condition in the item
    (DISEASE, True, "<p>Conditions we treat with ketamine:</p><ul><li>Obsessive-compulsive "
                    "disorder</li><li>Bring your medication list</li></ul>"),
    (DISEASE, False, "<p>Conditions we treat with Spravato:</p><ul><li>Treatment-resistant "
                     "depression</li><li>Bring your medication list</li></ul>"),
    # a sentence that points back to a labelled use goes on about it
    (DISEASE, False, "<p>Lithium treats bipolar disorder. It reduces manic and depressive "
                     "episodes.</p>"),
]


@pytest.mark.parametrize(("rule", "fires", "body"), CONTEXT_CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(CONTEXT_CASES)])
def test_the_drug_in_the_lead_or_the_sentence_before(engine: ContentEngine, rule: str,
                                                     fires: bool, body: str) -> None:
    html = ("<html><head><title>Mental Health Care</title></head><body><main><article>"
            f"<h1>Mental Health Care</h1>{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", html)
    assert any(f.rule_id == rule for f in verdict.findings) is fires, (body, verdict.findings)


def _page(body: str) -> str:
    return ("<html><head><title>Ketamine for PTSD</title></head><body><main><article>"
            f"<h1>Ketamine for PTSD</h1><p>Some people with PTSD feel relief from intrusive "
            f"memories after a series of ketamine infusions.</p>{body}</article></main>"
            "</body></html>")


def test_an_off_label_use_disclosed_on_the_page(engine: ContentEngine) -> None:
    """The page says the use is off-label or not FDA-approved (as the ketamine pack's
    off-label rule asks of it): the use is disclosed, not promoted as approved care's."""
    said = ("<h2>Is ketamine approved for PTSD?</h2><p>No. The FDA has approved ketamine as an "
            "anesthetic. Using it for PTSD is not FDA-approved, and we explain what that means "
            "before your first infusion.</p>")
    silent = "<h2>What to expect</h2><p>Each infusion takes about 40 minutes.</p>"
    fired = {body: [f for f in engine.check_page("https://clinic.example/ptsd/", _page(body))
                    .findings if f.rule_id == DISEASE] for body in (said, silent)}
    assert not fired[said]
    assert fired[silent]


def test_explain_says_which_label_use_was_or_was_not_matched(engine: ContentEngine) -> None:
    from checker.content.explain import explain_page
    from tests.content.conftest import article_page

    lines = "\n".join(explain_page(engine, "https://clinic.example/p/", article_page(
        "Longevity Medicine", "Our metformin protocol slows aging and prevents cancer."),
        rule_id=DISEASE))
    assert "metformin is labelled for" in lines and "not for 'cancer'" in lines
    assert "dailymed.nlm.nih.gov" in lines
    lines = "\n".join(explain_page(engine, "https://clinic.example/p/", article_page(
        "Longevity Medicine", "Metformin lowers blood sugar in adults with type 2 diabetes."),
        rule_id=DISEASE))
    assert "a labelled use of metformin" in lines
    lines = "\n".join(explain_page(engine, "https://clinic.example/p/", article_page(
        "Depression Care", "Ketamine infusions ease depression within hours."), rule_id=DISEASE))
    assert "ketamine is labelled for anesthesia" in lines and "not for 'depression'" in lines


def test_the_labelled_uses_name_their_source() -> None:
    """The labelled uses are data beside the lexicons: each drug with its label's address."""
    from checker.content.lexicons import load_lexicons

    labelled = load_lexicons().labelled
    assert labelled is not None and "public domain" in labelled.licence
    drugs = {d.name: d for d in labelled.drugs.values() if not d.otc}
    assert 30 <= len(drugs) <= 90  # a hand list from the labels, not a vocabulary dump
    assert all(d.label.startswith("https://") and d.uses for d in drugs.values())
    # the OTC monograph uses (otc-monograph-uses.yaml): each entry cites its monograph (21 CFR
    # part or section) or the OTC Drug Facts label it follows
    otc = {d.name: d for d in labelled.drugs.values() if d.otc}
    assert 15 <= len(otc) <= 40
    assert all(("21 CFR" in d.label or "Drug Facts" in d.label) and d.uses
               for d in otc.values())
    assert labelled.drug("antifungal").covers("athlete's foot") is not None
    assert labelled.drug("antifungal").covers("toenail fungus") is None
    assert labelled.drug("Plaquenil") is labelled.drug("hydroxychloroquine")
    assert labelled.drug("ketamine").covers("depression") is None
    assert labelled.drug("doxycycline").covers("Lyme disease", "treats chronic") is None
    assert labelled.drug("doxycycline").covers("Lyme disease", "treats") is not None


# An anti-infective said to act on a virus, in a leaflet's words (strength, who, how severe):
# the learned model's patient-information head does not clear it, because the drug, named in
# the sentence, is the claim's product; named only in the question over it, the answer is
# still read as patient information.
LEAFLET_TONE = ("Hydroxychloroquine sulfate 200 mg is an effective treatment for mild and "
                "moderate COVID-19 in adults.")


def test_a_drug_outside_its_label_in_a_leaflets_words_is_reported(engine: ContentEngine) -> None:
    assert reported(engine, INFECT, "Online Pharmacy", f"<p>{LEAFLET_TONE}</p>") == [LEAFLET_TONE]


def test_a_drug_named_only_in_the_question_leaves_the_answer_to_the_model(
        engine: ContentEngine) -> None:
    body = ("<h2>Will an antibiotic help my cold?</h2><p>No. Colds are caused by viruses, and "
            "antibiotics only work against bacteria. Rest and fluids ease the symptoms.</p>")
    assert reported(engine, INFECT, "Online Pharmacy", body) == []


def test_the_best_option_against_a_virus_names_its_use(engine: ContentEngine) -> None:
    sentence = "Doxycycline is the best option against the coronavirus, shipped to your door."
    assert reported(engine, INFECT, "Online Pharmacy", f"<p>{sentence}</p>") == [sentence]


# On the page, away from the claim, only a disclosure of a USE clears it: "Compounded
# semaglutide is not FDA-approved" says the product's status, not that the use the page
# claims elsewhere is outside the drug's label.
OUTSIDE = "Microdosed semaglutide calms the inflammation behind arthritis and psoriasis."


@pytest.mark.parametrize(("disclosure", "fires"), [
    ("Compounded semaglutide is not FDA-approved, and the FDA does not review compounded "
     "drugs.", True),
    ("Using semaglutide for arthritis is not FDA-approved, and we explain what that means.",
     False),
    ("Its use for psoriasis is off-label.", False),
])
def test_a_page_disclosure_must_name_a_use(engine: ContentEngine, disclosure: str,
                                           fires: bool) -> None:
    body = f"<p>{disclosure}</p><p>Our program pairs injections with coaching.</p><p>{OUTSIDE}</p>"
    assert reported(engine, DISEASE, "Medical Weight Loss", body) == ([OUTSIDE] if fires else [])
