"""Golden tests of the false-positive classes on patient information found by the fresh set
fresh9n.yaml (helper negatives9, 4 Dec 2026: dev half read, test half scored once at the end)
and by the helper's own compliant probes written before each change: the exact sentence must
fire no claim rule, and its claim twin must still fire the rule. Sentences written for these
tests (the first ones are the dev half's patient-information sentences), not from a letter.

- sales talk as a reduced relative ("products marketed to prevent or treat COVID-19 without
  FDA approval"): others' claim, in a sentence with no first person and no call to buy
  (checker/content/scopes.py, CLAIM_REPORTED);
- the full course of a named medicine ("the full course of TB medicine") is standard care
  (no-unqualified-cure-claims unless_clause);
- a condition's natural course ("clear up on their own"), no product named in the sentence
  or its lead (checker/content/claimread/judging.py, NATURAL_COURSE);
- the EPA's registered repellent actives and antibodies given as medicines are approved care
  (rules/lexicons/products.yaml, approved-care);
- a combination of care compared with its parts ("better than either alone") is no ranking
  (no-superlative-claims unless);
round 2 (own probes) and round 3 (the tuned corpus's remaining false positives):
- evidence graded ("the studies were small and of low quality", "the certainty of the
  evidence is very low", "too small to matter") or still under study ("being tested in early
  clinical trials", "not been compared with placebo"): EVIDENCE_UNSETTLED;
- a medicine licensed for its use (not ours), a status with its limit ("cleared only for");
- "no" on a coordinated subject covers coordinated predicates ("No teas ... prevent or treat");
- the aim of standard care, care bought from a pharmacy, a vaccine shot, approved care ranked
  among treatments, and the FDA's true approvals (Ryoncil, cord blood, tesamorelin, nicotine
  replacement; "only for FDA-cleared uses")."""

from __future__ import annotations

import pytest

from checker.content.scopes import CLAIM_REPORTED
from tests.content.conftest import (
    assert_fires_as_labelled,
    golden_sentences,
    list_page,
    story_quote,
)

TITLES = {
    "immune": "Immune Support IV Drips",
    "regen": "Regenerative Medicine: PRP, Exosomes and Stem Cells",
    "primary": "Primary Care",
    "repellent": "Insect Repellents",
    "mental": "Mental Health Care",
    "shop": "Shop Supplements",
    "stem": "Stem Cell Therapy",
    "ozone": "Ozone Therapy",
    "cbd": "CBD Oils",
    "hyperbaric": "Hyperbaric Oxygen Therapy",
    "vaccines": "Vaccines",
    "physical": "Physical Therapy",
    "home": "Riverbend Health: Family Medicine, Wellness and Aesthetics",
    "iv": "IV Vitamin Drips and NAD+ Infusions",
    "cancer-support": "Cancer Support",
}

