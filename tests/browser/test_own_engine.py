"""Our own WCAG checks (`--engine checker`, checker/browser/engines/own.py) in real Chromium on
127.0.0.1: each rule fires on the element of own-barriers.html made for it and on nothing of
own-controls.html (the same content without the barriers), in the same render as axe, in
frames too; axe's findings are the same with the engine on; the page keeps its focus."""

from __future__ import annotations

import pytest

from checker.browser.engines import engine_findings, own
from checker.browser.engines.frames import XPATH_JS
from checker.browser.guard import RequestPolicy
from checker.browser.pool import BrowserPool
from checker.browser.render import Rendered, render_with_retry
from checker.browser.wcag import findings_from_axe
from tests.browser.conftest import fast_config
from tests.conftest import requires_browser

pytestmark = [requires_browser, pytest.mark.browser]

# rule -> the ids of own-barriers.html it must find (a frame's element: "frame>id")
EXPECTED = {
    "image-alt-not-alternative": {"alt-file", "alt-link>img"},
    "image-alt-says-decorative": {"deco"},
    "aria-name-prohibited": {"named-div"},
    "page-title-not-descriptive": {"title"},
    "frame-title-placeholder": {"frame"},
    "focus-not-visible": {"book-link"},
    "content-does-not-reflow": {"wide"},
    "text-clipped-when-zoomed": {"clipped"},
    "pointer-only-handler": {"clicky", "scripted"},  # inline, and added by a script
    "list-drawn-with-text": {"fake-list", "frame>inner-list"},
    "lang-does-not-match-text": {"wrong-lang"},
    "tabindex-positive": {"jumps"},
    "link-text-generic": {"generic"},
    "audio-without-transcript": {"talk"},
    "media-autoplay-cannot-pause": {"autoplays"},
    "viewport-prevents-zoom": {"viewport"},
    "table-header-heads-nothing": {"no-cells"},
    "text-over-image-low-contrast": {"over-gradient", "over-photo"},  # a CSS gradient, an img
}
# Rules tested on pages of their own (a keyboard trap would take focus from the other checks).
ELSEWHERE = {"keyboard-trap"}
# The element paths (frames.XPATH_JS) of those ids, read in the page.
_PATHS_JS = XPATH_JS + """
var frame = document.getElementById('frame'), out = {};
['alt-file', 'deco', 'named-div', 'wide', 'clipped', 'frame', 'book-link', 'clicky', 'scripted',
 'fake-list', 'wrong-lang', 'jumps', 'generic', 'talk', 'autoplays', 'over-gradient',
 'over-photo'].forEach(function (id) {
  out[id] = __ccXpath(document.getElementById(id));
});
out['alt-link>img'] = __ccXpath(document.querySelector('#alt-link img'));
out['title'] = __ccXpath(document.querySelector('title'));
out['viewport'] = __ccXpath(document.querySelector('meta[name=viewport]'));
out['no-cells'] = __ccXpath(document.getElementById('no-cells'));
out['frame>inner-list'] = __ccXpath(frame) +
    __ccXpath(frame.contentDocument.getElementById('inner-list'));
return out;"""


@pytest.fixture(scope="module")
def own_pool():
    config = fast_config(engines=["axe", "checker"], axe_timeout=30, screenshots=False)
    with BrowserPool(config, policy=RequestPolicy(guard=None)) as pool:
        yield pool, config


def _render(pool_config, url: str) -> Rendered:
    pool, config = pool_config
    rendered = render_with_retry(pool, url, config)
    assert rendered.error is None and rendered.engines, rendered.error
    assert rendered.engines["errors"] == {}
    return rendered


@pytest.fixture(scope="module")
def barriers(site: str, own_pool) -> tuple[Rendered, dict[str, str], str]:
    """The rendered barrier page, its elements' paths and the id of the element that has focus
    after the engines ran, both read in the document the engines saw."""
    rendered = _render(own_pool, site + "own-barriers.html")
    session = own_pool[0].acquire()
    try:
        paths = session.driver.execute_script(_PATHS_JS)
        focused, width = session.driver.execute_script(
            "return [document.activeElement.id, window.innerWidth]")
    finally:
        own_pool[0].release(session)
    assert width == 1280  # the reflow check's 320 px are gone: the audit's viewport is back
    return rendered, paths, focused


def test_each_rule_fires_on_its_barrier(barriers, own_pool):
    rendered, paths, _ = barriers
    found: dict[str, set[str]] = {}
    for hit in own.hits(rendered.engines["raw"][own.NAME], own_pool[1]):
        found.setdefault(hit.rule_id, set()).add(hit.xpath)
    assert set(found) == {rule.id for rule in own.RULES} - ELSEWHERE
    assert set(EXPECTED) | ELSEWHERE == {rule.id for rule in own.RULES}
    for rule, ids in EXPECTED.items():
        assert found[rule] == {paths[i] for i in ids}, rule


