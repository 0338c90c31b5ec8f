"""Which page a held navigation belongs to (checker.browser.guard.RequestInterceptor): the
decision on DevTools' requestPaused events, without a browser. The real pages are in
tests/browser/test_misbehaving_pages.py; this is the race a loaded machine shows there (the
previous page's timer navigating just as the next page begins)."""

from __future__ import annotations

import threading
from typing import Any

from checker.browser.guard import PageLog, RequestInterceptor, RequestPolicy, _Target

SITE = "http://127.0.0.1:8000/"


class _Posts:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def post(self, method: str, params: dict[str, Any], session_id: str | None = None) -> None:
        self.sent.append((method, params))


def _interceptor() -> tuple[RequestInterceptor, _Posts]:
    interceptor = object.__new__(RequestInterceptor)  # no Chromium: the decision only
    posts = _Posts()
    interceptor.policy = RequestPolicy(guard=None)
    interceptor._targets = {"S": _Target("TAB", "page")}
    interceptor._lock = threading.Lock()
    interceptor.log = PageLog(expected_url="")
    interceptor.devtools = posts  # type: ignore[assignment]
    return interceptor, posts


def _navigation(request_id: str, url: str) -> dict[str, Any]:
    return {"requestId": request_id, "networkId": request_id, "frameId": "TAB",
            "resourceType": "Document", "request": {"url": url, "method": "GET"}}


def test_a_navigation_before_the_page_s_own_is_held_but_not_the_page_s() -> None:
    interceptor, posts = _interceptor()
    log = interceptor.begin_page(SITE + "keeps-navigating.html")
    # the previous page's timer fires before this page's own navigation reaches the network
    interceptor._on_request(_navigation("1", SITE + "landing.html"), "S")
    assert posts.sent[-1] == ("Fetch.fulfillRequest",
                              {"requestId": "1", "responseCode": 204, "body": ""})
    assert log.held == []
    interceptor._on_request(_navigation("2", SITE + "keeps-navigating.html"), "S")
    assert posts.sent[-1][0] == "Fetch.continueRequest"
    assert log.main_request_ids == {"2"}
    # the timer can fire after this page's request went out too (the CI race under load):
    # the old document is still shown until this page's response arrives
    interceptor._on_request(_navigation("4", SITE + "landing.html"), "S")
    assert posts.sent[-1][1]["responseCode"] == 204 and log.held == []
    interceptor._on_response({"requestId": "2", "type": "Document", "response": {
        "status": 200, "url": SITE + "keeps-navigating.html"}}, "S")
    # then the page itself tries to leave: that is held, and it is this page's
    interceptor._on_request(_navigation("3", SITE + "keeps-navigating.html?n=1"), "S")
    assert posts.sent[-1][1]["responseCode"] == 204
    assert log.held == [SITE + "keeps-navigating.html?n=1"]


def test_the_previous_page_s_navigation_between_response_and_commit_is_not_this_page_s() -> None:
    """After this page's response arrived and before its document is shown, the old
    document's timer can still fire (seen on CI): its Referer names the old page."""
    interceptor, posts = _interceptor()
    log = interceptor.begin_page(SITE + "keeps-navigating.html")
    interceptor._on_request(_navigation("2", SITE + "keeps-navigating.html"), "S")
    interceptor._on_response({"requestId": "2", "type": "Document", "response": {
        "status": 200, "url": SITE + "keeps-navigating.html"}}, "S")
    late = _navigation("5", SITE + "landing.html")
    late["request"]["headers"] = {"Referer": SITE + "navigates-on-load.html"}
    interceptor._on_request(late, "S")
    assert posts.sent[-1][1]["responseCode"] == 204 and log.held == []
    # the page's own (its Referer is itself), and an origin-only Referer, are this page's
    own = _navigation("6", SITE + "keeps-navigating.html?n=1")
    own["request"]["headers"] = {"referer": SITE + "keeps-navigating.html"}
    interceptor._on_request(own, "S")
    origin_only = _navigation("7", SITE + "elsewhere.html")
    origin_only["request"]["headers"] = {"Referer": SITE}
    interceptor._on_request(origin_only, "S")
    assert log.held == [SITE + "keeps-navigating.html?n=1", SITE + "elsewhere.html"]
