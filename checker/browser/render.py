"""The render stage: load one page in a browser session, run axe on it, take its screenshot,
and return the rendered DOM, its title and its links. The same load feeds axe, the content
rules and link discovery.

What happens to awkward pages (each is pinned by a test in tests/browser/):

- alert / confirm / prompt / window.open / beforeunload: the session's guard script answers
  them without showing anything, so the page is audited as a user sees it after dismissing the
  dialog; the calls are listed in `Rendered.extra["dialogs"]`.
- a page that navigates by itself (meta refresh, `location =`, a script-submitted form): the
  navigation is held (checker.browser.guard answers it 204), so the page is audited as served;
  where it wanted to go is in `extra["navigation_held"]` and goes to the crawl like a link.
  (Without our DevTools connection the document the browser ends on is audited and
  `extra["navigated_to"]` says so; one that keeps navigating is a page error.)
- a request the crawler would refuse (private address, out of scope for a navigation,
  tracker): refused; `extra["blocked_requests"]` lists them; the page's own document refused,
  or a response read from a forbidden address, is a page error (PageFailure.BLOCKED).
- the page's document failing in the browser only (redirect loop, network error): a page error
  (PageFailure.BROWSER_MISMATCH); a frame that failed is listed in `extra["failed_frames"]`.
- a page that never fires load: a page error ("did not finish loading within N s").
- a page whose scripts never yield (infinite loop): the renderer hangs, the session is killed,
  the page is retried once in a fresh session and then recorded as a page error.
- a crashed or killed browser: the page is retried once in a fresh session.
"""

from __future__ import annotations

import base64
import contextlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import urllib3
from selenium.common.exceptions import (
    InvalidSessionIdException,
    JavascriptException,
    NoSuchWindowException,
    StaleElementReferenceException,
    TimeoutException,
    UnexpectedAlertPresentException,
    WebDriverException,
)

from checker.browser.axe import (
    FRAMES_NOT_AUDITED,
    AxeError,
    forget_page_worlds,
    page_world,
    run_axe,
)
from checker.browser.devtools import DevToolsError
from checker.browser.engines import run_optional_engines
from checker.browser.guard import MAX_ASSETS, HandedDocument, PageLog, same_page
from checker.browser.login import login_failure
from checker.browser.pool import SHORT_DEADLINE, BrowserPool, BrowserUnavailable, Session, cdp
from checker.browser.worlds import WorldGone
from checker.model import PageFailure
from checker.settings import BrowserStageSettings
from checker.timing import timed

# Screenshot caps: the report shows a page picture, not an archive of the page. Its cost is
# about 40 ms plus 30 ms a million pixels of CPU (Chromium's raster and JPEG encoding:
# bench/README.md, "Third round"): 800 x 4800 is 0.06 CPU-s a page less than 1000 x 6000
# for the same part of the page (7,680 CSS px of a 1280 px layout), text drawn at 0.625.
SHOT_MAX_WIDTH = 800  # image pixels
SHOT_MAX_HEIGHT = 4800  # image pixels; a longer band is cut (extra["screenshot_truncated"])
SHOT_MAX_BYTES = 800_000
SHOT_QUALITIES = (60, 40, 25)
# JPEG bytes a pixel at the first quality, at most, on bench/clinic_theme.py's pages
# (0.11-0.14 measured).
SHOT_FIRST_BYTES_PER_PIXEL = 0.14
SHOT_CONTEXT = 300  # CSS px shown above the first and below the last finding's box
SHOT_TOP_SNAP = 800  # CSS px: a band starting nearer the top than this starts at the top
# A page that is still navigating after this many audits of its documents is a page error.
MAX_DOCUMENTS = 3
# How long the hang probe gives the page's scripts to answer after a load timeout.
PROBE_SECONDS = 3


class SessionBroken(RuntimeError):
    """The session died or hung: throw it away and retry the page once in a fresh one."""


