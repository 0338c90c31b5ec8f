"""Shared fixtures for the content-rule tests: one engine, a fixed audit date."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.content import ContentEngine
from checker.settings import AuditConfig
from tests.conftest import SUITE_AS_OF

FIXTURES = Path(__file__).resolve().parent.parent / "sites" / "content"
AS_OF = SUITE_AS_OF
# Slack of the claims corpus's floors: rounding only, the figures are deterministic (no clock,
# no network, no randomness).
EPSILON = 1e-9


@pytest.fixture(scope="session")
def engine() -> ContentEngine:
    return ContentEngine(AuditConfig(as_of=AS_OF))


# An article page of a topic with a risks section, one sentence in its text: the golden
# sentence tests of the claim frames place each sentence on the page of its topic key.
ARTICLE_TITLES = {
    "iv": "IV Vitamin Drips and NAD+ Infusions",
    "shop": "Shop Supplements",
    "recovery": "Recovery Support Products",
    "glp1": "Medical Weight Loss with Semaglutide and Tirzepatide",
    "pt": "Physical Therapy and Rehabilitation",
}
_ARTICLE = """<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>
<p>{sentence}</p><h2>Risks and side effects</h2><p>Bruising and soreness can happen for a day
or two, and rarely an infection. Tell us about your medicines and allergies before a visit,
and call us or your doctor if anything worries you afterwards.</p></article></main>
<footer><p>Riverbend Health</p></footer></body></html>"""


def article_page(topic: str, sentence: str) -> str:
    """The article page of `topic` (a key of ARTICLE_TITLES, or the page title itself)
    holding `sentence`."""
    return _ARTICLE.format(title=ARTICLE_TITLES.get(topic, topic), sentence=sentence)


def rules_fired(engine: ContentEngine, topic: str, sentence: str) -> set[str]:
    """The rules that report anything on the article page of `topic` holding `sentence`."""
    verdict = engine.check_page("https://clinic.example/p/", article_page(topic, sentence))
    return {f.rule_id for f in verdict.findings}


def golden_sentences(cases: list[tuple[str, bool, str, str]]) -> pytest.MarkDecorator:
    """Parametrize a golden test over rows (rule, fires, topic, sentence)."""
    return pytest.mark.parametrize(
        ("rule", "fires", "title", "sentence"), cases,
        ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}" for i, c in enumerate(cases)])


def assert_fires_as_labelled(engine: ContentEngine, rule: str, fires: bool, topic: str,
                             sentence: str) -> None:
    """`rule` reports something on the article page of `topic` holding `sentence` exactly
    when the row says it fires."""
    fired = rules_fired(engine, topic, sentence)
    assert (rule in fired) is fires, \
        f"{rule} {'did not fire' if fires else 'fired'} on: {sentence}"


def reports_sentence(engine: ContentEngine, rule: str, title: str, sentence: str,
                     head: int | None = None) -> bool:
    """Whether `rule` reports `sentence` itself on the article page of `title` (a key of
    ARTICLE_TITLES, or the page title itself); with `head`, a reported sentence holding the
    text's first `head` characters (a text of two sentences, reported by its first)."""
    wanted = sentence[:head] if head else sentence
    return any(wanted in found
               for found in reported_on(engine, rule, article_page(title, sentence)))


def assert_golden_pair(engine: ContentEngine, rule: str, title: str, sentence: str,
                       fires: bool, neighbour: str, neighbour_fires: bool,
                       head: int | None = None) -> None:
    """A golden pair (Vale's shape: the exact sentence and rule): `sentence` and its close
    `neighbour` on the other side, each alone on the article page of `title`, get the
    verdicts the pair states (`head`: as reports_sentence reads it)."""
    assert reports_sentence(engine, rule, title, sentence, head) is fires, sentence
    assert reports_sentence(engine, rule, title, neighbour, head) is neighbour_fires, neighbour


def riverbend_page(title: str, body: str, site: str = "Riverbend Health",
                   staff: str = "Our clinicians see patients") -> str:
    """A clinic page (Riverbend) whose main text is a line about its staff, then `body`."""
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} | {site}</title>"
            f"</head><body><main><h1>{title}</h1><p>{staff} on weekdays "
            f"and talk through every option first.</p>{body}</main></body></html>")


