"""Run the optional engines in every frame of the loaded page, all of them in one walk, the way
checker.browser.axe does for axe: in an isolated world per frame when the session has its
DevTools connection (the page's own scripts cannot see, fake or break the engines;
checker.browser.worlds, out-of-process frames through their own targets), else in the page's
world with WebDriver switching into each frame. No reload: the same document the DOM, axe and
the screenshot saw.

Why one walk: each frame's world is opened once, its frames listed once, and every engine runs
there in one round trip (`RUNNER_JS`), instead of a walk, a world and round trips per engine.

Why the engines are preloaded: their scripts are large (IBM 0.7 MB, HTMLCS 0.3 MB) and sending
one to a document costs more than running it. `preload` registers them once per session with
Page.addScriptToEvaluateOnNewDocument in the engines' own world (`ENGINES_WORLD`, not axe's: what
an engine defines there can never change what axe sees). Each new document then holds each
engine as a function that is not called (V8 keeps its compilation of the same source between
documents); an engine's script runs only in a document where the walk runs that engine. A
document without them (the session's first page, an out-of-process frame: another target) gets
them sent, as before. The time the preload takes in a document is measured there and counted as
the engines' (`preload_ms`).

A runner reads the results back as JSON text: per engine its raw hits, each with `xpath` (the
element's path in its own document, written by `XPATH_JS`) and `bbox` (CSS pixels in its own
document), and its time in the page. This module turns those into page-wide paths and boxes.
"""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from selenium.common.exceptions import WebDriverException

from checker.browser.axe import FIND_TARGET_JS, frame_world, page_world
from checker.browser.devtools import DevToolsError
from checker.browser.engines.base import EngineFailed, EngineSpec
from checker.browser.pool import Session, cdp
from checker.browser.worlds import FrameWorld, WorldGone

ENGINES_WORLD = "clinic-checker-engines"
MAX_FRAME_DEPTH = 8  # same bound as axe's runner
MAX_LISTENED = 300  # elements with listeners marked per document (EngineSpec.listeners)
WORLD_TIMEOUT = 60.0  # seconds for the engines to load or run in one frame (as --axe-timeout)

