"""Golden tests of the scope cues of the phrase-list claim rules (`scopes:` in their params,
checker/content/scopes.py PHRASE_SCOPES): a claim reported as sales talk or debunked, and a
research mention that names its uncertainty, fire nothing; the same claims made outright
still fire. The exact sentence and rule each; sentences written for these tests (the first
four are the coordinator's compliant probes), not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content.explain import explain_page
from checker.content.scopes import CLAIM_REPORTED, DENIAL, EVIDENCE_DENIED, EVIDENCE_UNSETTLED
from tests.content.conftest import (
    ARTICLE_TITLES,
    article_page,
    assert_fires_as_labelled,
    golden_sentences,
    rules_fired,
)

CASES = [
    # evidence-denied (DENIAL's evidence parts): the claim called false, its evidence missing
    ("no-unqualified-cure-claims", False, "shop",
     "Claims that CBD cures cancer are false, and the FDA has warned sellers who make them."),
    ("no-unqualified-cure-claims", False, "recovery",
     "Ozone is sometimes marketed as a cure for Lyme disease, but no study supports this."),
    ("no-unqualified-cure-claims", False, "iv",
     "Ozone therapy has been promoted as a cure for HIV, and there is no evidence it works."),
    ("no-unqualified-cure-claims", False, "shop",
     "Claims that any supplement cures diabetes are false."),
    # claim-reported: sales talk told as such, a myth named after the claim
    ("no-unqualified-cure-claims", False, "iv",
     "Chelation therapy is sometimes sold as a cure for autism, but it is dangerous and does "
     "not work."),
    ("no-unqualified-cure-claims", False, "shop",
     "The idea that alkaline water reverses cancer is a myth."),
    ("no-unqualified-cure-claims", False, "shop",
     "Sellers who say their tea cures COVID-19 have received FDA warning letters."),
    ("no-unqualified-cure-claims", False, "shop",
     "According to the FDA, products claiming to cure Alzheimer's disease have not been proven "
     "safe or effective."),
    ("no-superlative-claims", False, "shop",
     "If a product claims to be a quick fix or a miracle cure, it is probably a scam."),
    ("compounded-sameness-claim", False, "glp1",
     "Some online sellers say their semaglutide is the same as Wegovy; compounded versions are "
     "not FDA-approved."),
    ("research-claims-cited", False, "shop",
     "Marketers sometimes call their product clinically proven without publishing any study."),
    # evidence-unsettled: a research mention naming its uncertainty, or a null result
    ("research-claims-cited", False, "shop",
     "Some studies suggest CBD may ease anxiety in certain people, but more research is needed "
     "and it is not FDA-approved for this."),
    ("research-claims-cited", False, "recovery",
     "PRP for hair loss: some small studies show thicker hair, others show no change."),
    # (stop 28) results reported as mixed by the verb that reports them
    ("research-claims-cited", False, "recovery",
     "PRP is not FDA-approved for arthritis; small studies show mixed results."),
    ("research-claims-cited", True, "recovery",
     "Small studies show PRP rebuilds cartilage in arthritic knees."),
    ("research-claims-cited", False, "shop",
     "Small studies suggest magnesium may help some people sleep, but the evidence is limited."),
    ("research-claims-cited", False, "iv",
     "Early research suggests vitamin C infusions might reduce fatigue, though results so far "
     "are inconsistent."),
    ("research-claims-cited", False, "recovery",
     "Preliminary studies suggest red light therapy may help some skin conditions, but the "
     "findings have not been confirmed."),
    ("research-claims-cited", False, "recovery",
     "Magnetic bracelets are advertised as a cure for joint pain, but controlled studies found "
     "no benefit."),
    # (stop 35) research that found nothing, as compliant rewrites word it: none of the studies
    # named has shown it, the writer found no study, a study's null result on a benefit
    ("research-claims-cited", False, "recovery",
     "Published studies of PRP injections in knee and hip arthritis are early, and none has "
     "shown it rebuilds cartilage."),
    ("research-claims-cited", False, "shop",
     "We could not find a published, controlled study showing that our magnesium spray eases "
     "cramps."),
    ("research-claims-cited", False, "iv",
     "Large trials have found that vitamin C drips do not raise energy levels in healthy "
     "adults."),
    # ... the same words beside a finding of support, or a safety finding, still claim it
    ("research-claims-cited", True, "recovery",
     "Published studies of PRP injections in knee and hip arthritis are early, and all have "
     "shown it rebuilds cartilage."),
    ("research-claims-cited", True, "shop",
     "We found a published, controlled study showing that our magnesium spray eases cramps."),
    ("research-claims-cited", True, "iv",
     "Large trials have found that vitamin C drips raise energy levels in healthy adults."),
    ("research-claims-cited", True, "shop",
     "Studies have found that our magnesium spray does not increase the risk of cramps."),
    # every verb of sales talk, passive with its agent too (a second probe batch)
    ("no-unqualified-cure-claims", False, "shop",
     "Sellers that market kratom as a cure for opioid withdrawal have received FDA warnings."),
    ("no-unqualified-cure-claims", False, "iv",
     "Chelation is promoted by some clinics as a way to reverse heart disease; trials do not "
     "support this."),
    # "no" on a coordinated subject negates what it does (match.negated_list)
    ("no-unqualified-cure-claims", False, "shop", "No cream, pill or drip can cure arthritis."),
    ("no-risk-minimization", False, "shop", "No pill or powder is completely safe."),
    ("research-claims-cited", False, "shop",
     "No vitamin, herb or drip has been shown to prevent colds."),
    # ... but a list of absences beside the claim, or our product after it, is no such subject
    ("no-guaranteed-results", True, "shop", "No needles, no downtime and guaranteed results."),
    ("no-unqualified-cure-claims", True, "shop",
     "No surgery, no pills, and our serum erases acne scars for good."),
    # a clinician who should/will confirm is a step of care, not agreement cited as evidence
    ("research-claims-cited", False, "shop",
     "Your doctor should confirm it is safe for you before you start."),
    ("research-claims-cited", True, "shop", "Dermatologists confirm that our cream clears it."),
    ("research-claims-cited", True, "shop",
     "Studies show our cream fades spots; your doctor should confirm it suits you."),
    # the same claims made outright still fire (our own clinics are not others' sales talk)
    ("no-unqualified-cure-claims", True, "shop",
     "Our clinics sell a supplement that cures arthritis."),
    ("no-unqualified-cure-claims", True, "shop", "Our CBD oil cures anxiety."),
    ("no-unqualified-cure-claims", True, "recovery",
     "Ozone therapy cures Lyme disease, and we do not use antibiotics."),
    ("no-unqualified-cure-claims", True, "shop",
     "Doctors said it was impossible, but our tea cured my diabetes."),
    ("no-superlative-claims", True, "shop", "Our capsules are a miracle cure for stiff joints."),
    ("compounded-sameness-claim", True, "glp1",
     "Our compounded semaglutide is the same as Wegovy, for a fraction of the price."),
    ("research-claims-cited", True, "shop",
     "Studies show our CBD oil eases anxiety, and more customers join every month."),
    # an uncited "some research suggests" that names no uncertainty still claims support
    ("research-claims-cited", True, "shop",
     "Some research suggests fish oil may lower triglycerides; talk to your doctor before "
     "starting it."),
    ("research-claims-cited", True, "shop", "Clinically proven to ease joint pain in two weeks."),
]


@golden_sentences(CASES)
def test_scope_sentence(engine, rule, fires, title, sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def test_denial_is_composed_of_the_evidence_cues() -> None:
    """DENIAL (disease rules, learned-model features) holds the phrase rules' evidence cue."""
    for text in ("no study supports this", "the evidence for it is weak",
                 "claims that it works are false", "we do not offer it"):
        assert DENIAL.search(text)
    assert EVIDENCE_DENIED.search("no study supports this")
    assert not EVIDENCE_DENIED.search("we do not offer it")
    assert EVIDENCE_UNSETTLED.search("more research is needed")
    assert not EVIDENCE_UNSETTLED.search("research shows it works")
    assert CLAIM_REPORTED.search("is sometimes marketed as a cure")
    assert not CLAIM_REPORTED.search("our drip cures fatigue")


