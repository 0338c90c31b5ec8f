"""Run an engine script in every frame of the loaded page, the way checker.browser.axe does for
axe: WebDriver switches into each frame (cross-origin frames too), the script is injected and
run there, and each hit's element path is prefixed with its frame's path so that paths are
unique across the page. No reload: the same document the DOM, axe and the screenshot saw.

A page script reads the results back as JSON text: a list of raw hits, each with `xpath` (the
element's path in its own document, written by `XPATH_JS`) and `bbox` (CSS pixels in its own
document). This module turns those into page-wide paths and boxes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from selenium.common.exceptions import WebDriverException

from checker.browser.pool import Session, cdp

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

# The frames of the current document: element, path, where its content starts in this
# document's page coordinates, and whether this document can reach into it (same origin).
_FRAMES = XPATH_JS + """
return Array.from(document.querySelectorAll('iframe, frame')).map(function (f) {
  var b = f.getBoundingClientRect(), reachable = false;
  try { reachable = !!f.contentDocument; } catch (e) { reachable = false; }
  return [f, __ccXpath(f), b.left + window.scrollX + f.clientLeft,
          b.top + window.scrollY + f.clientTop, reachable];
});
"""

RunScript = Callable[[Session], str]


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


def run_in_every_frame(session: Session, source: str, run: RunScript,
                       reaches_same_origin: bool = False) -> list[dict[str, Any]]:
    """The raw hits of every frame of the page, paths and boxes page-wide. `source` is the
    injection script (it defines the engine in the document); `run` runs it and returns the
    hits' JSON text. An engine that `reaches_same_origin` frames by itself (IBM: its paths go
    on into them, and it will not test a node twice) is run only where it cannot reach. A
    frame that refuses or navigates is left out."""
    driver = session.driver
    driver.switch_to.default_content()
    inject_top(session, source)
    walk = _Walk(session, source, run, reaches_same_origin)
    return walk.document("", 0.0, 0.0, 0, covered=False)


class _Walk:
    def __init__(self, session: Session, source: str, run: RunScript,
                 reaches_same_origin: bool):
        self.session, self.source, self.run = session, source, run
        self.reaches_same_origin = reaches_same_origin

    def document(self, prefix: str, dx: float, dy: float, depth: int,
                 covered: bool) -> list[dict[str, Any]]:
        """Hits of the current document (unless an ancestor's run covered it) and its frames."""
        hits = [] if covered else self._hits_here(prefix, dx, dy)
        if depth >= MAX_FRAME_DEPTH:
            return hits
        for frame, path, fx, fy, reachable in self.session.driver.execute_script(_FRAMES):
            frame_covered = self.reaches_same_origin and reachable
            hits.extend(self.frame(frame, prefix + path, dx + fx, dy + fy, depth + 1,
                                   frame_covered))
        return hits

    def _hits_here(self, prefix: str, dx: float, dy: float) -> list[dict[str, Any]]:
        hits = json.loads(self.run(self.session))
        for hit in hits:
            hit["xpath"] = prefix + hit["xpath"]
            box = hit.get("bbox")
            if box and not hit.pop("page_box", False):
                hit["bbox"] = {**box, "x": round(box["x"] + dx, 1),
                               "y": round(box["y"] + dy, 1)}
        return hits

    def frame(self, frame: Any, prefix: str, dx: float, dy: float, depth: int,
              covered: bool) -> list[dict[str, Any]]:
        driver = self.session.driver
        try:
            driver.switch_to.frame(frame)
        except WebDriverException:
            return []  # the frame went away between listing and switching
        try:
            if not covered:
                driver.execute_script(self.source)
            return self.document(prefix, dx, dy, depth, covered)
        except (WebDriverException, ValueError):
            return []  # a frame that navigated or refuses scripts
        finally:
            driver.switch_to.parent_frame()
