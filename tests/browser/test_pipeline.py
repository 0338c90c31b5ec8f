"""The browser stage inside the real pipeline (checker.audit): stalling pages are recorded
with their reasons, the audit completes, and what the render stage learns is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.audit import Audit
from checker.browser.render import SHOT_CONTEXT, SHOT_MAX_WIDTH
from checker.browser.wcag import axe_version
from tests.browser.conftest import fast_config, jpeg_size
from tests.conftest import requires_browser

pytestmark = [requires_browser, pytest.mark.browser]

PAGES = ["ok.html", "alert-on-load.html", "navigates-on-load.html", "never-loads.html",
         "script-loop.html", "tall.html"]


@pytest.fixture(scope="module")
def audited(site: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp: Path = tmp_path_factory.mktemp("pipeline")
    (tmp / "urls.txt").write_text("".join(site + p + "\n" for p in PAGES))
    config = fast_config(workers=2, urls_file=tmp / "urls.txt", start=[], out=tmp / "out",
                         full=True, fail_on="never")
    result = Audit(config).run()
    pages = {Path(p.url).name: p for p in result.store.iter_pages(result.run.id)}
    findings = list(result.store.iter_findings(result.run.id))
    result.store.close()
    return {"result": result, "pages": pages, "findings": findings, "out": tmp / "out"}


def test_stalling_pages_are_recorded_with_reasons_and_the_audit_completes(audited):
    pages = audited["pages"]
    assert set(PAGES) <= set(pages)
    assert audited["result"].run.status == "finished"
    assert pages["never-loads.html"].error == "page did not finish loading within 5 s"
    assert "renderer hung" in pages["script-loop.html"].error
    for name in ("ok.html", "alert-on-load.html", "navigates-on-load.html", "tall.html"):
        assert pages[name].error is None, (name, pages[name].error)
    assert pages["alert-on-load.html"].extra["dialogs"]
    assert pages["navigates-on-load.html"].extra["navigation_held"][0].endswith("/landing.html")


def test_screenshot_scale_and_bboxes_are_stored_for_the_report(audited):
    page = audited["pages"]["tall.html"]
    assert page.screenshot and (audited["out"] / page.screenshot).stat().st_size > 0
    assert page.extra["screenshot_scale"] == SHOT_MAX_WIDTH / 2000  # a 2000 CSS px page
    # The band of the 30,000 CSS px page that holds its one finding (1500-1540 CSS px),
    # SHOT_CONTEXT above and below: 640 CSS px, 256 image px.
    assert page.extra["screenshot_origin"] == [0, 1500 - SHOT_CONTEXT]
    band = round((40 + 2 * SHOT_CONTEXT) * SHOT_MAX_WIDTH / 2000)
    assert page.extra["screenshot_size"] == [SHOT_MAX_WIDTH, band]
    assert jpeg_size((audited["out"] / page.screenshot).read_bytes()) == (SHOT_MAX_WIDTH, band)
    assert page.extra["axe_version"] == axe_version(fast_config())
    boxes = [f.bbox for f in audited["findings"]
             if f.url == page.url and f.rule_id == "image-alt"]
    assert boxes == [{"x": 300, "y": 1500, "width": 50, "height": 40}]
    assert audited["result"].run.axe_version == "4.10.2"
