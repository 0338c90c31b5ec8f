"""Golden tests of the false-positive classes found by the fresh set fresh13n.yaml (helper
negatives13, 5 Dec 2026: patient-information leaflets, medication guides, vaccine and
antiviral pages, antiseptic labels and pharmacy cards; dev half read, test half scored once at
the end): the exact text must fire no claim rule, and its claim twin must still fire the rule.
Texts written for these tests (some clear ones are the dev half's), not from a letter.

- a sentence that points back speaks of what its block named before it (claimread
  _antecedent, claims13b's reading), read further: a dose as the subject ("One tablet clears
  ...", "A single injection reduces ..."), "starting it", and a chain of sentences that each
  point back ("Oseltamivir treats influenza. It can shorten the illness. It is also used to
  prevent flu ..."); a product of ours before it, or an anti-infective said to act on a virus
  ("Ivermectin is an approved antiparasitic. It also kills the COVID virus"), still fires;
- the OTC antiseptic monographs' uses (first aid antiseptics, consumer and health care
  antiseptics) against germs in general are lawful labeling: the antiseptic named in the
  sentence or, for a card's body that opens with its verb, in the card's title; a disease named
  in the same clause ("germs and the flu virus") is no such use (rules/lexicons/products.yaml
  otc-uses, claimread _otc_use); so are the antiplaque/antigingivitis mouth rinses' uses;
- a card's body with no subject of its own says its phrase-rule match of the approved care its
  title names, as a list item under its intro does (types/base.py _said_of_lead_care);
- a story's own clinician as the passive agent ("managed by her pediatrician") is care
  (claimread _STORY_CARER);
- the purpose "for" names stops at a "but" ("use our sessions for study skills, but decisions
  about ADHD medication belong with your child's doctor")."""

from __future__ import annotations

import pytest

from tests.content.conftest import story_quote

IMMUNE = "Immune Support IV Drips"
PRIMARY = "Primary Care"
SHOP = "Pharmacy Shop"
SUPPLEMENTS = "Supplements"


def _fired(engine, page: str) -> set[str]:
    return {f.rule_id for f in engine.check_page("https://clinic.example/p/", page).findings}


def _article(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")


def _card(title: str, text: str) -> str:
    return f'<div class="product-card"><h3>{title}</h3><p>{text}</p></div>'


POINTED_BACK = [
    (False, PRIMARY, "<p>Fluconazole is an antifungal medicine. One tablet clears most vaginal "
                     "yeast infections.</p>"),
    (False, PRIMARY, "<p>Nitrofurantoin is an antibiotic used for bladder infections. Most "
                     "infections clear up within three to five days of starting it.</p>"),
    (False, PRIMARY, "<p>Oseltamivir treats influenza when started early. It can shorten the "
                     "illness by a day. It is also used to prevent flu after close contact.</p>"),
    (False, PRIMARY, "<p>Nirsevimab is a monoclonal antibody for infants. A single injection "
                     "reduces the risk of RSV hospitalization by about 80%.</p>"),
    (False, PRIMARY, _card("Valacyclovir", "Treats cold sores and shingles. Taken every day, it "
                                           "prevents genital herpes outbreaks.")),
    (True, IMMUNE, "<p>We offer ozone therapy for infections. It kills viruses and prevents the "
                   "flu.</p>"),
    (True, IMMUNE, "<p>Tamiflu is an antiviral. Our elderberry syrup works differently. It "
                   "prevents the flu.</p>"),
    (True, IMMUNE, "<p>Ivermectin is an approved antiparasitic. It also kills the COVID "
                   "virus.</p>"),
    (True, IMMUNE, "<p>Doxycycline is the usual treatment for Lyme disease. One infusion of our "
                   "ozone blend clears the infection.</p>"),
    (True, IMMUNE, _card("Elderberry Immune Syrup", "Kills flu viruses. Taken daily, it prevents "
                                                    "the flu.")),
]


@pytest.mark.parametrize(("fires", "title", "body"), POINTED_BACK,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(POINTED_BACK)])
def test_a_pointed_back_subject_is_the_care_named_before_it(engine, fires: bool, title: str,
                                                            body: str) -> None:
    fired = _fired(engine, _article(title, body))
    assert ("infectious-disease-claim" in fired) is fires, body


