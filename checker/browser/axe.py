"""Run axe-core in a loaded page, in every frame, the way Deque's own WebDriver integrations
do, but in an isolated world (checker.browser.worlds) so the page cannot fake or break its
audit: `axe.runPartial` in each frame (cross-origin frames too, through their own DevTools
targets), then `axe.finishRun` over all the partial results in a blank tab, where the page's
own scripts cannot interfere. A page without frames, and older scripts without
runPartial (axe < 4.3), get one `axe.run` (every frame injected first, `iframes: true`).

The results are verified either way (their shape, and that the engine reporting them is
the axe-core we injected); anything else is a page error "engine tampered with". Without our
DevTools connection (a driver audited in place by the pytest plugin) axe runs in the page's
own world, frames entered with WebDriver.

After the run, each result node gets the element's box in page CSS pixels (`node["bbox"]`),
so the report can outline it on the page screenshot.
"""

from __future__ import annotations

import json
from typing import Any

from selenium.common.exceptions import WebDriverException

from checker.browser.devtools import DevToolsError
from checker.browser.pool import Session, cdp
from checker.browser.wcag import axe_options, axe_source, axe_version
from checker.browser.worlds import WORLD_NAME, FrameWorld, WorldGone, top_frame
from checker.model import PageFailure
from checker.settings import BrowserStageSettings

# Key of the frames axe could not audit (Chromium's error page in their place), which
# render moves from the results to Page.extra["failed_frames"].
FRAMES_NOT_AUDITED = "framesNotAudited"
MAX_FRAME_DEPTH = 8  # frames nested deeper than this are left to axe's own "frame-tested"


class AxeError(RuntimeError):
    """axe-core itself failed on the page (a script error, not a browser failure), or the
    page tampered with it (`failure` = PageFailure.ENGINE_TAMPERED)."""

    def __init__(self, message: str, failure: PageFailure | None = None) -> None:
        super().__init__(message)
        self.failure = failure


# Injects axe and says which API it has and whether the page has frames for it to test. A
# page may have its own (older) axe: ours replaces it.
_INFO = """({version: String(window.axe && axe.version),
  partial: !!(window.axe && typeof axe.runPartial === 'function'),
  frames: (function () {
    try { return axe.utils.getFrameContexts({exclude: []}).length; }
    catch (e) { return window.frames.length || 1; }
  })()})"""
_INJECT = "%s\n;return " + _INFO + ";"

# Frame contexts must be read before runPartial (axe's own rule). Elements come back as
# WebElements so we can switch into the frames.
_FRAME_CONTEXTS = """
var contexts = axe.utils.getFrameContexts(arguments[0] || {exclude: []});
return [JSON.stringify(contexts.map(function (c) { return c.frameContext; })),
        contexts.map(function (c) { return axe.utils.shadowSelect(c.frameSelector); })];
"""

_RUN_PARTIAL = """
var done = arguments[arguments.length - 1];
axe.runPartial(arguments[0] || document, arguments[1])
  .then(function (r) { done(JSON.stringify(r)); })
  .catch(function (e) { done(JSON.stringify({__error: String(e && e.message || e)})); });
"""

# Drops passes and inapplicable (not reported) before the JSON crosses the wire.
_FINISH_RUN = """
var done = arguments[arguments.length - 1];
axe.finishRun(JSON.parse(arguments[0]), arguments[1])
  .then(function (r) { delete r.passes; delete r.inapplicable;
                       done(JSON.stringify({ok: true, results: r})); })
  .catch(function (e) { done(JSON.stringify({ok: false, error: String(e && e.message || e)})); });
"""

_LEGACY_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, arguments[0])
  .then(function (r) { delete r.passes; delete r.inapplicable;
                       done(JSON.stringify({ok: true, results: r})); })
  .catch(function (e) { done(JSON.stringify({ok: false, error: String(e && e.message || e)})); });
