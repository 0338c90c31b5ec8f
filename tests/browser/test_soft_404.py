"""A script-made site's not-found view: the server answers every path with the app's shell
(200) and the script shows "Page not found". The crawler cannot tell; the rendered page can."""

from __future__ import annotations

import pytest

from checker.audit import AuditCannotRun
from checker.outcome import run_audit
from tests.browser.conftest import fast_config
from tests.browser.servers import scripted
from tests.conftest import requires_browser

SHELL = ("<!doctype html><html lang=en><head><title>Riverbend Clinic</title></head><body>"
         "<main id=app></main><script>"
         "var found = {'/': 'Welcome', '/team/': 'Our team'}[location.pathname];"
         "document.getElementById('app').innerHTML = found"
         " ? '<h1>' + found + '</h1><p>Open Monday to Friday.</p><a href=\"/team/\">Team</a>'"
         " + '<a href=\"/old-offer/\">Offer</a>'"
         " : '<h1>Page not found</h1><p>Try the home page.</p>';"
         "if (!found) document.title = 'Page not found | Riverbend Clinic';"
         "</script></body></html>")


@requires_browser
@pytest.mark.browser
@pytest.mark.slow
def test_a_not_found_view_rendered_by_script_is_a_broken_link_not_a_clean_page(tmp_path):
    routes = {path: SHELL for path in ("/", "/team/", "/old-offer/")}
    with scripted("127.0.0.1", routes) as site:
        config = fast_config(start=[site.url], out=tmp_path / "out", db=tmp_path / "a.sqlite",
                             formats=["json"], fail_on="never")
        with run_audit(config) as outcome:
            pages = {p.url.removeprefix(site.url.rstrip("/")): p
                     for p in outcome.store.iter_pages(outcome.run.id)}
            code = outcome.exit_code
        gone = pages["/old-offer/"]
        assert gone.kind == "broken" and not gone.audited
        assert gone.error.startswith("soft 404") and "as the browser rendered it" in gone.error
        assert pages["/team/"].audited and pages["/team/"].error is None
        assert code == 0  # a broken link is listed, it is no page that could not be audited
        with pytest.raises(AuditCannotRun, match="soft 404"):
            run_audit(fast_config(start=[site.url + "old-offer/"], out=tmp_path / "o2",
                                  db=tmp_path / "b.sqlite", formats=["json"]))