@dataclass
class Rendered:
    url: str
    final_url: str
    title: str
    html: str
    links: list[str]
    axe: dict[str, Any] | None = None
    engines: dict[str, Any] | None = None  # the other WCAG engines' raw hits (engines/)
    screenshot: bytes | None = None  # JPEG, see extra["screenshot_*"]
    error: str | None = None
    failure: PageFailure | None = None  # the kind of error, when it has one of these
    # The stylesheets, scripts, frames and data requests the page was made of (url, method,
    # resource type: checker.browser.guard.PageLog.assets); None when not known.
    assets: list[tuple[str, str, str]] | None = None
    # the stylesheets, scripts, frames and fetched data the DOM and its timeline list
    listed_assets: list[str] = field(default_factory=list)
    # Facts about the render that the pipeline stores on Page.extra as they are:
    # screenshot_scale, screenshot_size, screenshot_css_size, screenshot_origin,
    # screenshot_truncated, axe_version, dialogs, navigated_to, render_attempts,
    # render_retry_reason.
    extra: dict[str, Any] = field(default_factory=dict)


def _failed(url: str, error: str, failure: PageFailure | None = None) -> Rendered:
    return Rendered(url, url, "", "", [], error=error, failure=failure)


_DOM_SCRIPT = """
return {
  url: location.href,
  title: document.title || '',
  html: document.documentElement ? document.documentElement.outerHTML : '',
  links: Array.from(document.querySelectorAll('a[href], area[href]')).map(a => a.href),
  // what the page is made of besides its HTML, cached or not (the guard sees only what
  // reaches the network): stylesheets, scripts, frames and what scripts fetched
  assets: Array.from(document.querySelectorAll(
      'link[rel~="stylesheet"][href], script[src], iframe[src], frame[src]'))
    .map(e => e.href || e.src)
    .concat(performance.getEntriesByType('resource')
      .filter(e => ['link', 'script', 'css', 'xmlhttprequest', 'fetch', 'iframe']
        .includes(e.initiatorType))
      .map(e => e.name))
    .slice(0, 400),
};
"""
# The guard script's record lives in the page's world (it replaced the page's alert()).
_DIALOGS_SCRIPT = "return Array.from(window.__clinicCheckerDialogs || []);"

# Marks the loaded document so we can tell, after auditing, that it is still the same one.
_STAMP = "window.__clinicCheckerStamp = arguments[0];"  # (see in_page: which world)
_STAMP_CHECK = "return window.__clinicCheckerStamp === arguments[0];"

_DEAD_SESSION = (InvalidSessionIdException, NoSuchWindowException)
# Messages of a browser that crashed or went away, as chromedriver words them.
_CRASH_WORDS = ("crash", "disconnected", "not reachable", "session deleted", "invalid session",
                "target closed", "no such window", "unable to receive message from renderer")
# Messages of a document that went away under a script: the page navigated.
_NAVIGATION_WORDS = ("document unloaded", "execution context", "aborted by navigation",
                     "loader has changed", "stale element", "frame detached", "target frame",
                     "navigation")
# A client-side deadline missed (hung chromedriver or renderer) or a chromedriver that died.
_NO_ANSWER = (urllib3.exceptions.HTTPError, ConnectionError, TimeoutError)


FindingBoxes = Callable[[Session, dict[str, Any]], list[dict[str, Any]] | None]


@dataclass
class PageInput:
    """What the pipeline hands the render stage with a page's URL."""

    # The crawler's copy of the page: it answers the page's own navigation (through our
    # DevTools connection; without one the browser downloads the page itself).
    document: HandedDocument | None = None
    # Gets the rendered HTML as soon as it is read, before axe runs (work on it overlaps).
    on_dom: Callable[[str], None] | None = None
    # What the screenshot is for: given the session (still showing the page) and axe's
    # results, the boxes (top-document CSS px) of the findings the report will outline;
    # None when there is nothing to outline (no screenshot). None here: the page from its
    # top, always, when screenshots are on.
    finding_boxes: FindingBoxes | None = None


NO_INPUT = PageInput()


def render_page(session: Session, url: str, config: BrowserStageSettings,
                given: PageInput = NO_INPUT) -> Rendered:
    """Load `url` and audit it. Page-level problems come back as `Rendered.error`; a dead or
    hung session is marked broken and raises SessionBroken."""
    session.pages_served += 1
    try:
        return _render(session, url, config, given)
    except SessionBroken:
        session.broken = True
        raise
    except _NO_ANSWER as exc:
        session.broken = True
        raise SessionBroken("the browser stopped answering (hung renderer or dead driver)"
                            ) from exc
    except _DEAD_SESSION as exc:
        session.broken = True
        raise SessionBroken(_first_line(exc)) from exc
    except TimeoutException as exc:  # a load timeout is handled in _load: this is a hang
        session.broken = True
        raise SessionBroken(f"the page's scripts did not answer: {_first_line(exc)}") from exc
    except WebDriverException as exc:
        if _crashed(exc):
            session.broken = True
            raise SessionBroken(_first_line(exc)) from exc
        return _failed(url, f"browser error: {_first_line(exc)}")