# The element's path in its document, IBM's notation: /html[1]/body[1]/div[2] (the index counts
# earlier siblings with the same tag name). Engines that hand back elements (HTMLCS) use this so
# that their paths equal IBM's, and axe's targets are resolved to it for merging. A document
# or a node outside the element tree is the root element's path.
XPATH_JS = r"""
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
// Facts about an engine's element that the mapping tables (ibm.DECISIONS, htmlcs.DECISIONS)
// read: computed here, beside the engine's verdict, because Python sees only paths.
var __ccFocusable = 'a[href], area[href], button, input:not([type=hidden]), select, textarea,' +
    ' summary, iframe, [contenteditable=""], [contenteditable=true], audio[controls],' +
    ' video[controls], [tabindex]';
function __ccFacts(el) {
  if (!el || el.nodeType !== 1) return {};
  var role = (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
  var focusable = el.matches(__ccFocusable) && !el.matches(':disabled') &&
      !(el.hasAttribute('tabindex') && el.tabIndex < 0);
  var out = {role: role, focusable: focusable, named: __ccNamed(el, role, focusable),
             presentational: (role === 'none' || role === 'presentation') && !focusable,
             inactive: __ccInactive(el), text_shadow: getComputedStyle(el).textShadow !== 'none'};
  if (el.nodeName === 'INPUT') {
    out.input_type = [el.type, String(el.getAttribute('type'))];
    out.has_value = el.hasAttribute('value');
  }
  var raw = el.textContent || '';  // the visible characters of short content only (cheap)
  if (raw.length < 200) out.characters = (el.innerText || raw).replace(/\s+/g, '').length;
  if (el.hasAttribute('lang')) {
    out.lang_known = __ccLanguageKnown(el.getAttribute('lang'));
    out.lang_empty = !el.getAttribute('lang').trim();
  }
  if (el.nodeName === 'TABLE') out.table = __ccTable(el);
  if (el.nodeName === 'META' && /refresh/i.test(el.getAttribute('http-equiv') || '')) {
    out.refresh_delay = parseFloat(el.getAttribute('content'));
  }
  if (el === document.documentElement || el === document.head) out.title = document.title;
  // an image map's areas have no box of their own (display: none by the browser's style)
  if (document.body && el !== document.body && document.body.contains(el) && !el.closest('map')) {
    out.rendered = __ccRendered(el);
  }
  return out;
}
function __ccText(id) {
  var target = document.getElementById(id);
  return target ? target.textContent.trim() : '';
}
function __ccNamed(el, role, focusable) {
  // a focusable element keeps its role (ARIA's presentational-role conflict resolution)
  if ((role === 'none' || role === 'presentation') && !focusable) return 'decorative';
  if ((el.getAttribute('aria-label') || '').trim()) return 'aria-label';
  var ids = (el.getAttribute('aria-labelledby') || '').trim().split(/\s+/);
  if (ids.some(function (id) { return id && __ccText(id); })) return 'aria-labelledby';
  if ((el.getAttribute('title') || '').trim()) return 'title';
  if (/^(INPUT|TEXTAREA)$/.test(el.nodeName) && (el.getAttribute('placeholder') || '').trim()) {
    return 'placeholder';
  }
  return null;
}
function __ccInactive(el) {
  var control = el.matches(':disabled') ? el : el.control ||
      (el.nodeName === 'LABEL' ? el.querySelector('input, select, textarea, button') : null);
  if (control && control.matches(':disabled')) return true;
  if (el.getAttribute('aria-disabled') === 'true') return true;
  return !!el.id && !!document.querySelector(
    '[aria-labelledby~="' + CSS.escape(el.id) + '"][aria-disabled="true"]');
}
function __ccRendered(el) {
  for (var node = el; node && node !== document.body; node = node.parentElement) {
    if (getComputedStyle(node).display === 'none') return false;
  }
  return getComputedStyle(el).visibility === 'visible';
}
// Whether the browser knows the language of a tag's primary subtag (its own language data).
function __ccLanguageKnown(tag) {
  var primary = String(tag).trim().split('-')[0];
  if (!/^[a-z]{2,3}$/i.test(primary)) return false;
  try {
    return !!new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'}).of(primary);
  } catch (e) { return false; }
}
// A table's shape: rendered rows with cells, the most cells in a row, and header cells
// (th, or an ARIA header role).
function __ccTable(table) {
  var rows = 0, cols = 0, headers = false;
  Array.from(table.rows).forEach(function (row) {
    var cells = Array.from(row.cells).filter(__ccRendered);
    if (cells.length) rows++;
    cols = Math.max(cols, cells.length);
    headers = headers || cells.some(function (c) {
      return c.nodeName === 'TH' || /^(columnheader|rowheader)$/.test(c.getAttribute('role'));
    });
  });
  return {rows: rows, cols: cols, headers: headers, role: table.getAttribute('role') || ''};
}
// The element at such a path (SVG elements too, which document.evaluate does not find by
// these names in an HTML document), or null.
function __ccElement(path) {
  var node = document, parts = String(path).split('/').filter(Boolean);
  for (var i = 0; i < parts.length && node; i++) {
    var m = /^([^\[]+)\[(\d+)\]$/.exec(parts[i]), seen = 0, next = null;
    if (!m) return null;
    for (var c = node.firstElementChild; c; c = c.nextElementSibling) {
      if (c.nodeName.toLowerCase() === m[1] && ++seen === +m[2]) { next = c; break; }
    }
    node = next;
  }
  return node;
}
function __ccBox(el) {
  if (!el || el.nodeType !== 1) return null;
  var b = el.getBoundingClientRect();
  return {x: Math.round((b.left + window.scrollX) * 10) / 10,
          y: Math.round((b.top + window.scrollY) * 10) / 10,
          width: Math.round(b.width * 10) / 10, height: Math.round(b.height * 10) / 10};
}
"""

# axe's targets have one selector per frame, innermost last (a list is a shadow DOM path): an
# element's path is its frames' paths and its own, joined (IBM's notation for frames). A frame
# this document cannot enter (cross-origin) stops the lookup: the answer is the frame's path and
# the rest of the target, which the walk asks that frame's own document about.
_AXE_PATHS_JS = FIND_TARGET_JS + """
function __ccAxePaths(targets) {
  return targets.map(function (target) {
    var doc = document, path = '';
    for (var i = 0; i < target.length; i++) {
      var el;
      try { el = find(doc, target[i]); } catch (e) { el = null; }
      if (!el) return null;
      path += __ccXpath(el);
      if (i === target.length - 1) return path;
      try { doc = el.contentDocument; } catch (e) { doc = null; }
      if (!doc) return /^i?frame$/i.test(el.nodeName) ? {frame: path, rest: target.slice(i + 1)}
                                                      : null;
    }
    return null;
  });
}
"""

