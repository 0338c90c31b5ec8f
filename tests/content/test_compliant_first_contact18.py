"""Golden tests of the classes found by the fresh set fresh18n.yaml (helper negatives18, 5 Dec
2026: compliant rewrites and patient information at first contact; dev half read, test half
scored once at the end): the exact text must fire no claim rule, and its claim twin must still
fire the rule. Texts written for these tests (some are the dev half's), not from a letter.

- a parent's story credits care a relative's clinician started ("Since my son's pediatrician
  started him on ADHD medication ..."): a possessive relative before the clinician is still the
  family's clinician (claimread _STORY_CARER);
- a cleared use named as the modifier of its condition word is the use, not another condition:
  "fecal microbiota transplantation for recurrent Clostridioides difficile infection" (ICD-10-CM
  names the infection "enterocolitis", the organism is the use: claimread _USE_HEAD); a second
  condition beside it still fires;
- the two fecal microbiota products the FDA has licensed (Rebyota, Vowst) are approved care, and
  a status said of approved care described between commas before its verb ("Kymriah, a CAR-T
  cell therapy, is FDA-approved", "Vowst, taken as capsules, is ...") is said of that care, not
  of the kind word in the description (claimread _DESCRIBED_SUBJECT); a second subject or a
  comparison between the commas ("Kymriah, and our stem cell therapy, are ...") still fires;
- hyperbaric oxygen's cleared "delayed radiation injury" by the names wound-care pages give it
  (radiation tissue injury, radionecrosis, osteoradionecrosis, radiation cystitis or proctitis)
  or as a harm told as coming after radiation; a condition the radiation was for ("after
  radiation for prostate cancer") is the use's history (claimread _USE_REASON), not another
  condition; a condition beside it ("shrank my tumor") still is;
- an FAQ answer that has denied the question's conditions in its first sentence ("... is not
  approved for autism, long COVID, stroke recovery or ...") does not lend them to its next
  sentence (claimread _denied_before); a denial with a turn ("..., but ...") still lends;
- a therapy named by its equipment ("equipment-based therapy") or by "bioresonance" is a device
  product (products.yaml devices); "attention deficit disorder" and "ME/CFS" are conditions
  (MedlinePlus's also-called names); "turn around" before its object is a predicate ("seen it
  turn around students with ..."); "industry-leading results" is a superlative, as "world-class
  results" is;
- recall row: the teller's own care needed no more ("I don't need my medicine to pay attention")
  is the outcome the story claims, not a denial of it (claimread _PSEUDO_NEGATION), when the
  learned model rates a story with no predicate word.
"""

from __future__ import annotations

import pytest

from bench import claims_eval as ce
from tests.content.conftest import CLAIM_RULES, story_quote
from tests.content.conftest import article_rules_fired as _fired

BRAIN = "Memory and Brain Health Supplements"
GI = "Digestive Health Center"
MOOD = "Treatment for depression and anxiety"
HBOT = "Hyperbaric Oxygen Therapy"
ONC = "Blood Cancer Program"

# (title, body) that must fire no claim rule
CLEAR = [
    (BRAIN, story_quote("My daughter's neurologist adjusted her seizure medicine last spring, and "
                        "since then her focus in class has been much better. She likes the "
                        "memory games too.", "Paula")),
    (GI, "<p>Fecal microbiota transplantation (FMT) is used for recurrent Clostridioides "
         "difficile infection that has come back after antibiotic treatment, and it prevents "
         "another recurrence in most patients.</p>"),
    (GI, "<p>Rebyota, given rectally, and Vowst, taken as capsules, are FDA-approved to prevent "
         "recurrence of C. difficile infection in adults after they finish antibiotic treatment "
         "for a recurrence.</p>"),
    (ONC, "<p>Kymriah, a CAR-T cell therapy, is FDA-approved for some leukemias and "
          "lymphomas.</p>"),
    (HBOT, "<h3>Radiation Tissue Injury</h3><p>Months or years after radiation for cancer, some "
           "patients develop bleeding from the bladder or bowel or bone damage in the jaw. "
           "Hyperbaric oxygen helps heal these injuries by growing new blood vessels.</p>"),
    (HBOT, "<p>Hyperbaric oxygen helps heal osteoradionecrosis of the jaw and radiation cystitis "
           "when other treatment has not.</p>"),
    (MOOD, "<p>Our equipment-based relaxation sessions are not a treatment for depression, anxiety "
           "or fibromyalgia and do not correct any cause of them; please see your GP about these "
           "conditions.</p>"),
    (MOOD, "<h3>13 Treatment Centres</h3><p>We now have 13 centres across the UK. We do not "
           "publish or compare treatment results.</p>"),
    (BRAIN, story_quote("As a third-grade teacher I've seen students with attention deficit "
                        "disorder do well when their families, their doctors and our school "
                        "support team work together. Some of them also like the memory games.",
                        "Carla R., third-grade teacher")),
    (HBOT, story_quote("After radiation for prostate cancer I had bleeding from my bladder for a "
                       "year. Forty sessions in the chamber stopped it.", "Dennis, 70")),
]