def _render(session: Session, url: str, config: BrowserStageSettings,
            given: PageInput) -> Rendered:
    rendered = _render_document(session, url, config, given)
    if rendered.failure is PageFailure.KEPT_NAVIGATING or rendered.extra.get("navigated_to"):
        # A page that navigates by itself may still do so while the next page loads, and
        # win: park the session on a blank page first.
        _park(session)
    return rendered


def _park(session: Session) -> None:
    try:
        with session.deadline(SHORT_DEADLINE):
            session.driver.get("about:blank")
    except (WebDriverException, *_NO_ANSWER):
        session.broken = True  # cannot leave the page: do not hand it the next one


def _render_document(session: Session, url: str, config: BrowserStageSettings,
                     given: PageInput) -> Rendered:
    interceptor = session.interceptor
    log = interceptor.begin_page(url, given.document) if interceptor else None
    with timed(url, "load"):
        failure = _load(session, url, config)
    refused = _refused(url, log)
    if refused is not None or failure is not None:
        return refused or failure  # type: ignore[return-value]
    for _attempt in range(MAX_DOCUMENTS):
        try:
            rendered = _audit_document(session, url, config, given)
        except AxeError as exc:
            return _failed(url, str(exc), exc.failure)
        except WebDriverException as exc:
            if not _navigated(exc):
                raise
            _wait_for_load(session)
            continue
        if rendered is not None and rendered.final_url.startswith("chrome-error:"):
            return _failed(url, "the browser showed its own error page instead of the page",
                           PageFailure.BROWSER_MISMATCH)
        if rendered is not None:
            return _with_log(rendered, log)
        _wait_for_load(session)  # the document changed while we audited it: audit the new one
    return _failed(url, f"page kept navigating after load ({MAX_DOCUMENTS} documents)",
                   PageFailure.KEPT_NAVIGATING)


def _refused(url: str, log: PageLog | None) -> Rendered | None:
    """The page's own document was refused by the guard, or failed in the browser's network
    (Chromium then shows its error page, which is no page of the site): a page error, never
    the previous page, an empty one or the error page audited in its place."""
    blocked = log.main_blocked if log else None
    if blocked is not None:
        return _failed(url, f"the browser may not load this page: {blocked.reason}",
                       PageFailure.BLOCKED)
    if log is not None and not log.main_request_ids and log.expected_url.startswith("http"):
        # Nothing was recognised as the page's own navigation (all were held): what the tab
        # shows is not this page, and a session whose guard missed the navigation it was sent
        # is in a state we cannot read (seen once in a few hundred runs through a Selenium
        # Grid). The page goes to a fresh session; twice in a row, it fails.
        raise SessionBroken("the browser did not load the page (its navigation was not"
                            " recognised as the page's own)")
    error = log.main_error if log else None
    if error is None:
        return None
    # The crawler got this page (render only sees fetched pages): the failure is the
    # browser's alone.
    if "too_many_redirects" in error.lower():
        return _failed(url, "the browser was sent round a redirect loop (too many redirects)"
                       " where the crawler got the page", PageFailure.BROWSER_MISMATCH)
    return _failed(url, f"the browser could not load the page ({error}) where the crawler"
                   " got it", PageFailure.BROWSER_MISMATCH)


def _assets(log: PageLog, listed: list[str]) -> list[tuple[str, str, str]] | None:
    """What the guard saw the page request, with what its DOM lists (a stylesheet the
    browser had cached is requested from no one), fragments dropped; None past MAX_ASSETS
    or when the guard gave up counting."""
    if log.assets is None:
        return None
    found = list(log.assets)
    seen = {url for url, _, _ in found}
    for url in listed:
        url = url.split("#", 1)[0]
        if url not in seen:
            seen.add(url)
            found.append((url, "GET", "listed"))
    return found if len(found) <= MAX_ASSETS else None