"""


def run_axe(session: Session, config: BrowserStageSettings) -> dict[str, Any]:
    """axe's results (violations and incomplete) for the page loaded in the session's main
    tab, with a `bbox` on every node. Raises AxeError when axe fails or was tampered with,
    WebDriverException when the browser does."""
    if session.interceptor is None:
        results = _run_axe_in_page_world(session, config)
    else:
        results = _run_axe_isolated(session, config)
    return verified(results, axe_version(config))


def verified(results: Any, version: str) -> dict[str, Any]:
    """axe's results as our code expects them, from the axe we injected, or AxeError
    (ENGINE_TAMPERED): a page must not be able to hand us results of its own making."""
    problem = _shape_problem(results)
    if problem is None:
        reported = str((results.get("testEngine") or {}).get("version"))
        if version != "unknown" and reported != version:
            problem = f"results from axe {reported[:40]!r}, not the injected {version}"
    if problem:
        raise AxeError(f"engine tampered with: {problem}", PageFailure.ENGINE_TAMPERED)
    return results


def _shape_problem(results: Any) -> str | None:
    if not isinstance(results, dict):
        return f"results are a {type(results).__name__}, not an object"
    for kind in ("violations", "incomplete"):
        rules = results.get(kind, [])
        if not isinstance(rules, list):
            return f"{kind} is a {type(rules).__name__}, not a list"
        for rule in rules:
            if not isinstance(rule, dict) or not isinstance(rule.get("id"), str):
                return f"a {kind} entry is not a rule"
            nodes = rule.get("nodes", [])
            if not isinstance(nodes, list) or not all(
                    isinstance(n, dict) and isinstance(n.get("target", []), list)
                    for n in nodes):
                return f"rule {rule['id'][:60]!r} has malformed nodes"
            if not isinstance(rule.get("tags", []), list):
                return f"rule {rule['id'][:60]!r} has malformed tags"
    return None


def _run_axe_in_page_world(session: Session, config: BrowserStageSettings) -> dict[str, Any]:
    driver = session.driver
    driver.switch_to.default_content()
    source = axe_source(config)
    options = axe_options(config)
    info = _inject_top(session, source)
    # Most pages have no frames: one axe.run in the page gives the same results as
    # runPartial + finishRun without the trip to the blank tab (about 40% of axe's time).
    if info and info.get("partial") and info.get("frames"):
        partials = _run_partial_tree(session, source, options, None, 0)
        results = _finish_run(session, source, "[" + ",".join(partials) + "]", options)
    else:
        results = _legacy_run(session, source, options)
    _add_boxes(session, results)
    return results


_INJECT_EXPRESSION = "%s\n;" + _INFO + ";"


def _inject_top(session: Session, source: str) -> dict[str, Any]:
    """Inject axe into the top document. Through CDP's Runtime.evaluate when the endpoint has
    it: V8 then reuses its compilation of the same 0.5 MB source from page to page, where
    chromedriver's execute_script wraps it in a new function each time (measured: about 4x
    faster). Same main world either way."""
    if not session.state.get("no_cdp_inject"):
        try:
            reply = cdp(session.driver, "Runtime.evaluate", {
                "expression": _INJECT_EXPRESSION % source, "returnByValue": True})
            if "exceptionDetails" not in reply:
                return reply["result"]["value"]
        except (WebDriverException, KeyError, TypeError):
            session.state["no_cdp_inject"] = True
    return session.driver.execute_script(_INJECT % source)


def _run_partial_tree(session: Session, source: str, options: dict[str, Any],
                      context: Any, depth: int) -> list[str]:
    """Partial results (JSON text) of the current frame and, depth first, of its frames;
    "null" for a frame that could not be tested (finishRun then reports it)."""
    driver = session.driver
    contexts_json, frames = driver.execute_script(_FRAME_CONTEXTS, context)
    frame_contexts = json.loads(contexts_json)
    partial = driver.execute_async_script(_RUN_PARTIAL, context, options)
    if '"__error"' in partial[:20]:
        raise AxeError(f"axe-core failed: {json.loads(partial)['__error']}")
    out = [partial]
    for frame, frame_context in zip(frames, frame_contexts, strict=False):
        out.extend(_run_in_frame(session, source, options, frame, frame_context, depth + 1))
    return out


def _run_in_frame(session: Session, source: str, options: dict[str, Any], frame: Any,
                  context: Any, depth: int) -> list[str]:
    driver = session.driver
    if frame is None or depth > MAX_FRAME_DEPTH:
        return ["null"]
    try:
        driver.switch_to.frame(frame)
    except WebDriverException:
        return ["null"]  # the frame went away between listing and switching
    try:
        driver.execute_script(_INJECT % source)
        return _run_partial_tree(session, source, options, context, depth)
    except (WebDriverException, AxeError, ValueError):
        return ["null"]  # a frame that navigated or refuses scripts: axe reports it untested
    finally:
        driver.switch_to.parent_frame()


def _finish_run(session: Session, source: str, partials: str,
                options: dict[str, Any]) -> dict[str, Any]:
    """axe.finishRun in the session's blank tab (made once per session; axe stays loaded
    there between pages), then back to the page's tab."""
    driver = session.driver
    _switch_to_blank_tab(session, source)
    try:
        raw = driver.execute_async_script(_FINISH_RUN, partials, options)
    finally:
        driver.switch_to.window(session.main_handle)
    return _parse(raw)