def reported_on(engine: ContentEngine, rule: str, html: str) -> list[str]:
    """The sentences `rule` reports on the page `html`, in page order."""
    verdict = engine.check_page("https://riverbend.example/p/", html, status=200)
    return [f.sentence or "" for f in verdict.findings if f.rule_id == rule]


def telehealth_page(body: str) -> str:
    """The article page of a weight-loss telehealth seller whose doctors prescribe after a
    video visit, then `body`."""
    title = "Medical weight loss with semaglutide"
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            "<p>Our doctors prescribe weight-loss medicines after a video visit.</p>"
            f"{body}</article></main></body></html>")


def supplement_shop_page(body: str) -> str:
    """The supplement shop page of a clinic's store (capsules, powders and oils), then `body`."""
    return ("<html><head><title>Shop Supplements</title></head><body><main><article>"
            "<h1>Wellness supplements</h1><p>Our store carries capsules, powders and oils.</p>"
            f"{body}</article></main></body></html>")


def card(title: str, text: str) -> str:
    """A card: its title as a heading, then its text."""
    return f'<div class="card"><h3>{title}</h3><p>{text}</p></div>'


def story_quote(text: str, who: str) -> str:
    """A patient's story as a quotation signed by `who`."""
    return (f"<blockquote><p>\u201c{text}\u201d</p><footer>\u2014 {who}</footer>"
            "</blockquote>")


def story_fired(engine: ContentEngine, rule: str, title: str, story: str) -> bool:
    """`rule` reports the story (a quotation on a Riverbend page of `title`) on its sentence."""
    page = riverbend_page(title, "<h2>What patients say</h2>" + story_quote(story, "Ruth, 58"))
    return any(story[:40] in f for f in reported_on(engine, rule, page))


def assert_story_pair(engine: ContentEngine, rule: str, title: str, story: str, fires: bool,
                      neighbour: str, neighbour_fires: bool) -> None:
    """A golden pair of stories: `story` and its close `neighbour`, each a quotation on a
    Riverbend page of `title` (story_fired), get the verdicts the pair states."""
    assert story_fired(engine, rule, title, story) is fires, story
    assert story_fired(engine, rule, title, neighbour) is neighbour_fires, neighbour


def list_page(title: str, intro: str, item: str) -> str:
    """An article page of `title` whose list, under `intro`, holds `item` first."""
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>{intro}</p><ul><li>{item}</li><li>Anything else you ask us about</li></ul>"
            "</article></main></body></html>")


def heading_page(title: str, heading: str) -> str:
    """An article page of `title`: a line about the team, then `heading` over a line of
    practical text (a heading read with nothing in its section to lean on)."""
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>Our team sees patients on weekdays.</p><h2>{heading}</h2>"
            "<p>Each session lasts twenty minutes.</p></article></main></body></html>")


def harbor_page(title: str, body: str) -> str:
    """A shop-like page of the clinic (Harbor Wellness) whose main text is `body`."""
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Harbor Wellness</title>"
            f"</head><body><main><h1>{title}</h1><p>Orders ship in two days.</p>{body}"
            "</main></body></html>")


def reported(engine: ContentEngine, rule: str, title: str, body: str) -> list[str]:
    """The sentences `rule` reports on a harbor_page, sorted."""
    verdict = engine.check_page("https://harbor.example/p/", harbor_page(title, body),
                                status=200)
    return sorted(f.sentence or "" for f in verdict.findings if f.rule_id == rule)


# The claim rules of issue 13 (a compliant text must fire none of them).
CLAIM_RULES = {"unapproved-disease-claim", "infectious-disease-claim", "false-fda-approval-claim",
               "compounded-sameness-claim", "research-claims-cited", "no-guaranteed-results",
               "no-risk-minimization", "no-superlative-claims", "no-unqualified-cure-claims"}


def harbor_claim_rules(engine: ContentEngine, title: str, body: str) -> set[str]:
    """The claim rules that report anything on a harbor_page of `title` whose text is `body`."""
    verdict = engine.check_page("https://harbor.example/p/", harbor_page(title, body),
                                status=200)
    return {f.rule_id for f in verdict.findings} & CLAIM_RULES


def article_rules_fired(engine: ContentEngine, title: str, body: str) -> set[str]:
    """The rules that report anything on an article page of `title` whose article is `body`."""
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")
    return {f.rule_id for f in engine.check_page("https://clinic.example/p/", page).findings}
