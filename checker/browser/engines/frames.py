"""Run an engine script in every frame of the loaded page, the way checker.browser.axe does for
axe: in an isolated world per frame when the session has its DevTools connection (the page's
own scripts cannot see, fake or break the engine; checker.browser.worlds, out-of-process
frames through their own targets), else in the page's world with WebDriver switching into
each frame. Each hit's element path is prefixed with its frame's path so that paths are unique
across the page. No reload: the same document the DOM, axe and the screenshot saw.

A page script reads the results back as JSON text: a list of raw hits, each with `xpath` (the
element's path in its own document, written by `XPATH_JS`) and `bbox` (CSS pixels in its own
document). This module turns those into page-wide paths and boxes.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from selenium.common.exceptions import WebDriverException

from checker.browser.axe import frame_world, page_world
from checker.browser.engines.base import EngineFailed
from checker.browser.pool import Session, cdp
from checker.browser.worlds import FrameWorld, WorldGone

MAX_FRAME_DEPTH = 8  # same bound as axe's runner

# The element's path in its document, IBM's notation: /html[1]/body[1]/div[2] (the index counts
# earlier siblings with the same tag name). Engines that hand back elements (HTMLCS) use this so
# that their paths equal IBM's, and axe's targets are resolved to it for merging. A document
# or a node outside the element tree is the root element's path.
XPATH_JS = """
function __ccXpath(el) {
  if (el && el.nodeType === 9) el = el.documentElement;
  var parts = [];
  while (el && el.nodeType === 1) {
    var i = 1, s = el.previousElementSibling;
    while (s) { if (s.nodeName === el.nodeName) i++; s = s.previousElementSibling; }
    parts.unshift(el.nodeName.toLowerCase() + '[' + i + ']');
    el = el.parentElement;
  }
  return '/' + parts.join('/');
}
function __ccBox(el) {
  if (!el || el.nodeType !== 1) return null;
  var b = el.getBoundingClientRect();
  return {x: Math.round((b.left + window.scrollX) * 10) / 10,
          y: Math.round((b.top + window.scrollY) * 10) / 10,
          width: Math.round(b.width * 10) / 10, height: Math.round(b.height * 10) / 10};
}
"""

# The frames of the current document: path, where its content starts in this document's page
# coordinates, and whether this document can reach into it (same origin). The elements
# themselves come apart (WebDriver elements, or DevTools frame ids).
_FRAME_ELEMENTS = "Array.from(document.querySelectorAll('iframe, frame'))"
_FRAME_FACTS = XPATH_JS + """
return __FRAMES__.map(function (f) {
  var b = f.getBoundingClientRect(), reachable = false;
  try { reachable = !!f.contentDocument; } catch (e) { reachable = false; }
  return [__ccXpath(f), b.left + window.scrollX + f.clientLeft,
          b.top + window.scrollY + f.clientTop, reachable];
});
""".replace("__FRAMES__", _FRAME_ELEMENTS)
_WEBDRIVER_FRAMES = "return " + _FRAME_ELEMENTS + ";"
WORLD_TIMEOUT = 60.0  # seconds for an engine to inject or run in one frame (as --axe-timeout)


class Place(Protocol):
    """One frame's document where an engine can be injected and run."""

    def inject(self, source: str) -> None: ...

    def run(self, script: str, argument: Any) -> str: ...

    def frames(self) -> list[tuple[Any, list[Any]]]: ...

    def enter(self, frame: Any) -> Place | None: ...

    def leave(self) -> None: ...


def run_in_every_frame(session: Session, source: str, script: str, argument: Any, title: str,
                       reaches_same_origin: bool = False) -> list[dict[str, Any]]:
    """The raw hits of every frame of the page, paths and boxes page-wide. `source` defines
    the engine in a document; `script` runs it: a function body that gets `argument` and a
    callback (the last argument) to call with the hits' JSON text, or with
    {"__error": message} (EngineFailed in the top document; a frame is then left out). An
    engine that `reaches_same_origin` frames by itself (IBM: its paths go on into them, and it
    will not test a node twice) is run only where it cannot reach. A frame that refuses,
    navigates or shows Chromium's error page is left out."""
    top: Place
    if session.interceptor is not None:
        top = WorldPlace(session, page_world(session))
    else:
        session.driver.switch_to.default_content()
        top = DriverPlace(session, top=True)
    walk = _Walk(source, script, argument, title, reaches_same_origin)
    top.inject(source)
    return walk.document(top, "", 0.0, 0.0, 0, covered=False)