def _with_log(rendered: Rendered, log: PageLog | None) -> Rendered:
    """What the guard saw during the page, on the rendered page: a page that read from a
    forbidden address (DNS said otherwise to Chromium than to the guard) is a page error,
    since what it read may be in its DOM; refused requests and held navigations are facts."""
    if log is None:
        return rendered
    if log.forbidden_peers:
        peer = log.forbidden_peers[0]
        return _failed(rendered.url, f"the page read from a forbidden address ({peer.reason})",
                       PageFailure.BLOCKED)
    rendered.assets = _assets(log, rendered.listed_assets)
    extra = rendered.extra
    if log.blocked:
        extra["blocked_requests"] = [b.to_dict() for b in log.blocked[:50]]
    if log.held:
        # The page tried to go elsewhere (meta refresh, script): audited as served; where it
        # wanted to go is crawled like a link.
        extra["navigation_held"] = log.held[:10]
        rendered.links.extend(log.held[:10])
    if log.failed_frames:
        failed = extra.setdefault("failed_frames", [])
        known = {frame["url"] for frame in failed}
        failed.extend(b.to_dict() for b in log.failed_frames[:20] if b.url[:500] not in known)
    if log.document_handed:
        extra["document_from"] = "crawler"  # the browser rendered the crawler's copy
    if log.main_status is not None:
        extra["browser_status"] = log.main_status
    if log.main_url and not same_page(log.main_url, rendered.url):
        extra["browser_final_url"] = log.main_url
    return rendered


def _load(session: Session, url: str, config: BrowserStageSettings) -> Rendered | None:
    """Navigate; None when the page loaded, else the page's error."""
    driver = session.driver
    try:
        driver.get(url)
    except TimeoutException:
        _probe_renderer(session, config)
        _stop_loading(session)
        return _failed(url, f"page did not finish loading within {config.page_timeout:g} s")
    except UnexpectedAlertPresentException:
        pass  # dismissed by the session's prompt behaviour; the page is still audited
    except WebDriverException as exc:
        if _crashed(exc) or isinstance(exc, _DEAD_SESSION):
            raise
        return _classify_load_error(url, exc)
    return None


def _probe_renderer(session: Session, config: BrowserStageSettings) -> None:
    """After a load timeout: do the page's scripts still answer? A renderer stuck in a script
    loop does not, and then the session is of no further use."""
    driver = session.driver
    try:
        with session.deadline(SHORT_DEADLINE):
            driver.set_script_timeout(PROBE_SECONDS)
            try:
                driver.execute_script("return 1")
            finally:
                driver.set_script_timeout(config.axe_timeout)
    except (TimeoutException, *_NO_ANSWER) as exc:
        raise SessionBroken("the page's scripts never yield (renderer hung: a script loop?)"
                            ) from exc
    except UnexpectedAlertPresentException:
        pass


def _audit_document(session: Session, url: str, config: BrowserStageSettings,
                    given: PageInput = NO_INPUT) -> Rendered | None:
    """DOM, axe and screenshot of the current document; None if it was replaced meanwhile."""
    token = uuid.uuid4().hex
    forget_page_worlds(session)  # a new page, or the document that replaced the last one
    in_page(session, _STAMP, token)
    try:
        with timed(url, "dom"):
            dom = _read_dom(session)
        if given.on_dom is not None:
            given.on_dom(dom["html"])
        with timed(url, "axe"):
            axe = _run_axe(session, config) if "axe" in config.engines else {}
        with timed(url, "engines"):
            engines = run_optional_engines(session, config, axe)
        with timed(url, "screenshot"):
            shot, shot_facts = _take_screenshot(session, config, given, axe, engines)
    except (JavascriptException, AxeError):
        # "axe is not defined" (the page moved on between injecting and running) or an async
        # script whose document unloaded before it called back (a script timeout): if the
        # document changed, audit the new one.
        if _same_document(session, token):
            raise
        return None
    if not _same_document(session, token):
        return None
    rendered = _assemble(url, dom, axe, shot, shot_facts)
    rendered.engines = engines or None
    return rendered


