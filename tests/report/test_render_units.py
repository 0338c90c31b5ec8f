"""Small pieces of the HTML report: sentence highlighting, WCAG criteria, screenshot sizes,
link safety, the CSP hash."""

from __future__ import annotations

import base64
import hashlib
import struct
from pathlib import Path

import pytest

from checker.model import Finding, Page
from checker.report.common import safe_href
from checker.report.html_writer import csp, highlight, script
from checker.report.screenshot import image_size, screenshot_view
from checker.report.wcag_sc import criterion


def _content(sentence: str | None, excerpt: str | None) -> Finding:
    return Finding(rule_id="r", source="content", severity="serious", url="http://x/",
                   message="m", sentence=sentence, excerpt=excerpt)


@pytest.mark.parametrize("sentence,excerpt,expected", [
    ("Cures it.", "Hi. Cures it. Bye.", ("Hi. ", "Cures it.", " Bye.")),
    ("cures   it.", "Hi. Cures\n it. Bye.", ("Hi. ", "Cures\n it.", " Bye.")),
    ("Not here.", "Hi. Cures it.", None),
    (None, "Hi.", None),
    ("x", None, None),
])
def test_highlight(sentence, excerpt, expected):
    assert highlight(_content(sentence, excerpt)) == expected


def test_wcag_criteria_link_to_understanding_pages():
    assert criterion("1.4.3") == {
        "sc": "1.4.3", "level": "AA", "title": "Contrast (Minimum)",
        "url": "https://www.w3.org/WAI/WCAG21/Understanding/contrast-minimum.html"}
    assert criterion("4.1.2")["url"].endswith("/WCAG21/Understanding/name-role-value.html")
    assert criterion("2.5.8")["url"].endswith("/WCAG22/Understanding/target-size-minimum.html")
    assert criterion("9.9.9") == {"sc": "9.9.9", "level": None, "title": None, "url": None}


@pytest.mark.parametrize("url,expected", [
    ("https://a.test/x", "https://a.test/x"), ("http://a.test/", "http://a.test/"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,x", None),
    ("", None), (None, None),
])
def test_only_http_links(url, expected):
    assert safe_href(url) == expected


def test_csp_allows_exactly_the_report_script():
    digest = base64.b64encode(hashlib.sha256(script().encode()).digest()).decode()
    policy = csp(script())
    assert f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "unsafe" not in policy


def _png(width: int, height: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(
        ">II", width, height) + b"\x08\x02\x00\x00\x00"


def test_screenshot_boxes_follow_the_scale(tmp_path: Path):
    (tmp_path / "shots").mkdir()
    (tmp_path / "shots" / "a.png").write_bytes(_png(2560, 2000))
    assert image_size(tmp_path / "shots" / "a.png") == (2560, 2000)
    page = Page(url="http://x/", screenshot="shots/a.png", extra={"screenshot_scale": 2})
    inside = Finding(rule_id="r", source="wcag", severity="minor", url="http://x/",
                     message="m", bbox={"x": 10, "y": 20, "width": 30, "height": 40})
    outside = Finding(rule_id="r", source="wcag", severity="minor", url="http://x/",
                      message="m", bbox={"x": 5000, "y": 20, "width": 30, "height": 40})
    view = screenshot_view(tmp_path, page, [inside, outside, _content("s", "s")], "../")
    assert view is not None and view["href"] == "../shots/a.png"
    assert [(b["n"], b["x"], b["y"], b["w"], b["h"]) for b in view["boxes"]] == [
        (1, 20.0, 40.0, 60.0, 80.0)]


def test_screenshot_boxes_follow_the_origin_of_a_band(tmp_path: Path):
    """A screenshot of the band of the page that holds the findings starts at a CSS y: a box
    is placed from there, and one above the band is left out."""
    (tmp_path / "shots").mkdir()
    (tmp_path / "shots" / "a.png").write_bytes(_png(1000, 600))
    page = Page(url="http://x/", screenshot="shots/a.png",
                extra={"screenshot_scale": 0.5, "screenshot_origin": [0, 9000]})
    below = Finding(rule_id="r", source="wcag", severity="minor", url="http://x/",
                    message="m", bbox={"x": 100, "y": 9400, "width": 200, "height": 40})
    above = Finding(rule_id="r", source="wcag", severity="minor", url="http://x/",
                    message="m", bbox={"x": 100, "y": 500, "width": 200, "height": 40})
    view = screenshot_view(tmp_path, page, [below, above])
    assert view is not None
    assert [(b["n"], b["x"], b["y"], b["w"], b["h"]) for b in view["boxes"]] == [
        (1, 50.0, 200.0, 100.0, 20.0)]


def test_a_screenshot_path_cannot_leave_the_report(tmp_path: Path):
    (tmp_path / "secret.png").write_bytes(_png(10, 10))
    (tmp_path / "out").mkdir()
    page = Page(url="http://x/", screenshot="../secret.png")
    assert screenshot_view(tmp_path / "out", page, []) is None


def test_failed_criteria_are_those_at_or_below_the_audited_level(tmp_path):
    """axe tags a keyboard rule with 2.1.1 (A) and 2.1.3 (AAA): an AA audit fails 2.1.1 and
    says nothing about 2.1.3."""
    from checker.model import Run
    from checker.report.overview import gather
    from checker.store.db import Store

    store = Store(tmp_path / "audit.sqlite")
    run = Run(id="r1", site="x", started="2026-01-01T00:00:00", options={"level": "AA"})
    store.start_run(run)
    keyboard = Finding(rule_id="scrollable-region-focusable", source="wcag",
                       severity="serious", url="http://x/", message="m", selector="div",
                       wcag=["2.1.1", "2.1.3"], level="A")
    contrast = Finding(rule_id="color-contrast", source="wcag", severity="serious",
                       url="http://x/", message="m", selector="p", wcag=["1.4.3"], level="AA")
    store.save_page("r1", Page(url="http://x/"), [keyboard, contrast])
    assert [c["sc"] for c in gather(store, "r1", run).criteria] == ["1.4.3", "2.1.1"]
    run.options["level"] = "AAA"
    assert [c["sc"] for c in gather(store, "r1", run).criteria] == ["1.4.3", "2.1.1", "2.1.3"]
    store.close()
