"""An incremental audit gives exactly what --full gives when the page's HTML is the same but
a stylesheet or script it loads changed: the DOM and what axe sees are made of both."""

from __future__ import annotations

import pytest

from checker.outcome import run_audit
from tests.browser.conftest import fast_config
from tests.browser.servers import Reply, scripted
from tests.conftest import requires_browser

PAGE = ("<!doctype html><html lang=en><head><title>Hours</title>"
        '<link rel="stylesheet" href="/site.css"><script src="/app.js" defer></script>'
        "</head><body><main><h1>Hours</h1><p class=note>Open Monday to Friday.</p>"
        '<div id="slot"></div></main></body></html>')
GOOD_CSS = ".note { color: #000; background: #fff }"
PALE_CSS = ".note { color: #ccc; background: #fff }"
NO_JS = "// nothing yet"
IMAGE_JS = ("document.getElementById('slot').innerHTML ="
            " '<img src=\"/x.png\" width=20 height=20>';")


def _assets(files: dict[str, str], cache: bool = False) -> dict[str, object]:
    def css(_seen: object) -> Reply:
        headers = {"Content-Type": "text/css"} | (
            {"Cache-Control": "max-age=3600"} if cache else {})
        return Reply(files["css"], headers=headers)

    def js(_seen: object) -> Reply:
        return Reply(files["js"], headers={"Content-Type": "text/javascript"})
    return {"/": PAGE, "/site.css": css, "/app.js": js}


@requires_browser
@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("change,rule", [({"css": PALE_CSS}, "color-contrast"),
                                         ({"js": IMAGE_JS}, "image-alt")])
def test_a_changed_stylesheet_or_script_is_audited_again(tmp_path, change, rule):
    files = {"css": GOOD_CSS, "js": NO_JS}
    with scripted("127.0.0.1", _assets(files)) as site:
        def audit(name: str, **options: object) -> set[tuple[str, bool]]:
            config = fast_config(start=[site.url], out=tmp_path / name, max_pages=1,
                                 db=tmp_path / "a.sqlite", formats=["json"],
                                 fail_on="never", **options)
            with run_audit(config) as outcome:
                return {(f.rule_id, f.carried_over)
                        for f in outcome.store.iter_findings(outcome.run.id)
                        if f.source == "wcag" and f.status == "violation"}
        first = audit("first")
        assert not any(rule_id == rule for rule_id, _ in first)
        files.update(change)  # the page's HTML is byte for byte the same
        incremental = audit("incremental")
        full = audit("full", full=True)
    assert (rule, False) in full
    assert {r for r, _ in incremental} == {r for r, _ in full}
    assert (rule, False) in incremental  # found on this run's render, not carried over


@requires_browser
@pytest.mark.browser
@pytest.mark.slow
def test_unchanged_assets_still_carry_the_page_over(tmp_path):
    files = {"css": GOOD_CSS, "js": NO_JS}
    with scripted("127.0.0.1", _assets(files)) as site:
        def audit(name: str) -> int:
            config = fast_config(start=[site.url], out=tmp_path / name, max_pages=1,
                                 db=tmp_path / "a.sqlite", formats=["json"], fail_on="never")
            with run_audit(config) as outcome:
                return outcome.store.page_tally(outcome.run.id)["carried_over"]
        audit("first")
        before = len(site.seen)
        assert audit("second") == 1
        asked = [s.path for s in site.seen[before:]]
    assert asked.count("/site.css") <= 1 and asked.count("/app.js") <= 1


@requires_browser
@pytest.mark.browser
@pytest.mark.slow
def test_a_stylesheet_the_browser_had_cached_still_counts(tmp_path):
    # Two pages share a stylesheet: the one browser serves the second page's copy from its
    # cache, which no request shows. The DOM's own list of stylesheets does.
    files = {"css": GOOD_CSS, "js": NO_JS}
    second = PAGE.replace("<h1>Hours</h1>", '<h1>Hours</h1><a href="/more/">More</a>')
    routes = _assets(files, cache=True) | {"/": second, "/more/": PAGE}
    with scripted("127.0.0.1", routes) as site:
        def audit(name: str) -> dict[str, bool]:
            config = fast_config(start=[site.url], out=tmp_path / name, max_pages=2,
                                 db=tmp_path / "a.sqlite", formats=["json"], fail_on="never")
            with run_audit(config) as outcome:
                return {p.url: p.carried_over for p in outcome.store.iter_pages(outcome.run.id)}
        audit("first")
        assert all(audit("second").values())
        files["css"] = PALE_CSS
        assert not any(audit("third").values())  # both rendered again