def _read_dom(session: Session) -> dict[str, Any]:
    """URL, title, HTML and links of the current document, read in an isolated world when
    we have one (a page's own prototypes cannot garble what we read), and the dialogs the
    page opened."""
    driver = session.driver
    if session.interceptor is None:
        dom = _with_dialog_retry(lambda: driver.execute_script(_DOM_SCRIPT))
    else:
        try:
            dom = page_world(session).evaluate(f"(function () {{{_DOM_SCRIPT}}})()",
                                               SHORT_DEADLINE)
        except AxeError:
            raise
        except RuntimeError as exc:
            raise AxeError(f"the document could not be read: {exc}") from exc
    if not isinstance(dom, dict) or not isinstance(dom.get("html"), str):
        raise AxeError("engine tampered with: the document could not be read",
                       PageFailure.ENGINE_TAMPERED)
    dialogs = _in_main_world(session, _DIALOGS_SCRIPT)
    dom["dialogs"] = [d for d in dialogs if isinstance(d, str)] if isinstance(
        dialogs, list) else []
    dom["links"] = [link for link in dom.get("links") or [] if isinstance(link, str)]
    dom["assets"] = [url for url in dom.get("assets") or []
                     if isinstance(url, str) and url.startswith(("http://", "https://"))]
    dom["url"], dom["title"] = str(dom.get("url", "")), str(dom.get("title") or "")
    return dom


def in_page(session: Session, script: str, *args: Any) -> Any:
    """A short script (a WebDriver function body: `arguments`, `return`) in the top
    document. With our DevTools connection it runs in the engines' isolated world (the page
    cannot fake its answer; a new document has a new world), without a chromedriver round
    trip, several of which a page would otherwise pay (each about 15 ms of chromedriver and
    browser work on this machine); else through WebDriver, in the page's world."""
    if session.interceptor is None:
        session.driver.switch_to.default_content()
        return _with_dialog_retry(lambda: session.driver.execute_script(script, *args))
    call = f"(function () {{{script}}}).apply(null, {json.dumps(list(args))})"
    return page_world(session).evaluate(call, SHORT_DEADLINE)


def _in_main_world(session: Session, script: str) -> Any:
    """A short script's value in the top document's own world (where the guard script keeps
    its record of dialogs), through our DevTools connection when there is one."""
    if session.interceptor is None:
        return _with_dialog_retry(lambda: session.driver.execute_script(script))
    reply = _tab_command(session, "Runtime.evaluate", {
        "expression": f"(function () {{{script}}})()", "returnByValue": True})
    if "exceptionDetails" in reply:
        raise JavascriptException(str(reply["exceptionDetails"].get("text", "script error")))
    return reply.get("result", {}).get("value")


def _tab_command(session: Session, method: str, params: dict[str, Any]) -> dict[str, Any]:
    """A DevTools command to the main tab: through our connection when there is one (a
    navigation in between is WorldGone, whose words make the caller audit the new
    document), else through chromedriver's."""
    interceptor = session.interceptor
    if interceptor is None:
        return cdp(session.driver, method, params)
    tab = interceptor.session_of(session.main_handle or "")
    if tab is None:
        raise WorldGone("the main tab is not attached: no execution context")
    try:
        return interceptor.devtools.call(method, params, tab, timeout=SHORT_DEADLINE * 2)
    except DevToolsError as exc:
        if "no answer" in str(exc):
            raise TimeoutError(f"the page did not answer: {exc}") from exc
        raise WorldGone(f"execution context gone: {exc}") from exc


def _same_document(session: Session, token: str) -> bool:
    try:
        return bool(in_page(session, _STAMP_CHECK, token))
    except WebDriverException as exc:
        if _navigated(exc):
            return False
        raise


def _run_axe(session: Session, config: BrowserStageSettings) -> dict[str, Any]:
    try:
        return _with_dialog_retry(lambda: run_axe(session, config))
    except TimeoutError as exc:  # an isolated world's script did not answer in time
        session.broken = True  # the renderer may still be busy with it: not for another page
        raise AxeError(f"axe-core did not finish within {config.axe_timeout:g} s") from exc
    except TimeoutException as exc:
        if _navigated(exc):
            raise  # the document went away under axe: _render audits the new one
        if "script timeout" in str(exc).lower():
            raise AxeError(f"axe-core did not finish within {config.axe_timeout:g} s") from exc
        raise SessionBroken("the page's scripts never yield (renderer hung: a script loop?)"
                            ) from exc


