"""Golden outputs for the second generalization round of issue 13 (claims2, 4 Dec): the exact
sentence each claim rule reports (or nothing) for each mechanism added, through the real
content engine. Sentences written for this test; none is a corpus item."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.explain import explain_page


def _page(title: str, body: str, sidebar: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Harbor Wellness</title>"
            f"</head><body><main><h1>{title}</h1><p>Orders ship in two days.</p>{body}"
            f"</main><aside>{sidebar}</aside></body></html>")


def _reported(engine: ContentEngine, rule: str, title: str, body: str,
              sidebar: str = "") -> list[str]:
    url = "https://harbor.example/p/"
    verdict = engine.check_page(url, _page(title, body, sidebar), status=200)
    site = engine.check_site({url: verdict.facts}, [url])
    return sorted({f.sentence or "" for f in verdict.findings + site if f.rule_id == rule})


SHOP = "Herbal Supplements and CBD"
STEM = "Stem Cell Therapy"
TELE = "Online Weight Loss Injections"
IV = "IV Vitamin Drips and NAD+ Infusions"
GLP = "Compounded Semaglutide Weight Loss"
CLINIC = "Family Medicine"
RECOVERY = "Recovery Support Products"

GUARANTEE, RISK, SUPER = "no-guaranteed-results", "no-risk-minimization", "no-superlative-claims"
DISEASE, INFECT = "unapproved-disease-claim", "infectious-disease-claim"
STATUS, SAME = "false-fda-approval-claim", "compounded-sameness-claim"
RESEARCH = "research-claims-cited"


def _one(text: str) -> list[str]:
    return [text]


@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    # --- guarantees: an outcome told of every client, in any tense -------------------------
    (GUARANTEE, STEM, "<p>Every one of our hip patients walked out pain-free.</p>",
     _one("Every one of our hip patients walked out pain-free.")),
    (GUARANTEE, GLP, "<p>All of our members lost at least ten pounds by week eight.</p>",
     _one("All of our members lost at least ten pounds by week eight.")),
    (GUARANTEE, STEM, "<p>Each of our patients receives a written care plan.</p>", []),
    # --- guarantees: a remedy if the outcome fails -----------------------------------------
    (GUARANTEE, IV, "<p>Clear skin in eight weeks or your next drip is free.</p>",
     _one("Clear skin in eight weeks or your next drip is free.")),
    (GUARANTEE, IV, "<p>Book two drips and the third one is free.</p>", []),
    # --- risk: safety said of everyone, none of a drug's risks -----------------------------
    (RISK, IV, "<p>Gentle enough for every member of the family.</p>",
     _one("Gentle enough for every member of the family.")),
    (RISK, IV, "<p>You get the energy with none of the side effects of stimulants.</p>",
     _one("You get the energy with none of the side effects of stimulants.")),
    # a page selling for a condition no other topic claims reads risk too
    (RISK, RECOVERY, "<p>Our opiate withdrawal kit is completely safe.</p>",
     _one("Our opiate withdrawal kit is completely safe.")),
    # --- superlatives: first/only with a scope, a breakthrough for, better than a class ----
    (SUPER, STEM, "<h2>America's First Cellular Knee Program</h2>",
     _one("America's First Cellular Knee Program")),
    (SUPER, SHOP, "<p>A real breakthrough for tired, achy joints.</p>",
     _one("A real breakthrough for tired, achy joints.")),
    (SUPER, SHOP, "<p>The FDA gave the drug breakthrough therapy designation for ALS.</p>",
     []),
    (SUPER, SHOP, "<p>Our turmeric works faster than any pill on the shelf.</p>",
     _one("Our turmeric works faster than any pill on the shelf.")),
    (SUPER, SHOP, "<p>The purest CBD oil you can buy anywhere.</p>",
     _one("The purest CBD oil you can buy anywhere.")),
    # --- approved care named as a comparison is not the care that acts ---------------------
    (INFECT, SHOP, "<p>Our elderberry syrup acts like a vaccine and stops the flu.</p>",
     _one("Our elderberry syrup acts like a vaccine and stops the flu.")),
    # --- a behaviour as the subject is advice; naming a product keeps the claim ------------
    (INFECT, CLINIC, "<p>Washing your hands often lowers your chance of catching the flu.</p>",
     []),
    (INFECT, SHOP, "<p>Taking our elderberry syrup lowers your chance of catching the "
     "flu.</p>", _one("Taking our elderberry syrup lowers your chance of catching the flu.")),
    # --- care as a time frame, and professionals as the agent ------------------------------
    (DISEASE, SHOP, "<p>Appetite often drops during cancer treatment.</p>", []),
    (DISEASE, SHOP, "<p>A registered dietitian can help you manage diabetes.</p>", []),
    # --- a vitamin for its own deficiency disease (ICD-10-CM names) ------------------------
    (DISEASE, IV, "<p>Vitamin B12 shots treat pernicious anemia.</p>", []),
    # --- status: oversight presented as approval; the seller's unbranded drug --------------
    (STATUS, GLP, "<p>Every vial is compounded under FDA oversight, which means it is "
     "approved.</p>",
     _one("Every vial is compounded under FDA oversight, which means it is approved.")),
    (STATUS, TELE, "<details><summary>Is your semaglutide approved?</summary><p>Yes, it has "
     "full FDA approval.</p></details>", _one("Yes, it has full FDA approval.")),
    (STATUS, RECOVERY, "<p>We refer patients to programs that use FDA-approved "
     "medicines.</p>", []),
    # a class named by a product the status is false for is no class of approved care
    (STATUS, TELE, "<p>We only use FDA-approved compounded medications.</p>",
     _one("We only use FDA-approved compounded medications.")),
    # registration presented as the product's safety, which only an approval establishes;
    # registration of the pharmacy alone is true
    (STATUS, STEM, "<p>Our exosomes are made in an FDA-registered lab, so you know they are "
     "safe.</p>", _one("Our exosomes are made in an FDA-registered lab, so you know they are "
                       "safe.")),
    (STATUS, TELE, "<p>Our partner pharmacy is registered with the FDA and inspected by the "
     "state board.</p>", []),
    # under a card title naming approved care, the generic name stands for it; under one
    # naming our compounded product, for ours
    (STATUS, GLP, '<div class="card"><h3>Brand-name Wegovy</h3><p>FDA-approved semaglutide, '
     "covered by many plans.</p></div>", []),
    (STATUS, GLP, '<div class="card"><h3>Our Semaglutide Plan</h3><p>FDA-approved '
     "semaglutide, $199 a month.</p></div>", _one("FDA-approved semaglutide, $199 a month.")),
    # --- sameness: an identity word on the brand's substance -------------------------------
    (SAME, GLP, "<p>It contains the exact molecule used in Mounjaro.</p>",
     _one("It contains the exact molecule used in Mounjaro.")),
    # --- research: a coordinated participle ------------------------------------------------
    (RESEARCH, IV, "<p>Tested in our lab and proven to restore energy.</p>",
     _one("Tested in our lab and proven to restore energy.")),
    # --- conditions: organ + fibrosis, cancer-treatment side effects (NCI names) -----------
    (DISEASE, STEM, "<p>Exosome infusions reverse liver fibrosis.</p>",
     _one("Exosome infusions reverse liver fibrosis.")),
    (DISEASE, SHOP, "<p>Our ginseng capsules lift chemo brain in two weeks.</p>",
     _one("Our ginseng capsules lift chemo brain in two weeks.")),
    # --- third round -------------------------------------------------------------------
    # the FDA's authorized health claims (21 CFR 101.72-101.83) are lawful; a cure is not
    (DISEASE, SHOP, "<p>Enough folic acid before pregnancy lowers the risk of neural tube "
     "defects.</p>", []),
    (DISEASE, SHOP, "<p>Our calcium chews reverse osteoporosis.</p>",
     _one("Our calcium chews reverse osteoporosis.")),
    # hyperbaric oxygen for an indication the FDA lists for cleared chambers
    (DISEASE, "Hyperbaric Oxygen Therapy", "<p>Hyperbaric oxygen helps diabetic foot wounds "
     "heal.</p>", []),
    # equivalence to a drug is a treatment claim
    (DISEASE, SHOP, "<p>Our red yeast rice works just like a statin for high cholesterol.</p>",
     _one("Our red yeast rice works just like a statin for high cholesterol.")),
    # a purpose intro lends its claim to items that carry their own verb
    (DISEASE, SHOP, "<p>Why customers take our garlic extract:</p><ul><li>Melts away plaque "
     "in the arteries</li></ul>", _one("Melts away plaque in the arteries")),
    # a risk word that is part of the condition's name is no statement of risk
    (DISEASE, SHOP, "<p>Our enzyme capsules break up deadly clots.</p>",
     _one("Our enzyme capsules break up deadly clots.")),
    # "cold" the temperature is no infection
    (INFECT, SHOP, "<p>Our elderberry syrup tastes best cold and keeps for a month.</p>", []),
    # guarantees: a certain outcome; success shares of buyers
    (GUARANTEE, SHOP, "<p>You will lose ten pounds this month, no matter what you eat.</p>",
     _one("You will lose ten pounds this month, no matter what you eat.")),
    (GUARANTEE, SHOP, "<p>Ninety-two percent of buyers slept better in a week.</p>",
     _one("Ninety-two percent of buyers slept better in a week.")),
    # superlatives: nothing else measures up
    (SUPER, SHOP, "<p>No other supplement on the market comes close to our formula.</p>",
     _one("No other supplement on the market comes close to our formula.")),
    # research in an aspectual form
    (RESEARCH, SHOP, "<p>Science keeps confirming what our customers already know.</p>",
     _one("Science keeps confirming what our customers already know.")),
    # sameness by metaphor
    (SAME, GLP, "<p>Think of it as Zepbound without the price tag.</p>",
     _one("Think of it as Zepbound without the price tag.")),
    # --- fourth round ------------------------------------------------------------------
    # the body fighting germs in general is structure/function; a named infection is a claim
    (INFECT, SHOP, "<p>Selenium helps your immune system fight off germs.</p>", []),
    (INFECT, SHOP, "<p>Selenium helps your immune system fight off the flu.</p>",
     _one("Selenium helps your immune system fight off the flu.")),
    # a cord blood transplant is approved care for blood cancers
    (DISEASE, STEM, "<p>A stem cell transplant from cord blood can cure some lymphomas.</p>",
     []),
    # addiction by its urge; verbs of going away
    (DISEASE, SHOP, "<p>With our kudzu capsules the urge to smoke melts away.</p>",
     _one("With our kudzu capsules the urge to smoke melts away.")),
    # a measure brought under a line
    (DISEASE, SHOP, "<p>Our cinnamon drops got my A1C below 6.</p>",
     _one("Our cinnamon drops got my A1C below 6.")),
    # status: approval in other words, said of a facility in a relative clause
    (STATUS, GLP, "<p>Every pen comes from a pharmacy the FDA signs off on.</p>",
     _one("Every pen comes from a pharmacy the FDA signs off on.")),
    # guarantees: not one failure; risk: so safe that anything goes
    (GUARANTEE, STEM, "<p>We have never had a single patient it did not help.</p>",
     _one("We have never had a single patient it did not help.")),
    (RISK, IV, "<p>It is so safe kids can have it every week.</p>",
     _one("It is so safe kids can have it every week.")),
    # sameness: no difference but the label, with a compounded product in view
    (SAME, GLP, "<details><summary>How is yours different from Ozempic?</summary><p>Just the "
     "price. The medicine inside is the same.</p></details>",
     ["Just the price.", "The medicine inside is the same."]),
    (SAME, GLP, "<p>Our pharmacy uses the exact same formula every time.</p>", []),
    # less need of the care names the condition, outside testimonials too
    (DISEASE, SHOP, "<ul><li>Reduce your reliance on insulin within a season</li></ul>",
     _one("Reduce your reliance on insulin within a season")),
    # --- fifth round -------------------------------------------------------------------
    # a condition treated in general by care that is not ours is patient information
    (INFECT, CLINIC, "<p>Scabies can be treated at home with a prescription cream.</p>", []),
    (INFECT, SHOP, "<p>Scabies can be treated with our neem oil in a week.</p>",
     _one("Scabies can be treated with our neem oil in a week.")),
    # drug classes by their anti- prefix, and eye drops, are approved care
    (DISEASE, SHOP, "<p>Antihistamine tablets relieve hay fever for most people.</p>", []),
    # care given up names the condition, and giving it up is the claim
    (DISEASE, SHOP, "<p>Within a month most members ditch their cholesterol pills.</p>",
     _one("Within a month most members ditch their cholesterol pills.")),
    # permanence is a guarantee; a kind of testing that confirmed is a research claim
    (GUARANTEE, STEM, "<p>The relief is permanent after one visit.</p>",
     _one("The relief is permanent after one visit.")),
    (RESEARCH, SHOP, "<p>Placebo-controlled testing confirmed better sleep in two weeks.</p>",
     _one("Placebo-controlled testing confirmed better sleep in two weeks.")),
    # --- sixth round -------------------------------------------------------------------
    # an approval stated with its limit informs
    (STATUS, STEM, "<p>The FDA has approved cord blood only for certain cancers of the "
     "blood.</p>", []),
    # an ingredient with its OTC monograph use (21 CFR 334, 331)
    (DISEASE, SHOP, "<p>Psyllium husk relieves occasional constipation.</p>", []),
    # a behaviour as subject, on any rule; an adjective in -ing is no behaviour
    (DISEASE, "Chiropractic and Wellness", "<p>Staying active helps most back pain settle "
     "down.</p>", []),
    (DISEASE, "Chiropractic and Wellness", "<p>Lasting relief from sciatica without "
     "surgery.</p>", _one("Lasting relief from sciatica without surgery.")),
    # no way to come to harm
    (RISK, IV, "<p>You cannot get addicted to our NAD+ drips.</p>",
     _one("You cannot get addicted to our NAD+ drips.")),
    # an outcome told in numbers in an FAQ answer
    (DISEASE, SHOP, "<details><summary>Does it help high blood pressure?</summary><p>Most "
     "members see their readings come down within weeks.</p></details>",
     _one("Most members see their readings come down within weeks.")),
])
def test_second_round_mechanisms(engine: ContentEngine, rule: str, title: str, body: str,
                                 expected: list[str]) -> None:
    assert _reported(engine, rule, title, body) == expected


def test_a_retold_testimonial_in_the_sidebar_is_a_site_claim(engine: ContentEngine) -> None:
    told = "Patients tell us the turmeric blend got them off their arthritis pills."
    assert _reported(engine, DISEASE, SHOP, "<p>Our blends ship in glass jars.</p>",
                     sidebar=f"<p>{told}</p>") == [told]


def test_a_surgery_they_were_told_they_needed_names_the_condition(
        engine: ContentEngine) -> None:
    story = ("My surgeon wanted to replace both knees. Six weeks after the stem cell shots "
             "I'm back on the tennis court.")
    quote = f"<blockquote class='testimonial'><p>{story}</p></blockquote>"
    assert _reported(engine, DISEASE, STEM, quote) == [story]


def test_explain_names_the_new_stops(engine: ContentEngine) -> None:
    html = _page(CLINIC, "<p>Removing a tick within a day lowers your chance of Lyme "
                 "disease.</p>")
    lines = "\n".join(explain_page(engine, "https://harbor.example/p/", html, INFECT))
    assert "advice: 'Removing' (a behaviour) is the subject" in lines
    html = _page(SHOP, "<p>Enough calcium lowers your risk of osteoporosis.</p>")
    lines = "\n".join(explain_page(engine, "https://harbor.example/p/", html, DISEASE))
    assert "an authorized health claim (21 CFR 101.72)" in lines