# The frames of the current document: path, where its content starts in this document's page
# coordinates, and whether this document can reach into it (same origin). The elements
# themselves come apart (WebDriver elements, or DevTools frame ids), only when there are any.
_FRAME_ELEMENTS = "Array.from(document.querySelectorAll('iframe, frame'))"
_FRAME_FACTS_JS = """
function __ccFrameFacts() {
  return __FRAMES__.map(function (f) {
    var b = f.getBoundingClientRect(), reachable = false;
    try { reachable = !!f.contentDocument; } catch (e) { reachable = false; }
    return [__ccXpath(f), b.left + window.scrollX + f.clientLeft,
            b.top + window.scrollY + f.clientTop, reachable];
  });
}
""".replace("__FRAMES__", _FRAME_ELEMENTS)
_WEBDRIVER_FRAMES = "return " + _FRAME_ELEMENTS + ";"

# One round trip per document: load the engines it runs (a preloaded loader, called once per
# document), run each in turn (timed in the page; an engine's error is its own), list the
# document's frames, and in the top document find axe's elements. An engine that is neither
# loaded nor preloaded is reported `missing`: the walk sends its script and asks again.
RUNNER_JS = "(function () {\n" + XPATH_JS + _AXE_PATHS_JS + _FRAME_FACTS_JS + """
return function (plan) {
  var loaders = window.__ccLoaders || {}, engines = window.__ccEngines = window.__ccEngines || {};
  var helpers = {xpath: __ccXpath, element: __ccElement, box: __ccBox, facts: __ccFacts};
  var names = Object.keys(plan.engines);
  var out = {engines: {}, frames: __ccFrameFacts(), preload_ms: window.__ccPreloadMs || 0};
  if (window.__ccPreloadMs) window.__ccPreloadMs = 0;  // counted once per document
  function next(i) {
    if (i >= names.length) return Promise.resolve();
    var name = names[i], started = performance.now();
    if (!engines[name] && !loaders[name]) {
      out.engines[name] = {missing: true};
      return next(i + 1);
    }
    var loadMs = 0;
    return new Promise(function (resolve) {
      if (!engines[name]) {
        engines[name] = loaders[name].call(window);
        loadMs = performance.now() - started;
      }
      resolve(engines[name](plan.engines[name], helpers));
    }).then(function (result) {
      out.engines[name] = {hits: result.hits, extra: result.extra || null,
                           ms: performance.now() - started, load_ms: loadMs};
    }, function (e) {
      out.engines[name] = {error: String(e && e.message || e), ms: performance.now() - started,
                           load_ms: loadMs};
    }).then(function () { return next(i + 1); });
  }
  return next(0).then(function () {
    if (plan.axe_targets) {
      var started = performance.now();
      out.axe_paths = __ccAxePaths(plan.axe_targets);
      out.axe_paths_ms = performance.now() - started;
    }
    return JSON.stringify(out);
  });
};
})()"""


@dataclass
class EnginesRun:
    """Every engine's raw hits on the page (paths and boxes page-wide), errors and time."""

    raw: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    ms: dict[str, float] = field(default_factory=dict)  # engine -> ms in the page, all frames
    load_ms: dict[str, float] = field(default_factory=dict)  # of which running its script
    extra: dict[str, Any] = field(default_factory=dict)  # engine -> its top document's extra
    axe_paths: list[str | None] = field(default_factory=list)  # one per axe target
    axe_paths_ms: float = 0.0
    preload_ms: float = 0.0  # defining the preloaded engines in this page's documents


class Place(Protocol):
    """One frame's document where engines can be loaded and run."""

    def define(self, source: str) -> None: ...

    def run(self, plan: dict[str, Any]) -> str: ...

    def mark_listeners(self, types: tuple[str, ...]) -> None: ...

    def frames(self, facts: list[list[Any]]) -> list[tuple[Any, list[Any]]]: ...

    def enter(self, frame: Any) -> Place | None: ...

    def leave(self) -> None: ...


