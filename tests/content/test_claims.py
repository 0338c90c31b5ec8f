"""Claim rules sentence by sentence: each sentence sits in an otherwise neutral treatment page
and must make its rule fire, or not. Negation, questions, hedges (which qualify efficacy but
never a cure or a guarantee), reported speech and clause boundaries are the point here."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

PAGE = """<html><head><title>{title} | Sample Clinic</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main id="main"><h1>{title}</h1><p>{sentence}</p>
<p>Each visit takes about an hour and a nurse stays with you.</p></main>
<footer><a href="/privacy/">Privacy Policy</a></footer></body></html>"""

CASES = {
    "no-unqualified-cure-claims": (
        "IV Ketamine Therapy",
        [
            "Our IV ketamine protocol cures treatment-resistant depression in six sessions.",
            "Say goodbye to anxiety for good.",
            "Permanently eliminate chronic migraines with our nerve-block program.",
            "Heal your PTSD with ketamine-assisted therapy.",
            "Ketamine cured my depression after years of struggling.",
            "For some patients, ketamine may cure depression.",
            "Break free from depression forever.",
            "Our BPC-157 injections reverse arthritis.",
            "You will never have to suffer from migraines again.",
            "It's not just a treatment, it's a cure.",
            "We don't just mask symptoms; we cure the underlying condition.",
            "Our drips are not cheap, and they cure hangovers and fatigue.",
        ],
        [
            "There's no cure for PTSD, but symptoms can be managed.",
            "While ketamine is not a cure, many patients feel better.",
            "Researchers continue to search for a cure for depression.",
            "Curious about ketamine? Book a consult.",
            "Our aftercare routine helps your skin heal faster.",
            "Eliminate the guesswork with online booking.",
            "Can ketamine cure depression?",
            "Ketamine does not cure depression, but it can ease symptoms for some people.",
            "Be wary of any clinic that promises to cure depression.",
            "Many people ask whether ketamine can cure anxiety.",
            "Ketamine may help reduce symptoms of depression for some patients.",
            "Myth: ketamine cures depression.",
            "I am forever grateful to the nurses.",
            "The media has hailed ketamine as a miracle cure, but the evidence is modest.",
        ],
    ),
    "no-guaranteed-results": (
        "Laser Skin Resurfacing",
        [
            "Guaranteed weight loss or your money back!",
            "We guarantee you'll see results after your first session.",
            "Results are guaranteed.",
            "Our laser has a 100% success rate.",
            "Our treatments work for everyone.",
            "See visible results in 30 days or we refund your treatment.",
            "This peel is guaranteed to work.",
            "Our injectors deliver flawless results every time.",
        ],
        [
            "We cannot guarantee specific results.",
            "Results are not guaranteed and vary by patient.",
            "No one can guarantee results with any cosmetic treatment.",
            "We guarantee a response to your message within 24 hours.",
            "Your privacy is guaranteed.",
            "No treatment works for everyone.",
            "Individual results vary, and no outcome is guaranteed.",
            "Does this treatment work for everyone?",
        ],
    ),
    "no-risk-minimization": (
        "Botox Injections",
        [
            "Botox is completely safe.",
            "There are no side effects.",
            "The treatment is safe, non-invasive and has no side effects.",
            "Enjoy a risk-free treatment with instant results.",
            "The procedure is 100% safe.",
            "Enjoy smoother skin with virtually no risk.",
            "Side effects are minimal.",
            "There is no risk of addiction at the doses we use.",
        ],
        [
            "No treatment is completely risk-free.",
            "Is Botox safe?",
            "Serious side effects are rare but can include drooping eyelids.",
            "Botox is safe when given by a trained injector, but bruising is common.",
            "Book a risk-free consultation today.",
            "There is no downtime, so you can return to work.",
            "Our online booking is safe and secure.",
            "Most patients experience no side effects beyond mild redness.",
        ],
    ),
    "false-fda-approval-claim": (
        "Ketamine Infusions for Depression",
        [
            "Ketamine is FDA approved for depression.",
            "As an FDA-approved treatment for depression, ketamine works fast.",
            "Our FDA-cleared ketamine therapy is given in a private suite.",
            "The FDA approved ketamine for treatment-resistant depression in 2019.",
            "IV ketamine has been FDA-approved to treat anxiety.",
        ],
        [
            "In 2019 the FDA approved Spravato (esketamine), a nasal spray related to ketamine.",
            "Ketamine is not FDA-approved for depression.",
            "Is ketamine FDA-approved for depression?",
            "The only FDA-approved form of ketamine for depression is Spravato.",
            "Ketamine is FDA-approved as an anesthetic and used off-label for depression.",
            "Ketamine has been FDA-approved for surgical anesthesia since 1970.",
            "The FDA has not approved ketamine to treat PTSD.",
        ],
    ),
    "compounded-sameness-claim": (
        "Semaglutide Weight Loss",
        [
            "Our compounded semaglutide is the same medication as Ozempic.",
            "Get generic Ozempic, compounded in a licensed pharmacy.",
            "Compounded tirzepatide, equivalent to Mounjaro at half the price.",
            "Our compounded semaglutide contains the same active ingredient as Wegovy.",
        ],
        [
            "Compounded semaglutide is not the same as Ozempic.",
            "There is no generic Wegovy approved in the United States.",
            "Wegovy and Ozempic contain the same medicine at different doses.",
            "Is compounded tirzepatide the same as Zepbound?",
        ],
    ),
    "no-superlative-claims": (
        "Hormone Therapy",
        [
            "We are the #1 hormone clinic in Phoenix.",
            "Experience the best Botox in town.",
            "Our revolutionary protocol resets your hormones.",
            "Semaglutide is a miracle drug for weight loss.",
            "Our injectors deliver unmatched results.",
            "The most effective treatment for depression available today.",
        ],
        [
            "Depression is the #1 cause of disability worldwide.",
            "We will help you choose the best treatment for your goals.",
            "TMS is most effective when sessions are not skipped.",
            "Semaglutide is not a miracle drug; it works with diet and exercise.",
            "Voted Best Med Spa 2025 by the Phoenix New Times readers' poll.",
            "Some headlines have dubbed semaglutide a miracle drug.",
            "We do our best to see you on time, and we offer the best possible care.",
        ],
    ),
    "research-claims-cited": (
        "TMS Therapy",
        [
            "Studies show that TMS helps two out of three patients.",
            "Our protocol is clinically proven to reduce anxiety.",
            "Research has shown that ketamine works within hours.",
            "According to recent research, microneedling doubles collagen.",
        ],
        [
            "Studies show that TMS helps many patients "
            "(<a href='https://pubmed.ncbi.nlm.nih.gov/12345678/'>O'Reardon 2007</a>).",
            "What does research show about TMS?",
            "Read on.</p><h2>What the research shows</h2><p>TMS helped 58% of patients in a trial "
            "(<a href='https://doi.org/10.1016/j.brs.2016.05.010'>Carpenter 2012</a>).",
            "Research has not shown that TMS works for everyone.",
            "We keep up with research and training.",
        ],
    ),
    "no-unsubstantiated-accessibility-claims": (
        "Accessibility",
        [
            "Our website is ADA compliant.",
            "This site is 100% WCAG 2.1 AA compliant.",
            "Thanks to our accessibility widget, the site is fully compliant with the ADA.",
        ],
        [
            "Our office is ADA compliant and wheelchair accessible.",
            "We are working toward WCAG 2.1 AA conformance.",
            "Is your website ADA compliant?",
            "An outside audit in March 2026 found our site conforms to WCAG 2.1 AA.",
        ],
    ),
}


def _cases() -> list:
    cases = []
    for rule_id, (title, fire, passing) in CASES.items():
        cases += [pytest.param(rule_id, title, s, True, id=f"{rule_id}-fire-{i}")
                  for i, s in enumerate(fire)]
        cases += [pytest.param(rule_id, title, s, False, id=f"{rule_id}-pass-{i}")
                  for i, s in enumerate(passing)]
    return cases


@pytest.mark.parametrize(("rule_id", "title", "sentence", "fires"), _cases())
def test_claim_sentence(engine: ContentEngine, rule_id: str, title: str, sentence: str,
                        fires: bool) -> None:
    html = PAGE.format(title=title, sentence=sentence)
    found = [f for f in engine.check_page("https://clinic.example/page/", html).findings
             if f.rule_id == rule_id]
    if fires:
        assert found, f"{rule_id} should fire on: {sentence}"
    else:
        assert not found, f"{rule_id} fired on: {sentence} -> {[f.message for f in found]}"
