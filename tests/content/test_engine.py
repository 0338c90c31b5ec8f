"""The engine's interface as the pipeline uses it: findings carry what a reviewer needs,
facts are JSON, site rules work from stored facts, and hostile pages cannot hurt it."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from checker.content import ContentEngine, PageVerdict
from checker.content.extract import extract
from checker.content.text import split_sentences
from checker.settings import AuditConfig
from tests.content.conftest import FIXTURES

URL = "https://www.example-clinic.com/services/iv-therapy/"


def _page(main: str, title: str = "IV Therapy", extra: str = "") -> str:
    return (f"<html><head><title>{title} | Harbor Light Wellness</title></head><body>"
            "<header><nav><a href='/'>Home</a></nav></header>"
            f"<main id='main'>{main}</main>{extra}"
            "<footer><a href='/privacy/'>Privacy Policy</a></footer></body></html>")


def test_claim_finding_carries_sentence_selector_excerpt_and_metadata(
        engine: ContentEngine) -> None:
    html = _page("<h1>IV therapy</h1><section><p>Book today. Our energy drip cures chronic "
                 "fatigue in three sessions. Ask us how.</p></section>")
    verdict = engine.check_page(URL, html, status=200)
    assert isinstance(verdict, PageVerdict)
    [finding] = [f for f in verdict.findings if f.rule_id == "no-unqualified-cure-claims"]
    assert finding.sentence == "Our energy drip cures chronic fatigue in three sessions."
    assert finding.message == (
        "Unqualified cure claim: 'Our energy drip cures chronic fatigue in three sessions.'")
    assert finding.selector == "#main > section > p"
    assert finding.excerpt.startswith("Book today.")
    assert finding.source == "content" and finding.status == "violation"
    assert finding.url == URL and finding.rule_source and finding.why and finding.fix
    assert finding.fingerprint  # stable identity for baselines


def test_missing_item_findings_point_at_main_and_have_no_sentence(
        engine: ContentEngine) -> None:
    html = _page("<h1>PRP hair restoration</h1><p>PRP injections use your own platelets.</p>",
                 title="PRP Hair Restoration")
    verdict = engine.check_page(URL, html, status=200)
    [finding] = [f for f in verdict.findings if f.rule_id == "risks-section-present"]
    assert finding.sentence is None and finding.selector == "#main"


def test_facts_are_json_and_topics_are_reported(engine: ContentEngine) -> None:
    html = _page("<h1>Ketamine for depression</h1><p>Ketamine is used off-label.</p>",
                 title="Ketamine for Depression")
    verdict = engine.check_page(URL, html)
    json.dumps(verdict.facts)
    assert {"ketamine", "mental-health", "treatment", "health"} <= set(verdict.topics)
    assert verdict.facts["topics"] == verdict.topics
    assert "https://www.example-clinic.com/privacy" in verdict.facts["links_to"]


def test_error_pages_get_no_findings(engine: ContentEngine) -> None:
    html = _page("<h1>Page not found</h1><p>Our drips cure everything.</p>")
    assert engine.check_page(URL, html, status=404).findings == []


def test_contact_page_gets_no_treatment_rules(engine: ContentEngine) -> None:
    path = FIXTURES / "risks-section-present" / "pass-contact-page.html"
    verdict = engine.check_page("https://www.example-clinic.com/contact/", path.read_text())
    treatment_rules = {"risks-section-present", "medical-disclaimer-present",
                       "clinician-credentials", "content-freshness", "no-risk-minimization",
                       "off-label-disclosure", "crisis-resources-present"}
    assert not treatment_rules & {f.rule_id for f in verdict.findings}
    assert "treatment" not in verdict.topics


def test_site_rule_uses_stored_facts_and_reports_once(engine: ContentEngine) -> None:
    statement = _page("<h1>Accessibility statement</h1><p>Email access@example.com to report "
                      "a problem.</p>", title="Accessibility Statement")
    home = _page("<h1>Welcome</h1><p>Hello.</p>", title="Home").replace(
        "<a href='/privacy/'>", "<a href='/accessibility/'>Accessibility</a><a href='/privacy/'>")
    facts = {
        "https://c.example/": engine.check_page("https://c.example/", home).facts,
        "https://c.example/accessibility/": engine.check_page(
            "https://c.example/accessibility/", statement).facts,
    }
    # Facts go through the store as JSON: a carried-over page still counts.
    facts = json.loads(json.dumps(facts))
    assert engine.check_site(facts, ["https://c.example/"]) == []
    del facts["https://c.example/accessibility/"]
    [finding] = engine.check_site(facts, ["https://c.example/"])
    assert finding.rule_id == "accessibility-statement-present"
    assert finding.url == "https://c.example/" and finding.sentence is None


def test_freshness_uses_the_audit_date_not_today() -> None:
    html = _page("<h1>TMS therapy</h1><p class='byline'>Reviewed 3 February 2024 by J. Park, "
                 "MD</p><p>TMS therapy helps depression.</p>", title="TMS Therapy")
    old = ContentEngine(AuditConfig(as_of=dt.date(2025, 1, 1))).check_page(URL, html)
    late = ContentEngine(AuditConfig(as_of=dt.date(2026, 6, 1))).check_page(URL, html)
    assert "content-freshness" not in {f.rule_id for f in old.findings}
    [stale] = [f for f in late.findings if f.rule_id == "content-freshness"]
    assert stale.message == "Last reviewed 2024-02-03: more than 24 months ago."


@pytest.mark.parametrize("text, expected", [
    ("Dr. Okafor reviews every plan. Call us today.",
     ["Dr. Okafor reviews every plan.", "Call us today."]),
    ("Options include TMS, e.g. for depression. It takes 20 min. per session.",
     ["Options include TMS, e.g. for depression.", "It takes 20 min. per session."]),
    ("Reviewed by J. Park, M.D. in 2026. Is it safe? Yes!",
     ["Reviewed by J. Park, M.D. in 2026.", "Is it safe?", "Yes!"]),
])
def test_sentence_splitter_handles_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_boilerplate_regions_are_not_main_content() -> None:
    html = ("<html><body><header><p>Header claim cures all.</p></header><nav>Menu</nav>"
            "<main><article><header><p class='byline'>By A. Lin, DO</p></header>"
            "<p>Own text.</p><section class='related-posts'><h2>Related articles</h2>"
            "<p>Teaser text.</p></section></article></main>"
            "<aside><p>Sidebar text.</p></aside><footer><p>Footer text.</p></footer>"
            "</body></html>")
    doc = extract("https://x.example/", html)
    assert [b.text for b in doc.main_blocks] == ["By A. Lin, DO", "Own text."]


def test_pages_without_landmarks_fall_back(engine: ContentEngine) -> None:
    html = ("<html><head><title>IV Drips</title></head><body><div class='top'>Menu</div>"
            "<div class='content'><h1>IV drips</h1><p>Our hangover drip cures migraines for "
            "good. " + "We mix each drip to order and a nurse places the line. " * 8 +
            "</p></div></body></html>")
    verdict = engine.check_page(URL, html)
    assert "no-unqualified-cure-claims" in {f.rule_id for f in verdict.findings}


def test_trafilatura_gets_the_options_its_keywords_would_build(monkeypatch) -> None:
    """The main text of a page with no landmark comes from trafilatura with options built
    once (perf49): every setting equal to those extract() builds from the keywords
    include_comments=False, include_tables=True, favor_recall=True, deduplicate=False (a
    trafilatura upgrade that changed a default of one side would change which text is main)."""
    import trafilatura.core
    from trafilatura.settings import Extractor

    from checker.content.extract import _trafilatura_options

    built: list[Extractor] = []
    bare = trafilatura.core.bare_extraction

    def remember(*args, options, **kwargs):
        built.append(options)
        return bare(*args, options=options, **kwargs)

    monkeypatch.setattr(trafilatura.core, "bare_extraction", remember)
    trafilatura.extract("<html><body><p>Some text of a page.</p></body></html>",
                        include_comments=False, include_tables=True, favor_recall=True,
                        deduplicate=False)
    shared = _trafilatura_options()
    # all but the newest date its date search accepts: today's, when the options were built
    # (a run that passes midnight keeps the day it started with). The checker asks for no
    # metadata (with_metadata False), so that date reaches no text.
    compared = [name for name in Extractor.__slots__ if name != "date_params"]
    assert not shared.with_metadata
    assert {name: getattr(built[0], name) for name in compared} == \
        {name: getattr(shared, name) for name in compared}
    assert {k: v for k, v in built[0].date_params.items() if k != "max_date"} == \
        {k: v for k, v in shared.date_params.items() if k != "max_date"}


@pytest.mark.parametrize("html", [
    "", "   ", "not html at all", "<html>", "<?xml version='1.0' encoding='utf-8'?><html/>",
    "<html><body>" + "<div>" * 390 + "deep" + "</div>" * 390 + "</body></html>",
    "\x00\x01binary\xff garbage",
])
def test_odd_documents_do_not_crash(engine: ContentEngine, html: str) -> None:
    verdict = engine.check_page(URL, html)
    json.dumps(verdict.facts)


def test_a_document_nested_past_the_walk_is_said_so(engine: ContentEngine) -> None:
    # 3,000 nested divs: the rules cannot read it all, and say so (the page becomes a page
    # error in the pipeline: tests/content/test_deep_pages.py) instead of passing it.
    from checker.content.extract import TooDeep

    with pytest.raises(TooDeep):
        engine.check_page(URL, "<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 3000)


def test_adversarial_text_is_fast(engine: ContentEngine) -> None:
    """Long runs of spaces, words and punctuation built to make backtracking regexes blow
    up: every pattern of every pack must stay linear."""
    nasty = [
        "a " * 20000, "guarantee " * 3000 + "!", "cure" + " x" * 10000,
        "ketamine " * 2000 + "FDA-approved " * 2000, "#" * 50000, "." * 50000,
        "safe " * 5000 + "risk " * 5000, "“" + "word " * 10000,
        "Dr. " * 5000, "studies show " * 3000,
    ]
    html = _page("".join(f"<p>{text}</p>" for text in nasty), title="Ketamine IV Therapy")
    start = time.process_time()
    engine.check_page(URL, html)
    assert time.process_time() - start < 20


def test_page_text_is_never_a_format_string(engine: ContentEngine) -> None:
    html = _page("<h1>IV therapy</h1><p>Our drips cure {sentence.__class__} and {0} for "
                 "good.</p>")
    [finding] = [f for f in engine.check_page(URL, html).findings
                 if f.rule_id == "no-unqualified-cure-claims"]
    assert "{sentence.__class__}" in finding.message


def test_the_engine_runs_on_the_content_slice_of_an_audit_config() -> None:
    """The audit hands the engine `config.content` only: the audit date and the disabled
    rules must reach the rules through that slice."""
    html = _page("<h1>TMS therapy</h1><p class='byline'>Reviewed 3 February 2024 by J. Park, "
                 "MD</p><p>TMS therapy helps depression.</p>", title="TMS Therapy")
    late = AuditConfig(as_of=dt.date(2026, 6, 1), max_pages=3, level="AAA")
    rules = {f.rule_id for f in ContentEngine(late.content).check_page(URL, html).findings}
    assert "content-freshness" in rules
    late.disable_rules = ["content-freshness"]
    rules = {f.rule_id for f in ContentEngine(late.content).check_page(URL, html).findings}
    assert "content-freshness" not in rules


def test_site_rule_is_silent_when_nothing_was_audited(engine: ContentEngine) -> None:
    assert engine.check_site({}, ["https://c.example/"]) == []


def test_one_page_audit_needs_that_page_to_be_the_statement(engine: ContentEngine) -> None:
    statement = _page("<h1>Accessibility</h1><p>Call (555) 010-2000 to report a problem.</p>",
                      title="Accessibility")
    facts = {"https://c.example/a11y/": engine.check_page("https://c.example/a11y/",
                                                          statement).facts}
    assert engine.check_site(facts, ["https://c.example/a11y/"]) == []
    other = _page("<h1>Botox</h1><p>Botox smooths lines.</p>", title="Botox")
    facts = {"https://c.example/botox/": engine.check_page("https://c.example/botox/",
                                                           other).facts}
    assert [f.rule_id for f in engine.check_site(facts, ["https://c.example/botox/"])] == [
        "accessibility-statement-present"]


def test_every_fixture_finding_is_json_with_a_selector(engine: ContentEngine) -> None:
    """What the store and the reports receive: plain JSON, and a selector to point at."""
    for path in sorted(FIXTURES.rglob("*.html")):
        verdict = engine.check_page("https://www.example-clinic.com/page/", path.read_text())
        json.dumps(verdict.facts)
        for finding in verdict.findings:
            json.dumps(finding.to_dict())
            assert finding.selector, (path.name, finding.rule_id)
            assert finding.help == next(r.message for r in engine.rules
                                        if r.id == finding.rule_id)


@pytest.mark.parametrize(("text", "expected"), [
    ("Reviewed 3 February 2026 by J. Park, MD", dt.date(2026, 2, 3)),
    ("Feb. 3, 2026", dt.date(2026, 2, 3)),
    ("2021-03-15T09:00:00Z", dt.date(2021, 3, 15)),
    ("02/03/2026", dt.date(2026, 2, 3)),
    ("2026/03/04", dt.date(2026, 3, 4)),
    ("March 2026", dt.date(2026, 3, 31)),  # a month counts to its last day
    ("Updated Jan 5 2025; first posted 2019-01-01", dt.date(2025, 1, 5)),
    ("no date here", None),
])
def test_dates_parse(text: str, expected: dt.date | None) -> None:
    from checker.content.dates import parse_date

    assert parse_date(text) == expected


def test_freshness_reads_meta_and_ignores_footer_year(engine: ContentEngine) -> None:
    path = FIXTURES / "content-freshness" / "fire-only-copyright.html"
    [finding] = [f for f in engine.check_page(URL, path.read_text()).findings
                 if f.rule_id == "content-freshness"]
    assert finding.message == "Last reviewed 2021-03-15: more than 24 months ago."
