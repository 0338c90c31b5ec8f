"""axe in the page: every frame (same- and cross-origin), the WCAG profile and rule options,
needs-review results, the axe version in use, and where each finding is on the screenshot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.browser.axe import page_world
from checker.browser.pool import BrowserPool
from checker.browser.render import SHOT_MAX_HEIGHT, SHOT_MAX_WIDTH, render_page, render_with_retry
from checker.browser.wcag import axe_tags, axe_version, bundled_axe_script, findings_from_axe
from checker.browser.worlds import WorldGone
from checker.settings import AuditConfig, ConfigError
from tests.browser.conftest import fast_config, jpeg_size
from tests.conftest import requires_browser


def _findings(rendered):
    return findings_from_axe(rendered.url, rendered.axe or {})


def test_wcag_profile_maps_to_axe_tags():
    assert axe_tags(AuditConfig(wcag_version="2.0", level="A")) == ["wcag2a"]
    assert axe_tags(AuditConfig()) == ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    tags = axe_tags(AuditConfig(wcag_version="2.2", level="AAA", best_practices=True))
    assert {"wcag22aa", "wcag2aaa", "best-practice"} <= set(tags)


def test_unknown_axe_rule_id_is_a_usage_error():
    from checker.outcome import prepare

    with pytest.raises(ConfigError, match="unknown axe rule id: imgae-alt"):
        prepare(AuditConfig(axe_rules=["imgae-alt"]))
    prepare(AuditConfig(axe_rules=["image-alt"], disable_axe_rules=["label"]))


@pytest.mark.parametrize("frame_id", ["same", "cross"])
@pytest.mark.browser
@requires_browser
def test_axe_runs_in_same_origin_and_cross_origin_frames(site, shared_pool, frame_id):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "frames.html", config)
    assert rendered.error is None
    images = [f for f in _findings(rendered) if f.rule_id == "image-alt"]
    selectors = {f.selector: f for f in images}
    key = f"#{frame_id} >>frame>> #inner-img"
    assert key in selectors, selectors.keys()
    bbox = selectors[key].bbox
    left = 50 if frame_id == "same" else 500
    if frame_id == "same":  # inside a same-origin frame we reach the element itself
        assert bbox == {"x": left + 10, "y": 320, "width": 20, "height": 20}
    else:  # a cross-origin frame's document is out of reach: the frame's box, best effort
        assert bbox == {"x": left, "y": 300, "width": 400, "height": 200}


@pytest.mark.browser
@requires_browser
def test_findings_carry_a_bbox_that_maps_onto_the_capped_screenshot(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "tall.html", config)
    assert rendered.error is None
    (finding,) = [f for f in _findings(rendered) if f.rule_id == "image-alt"]
    assert finding.bbox == {"x": 300, "y": 1500, "width": 50, "height": 40}
    extra = rendered.extra
    scale = extra["screenshot_scale"]
    assert scale == SHOT_MAX_WIDTH / 2000
    assert jpeg_size(rendered.screenshot) == tuple(extra["screenshot_size"])
    assert extra["screenshot_size"][0] == SHOT_MAX_WIDTH
    assert extra["screenshot_size"][1] == SHOT_MAX_HEIGHT  # 30000 CSS px page, cut
    assert extra["screenshot_truncated"] is True
    assert extra["screenshot_css_size"] == [2000, SHOT_MAX_HEIGHT / scale]
    # The element lies inside the picture at bbox * scale.
    assert finding.bbox["y"] * scale < extra["screenshot_size"][1]


@pytest.mark.browser
@requires_browser
def test_the_page_world_is_kept_for_its_document_and_never_reaches_the_next(site, shared_pool):
    """The isolated world is opened once a page (the stamp, DOM read, axe, screenshot and
    sentences share it); the next page gets its own, without what the last one held, and the
    last page's kept world fails loudly instead of running in the new document."""
    pool, _config = shared_pool
    session = pool.acquire()
    try:
        session.interceptor.begin_page(site + "ok.html")
        session.driver.get(site + "ok.html")
        kept = page_world(session)
        kept.evaluate("window.__ccMark = 1", 10)
        assert page_world(session) is kept
        session.interceptor.begin_page(site + "needs-review.html")
        session.driver.get(site + "needs-review.html")
        fresh = page_world(session)
        assert fresh is not kept
        assert fresh.evaluate("typeof window.__ccMark", 10) == "undefined"
        with pytest.raises(WorldGone):
            kept.evaluate("window.__ccMark", 10)
    finally:
        pool.release(session)


