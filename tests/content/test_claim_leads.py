"""Golden outputs of the claim types where the page's structure supplies part of the claim
(issue 13, fresh batch 9b's dev half): a list intro that says who the product is for or sorts
a store by condition, a card titled with nothing but a condition, a question as a list's intro,
a condition named by its damage and its cause, care named as what failed, a risk denied, a
product offered as an alternative to care, IRB review or FDA regulation presented as approval,
conditions by the consumer names MedlinePlus health topics use (sports injuries, wounds,
poisonings, syndromes by short name), and a cleared use that no longer covers a second
condition named beside it.
Each case is the exact sentence a rule reports (or nothing) through the real content engine,
beside a near sentence that must not fire; the sentences were written for this test."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

DISEASE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"
STATUS = "false-fda-approval-claim"


# (the engine is conftest.py's: one per session, audit date 2026-11-25)


def _reported(engine: ContentEngine, rule: str, title: str, body: str) -> list[str]:
    html = (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Harbor Wellness</title>"
            f"</head><body><main><h1>{title}</h1><p>Our clinicians see patients on weekdays "
            f"and talk through every option first.</p>{body}</main></body></html>")
    verdict = engine.check_page("https://harbor.example/p/", html, status=200)
    return sorted(f.sentence or "" for f in verdict.findings if f.rule_id == rule)


@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    # a condition named by its damage and the damage's cause
    (DISEASE, "Stem Cell Therapy", "<p>Joints worn down by decades of tennis glide again.</p>",
     ["Joints worn down by decades of tennis glide again."]),
    (DISEASE, "Physical Therapy", "<p>Physical therapy helps joints worn down by years of "
     "running.</p>", []),
    (DISEASE, "Stem Cell Therapy", "<p>Lungs scarred by smoking rebuild healthy tissue with "
     "your own stem cells.</p>",
     ["Lungs scarred by smoking rebuild healthy tissue with your own stem cells."]),
    # care that failed is not the care that acted
    (DISEASE, "Stem Cell Therapy", "<p>Our stem cell therapy is for:</p><ul><li>Asthma that "
     "flares despite inhalers</li></ul>", ["Asthma that flares despite inhalers"]),
    (DISEASE, "Stem Cell Therapy", "<p>Our stem cell infusions are not a treatment for asthma "
     "that flares despite inhalers.</p>", []),
    (INFECTION, "Colloidal Silver", "<p>Clears the Lyme bacteria from places antibiotics "
     "can't reach.</p>", ["Clears the Lyme bacteria from places antibiotics can't reach."]),
    (INFECTION, "Primary Care", "<p>Antibiotics can't cure a cold, so rest and drink plenty "
     "of fluids.</p>", []),
    # (stop 28) care said to miss or fail, in a relative clause, is the product's foil
    (INFECTION, "Hyperbaric Oxygen", "<p>Oxygen under pressure kills the Lyme bacteria that "
     "antibiotics miss.</p>",
     ["Oxygen under pressure kills the Lyme bacteria that antibiotics miss."]),
    (INFECTION, "Primary Care", "<p>Some infections that antibiotics miss at first need a "
     "second course or a different medicine.</p>", []),
    # the body's defences in the plural, set against a virus
    (INFECTION, "Peptide Therapy", "<p>Thymosin alpha-1 supports your defences against "
     "respiratory viruses.</p>",
     ["Thymosin alpha-1 supports your defences against respiratory viruses."]),
    # a list intro that says who the product is for
    (DISEASE, "Exosome Facials", "<p>Our exosome therapy may be right for you if you have:</p>"
     "<ul><li>Psoriasis</li><li>Rosacea</li></ul>", ["Psoriasis", "Rosacea"]),
    (DISEASE, "Physical Therapy", "<p>Physical therapy may be right for you if you have:</p>"
     "<ul><li>Back pain</li></ul>", []),
    # (stop 28) a list of who should keep away from the product lists contraindications
    (DISEASE, "PRP Injections", "<p>Who should avoid PRP:</p><ul><li>People with a "
     "blood-clotting disorder or active cancer</li></ul>", []),
    (DISEASE, "PRP Injections", "<p>PRP can help you avoid:</p><ul><li>Knee replacement "
     "surgery for arthritis</li></ul>", ["Knee replacement surgery for arthritis"]),
    # (stop 28) a card's body with no subject of its own takes its title as subject: approved
    # care there is care; a product of ours there still claims
    (INFECTION, "Pharmacy Shop", "<div class='card'><h3>Permethrin Lice Treatment</h3><p>Kills "
     "head lice and their eggs; repeat in 7 to 10 days if live lice are seen.</p></div>", []),
    (INFECTION, "Herbal Shop", "<div class='card'><h3>Colloidal Silver Spray</h3><p>Kills head "
     "lice and the flu virus on contact.</p></div>",
     ["Kills head lice and the flu virus on contact."]),
    # OTC antifungals by their active ingredient (21 CFR 333.210 and Rx-to-OTC switches) lend
    # themselves as care to a card body that quotes their label's Uses
    (INFECTION, "Pharmacy Shop", "<div class='card'><h3>Terbinafine Cream 1%</h3><p>Treats "
     "most athlete's foot between the toes in one week.</p></div>", []),
    (INFECTION, "Herbal Shop", "<div class='card'><h3>Herbal Fungus Balm</h3><p>Treats "
     "athlete's foot and nail fungus in one week.</p></div>",
     ["Treats athlete's foot and nail fungus in one week."]),
    # (stop 28) a strain is a product when it is a plant's, not a burden's
    (DISEASE, "Cancer Support", "<p>Our supportive care team helps with:</p><ul><li>Nausea, "
     "pain, fatigue and the emotional strain of cancer treatment</li></ul>", []),
    (DISEASE, "CBD Oils", "<p>This indica strain calms seizures.</p>",
     ["This indica strain calms seizures."]),
    # (stop 28) "rebalance" is "balance" again
    (DISEASE, "Herbal Supplements", "<p>Our capsules rebalance hormones for women with "
     "PCOS.</p>", ["Our capsules rebalance hormones for women with PCOS."]),
    (DISEASE, "Herbal Supplements", "<p>Our capsules rebalance your morning routine.</p>", []),
    # (stop 28) low-dose naltrexone is a compounded formulation, not the approved naltrexone
    (DISEASE, "Telehealth", "<p>Our low-dose naltrexone treats long COVID, fibromyalgia and "
     "Hashimoto's.</p>",
     ["Our low-dose naltrexone treats long COVID, fibromyalgia and Hashimoto's."]),
    (DISEASE, "Telehealth", "<p>Naltrexone tablets treat opioid and alcohol use disorder.</p>",
     []),
    # a store sorted by condition
    (DISEASE, "Herbal Supplements", "<p>Shop by condition:</p><ul><li>Acid reflux</li></ul>",
     ["Acid reflux"]),
    (DISEASE, "Primary Care", "<p>Browse by condition:</p><ul><li>Acid reflux</li></ul>", []),
    # a card titled with a condition and nothing else
    (DISEASE, "Stem Cell Therapy", "<div class='card'><h3>COPD</h3><p>Our cell therapy "
     "repairs the airways from within.</p></div>",
     ["Our cell therapy repairs the airways from within."]),
    (DISEASE, "Stem Cell Therapy", "<div class='card'><h3>Diabetic foot care visit</h3><p>Our "
     "team treats problems early.</p></div>", []),
    # the product set against symptom care denies nothing
    (DISEASE, "Exosome Facials", "<div class='card'><h3>Eczema</h3><p>Our exosome serum heals "
     "the skin from within instead of masking symptoms.</p></div>",
     ["Our exosome serum heals the skin from within instead of masking symptoms."]),
    (DISEASE, "Exosome Facials", "<p>Use the eczema cream your dermatologist prescribed "
     "instead of our exosome serum.</p>", []),
    # a struggle told as a gerund is the story's before, not advice
    (DISEASE, "Stem Cell Therapy", "<blockquote><p>Walking used to leave me gasping. Now I "
     "walk the dog every morning.</p><footer>Frank, treated for COPD</footer></blockquote>",
     ["Walking used to leave me gasping. Now I walk the dog every morning. Frank, treated "
      "for COPD"]),
    (DISEASE, "Stem Cell Therapy", "<p>Walking every day helps people with COPD.</p>", []),
    # a risk denied is no statement of risk
    (DISEASE, "Herbal Supplements", "<p>Our red yeast blend lowers cholesterol as well as a "
     "statin, without the side effects.</p>",
     ["Our red yeast blend lowers cholesterol as well as a statin, without the side effects."]),
    (DISEASE, "Herbal Supplements", "<p>Red yeast rice may lower cholesterol, but it has side "
     "effects such as muscle pain.</p>", []),
    # a product offered in place of the care a condition needs
    (INFECTION, "Homeopathic Remedies", "<p>A needle-free alternative to the flu shot.</p>",
     ["A needle-free alternative to the flu shot."]),
    (INFECTION, "Vaccines", "<p>There is no alternative to the flu shot for protecting "
     "babies.</p>", []),
    # a question as a list's intro lends its product
    (STATUS, "Stem Cell Therapy", "<p>Why choose our stem cell clinic?</p><ul><li>"
     "FDA-regulated and approved lab processing</li></ul>",
     ["FDA-regulated and approved lab processing"]),
    (STATUS, "Compounded Medicines", "<p>Why choose our pharmacy?</p><ul><li>FDA-registered "
     "facility</li></ul>", []),
    # IRB review and FDA regulation presented as approval
    (STATUS, "Stem Cell Therapy", "<p>Every procedure runs under an IRB-approved protocol, so "
     "it is fully approved.</p>",
     ["Every procedure runs under an IRB-approved protocol, so it is fully approved."]),
    (STATUS, "Stem Cell Therapy", "<p>Our study protocol was reviewed by an IRB; IRB review is "
     "not FDA approval.</p>", []),
    (STATUS, "Stem Cell Therapy", "<details><summary>Is this FDA approved?</summary><p>Our "
     "protocol is IRB-approved and meets all FDA guidelines, so it is legal and approved.</p>"
     "</details>",
     ["Our protocol is IRB-approved and meets all FDA guidelines, so it is legal and "
      "approved."]),
    (STATUS, "Stem Cell Therapy", "<p>Our stem cells are FDA regulated drugs.</p>",
     ["Our stem cells are FDA regulated drugs."]),
    (STATUS, "Stem Cell Therapy", "<p>Stem cells are regulated by the FDA as drugs, and none "
     "is approved for joint pain.</p>", []),
    # an FAQ answer that says yes in other words, or reports others' yes
    (DISEASE, "Herbal Supplements", "<details><summary>Can this tea help my high blood "
     "pressure?</summary><p>Many customers have.</p></details>", ["Many customers have."]),
    (DISEASE, "Herbal Supplements", "<details><summary>Can the tea help my arthritis?"
     "</summary><p>Many customers have asked; it is not a treatment for arthritis.</p>"
     "</details>", []),
    (INFECTION, "Ozone Therapy", "<details><summary>Is ozone therapy good for Lyme disease?"
     "</summary><p>It's one of the best things you can do.</p></details>",
     ["It's one of the best things you can do."]),
    # a list intro that names the results the product is sold on
    (DISEASE, "Stem Cell Therapy", "<p>We regularly see results in:</p><ul><li>Parkinson's "
     "disease</li></ul>", ["Parkinson's disease"]),
    (DISEASE, "Physical Therapy", "<p>We regularly see results in:</p><ul><li>Back pain</li>"
     "</ul>", []),
    # a quoted story signed with a dash is a testimonial
    (DISEASE, "Stem Cell Therapy", "<p>\u201cMy neuropathy is gone since the infusions.\u201d "
     "\u2014 Joan</p>", ["My neuropathy is gone since the infusions. \u2014 Joan"]),
    (DISEASE, "Stem Cell Therapy", "<p>\u201cThe staff were kind and the rooms spotless.\u201d "
     "\u2014 Joan</p>", []),
    # the clauses a status phrase spans, and a fragment that opens with the status
    (STATUS, "Exosome Therapy", "<p>Made in an FDA-inspected lab, so you know it's approved."
     "</p>", ["Made in an FDA-inspected lab, so you know it's approved."]),
    (STATUS, "Exosome Therapy", "<p>Our exosomes are made in an FDA-inspected lab.</p>", []),
    (STATUS, "CBD Oils", "<div class='card'><h3>Relief Rub</h3><p>FDA registered and approved "
     "for joint pain.</p></div>", ["FDA registered and approved for joint pain."]),
    (STATUS, "Botox", "<div class='card'><h3>Botox</h3><p>FDA approved for frown lines.</p>"
     "</div>", []),
    # guidelines followed presented as approval
    (STATUS, "Semaglutide Weight Loss", "<p>Our compounded semaglutide is produced under FDA "
     "guidelines and fully legal.</p>",
     ["Our compounded semaglutide is produced under FDA guidelines and fully legal."]),
    (STATUS, "Wharton's Jelly Injections", "<p>Our Wharton's jelly is processed under FDA "
     "guidelines, so it is fully approved.</p>",
     ["Our Wharton's jelly is processed under FDA guidelines, so it is fully approved."]),
    (STATUS, "Semaglutide Weight Loss", "<p>Our compounded semaglutide is prepared under FDA "
     "guidelines for pharmacies; it is not FDA-approved.</p>", []),
    # conditions by their consumer names: sports injuries, wounds, syndromes by short name
    (DISEASE, "Regenerative Medicine Injections", "<p>Our PRP shots heal shin splints and "
     "golfer's elbow.</p>", ["Our PRP shots heal shin splints and golfer's elbow."]),
    (DISEASE, "Physical Therapy", "<p>Shin splints usually heal with rest, ice and a slow "
     "return to running.</p>", []),
    (DISEASE, "Stem Cell Therapy", "<p>Conditions we treat with stem cells:</p><ul><li>Hip "
     "labral tears</li><li>POTS</li></ul>", ["Hip labral tears", "POTS"]),
    # a cleared use beside another condition claims the other one
    (DISEASE, "Hyperbaric Oxygen Therapy", "<p>Our hyperbaric chamber heals diabetic foot "
     "ulcers and reverses autism.</p>",
     ["Our hyperbaric chamber heals diabetic foot ulcers and reverses autism."]),
    (DISEASE, "Hyperbaric Oxygen Therapy", "<p>Our hyperbaric chamber heals diabetic foot "
     "ulcers that have not healed with standard wound care.</p>", []),
    (DISEASE, "Chelation Therapy", "<p>Chelation with prescription succimer treats lead "
     "poisoning in children.</p>", []),
    # (stop 28) the infectious-disease rule knows the cleared uses too, and a class of
    # conditions named by its cleared examples is those examples
    (INFECTION, "Hyperbaric Oxygen Therapy", "<p>Hyperbaric oxygen can help treat some severe "
     "infections, such as intracranial abscess, along with antibiotics.</p>", []),
    (INFECTION, "Hyperbaric Oxygen Therapy", "<p>Hyperbaric oxygen can help treat some severe "
     "infections, such as Lyme disease.</p>",
     ["Hyperbaric oxygen can help treat some severe infections, such as Lyme disease."]),
    (INFECTION, "Hyperbaric Oxygen Therapy", "<p>Hyperbaric oxygen therapy helps fight "
     "infection in some diabetic foot wounds.</p>", []),
    (INFECTION, "Hyperbaric Oxygen Therapy", "<p>Hyperbaric oxygen therapy helps fight "
     "infection in people with Lyme disease.</p>",
     ["Hyperbaric oxygen therapy helps fight infection in people with Lyme disease."]),
    # an approved cell therapy named in apposition to its status (FDA's list of approved
    # cellular and gene therapy products)
    (STATUS, "Stem Cell Therapy", "<p>Laviv, an FDA-approved cell therapy made from a "
     "patient's own skin cells, improves the appearance of smile lines.</p>", []),
    (STATUS, "Stem Cell Therapy", "<p>CellRenew, an FDA-approved cell therapy made from your "
     "own fat cells, rebuilds worn knees.</p>",
     ["CellRenew, an FDA-approved cell therapy made from your own fat cells, rebuilds worn "
      "knees."]),
    (INFECTION, "Hyperbaric Oxygen Therapy", "<p>Our hyperbaric chamber heals necrotizing soft "
     "tissue infections and clears chronic Lyme disease.</p>",
     ["Our hyperbaric chamber heals necrotizing soft tissue infections and clears chronic Lyme "
      "disease."]),
    # a heading that says what we treat, over a bare list: the clinic's own statement
    (DISEASE, "Stem Cell Therapy", "<h2>What we treat</h2><ul><li>COPD</li><li>Crohn's "
     "disease</li></ul>", ["COPD", "Crohn's disease"]),
    (INFECTION, "Primary Care", "<h2>What we treat</h2><ul><li>Strep throat</li><li>Flu</li>"
     "</ul>", []),
    (DISEASE, "Physical Therapy", "<h2>What we treat</h2><ul><li>Back pain</li></ul>", []),
    # an outcome told under a title that names only the condition
    (DISEASE, "Hyperbaric Oxygen Therapy", "<h3>Autism</h3><p>Many children become more "
     "verbal and calmer after 40 dives.</p>",
     ["Many children become more verbal and calmer after 40 dives."]),
    (DISEASE, "Hyperbaric Oxygen Therapy", "<h3>Autism</h3><p>Hyperbaric oxygen is not "
     "approved for autism; no study shows children become more verbal after it.</p>", []),
    # the product endorsed by the condition's sufferers, and a product named as a fighter
    (DISEASE, "IV Drip Lounge", "<p>Migraine sufferers swear by our Myers' cocktail.</p>",
     ["Migraine sufferers swear by our Myers' cocktail."]),
    (DISEASE, "IV Drip Lounge", "<p>Migraine sufferers should keep a headache diary.</p>", []),
    (INFECTION, "IV Drip Lounge", "<div class='card'><h3>Flu Fighter Drip</h3><p>Vitamin C and "
     "zinc at the first sniffle.</p></div>", ["Flu Fighter Drip"]),
    (INFECTION, "Primary Care", "<div class='card'><h3>Flu shots</h3><p>We give flu shots "
     "every autumn.</p></div>", []),
    # a status answer that ends in its yes
    (STATUS, "Stem Cell Therapy", "<details><summary>Is it FDA approved?</summary><p>Our lab is "
     "FDA registered, so yes.</p></details>", ["Our lab is FDA registered, so yes."]),
    (STATUS, "Stem Cell Therapy", "<details><summary>Is it FDA approved?</summary><p>Our lab is "
     "FDA registered, but the cells are not FDA approved.</p></details>", []),
    # a care word that describes the product's own effect is no approved care
    (INFECTION, "Immune Support", "<div class='card'><h3>Silver Shield Spray</h3><p>Antiviral "
     "protection for cold and flu season.</p></div>",
     ["Antiviral protection for cold and flu season."]),
    (INFECTION, "Primary Care", "<p>Antiviral medicines such as oseltamivir can shorten the flu "
     "when started early.</p>", []),
    # a checked line that opens with the status speaks of the page's product
    (STATUS, "Compounded Semaglutide", "<ul><li>\u2713 FDA approved</li><li>\u2713 Doctor "
     "prescribed</li></ul>", ["\u2713 FDA approved"]),
    (STATUS, "Botox", "<ul><li>\u2713 FDA approved</li></ul>", []),
    # our cell or tissue product said to be a 361 HCT/P that needs no approval
    (STATUS, "Stem Cell Therapy", "<p>As 361 HCT/Ps, our birth-tissue allografts are exempt "
     "from premarket approval.</p>",
     ["As 361 HCT/Ps, our birth-tissue allografts are exempt from premarket approval."]),
    (STATUS, "Stem Cell Therapy", "<p>Our amniotic allograft meets FDA 361 criteria, so no FDA "
     "approval is needed.</p>",
     ["Our amniotic allograft meets FDA 361 criteria, so no FDA approval is needed."]),
    (STATUS, "Stem Cell Therapy", "<p>Tissues regulated solely under section 361 do not need "
     "FDA approval, but most stem cell products do not qualify.</p>", []),
    # testimonials: the product did what care couldn't, a prognosis defied, a surgery called
    # off; a patient story titled with its condition
    (DISEASE, "Peptide Therapy", "<blockquote><p>BPC-157 did what two years of physical therapy "
     "couldn't.</p><footer>Jake, torn ACL</footer></blockquote>",
     ["BPC-157 did what two years of physical therapy couldn't. Jake, torn ACL"]),
    (DISEASE, "Physical Therapy", "<blockquote><p>Physical therapy did what my old brace "
     "couldn't.</p><footer>Jake, torn ACL</footer></blockquote>", []),
    (DISEASE, "Stem Cell Therapy", "<blockquote><p>Doctors said I'd be in a wheelchair by now. "
     "I'm still skiing.</p><footer>Ann, MS patient</footer></blockquote>",
     ["Doctors said I'd be in a wheelchair by now. I'm still skiing. Ann, MS patient"]),
    (DISEASE, "Stem Cell Therapy", "<blockquote><p>I'm still waiting to see results.</p><footer>"
     "Ann, MS patient</footer></blockquote>", []),
    (DISEASE, "Stem Cell Therapy", "<blockquote><p>Knee surgery was scheduled. I cancelled it "
     "after my injection.</p><footer>Paul</footer></blockquote>",
     ["Knee surgery was scheduled. I cancelled it after my injection. Paul"]),
    (DISEASE, "Stem Cell Therapy", "<blockquote><p>Knee surgery was scheduled, and the team "
     "helped me get ready for it.</p><footer>Paul</footer></blockquote>", []),
    (DISEASE, "Stem Cell Therapy", "<div class='card'><h3>Patient story: COPD</h3><p>Walter went "
     "from oxygen 24/7 to hiking with his grandkids.</p></div>",
     ["Walter went from oxygen 24/7 to hiking with his grandkids."]),
    (DISEASE, "Stem Cell Therapy", "<div class='card'><h3>Patient story: COPD</h3><p>Walter "
     "talks about his first visit and what he learned.</p></div>", []),
    # FAQ questions that take the effect as given, answered with a time, our product or an
    # outcome
    (DISEASE, "Exosome Therapy", "<details><summary>How soon will my hair loss improve?"
     "</summary><p>Most clients see new growth in 8 weeks.</p></details>",
     ["Most clients see new growth in 8 weeks."]),
    (DISEASE, "Exosome Therapy", "<details><summary>How soon will my hair loss improve?"
     "</summary><p>We cannot say; exosomes are not approved for hair loss.</p></details>", []),
    (DISEASE, "IV Drip Lounge", "<details><summary>Which drip is best for fibromyalgia?"
     "</summary><p>Our Myers' cocktail, twice a week.</p></details>",
     ["Our Myers' cocktail, twice a week."]),
    (DISEASE, "IV Drip Lounge", "<details><summary>Which drip is best for fibromyalgia?"
     "</summary><p>Our drips are not a treatment for fibromyalgia; ask your rheumatologist."
     "</p></details>", []),
    (DISEASE, "Homeopathic Remedies", "<details><summary>Is it safe for kids with ADHD?</summary>"
     "<p>Yes, and parents see calmer, more focused children within weeks.</p></details>",
     ["Yes, and parents see calmer, more focused children within weeks."]),
    (DISEASE, "Homeopathic Remedies", "<details><summary>Is it safe for kids with ADHD?</summary>"
     "<p>Ask your pediatrician first; it is not a treatment for ADHD.</p></details>", []),
])
def test_reports_the_exact_sentence(engine: ContentEngine, rule: str, title: str, body: str,
                                    expected: list[str]) -> None:
    assert _reported(engine, rule, title, body) == expected
