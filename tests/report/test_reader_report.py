"""The report as its three readers meet it, in real Chromium, on the demo site audited as a
folder: words without template placeholders, every file readable at 390 px (a phone) and at
1366 px with nothing wider than the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checker.browser.pool import Session, start_session
from checker.settings import AuditConfig
from tests.conftest import SUITE_AS_OF, open_at_width, requires_browser, restore_viewport, run_cli

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]

AS_OF = SUITE_AS_OF.isoformat()
WIDTHS = (390, 1366)

# Every element's right edge, and the document's scroll width, against the viewport.
OVERFLOW = """
var width = window.innerWidth, wide = [];
document.querySelectorAll('body *').forEach(function (el) {
  var box = el.getBoundingClientRect();
  if (box.width > 0 && box.right > width + 0.5) {
    wide.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(box.right));
  }
});
return {scroll: document.documentElement.scrollWidth, width: width, wide: wide.slice(0, 5)};
"""


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from checker.demo import demo_site_dir

    out = tmp_path_factory.mktemp("reader-report")
    # one worker: one Chromium start (a second costs ~4 CPU-s and tests nothing here)
    proc = run_cli("audit", str(demo_site_dir()), "--out", str(out / "run"), "--db",
                   str(out / "history.sqlite"), "--as-of", AS_OF, "--workers", "1", "-q",
                   "--format", "html,json,junit")
    assert proc.returncode == 1, proc.stderr  # the demo's planted defects fail the gate
    return out / "run"


def _report_files(report: Path) -> list[Path]:
    return [report / "index.html", report / "rules.html",
            *sorted((report / "rules").glob("*.html")), *sorted((report / "pages").glob("*.html"))]


def test_rule_pages_show_no_template_placeholder(demo_report: Path) -> None:
    files = [demo_report / "rules.html", *sorted((demo_report / "rules").glob("*.html"))]
    assert len(files) > 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        body = text[text.index("<main"):text.index("</main>")]
        assert "{" not in body, f"{path.name}: {body[body.index('{') - 80:][:160]}"


def test_plurals_read_right(demo_report: Path) -> None:
    rule = (demo_report / "rules" / "risks-section-present.html").read_text(encoding="utf-8")
    assert "1 open finding on 1 page" in rule
    assert "of at least 40 words" in rule


@pytest.fixture(scope="module")
def reader() -> Iterator[Session]:
    """One Chromium for both widths: each page is laid out at the test's width (DevTools
    device metrics, as the checker itself narrows a page) and the session's own viewport is
    put back after; the report files are local files, read without cookies or storage."""
    session = start_session(AuditConfig(screenshots=False))
    try:
        yield session
    finally:
        session.quit()


@pytest.mark.parametrize("width", WIDTHS)
def test_no_element_is_wider_than_the_screen(demo_report: Path, reader: Session,
                                             width: int) -> None:
    driver = reader.driver
    try:
        for path in _report_files(demo_report):
            open_at_width(driver, path.as_uri(), width)
            seen = driver.execute_script(OVERFLOW)
            assert seen["width"] == width
            assert seen["scroll"] <= seen["width"] and not seen["wide"], (path.name, seen)
    finally:
        restore_viewport(driver)


def test_a_folder_audit_names_files_not_loopback_urls(demo_report: Path) -> None:
    files = [demo_report / "index.html", demo_report / "rules.html",
             *demo_report.glob("rules/*.html"), *demo_report.glob("pages/*.html")]
    for path in files:
        assert "127.0.0.1" not in path.read_text(encoding="utf-8"), path.name
    index = (demo_report / "index.html").read_text(encoding="utf-8").replace("<wbr>", "")
    assert "demo_site/services/tms.html" in index
    assert "demo_site/index.html" in index
