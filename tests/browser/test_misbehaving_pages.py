"""Pages that try to stall a worker: each is audited or recorded with a reason, and the worker
(and its pool) goes on with the next page."""

from __future__ import annotations

import pytest

from checker.browser.pool import BrowserPool
from checker.browser.render import render_with_retry
from checker.browser.wcag import findings_from_axe
from tests.browser.conftest import fast_config
from tests.conftest import requires_browser

pytestmark = [requires_browser, pytest.mark.browser]


def _rule_ids(rendered) -> set[str]:
    return {f.rule_id for f in findings_from_axe(rendered.url, rendered.axe or {})}


def test_alert_on_load_does_not_stall_the_worker(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "alert-on-load.html", config)
    assert rendered.error is None
    assert "image-alt" in _rule_ids(rendered)  # audited as a visitor sees it after the alert
    dialogs = rendered.extra["dialogs"]
    assert any(d.startswith("alert: Welcome") for d in dialogs)
    assert any(d.startswith("confirm:") for d in dialogs)
    assert any(d.startswith("window.open:") for d in dialogs)
    assert rendered.title == "Alert on load"  # confirm() was answered "cancel"


def test_beforeunload_does_not_keep_the_session_on_the_page(site, shared_pool):
    pool, config = shared_pool
    render_with_retry(pool, site + "alert-on-load.html", config)
    rendered = render_with_retry(pool, site + "ok.html", config)
    assert rendered.error is None
    assert rendered.final_url == site + "ok.html"


def test_page_that_navigates_away_on_load_is_audited_as_served(site, shared_pool):
    """The page a visitor's browser was served is the page audited; where it then wanted to
    go is held (answered 204) and handed to the crawl like a link."""
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "navigates-on-load.html", config)
    assert rendered.error is None
    assert rendered.final_url == site + "navigates-on-load.html"
    assert rendered.title == "Navigates away"
    assert rendered.extra["navigation_held"] == [site + "landing.html"]
    assert site + "landing.html" in rendered.links
    assert "image-alt" not in _rule_ids(rendered)  # the landing page's fault is not its own


def test_page_that_navigates_during_the_audit_is_audited_as_served(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "navigates-later.html", config)
    assert rendered.error is None
    assert rendered.title == "Navigates later"
    assert rendered.final_url == site + "navigates-later.html"


def test_page_that_keeps_navigating_is_audited_as_served(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "keeps-navigating.html", config)
    assert rendered.error is None
    assert rendered.title == "Keeps navigating"
    assert rendered.extra["navigation_held"][0].startswith(site + "keeps-navigating.html?")
    assert render_with_retry(pool, site + "ok.html", config).error is None


def test_page_that_never_fires_load_is_recorded_with_a_reason(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "never-loads.html", config)
    assert rendered.error == "page did not finish loading within 5 s"
    after = render_with_retry(pool, site + "ok.html", config)  # the session still works
    assert after.error is None and after.title == "Clinic page"


def test_infinite_script_loop_is_recorded_and_the_worker_goes_on(site):
    config = fast_config()
    with BrowserPool(config) as pool:
        rendered = render_with_retry(pool, site + "script-loop.html", config)
        assert rendered.error is not None
        assert "failed twice" in rendered.error and "renderer hung" in rendered.error
        assert pool.sessions_killed == 2  # the first try and the retry in a fresh session
        after = render_with_retry(pool, site + "ok.html", config)
        assert after.error is None and "image-alt" in _rule_ids(after)
