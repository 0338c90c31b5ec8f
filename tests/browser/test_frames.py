"""A frame whose document failed to load is reported as a frame that could not be audited,
never audited as Chromium's error page."""

from __future__ import annotations

import pytest

from checker.browser.render import render_with_retry
from checker.browser.wcag import findings_from_axe
from tests.browser.conftest import fast_config
from tests.browser.servers import scripted
from tests.conftest import free_port, requires_browser

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]


def test_a_frame_that_failed_to_load_is_listed_not_audited(shared_pool):
    pool, config = shared_pool
    dead = f"http://127.0.0.2:{free_port()}/gone.html"  # nothing listens there
    page = ("<!doctype html><html lang=en><head><title>Framed</title></head><body><main>"
            f'<h1>Framed</h1><iframe src="{dead}" title="gone"></iframe>'
            '<iframe src="/inner.html" title="inner"></iframe></main></body></html>')
    inner = "<!doctype html><html lang=en><head><title>Inner</title></head><body><img src=x.gif>"
    with scripted("127.0.0.1", {"/": page, "/inner.html": inner}) as site:
        rendered = render_with_retry(pool, site.url, fast_config())
    assert rendered.error is None
    failed = rendered.extra["failed_frames"]
    assert [f["url"] for f in failed] == [dead]
    assert failed[0]["kind"] == "frame"
    findings = findings_from_axe(rendered.url, rendered.axe or {})
    # The working frame is audited (its image has no alt); the error page contributes nothing.
    assert any(f.rule_id == "image-alt" and ">>frame>>" in (f.selector or "") for f in findings)
    assert not any("chrome-error" in (f.excerpt or "") for f in findings)


def test_the_report_lists_a_frame_that_could_not_be_audited(tmp_path):
    from checker.outcome import run_audit

    dead = f"http://127.0.0.2:{free_port()}/gone.html"
    page = ("<!doctype html><html lang=en><head><title>Framed</title></head><body><main>"
            f'<h1>Framed</h1><iframe src="{dead}" title="gone"></iframe></main></body></html>')
    with scripted("127.0.0.1", {"/": page}) as site:
        config = fast_config(start=[site.url], out=tmp_path / "out", db=tmp_path / "a.sqlite",
                             formats=["html"], fail_on="never", max_pages=1)
        with run_audit(config) as outcome:
            pages = list(outcome.store.iter_pages(outcome.run.id))
    assert pages[0].error is None
    assert [f["url"] for f in pages[0].extra["failed_frames"]] == [dead]
    html = "".join(p.read_text() for p in (tmp_path / "out").rglob("*.html"))
    assert "Frames that could not be audited" in html and dead in html
