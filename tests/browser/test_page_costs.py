"""What a page costs the browser stage and what it gets for it: a video that never loads
does not hold axe for axe's own 10 s preload, and a page with nothing to outline gets no
screenshot while a page with findings does."""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from checker.audit import Audit
from checker.model import Page
from tests.browser.conftest import fast_config
from tests.browser.servers import Reply, Seen, scripted
from tests.conftest import requires_browser

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]

PAGE = ("<!doctype html><html lang=en><head><title>{title}</title></head><body><main>"
        "<h1>{title}</h1><p>We are open Monday to Friday, nine to five.</p>{extra}</main>"
        "</body></html>")


def audit(tmp: Path, start: str, **options: object) -> dict[str, Page]:
    config = fast_config(start=[start], out=tmp / "out", db=tmp / "audit.sqlite",
                         fail_on="never", max_pages=5, **options)
    result = Audit(config).run()
    try:
        return {urlsplit(p.url).path: p for p in result.store.iter_pages(result.run.id)}
    finally:
        result.store.close()


def test_a_video_that_never_loads_costs_the_preload_bound_not_axes_own(tmp_path):
    """axe waits for media before it checks; with its own 10 s preload this page would not
    be audited within the 6 s axe timeout, with a 1 s bound it is."""
    released = threading.Event()

    def stalled(seen: Seen) -> Reply:
        released.wait(30)  # the video's server never answers while the page is audited
        return Reply("", 404)

    video = '<video src="/clip.mp4" controls><track kind="captions" src="/c.vtt"></video>'
    routes = {"/": PAGE.format(title="Clinic tour", extra=video), "/clip.mp4": stalled}
    try:
        with scripted("127.0.0.1", routes) as site:
            pages = audit(tmp_path, site.url, axe_timeout=6, axe_preload_timeout=1)
    finally:
        released.set()
    home = pages["/"]
    assert home.error is None and home.rendered


def test_only_pages_with_findings_get_a_screenshot(tmp_path):
    routes = {"/": PAGE.format(title="Opening hours", extra='<a href="/team.html">Team</a>'),
              "/team.html": PAGE.format(title="Our team", extra='<img src="/p.png">'),
              "/p.png": ""}
    with scripted("127.0.0.1", routes) as site:
        pages = audit(tmp_path, site.url)
    clean, flawed = pages["/"], pages["/team.html"]
    assert clean.error is None and clean.rendered and clean.screenshot is None
    assert flawed.error is None and flawed.screenshot
    assert (tmp_path / "out" / flawed.screenshot).stat().st_size > 0
