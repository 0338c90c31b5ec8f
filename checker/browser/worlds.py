"""Run a checking engine's script where the page's own scripts cannot reach it: an isolated
world (DevTools Page.createIsolatedWorld) per frame, the way browser extensions run.

The world shares the page's DOM and layout, but not its JavaScript globals or prototypes: a
page that defines `window.axe`, or overrides `Array.prototype.toJSON` (old Prototype.js), or
replaces `JSON.stringify`, changes nothing an engine sees or returns. Every engine
(axe-core here; others next to it) injects and runs through `FrameWorld`.

Frames are found through DevTools: same-process frames in their tab's frame tree, each
out-of-process frame (a cross-site iframe under site isolation) in its own target, reached
through the session's RequestInterceptor connection.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from selenium.common.exceptions import WebDriverException

from checker.browser.devtools import DevTools, DevToolsError

WORLD_NAME = "clinic-checker"  # axe-core's world, and the DOM read's


class WorldGone(WebDriverException):
    """The frame's document went away under the script (it navigated or was removed); the
    words "execution context" make checker.browser.render audit the new document."""


@dataclass
class FrameWorld:
    """One frame's isolated world: where scripts run, and the frame's identity."""

    devtools: DevTools
    session_id: str  # the DevTools session of the target the frame lives in
    frame_id: str
    context_id: int
    url: str
    unreachable_url: str | None = None  # set when the frame shows Chromium's error page

    @classmethod
    def open(cls, devtools: DevTools, session_id: str, frame_id: str,
             world_name: str = WORLD_NAME, frame: dict[str, Any] | None = None) -> FrameWorld:
        """The frame's isolated world of that name. Chromium keeps one world per name and
        document: a second call in the same document reaches the same world (and the world
        a script registered with Page.addScriptToEvaluateOnNewDocument under that name ran
        in); a new document starts with none, so nothing an earlier page's world held
        survives. `frame`: the frame's entry of Page.getFrameTree when the caller has it."""
        frame = frame if frame is not None else _frame_info(devtools, session_id, frame_id)
        try:
            reply = devtools.call("Page.createIsolatedWorld", {
                "frameId": frame_id, "worldName": world_name}, session_id)
        except DevToolsError as exc:
            raise WorldGone(f"frame gone, no execution context: {exc}") from exc
        return cls(devtools, session_id, frame_id, reply["executionContextId"],
                   frame.get("url", ""), frame.get("unreachableUrl"))

    def evaluate(self, expression: str, timeout: float, await_promise: bool = False) -> Any:
        """The JSON value of `expression` in this world. Raises WorldGone when the document
        went away, TimeoutError when it did not answer in time, RuntimeError when the
        script threw."""
        reply = self._call("Runtime.evaluate", {
            "expression": expression, "contextId": self.context_id, "returnByValue": True,
            "awaitPromise": await_promise}, timeout)
        _raise_on_exception(reply)
        return reply.get("result", {}).get("value")

    def elements_frame_ids(self, expression: str) -> list[str | None]:
        """The frame ids of the frame elements an expression returns (an array), in order:
        how an engine's list of frames (elements) maps onto frames we can enter."""
        reply = self._call("Runtime.evaluate", {
            "expression": expression, "contextId": self.context_id}, 30.0)
        _raise_on_exception(reply)
        array_id = reply["result"].get("objectId")
        if not array_id:
            return []
        props = self._call("Runtime.getProperties", {
            "objectId": array_id, "ownProperties": True}, 30.0)["result"]
        indexed = sorted((int(p["name"]), p.get("value", {})) for p in props
                         if p["name"].isdigit())
        ids: list[str | None] = []
        for _index, value in indexed:
            object_id = value.get("objectId")
            if not object_id:
                ids.append(None)
                continue
            node = self._call("DOM.describeNode", {"objectId": object_id}, 30.0)["node"]
            ids.append(node.get("frameId"))
        self.devtools.post("Runtime.releaseObject", {"objectId": array_id}, self.session_id)
        return ids

    def mark_listeners(self, types: tuple[str, ...], limit: int, timeout: float) -> int:
        """Mark, in this world, each element of the document that has a listener of one of
        `types` (DOMDebugger.getEventListeners over the whole document: listeners the page's
        own scripts added, which no script can list): `element.__ccListen` holds its types and
        `window.__ccListened` the elements, at most `limit`. Listeners on the document, the
        window, html and body (a framework's one delegating listener) are not marked. Returns
        how many elements were marked."""
        group = "clinic-checker-listeners"
        try:
            document = self._call("Runtime.evaluate", {
                "expression": "document", "contextId": self.context_id,
                "objectGroup": group}, timeout)["result"].get("objectId")
            if not document:
                return 0
            # pierce: the listeners of every world (the page's own), and of frames' and shadow
            # roots' nodes too (a frame's nodes do not resolve here: its own walk marks them)
            listeners = self._call("DOMDebugger.getEventListeners", {
                "objectId": document, "depth": -1, "pierce": True}, timeout).get(
                    "listeners", [])
            types_by_node: dict[int, set[str]] = {}
            for listener in listeners:
                node = listener.get("backendNodeId")
                if node and listener.get("type") in types:
                    types_by_node.setdefault(node, set()).add(listener["type"])
            arguments: list[dict[str, Any]] = []
            for node, found in list(types_by_node.items())[:limit]:
                try:
                    element = self._call("DOM.resolveNode", {
                        "backendNodeId": node, "executionContextId": self.context_id,
                        "objectGroup": group}, timeout)["object"].get("objectId")
                except WorldGone:
                    continue  # a node of another document (a frame's)
                if element:
                    arguments += [{"objectId": element}, {"value": sorted(found)}]
            reply = self._call("Runtime.callFunctionOn", {
                "objectId": document, "arguments": arguments, "returnByValue": True,
                "functionDeclaration": _MARK_LISTENERS}, timeout)
            _raise_on_exception(reply)
            return int(reply.get("result", {}).get("value") or 0)
        finally:
            self.devtools.post("Runtime.releaseObjectGroup", {"objectGroup": group},
                               self.session_id)

    def _call(self, method: str, params: dict[str, Any], timeout: float) -> dict[str, Any]:
        try:
            return self.devtools.call(method, params, self.session_id, timeout=timeout)
        except DevToolsError as exc:
            text = str(exc)
            if "no answer" in text:
                raise TimeoutError(f"the page's scripts did not answer: {text}") from exc
            raise WorldGone(f"execution context gone: {text}") from exc


