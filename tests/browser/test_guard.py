"""The browser is guarded like the crawler: every request Chromium makes passes the crawler's
address guard and scope (checker.crawl.scope), through DevTools interception.

No test here can send a packet to a private address, even with the guard broken: the guard
is told (patched resolver) that `internal.test` is 10.20.30.40, while Chromium's own resolver
maps it to 127.0.0.1, where a trap server records every request. A broken guard shows up as a
request in the trap's log, never as traffic to 10.20.30.40.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from checker.browser import pool as pool_module
from checker.browser.guard import RequestPolicy
from checker.browser.pool import BrowserPool
from checker.browser.render import Rendered, render_with_retry
from checker.crawl import scope as scope_module
from checker.crawl.scope import AddressGuard, Scope
from checker.model import PageFailure
from tests.browser.conftest import fast_config
from tests.browser.servers import Reply, ScriptedServer, scripted
from tests.conftest import requires_browser

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]

INTERNAL = "internal.test"
SECRET_TEXT = "INTERNAL-ONLY-TEXT"


def resolving(names: dict[str, list[str]]) -> pytest.MonkeyPatch:
    """The guard's resolver answers `names` (and asks DNS for the rest); Chromium maps each
    of those names to 127.0.0.1. Undo with .undo()."""
    patch = pytest.MonkeyPatch()
    real = scope_module.resolve_host

    def resolve(host: str, port: int | None = None) -> list[str]:
        return names[host] if host in names else real(host, port)

    rules = ", ".join(f"MAP {name} 127.0.0.1" for name in names)
    patch.setattr(scope_module, "resolve_host", resolve)
    patch.setattr(pool_module, "CHROMIUM_FLAGS",
                  (*pool_module.CHROMIUM_FLAGS, f"--host-resolver-rules={rules}"))
    return patch


def site_pages(internal: str) -> dict[str, str]:
    page = "<!doctype html><html lang=en><head><title>{title}</title>{head}</head>" \
           "<body><main><h1>{title}</h1>{body}</main></body></html>"
    return {
        "/subresources.html": page.format(title="Subresources", head=(
            f'<link rel=stylesheet href="{internal}style.css">'
            f'<script src="{internal}script.js"></script>'), body=(
            f'<img src="{internal}secret.png" alt="x">'
            f'<iframe src="{internal}secret" title="internal"></iframe>'
            f'<script>fetch("{internal}secret?fetch").catch(function () {{}});'
            f'var x = new XMLHttpRequest(); x.open("GET", "{internal}secret?xhr"); x.send();'
            "</script>")),
        "/refresh.html": page.format(title="Refreshes", body="<p>Served page.</p>", head=(
            f'<meta http-equiv="refresh" content="0;url={internal}secret">')),
        "/script-nav.html": page.format(title="Script navigation", head="", body=(
            f'<script>location = "{internal}secret";</script>')),
        "/ok.html": page.format(title="Fine", head="", body="<p>Nothing to see.</p>"),
        "/hints.html": page.format(title="Hints", body="<p>Hints only.</p>", head=(
            f'<link rel="preconnect" href="{internal}"><link rel="dns-prefetch" href="{internal}">'
            f'<link rel="prefetch" href="{internal}secret?prefetch">'
            f'<link rel="preload" as="image" href="{internal}secret?preload">')),
    }


@pytest.fixture(scope="module")
def guarded() -> Iterator[tuple[BrowserPool, ScriptedServer, ScriptedServer]]:
    """A site on 127.0.0.1 whose pages reach for internal.test (the trap), and a guarded
    pool whose start is the site."""
    patch = resolving({INTERNAL: ["10.20.30.40"]})
    try:
        with scripted("127.0.0.1", {"/secret": f"<p>{SECRET_TEXT}</p>"}) as trap:
            internal = f"http://{INTERNAL}:{trap.port}/"
            with scripted("127.0.0.1", dict(site_pages(internal))) as site:
                site.routes["/redirect.html"] = lambda seen: _redirect(internal + "secret")
                policy = RequestPolicy(guard=AddressGuard([site.url]), scope=Scope([site.url]))
                with BrowserPool(fast_config(), policy=policy) as pool:
                    yield pool, site, trap
    finally:
        patch.undo()


def _redirect(location: str) -> Reply:
    return Reply("", 302, {"Location": location})


def _render(guarded, path: str) -> Rendered:
    pool, site, _trap = guarded
    return render_with_retry(pool, site.url + path.lstrip("/"), fast_config())


def test_subresources_frames_fetch_and_xhr_to_a_private_name_are_refused(guarded):
    _pool, _site, trap = guarded
    rendered = _render(guarded, "/subresources.html")
    assert rendered.error is None  # the page is audited as served
    assert trap.seen == []
    kinds = {b["kind"] for b in rendered.extra["blocked_requests"]}
    assert {"Image", "frame", "Stylesheet", "Script"} <= kinds
    assert {"Fetch", "XHR"} & kinds
    reasons = {b["reason"] for b in rendered.extra["blocked_requests"]}
    assert reasons == {"private address blocked (private address 10.20.30.40)"}
    assert SECRET_TEXT not in rendered.html


@pytest.mark.parametrize("path", ["/refresh.html", "/script-nav.html"])
def test_a_page_navigating_to_a_private_name_is_audited_as_served(guarded, path):
    _pool, site, trap = guarded
    rendered = _render(guarded, path)
    assert rendered.error is None
    assert trap.seen == []
    assert rendered.final_url == site.url + path.lstrip("/")
    assert SECRET_TEXT not in rendered.html
    assert rendered.axe is not None


def test_a_main_document_on_a_private_name_is_a_page_error(guarded):
    pool, _site, trap = guarded
    url = f"http://{INTERNAL}:{trap.port}/secret"
    rendered = render_with_retry(pool, url, fast_config())
    assert rendered.failure == PageFailure.BLOCKED
    assert "private address blocked" in (rendered.error or "")
    assert trap.seen == []
    assert SECRET_TEXT not in rendered.html


def test_a_redirect_of_the_page_to_a_private_name_is_a_page_error(guarded):
    _pool, site, trap = guarded
    rendered = _render(guarded, "/redirect.html")
    assert rendered.failure == PageFailure.BLOCKED
    assert trap.seen == []
    # ...and the session is not left showing the previous page as this one:
    assert _render(guarded, "/ok.html").title == "Fine"


def test_a_name_that_chromium_resolves_elsewhere_than_the_guard_is_caught_by_its_peer():
    """DNS rebinding: the guard is told a public address, Chromium connects to loopback
    (which this audit may not use, since its start is public). The page read from a
    forbidden address: a page error, nothing of it kept."""
    patch = resolving({"rebind.test": ["93.184.216.34"]})
    try:
        with scripted("127.0.0.1", {"/": f"<title>Rebound</title><p>{SECRET_TEXT}</p>"}) as srv:
            url = f"http://rebind.test:{srv.port}/"
            policy = RequestPolicy(guard=AddressGuard([url]), scope=Scope([url]))
            with BrowserPool(fast_config(), policy=policy) as pool:
                rendered = render_with_retry(pool, url, fast_config())
    finally:
        patch.undo()
    assert rendered.failure == PageFailure.BLOCKED
    assert "forbidden address" in (rendered.error or "")
    assert SECRET_TEXT not in rendered.html


def test_service_worker_and_worker_requests_are_refused_too(guarded):
    pool, site, trap = guarded
    internal = f"http://{INTERNAL}:{trap.port}/secret"
    script = {"Content-Type": "text/javascript"}
    site.routes["/sw.js"] = lambda seen: Reply(
        f"self.addEventListener('install', e => e.waitUntil(fetch('{internal}?sw')"
        ".catch(function () {})));", 200, script)
    site.routes["/worker.js"] = lambda seen: Reply(
        f"fetch('{internal}?worker').catch(function () {{}})"
        ".finally(function () { postMessage('done'); });", 200, script)
    site.routes["/workers.html"] = (
        "<!doctype html><title>Workers</title><script>window.__done = navigator.serviceWorker"
        ".register('/sw.js').then(function () { return navigator.serviceWorker.ready; })"
        ".then(function () { return new Promise(function (ok) {"
        " new Worker('/worker.js').onmessage = ok; }); });</script>")
    session = pool.acquire()
    try:
        log = session.interceptor.begin_page(site.url + "workers.html")
        session.driver.get(site.url + "workers.html")
        # Both workers have made (and been refused) their request once this settles.
        session.driver.execute_async_script("window.__done.then(arguments[0]);")
    finally:
        pool.discard(session)  # a registered service worker stays with the profile
    assert trap.seen == []
    refused = {b.url.rsplit("?", 1)[-1] for b in log.blocked}
    assert {"sw", "worker"} <= refused


def test_resource_hints_open_no_connection_to_a_private_name(guarded):
    """A preconnect opens a socket without a request, which interception never sees: the
    browser makes no speculative connections at all."""
    _pool, _site, trap = guarded
    before = trap.connections
    rendered = _render(guarded, "/hints.html")
    _render(guarded, "/ok.html")  # the next page: a late speculative connection has had time
    assert rendered.error is None
    assert trap.connections == before and trap.seen == []
    assert {b["kind"] for b in rendered.extra["blocked_requests"]} >= {"Image"}


def test_websockets_to_a_private_name_open_no_connection(guarded):
    """WebSockets pass neither Fetch interception nor setBlockedURLs: every document and
    worker has them (and WebRTC) refused before its first line runs."""
    pool, site, trap = guarded
    socket_url = f"ws://{INTERNAL}:{trap.port}/socket"
    attempt = ("function attempt(make) { try { make(); return 'opened'; }"
               " catch (e) { return e.name; } }")
    site.routes["/socket-worker.js"] = lambda seen: Reply(
        f"{attempt} postMessage(attempt(function () {{ new WebSocket('{socket_url}'); }}));",
        200, {"Content-Type": "text/javascript"})
    site.routes["/sockets.html"] = (
        f"<!doctype html><title>Sockets</title><script>{attempt}"
        f"var main = attempt(function () {{ new WebSocket('{socket_url}'); }});"
        "var blank = document.createElement('iframe'); document.documentElement.append(blank);"
        "var framed = attempt(function () {"
        f" new blank.contentWindow.WebSocket('{socket_url}'); }});"
        "window.__done = new Promise(function (ok) { new Worker('/socket-worker.js').onmessage ="
        " function (e) { ok([main, framed, e.data]); }; });</script>")
    before = trap.connections
    session = pool.acquire()
    try:
        session.interceptor.begin_page(site.url + "sockets.html")
        session.driver.get(site.url + "sockets.html")
        outcomes = session.driver.execute_async_script("window.__done.then(arguments[0]);")
    finally:
        pool.release(session)
    assert outcomes == ["SecurityError"] * 3
    assert trap.connections == before and trap.seen == []