def test_explain_names_the_scope_cue(engine) -> None:
    html = article_page("recovery", "PRP for hair loss: study after study has found thicker "
                        "hair, others show no change.")
    text = "\n".join(explain_page(engine, "https://clinic.example/p/", html,
                                  "research-claims-cited"))
    assert "cleared by a scope cue 'others show no'" in text


# Two sidebar research claims the chrome reading missed, for reasons of the research rule
# itself (they were missed in the main content too): "Doctor" read as approved care that is
# the subject of the claim (an endorsement modifier, "Doctor formulated", is not), and
# "proven to" as a reduced relative clause on what is sold (frame [sold, shown-to]).
SIDEBAR = """<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>
<p>Our team answers questions by phone, Monday to Friday.</p><h2>Risks and side effects</h2>
<p>Bruising and soreness can happen for a day or two, and rarely an infection.</p></article>
</main><aside class="sidebar"><h2>Visit us</h2><p>{sentence}</p></aside>
<footer><p>Riverbend Health</p></footer></body></html>"""


@pytest.mark.parametrize(("title", "sentence"), [
    ("shop", "Doctor formulated and medically proven."),
    ("shop", "The only app proven to improve your vision."),
])
def test_sidebar_research_claims_are_the_sites(engine, title, sentence) -> None:
    html = SIDEBAR.format(title=ARTICLE_TITLES[title], sentence=sentence)
    verdict = engine.check_page("https://clinic.example/p/", html)
    assert ("research-claims-cited", sentence) in {
        (c["rule"], c["sentence"]) for c in verdict.facts["chrome_claims"]}
    assert "research-claims-cited" in rules_fired(engine, title, sentence)


@pytest.mark.parametrize("sentence", [
    # approved care as the subject of the research claim stays patient information
    "Statins have been shown to lower the risk of heart attack.",
    "Your doctor can explain which treatments have been shown to help.",
])
def test_approved_care_subject_still_cleared(engine, sentence) -> None:
    assert "research-claims-cited" not in rules_fired(engine, "shop", sentence)