ANTISEPTICS = [
    (False, SHOP, _card("Hand Sanitizer Gel, 70% Ethyl Alcohol", "Uses: hand sanitizer to help "
                        "reduce bacteria on the skin that could cause disease. $3.49")),
    (False, SHOP, _card("Povidone-Iodine 10% Solution", "First aid antiseptic to help prevent "
                        "infection in minor cuts, scrapes and burns.")),
    (False, SHOP, _card("Antiseptic Mouth Rinse", "Kills germs that cause bad breath.")),
    (False, SHOP, _card("Chlorhexidine Gluconate 4% Skin Cleanser", "Significantly reduces the "
                        "number of germs on the skin.")),
    (False, SHOP, _card("Antiseptic Mouth Rinse", "Helps prevent and reduce plaque and "
                        "gingivitis. Kills germs that cause bad breath. 1 L, $6.99")),
    (True, IMMUNE, _card("Antiseptic Throat Spray", "Kills germs and the flu virus on contact.")),
    (True, IMMUNE, _card("Antiseptic Mouth Rinse", "Kills germs and the cold and flu viruses.")),
    (True, IMMUNE, "<p>Our hand sanitizer kills 99.9% of germs, including the coronavirus that "
                   "causes COVID-19.</p>"),
    (True, IMMUNE, _card("Colloidal Silver Spray", "Helps prevent infection in minor cuts, "
                         "scrapes and burns.")),
]


@pytest.mark.parametrize(("fires", "title", "body"), ANTISEPTICS,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(ANTISEPTICS)])
def test_an_antiseptic_monograph_use_is_labeling(engine, fires: bool, title: str,
                                                 body: str) -> None:
    fired = _fired(engine, _article(title, body))
    assert bool(fired & {"infectious-disease-claim", "unapproved-disease-claim"}) is fires, body


def test_a_side_effect_in_another_clause_leaves_the_otc_use(engine) -> None:
    page = _article(SUPPLEMENTS, "<p>Magnesium supplements can relieve constipation, and large "
                                 "doses cause diarrhea.</p>")
    assert not _fired(engine, page) & {"unapproved-disease-claim"}


CARD_CURES = [
    (False, SHOP, "Clotrimazole Vaginal Cream 1%", "Cures most vaginal yeast infections. "
                                                   "Relieves external itching."),
    (False, SHOP, "Terbinafine Cream 1%", "Cures most athlete's foot between the toes in one "
                                          "week."),
    (True, SHOP, "Herbal Fungus Balm", "Cures most athlete's foot between the toes in one "
                                       "week."),
    (True, SHOP, "Our Antifungal Tea Tree Blend", "Cures most athlete's foot for good."),
    (True, SHOP, "Better than antibiotics", "Cures strep throat in two days."),
]


@pytest.mark.parametrize(("fires", "title", "card", "text"), CARD_CURES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(CARD_CURES)])
def test_a_card_body_says_its_cure_of_its_title(engine, fires: bool, title: str, card: str,
                                                text: str) -> None:
    fired = _fired(engine, _article(title, _card(card, text)))
    assert ("no-unqualified-cure-claims" in fired) is fires, text


STORIES = [
    (False, "My daughter liked her sessions and our homework evenings got calmer. Her ADHD is "
            "still managed by her pediatrician."),
    (True, "My daughter liked her sessions with us, and her ADHD is managed now without any "
           "medicine."),
]


@pytest.mark.parametrize(("fires", "text"), STORIES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(STORIES)])
def test_a_story_whose_clinician_manages_the_condition(engine, fires: bool, text: str) -> None:
    page = _article("Brain Health Supplements",
                    "<p>Our focus supplements support attention.</p>"
                    + story_quote(text, "Parent of a 9-year-old"))
    assert ("unapproved-disease-claim" in _fired(engine, page)) is fires, text


PURPOSES = [
    (False, "Some families use our sessions for study skills, but decisions about ADHD "
            "medication belong with your child's doctor."),
    (True, "Many families use our supplements for ADHD and focus."),
    (True, "Parents use our drops for ADHD, but some also add fish oil."),
]


@pytest.mark.parametrize(("fires", "sentence"), PURPOSES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(PURPOSES)])
def test_the_purpose_for_names_stops_at_but(engine, fires: bool, sentence: str) -> None:
    fired = _fired(engine, _article(SUPPLEMENTS, f"<p>{sentence}</p>"))
    assert ("unapproved-disease-claim" in fired) is fires, sentence


POINTED_FINDINGS = [
    (False, "Mental Health", "CBT is an effective treatment for depression and anxiety disorders, "
                             "and research shows its benefits often last after the sessions "
                             "end."),
    (True, SUPPLEMENTS, "Turmeric is a popular herb, and research shows its benefits rival those "
                        "of ibuprofen."),
    (True, SUPPLEMENTS, "Ashwagandha eases stress, and research shows it lowers anxiety."),
]


