"""Our own DevTools Protocol connection to a session's Chromium, next to chromedriver's.

chromedriver's `executeCdpCommand` sends a command to the current tab and returns its answer,
but it never delivers events, and request interception (Fetch.requestPaused) is nothing but
events. So each session opens one WebSocket to the browser endpoint (the local chromedriver
reports it as `goog:chromeOptions.debuggerAddress`; a Selenium Grid as `se:cdp`) and attaches
to every target in flattened mode: one socket, one reader thread, every tab, out-of-process
frame and worker addressed by its sessionId.

Events are handled on the reader thread, so a handler may only `post` (fire and forget):
waiting for an answer there would wait for the thread that reads it.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import urllib.request
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

import websocket
from selenium.webdriver.remote.webdriver import WebDriver

EventHandler = Callable[[str, dict[str, Any], str | None], None]
CALL_TIMEOUT = 30.0  # seconds for one command's answer
_EVENT = '{"method":"'  # how Chromium's event messages start (answers start with {"id":)


class DevToolsError(RuntimeError):
    """A command failed, timed out, or the connection is gone."""


def devtools_endpoint(driver: WebDriver, remote: bool) -> str | None:
    """The browser-level WebSocket URL of a session's Chromium, or None when it has none we
    can reach (a remote end that does not offer `se:cdp`)."""
    capabilities = driver.capabilities
    if capabilities.get("se:cdp"):
        return str(capabilities["se:cdp"])
    address = (capabilities.get("goog:chromeOptions") or {}).get("debuggerAddress")
    if remote or not address:
        return None  # a remote node's "localhost:port" is not ours to reach
    with urllib.request.urlopen(f"http://{address}/json/version", timeout=10) as answer:
        return str(json.load(answer)["webSocketDebuggerUrl"])


class DevTools:
    """One flattened DevTools connection: `call` waits for an answer, `post` does not."""

    def __init__(self, url: str, on_event: EventHandler,
                 events: frozenset[str] | None = None) -> None:
        # suppress_origin: Chromium refuses WebSocket clients that send an Origin header
        # unless started with --remote-allow-origins. skip_utf8_validation: websocket-client
        # checks every text frame byte by byte in Python (measured: half a CPU-second per
        # page of a realistic site, more than the content rules); json.loads rejects what is
        # not text anyway.
        self._socket = websocket.create_connection(url, timeout=CALL_TIMEOUT,
                                                   suppress_origin=True,
                                                   skip_utf8_validation=True)
        self._socket.settimeout(None)
        self._on_event = on_event
        # The events the handler reads (None: all). Chromium sends about 200 messages a page
        # of a realistic site, mostly Network events nobody reads (dataReceived,
        # requestWillBeSent, loadingFinished, ...): those are dropped on their method name,
        # unparsed, so the reader spends less time holding the GIL between the requests it
        # must answer.
        self._events = events
        self._ids = itertools.count(1)
        self._pending: dict[int, Future[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self.closed = threading.Event()
        self._reader = threading.Thread(target=self._read, name="devtools", daemon=True)
        self._reader.start()

    def post(self, method: str, params: dict[str, Any] | None = None,
             session_id: str | None = None) -> Future[dict[str, Any]]:
        """Send a command; the Future holds its result (or DevToolsError)."""
        future: Future[dict[str, Any]] = Future()
        message: dict[str, Any] = {"method": method, "params": params or {}}
        if session_id:
            message["sessionId"] = session_id
        with self._lock:
            if self.closed.is_set():
                future.set_exception(DevToolsError("DevTools connection closed"))
                return future
            message["id"] = command_id = next(self._ids)
            self._pending[command_id] = future
            try:
                self._socket.send(json.dumps(message))
            except (OSError, websocket.WebSocketException) as exc:
                self._pending.pop(command_id, None)
                future.set_exception(DevToolsError(f"DevTools send failed: {exc}"))
        return future

    def call(self, method: str, params: dict[str, Any] | None = None,
             session_id: str | None = None, timeout: float = CALL_TIMEOUT) -> dict[str, Any]:
        """Send a command and wait for its result. Never call this on the reader thread."""
        try:
            return self.post(method, params, session_id).result(timeout)
        except FutureTimeout:
            raise DevToolsError(f"{method}: no answer within {timeout:g} s") from None

    def close(self) -> None:
        self.closed.set()
        with contextlib.suppress(Exception):
            self._socket.close()

    def _read(self) -> None:
        try:
            while True:
                text = self._socket.recv()
                if unwanted_event(text, self._events):
                    continue
                message = json.loads(text)
                if "id" in message:
                    self._answer(message)
                elif "method" in message:
                    self._dispatch(message)
        except (OSError, ValueError, websocket.WebSocketException):
            pass  # the browser went away, or we closed the socket
        finally:
            self.closed.set()
            with self._lock:
                pending, self._pending = self._pending, {}
            for future in pending.values():
                future.set_exception(DevToolsError("DevTools connection closed"))

    def _answer(self, message: dict[str, Any]) -> None:
        with self._lock:
            future = self._pending.pop(message["id"], None)
        if future is None:
            return
        if "error" in message:
            error = message["error"]
            future.set_exception(DevToolsError(f"{error.get('message')} ({error.get('code')})"))
        else:
            future.set_result(message.get("result", {}))

    def _dispatch(self, message: dict[str, Any]) -> None:
        try:
            self._on_event(message["method"], message.get("params", {}),
                           message.get("sessionId"))
        except Exception:  # noqa: BLE001 - a handler bug must not stop every other request
            # The reader thread must survive: a dead reader leaves requests paused forever.
            pass


def unwanted_event(text: str | bytes, events: frozenset[str] | None) -> bool:
    """An event message whose method is not in `events`, told by the method name Chromium
    writes first; anything else (answers, other shapes, events=None) is wanted."""
    if events is None or not isinstance(text, str) or not text.startswith(_EVENT):
        return False
    end = text.find('"', len(_EVENT))
    return end > 0 and text[len(_EVENT):end] not in events