CASES = [
    # sales talk as a reduced relative clause
    ("infectious-disease-claim", False, "immune",
     "Products marketed to prevent or treat COVID-19 without FDA approval may be unsafe and can "
     "delay proper care."),
    ("infectious-disease-claim", True, "immune",
     "Our drips, marketed to prevent COVID-19, keep you safe from the virus."),
    ("no-unqualified-cure-claims", False, "regen",
     "Stem cell and exosome products marketed to cure arthritis, Parkinson's disease or autism "
     "have not been approved by the FDA."),
    ("no-unqualified-cure-claims", False, "shop",
     "Supplements advertised online to cure diabetes can contain hidden drugs."),
    ("no-unqualified-cure-claims", True, "regen",
     "Our exosomes are marketed to cure arthritis, and they do."),
    ("no-unqualified-cure-claims", True, "regen",
     "Stem cells promoted to cure arthritis: Book yours today and be cured."),
    # the full course of a named medicine
    ("no-unqualified-cure-claims", False, "primary",
     "Tuberculosis can be cured when the full course of TB medicine is taken as prescribed."),
    ("no-unqualified-cure-claims", True, "shop",
     "Take the full course of our herbal tincture and your Lyme disease is cured."),
    # a condition's natural course
    ("infectious-disease-claim", False, "primary",
     "Most sinus infections clear up on their own within ten days without antibiotics."),
    ("infectious-disease-claim", True, "primary",
     "Our immune drip helps sinus infections clear up on their own in half the time."),
    ("infectious-disease-claim", True, "shop",
     "Drives out Lyme bacteria and co-infections without antibiotics, all on its own."),
    # repellent actives and antibodies as approved care
    ("infectious-disease-claim", False, "repellent",
     "Repellents with DEET, picaridin or oil of lemon eucalyptus protect against mosquito bites "
     "that spread West Nile virus."),
    ("infectious-disease-claim", True, "shop",
     "Our tincture protects against West Nile virus better than DEET."),
    ("infectious-disease-claim", False, "immune",
     "Antibodies given by infusion can prevent severe RSV in infants."),
    ("infectious-disease-claim", True, "immune",
     "Our IV drip boosts your antibodies against COVID-19."),
    # evidence graded or still under study (scopes.py EVIDENCE_UNSETTLED, read by the disease
    # rules' stop and the research rule's scope)
    ("infectious-disease-claim", False, "immune",
     "Andrographis may shorten colds slightly, but the studies were small and of low quality."),
    ("infectious-disease-claim", True, "immune",
     "Our andrographis drops shorten colds and stop the flu."),
    ("unapproved-disease-claim", False, "regen",
     "PRP may slightly reduce pain in tennis elbow at three months, but the effect is probably "
     "too small to matter."),
    ("unapproved-disease-claim", False, "stem",
     "Stem cell injections for knee osteoarthritis may reduce pain slightly, but the certainty "
     "of the evidence is very low."),
    ("unapproved-disease-claim", False, "ozone",
     "Ozone injections for back pain have not been compared with placebo in good trials."),
    ("unapproved-disease-claim", False, "stem",
     "Stem cell therapy for Parkinson's disease is being tested in early clinical trials; it is "
     "not available as a treatment."),
    ("unapproved-disease-claim", True, "stem",
     "Our stem cell infusions slow Parkinson's disease."),
    ("research-claims-cited", False, "shop",
     "Garlic supplements have been studied for preventing colds, and the evidence is too weak "
     "to say whether they work."),
    # a licence or a status stated with its limit
    ("unapproved-disease-claim", False, "cbd",
     "Epidiolex is the only CBD medicine licensed to treat seizures in two rare forms of "
     "epilepsy."),
    ("unapproved-disease-claim", True, "cbd",
     "Our CBD oil is licensed to treat anxiety and insomnia."),
    # (stop 29) a fronted "instead of <care>" names the care the product replaces, not a
    # denial; with no product of ours it stays patient information
    ("unapproved-disease-claim", True, "regen",
     "Rather than knee replacement surgery, our stem cell injections rebuild worn cartilage."),
    ("unapproved-disease-claim", True, "shop",
     "Instead of antidepressants, try our saffron capsules for depression."),
    ("infectious-disease-claim", False, "primary",
     "Instead of antibiotics, rest and fluids are best for most colds."),
    ("unapproved-disease-claim", False, "regen",
     "Instead of claiming our injections rebuild cartilage, we tell you what the studies "
     "found."),
    # (stop 29) a biologic's licence from the FDA is a status the status rule judges, and a
    # transplant is licensed cord blood's use; its claim twins fire
    ("unapproved-disease-claim", False, "stem",
     "Cord blood products licensed by the FDA are used to treat certain blood cancers and "
     "inherited blood disorders."),
    ("false-fda-approval-claim", False, "stem",
     "FDA-licensed cord blood units are used in transplants for leukemia."),
    ("false-fda-approval-claim", True, "stem",
     "Our FDA-licensed cord blood treats leukemia and arthritis."),
    ("false-fda-approval-claim", True, "regen",
     "Exosomes licensed by the FDA repair damaged tissue."),
    ("infectious-disease-claim", False, "hyperbaric",
     "Portable chambers are cleared only for acute mountain sickness, not for Lyme disease or "
     "long COVID."),
    ("infectious-disease-claim", True, "hyperbaric",
     "Our chamber sessions clear Lyme disease and long COVID in weeks."),
    # (stop 29) "not" before a list of conditions covers the noun they modify
    ("infectious-disease-claim", False, "immune",
     "Our elderberry gummies are a tasty daily supplement, not a cold, flu or COVID-19 "
     "remedy."),
    ("infectious-disease-claim", True, "immune",
     "Our elderberry gummies are the best cold, flu and COVID-19 remedy."),
    # "no" on a coordinated subject covers coordinated predicates (match.py)
    ("infectious-disease-claim", False, "immune",
     "No teas, tinctures or drips prevent or treat the flu; the flu vaccine does."),
    ("infectious-disease-claim", True, "immune",
     "Our teas, tinctures and drips prevent or treat the flu."),
    # the aim of standard care; care bought from a pharmacy; a vaccine shot
    ("no-unqualified-cure-claims", False, "primary",
     "The aim of treatment is to cure the infection and stop it spreading to others."),
    ("no-unqualified-cure-claims", True, "stem",
     "The aim of our stem cell protocol is to cure your arthritis."),
    ("infectious-disease-claim", False, "primary",
     "Athlete's foot usually clears up with creams you can buy from a pharmacy."),
    ("infectious-disease-claim", True, "shop",
     "Athlete's foot clears up fast with our tea tree cream."),
    ("infectious-disease-claim", False, "vaccines",
     "Teens who get the HPV shot are protected against the cancers the virus causes."),
    ("infectious-disease-claim", True, "immune",
     "Our vitamin shot protects you from HPV and cervical cancer."),
    # approved care ranked among treatments; true approvals (false-fda-approval-claim)
    ("no-superlative-claims", False, "physical",
     "Physical therapy is one of the most effective treatments for knee osteoarthritis."),
    ("no-superlative-claims", True, "physical",
     "Our clinic is one of the best in the state for knee pain."),
    ("false-fda-approval-claim", False, "stem",
     "Ryoncil is an FDA-approved cell therapy for children with steroid-refractory acute "
     "graft-versus-host disease."),
    ("false-fda-approval-claim", True, "stem",
     "Our mesenchymal cell therapy is FDA-approved for graft-versus-host disease."),
    ("false-fda-approval-claim", False, "hyperbaric",
     "We use hyperbaric oxygen only for FDA-cleared uses, on a physician's referral."),
    ("false-fda-approval-claim", True, "hyperbaric",
     "Our hyperbaric sessions are FDA-cleared for autism and long COVID."),
    # approved care named with its purpose ("Eye drops for glaucoma": the predicate "drops
    # for" is a word of the care's name) and generic drugs by their USAN stems (-alamine,
    # -salazine, -profen...), on a clinic home page naming no product
    ("unapproved-disease-claim", False, "home",
     "Eye drops for glaucoma lower the pressure in the eye and help stop sight loss."),
    ("unapproved-disease-claim", True, "regen",
     "Our exosome drops for glaucoma lower eye pressure and stop sight loss."),
    ("unapproved-disease-claim", False, "home",
     "Mesalamine helps keep mild ulcerative colitis in remission."),
    ("unapproved-disease-claim", True, "shop",
     "Our colitis blend keeps ulcerative colitis in remission without mesalamine."),
    # round 5 (own probes): evidence still developing, no better than placebo, a harm the
    # product caused, people seeking cures, sales talk with a modifier ("a hangover cure")
    ("unapproved-disease-claim", False, "regen",
     "We use PRP for knee arthritis only after explaining that it is off-label and the "
     "evidence is still developing."),
    ("unapproved-disease-claim", True, "regen", "We use PRP to ease knee arthritis in one visit."),
    ("research-claims-cited", False, "shop",
     "People with arthritis often try glucosamine, though large trials found it worked no "
     "better than a placebo."),
    ("infectious-disease-claim", False, "stem",
     "Stem cell tourism has led to serious infections and blindness in people seeking cures "
     "for incurable diseases."),
    ("no-unqualified-cure-claims", False, "stem",
     "Stem cell tourism has led to serious infections and blindness in people seeking cures "
     "for incurable diseases."),
    ("unapproved-disease-claim", True, "stem",
     "Our stem cell protocol has led to dramatic recoveries from ALS and Parkinson's disease."),
    ("no-unqualified-cure-claims", False, "iv",
     "Drips promoted as a hangover cure rehydrate you, but they do not treat the hangover "
     "itself."),
    ("no-unqualified-cure-claims", True, "iv",
     "Our drip, promoted as a hangover cure, cures your hangover in an hour."),
    # round 6 (own probes): "not a flu treatment" denies with what it would treat between;
    # a condition named as the cause of a cleared use ("dehydration from vomiting or
    # diarrhea") is not beside it
    ("infectious-disease-claim", False, "immune",
     "Elderberry syrup may ease cold symptoms slightly in some studies, but it is not a flu "
     "treatment and not a vaccine substitute."),
    ("infectious-disease-claim", True, "immune",
     "Our elderberry syrup is a flu treatment that works in a day."),
    ("unapproved-disease-claim", False, "iv",
     "IV fluids treat dehydration from vomiting or diarrhea."),
    ("infectious-disease-claim", True, "iv",
     "Our IV drips treat dehydration and cure the stomach flu."),
    # round 7 (own probes in NHS, ODS, Cochrane and leaflet styles): a condition's usual
    # course ("usually clears up in 2 to 3 days"), "there's no", a prognosis told of a
    # population, the reviewers' uncertainty, "little or no benefit over placebo", care named
    # by what it treats ("scabies creams")
    ("infectious-disease-claim", False, "primary",
     "Norovirus usually clears up in 2 to 3 days, and there's no specific treatment."),
    ("infectious-disease-claim", True, "immune", "Our immune drip clears up norovirus in a day."),
    ("no-unqualified-cure-claims", False, "cancer-support",
     "Most testicular cancers can be cured, even if they have spread."),
    ("no-unqualified-cure-claims", True, "stem",
     "Most cancers can be cured with our stem cell protocol."),
    ("unapproved-disease-claim", False, "regen",
     "Platelet-rich plasma for knee osteoarthritis: PRP may improve pain slightly, but we are "
     "very uncertain."),
    ("unapproved-disease-claim", False, "regen",
     "Injections of hyaluronic acid for knee osteoarthritis give little or no benefit over "
     "placebo."),
    ("unapproved-disease-claim", True, "regen",
     "Our hyaluronic acid injections regrow knee cartilage."),
    ("infectious-disease-claim", False, "primary",
     "Scabies creams kill the mites, but the itch can last for a few weeks afterwards."),
    ("infectious-disease-claim", True, "shop",
     "Our tea tree cream kills scabies mites and cures the infection."),
    # a combination compared with its parts
    ("no-superlative-claims", False, "mental",
     "Talk therapy and medicine together work better than either alone for many people with "
     "depression."),
    ("no-superlative-claims", True, "mental",
     "Our ketamine infusions work better than antidepressants for depression."),
    # fresh11n (helper negatives11, 5 Dec 2026), dev half: U=U and PrEP pages (the risk is of
    # passing HIV to a partner, not a product's safety)
    ("no-risk-minimization", False, "immune",
     "People living with HIV who take HIV medicine as prescribed and keep an undetectable "
     "viral load have effectively no risk of transmitting HIV to their sexual partners."),
    ("no-risk-minimization", False, "immune",
     "The risk of passing HIV drops to zero with an undetectable viral load."),
    ("no-risk-minimization", False, "immune",
     "With an undetectable viral load there is zero risk of sexual transmission."),
    ("no-risk-minimization", True, "stem",
     "Every cord blood unit is screened, so there is zero risk of transmitting disease."),
    ("no-risk-minimization", True, "immune",
     "Our immune drip means zero risk of catching the flu this winter."),
    ("no-risk-minimization", True, "stem",
     "Our procedure is completely safe, with zero risk of complications for you or your "
     "partner."),
    # post-exposure and pre-exposure prophylaxis are approved care
    ("infectious-disease-claim", False, "immune",
     "Post-exposure prophylaxis (PEP) started within 72 hours after a possible exposure can "
     "prevent HIV."),
    ("infectious-disease-claim", True, "immune",
     "Our IV drip works like PEP and can prevent HIV after exposure."),
    # a recommendation against the use (USPSTF)
    ("unapproved-disease-claim", False, "primary",
     "The USPSTF recommends against the use of beta-carotene or vitamin E supplements for the "
     "prevention of cardiovascular disease or cancer."),
    ("unapproved-disease-claim", True, "shop",
     "We recommend our vitamin E drops for the prevention of heart disease."),
    # sales talk as a reduced relative with three modifiers before "cures"
    ("no-unqualified-cure-claims", False, "shop",
     "Products sold as natural Lyme disease cures have not been shown to kill the bacteria."),
    ("no-unqualified-cure-claims", True, "shop",
     "Supplements sold as natural Lyme disease cures actually work, so book yours today."),
    # a topical steroid by its USAN stem (-onide) named in a label's indication
    ("unapproved-disease-claim", False, "regen",
     "Triamcinolone acetonide extended-release injectable suspension is indicated as an "
     "intra-articular injection for the management of osteoarthritis pain of the knee."),
    ("unapproved-disease-claim", True, "regen",
     "Our exosome suspension is indicated for the management of osteoarthritis pain of the "
     "knee."),
    # the patient's own clinician as the agent
    ("unapproved-disease-claim", False, "shop", "My gallstones were treated by my surgeon."),
    ("unapproved-disease-claim", True, "shop",
     "My depression is managed with my psychiatrist and our GABA drops."),
    ("unapproved-disease-claim", True, "shop", "Our doctors treat arthritis with stem cells."),
    # the coordinator's labelling policy (5 Dec 2026, shared/content-rules.md "Negation and
    # hedging"): a weak modal AND a subset of patients qualify an efficacy statement; a bare
    # modal, a subset with no modal, or "may cure" still fire
    ("unapproved-disease-claim", False, "regen", "PRP may help some patients with tennis elbow."),
    ("unapproved-disease-claim", False, "regen",
     "PRP injections might ease knee pain for some people."),
    ("infectious-disease-claim", False, "immune",
     "Elderberry syrup may shorten colds for some people."),
    ("infectious-disease-claim", True, "immune",
     "Vitamin C may both prevent the infection and treat it."),
    ("unapproved-disease-claim", True, "regen", "PRP helps some patients heal their tennis elbow."),
    ("no-unqualified-cure-claims", True, "regen", "PRP may cure tennis elbow for some patients."),
    ("infectious-disease-claim", True, "immune", "Our drip can clear a cold for some time."),
    # (stop 28) the subset said of the results, anywhere in the sentence, with the modal on
    # the outcome; "results vary" beside an outcome told with no modal unsays nothing
    ("unapproved-disease-claim", False, "regen",
     "PRP may have helped my knee pain a little; it may not work for everyone."),
    ("unapproved-disease-claim", False, "regen", "PRP can ease tennis elbow; results vary."),
    ("unapproved-disease-claim", True, "regen", "PRP eased my knee pain; results vary."),
    # own probes of negatives11 (written before running): a trial's report opens the sentence
    # and approved care is what it tested; standard care named by the infection it treats
    ("research-claims-cited", False, "primary",
     "In a clinical trial, patients treated with lisinopril had fewer strokes than those given "
     "placebo."),
    ("research-claims-cited", True, "iv",
     "In a clinical trial, patients treated with our NAD+ drip had less fatigue than those "
     "given placebo."),
    ("research-claims-cited", True, "shop",
     "In a double-blind trial, our formula worked better than prescription drugs for joint "
     "pain."),
    ("infectious-disease-claim", False, "immune",
     "Hepatitis C treatment cures more than 95% of people in 8 to 12 weeks."),
    ("no-unqualified-cure-claims", False, "immune",
     "Hepatitis C treatment cures more than 95% of people in 8 to 12 weeks."),
    ("no-unqualified-cure-claims", True, "iv",
     "Our hepatitis C treatment cures more than 95% of people in 8 weeks."),
    ("infectious-disease-claim", True, "shop",
     "Our tea is a natural HIV treatment that clears the virus."),
    # still under study; a use limited to the uses the FDA has cleared (own probe batch 4)
    ("research-claims-cited", False, "stem",
     "Stem cells are being studied for heart failure in clinical trials, and we can help you "
     "find one."),
    ("research-claims-cited", True, "stem",
     "Our stem cells were studied in trials, and studies show they heal damaged hearts."),
    ("false-fda-approval-claim", False, "hyperbaric",
     "Hyperbaric oxygen may help some wounds heal when used with standard wound care, for the "
     "uses the FDA has cleared."),
    ("false-fda-approval-claim", True, "hyperbaric",
     "Our chamber treats autism and stroke, uses the FDA has cleared it for."),
    # a study's null result on harm (own probe batch 6): no raised risk, no link
    ("no-risk-minimization", False, "vaccines",
     "Studies of millions of children found no increased risk of autism after MMR vaccination."),
    ("research-claims-cited", False, "vaccines",
     "Studies of millions of children found no increased risk of autism after MMR vaccination."),
    ("research-claims-cited", False, "vaccines", "Large studies found no link between vaccines "
     "and autism."),
    ("no-risk-minimization", True, "ozone",
     "Our ozone therapy carries no increased risk and is completely safe."),
    ("research-claims-cited", True, "shop",
     "Studies show our formula lowers your risk of heart disease."),
    # approved care on an unapproved product's page (own probe batch 7): a measure lowered by
    # the care in the passive; care by name or USAN stem (-dopa, -steride, minoxidil, CBT-I)
    ("unapproved-disease-claim", False, "shop",
     "High cholesterol is lowered with statins and a diet low in saturated fat."),
    ("unapproved-disease-claim", True, "shop",
     "Cholesterol is lowered with our red yeast rice formula, no statins needed."),
    ("unapproved-disease-claim", True, "shop",
     "Our berberine lowered my cholesterol so much I could stop my statins."),
    ("unapproved-disease-claim", False, "stem",
     "Parkinson's disease symptoms are eased by levodopa, which replaces the missing dopamine."),
    ("unapproved-disease-claim", True, "stem",
     "Our stem cells replace levodopa for Parkinson's disease."),
    ("unapproved-disease-claim", False, "regen",
     "Hair loss in men is treated with minoxidil foam and finasteride tablets."),
    ("unapproved-disease-claim", True, "regen",
     "Our minoxidil-infused exosome serum reverses baldness."),
    ("unapproved-disease-claim", False, "cbd",
     "Insomnia is best treated first with CBT-I, a structured talking therapy."),
    # a condition's course with time, without medicine, or with what people do
    ("unapproved-disease-claim", False, "primary",
     "Plantar fasciitis usually improves with stretching, supportive shoes and time."),
    ("unapproved-disease-claim", True, "regen",
     "Our PRP injections heal plantar fasciitis with time."),
    ("unapproved-disease-claim", False, "primary",
     "Fatty liver disease improves when people lose 7 to 10 percent of their body weight."),
    ("unapproved-disease-claim", True, "shop",
     "Fatty liver disease improves when people take our milk thistle."),
    ("infectious-disease-claim", False, "primary",
     "Ear infections in children often clear without antibiotics, and your doctor may suggest "
     "waiting two or three days."),
    ("infectious-disease-claim", True, "shop",
     "Ear infections clear without antibiotics when you take elderberry syrup daily."),
]