def preload(session: Session, specs: list[EngineSpec]) -> None:
    """Register the engines' loaders for every new document of the main tab, once per
    session (see the module's docstring). Best effort: without it the walk sends them."""
    interceptor = session.interceptor
    if interceptor is None or session.main_handle is None:
        return
    session_id = interceptor.session_of(session.main_handle)
    key = (session_id, tuple(spec.name for spec in specs))
    if session_id is None or session.state.get("engines_preloaded") == key:
        return
    source = ("(function () { var started = performance.now();\n"
              + "\n".join(spec.loader() for spec in specs)
              + "\nwindow.__ccPreloadMs = performance.now() - started; })();")
    try:
        interceptor.devtools.call("Page.addScriptToEvaluateOnNewDocument", {
            "source": source, "worldName": ENGINES_WORLD}, session_id)
    except DevToolsError:
        return
    session.state["engines_preloaded"] = key


def run_in_every_frame(session: Session, specs: list[EngineSpec],
                       axe_targets: list[Any] | None = None) -> EnginesRun:
    """Every engine's raw hits in every frame of the page, and the element paths of axe's
    targets. An engine whose script fails in the top document gets an error (and no hits);
    in a frame, that frame is left out for it. An engine that `reaches_same_origin` frames
    by itself (IBM: its paths go on into them, and it will not test a node twice) is run only
    where it cannot reach. A frame that refuses, navigates or shows Chromium's error page is
    left out. EngineFailed when the runner itself fails in the top document."""
    top: Place
    if session.interceptor is not None:
        top = WorldPlace(session, page_world(session, ENGINES_WORLD))
    else:
        session.driver.switch_to.default_content()
        top = DriverPlace(session, top=True)
    walk = _Walk({spec.name: spec for spec in specs})
    walk.result.axe_paths = [None] * len(axe_targets or [])
    walk.document(top, "", 0.0, 0.0, 0, covered=set(),
                  axe_targets=list(enumerate(axe_targets)) if axe_targets else None)
    if isinstance(top, WorldPlace):
        for spec in specs:
            if spec.pixels is not None and spec.name not in walk.result.errors:
                walk.pixels(top, spec)
            if spec.narrow is not None and spec.name not in walk.result.errors:
                walk.narrow(top, spec)
    return walk.result