def _switch_to_blank_tab(session: Session, source: str) -> None:
    driver = session.driver
    if session.blank_handle is None:
        driver.switch_to.new_window("tab")
        session.blank_handle = driver.current_window_handle
    else:
        driver.switch_to.window(session.blank_handle)
    # One injection per session and script: the blank tab never navigates.
    if session.state.get("finish_axe") != id(source):
        driver.execute_script(_INJECT % source)
        session.state["finish_axe"] = id(source)


def _legacy_run(session: Session, source: str, options: dict[str, Any]) -> dict[str, Any]:
    """axe without runPartial: inject every (same-origin) frame, one axe.run over all."""
    driver = session.driver
    _inject_frames(session, source, 0)
    raw = driver.execute_async_script(_LEGACY_RUN, options | {"iframes": True})
    return _parse(raw)


def _inject_frames(session: Session, source: str, depth: int) -> None:
    driver = session.driver
    if depth >= MAX_FRAME_DEPTH:
        return
    count = driver.execute_script("return window.frames.length")
    for index in range(count or 0):
        try:
            driver.switch_to.frame(index)
        except WebDriverException:
            continue
        try:
            driver.execute_script(_INJECT % source)
            _inject_frames(session, source, depth + 1)
        except WebDriverException:
            pass  # a frame that refuses scripts is reported by axe itself
        finally:
            driver.switch_to.parent_frame()


def _parse(raw: str) -> dict[str, Any]:
    data = json.loads(raw)
    if not data.get("ok"):
        raise AxeError(f"axe-core failed: {data.get('error')}")
    return data["results"]


# The box of each target in top-document CSS pixels. A target lists one selector per frame
# (innermost last); a list entry is a shadow DOM path. Inside a cross-origin frame the best we
# can do is the frame's own box.
# One entry of an axe target in one document: a CSS selector, or a shadow DOM path (a list).
FIND_TARGET_JS = """
function find(doc, sel) {
  if (!Array.isArray(sel)) return doc.querySelector(sel);
  var el = doc.querySelector(sel[0]);
  for (var i = 1; el && i < sel.length; i++) {
    el = el.shadowRoot && el.shadowRoot.querySelector(sel[i]);
  }
  return el;
}
"""

_BOXES = FIND_TARGET_JS + """
function box(target) {
  var doc = document, dx = window.scrollX, dy = window.scrollY, r = null;
  for (var i = 0; i < target.length; i++) {
    var el;
    try { el = find(doc, target[i]); } catch (e) { el = null; }
    if (!el) return r;
    var b = el.getBoundingClientRect();
    r = {x: b.left + dx, y: b.top + dy, width: b.width, height: b.height};
    if (i === target.length - 1) return r;
    var inner = null;
    try { inner = el.contentDocument; } catch (e) { inner = null; }
    if (!inner) return r;
    dx += b.left + el.clientLeft; dy += b.top + el.clientTop; doc = inner;
  }
  return r;
}
return JSON.stringify(arguments[0].map(function (t) {
  var r = box(t);
  return r && {x: Math.round(r.x * 10) / 10, y: Math.round(r.y * 10) / 10,
               width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10};
}));
"""


def _add_boxes(session: Session, results: dict[str, Any]) -> None:
    """Best effort: a page that moved on since axe ran just gets no boxes."""
    nodes = [node for kind in ("violations", "incomplete") for rule in results.get(kind, [])
             for node in rule.get("nodes", [])]
    if not nodes:
        return
    try:
        boxes = json.loads(session.driver.execute_script(
            _BOXES, [node.get("target", []) for node in nodes]))
    except (WebDriverException, ValueError):
        return
    for node, bbox in zip(nodes, boxes, strict=False):
        if bbox:
            node["bbox"] = bbox


# --- isolated worlds -------------------------------------------------------------------