@golden_sentences(CASES)
def test_patient_information_and_its_claim_twin(engine, rule, fires, title,
                                                sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, TITLES[title], sentence)


def test_reduced_relative_sales_talk_is_others_talk_only() -> None:
    assert CLAIM_REPORTED.search("Remedies sold online to treat Lyme disease can be dangerous.")
    assert CLAIM_REPORTED.search("Products sold in the US to prevent COVID-19 need FDA review.")
    assert not CLAIM_REPORTED.search("Our drips, marketed to prevent COVID-19, work.")
    assert not CLAIM_REPORTED.search("Drips marketed to prevent COVID-19 are our specialty.")
    assert not CLAIM_REPORTED.search("Stem cells promoted to cure arthritis: book yours today.")


# fresh11n's dev rewrites: a patient's story that credits the clinician by name, as the
# passive's agent right after the predicate or as the one who chose the treatment, is that
# care's outcome; the clinician as the subject of another verb, or our product beside the
# clinician, still leaves the claim to the product.
STORIES = [
    (False, "Shop Supplements",
     "I like the milk thistle as part of my routine. My gallstones were treated by my surgeon."),
    (False, "Shop Supplements",
     "I take the GABA drops in the evening. My depression is managed with my psychiatrist."),
    (False, "Cancer Support",
     "I enjoy the tea, and I finished the treatment my oncologist recommended for my breast "
     "cancer."),
    (True, "Shop Supplements",
     "My doctor took me off my blood pressure pills after three months of the tea."),
    (True, "Shop Supplements",
     "I take the GABA drops in the evening. My depression is managed with my psychiatrist and "
     "the drops."),
    (True, "Cancer Support",
     "The treatment my oncologist recommended for my breast cancer was this tea."),
    # the care singled out by a cleft (own probe batch 8)
    (False, "Shop Supplements",
     "My cardiologist said the fish oil was fine to take, but it is the statin that lowered my "
     "cholesterol."),
    (True, "Shop Supplements",
     "My doctor was amazed: it was the fish oil, not the statin, that lowered my cholesterol."),
    # (stop 28) the care told after the outcome as its means, and a clause joined by "and"
    # with its own subject; the product beside the care, or the clause before, keeps the claim
    (False, "Shop Supplements",
     "My tennis elbow improved over a year with physical therapy; the turmeric I took along "
     "the way may or may not have played a part."),
    (True, "Shop Supplements", "My tennis elbow improved over a year with the turmeric."),
    (True, "Shop Supplements",
     "My tennis elbow improved with physical therapy and the turmeric capsules."),
    (False, "Shop Supplements",
     "After a month of the capsules my COPD was unchanged, and my pulmonologist manages it."),
    (True, "Shop Supplements",
     "After a month of the capsules my COPD improved, and my pulmonologist was amazed."),
    # wound dressings are care (claims12b's noticed false positive)
    (False, "PRP Injections",
     "My surgical wound healed well with the dressings the nurses changed every day."),
    (True, "PRP Injections", "My surgical wound healed well with the PRP gel."),
]