@pytest.mark.browser
@requires_browser
def test_findings_carry_wcag_criteria_level_help_html_and_summary(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "ok.html", config)
    (finding,) = [f for f in _findings(rendered) if f.rule_id == "image-alt"]
    assert finding.wcag == ["1.1.1"] and finding.level == "A"
    assert finding.severity.value == "critical" and finding.status == "violation"
    assert finding.help_url.startswith("https://dequeuniversity.com/rules/axe/")
    assert finding.message == "Images must have alternative text"
    assert finding.excerpt.startswith("<img") and finding.selector == "img"
    assert "Fix any of the following" in finding.summary


@pytest.mark.browser
@requires_browser
def test_incomplete_results_are_kept_as_needs_review(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "needs-review.html", config)
    review = [f for f in _findings(rendered) if f.status == "needs-review"]
    assert any(f.rule_id == "color-contrast" for f in review)
    assert set(rendered.axe) >= {"violations", "incomplete"}
    assert "passes" not in rendered.axe and "inapplicable" not in rendered.axe


@pytest.mark.browser
@requires_browser
def test_rule_options_choose_what_axe_runs(site):
    only = fast_config(axe_rules=["image-alt"], screenshots=False)
    without = fast_config(disable_axe_rules=["image-alt"], screenshots=False)
    with BrowserPool(only) as pool:
        session = pool.acquire()
        picked = render_page(session, site + "alert-on-load.html", only)
        skipped = render_page(session, site + "alert-on-load.html", without)
        pool.release(session)
    assert {f.rule_id for f in _findings(picked)} == {"image-alt"}
    assert "image-alt" not in {f.rule_id for f in _findings(skipped)}
    assert picked.screenshot is None and "screenshot_scale" not in picked.extra


@pytest.fixture
def custom_axe(tmp_path: Path) -> Path:
    """The bundled axe with another version number: enough to prove which script ran."""
    source = bundled_axe_script().read_text(encoding="utf-8")
    source = re.sub(r'axe\.version="[^"]+"', 'axe.version="4.99.0-test"', source, count=1)
    path = tmp_path / "axe.min.js"
    path.write_text(source.replace("axe v4.10.2", "axe v4.99.0-test", 1), encoding="utf-8")
    return path


@pytest.mark.browser
@requires_browser
def test_axe_script_option_runs_that_script_and_names_its_version(site, custom_axe):
    config = fast_config(axe_script=custom_axe, screenshots=False)
    assert axe_version(config) == "4.99.0-test"
    assert axe_version(AuditConfig()) == "4.10.2"
    with BrowserPool(config) as pool:
        rendered = render_with_retry(pool, site + "ok.html", config)
    assert rendered.extra["axe_version"] == "4.99.0-test"
    assert rendered.axe["testEngine"]["version"] == "4.99.0-test"
    assert "image-alt" in {f.rule_id for f in _findings(rendered)}


@pytest.mark.browser
@requires_browser
def test_axe_waits_in_its_own_world_of_the_next_documents_not_the_pages(site):
    """After a session's first page, each new document holds axe's loader in axe's isolated
    world (no 0.5 MB script sent a page); the page's own scripts never see it, and a page
    audited with it has the findings of a page that was sent the script."""
    config = fast_config(screenshots=False)
    with BrowserPool(config) as pool:
        sent = pool.acquire(fresh=True)  # its first page is sent the script
        reference = render_page(sent, site + "needs-review.html", config)
        session = pool.acquire(fresh=True)
        render_page(session, site + "ok.html", config)
        session.interceptor.begin_page(site + "needs-review.html")  # else held: 204
        session.driver.get(site + "needs-review.html")
        assert page_world(session).evaluate(
            "typeof __clinicCheckerAxeLoader", 10) == "function"
        assert session.driver.execute_script(
            "return typeof __clinicCheckerAxeLoader") == "undefined"
        loaded = render_page(session, site + "needs-review.html", config)
        pool.release(sent)
        pool.release(session)
    assert reference.error is None and loaded.error is None
    assert sorted((f.rule_id, f.status, f.selector) for f in _findings(loaded)) == sorted(
        (f.rule_id, f.status, f.selector) for f in _findings(reference)) != []