# In a frame's world: axe's frames, read before runPartial (axe's own rule) and kept in the
# world for the next expression; the elements come back so we can find their frame ids.
_WORLD_FRAMES = """(function () {
  window.__ccFrames = axe.utils.getFrameContexts(%s);
  return window.__ccFrames.map(function (c) { return axe.utils.shadowSelect(c.frameSelector); });
})()"""
_WORLD_FRAME_CONTEXTS = (
    "JSON.stringify(window.__ccFrames.map(function (c) { return c.frameContext; }))")
_WORLD_PARTIAL = """axe.runPartial(%s, %s)
  .then(function (r) { return JSON.stringify(r); })
  .catch(function (e) { return JSON.stringify({__error: String(e && e.message || e)}); })"""
_WORLD_RUN = """axe.run(document, %s)
  .then(function (r) { delete r.passes; delete r.inapplicable;
                       return JSON.stringify({ok: true, results: r}); })
  .catch(function (e) {
    return JSON.stringify({ok: false, error: String(e && e.message || e)}); })"""


# Session.state key: (the page log they belong to, the current document's worlds by name)
_WORLDS = "page_worlds"


def page_world(session: Session, world_name: str = WORLD_NAME) -> FrameWorld:
    """The isolated world of that name in the main tab's top frame (the interceptor must be
    on). Kept until the next page begins (the guard's page log changes) or
    forget_page_worlds: a page asks for it about six times (stamp, DOM, axe, screenshot,
    stamp check, sentences), and each opening is two DevTools round trips. A kept world of a
    document that went away fails loudly (its execution context is gone: WorldGone), never
    reaches the new one."""
    interceptor = session.interceptor
    assert interceptor is not None and session.main_handle is not None
    session_id = interceptor.session_of(session.main_handle)
    if session_id is None:
        raise WorldGone("the main tab is not attached: no execution context")
    page, worlds = session.state.get(_WORLDS) or (None, {})
    if page is not interceptor.log:
        worlds = {}
        session.state[_WORLDS] = (interceptor.log, worlds)
    world = worlds.get((session_id, world_name))
    if world is None:
        devtools = interceptor.devtools
        frame = top_frame(devtools, session_id)
        world = FrameWorld.open(devtools, session_id, frame["id"], world_name, frame)
        worlds[(session_id, world_name)] = world
    return world


def forget_page_worlds(session: Session) -> None:
    """Before auditing a document that may not be the one whose worlds were kept."""
    session.state.pop(_WORLDS, None)


def _run_axe_isolated(session: Session, config: BrowserStageSettings) -> dict[str, Any]:
    try:
        return _run_axe_in_worlds(session, config)
    except AxeError:
        raise
    except RuntimeError as exc:  # a script error in the world, not the browser's failure
        raise AxeError(f"axe-core failed: {exc}") from exc


def _run_axe_in_worlds(session: Session, config: BrowserStageSettings) -> dict[str, Any]:
    source, options = axe_source(config), axe_options(config)
    top = page_world(session)
    info = _inject_world(top, source, config, preloaded=True)
    _preload(session, source)
    if info and info.get("partial") and info.get("frames"):
        failed: list[dict[str, str]] = []
        partials = _world_partials(session, top, source, config, None, 0, failed)
        results = _finish_run(session, source, "[" + ",".join(partials) + "]", options)
        if failed:
            results[FRAMES_NOT_AUDITED] = failed
    else:
        raw = top.evaluate(_WORLD_RUN % json.dumps(options), config.axe_timeout,
                           await_promise=True)
        results = _parse(raw)
    _add_world_boxes(top, results)
    return results


def _inject_world(world: FrameWorld, source: str, config: BrowserStageSettings,
                  preloaded: bool = False) -> dict[str, Any]:
    """Define axe in a frame's world: with the loader `_preload` left in the document, by
    calling it; else by sending the script."""
    try:
        if preloaded:
            info = world.evaluate(_CALL_LOADER, config.axe_timeout)
            if info is not None:
                return info
        return world.evaluate(source + "\n;" + _INFO, config.axe_timeout)
    except RuntimeError as exc:
        raise AxeError(f"axe-core could not start: {exc}") from exc


# In axe's world of every new document of the main tab: axe's script as a function not yet
# called. Sending the 0.5 MB script to each page costs more than running it (JSON both ways
# of the connection, then V8's parse); V8 keeps its compilation of the same source between
# documents, so a document pays for defining axe only when axe runs there. The engines do the
# same in their own world (checker.browser.engines.frames).
_LOADER = "__clinicCheckerAxeLoader"
_CALL_LOADER = (f"typeof {_LOADER} === 'function' ? ({_LOADER}(), delete window.{_LOADER},"
                f" {_INFO}) : null")


