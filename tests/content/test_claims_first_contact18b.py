"""Golden tests of the classes found by the fresh set fresh18b.yaml (helper claims18b, 5 Dec
2026: status, research, risk and superlative claims of men's testosterone clinics, a laser and
skin clinic and an aesthetic clinic; dev half read, test half scored once at the end). Texts
written for these tests, not from a letter; each claim sits next to the compliant text that
shares its words.

- an approval said of an approved drug (labelled-uses.yaml) by the seller, in a sentence that
  names a condition none of its labelled uses names, is an approval of a use the FDA has not
  approved: "The testosterone we prescribe is FDA approved, so men with age-related low T can
  start" (testosterone is approved only for low testosterone caused by certain medical
  conditions, not for low testosterone due to aging: FDA drug safety communication, 3 Mar
  2015), an FAQ's yes to "Is testosterone FDA approved for andropause?", a list item "FDA
  approved for male menopause" under "Our testosterone program:"; not the drug's
  labelled use, a condition told as its risk, the off-label use said, or no seller speaking;
- a distinction claimed with no award named ("Award-Winning Rosacea Treatment"), a clinic or
  technology "no other clinic can match", and the product called a miracle ("It's a
  miracle!"; not an event: "it was a miracle that I survived") are unsubstantiated
  superlatives;
- "safe for all skin types, including darker skin" lists who it is said to be safe for (as
  "including children" does), not the risks: the "including" of a balanced sentence does not
  clear it;
- a treatment the clinic names as its own brand after a determiner ("Can the Derma White
  Treatment fix post-inflammatory hyperpigmentation? Yes. It was formulated to fade PIH and
  acne marks") is the claim's product, in the sentence or its lead; not a method named after
  its inventor ("the Ponseti Method"), nor a name that holds a condition or approved care
  ("the Diabetes Prevention Program");
- a diagnostic test that shows a patient's level ("two early-morning blood tests showing low
  testosterone") is care, not a research claim; "lab tests showing our serum ..." still is."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, story_quote
from tests.content.conftest import article_rules_fired as _fired

TELE = "Online Prescriptions"
MENS = "Testosterone Replacement Therapy"
SKIN = "Laser Skin Clinic: Acne and Rosacea"
ENDO = "Endocrinology: Low Testosterone"


def _faq(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


# (rule, title, body): each must fire its rule
FIRES = [
    ("false-fda-approval-claim", TELE,
     "<p>The testosterone we prescribe is FDA approved, so men with age-related low T can "
     "start with confidence.</p>"),
    ("false-fda-approval-claim", MENS,
     _faq("Is testosterone therapy FDA approved for andropause?", "Yes, it is.")),
    ("false-fda-approval-claim", MENS,
     "<p>Our testosterone injections are FDA approved for male menopause.</p>"),
    ("false-fda-approval-claim", MENS,
     "<p>Our testosterone program:</p><ul><li>FDA approved for male menopause</li>"
     "<li>Weekly visits</li></ul>"),
    ("no-superlative-claims", SKIN, "<h2>Award-Winning Rosacea Treatment</h2>"),
    ("no-superlative-claims", SKIN,
     "<ul><li>Cutting-edge technology that no other London clinic can match</li></ul>"),
    ("no-superlative-claims", SKIN,
     story_quote("The peel cleared my redness in three weeks. It's a miracle!", "Hannah")),
    ("no-risk-minimization", SKIN,
     "<p>Completely safe for all skin types, including darker skin, with no side effects.</p>"),
    ("research-claims-cited", SKIN,
     "<p>Lab tests showing our serum fades dark spots stand behind every jar.</p>"),
    ("unapproved-disease-claim", SKIN,
     _faq("Can the Clear Glow Treatment fix post-inflammatory hyperpigmentation?",
          "Yes. It was formulated to fade PIH and acne marks on every skin type.")),
    ("unapproved-disease-claim", SKIN,
     "<p>Many clients find the Velvet Skin Peel clears their acne in three sessions.</p>"),
]

# (title, body): compliant text sharing those words, which must fire no claim rule
CLEAR = [
    (ENDO, "<p>Testosterone is FDA-approved for men with hypogonadism, low testosterone caused "
           "by a problem in the testicles or the pituitary gland.</p>"),
    (TELE, "<p>The testosterone we prescribe is FDA-approved for hypogonadism, and it can raise "
           "the risk of blood clots, so we check your blood count.</p>"),
    (TELE, "<p>The testosterone we prescribe is FDA approved, but it is not approved for "
           "andropause, the decline that comes with age.</p>"),
    (MENS, "<p>Our clinic prescribes testosterone:</p><ul><li>FDA approved for hypogonadism "
           "confirmed by blood tests</li><li>Weekly visits</li></ul>"),
    (MENS, _faq("Is testosterone therapy FDA approved for andropause?",
                "No. It is approved only for low testosterone caused by certain medical "
                "conditions, not for the decline that comes with age.")),
    (SKIN, "<h2>Rosacea Consultations at Our Clinic</h2>"),
    (SKIN, "<p>There is no miracle cure for rosacea, and flushing often returns.</p>"),
    (SKIN, story_quote("It was a miracle that I survived the crash; the trauma team and months "
                       "of physical therapy got me walking again.", "Dev")),
    (SKIN, "<p>Laser treatment suits many skin types after a patch test; burns and changes in "
           "skin colour can occur, especially in darker skin.</p>"),
    (ENDO, "<p>Guidelines call for two early-morning blood tests showing low testosterone, "
           "along with symptoms, before treatment starts.</p>"),
    (SKIN, _faq("Can the Clear Glow Treatment fix post-inflammatory hyperpigmentation?",
                "It is a cosmetic peel and has not been shown to treat hyperpigmentation; a "
                "dermatologist can advise on prescription creams.")),
    ("Pediatric Orthopedics", "<p>Our surgeons use the Ponseti Method to correct clubfoot in "
                              "babies, with casts and a brace.</p>"),
    (ENDO, "<p>Joining the Diabetes Prevention Program lowers the risk of type 2 "
           "diabetes.</p>"),
]


@pytest.mark.parametrize(("rule", "title", "body"), FIRES,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(FIRES)])
def test_claim_fires_its_rule(engine, rule, title, body) -> None:
    assert rule in _fired(engine, title, body)


@pytest.mark.parametrize(("title", "body"), CLEAR, ids=[f"clear-{i}" for i in range(len(CLEAR))])
def test_compliant_text_fires_no_claim_rule(engine, title, body) -> None:
    assert not _fired(engine, title, body) & CLAIM_RULES