class _Walk:
    def __init__(self, specs: dict[str, EngineSpec]):
        self.specs = specs
        self.result = EnginesRun(raw={name: [] for name in specs},
                                 ms=dict.fromkeys(specs, 0.0), load_ms=dict.fromkeys(specs, 0.0))

    def document(self, place: Place, prefix: str, dx: float, dy: float, depth: int,
                 covered: set[str], axe_targets: list[tuple[int, Any]] | None = None) -> None:
        """Run the engines that this document needs (not covered by an ancestor's run, not
        failed in the top document) and find axe's elements in it (`axe_targets`: their
        index among all targets, and the target from this document on), then walk its
        frames."""
        names = [name for name in self.specs
                 if name not in covered and name not in self.result.errors]
        out = self._run(place, names, [target for _, target in axe_targets or []] or None)
        top = depth == 0
        for name, engine in out["engines"].items():
            self.result.ms[name] += float(engine.get("ms") or 0.0)
            self.result.load_ms[name] += float(engine.get("load_ms") or 0.0)
            if "error" in engine or engine.get("missing"):
                if top:
                    message = engine.get("error") or "its script could not be loaded"
                    self.result.errors[name] = f"{self.specs[name].title} failed: {message}"
                continue  # in a frame: that frame is left out for this engine
            self.result.raw[name].extend(self._placed(engine["hits"], prefix, dx, dy))
            if top and engine.get("extra"):
                self.result.extra[name] = engine["extra"]
        self.result.preload_ms += float(out.get("preload_ms") or 0.0)
        in_frames = self._axe_paths(out, prefix, axe_targets or [])
        if depth >= MAX_FRAME_DEPTH or not out["frames"]:
            return
        for frame, (path, fx, fy, reachable) in place.frames(out["frames"]):
            frame_covered = {name for name, spec in self.specs.items()
                             if spec.reaches_same_origin and reachable}
            self._frame(place, frame, prefix + path, dx + fx, dy + fy, depth + 1,
                        frame_covered, in_frames.get(prefix + path))

    def narrow(self, top: WorldPlace, spec: EngineSpec) -> None:
        """The engine's runs at other viewport sizes in the top document (EngineSpec.narrow),
        their hits added to the engine's and their time to the engine's. The viewport goes back
        whatever happens; a step that fails loses only its own hits."""
        assert spec.narrow is not None
        started = time.perf_counter()
        world, changed = top.world, False
        try:
            for metrics, argument in spec.narrow.steps:
                try:
                    world.devtools.call("Emulation.setDeviceMetricsOverride", metrics,
                                        world.session_id)
                except DevToolsError:
                    return  # the tab refuses emulation: no narrow run
                changed = True
                try:
                    out = _parsed(top.run({"engines": {spec.name: argument}}))
                except (RuntimeError, ValueError, WorldGone):
                    continue
                engine = out["engines"].get(spec.name) or {}
                self.result.raw[spec.name].extend(
                    self._placed(engine.get("hits") or [], "", 0.0, 0.0))
        finally:
            if changed:
                world.devtools.call("Emulation.setDeviceMetricsOverride", spec.narrow.restore,
                                    world.session_id)
            self.result.ms[spec.name] += (time.perf_counter() - started) * 1000

    def pixels(self, top: WorldPlace, spec: EngineSpec) -> None:
        """The engine's marked regions of the top document, each seen in a screenshot
        (EngineSpec.pixels): the hits of the marking run, each with what `measure` made of
        its picture; a hit whose picture could not be taken is dropped. The marks are taken
        away whatever happens; the time counts as the engine's."""
        assert spec.pixels is not None
        started = time.perf_counter()
        world = top.world
        try:
            out = _parsed(top.run({"engines": {spec.name: spec.pixels.mark}}))
            hits = (out["engines"].get(spec.name) or {}).get("hits") or []
            seen = []
            for hit in hits:
                clip = hit["data"].pop("clip", None)
                ratio = float(hit["data"].pop("device_pixel_ratio", None) or 1.0)
                if not clip or clip["width"] < 1 or clip["height"] < 1:
                    continue
                # the picture is the clip times its scale times the device's pixel ratio
                scale = min(1.0, (spec.pixels.max_pixels
                                  / (clip["width"] * clip["height"] * ratio * ratio)) ** 0.5)
                try:
                    data = world.devtools.call("Page.captureScreenshot", {
                        "format": "png", "clip": {**clip, "scale": scale},
                        "captureBeyondViewport": True}, world.session_id)["data"]
                    hit["data"]["pixels"] = spec.pixels.measure(base64.b64decode(data))
                except (DevToolsError, KeyError, TypeError, ValueError):
                    continue
                seen.append(hit)
            self.result.raw[spec.name].extend(self._placed(seen, "", 0.0, 0.0))
        except (RuntimeError, ValueError, WorldGone, EngineFailed):
            pass  # no picture: the check finds nothing on this page
        finally:
            try:
                top.run({"engines": {spec.name: spec.pixels.unmark}})
            except (RuntimeError, ValueError, WorldGone, EngineFailed):
                pass
            self.result.ms[spec.name] += (time.perf_counter() - started) * 1000

    def _axe_paths(self, out: dict[str, Any], prefix: str, targets: list[tuple[int, Any]]
                   ) -> dict[str, list[tuple[int, Any]]]:
        """Record the paths this document found; return, by frame path, the targets that go
        on in a frame it could not enter."""
        self.result.axe_paths_ms += float(out.get("axe_paths_ms") or 0.0)
        in_frames: dict[str, list[tuple[int, Any]]] = {}
        for (index, _), answer in zip(targets, out.get("axe_paths") or [], strict=False):
            if isinstance(answer, str):
                self.result.axe_paths[index] = prefix + answer
            elif isinstance(answer, dict) and isinstance(answer.get("frame"), str):
                in_frames.setdefault(prefix + answer["frame"], []).append(
                    (index, answer.get("rest")))
        return in_frames

    def _run(self, place: Place, names: list[str],
             axe_targets: list[Any] | None) -> dict[str, Any]:
        plan = {"engines": {name: self.specs[name].argument for name in names},
                "axe_targets": axe_targets}
        listening = [name for name in names if self.specs[name].listeners]
        if listening:  # before the runner: the engines that read listeners find them marked
            started = time.perf_counter()
            place.mark_listeners(tuple(sorted({t for name in listening
                                                for t in self.specs[name].listeners})))
            for name in listening:  # the engine's own time, shared among those that asked
                self.result.ms[name] += (time.perf_counter() - started) * 1000 / len(listening)
        out = _parsed(place.run(plan))
        missing = [name for name, engine in out["engines"].items() if engine.get("missing")]
        if missing:  # not preloaded in this document: send the scripts, run those again
            place.define("\n".join(self.specs[name].loader() for name in missing) + "\n;0")
            again = _parsed(place.run({"engines": {name: self.specs[name].argument
                                                   for name in missing}}))
            out["engines"].update(again["engines"])
        return out

    @staticmethod
    def _placed(hits: list[dict[str, Any]], prefix: str, dx: float, dy: float
                ) -> list[dict[str, Any]]:
        for hit in hits:
            hit["xpath"] = prefix + hit["xpath"]
            box = hit.get("bbox")
            if box and not hit.pop("page_box", False):
                hit["bbox"] = {**box, "x": round(box["x"] + dx, 1),
                               "y": round(box["y"] + dy, 1)}
        return hits

    def _frame(self, parent: Place, frame: Any, prefix: str, dx: float, dy: float,
               depth: int, covered: set[str], axe_targets: list[tuple[int, Any]] | None
               ) -> None:
        try:
            child = parent.enter(frame)
        except (WebDriverException, WorldGone, RuntimeError, TimeoutError):
            return  # the frame went away between listing and entering
        if child is None:
            return
        try:
            self.document(child, prefix, dx, dy, depth, covered, axe_targets)
        except (WebDriverException, WorldGone, RuntimeError, TimeoutError, ValueError):
            return  # a frame that navigated or refuses scripts
        finally:
            parent.leave()


