"""Compliant probe sentences for the six phrase-list claim rules (helper phrases2, 4 Dec 2026,
written for this test, not from any corpus): hedged and cited research, negated guarantees,
qualified superlatives, risk statements, debunked cure claims, reported claims and FDA
consumer-update style text. None may fire a phrase-list rule, except the one uncited
"some research suggests" that names no uncertainty (bench/README.md, 'Scopes of the
phrase-list rules'). Batch 1 was written before the scope cues, batch 2 after the first fix."""

from __future__ import annotations

import pytest

from tests.content.conftest import rules_fired

PHRASE_RULES = {"no-unqualified-cure-claims", "no-guaranteed-results", "no-risk-minimization",
                "research-claims-cited", "no-superlative-claims", "compounded-sameness-claim"}
STILL_A_CLAIM = {"Some research suggests fish oil may lower triglycerides; talk to your doctor "
                 "before starting it."}

BATCH1 = [
    ("shop",
     'A 2021 randomized trial (Smith et al., JAMA) found that the supplement lowered blood '
     'pressure slightly in some adults.'),
    ("iv",
     'Some studies suggest NAD+ may support energy in older adults, but more research is '
     'needed.'),
    ("shop",
     'Small studies suggest magnesium may help some people sleep, but the evidence is limited.'),
    ("shop", 'Research on collagen for joint pain is mixed, and larger trials are needed.'),
    ("iv",
     'Early research suggests vitamin C infusions might reduce fatigue, though results so far '
     'are inconsistent.'),
    ("recovery",
     'A few small studies show that cold therapy can ease muscle soreness; other studies found'
     ' no effect.'),
    ("shop",
     'Evidence that turmeric helps arthritis comes from small, short trials, and it is not a '
     'substitute for your prescribed medicine.'),
    ("iv", 'Studies of IV hydration for hangovers are few, and none has shown a lasting benefit.'),
    ("shop",
     'Some research suggests fish oil may lower triglycerides; talk to your doctor before '
     'starting it.'),
    ("recovery",
     'Preliminary studies suggest red light therapy may help some skin conditions, but the '
     'findings have not been confirmed.'),
    ("shop",
     'One small study found that probiotics might shorten diarrhea in children; results in '
     'adults are unclear.'),
    ("glp1",
     'In clinical trials, adults taking semaglutide lost about 15 percent of their body weight'
     ' on average (Wilding et al., NEJM 2021).'),
    ("glp1", 'Results are not guaranteed, and weight loss varies from person to person.'),
    ("iv", 'We do not promise any particular result from an infusion.'),
    ("recovery", 'No treatment works for everyone, and your results may differ.'),
    ("glp1", 'Individual results vary; no outcome can be guaranteed.'),
    ("shop",
     'There is no money-back guarantee tied to results; returns are accepted for unopened '
     'bottles.'),
    ("iv", 'Nobody can guarantee that a drip will make you feel better.'),
    ("glp1",
     'Not every patient loses weight on this medicine, and some stop because of side effects.'),
    ("recovery", 'Results vary and are not permanent; most people need maintenance sessions.'),
    ("recovery", 'Physical therapy is one of the most common treatments for knee pain.'),
    ("glp1", 'Semaglutide is one of the most studied medicines for weight management.'),
    ("shop",
     'Vitamin D deficiency is one of the most common nutrient deficiencies in the United '
     'States.'),
    ("iv",
     'Dehydration is one of the most frequent reasons people feel tired after a long flight.'),
    ("recovery", 'Your therapist will help you choose the option that suits you best.'),
    ("glp1", 'Lifestyle change remains the most important part of any weight-loss plan.'),
    ("shop",
     'Folic acid is among the best-studied supplements in pregnancy, and doctors recommend it '
     'to prevent neural tube defects.'),
    ("recovery", 'Rest and ice are the most widely recommended first steps after a sprain.'),
    ("iv", 'Every procedure has risks, including infection, bruising and, rarely, a vein clot.'),
    ("glp1", 'Semaglutide can cause nausea, vomiting and, in rare cases, pancreatitis.'),
    ("recovery",
     'No treatment is completely risk-free, and injections can cause pain or infection.'),
    ("iv", 'IV therapy is not without risk: fluid overload and vein irritation can happen.'),
    ("shop",
     'Supplements can interact with prescription drugs, so tell your pharmacist what you take.'),
    ("glp1",
     'Compounded semaglutide is not FDA-approved, and the FDA has received reports of dosing '
     'errors.'),
    ("recovery", 'Side effects are usually mild, but serious complications can occur.'),
    ("iv", 'High doses of vitamin C can harm people with kidney disease.'),
    ("shop", 'Claims that any supplement cures diabetes are false.'),
    ("iv",
     'Chelation therapy is sometimes sold as a cure for autism, but it is dangerous and does '
     'not work.'),
    ("shop", 'Be wary of products that claim to cure arthritis; none has been proven to do so.'),
    ("recovery", 'There is no cure for osteoarthritis, but treatment can ease symptoms.'),
    ("iv", 'No IV drip can cure a hangover or flush out toxins.'),
    ("shop",
     'Some websites claim that black salve cures skin cancer; the FDA warns it can destroy '
     'healthy skin.'),
    ("recovery",
     'Magnetic bracelets are advertised as a cure for joint pain, but controlled studies found'
     ' no benefit.'),
    ("shop", 'The idea that alkaline water reverses cancer is a myth.'),
    ("iv", 'Ozone therapy has been promoted as a cure for HIV, and there is no evidence it works.'),
    ("shop", 'Sellers who say their tea cures COVID-19 have received FDA warning letters.'),
    ("glp1",
     'Some online sellers say their semaglutide is the same as Wegovy; compounded versions are'
     ' not FDA-approved.'),
    ("shop", 'Ads that promise guaranteed weight loss are a red flag.'),
    ("iv", 'You may have read that NAD+ reverses aging; studies in people have not shown this.'),
    ("recovery",
     'Some clinics advertise stem cells as a miracle cure for knee pain; the FDA has warned '
     'against these claims.'),
    ("shop",
     'Marketers sometimes call their product clinically proven without publishing any study.'),
    ("glp1",
     'Be skeptical of websites claiming that a generic Ozempic exists; there is no approved '
     'generic.'),
    ("iv",
     'Influencers often claim that IV drips boost immunity, but this has not been tested in '
     'good trials.'),
    ("shop",
     'Dietary supplements are not intended to diagnose, treat, cure or prevent any disease.'),
    ("glp1", 'The FDA has not approved any generic version of Ozempic or Wegovy.'),
    ("glp1",
     'Compounded drugs are not FDA-approved, and the FDA does not review them for safety, '
     'effectiveness or quality.'),
    ("shop", 'The FDA warns consumers not to buy products that promise to cure cancer.'),
    ("iv", 'Products marketed to prevent or treat COVID-19 without FDA approval may be unsafe.'),
    ("shop", 'If a product claims to be a quick fix or a miracle cure, it is probably a scam.'),
    ("glp1", 'Only FDA-approved semaglutide has been reviewed for safety and effectiveness.'),
    ("recovery",
     'Before you try a treatment that is not FDA-approved, ask your doctor about its risks.'),
    ("shop",
     "According to the FDA, products claiming to cure Alzheimer's disease have not been proven"
     ' safe or effective.'),
    ("iv",
     'The FDA says that no product has been shown to prevent COVID-19 except authorized '
     'vaccines.'),
]

