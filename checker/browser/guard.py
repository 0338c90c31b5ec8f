"""Every request Chromium makes passes the crawler's own decision (checker.crawl.scope).

Why DevTools interception (Fetch domain) and not a proxy: Fetch sees the full URL of every
request, HTTPS included, so secrets can be added per origin without a man-in-the-middle CA,
and a blocked navigation can be answered "204 No Content", which leaves the page that tried it
in place (a failed navigation would replace it with Chromium's error page). A proxy would see
only host:port inside HTTPS tunnels. The connection attaches to every target (tabs,
out-of-process frames, workers) with waitForDebuggerOnStart, so no target runs a request
before its interception is on. Debian chromium + chromedriver 156 with Selenium 4 drive this
through our own WebSocket (checker.browser.devtools): Selenium's `bidi_connection` is async
(trio) and per call, a poor fit for worker threads that need one long-lived listener.

WebSockets, WebTransport and WebRTC bypass Fetch interception (and setBlockedURLs): every
document and worker gets them replaced by a refusal before its first line runs (NO_SOCKETS).
Interception sees requests, not sockets: a `<link rel=preconnect>` would open a connection
with no request on it, so sessions run with network prediction off (checker.browser.pool).
Chromium resolves host names itself after the check, so a name that answers a public address
to our check and a private one to Chromium (DNS rebinding) is caught afterwards: every
response's remote address is checked too, and a page that read from a forbidden address is a
page error (nothing it read is stored).

Rules, per request:
- every http(s) request: the address guard (private, link-local, ... unless the start was
  there too) and the tracker patterns;
- a main-frame navigation: also the crawl scope. After the page's own navigation (and its
  redirects), any further main-frame navigation (meta refresh, `location =`, a form the page
  submits) is held: answered 204, so the page is audited as served, and its target is
  recorded for the crawl frontier;
- allowed requests to a secret's origin carry the secret headers (--header, --cookie);
- the page's own document, when the crawler's copy is handed over (HandedDocument), is
  answered with the crawler's bytes after the same checks, so the browser never downloads
  the page a second time and renders exactly what the crawler read (checker.browser.agreement
  says when the browser still loads a host's pages itself, to compare).
"""

from __future__ import annotations

import base64
import fnmatch
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from checker.browser.devtools import DevTools, DevToolsError
from checker.browser.trackers import tracker_url_patterns
from checker.crawl.scope import AddressGuard, Scope, normalize_url

# Hosts whose requests the browser never sends (rules/privacy.yaml's tracker hosts).
TRACKER_URL_PATTERNS = tracker_url_patterns()

SecretsFor = Callable[[str], dict[str, str]]
INTERCEPTED = [{"urlPattern": "http://*"}, {"urlPattern": "https://*"}]
# Targets whose requests we intercept; the rest (e.g. "browser") only get resumed.
REQUEST_TARGETS = frozenset({"page", "iframe", "worker", "shared_worker", "service_worker"})
# WebSockets are not intercepted by the Fetch domain (nor blocked by setBlockedURLs, in
# Chromium 156), and WebRTC reaches any address its page names: an audit needs neither, so
# every document and worker gets them replaced before its first line runs.
NO_SOCKETS = """(function () {
  function refuse() { throw new DOMException('blocked during an audit', 'SecurityError'); }
  ['WebSocket', 'WebSocketStream', 'WebTransport', 'RTCPeerConnection',
   'webkitRTCPeerConnection'].forEach(function (name) {
    try { Object.defineProperty(self, name, {value: refuse, writable: false,
                                             configurable: false}); } catch (e) {}
  });
})();"""

BLOCKED_SCHEMES = ("ws://*", "wss://*")
MAX_LOGGED = 200  # blocked requests kept per page (a page may try thousands)


def _no_secrets(url: str) -> dict[str, str]:
    return {}


@dataclass
class RequestPolicy:
    """What the browser may request: the crawler's scope and address guard, its trackers
    list, and the secrets it sends where they belong."""

    guard: AddressGuard | None  # None only for an unguarded pool (tests, a driver in place)
    scope: Scope | None = None
    secrets_for: SecretsFor = _no_secrets
    blocked_patterns: tuple[str, ...] = ()

    def refusal(self, url: str, navigation: bool) -> str | None:
        """None when the browser may request `url`, else why not."""
        if any(fnmatch.fnmatchcase(url, pattern) for pattern in self.blocked_patterns):
            return "tracker blocked"
        reason = self.guard.check(url) if self.guard else None
        if reason or not navigation or self.scope is None:
            return reason
        try:
            in_scope = self.scope.allows(normalize_url(url))
        except ValueError:
            return f"not a crawlable URL: {url[:200]}"
        return None if in_scope else f"out of scope: {url[:200]}"

    def peer_refusal(self, address: str) -> str | None:
        return self.guard.check_addresses([address]) if self.guard else None


