"""A page cannot fake or break its own audit: axe runs in an isolated world, its results are
verified, and one page's trouble never reaches another page."""

from __future__ import annotations

import pytest

from checker.browser.axe import verified
from checker.browser.render import render_with_retry
from checker.browser.wcag import findings_from_axe
from checker.model import PageFailure
from tests.browser.test_misbehaving_pages import _rule_ids
from tests.conftest import requires_browser


def chromium(test):  # noqa: ANN001, ANN201 - a decorator for the tests that need Chromium
    return requires_browser(pytest.mark.browser(pytest.mark.slow(test)))


@chromium
def test_a_page_that_defines_window_axe_is_still_audited_for_real(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "fake-axe.html", config)
    assert rendered.error is None
    assert "image-alt" in _rule_ids(rendered)
    assert rendered.extra["axe_version"] == "4.10.2"


@chromium
def test_a_page_overriding_array_tojson_neither_crashes_nor_hides_findings(site, shared_pool):
    pool, config = shared_pool
    rendered = render_with_retry(pool, site + "prototype-tojson.html", config)
    assert rendered.error is None
    assert "image-alt" in _rule_ids(rendered)
    assert site + "ok.html" in rendered.links  # the DOM was read in the isolated world too
    findings = findings_from_axe(rendered.url, rendered.axe or {})
    assert all(isinstance(f.wcag, list) for f in findings)
    after = render_with_retry(pool, site + "alert-on-load.html", config)
    assert after.error is None and "image-alt" in _rule_ids(after)


GOOD = {"violations": [{"id": "image-alt", "tags": ["wcag2a"], "nodes": [{"target": ["img"]}]}],
        "incomplete": [], "testEngine": {"name": "axe-core", "version": "4.10.2"}}


def test_results_of_the_injected_axe_pass_verification():
    assert verified(GOOD, "4.10.2") is GOOD


@pytest.mark.parametrize("bad", [
    "[object Object]",
    GOOD | {"violations": "[image-alt]"},  # Prototype.js's array-as-string
    GOOD | {"violations": [{"id": "image-alt", "nodes": "[]"}]},
    GOOD | {"violations": [{"id": "image-alt", "nodes": [{"target": "img"}]}]},
    GOOD | {"testEngine": {"name": "axe-core", "version": "0.0.1-fake"}},
    GOOD | {"testEngine": None},
])
def test_results_of_another_shape_or_engine_are_engine_tampered(bad):
    from checker.browser.axe import AxeError

    with pytest.raises(AxeError) as caught:
        verified(bad, "4.10.2")
    assert caught.value.failure == PageFailure.ENGINE_TAMPERED


@chromium
def test_tampering_pages_do_not_cost_the_audit_another_page(site, tmp_path):
    from checker.outcome import run_audit
    from tests.browser.conftest import fast_config

    names = ["prototype-tojson.html", "fake-axe.html", "ok.html"]
    (tmp_path / "urls.txt").write_text("".join(site + n + "\n" for n in names))
    config = fast_config(urls_file=tmp_path / "urls.txt", out=tmp_path / "out",
                         db=tmp_path / "a.sqlite", fail_on="never", workers=2)
    with run_audit(config) as outcome:
        pages = {p.url.rsplit("/", 1)[-1]: p for p in outcome.store.iter_pages(outcome.run.id)}
        findings = list(outcome.store.iter_findings(outcome.run.id))
    assert set(names) <= set(pages)
    assert all(pages[n].error is None and pages[n].rendered for n in names)
    for name in ("prototype-tojson.html", "fake-axe.html"):
        assert any(f.rule_id == "image-alt" and f.url.endswith(name) for f in findings)