def _parsed(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, str):
        raise EngineFailed("engine tampered with: results are not text")
    out = json.loads(raw)
    if "__error" in out:
        raise EngineFailed(f"the engines' runner failed: {out['__error']}")
    if not isinstance(out.get("engines"), dict) or not isinstance(out.get("frames"), list):
        raise EngineFailed("engine tampered with: results are not the runner's")
    return out


class WorldPlace:
    """A frame's isolated engines world (checker.browser.worlds)."""

    def __init__(self, session: Session, world: FrameWorld):
        self.session, self.world = session, world

    def define(self, source: str) -> None:
        self.world.evaluate(source, WORLD_TIMEOUT)

    def run(self, plan: dict[str, Any]) -> str:
        return self.world.evaluate(f"({RUNNER_JS})({json.dumps(plan)})", WORLD_TIMEOUT,
                                   await_promise=True)

    def mark_listeners(self, types: tuple[str, ...]) -> None:
        try:
            self.world.mark_listeners(types, MAX_LISTENED, WORLD_TIMEOUT)
        except (RuntimeError, WorldGone, KeyError):
            pass  # the runner then sees the inline handlers only (a world gone fails it)

    def frames(self, facts: list[list[Any]]) -> list[tuple[Any, list[Any]]]:
        ids = self.world.elements_frame_ids(_FRAME_ELEMENTS)
        return list(zip(ids, facts, strict=False))

    def enter(self, frame: Any) -> Place | None:
        if frame is None:
            return None
        world = frame_world(self.session, self.world, frame, ENGINES_WORLD)
        if world.unreachable_url:
            return None  # Chromium's error page stands in for a frame that did not load
        return WorldPlace(self.session, world)

    def leave(self) -> None:
        pass


class DriverPlace:
    """The document WebDriver is switched to, in the page's own world."""

    _RUN = ("var done = arguments[arguments.length - 1];\n(" + RUNNER_JS + ")(arguments[0])"
            ".then(done, function (e) { done(JSON.stringify({__error: String(e && e.message"
            " || e)})); });")

    def __init__(self, session: Session, top: bool = False):
        self.session, self.top = session, top

    def define(self, source: str) -> None:
        if self.top:
            inject_top(self.session, source)
        else:
            self.session.driver.execute_script(source)

    def run(self, plan: dict[str, Any]) -> str:
        return self.session.driver.execute_async_script(self._RUN, plan)

    def mark_listeners(self, types: tuple[str, ...]) -> None:
        pass  # no DevTools connection of ours: listeners cannot be read

    def frames(self, facts: list[list[Any]]) -> list[tuple[Any, list[Any]]]:
        elements = self.session.driver.execute_script(_WEBDRIVER_FRAMES)
        return list(zip(elements, facts, strict=False))

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