# Response headers that describe the bytes on the wire, not the document: the crawler's
# body is handed over decoded, in one piece.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding",
                           "connection", "keep-alive"})


@dataclass
class HandedDocument:
    """The crawler's response for a page (status, headers, body as received), handed to the
    browser for that page's own navigation instead of a second download."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = field(repr=False)

    def fulfill_params(self, request_id: str) -> dict[str, Any]:
        headers = [{"name": name, "value": value} for name, value in self.headers.items()
                   if name.lower() not in _WIRE_HEADERS]
        return {"requestId": request_id, "responseCode": self.status,
                "responseHeaders": headers,
                "body": base64.b64encode(self.body).decode("ascii")}


# Resource types whose bytes make the audited DOM or its look (images, fonts and media do
# not change what the engines decide; a script that reads an image's pixels is left alone).
ASSET_TYPES = frozenset({"Stylesheet", "Script", "Document", "XHR", "Fetch", "EventSource"})
MAX_ASSETS = 200


@dataclass
class Blocked:
    url: str
    reason: str
    kind: str  # "page" (the main document), "frame", or a resource type ("Image", "Fetch"...)

    def to_dict(self) -> dict[str, str]:
        return {"url": self.url[:500], "reason": self.reason, "kind": self.kind}


@dataclass
class PageLog:
    """What the browser did for one page: filled by the reader thread, read after the page.

    `main_status`/`main_url` are the page's own document response (the last hop of its
    redirects); `held` the navigations the page tried afterwards."""

    expected_url: str
    main_request_ids: set[str] = field(default_factory=set)
    main_network_ids: set[str] = field(default_factory=set)
    main_status: int | None = None
    main_url: str | None = None
    main_error: str | None = None  # the page's own document failed in the network (net::...)
    document: HandedDocument | None = None  # the crawler's copy to answer the navigation with
    document_handed: bool = False  # the browser rendered the crawler's copy
    blocked: list[Blocked] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    forbidden_peers: list[Blocked] = field(default_factory=list)
    failed_frames: list[Blocked] = field(default_factory=list)
    frame_urls: dict[str, str] = field(default_factory=dict)  # network id -> frame doc URL
    # What else made the page's DOM and look (stylesheets, scripts, frames, data the scripts
    # asked for): (url, method, resource type), for an incremental audit to tell whether an
    # unchanged HTML body still renders as it did (checker.reuse). None past MAX_ASSETS.
    assets: list[tuple[str, str, str]] | None = field(default_factory=list)

    def note_asset(self, url: str, method: str, kind: str) -> None:
        if self.assets is None or kind not in ASSET_TYPES:
            return
        if len(self.assets) >= MAX_ASSETS:
            self.assets = None  # too many to vouch for: the page is rendered every run
            return
        self.assets.append((url, method, kind))

    @property
    def main_blocked(self) -> Blocked | None:
        return next((b for b in self.blocked if b.kind == "page"), None)

    def note_blocked(self, entry: Blocked) -> None:
        if len(self.blocked) < MAX_LOGGED or entry.kind == "page":
            self.blocked.append(entry)


@dataclass
class _Target:
    target_id: str
    kind: str


class RequestInterceptor:
    """Applies a RequestPolicy to every request of one Chromium through a DevTools
    connection. One page at a time (a session serves one page at a time): `begin_page`."""

    def __init__(self, endpoint: str, policy: RequestPolicy) -> None:
        self.policy = policy
        self._targets: dict[str, _Target] = {}  # DevTools sessionId -> target
        self._lock = threading.Lock()
        self.log = PageLog(expected_url="")
        # Trackers are refused by the policy; listing them here too keeps any request the
        # Fetch domain does not see off them.
        self._blocked_urls = [*BLOCKED_SCHEMES, *policy.blocked_patterns]
        self.devtools = DevTools(endpoint, self._on_event, HANDLED_EVENTS)
        try:
            # Existing tabs are attached too; new targets wait for us before they run.
            self.devtools.call("Target.setAutoAttach", _AUTO_ATTACH)
        except DevToolsError:
            self.devtools.close()
            raise

    def begin_page(self, url: str, document: HandedDocument | None = None) -> PageLog:
        """A fresh log; the next main-frame navigation is the page's own (to `url`),
        answered with `document` when given."""
        with self._lock:
            self.log = PageLog(expected_url=url, document=document)
        return self.log

    def session_of(self, target_id: str) -> str | None:
        """The DevTools sessionId of an attached target (a tab or an out-of-process frame)."""
        with self._lock:
            for session_id, target in self._targets.items():
                if target.target_id == target_id:
                    return session_id
        return None

    def close(self) -> None:
        self.devtools.close()

    # --- events (reader thread: post only) ---------------------------------------------

    def _on_event(self, method: str, params: dict[str, Any], session_id: str | None) -> None:
        # (the methods handled here are HANDLED_EVENTS: the connection drops the others)
        if method == "Fetch.requestPaused" and session_id:
            self._on_request(params, session_id)
        elif method == "Network.responseReceived" and session_id:
            self._on_response(params, session_id)
        elif method == "Network.loadingFailed" and session_id:
            self._on_failure(params)
        elif method == "Target.attachedToTarget":
            self._on_attached(params)
        elif method == "Target.detachedFromTarget":
            with self._lock:
                self._targets.pop(params.get("sessionId", ""), None)

    def _on_attached(self, params: dict[str, Any]) -> None:
        session_id = params["sessionId"]
        info = params["targetInfo"]
        kind = info.get("type", "")
        with self._lock:
            self._targets[session_id] = _Target(info.get("targetId", ""), kind)
        post = self.devtools.post
        if kind in ("page", "iframe"):
            post("Page.enable", {}, session_id)  # new-document scripts need it on
            post("Page.addScriptToEvaluateOnNewDocument", {"source": NO_SOCKETS}, session_id)
        elif kind in REQUEST_TARGETS:
            post("Runtime.evaluate", {"expression": NO_SOCKETS}, session_id)
        if kind in REQUEST_TARGETS:
            # Commands run in order: interception is on before the target runs a line.
            post("Fetch.enable", {"patterns": INTERCEPTED}, session_id)
            post("Network.enable", NETWORK_EVENTS_ONLY, session_id)
            post("Network.setBlockedURLs", {"urls": self._blocked_urls}, session_id)
            post("Target.setAutoAttach", _AUTO_ATTACH, session_id)
        post("Runtime.runIfWaitingForDebugger", {}, session_id)

    def _on_request(self, params: dict[str, Any], session_id: str) -> None:
        request = params["request"]
        url = request["url"]
        request_id = params["requestId"]
        log = self.log
        with self._lock:
            target = self._targets.get(session_id)
        is_document = params.get("resourceType") == "Document"
        main_frame = (is_document and target is not None and target.kind == "page"
                      and params.get("frameId") == target.target_id)
        if main_frame and not self._own_navigation(log, params):
            # Before the page's own document arrived, a main-frame navigation is the previous
            # page's (a timer that fired as this page began, even after this page's request
            # went out): held, not filed as this page's. Only a received document can leave.
            if log.main_request_ids and log.main_status is not None \
                    and not _from_another_page(request, log):
                log.held.append(url)
            self.devtools.post("Fetch.fulfillRequest", {
                "requestId": request_id, "responseCode": 204, "body": ""}, session_id)
            return
        reason = self.policy.refusal(url, navigation=main_frame)
        if reason:
            kind = "page" if main_frame else "frame" if is_document else str(
                params.get("resourceType", "Other"))
            log.note_blocked(Blocked(url, reason, kind))
            self._refuse(request_id, session_id, document=is_document)
            return
        if is_document and not main_frame and params.get("networkId"):
            log.frame_urls[params["networkId"]] = url
        if not main_frame:
            log.note_asset(url, request.get("method", "GET"), str(params.get("resourceType")))
        if main_frame and self._hand_over(log, params):
            assert log.document is not None
            self.devtools.post("Fetch.fulfillRequest", log.document.fulfill_params(request_id),
                               session_id)
            return
        self._continue(request_id, request, session_id)

    def _own_navigation(self, log: PageLog, params: dict[str, Any]) -> bool:
        """The page's own navigation: the first main-frame request for the expected URL
        (or any first one), and every redirect hop of it."""
        if not log.expected_url:
            return True  # no page under audit (a session used directly): hold nothing
        ids = {params.get("requestId"), params.get("redirectedRequestId"),
               params.get("networkId")} - {None}
        with self._lock:
            if ids & (log.main_request_ids | log.main_network_ids):
                ours = True
            else:
                ours = not log.main_request_ids and same_page(
                    params["request"]["url"], log.expected_url)
            if ours:
                log.main_request_ids.add(params["requestId"])
                if params.get("networkId"):
                    log.main_network_ids.add(params["networkId"])
        return ours

    @staticmethod
    def _hand_over(log: PageLog, params: dict[str, Any]) -> bool:
        """Answer this navigation with the crawler's copy: the page's own first request
        (not a redirect hop, which the crawler's copy does not describe), once per page."""
        document = log.document
        if document is None or log.document_handed or params.get("redirectedRequestId"):
            return False
        if params["request"].get("method", "GET") != "GET":
            return False
        if not same_page(params["request"]["url"], document.url):
            return False
        log.document_handed = True
        return True

    def _refuse(self, request_id: str, session_id: str, document: bool) -> None:
        if document:
            # A refused document is "204 No Content": the frame keeps what it had (the page
            # that tried stays; a frame stays empty) instead of showing Chromium's error page.
            self.devtools.post("Fetch.fulfillRequest", {
                "requestId": request_id, "responseCode": 204, "body": ""}, session_id)
        else:
            self.devtools.post("Fetch.failRequest", {
                "requestId": request_id, "errorReason": "BlockedByClient"}, session_id)

    def _continue(self, request_id: str, request: dict[str, Any], session_id: str) -> None:
        params: dict[str, Any] = {"requestId": request_id}
        secrets = self.policy.secrets_for(request["url"])
        if secrets:
            params["headers"] = _with_secrets(request.get("headers", {}), secrets)
        self.devtools.post("Fetch.continueRequest", params, session_id)

    def _on_response(self, params: dict[str, Any], session_id: str) -> None:
        response = params.get("response", {})
        log = self.log
        address = (response.get("remoteIPAddress") or "").strip("[]")
        if address:
            reason = self.policy.peer_refusal(address)
            if reason:
                log.forbidden_peers.append(Blocked(response.get("url", ""), reason,
                                                   str(params.get("type", "Other"))))
        if params.get("requestId") in log.main_network_ids:
            log.main_status = response.get("status")
            log.main_url = response.get("url")
        elif params.get("type") == "Document" and response.get("status", 0) >= 400:
            url = log.frame_urls.get(params.get("requestId", ""))
            if url:
                log.failed_frames.append(Blocked(url, f"HTTP {response['status']}", "frame"))

    def _on_failure(self, params: dict[str, Any]) -> None:
        log = self.log
        if params.get("requestId") in log.main_network_ids and not params.get("canceled"):
            log.main_error = str(params.get("errorText") or "failed")
            return
        url = log.frame_urls.get(params.get("requestId", ""))
        if url and params.get("type") == "Document" and not params.get("canceled"):
            log.failed_frames.append(Blocked(url, str(params.get("errorText", "failed")),
                                             "frame"))


HANDLED_EVENTS = frozenset({"Fetch.requestPaused", "Network.responseReceived",
                            "Network.loadingFailed", "Target.attachedToTarget",
                            "Target.detachedFromTarget"})
_AUTO_ATTACH = {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": True}
# The Network domain is on for its events (the peer address of every response, the page's
# status, failed frames) and blocked URLs, never for bodies: without these limits Chromium
# keeps a copy of every response body (up to 100 MB) for Network.getResponseBody.
NETWORK_EVENTS_ONLY = {"maxTotalBufferSize": 0, "maxResourceBufferSize": 0,
                       "maxPostDataSize": 0}


def _from_another_page(request: dict[str, Any], log: PageLog) -> bool:
    """A navigation whose Referer names another page: the previous page's, sent between this
    page's response and its commit (its timer still ran), not this page's to hand the crawl.
    An origin-only Referer (a cross-origin policy) names no page and counts as this one's."""
    headers = request.get("headers") or {}
    referer = next((v for k, v in headers.items() if k.lower() == "referer"), "")
    if not referer or urlsplit(referer).path in ("", "/"):
        return False
    return not same_page(referer, log.main_url or log.expected_url)


def same_page(url: str, expected: str) -> bool:
    if url.split("#", 1)[0] == expected.split("#", 1)[0]:
        return True
    try:
        return normalize_url(url) == normalize_url(expected)
    except ValueError:
        return False


def _with_secrets(headers: dict[str, str], secrets: dict[str, str]) -> list[dict[str, str]]:
    """The request's headers with the secrets set; a secret Cookie joins the browser's own
    cookies instead of replacing them."""
    merged = dict(headers)
    lowered = {name.lower(): name for name in merged}
    for name, value in secrets.items():
        existing = lowered.get(name.lower())
        if name.lower() == "cookie" and existing and merged[existing]:
            merged[existing] = f"{merged[existing]}; {value}"
        else:
            if existing:
                del merged[existing]
            merged[name] = value
    return [{"name": name, "value": value} for name, value in merged.items()]