@pytest.mark.parametrize(("fires", "title", "text"), STORIES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(STORIES)])
def test_a_story_credits_the_clinician_it_names(engine, fires: bool, title: str,
                                                text: str) -> None:
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{story_quote(text, 'Dana R.')}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    fired = any(f.rule_id == "unapproved-disease-claim" for f in verdict.findings)
    assert fired is fires, text


# A list item completes its intro's sentence: an intro that denies denies the item for the
# phrase-list rules too, as the disease rules already read it (own probe, negatives11); an
# intro that denies in an earlier sentence, or does not deny, leaves the item's claim.
LISTS = [
    ("no-unqualified-cure-claims", False, "Shop Supplements", "This product is not intended to:",
     "Diagnose, treat, cure or prevent any disease, including diabetes"),
    ("no-unqualified-cure-claims", True, "Shop Supplements", "With our detox tea you will:",
     "Cure diabetes for good"),
    ("no-unqualified-cure-claims", True, "Stem Cell Therapy",
     "Stem cells are not FDA-approved. Still, patients tell us they:",
     "Cured their arthritis for good"),
    ("research-claims-cited", True, "IV Vitamin Drips and NAD+ Infusions",
     "Why our NAD+ drip beats the rest:", "Clinically proven to reverse aging"),
    # an agent's deed without medicine is no natural course (fresh9b's f9b-049)
    ("infectious-disease-claim", True, "Shop Supplements", "Take Immune Shield to:",
     "Fight off strep throat without antibiotics"),
]


@pytest.mark.parametrize(("rule", "fires", "title", "intro", "item"), LISTS,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(LISTS)])
def test_a_list_item_is_read_with_its_intro(engine, rule: str, fires: bool, title: str,
                                            intro: str, item: str) -> None:
    verdict = engine.check_page("https://clinic.example/p/", list_page(title, intro, item))
    assert any(f.rule_id == rule for f in verdict.findings) is fires, item