@pytest.mark.parametrize(("fires", "title", "sentence"), POINTED_FINDINGS,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(POINTED_FINDINGS)])
def test_a_finding_that_points_back_is_said_of_the_care_before_it(engine, fires: bool,
                                                                  title: str,
                                                                  sentence: str) -> None:
    fired = _fired(engine, _article(title, f"<p>{sentence}</p>"))
    assert ("research-claims-cited" in fired) is fires, sentence


def _faq(title: str, question: str, answer: str) -> str:
    return _article(title, f'<section class="faq"><h2>Frequently asked questions</h2><details>'
                           f"<summary>{question}</summary><p>{answer}</p></details></section>")


IMMUNE_BODY = [
    (False, "Vaccines", "Can the flu shot give me the flu?",
     "No. Flu shots are made with inactivated virus, so they cannot cause flu. A sore arm or a "
     "low fever for a day is your immune system responding."),
    (True, IMMUNE, "Will the drip keep me well this winter?",
     "Yes. Our vitamin drip makes you immune to the flu all winter."),
]


@pytest.mark.parametrize(("fires", "title", "question", "answer"), IMMUNE_BODY,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(IMMUNE_BODY)])
def test_the_immune_system_named_is_no_outcome(engine, fires: bool, title: str, question: str,
                                               answer: str) -> None:
    fired = _fired(engine, _faq(title, question, answer))
    assert ("infectious-disease-claim" in fired) is fires, answer


# Own probe batch 1 (negatives13, written before running: 30 patient-information texts in the
# dev styles and 6 claims; 4 fired): the phrase rules read a sentence that points back as
# the disease rules do; a label's "First aid to help prevent ..." opens a card's body with its
# use; "tetanus booster" is approved care.
EARLIER_CARE = [
    (False, "no-unqualified-cure-claims", PRIMARY,
     "<p>Azithromycin is an antibiotic. A five-day course treats many chest infections, and a "
     "single dose cures chlamydia.</p>"),
    (False, "no-superlative-claims", PRIMARY,
     "<p>Penicillin was discovered in 1928. It is still the best treatment for syphilis.</p>"),
    (True, "no-unqualified-cure-claims", IMMUNE,
     "<p>Doxycycline is the usual treatment for Lyme disease. This protocol cures it for "
     "good.</p>"),
    (True, "no-unqualified-cure-claims", IMMUNE,
     "<p>Ozone therapy is natural. A single session cures Lyme disease.</p>"),
    (True, "no-unqualified-cure-claims", IMMUNE,
     "<p>Penicillin is an old drug. Our new blend cures strep throat in a day.</p>"),
    (False, "infectious-disease-claim", "Vaccines",
     '<section class="faq"><h2>Frequently asked questions</h2><details><summary>Do I need a '
     "tetanus booster?</summary><p>Yes, every 10 years, or sooner after a deep or dirty wound. "
     "It prevents tetanus, a serious infection that causes painful muscle spasms.</p></details>"
     "</section>"),
    (False, "infectious-disease-claim", SHOP,
     _card("Bacitracin Ointment", "First aid to help prevent infection in minor cuts, scrapes "
                                  "and burns. $4.49")),
    (True, "infectious-disease-claim", IMMUNE,
     _card("Colloidal Silver Gel", "First aid to help prevent infection and heal MRSA wounds. "
                                   "$14.49")),
]


@pytest.mark.parametrize(("fires", "rule", "title", "body"), EARLIER_CARE,
                         ids=[f"{c[1]}-{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(EARLIER_CARE)])
def test_own_probes_1(engine, fires: bool, rule: str, title: str, body: str) -> None:
    assert (rule in _fired(engine, _article(title, body))) is fires, body


# Own probe batches 2-4 (negatives13, 54 patient-information texts written before running, 4
# fired): electroconvulsive therapy is approved care (the device's 2018 reclassification for
# severe depression), as psychotherapy and antidepressants are.
ECT = [
    (False, "Electroconvulsive therapy is the most effective treatment for severe depression that "
            "has not responded to medicines."),
    (True, "Our ketamine infusions are the most effective treatment for severe depression."),
    (True, "Our neurofeedback is the most effective treatment for severe depression, better than "
           "ECT."),
]


@pytest.mark.parametrize(("fires", "sentence"), ECT,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(ECT)])
def test_electroconvulsive_therapy_is_approved_care(engine, fires: bool, sentence: str) -> None:
    fired = _fired(engine, _article("Mental Health", f"<p>{sentence}</p>"))
    assert ("no-superlative-claims" in fired) is fires, sentence