BATCH2 = [
    ("shop",
     'A handful of small trials hint that ashwagandha may lower stress, but the results are '
     'inconsistent and larger studies are needed.'),
    ("iv", 'Studies on glutathione drips are small and their results conflict.'),
    ("recovery", 'Research on cupping is of low quality, and reviews found no clear benefit.'),
    ("shop", 'Green tea extract has been linked to liver injury; talk to your doctor first.'),
    ("glp1", 'Weight-loss results are not guaranteed and depend on diet, activity and dose.'),
    ("recovery", "We can't promise a pain-free recovery, but we will help you manage discomfort."),
    ("iv", 'Like any injection, an IV carries risks, such as bruising or infection.'),
    ("shop", 'No supplement is completely safe for everyone; some interact with medicines.'),
    ("glp1",
     'Tirzepatide is among the most effective weight-loss medicines studied so far, according '
     'to its FDA label.'),
    ("recovery",
     'Knee osteoarthritis is one of the most common causes of disability in older adults.'),
    ("shop",
     'Sellers that market kratom as a cure for opioid withdrawal have received FDA warnings.'),
    ("iv",
     'Chelation is promoted by some clinics as a way to reverse heart disease; trials do not '
     'support this.'),
    ("recovery", 'The notion that magnets heal broken bones is not supported by research.'),
    ("shop", 'Beware of supplements that claim to melt fat overnight.'),
    ("glp1",
     'Online ads that claim compounded semaglutide is identical to Ozempic are misleading.'),
    ("iv",
     'Some spas advertise NAD+ as the best anti-aging treatment, but there is little evidence '
     'for that.'),
    ("shop",
     'Homeopathic remedies are sometimes billed as cures for allergies, but no good study '
     'supports this.'),
    ("recovery",
     'Stem cell injections for back pain are being studied; results so far are preliminary.'),
    ("shop",
     'The FDA has not evaluated these statements, and this product is not intended to cure any'
     ' disease.'),
    ("iv", 'Researchers are still learning whether vitamin infusions help people with long COVID.'),
    ("shop", 'Evidence that elderberry prevents flu remains weak.'),
    ("recovery",
     'Some trials found that acupuncture eased chronic back pain slightly; others found no '
     'difference from sham needles.'),
    ("glp1", 'Most people regain some weight after stopping the medicine.'),
    ("iv", 'There is no proof that hydration drips cure migraines.'),
    ("shop",
     'A 2018 Cochrane review (Hemila & Chalker) concluded that vitamin C does not prevent '
     'colds in most people.'),
    ("recovery",
     'Red light therapy is marketed as a cure for hair loss, yet the evidence is mixed.'),
    ("shop", 'Vitamin D is one of the most widely used supplements in the country.'),
    ("glp1",
     'Side effects such as nausea and diarrhea are common, especially when the dose goes up.'),
    ("iv", "We don't claim that our drips treat or cure any illness."),
    ("shop", 'Claims that collagen reverses wrinkles are not backed by strong research.'),
]


@pytest.mark.parametrize(("title", "sentence"), BATCH1 + BATCH2)
def test_compliant_probe_fires_no_phrase_rule(engine, title, sentence) -> None:
    fired = rules_fired(engine, title, sentence) & PHRASE_RULES
    if sentence in STILL_A_CLAIM:
        assert fired == {"research-claims-cited"}
    else:
        assert not fired, fired