def _assemble(url: str, dom: dict[str, Any], axe: dict[str, Any], shot: bytes | None,
              shot_facts: dict[str, Any]) -> Rendered:
    links = list(dom["links"])
    extra: dict[str, Any] = dict(shot_facts)
    failed_frames = axe.pop(FRAMES_NOT_AUDITED, None)
    if failed_frames:
        extra["failed_frames"] = failed_frames
    version = (axe.get("testEngine") or {}).get("version")
    if version:
        extra["axe_version"] = version
    if dom.get("dialogs"):
        extra["dialogs"] = dom["dialogs"]
    final_url = dom["url"]
    if _strip_fragment(final_url) != _strip_fragment(url):
        # Script or meta-refresh navigation: the destination also goes to the crawl frontier.
        extra["navigated_to"] = final_url
        links.append(final_url)
    return Rendered(url=url, final_url=final_url, title=dom["title"], html=dom["html"],
                    links=links, axe=axe, screenshot=shot, extra=extra,
                    listed_assets=list(dom.get("assets") or []))


def _with_dialog_retry(call: Any) -> Any:
    """A dialog the guard script could not intercept (a cross-origin frame's) is dismissed by
    the driver, which reports it on the next command: run that command again once."""
    try:
        return call()
    except UnexpectedAlertPresentException:
        return call()


def _wait_for_load(session: Session) -> None:
    """After a navigation we did not ask for: chromedriver waits for the pending load itself
    on the next command; this is that command."""
    try:
        session.driver.execute_script("return document.readyState")
    except (JavascriptException, StaleElementReferenceException,
            UnexpectedAlertPresentException):
        pass
    except WebDriverException as exc:
        if not _navigated(exc):
            raise


def _take_screenshot(session: Session, config: BrowserStageSettings, given: PageInput,
                     axe: dict[str, Any], engines: dict[str, Any] | None
                     ) -> tuple[bytes | None, dict[str, Any]]:
    """The picture the report outlines findings on, of the part of the page they are in
    (the other engines' hits are not read until the page is stored: with them, the page
    from its top)."""
    if not config.screenshots:
        return None, {}
    if engines or given.finding_boxes is None:
        return _screenshot(session)
    boxes = given.finding_boxes(session, axe)
    return (None, {}) if boxes is None else _screenshot(session, boxes)


_SHOT_METRICS = """
var d = document.documentElement, b = document.body || d;
return [Math.max(d.scrollWidth, b.scrollWidth, 1), Math.max(d.scrollHeight, b.scrollHeight, 1)];
"""


def _screenshot(session: Session, boxes: list[dict[str, Any]] | None = None
                ) -> tuple[bytes | None, dict[str, Any]]:
    """A JPEG of the page, drawn downscaled by Chromium itself (the clip's scale), at most
    SHOT_MAX_WIDTH wide, SHOT_MAX_HEIGHT tall and SHOT_MAX_BYTES big: the band of the page
    that holds `boxes` (see shot_band), or the page from its top without them. Image pixel
    = (CSS pixel - screenshot_origin) x screenshot_scale, so a finding's bbox maps straight
    onto it."""
    try:
        width, height = in_page(session, _SHOT_METRICS)
        scale = min(1.0, SHOT_MAX_WIDTH / width)
        top, clip_height = shot_band(boxes or [], height, SHOT_MAX_HEIGHT / scale)
        clip = {"x": 0, "y": top, "width": width, "height": clip_height, "scale": scale}
        data = b""
        for quality in shot_qualities(width * scale * clip_height * scale):
            data = base64.b64decode(_tab_command(session, "Page.captureScreenshot", {
                "format": "jpeg", "quality": quality, "clip": clip,
                "captureBeyondViewport": True})["data"])
            if len(data) <= SHOT_MAX_BYTES:
                break
        else:
            return None, {}
    except (WebDriverException, DevToolsError, RuntimeError, KeyError, TypeError, ValueError):
        return None, {}
    return data, {
        "screenshot_scale": round(scale, 6),
        "screenshot_size": [round(width * scale), round(clip_height * scale)],
        "screenshot_css_size": [width, round(clip_height)],
        "screenshot_origin": [0, round(top)],
        "screenshot_truncated": top > 0 or top + clip_height < height,
    }


def shot_qualities(pixels: float) -> tuple[int, ...]:
    """The JPEG qualities to try, best first, skipping the first when its picture would
    likely be over SHOT_MAX_BYTES (a second capture of a long page costs as much as the
    first: about 12 % of the realistic bench pages needed one)."""
    if pixels * SHOT_FIRST_BYTES_PER_PIXEL > SHOT_MAX_BYTES:
        return SHOT_QUALITIES[1:]
    return SHOT_QUALITIES