# Runs on the document in the engines' world with (element, types) pairs as arguments.
_MARK_LISTENERS = """function () {
  var marked = window.__ccListened = [];
  for (var i = 0; i + 1 < arguments.length; i += 2) {
    var el = arguments[i];
    if (!el || el.nodeType !== 1 || el === document.documentElement || el === document.body) {
      continue;
    }
    el.__ccListen = arguments[i + 1];
    marked.push(el);
  }
  return marked.length;
}"""


def _raise_on_exception(reply: dict[str, Any]) -> None:
    details = reply.get("exceptionDetails")
    if details:
        exception = details.get("exception", {})
        message = exception.get("description") or details.get("text") or "script error"
        raise RuntimeError(str(message).splitlines()[0][:300])


def _frame_info(devtools: DevTools, session_id: str, frame_id: str) -> dict[str, Any]:
    try:
        tree = devtools.call("Page.getFrameTree", {}, session_id)["frameTree"]
    except DevToolsError as exc:
        raise WorldGone(f"frame gone, no execution context: {exc}") from exc
    stack = [tree]
    while stack:
        node = stack.pop()
        if node["frame"]["id"] == frame_id:
            return node["frame"]
        stack.extend(node.get("childFrames", []))
    return {}


def top_frame(devtools: DevTools, session_id: str) -> dict[str, Any]:
    """The target's top frame: its entry of Page.getFrameTree (id, url, ...)."""
    try:
        return devtools.call("Page.getFrameTree", {}, session_id)["frameTree"]["frame"]
    except DevToolsError as exc:
        raise WorldGone(f"execution context gone: {exc}") from exc


def as_json_literal(value: Any) -> str:
    """A Python value as a JavaScript literal to splice into an expression."""
    return json.dumps(value)
