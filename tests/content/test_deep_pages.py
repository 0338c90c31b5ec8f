"""A page nested deeply is read whole or not passed: libxml2 dropped everything below 256
nested elements without a word, and the rules' walk stopped at 400, so a claim (and every
paragraph after it) nested deeper was never read and the page passed. A hostile page can hide
its claims that way; a browser renders them."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.pool import work_on
from checker.crawl.links import extract_links
from checker.settings import AuditConfig

pytestmark = pytest.mark.timeout(60)


def _page(depth: int) -> str:
    deep = ("<div>" * depth + "<p>Our drip cures chronic fatigue. <a href=/deep.html>More</a>"
            "</p>" + "</div>" * depth)
    return ("<!doctype html><html lang=en><head><title>IV therapy</title></head><body><main>"
            f"<h1>IV therapy</h1>{deep}<p>Book a visit.</p></main></body></html>")


@pytest.fixture(scope="module")
def engine() -> ContentEngine:
    return ContentEngine(AuditConfig().content)


def test_a_claim_nested_300_deep_is_read(engine: ContentEngine) -> None:
    work = work_on(engine, "http://127.0.0.1/", _page(300), 200, "http://127.0.0.1/")
    assert work.error is None and work.verdict is not None
    assert "no-unqualified-cure-claims" in {f.rule_id for f in work.verdict.findings}
    assert extract_links(_page(300), "http://127.0.0.1/") == ["http://127.0.0.1/deep.html"]


@pytest.mark.parametrize("depth", [600, 50_000])
def test_a_page_nested_deeper_than_the_rules_read_is_not_audited(engine: ContentEngine,
                                                                  depth: int) -> None:
    work = work_on(engine, "http://127.0.0.1/", _page(depth), 200, None)
    assert work.verdict is None  # a page error (PageFailure.CONTENT_FAILED), never a pass
    assert work.error is not None and "more than 400 deep" in work.error
