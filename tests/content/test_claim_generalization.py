"""Golden outputs for the generalization work of issue 13 (4 Dec): the exact sentence each
claim rule reports (or nothing) on the kinds of wording the rules learned to read by class,
through the real content engine. The sentences were written for this test; none is a corpus
item."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.explain import explain_page
from tests.content.conftest import harbor_page, reported

# (the engine is conftest.py's: one per session, audit date 2026-11-25)


SHOP = "Herbal Supplements and CBD"
STEM = "Stem Cell Therapy"
TELE = "Online Prescriptions"


@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    # --- disease-claim: predicates in other words ------------------------------------------
    ("unapproved-disease-claim", SHOP,
     "<p>Our herbal capsules take the edge off opioid withdrawal.</p>",
     ["Our herbal capsules take the edge off opioid withdrawal."]),
    ("unapproved-disease-claim", STEM,
     "<p>Amniotic cell shots give patients with macular degeneration their sight back.</p>",
     ["Amniotic cell shots give patients with macular degeneration their sight back."]),
    ("unapproved-disease-claim", SHOP,
     "<p>Our garlic softgels keep plaque from building up in your arteries.</p>",
     ["Our garlic softgels keep plaque from building up in your arteries."]),
    # the statutory word
    ("unapproved-disease-claim", SHOP,
     "<p>Our tea mitigates the symptoms of lupus.</p>",
     ["Our tea mitigates the symptoms of lupus."]),
    # less of the approved care is a treatment claim
    ("unapproved-disease-claim", SHOP,
     "<details><summary>Will I still need my diabetes medicine?</summary><p>Most members "
     "need less of it after a few months on our tablets.</p></details>",
     ["Most members need less of it after a few months on our tablets."]),
    # --- conditions by the names people write, and by organ + disease head ----------------
    ("unapproved-disease-claim", SHOP,
     "<p>Our saw palmetto capsules shrink an enlarged prostate.</p>",
     ["Our saw palmetto capsules shrink an enlarged prostate."]),
    ("unapproved-disease-claim", STEM,
     "<p>Our cell infusions repair kidney damage.</p>",
     ["Our cell infusions repair kidney damage."]),
    ("unapproved-disease-claim", SHOP,
     "<p>Our copper sleeves soothe torn ligaments overnight.</p>",
     ["Our copper sleeves soothe torn ligaments overnight."]),
    # --- infections: consumer names; outcomes said with a negation ------------------------
    ("infectious-disease-claim", SHOP,
     "<p>Our lysine drops stop cold sores before they surface.</p>",
     ["Our lysine drops stop cold sores before they surface."]),
    ("infectious-disease-claim", SHOP,
     "<p>Two sprays a day and the virus cannot take hold in your nose.</p>",
     ["Two sprays a day and the virus cannot take hold in your nose."]),
    # a singular "no study" denies the whole sentence
    ("infectious-disease-claim", SHOP,
     "<p>No study in people has shown that a nasal spray prevents COVID-19.</p>", []),
    # --- testimonials: the story's before does not deny its after ---------------------------
    ("unapproved-disease-claim", STEM,
     "<blockquote><p>After the stroke my dad could not hold a fork. After his cell infusions "
     "he is feeding himself again.</p><footer>Maria</footer></blockquote>",
     ["After the stroke my dad could not hold a fork. After his cell infusions he is "
      "feeding himself again. Maria"]),
    ("infectious-disease-claim", SHOP,
     "<blockquote><p>Six outbreaks a year with herpes. Since I started the capsules I "
     "haven't had a single one.</p><footer>Mark</footer></blockquote>",
     ["Six outbreaks a year with herpes. Since I started the capsules I haven't had a "
      "single one. Mark"]),
    ("infectious-disease-claim", SHOP,
     "<blockquote><p>I caught every cold my kids brought home. Since I started the capsules "
     "I haven't been sick once.</p><footer>Mark</footer></blockquote>",
     ["I caught every cold my kids brought home. Since I started the capsules I haven't been "
      "sick once. Mark"]),
    ("infectious-disease-claim", SHOP,
     "<blockquote><p>I caught every cold my kids brought home. The nurse told me to wash my "
     "hands more, and I haven't been sick once.</p><footer>Mark</footer></blockquote>", []),
    # --- approved care by drug stem, OTC class, vaccine brand: patient information --------
    ("infectious-disease-claim", "Vaccines",
     "<p>Shingrix is more than 90% effective at preventing shingles.</p>", []),
    ("infectious-disease-claim", SHOP,
     "<p>Valacyclovir can shorten herpes outbreaks.</p>", []),
    ("unapproved-disease-claim", SHOP,
     "<p>Nicotine patches take the edge off cravings when you quit smoking.</p>", []),
    # a vitamin for its own deficiency is care
    ("unapproved-disease-claim", SHOP,
     "<p>Vitamin B12 injections treat vitamin B12 deficiency anemia.</p>", []),
    # an alternative to approved care replaces it; it does not credit it
    ("infectious-disease-claim", SHOP,
     "<p>A natural alternative to the flu shot that prevents the flu.</p>",
     ["A natural alternative to the flu shot that prevents the flu."]),
    # --- status claims in other words ---------------------------------------------------------
    ("false-fda-approval-claim", SHOP,
     "<p>Made in an FDA-certified lab, our CBD gummies are pure.</p>",
     ["Made in an FDA-certified lab, our CBD gummies are pure."]),
    ("false-fda-approval-claim", SHOP,
     "<p>Our CBD is bottled in an FDA-registered facility, so you know it is approved.</p>",
     ["Our CBD is bottled in an FDA-registered facility, so you know it is approved."]),
    ("false-fda-approval-claim", SHOP,
     "<p>Our CBD is bottled in an FDA-registered facility.</p>", []),
    ("false-fda-approval-claim", SHOP,
     "<p>Our hemp oil has the same FDA approval as Epidiolex.</p>",
     ["Our hemp oil has the same FDA approval as Epidiolex."]),
    ("false-fda-approval-claim", SHOP,
     "<p>Epidiolex is an FDA-approved CBD medicine for two rare seizure disorders.</p>", []),
    ("false-fda-approval-claim", STEM,
     "<p>Our umbilical cord cells are government-approved for joint repair.</p>",
     ["Our umbilical cord cells are government-approved for joint repair."]),
    ("false-fda-approval-claim", "Semaglutide Weight Loss",
     "<p>Approved by the FDA and filled by a 503A pharmacy near you.</p>",
     ["Approved by the FDA and filled by a 503A pharmacy near you."]),
    # --- sameness without the word "compounded" ----------------------------------------------
    ("compounded-sameness-claim", TELE,
     "<p>Our personalized semaglutide is the very same medicine as Wegovy.</p>",
     ["Our personalized semaglutide is the very same medicine as Wegovy."]),
    ("compounded-sameness-claim", TELE,
     "<p>Mounjaro's exact molecule at half the price.</p>",
     ["Mounjaro's exact molecule at half the price."]),
    ("compounded-sameness-claim", TELE,
     "<details><summary>Is this real Ozempic?</summary><p>It is the same molecule, just "
     "without the brand name on the box.</p></details>", ["Is this real Ozempic?"]),
    ("compounded-sameness-claim", TELE,
     "<details><summary>Is this real Ozempic?</summary><p>No. It is compounded and not "
     "FDA-approved.</p></details>", []),
    ("compounded-sameness-claim", TELE,
     "<p>Wegovy and Ozempic contain the same active ingredient.</p>", []),
    # --- round 3: conditions named by their care in a story, answers that tell an outcome,
    # verbs of going, courses of approved treatment -------------------------------------------
    ("unapproved-disease-claim", SHOP,
     "<blockquote><p>Threw out my blood pressure pills. The tea handles it now.</p>"
     "<footer>Ray</footer></blockquote>",
     ["Threw out my blood pressure pills. The tea handles it now. Ray"]),
    ("unapproved-disease-claim", SHOP,
     "<blockquote><p>The tea tastes great and ships fast.</p><footer>Ray</footer></blockquote>",
     []),
    ("unapproved-disease-claim", STEM,
     "<details><summary>Can stem cells help with Alzheimer's?</summary><p>Many families see "
     "their loved one become more alert within weeks.</p></details>",
     ["Many families see their loved one become more alert within weeks."]),
    ("unapproved-disease-claim", STEM,
     "<details><summary>Can stem cells help with Alzheimer's?</summary><p>No stem cell product"
     " is approved for it, and families should not expect their loved one to become more "
     "alert.</p></details>", []),
    ("unapproved-disease-claim", SHOP,
     "<p>Our fiber blend sweeps bad cholesterol out of your bloodstream.</p>",
     ["Our fiber blend sweeps bad cholesterol out of your bloodstream."]),
    ("unapproved-disease-claim", SHOP,
     "<p>Wear the magnetic bracelet and arthritis flare-ups settle down.</p>",
     ["Wear the magnetic bracelet and arthritis flare-ups settle down."]),
    ("infectious-disease-claim", "Vaccines",
     "<p>More than 90% of people with hepatitis C can be cured with 8 to 12 weeks of pills."
     "</p>", []),
    ("no-unqualified-cure-claims", "Vaccines",
     "<p>Supplements are not approved by the FDA to treat, cure or prevent any disease.</p>",
     []),
    ("false-fda-approval-claim", STEM,
     "<p>We follow FDA guidelines, so your stem cell treatment is fully approved.</p>",
     ["We follow FDA guidelines, so your stem cell treatment is fully approved."]),
    ("research-claims-cited", SHOP,
     "<p>Backed by clinical science, our garcinia blocks fat.</p>",
     ["Backed by clinical science, our garcinia blocks fat."]),
    ("compounded-sameness-claim", "Semaglutide Weight Loss",
     "<p>We prescribe compounded tirzepatide.</p><p>I switched from Zepbound and could not "
     "tell the difference.</p>",
     ["I switched from Zepbound and could not tell the difference."]),
    # --- round 4: "for:" leads, told outcomes in answers, care used less, implied infections,
    # connectors of inferred approval, "as good as" the brand, "no way to" --------------------
    ("unapproved-disease-claim", "Hyperbaric Oxygen Therapy",
     "<p>Families bring their children to our chamber for:</p><ul><li>Autism and ADHD</li>"
     "</ul>", ["Autism and ADHD"]),
    ("unapproved-disease-claim", "Hyperbaric Oxygen Therapy",
     "<p>Hyperbaric oxygen is cleared for:</p><ul><li>Decompression sickness</li></ul>", []),
    ("unapproved-disease-claim", STEM,
     "<details><summary>I have COPD. What results can I expect?</summary><p>Most of our lung "
     "patients breathe easier and use their rescue inhaler far less.</p></details>",
     ["Most of our lung patients breathe easier and use their rescue inhaler far less."]),
    ("infectious-disease-claim", SHOP,
     "<blockquote><p>Whole family took the drops all winter. Not one of us tested positive."
     "</p><footer>The Garcias</footer></blockquote>",
     ["Whole family took the drops all winter. Not one of us tested positive. The Garcias"]),
    ("unapproved-disease-claim", SHOP,
     "<blockquote><p>I took them alongside the treatment my oncologist planned.</p><footer>"
     "Ann</footer></blockquote>", []),
    ("false-fda-approval-claim", "Cord Blood Injections",
     "<p>Our cord blood product meets every FDA requirement, which makes it an approved "
     "treatment.</p>",
     ["Our cord blood product meets every FDA requirement, which makes it an approved "
      "treatment."]),
    ("compounded-sameness-claim", "Semaglutide Weight Loss",
     "<p>We prescribe compounded semaglutide.</p><details><summary>Is compounded semaglutide "
     "as good as Ozempic?</summary><p>It works exactly the same.</p></details>",
     ["Is compounded semaglutide as good as Ozempic?"]),
    ("no-risk-minimization", STEM,
     "<p>There is simply no way to have a bad reaction to your own cells.</p>",
     ["There is simply no way to have a bad reaction to your own cells."]),
    ("no-guaranteed-results", SHOP,
     "<p>Gets you through withdrawal comfortably, or your money back.</p>",
     ["Gets you through withdrawal comfortably, or your money back."]),
    # --- round 5: populations in a list intro, "FDA-grade", the brand's results without the
    # brand, study results, "as safe as", a metaphor of approved care ---------------------------
    ("unapproved-disease-claim", "IV Drip Therapy",
     "<p>Our NAD+ drips support patients living with:</p><ul><li>Parkinson's and long COVID"
     "</li></ul>", ["Parkinson's and long COVID"]),
    ("false-fda-approval-claim", "Semaglutide Weight Loss",
     "<p>We prescribe compounded semaglutide.</p><p>It is FDA-grade and made in the USA.</p>",
     ["It is FDA-grade and made in the USA."]),
    ("compounded-sameness-claim", TELE,
     "<p>Get the Ozempic results you want without paying Ozempic prices.</p>",
     ["Get the Ozempic results you want without paying Ozempic prices."]),
    ("research-claims-cited", SHOP,
     "<p>In a double-blind trial, people on our formula remembered more words.</p>",
     ["In a double-blind trial, people on our formula remembered more words."]),
    ("research-claims-cited", SHOP, "<p>Every bottle is lab-tested for purity.</p>", []),
    ("no-risk-minimization", SHOP,
     "<p>Our kratom is as safe as your morning coffee.</p>",
     ["Our kratom is as safe as your morning coffee."]),
    ("infectious-disease-claim", SHOP,
     "<p>Nature's antibiotic: our allicin destroys germs.</p>",
     ["Nature's antibiotic: our allicin destroys germs."]),
    ("no-superlative-claims", "Vaccines",
     "<p>Statins are the most effective medicines for lowering LDL cholesterol.</p>", []),
    # --- research claims: about approved care, or about the product sold -------------------
    ("research-claims-cited", SHOP,
     "<p>Blood pressure medicines have been shown to lower the risk of stroke.</p>", []),
    ("research-claims-cited", SHOP,
     "<p>Our CBD oil has been shown to lower the risk of stroke, unlike medicines.</p>",
     ["Our CBD oil has been shown to lower the risk of stroke, unlike medicines."]),
    # --- absolutes --------------------------------------------------------------------------
    ("no-guaranteed-results", STEM,
     "<p>Ninety-two percent of our patients are pain-free after one injection.</p>",
     ["Ninety-two percent of our patients are pain-free after one injection."]),
    ("no-guaranteed-results", STEM,
     "<p>Nine out of ten of our patients avoid knee surgery.</p>",
     ["Nine out of ten of our patients avoid knee surgery."]),
    ("no-guaranteed-results", "Vaccines",
     "<p>About 9 in 10 people who take antibiotics for strep throat feel better in two "
     "days.</p>", []),
    ("no-superlative-claims", SHOP, "<h2>America's number one heart formula</h2>",
     ["America's number one heart formula"]),
    ("no-superlative-claims", SHOP,
     "<p>Heart disease is the number one cause of death.</p>", []),
    ("no-risk-minimization", STEM,
     "<p>Your body cannot react to its own cells, so nothing can go wrong.</p>",
     ["Your body cannot react to its own cells, so nothing can go wrong."]),
    ("no-risk-minimization", SHOP,
     "<p>Our herbal capsules have no chance of addiction.</p>",
     ["Our herbal capsules have no chance of addiction."]),
])
def test_generalized_claim_forms(engine: ContentEngine, rule: str, title: str, body: str,
                                 expected: list[str]) -> None:
    assert reported(engine, rule, title, body) == expected


def test_a_page_naming_a_condition_is_a_health_page(engine: ContentEngine) -> None:
    """A shop page no other topic claims, naming a disease, gets the health rules: its
    superlative is reported."""
    html = harbor_page("Travel Shop", "<p>The most effective Zika protection on the market.</p>")
    html = html.replace("Harbor Wellness", "Harbor Travel Goods")
    verdict = engine.check_page("https://harbor.example/p/", html, status=200)
    assert "condition" in verdict.topics and "health" in verdict.topics
    assert [f.sentence for f in verdict.findings if f.rule_id == "no-superlative-claims"] == [
        "The most effective Zika protection on the market."]


def test_explain_names_the_negated_outcome_and_the_testimonial_scope(
        engine: ContentEngine) -> None:
    """`explain` keeps saying why: the negated outcome is the predicate, not a negation."""
    html = harbor_page(SHOP, "<p>Two sprays a day and the virus cannot take hold in your nose.</p>")
    lines = "\n".join(explain_page(engine, "https://harbor.example/p/", html,
                                   "infectious-disease-claim"))
    assert "FIRES" in lines and "predicate='cannot take hold'" in lines