class _Walk:
    def __init__(self, source: str, script: str, argument: Any, title: str,
                 reaches_same_origin: bool):
        self.source, self.script, self.argument, self.title = source, script, argument, title
        self.reaches_same_origin = reaches_same_origin

    def document(self, place: Place, prefix: str, dx: float, dy: float, depth: int,
                 covered: bool) -> list[dict[str, Any]]:
        """Hits of a document (unless an ancestor's run covered it) and of its frames."""
        hits = [] if covered else self._hits(place, prefix, dx, dy)
        if depth >= MAX_FRAME_DEPTH:
            return hits
        for frame, (path, fx, fy, reachable) in place.frames():
            frame_covered = self.reaches_same_origin and reachable
            hits.extend(self._frame(place, frame, prefix + path, dx + fx, dy + fy, depth + 1,
                                    frame_covered))
        return hits

    def _hits(self, place: Place, prefix: str, dx: float, dy: float) -> list[dict[str, Any]]:
        raw = place.run(self.script, self.argument)
        if raw.startswith('{"__error"'):
            raise EngineFailed(f"{self.title} failed: {json.loads(raw)['__error']}")
        hits = json.loads(raw)
        for hit in hits:
            hit["xpath"] = prefix + hit["xpath"]
            box = hit.get("bbox")
            if box and not hit.pop("page_box", False):
                hit["bbox"] = {**box, "x": round(box["x"] + dx, 1),
                               "y": round(box["y"] + dy, 1)}
        return hits

    def _frame(self, parent: Place, frame: Any, prefix: str, dx: float, dy: float,
               depth: int, covered: bool) -> list[dict[str, Any]]:
        try:
            child = parent.enter(frame)
        except (WebDriverException, WorldGone, RuntimeError, TimeoutError):
            return []  # the frame went away between listing and entering
        if child is None:
            return []
        try:
            if not covered:
                child.inject(self.source)
            return self.document(child, prefix, dx, dy, depth, covered)
        except (WebDriverException, WorldGone, RuntimeError, TimeoutError, ValueError):
            return []  # a frame that navigated or refuses scripts
        finally:
            parent.leave()


class WorldPlace:
    """A frame's isolated world (checker.browser.worlds)."""

    def __init__(self, session: Session, world: FrameWorld):
        self.session, self.world = session, world

    def inject(self, source: str) -> None:
        self.world.evaluate(source + "\n;0", WORLD_TIMEOUT)

    def run(self, script: str, argument: Any) -> str:
        call = f"(function () {{{script}\n}}).call(null, {json.dumps(argument)}, done);"
        expression = f"new Promise(function (done) {{ {call} }})"
        raw = self.world.evaluate(expression, WORLD_TIMEOUT, await_promise=True)
        if not isinstance(raw, str):
            raise ValueError("engine tampered with: results are not text")
        return raw

    def frames(self) -> list[tuple[Any, list[Any]]]:
        ids = self.world.elements_frame_ids(_FRAME_ELEMENTS)
        facts = self.world.evaluate(f"(function () {{{_FRAME_FACTS}}})()", WORLD_TIMEOUT)
        return list(zip(ids, facts, strict=False))

    def enter(self, frame: Any) -> Place | None:
        if frame is None:
            return None
        world = frame_world(self.session, self.world, frame)
        if world.unreachable_url:
            return None  # Chromium's error page stands in for a frame that did not load
        return WorldPlace(self.session, world)

    def leave(self) -> None:
        pass


class DriverPlace:
    """The document WebDriver is switched to, in the page's own world."""

    def __init__(self, session: Session, top: bool = False):
        self.session, self.top = session, top

    def inject(self, source: str) -> None:
        if self.top:
            inject_top(self.session, source)
        else:
            self.session.driver.execute_script(source)

    def run(self, script: str, argument: Any) -> str:
        return self.session.driver.execute_async_script(script, argument)

    def frames(self) -> list[tuple[Any, list[Any]]]:
        driver = self.session.driver
        return list(zip(driver.execute_script(_WEBDRIVER_FRAMES),
                        driver.execute_script(_FRAME_FACTS), strict=False))

    def enter(self, frame: Any) -> Place | None:
        self.session.driver.switch_to.frame(frame)
        return DriverPlace(self.session)

    def leave(self) -> None:
        self.session.driver.switch_to.parent_frame()


def inject_top(session: Session, source: str) -> None:
    """The top document's copy, through CDP when it can (V8 keeps its compilation of the same
    large source between pages: several times faster than execute_script), else WebDriver."""
    if not session.state.get("no_cdp_inject"):
        try:
            reply = cdp(session.driver, "Runtime.evaluate", {"expression": source})
            if "exceptionDetails" not in reply:
                return
        except (WebDriverException, KeyError, TypeError):
            session.state["no_cdp_inject"] = True
    session.driver.execute_script(source)
