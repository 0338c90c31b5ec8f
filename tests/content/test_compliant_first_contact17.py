"""Golden tests of the classes found by the fresh set fresh17n.yaml (helper negatives17, 5 Dec
2026: compliant rewrites and patient information at first contact; dev half read, test half
scored once at the end) and by the helper's own probes of each class: the exact text must fire
no claim rule, and its claim twin must still fire the rule. Texts written for these tests
(some clear ones are the dev half's), not from a letter.

- a story whose outcome is told of care the teller had from their own clinician, named by what
  the clinician did with it ("the nitrate and beta-blocker my cardiologist prescribed", "the
  preventive injection my neurologist prescribed") or by the teller's having it in a sentence
  that names the clinician ("I went back to my oncologist for more chemo", "I take the blood
  thinner and statin my neurologist prescribed"), is that care's story (claimread _care_had);
  "chemo", nitrates, beta blockers, stents and the CDC's diabetes prevention program are
  approved care (products.yaml); the quote's attribution ("Greg T., Independent Distributor")
  names no product;
- a story that names no product at all, in which the teller had approved care with a verb of
  having it ("I went to cardiac rehab three times a week, and my heart is stronger now"), is
  that care's story even with no clinician named (claimread _nothing_else_named); not when a
  turn follows the care ("..., but my heart only got strong again after Cardio-C"), nor when
  the care is given up or replaced ("The balm replaced the arthritis pills I took after my knee
  surgery. I haven't touched them since");
- "prevention" or "recovery" naming a program ("a diabetes prevention program") is no
  predicate unless the program is "our"s; a condition-noun compound ("stroke recovery") in a
  negated list is negated with the list;
- a clinician who only witnessed the outcome ("the best my cardiologist has ever seen") does
  not take the story's condition away from the product the story names;
- a study's aim ("that is what the study is trying to find out", "no one knows yet") is no
  research claim, and a comparison the study asks about ("tests whether the new therapy works
  better than usual care") is no superlative.

Recall row: with "chemo" approved care, care that the clause's own subject only helps ("It
shields healthy cells from the chemo and helps the treatment destroy the cancer faster") is not
the agent of the outcome (claimread _approved_agent); the care as the helper's subject
("Chemotherapy helps the body destroy cancer cells") still is."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, story_quote
from tests.content.conftest import article_rules_fired as _fired

SUPP = "Shop Supplements"
CANCER = "Natural Cancer Support"
TRIAL = "Clinical Trials: Depression Study"
HBOT = "Hyperbaric Oxygen Therapy"
PRP = "Regenerative Medicine: PRP"


# (title, body) that must fire no claim rule
CLEAR = [
    (SUPP, story_quote("My angina attacks stopped after a month on the nitrate and beta-blocker "
                       "my cardiologist prescribed.", "Al, 70")),
    (SUPP, story_quote("After my heart attack I did cardiac rehab and took the medicines my "
                       "cardiologist prescribed. My last stress test was the best my "
                       "cardiologist has ever seen from me.", "Ron, 64")),
    (SUPP, story_quote("When my breast cancer came back I went back to my oncologist for more "
                       "chemo. Two years later my scans are clear.", "Diane R.")),
    (SUPP, story_quote("I had a mild stroke at 58. Since then I take the blood thinner and statin "
                       "my neurologist prescribed and walk every day, and I've had no more "
                       "problems.", "George")),
    (SUPP, story_quote("I was pre-diabetic for years. Three months after I joined a "
                       "CDC-recognized diabetes prevention program and lost 15 pounds, my blood "
                       "sugar is back in the normal range.", "Greg T., Independent Distributor")),
    (SUPP, story_quote("My migraine attacks are much rarer since I started the preventive "
                       "injection my neurologist prescribed.", "Rosa")),
    (CANCER, story_quote("I had six rounds of chemotherapy my oncologist planned for my lymphoma, "
                         "and now I'm in remission.", "Kim")),
    (TRIAL, "<h3>Will the study drug help my depression?</h3><p>We don't know yet; that is what "
            "the study is trying to find out. Some participants will receive a placebo.</p>"),
    (TRIAL, "<p>No one knows yet; the study is designed to find out whether the new therapy "
            "works better than usual care.</p>"),
    (SUPP, story_quote("After my heart attack I went to cardiac rehab three times a week, and my "
                       "heart is stronger now.", "Bill")),
    (SUPP, story_quote("I had surgery for my tumor and then radiation, and I've been cancer-free "
                       "for five years.", "Kim")),
    (CANCER, "<p>Chemotherapy helps the body destroy cancer cells that remain after "
             "surgery.</p>"),
    (HBOT, "<p>Hyperbaric oxygen is covered for diabetic foot ulcers that have not healed with "
           "standard care. It is not covered for autism, stroke recovery or general "
           "wellness.</p>"),
]

# (rule, title, body): the claim twin of a clear row, which must still fire its rule
TWINS = [
    ("unapproved-disease-claim", SUPP,
     story_quote("My angina attacks stopped after a month on the turmeric capsules.", "Al, 70")),
    ("unapproved-disease-claim", SUPP,
     story_quote("After my heart attack I added Protandim to my routine. My last stress test was "
                 "the best my cardiologist has ever seen from me.", "Ron, 64")),
    ("unapproved-disease-claim", SUPP,
     story_quote("When my breast cancer came back I refused more chemo and took high-dose "
                 "vitamin C instead. Two years later my scans are clear.", "Diane R.")),
    ("unapproved-disease-claim", SUPP,
     story_quote("I had a mild stroke at 58. Since I started the vitamin C and lysine powder my "
                 "arteries are clean and I've had no more problems.", "George")),
    ("unapproved-disease-claim", SUPP,
     story_quote("My migraine attacks are much rarer since I started the magnesium blend.",
                 "Rosa")),
    ("unapproved-disease-claim", CANCER,
     story_quote("I drank the tea every day during my lymphoma, and now I'm in remission.",
                 "Kim")),
    ("unapproved-disease-claim", SUPP,
     story_quote("I was pre-diabetic for years. Three months after I started the berberine "
                 "formula, my blood sugar is back in the normal range.", "Greg T., Independent "
                 "Distributor")),
    ("unapproved-disease-claim", SUPP,
     story_quote("After my heart attack I went to cardiac rehab, but my heart only got strong "
                 "again after Cardio-C.", "Bill")),
    ("unapproved-disease-claim", SUPP,
     story_quote("I had surgery scheduled for my tumor, but after three months of the tea it "
                 "shrank away.", "Kim")),
    ("unapproved-disease-claim", SUPP,
     story_quote("The balm replaced the arthritis pills I took after my knee surgery. I haven't "
                 "touched them since.", "Nan")),
    ("unapproved-disease-claim", CANCER,
     "<h3>Can I take KR22 Oxicell during chemotherapy?</h3><p>Yes, and you should. It shields "
     "healthy cells from chemotherapy and helps the treatment destroy the cancer faster.</p>"),
    ("research-claims-cited", TRIAL,
     "<p>Our study has shown that the drug relieves depression within a week.</p>"),
    ("no-superlative-claims", PRP,
     "<p>We tested whether our PRP works better than steroid shots, and it did.</p>"),
    ("unapproved-disease-claim", HBOT,
     "<p>Our hyperbaric sessions speed stroke recovery and calm autism.</p>"),
]


@pytest.mark.parametrize(("title", "body"), CLEAR, ids=[f"clear-{i}" for i in range(len(CLEAR))])
def test_compliant_text_fires_no_claim_rule(engine, title, body) -> None:
    assert not _fired(engine, title, body) & CLAIM_RULES


@pytest.mark.parametrize(("rule", "title", "body"), TWINS,
                         ids=[f"{t[0]}-{i}" for i, t in enumerate(TWINS)])
def test_claim_twin_still_fires(engine, rule, title, body) -> None:
    assert rule in _fired(engine, title, body)
