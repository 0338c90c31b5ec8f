"""Golden tests of absolutes, guarantees, superlatives, cure and research claims in the forms
copy takes without the usual wordings (issue 13, class 6, 5 and cure): a condition told as
ended outright, a result word with no exception, a permanent result, a promise with something
given free, "never fails", a count of trials or labs behind what is sold, proof called
scientific, experts in the plural as the proof, evidence that "stands behind", a product called
a miracle, "number one" with what is sold, a self-rated "best", and superlatives said of approved
care by no seller. Each: the exact sentence and the rule, and a near sentence that must not fire.
Sentences are written for these tests, not taken from a corpus file."""

from __future__ import annotations

from click.testing import CliRunner

from checker.cli.main import cli
from tests.content.conftest import assert_fires_as_labelled, golden_sentences

CASES = [
    # no-unqualified-cure-claims: a condition told as ended outright, or ended for good
    # (the verb's past written out: "stopped", not "stoped")
    ("no-unqualified-cure-claims", True, "shop",
     "After two weeks of the tea my heartburn stopped completely."),
    ("no-unqualified-cure-claims", True, "shop",
     "Her hot flashes totally vanished on the capsules."),
    ("no-unqualified-cure-claims", True, "iv", "The cravings stopped for good after one drip."),
    ("no-unqualified-cure-claims", False, "shop",
     "Stop taking the capsules completely if you get a rash."),
    ("no-unqualified-cure-claims", False, "shop",
     "Her hot flashes have not totally vanished, but they are milder."),
    ("no-unqualified-cure-claims", False, "iv",
     "The cravings have not stopped for good, so we keep checking in."),
    # a condition said never to return
    ("no-unqualified-cure-claims", True, "shop", "The migraines never come back."),
    ("no-unqualified-cure-claims", False, "shop",
     "The migraines may come back, so keep the diary going."),
    # no-guaranteed-results
    ("no-guaranteed-results", True, "iv", "Results that last for life."),
    ("no-guaranteed-results", False, "iv", "Drip results do not last forever."),
    ("no-guaranteed-results", True, "shop", "The only joint formula you will ever need."),
    ("no-guaranteed-results", True, "pt",
     "With our program you will never need knee surgery again."),
    ("no-guaranteed-results", False, "pt", "Some people need more therapy sessions later on."),
    ("no-guaranteed-results", True, "shop", "Calmer sleep and sharper focus, every time."),
    ("no-guaranteed-results", False, "iv",
     "Your results are reviewed by a nurse every time you visit."),
    ("no-guaranteed-results", True, "shop", "Our capsules work for anyone, whatever their age."),
    ("no-guaranteed-results", False, "shop", "Our online form works for anyone with a phone."),
    ("no-guaranteed-results", True, "iv", "Unlike other drips, ours never fails."),
    ("no-guaranteed-results", False, "iv", "Our front desk never fails to call back."),
    ("no-guaranteed-results", True, "iv", "Permanent results after a single course of drips."),
    ("no-guaranteed-results", False, "iv", "No drip gives permanent results."),
    ("no-guaranteed-results", True, "glp1",
     "The pounds stay off for good once you finish the plan."),
    ("no-guaranteed-results", False, "glp1",
     "Keeping the pounds off for good takes lasting changes in diet and activity."),
    ("no-guaranteed-results", True, "shop",
     "You'll sleep through the night within a week, or your next bottle is free."),
    ("no-guaranteed-results", False, "shop",
     "You'll get a reminder before each refill, or you can turn reminders off."),
    ("no-guaranteed-results", True, "iv", "Visible change after one session, guaranteed."),
    ("no-guaranteed-results", False, "iv", "Visible pricing on every service, guaranteed."),
    ("no-guaranteed-results", False, "iv",
     "Every patient gets a written care plan after the first visit."),
    ("no-guaranteed-results", True, "iv",
     "Every client who finishes the course sees their energy come back."),
    ("no-guaranteed-results", False, "iv", "Every patient feels welcome at the front desk."),
    # research-claims-cited
    ("research-claims-cited", True, "shop", "Scientific proof in every capsule."),
    ("research-claims-cited", False, "shop",
     "There is no scientific proof that these capsules help."),
    ("research-claims-cited", True, "shop", "Tested in over 1,500 clinical trials."),
    ("research-claims-cited", False, "shop",
     "New medicines are tested in clinical trials before approval."),
    ("research-claims-cited", True, "shop",
     "The benefits of our capsules were confirmed by doctors."),
    ("research-claims-cited", False, "shop",
     "The diagnosis is confirmed by a doctor before any treatment starts."),
    ("research-claims-cited", True, "shop", "Thirty years of research stand behind our formula."),
    ("research-claims-cited", False, "shop",
     "We stand behind our formula with a 30-day return policy."),
    ("research-claims-cited", True, "shop", "Proven safe and effective for the whole family."),
    ("research-claims-cited", False, "shop",
     "Vaccines are proven safe and effective in large trials before they are licensed."),
    # no-superlative-claims
    ("no-superlative-claims", True, "shop", "Nothing works faster."),
    ("no-superlative-claims", False, "shop",
     "Nothing works overnight, so give each step a few weeks."),
    ("no-superlative-claims", True, "shop", "A miracle tonic for tired joints."),
    ("no-superlative-claims", False, "shop", "There is no miracle tonic for tired joints."),
    ("no-superlative-claims", True, "shop", "The number one drink for sore knees."),
    ("no-superlative-claims", False, "pt",
     "Knee injuries are the number one reason runners miss races."),
    ("no-superlative-claims", True, "shop", "Rated the best joint formula by our customers."),
    ("no-superlative-claims", False, "shop",
     "Voted best supplement store by Riverside Weekly readers."),
    # a superlative said of approved care by no seller is patient information; said of the
    # clinic's own care it fires
    ("no-superlative-claims", False, "pt",
     "Physical therapy is one of the most effective treatments for knee arthritis."),
    ("no-superlative-claims", True, "pt",
     "Our physical therapy team is the most effective option in the region."),
    ("no-superlative-claims", True, "shop",
     "Pharmacists agree: nothing soothes a sore throat like our honey lozenge."),
    # round 3 (own probes): weight never regained, a guarantee with four words before its
    # object, "never fails to" with an outcome, guaranteed to boost, "100% improvement"
    ("no-guaranteed-results", True, "glp1", "Our clients never regain the weight."),
    ("no-guaranteed-results", False, "glp1",
     "Some people regain weight after they stop the medicine."),
    ("no-guaranteed-results", True, "shop", "We guarantee you will love your results."),
    ("no-guaranteed-results", False, "shop", "We cannot guarantee you will love your results."),
    ("no-guaranteed-results", True, "shop", "Our balm never fails to ease a tension headache."),
    ("no-guaranteed-results", True, "shop", "Guaranteed to boost your energy."),
    ("no-guaranteed-results", False, "shop", "Guaranteed to protect your privacy."),
    ("no-guaranteed-results", True, "iv", "Our clients see 100% improvement."),
    ("no-guaranteed-results", False, "iv", "100% of our staff are trained in CPR."),
    ("no-guaranteed-results", False, "shop",
     "Claims that a product works for everyone are a red flag."),
    ("no-unqualified-cure-claims", True, "shop", "Your back pain will be a distant memory."),
    # (stop 28) a condition ended with no cure verb: waved goodbye, no more ever, a patient
    # finally free of it or who no longer has it; the near sentences are service, dosing,
    # prognosis and advice
    ("no-unqualified-cure-claims", True, "shop", "Kiss your acid reflux goodbye."),
    ("no-unqualified-cure-claims", False, "shop", "Kiss your diabetes meds goodbye."),
    ("no-unqualified-cure-claims", False, "pt", "Say goodbye to long waits: book online."),
    ("no-unqualified-cure-claims", True, "shop", "No more migraines, ever."),
    ("no-unqualified-cure-claims", False, "pt", "No more than two doses in 24 hours, ever."),
    ("no-unqualified-cure-claims", True, "shop",
     "I am finally free of the eczema I had for twenty years."),
    ("no-unqualified-cure-claims", False, "pt",
     "Most people are completely free of pain within two weeks of a hernia repair."),
    ("no-unqualified-cure-claims", True, "shop",
     "Six months on the formula and my doctor says I no longer have diabetes."),
    ("no-unqualified-cure-claims", False, "pt",
     "If you no longer have symptoms, keep taking the antibiotics until the pack is finished."),
    # (stop 28) patient information that uses cure words: approved care that cures, by no
    # seller or patient; a public health authority's word; the natural course; a population's
    # prognosis. Each near sentence is the seller's or the patient's own.
    ("no-unqualified-cure-claims", False, "pt",
     "Scabies is cured with permethrin cream applied from the neck down."),
    ("no-unqualified-cure-claims", True, "pt",
     "Neurofeedback cures ADHD so children can stop taking stimulant medications."),
    ("no-unqualified-cure-claims", True, "pt", "EMDR cured my PTSD in eight sessions."),
    ("no-unqualified-cure-claims", False, "pt",
     "Pelvic floor exercises cure stress incontinence in many women, the NHS says."),
    ("no-unqualified-cure-claims", True, "pt",
     "Our pelvic floor trainer cures stress incontinence in many women, the NHS says."),
    ("no-unqualified-cure-claims", False, "pt",
     "Tennis elbow usually resolves for good within a year, with or without treatment."),
    ("no-unqualified-cure-claims", True, "pt",
     "Our shockwave sessions resolve tennis elbow for good, with or without treatment."),
    ("no-unqualified-cure-claims", False, "pt",
     "Most skin cancers are cured when they are found and removed early."),
    ("no-unqualified-cure-claims", True, "shop", "Most skin cancers are cured by our black salve."),
    # the repositioning maneuver of the BPPV guideline is care; set against ours, it is the foil
    ("no-unqualified-cure-claims", False, "pt",
     "The Epley maneuver cures most cases of BPPV in one or two visits."),
    ("no-unqualified-cure-claims", True, "pt",
     "Our laser cures vertigo where the Epley maneuver fails."),
    # (stop 29) a cure rate held by a cancer or an infection is its prognosis; held by the
    # clinic or by a product it is a claim
    ("no-unqualified-cure-claims", False, "pt",
     "Thyroid cancer has one of the highest cure rates of any cancer."),
    ("no-unqualified-cure-claims", False, "pt",
     "Cure rates for early melanoma are above 95 percent."),
    ("no-unqualified-cure-claims", True, "pt", "Our clinic has the highest cure rates in Texas."),
    ("no-unqualified-cure-claims", True, "Regenerative Medicine",
     "PRP has a 90% cure rate for tendinitis."),
    # (stop 29) a condition a parent tells their child no longer has; not a population's
    ("no-unqualified-cure-claims", True, "Hyperbaric Oxygen Therapy",
     "After 40 dives my son no longer has autism."),
    ("no-unqualified-cure-claims", False, "pt",
     "Many children no longer have asthma symptoms as they grow older."),
    # (stop 29) "promised" as a tag, "guaranteed" before the look it promises, an outcome
    # sure to come or a failure ruled out, confidence signed in writing, a promise kept in a
    # story; the near sentences promise a service or a price, or deny the promise
    ("no-guaranteed-results", True, "glp1", "Drop two dress sizes in eight weeks, promised."),
    ("no-guaranteed-results", False, "glp1", "Delivery in two days, promised."),
    ("no-guaranteed-results", True, "shop", "Guaranteed smooth, tight skin after one visit"),
    ("no-guaranteed-results", False, "shop", "Guaranteed clear pricing, with no hidden fees."),
    ("no-guaranteed-results", True, "pt",
     "Our shockwave therapy is certain to restore your performance."),
    ("no-guaranteed-results", False, "pt",
     "Your therapist is sure to ask about your goals at the first visit."),
    ("no-guaranteed-results", True, "iv", "There is no chance the drip won't work."),
    ("no-guaranteed-results", False, "pt",
     "There's no way a single visit will fix years of back pain, so we plan together."),
    ("no-guaranteed-results", True, "glp1",
     "We are so sure you will lose weight that we put it in writing."),
    ("no-guaranteed-results", False, "shop",
     "We are so sure you will love our new studio that we made it our lobby's theme."),
    ("no-guaranteed-results", True, "shop",
     "They promised my hair would grow back and it did, exactly as they said."),
    ("no-guaranteed-results", False, "pt",
     "The nurse promised she would call me back with my results, and she did."),
    # (stop 28) guarantees by a lone tag, weight kept off for life, an outcome called
    # certain; care called harmless; the ultimate remedy and care unlike any other
    ("no-guaranteed-results", True, "glp1", "Lose 20 pounds in 8 weeks. Guaranteed."),
    ("no-guaranteed-results", False, "pt", "Use a condom. Every time."),
    ("no-guaranteed-results", True, "glp1", "Lose the weight and keep it off for life."),
    ("no-guaranteed-results", False, "glp1",
     "The goal is to lose weight and keep it off for good."),
    ("no-guaranteed-results", True, "iv",
     "Relief from depression is certain after the first infusion."),
    ("no-guaranteed-results", False, "pt",
     "Recovery is certain to take several weeks, so plan time off work."),
    ("no-risk-minimization", True, "iv",
     "IV vitamins are harmless; your body simply flushes out what it doesn't need."),
    ("no-risk-minimization", False, "pt",
     "The rash looks worrying, but it is harmless and fades in a week."),
    ("no-superlative-claims", False, "pt",
     "The best time to get a flu shot in the US is September or October."),
    ("no-superlative-claims", True, "iv",
     "Our IV drip is the best way to beat a hangover in the US."),
    ("no-superlative-claims", True, "shop", "The ultimate anti-aging breakthrough."),
    ("no-superlative-claims", False, "pt",
     "The ultimate goal of treatment is to remove the cancer."),
    ("no-superlative-claims", True, "iv",
     "Unlike any other depression treatment, ours works in hours."),
    ("no-superlative-claims", False, "pt",
     "Every person's cancer is unlike any other, so your plan is your own."),
    ("no-unqualified-cure-claims", False, "pt",
     "Back pain is common and usually improves within a few weeks."),
    ("no-superlative-claims", True, "shop", "America's favorite memory supplement."),
    ("no-superlative-claims", False, "pt",
     "Heart disease is the nation's leading cause of death."),
    ("no-superlative-claims", True, "shop", "The most trusted name in hormone support."),
    ("research-claims-cited", True, "shop",
     "Stanford researchers found that our serum firms skin."),
    ("research-claims-cited", False, "pt",
     "Researchers found that walking lowers blood pressure."),
    # near sentences of round 3's patterns that are patient information or service
    ("no-guaranteed-results", False, "pt",
     "Many people never need surgery again after physical therapy."),
    ("no-guaranteed-results", False, "pt",
     "The only medicine you will ever need to carry is your rescue inhaler."),
    ("no-guaranteed-results", False, "iv", "Guaranteed to ease your mind: we explain every step."),
    ("no-unqualified-cure-claims", False, "pt",
     "Side effects totally vanished for most patients after the first month."),
    ("no-unqualified-cure-claims", False, "pt",
     "Symptoms stopped completely in about half of the people in the trial."),
    ("research-claims-cited", False, "pt", "The guideline is based on more than 200 studies."),
    ("research-claims-cited", False, "pt",
     "The diagnosis was confirmed by doctors at the children's hospital."),
    ("research-claims-cited", False, "shop",
     "Iron supplements treat iron-deficiency anemia when a doctor confirms it with a blood test."),
    ("research-claims-cited", True, "shop", "Doctors confirm it: our formula doubles your energy."),
    ("research-claims-cited", False, "shop",
     "Clinical proof of benefit is still lacking for most supplements."),
    ("research-claims-cited", False, "pt",
     "Researchers found that our region has high rates of diabetes."),
    ("no-superlative-claims", False, "pt",
     "The clinic was named best place to work by our staff."),
    ("no-superlative-claims", False, "pt", "She was chosen as the best candidate for the trial."),
]


@golden_sentences(CASES)
def test_absolute_sentence(engine, rule, fires, title, sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def test_rules_show_names_what_clears_a_cure_in_patient_information() -> None:
    out = CliRunner().invoke(cli, ["rules", "show", "no-unqualified-cure-claims"]).output
    assert "authority-reported: the sentence is told as a public health authority's word" in out
    assert "Not a claim when said of approved care" in out