def _preload(session: Session, source: str) -> None:
    """Register axe's loader for the main tab's next documents, once per session and
    script. Best effort: without it each page is sent the script."""
    interceptor = session.interceptor
    tab = interceptor.session_of(session.main_handle or "") if interceptor else None
    if interceptor is None or tab is None or session.state.get("axe_preloaded") == id(source):
        return
    try:
        interceptor.devtools.call("Page.addScriptToEvaluateOnNewDocument", {
            "source": f"window.{_LOADER} = function () {{\n{source}\n}};",
            "worldName": WORLD_NAME}, tab)
    except DevToolsError:
        return
    session.state["axe_preloaded"] = id(source)


def _world_partials(session: Session, world: FrameWorld, source: str, config: BrowserStageSettings,
                    context: Any, depth: int, failed: list[dict[str, str]]) -> list[str]:
    """Partial results (JSON text) of a frame's world and, depth first, of its frames;
    "null" for a frame that could not be tested (finishRun then reports it)."""
    context_js = json.dumps(context) if context is not None else "{exclude: []}"
    frame_ids = world.elements_frame_ids(_WORLD_FRAMES % context_js)
    frame_contexts = json.loads(world.evaluate(_WORLD_FRAME_CONTEXTS, 30.0))
    partial = world.evaluate(_WORLD_PARTIAL % (json.dumps(context) if context is not None
                                               else "document", json.dumps(axe_options(config))),
                             config.axe_timeout, await_promise=True)
    if not isinstance(partial, str):
        raise AxeError("engine tampered with: partial results are not text",
                       PageFailure.ENGINE_TAMPERED)
    if '"__error"' in partial[:20]:
        raise AxeError(f"axe-core failed: {json.loads(partial)['__error']}")
    out = [partial]
    for frame_id, frame_context in zip(frame_ids, frame_contexts, strict=False):
        out.extend(_world_frame(session, world, source, config, frame_id, frame_context,
                                depth + 1, failed))
    return out


def _world_frame(session: Session, parent: FrameWorld, source: str, config: BrowserStageSettings,
                 frame_id: str | None, context: Any, depth: int,
                 failed: list[dict[str, str]]) -> list[str]:
    if frame_id is None or depth > MAX_FRAME_DEPTH:
        return ["null"]
    try:
        world = frame_world(session, parent, frame_id)
        if world.unreachable_url:
            # Chromium's error page stands in for a frame that did not load: never audited
            # as the frame's content.
            failed.append({"url": world.unreachable_url[:500], "reason": "frame did not load",
                           "kind": "frame"})
            return ["null"]
        _inject_world(world, source, config)
        return _world_partials(session, world, source, config, context, depth, failed)
    except (WorldGone, AxeError, RuntimeError, TimeoutError, ValueError) as exc:
        if isinstance(exc, AxeError) and exc.failure:
            raise
        return ["null"]  # a frame that went away or refuses: axe reports it untested


def frame_world(session: Session, parent: FrameWorld, frame_id: str,
                world_name: str = WORLD_NAME) -> FrameWorld:
    """A frame in the parent's process, or an out-of-process frame (its own target)."""
    try:
        return FrameWorld.open(parent.devtools, parent.session_id, frame_id, world_name)
    except WorldGone:
        interceptor = session.interceptor
        session_id = interceptor.session_of(frame_id) if interceptor else None
        if session_id is None:
            raise
        return FrameWorld.open(parent.devtools, session_id, frame_id, world_name)


def _add_world_boxes(world: FrameWorld, results: dict[str, Any]) -> None:
    nodes = [node for kind in ("violations", "incomplete") for rule in results.get(kind, [])
             for node in rule.get("nodes", [])]
    if not nodes:
        return
    targets = json.dumps([node.get("target", []) for node in nodes])
    try:
        boxes = json.loads(world.evaluate(f"(function () {{{_BOXES}}}).call(null, {targets})",
                                          30.0))
    except (WorldGone, RuntimeError, TimeoutError, ValueError, TypeError):
        return
    for node, bbox in zip(nodes, boxes, strict=False):
        if bbox:
            node["bbox"] = bbox
