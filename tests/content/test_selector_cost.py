"""A hostile (or just very long) page under the body cap must not stall the audit: a page of
20,000 flagged paragraphs side by side made the content rules spend minutes building their
CSS selectors (each one scanned all its siblings, and the whole document for its ancestor's
id). The selectors are the same; each page's positions and ids are read once."""

from __future__ import annotations

import lxml.html
import pytest

from checker.content.document import SelectorMemo
from checker.content.extract import css_selector

PARAGRAPHS = 20_000


@pytest.mark.timeout(30)
def test_selectors_of_every_paragraph_of_a_huge_page_are_quick_and_unchanged() -> None:
    body = "".join(f"<p>Our drip number {i} cures fatigue.</p>" for i in range(PARAGRAPHS))
    tree = lxml.html.document_fromstring(
        f"<html><body><main id=content><h1>x</h1>{body}<div id=twice></div>"
        f"<div id=twice><p>in a div</p></div></main></body></html>")
    paragraphs = tree.findall(".//p")
    memo = SelectorMemo()
    selectors = [css_selector(p, memo) for p in paragraphs]  # 20,000 findings on one page
    assert selectors[0] == "#content > p:nth-of-type(1)"
    assert selectors[PARAGRAPHS - 1] == f"#content > p:nth-of-type({PARAGRAPHS})"
    # an id used twice is no anchor: the path goes on up
    assert selectors[-1] == "#content > div:nth-of-type(2) > p"
    assert [css_selector(p) for p in paragraphs[:3] + paragraphs[-3:]] == (
        selectors[:3] + selectors[-3:])  # without a memo: the same answers