# (rule, title, body): the claim twin of a clear row, which must still fire its rule
TWINS = [
    ("unapproved-disease-claim", BRAIN,
     story_quote("Since my son started playing Jungle Rangers his ADHD is so much better that his "
                 "teacher noticed within two weeks. He finally pays attention in class.",
                 "Denise, mother of a 9-year-old")),
    ("unapproved-disease-claim", GI,
     "<p>Our fecal transplant treats autism and Clostridioides difficile infection.</p>"),
    ("false-fda-approval-claim", ONC,
     "<p>Kymriah, and our stem cell therapy, are FDA-approved.</p>"),
    ("false-fda-approval-claim", ONC,
     "<p>StemX, our own cell therapy, is FDA-approved for knee arthritis.</p>"),
    ("unapproved-disease-claim", HBOT,
     "<p>Hyperbaric oxygen helps heal the autism and the radiation cystitis.</p>"),
    ("unapproved-disease-claim", MOOD,
     "<p>Our equipment-based therapy corrects the dysregulation that causes depression, anxiety "
     "and fibromyalgia.</p>"),
    ("unapproved-disease-claim", MOOD,
     "<p>Bioresonance therapy clears the root causes of chronic fatigue and ME/CFS.</p>"),
    ("no-superlative-claims", MOOD,
     "<h3>13 Treatment Centres</h3><p>Thanks to our outstanding, industry-leading results we now "
     "have 13 treatment centres across the UK.</p>"),
    ("unapproved-disease-claim", BRAIN,
     story_quote("As a third-grade teacher I've seen the focus gummies turn around students with "
                 "attention deficit disorder.", "Carla R., third-grade teacher")),
    ("unapproved-disease-claim", HBOT,
     story_quote("After radiation for prostate cancer, forty hyperbaric sessions shrank my "
                 "tumor.", "Dennis, 70")),
]


@pytest.mark.parametrize(("title", "body"), CLEAR, ids=[f"clear-{i}" for i in range(len(CLEAR))])
def test_compliant_text_fires_no_claim_rule(engine, title, body) -> None:
    assert not _fired(engine, title, body) & CLAIM_RULES


@pytest.mark.parametrize(("rule", "title", "body"), TWINS,
                         ids=[f"{t[0]}-{i}" for i, t in enumerate(TWINS)])
def test_claim_twin_still_fires(engine, rule, title, body) -> None:
    assert rule in _fired(engine, title, body)


# The two story classes as the bench places a testimonial (the brain-health supplement page of
# bench/claims_eval.py, both layouts): the learned model reads the story with its page.
PARENT = ("Since my son's pediatrician started him on ADHD medication and a behavior plan with his "
          "school, his teacher noticed a change within two weeks. He plays Jungle Rangers on "
          "weekends because he enjoys it.")
NO_NEED = ("I have ADHD and since I started Jungle Rangers I don't need my medicine to pay "
           "attention to my teacher!")


def _story_on_bench_page(engine, iid: str, text: str) -> set[str]:
    item = {"id": iid, "form": "testimonial", "topic": "brain-health", "placement": "main",
            "text": text, "author": "A parent"}
    return set(ce.run_one(engine, item, 0).on_item)


@pytest.mark.parametrize("iid", ["f18n-002", "story-a"])  # builder and landmark layouts
def test_a_parent_crediting_the_childs_clinician_is_quiet(engine, iid) -> None:
    assert not _story_on_bench_page(engine, iid, PARENT) & CLAIM_RULES
    assert "unapproved-disease-claim" in _story_on_bench_page(
        engine, iid, "Since my son started playing Jungle Rangers his ADHD is so much better that "
        "his teacher noticed within two weeks. He finally pays attention in class.")


@pytest.mark.parametrize("iid", ["f18n-003", "story-a"])
def test_own_care_needed_no_more_is_the_claim(engine, iid) -> None:
    assert "unapproved-disease-claim" in _story_on_bench_page(engine, iid, NO_NEED)
    assert not _story_on_bench_page(engine, iid, "I have ADHD. My doctor and my mom help me with "
                                    "my medicine, and I play Jungle Rangers for fun after my "
                                    "homework.") & CLAIM_RULES


def _faq_on_bench_page(engine, iid: str, question: str, answer: str) -> set[str]:
    item = {"id": iid, "form": "faq", "topic": "hyperbaric", "placement": "main",
            "question": question, "answer": answer}
    return set(ce.run_one(engine, item, 0).on_item)


DENIED = ("Hyperbaric oxygen is not approved for autism, long COVID, stroke recovery or many other "
          "conditions advertised online. We treat only the indications accepted by the Undersea "
          "and Hyperbaric Medical Society.")


@pytest.mark.parametrize("iid", ["f18nn-025", "faq-b"])
def test_an_answer_that_denied_the_questions_conditions_lends_them_no_further(engine, iid) -> None:
    asked = "Can hyperbaric oxygen help autism or long COVID?"
    assert not _faq_on_bench_page(engine, iid, asked, DENIED) & CLAIM_RULES
    turned = DENIED.replace("or many other conditions advertised online",
                            "but our own protocol is different")
    assert "unapproved-disease-claim" in _faq_on_bench_page(
        engine, iid, asked, turned.replace("We treat only the indications accepted by the "
                                           "Undersea and Hyperbaric Medical Society.",
                                           "We treat it with our sessions."))