def test_statuses_criteria_and_links_come_from_each_rules_metadata(barriers, own_pool):
    rendered, paths, _ = barriers
    hits = own.hits(rendered.engines["raw"][own.NAME], own_pool[1])
    for hit in hits:
        rule = own.BY_ID[hit.rule_id]
        assert hit.status == rule.status  # none of these barriers is a weaker case
        assert hit.help_url == rule.help_url and hit.help_url.startswith("https://www.w3.org/")
        assert set(hit.wcag) & set(rule.wcag)
        assert hit.to_finding(rendered.url).rule_id == f"checker:{rule.id}"
    by_path = {(h.rule_id, h.xpath): h for h in hits}
    # an image that is all its link says fails the link's purpose too
    assert by_path["image-alt-not-alternative", paths["alt-link>img"]].wcag == ["1.1.1", "2.4.4"]
    assert by_path["image-alt-not-alternative", paths["alt-file"]].wcag == ["1.1.1"]
    # a passage's language is 3.1.2, the page's 3.1.1
    assert by_path["lang-does-not-match-text", paths["wrong-lang"]].wcag == ["3.1.2"]


def test_nothing_fires_on_the_same_content_without_the_barriers(site, own_pool):
    rendered = _render(own_pool, site + "own-controls.html")
    hits = own.hits(rendered.engines["raw"][own.NAME], own_pool[1])
    assert [(h.rule_id, h.xpath) for h in hits] == []
    # the collectors saw the elements all the same: the controls are judged, not missed
    seen = {item["collector"] for item in rendered.engines["raw"][own.NAME]}
    assert {"images", "title", "frames", "language", "links", "handlers", "media"} <= seen


def test_the_focus_check_gives_the_focused_element_its_focus_back(barriers):
    """own-barriers.html focuses its search field on load; the focus check focuses every
    element in the tab order in turn and must leave focus where the page had it."""
    rendered, _, focused = barriers
    assert any(item["collector"] == "focus" for item in rendered.engines["raw"][own.NAME])
    assert focused == "focused"


def test_axe_findings_are_the_same_with_the_engine_on(site, own_pool, barriers):
    rendered, _, _ = barriers
    pool, _ = own_pool
    alone = render_with_retry(pool, site + "own-barriers.html",
                              fast_config(engines=["axe"], axe_timeout=30, screenshots=False))
    assert alone.error is None and alone.engines is None

    def shape(findings):
        return sorted((f.rule_id, f.selector, f.status, f.severity, tuple(f.wcag), f.message,
                       f.fingerprint) for f in findings)

    with_engine = findings_from_axe(rendered.url, rendered.axe or {})
    assert with_engine
    assert shape(with_engine) == shape(findings_from_axe(alone.url, alone.axe or {}))
    merged = engine_findings(rendered.url, rendered.engines, own_pool[1], with_engine)
    assert shape(merged[:len(with_engine)]) == shape(with_engine)
    assert {f.rule_id for f in merged[len(with_engine):]} >= {"checker:focus-not-visible"}


def test_the_narrow_run_and_the_focus_check_leave_the_render_as_it_was(site, own_pool):
    """The reflow check lays the page out 320 px wide, the focus check focuses each link and
    the contrast check makes text over a gradient transparent for its picture; the screenshot
    taken after the engines is the same, byte for byte, as with axe alone."""
    pool, _ = own_pool
    shots = {}
    for engines in (["axe"], ["axe", "checker"]):
        config = fast_config(engines=engines, axe_timeout=30, screenshots=True)
        rendered = render_with_retry(pool, site + "own-reflow.html", config)
        assert rendered.error is None and rendered.screenshot
        shots[len(engines)] = rendered.screenshot
        if rendered.engines:
            rules = {h.rule_id for h in own.hits(rendered.engines["raw"][own.NAME], config)}
            assert {"content-does-not-reflow", "focus-not-visible",
                    "text-over-image-low-contrast"} <= rules
    assert shots[1] == shots[2]


def _trap_hits(own_pool, url: str) -> dict[str, str]:
    rendered = _render(own_pool, url)
    ids = "return Object.fromEntries(Array.from(document.querySelectorAll('[id]'), el =>" \
        " [__ccXpath(el), el.id]));"
    session = own_pool[0].acquire()
    try:
        by_path = session.driver.execute_script(XPATH_JS + ids)
    finally:
        own_pool[0].release(session)
    return {by_path.get(h.xpath, h.xpath): h.status
            for h in own.hits(rendered.engines["raw"][own.NAME], own_pool[1])
            if h.rule_id == "keyboard-trap"}


def test_a_widget_that_keeps_tab_is_a_keyboard_trap(site, own_pool):
    """own-trap.html: a widget whose key handler keeps every key (Tab, Shift+Tab, Escape)."""
    assert _trap_hits(own_pool, site + "own-trap.html") == {"trapped": "violation"}


def test_a_field_that_takes_focus_back_while_empty_asks_for_review(site, own_pool):
    """own-trap-field.html: a field whose blur handler focuses it again (after 10 ms) while it
    is empty; Tab and Shift+Tab both end back on it, but typing a value may let it go."""
    assert _trap_hits(own_pool, site + "own-trap-field.html") == {"trapped": "needs-review"}


def test_handlers_that_move_focus_on_or_free_it_by_the_advised_key_are_no_trap(site, own_pool):
    """own-trap-controls.html: a blur handler that validates, one that moves focus on, and a
    list that keeps focus until Ctrl+M, which a line of the page advises."""
    rendered = _render(own_pool, site + "own-trap-controls.html")
    assert _trap_hits(own_pool, site + "own-trap-controls.html") == {}
    assert "traps" in rendered.engines["extra"][own.NAME]["ms"]  # the check ran there