def shot_band(boxes: list[dict[str, Any]], page_height: float, cap: float
              ) -> tuple[float, float]:
    """(top, height) in CSS px of the part of a page a screenshot shows: from SHOT_CONTEXT
    above the first finding's box to SHOT_CONTEXT below the last one (from the page's top
    when that is less than a screen further up), at most `cap` tall. Boxes as tall as the
    cap (a finding on <html> or <body>: the whole page) place nothing; with no box that
    places anything, the page from its top. A realistic clinic page is 9,000-15,000 CSS px
    tall with its findings in a band of its footer: drawing that band instead of the top
    6,000 image pixels is a sixth of the work (bench/README.md), and shows the findings."""
    placed = [(float(b["y"]), float(b["y"]) + float(b["height"])) for b in boxes
              if _is_box(b) and float(b["height"]) < cap]
    if not placed:
        return 0.0, min(page_height, cap)
    first = min(y for y, _ in placed)
    last = max(bottom for _, bottom in placed)
    top = max(0.0, first - SHOT_CONTEXT)
    if top < SHOT_TOP_SNAP:
        top = 0.0
    bottom = min(page_height, last + SHOT_CONTEXT)
    return top, max(1.0, min(bottom - top, cap))


def _is_box(box: Any) -> bool:
    return isinstance(box, dict) and all(
        isinstance(box.get(key), int | float) for key in ("y", "height"))


def render_with_retry(pool: BrowserPool, url: str, config: BrowserStageSettings,
                      after: Callable[[Session, Rendered], None] | None = None,
                      given: PageInput = NO_INPUT) -> Rendered:
    """A page that kills its session is retried once in a fresh session, then recorded.
    `after` runs while the session still shows the rendered page (to measure where content
    findings are on it); a browser error there only costs the measurement."""
    reasons: list[str] = []
    for attempt in range(2):
        try:
            with timed(url, "session"):
                session = pool.acquire(fresh=attempt > 0)
        except BrowserUnavailable as exc:
            reasons.append(str(exc))
            continue
        if (why := login_failure(session)) is not None:
            # Its login script failed: whatever the page shows this session, it is not the
            # page behind the login. It counts toward the quota, so a new session tries again.
            session.pages_served += 1
            pool.release(session)
            return _failed(url, f"not logged in: {why}", PageFailure.NOT_LOGGED_IN)
        try:
            rendered = render_page(session, url, config, given)
        except SessionBroken as exc:
            pool.discard(session)
            reasons.append(str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one page's trouble never ends the audit
            # Whatever this page did to us, it is this page's error; the session is in an
            # unknown state, so it goes too.
            pool.discard(session)
            return _failed(url, f"the browser stage failed on this page:"
                           f" {type(exc).__name__}: {_first_line(exc)}")
        try:
            if after is not None and not rendered.error and not rendered.extra.get(
                    "navigated_to"):
                with contextlib.suppress(WebDriverException, *_NO_ANSWER):
                    after(session, rendered)
        finally:
            pool.release(session)
        if attempt:
            rendered.extra |= {"render_attempts": attempt + 1, "render_retry_reason": reasons[0]}
        return rendered
    return _failed(url, f"browser session failed twice on this page: {reasons[-1]}")


def _stop_loading(session: Session) -> None:
    with contextlib.suppress(WebDriverException, *_NO_ANSWER):
        with session.deadline(SHORT_DEADLINE):
            session.driver.execute_script("window.stop();")


def _crashed(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(word in text for word in _CRASH_WORDS)


def _navigated(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, StaleElementReferenceException) or any(
        word in text for word in _NAVIGATION_WORDS)


def _classify_load_error(url: str, exc: WebDriverException) -> Rendered:
    text = _first_line(exc)
    if "err_too_many_redirects" in text.lower():
        return _failed(url, "the browser was sent round a redirect loop (too many redirects)"
                       " where the crawler got the page", PageFailure.BROWSER_MISMATCH)
    return _failed(url, f"browser could not load the page: {text}")


def _strip_fragment(url: str) -> str:
    return url.split("#", 1)[0]


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "msg", None) or str(exc)
    lines = message.strip().splitlines()
    return lines[0][:300] if lines else type(exc).__name__
