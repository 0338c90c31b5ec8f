"""Regressions for the gaps the blind evaluation set (tests/sites/content_eval) and the probes
around it found: each case is one sentence or block in an otherwise compliant treatment page."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

PAGE = """<html><head><title>{title}</title>
<meta property="article:modified_time" content="2026-06-01"></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><h1>{title}</h1><p>Reviewed by Ann Lee, MD.</p>{body}
<h2>Side effects</h2><p>Some people feel dizzy or sick for an hour. Blood pressure can rise
for a short time. Rarely, people have a bad reaction and need care. It is not for people who
are pregnant. We check your vital signs the whole time and talk through your risks first.</p>
</main><footer>{footer}<a href="/privacy">Privacy Policy</a></footer></body></html>"""
FOOTER = "<p>Not medical advice. If you are in crisis, call or text 988.</p>"
OFF_LABEL = "<p>Ketamine is FDA-approved as an anesthetic; its use for depression is off-label.</p>"


def _fired(engine: ContentEngine, title: str, body: str, footer: str = FOOTER,
           url: str = "https://clinic.example/page/") -> set[str]:
    html = PAGE.format(title=title, body=body, footer=footer)
    return {f.rule_id for f in engine.check_page(url, html, status=200).findings}


@pytest.mark.parametrize(("rule", "title", "body"), [
    ("no-unqualified-cure-claims", "Testosterone Therapy",
     "<p>Our hormone therapy reverses low T for good.</p>"),
    ("no-guaranteed-results", "Ketamine for Depression",
     OFF_LABEL + "<p>Our patients see a 100% response rate.</p>"),
    ("no-guaranteed-results", "Ketamine for Depression",
     OFF_LABEL + "<p>You will feel better after your first infusion, guaranteed.</p>"),
    ("false-fda-approval-claim", "Ketamine for Depression",
     OFF_LABEL + "<p>Ketamine, an FDA-approved medication, offers fast relief.</p>"),
    ("no-superlative-claims", "Hormone Therapy", "<p>Best hormone clinic in Boise.</p>"),
    ("before-after-disclaimer", "Botox",
     '<img src="ba.jpg" alt="before-and-after forehead lines">'),
    ("testimonial-disclaimer", "Botox",
     '<div class="review"><p>The staff were so kind!</p><p>\u2014 Maria G.</p></div>'),
    ("testimonial-disclaimer", "Botox",
     "<p>\u201cThe injector was gentle and my lips look natural.\u201d \u2014 Dana P.</p>"),
    ("at-home-ketamine-safety", "Ketamine for Depression",
     OFF_LABEL + "<p>After your in-clinic series, you may continue with ketamine lozenges at "
     "home.</p>"),
    ("research-claims-cited", "TMS Therapy",
     "<p>A 2023 study found that TMS helped 6 in 10 patients.</p>"),
    ("research-claims-cited", "TMS Therapy",
     "<p>Studies have consistently found that TMS works.</p>"),
    ("research-claims-cited", "TMS Therapy",
     "<p>Decades of research support TMS for depression.</p>"),
])
def test_fires(engine: ContentEngine, rule: str, title: str, body: str) -> None:
    assert rule in _fired(engine, title, body)


@pytest.mark.parametrize(("rule", "title", "body"), [
    ("no-superlative-claims", "Bipolar Disorder Treatment",
     "<p>Lithium is one of the best-studied mood stabilizers.</p>"),
    ("research-claims-cited", "Bipolar Disorder Treatment",
     "<h2>What research shows</h2><p>Lithium lowers the risk of relapse.</p>"),
    ("no-guaranteed-results", "Ketamine for Depression",
     OFF_LABEL + "<p>We guarantee a response within one business day.</p>"),
    ("false-fda-approval-claim", "Ketamine for Depression",
     "<p>Ketamine, an FDA-approved anesthetic, is used off-label for depression.</p>"),
    ("testimonial-disclaimer", "Botox",
     '<div class="review"><p>Botox relaxes muscles - Allergan makes it.</p></div>'),
    ("no-unqualified-cure-claims", "Ketamine for Depression",
     OFF_LABEL + "<p>We want to help end the stigma around depression.</p>"),
    ("no-risk-minimization", "Semaglutide Weight Loss",
     "<p>If you have no side effects after four weeks, we may raise your dose.</p>"),
    ("no-risk-minimization", "Semaglutide Weight Loss",
     "<p>Starting is simple and risk-free to book, with a free consult.</p>"),
    ("testimonial-disclaimer", "Botox",
     "<p>\u201cWe treat every patient like family.\u201d \u2014 Sarah, Office Manager</p>"),
    ("testimonial-disclaimer", "Botox",
     "<p>\u201cA game-changer for depression care.\u201d \u2014 The New York Times</p>"),
    ("at-home-ketamine-safety", "Ketamine for Depression",
     OFF_LABEL + "<p>At-home ketamine programs have grown, but we believe in-office care is "
     "safer.</p>"),
    ("at-home-ketamine-safety", "Ketamine for Depression",
     OFF_LABEL + "<p>Oral ketamine is not something we prescribe.</p>"),
    ("off-label-disclosure", "Ketamine for Depression",
     "<p>Ketamine has not received FDA approval for mental health conditions.</p>"),
    ("research-claims-cited", "TMS Therapy",
     "<p>A review of your history shows whether TMS fits.</p>"),
    ("research-claims-cited", "TMS Therapy", "<p>A free trial shows you how it feels.</p>"),
    ("content-freshness", "Depression Treatment",
     "<p>Published January 9, 2023 \u00b7 Medically reviewed February 1, 2026</p>"),
])
def test_does_not_fire(engine: ContentEngine, rule: str, title: str, body: str) -> None:
    assert rule not in _fired(engine, title, body)


def test_old_published_date_alone_is_stale(engine: ContentEngine) -> None:
    html = PAGE.replace('<meta property="article:modified_time" content="2026-06-01">', "")
    body = "<p>Published January 9, 2023</p>"
    fired = {f.rule_id for f in engine.check_page(
        "https://clinic.example/page/", html.format(title="Depression Treatment", body=body,
                                                    footer=FOOTER), status=200).findings}
    assert "content-freshness" in fired


@pytest.mark.parametrize(("rule", "footer"), [
    ("crisis-resources-present", "<p>Not medical advice. Thinking of suicide? Dial 9-8-8.</p>"),
    ("medical-disclaimer-present", "<p>Call 988. This information should not be used for "
                                   "diagnosing or treating a health problem.</p>"),
])
def test_disclosure_wordings(engine: ContentEngine, rule: str, footer: str) -> None:
    assert rule not in _fired(engine, "Depression Treatment", "<p>We treat depression.</p>",
                              footer)


def test_place_named_location_page_is_not_a_treatment_page(engine: ContentEngine) -> None:
    body = ("<ul><li><a href='/s/med'>Medication management</a></li>"
            "<li><a href='/s/spravato'>Spravato</a></li></ul>")
    html = PAGE.format(title="Denver Highlands Office", body=body, footer="")
    verdict = engine.check_page("https://clinic.example/denver/", html, status=200)
    assert "treatment" not in verdict.topics


def test_home_page_keeps_ketamine_and_crisis_rules(engine: ContentEngine) -> None:
    html = ("<html><head><title>Sunrise Ketamine Clinic | Ketamine for Depression</title></head>"
            "<body><main><h1>Relief from depression starts here</h1><p>Our FDA-approved "
            "ketamine infusions ease depression fast.</p></main>"
            "<footer><a href='/privacy'>Privacy Policy</a></footer></body></html>")
    fired = {f.rule_id for f in engine.check_page("https://sunrise.example/", html).findings}
    # the home page is not a treatment page (no risks/reviewer/date), but its claims count
    assert {"false-fda-approval-claim", "crisis-resources-present"} <= fired
    assert not fired & {"risks-section-present", "clinician-credentials", "content-freshness"}
