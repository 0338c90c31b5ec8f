"""The browser gets what the crawler gets, or the page is not audited: a real server on
127.0.0.1 answers Chromium otherwise than the crawler (by User-Agent, or by a header only the
crawler would send without the browser guard), and the secrets travel only to their origin."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from checker.audit import Audit
from checker.model import Page, PageFailure
from tests.browser.conftest import fast_config
from tests.browser.servers import Reply, Seen, scripted
from tests.conftest import requires_browser

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]

CONTENT = ("<!doctype html><html lang=en><head><title>Our services</title></head><body><main>"
           "<h1>Services</h1><p>We offer physiotherapy.</p>{extra}</main></body></html>")
LOGIN = ("<!doctype html><html lang=en><head><title>Sign in</title></head><body><main>"
         "<h1>Sign in</h1><form action=/session method=post><label>Email <input name=e>"
         "</label><label>Password <input type=password name=p></label><button>Go</button>"
         "</form></main></body></html>")
BLOCK = ("<!doctype html><html lang=en><head><title>Attention Required! | Cloudflare</title>"
         "</head><body><h1>Sorry, you have been blocked</h1></body></html>")


def is_browser(seen: Seen) -> bool:
    return "Chrome" in seen.headers.get("user-agent", "")


def audit_run(tmp: Path, start: str, **options: object) -> tuple[dict[str, Page], str | None]:
    """The pages by path, and why the audit cannot run (exit 3) if it audited nothing."""
    config = fast_config(start=[start], out=tmp / "out", db=tmp / "audit.sqlite",
                         fail_on="never", max_pages=5, **options)
    result = Audit(config).run()
    try:
        pages = {urlsplit(p.url).path: p for p in result.store.iter_pages(result.run.id)}
        return pages, result.cannot_run
    finally:
        result.store.close()


def audit_pages(tmp: Path, start: str, **options: object) -> dict[str, Page]:
    return audit_run(tmp, start, **options)[0]


def test_a_firewall_block_page_served_only_to_the_browser_is_not_audited(tmp_path):
    def page(seen: Seen) -> Reply:
        return Reply(BLOCK, 403) if is_browser(seen) else Reply(CONTENT.format(extra=""))

    with scripted("127.0.0.1", {"/": page}) as site:
        pages, cannot_run = audit_run(tmp_path, site.url)
    home = pages["/"]
    assert home.extra["failure"] == PageFailure.BROWSER_MISMATCH
    assert "HTTP 403" in home.error and "Attention Required" in home.error
    assert home.failed
    # the only page was fetched but not audited: the audit audited nothing (exit 3)
    assert cannot_run is not None and cannot_run.startswith(f"start URL {site.url} could not "
                                                            "be audited (")
    assert cannot_run.endswith("; nothing was audited")


def test_a_redirect_loop_only_in_the_browser_is_not_audited(tmp_path):
    def page(seen: Seen) -> Reply:
        if is_browser(seen):
            return Reply("", 302, {"Location": "/?again"})
        return Reply(CONTENT.format(extra=""))

    with scripted("127.0.0.1", {"/": page}) as site:
        pages = audit_pages(tmp_path, site.url)
    assert pages["/"].extra["failure"] == PageFailure.BROWSER_MISMATCH
    assert "redirect loop" in pages["/"].error


def test_a_login_form_where_the_crawler_got_content_is_auth_lost(tmp_path):
    def page(seen: Seen) -> Reply:
        return Reply(LOGIN) if is_browser(seen) else Reply(CONTENT.format(extra=""))

    with scripted("127.0.0.1", {"/": page}) as site:
        pages = audit_pages(tmp_path, site.url)
    assert pages["/"].extra["failure"] == PageFailure.AUTH_LOST
    assert "not logged in" in pages["/"].error


def test_the_browser_sends_the_secrets_to_their_origin_and_nowhere_else(tmp_path):
    """--header and --cookie reach the start origin from the browser too (so the page is
    audited logged in), never another host or another port of the same host."""
    with scripted("127.0.0.2", {"/pixel.png": ""}) as other_host, \
            scripted("127.0.0.1", {"/pixel.png": ""}) as other_port:
        extra = (f'<img src="{other_host.url}pixel.png" alt="a">'
                 f'<img src="{other_port.url}pixel.png" alt="b"><img src="/own.png" alt="c">')

        def page(seen: Seen) -> Reply:
            logged_in = seen.headers.get("x-token") == "s3cret" and "sid=abc" in seen.headers.get(
                "cookie", "")
            return Reply(CONTENT.format(extra=extra)) if logged_in else Reply(LOGIN)

        with scripted("127.0.0.1", {"/": page, "/own.png": ""}) as site:
            pages = audit_pages(tmp_path, site.url, headers={"X-Token": "s3cret"},
                                cookies={"sid": "abc"})
            seen_by_site = list(site.seen)
    assert pages["/"].error is None and pages["/"].rendered
    browser = [s for s in seen_by_site if is_browser(s)]
    assert {s.path for s in browser} >= {"/", "/own.png"}
    assert all(s.headers.get("x-token") == "s3cret" for s in browser)
    assert all("sid=abc" in s.headers.get("cookie", "") for s in browser)
    for server in (other_host, other_port):
        assert server.seen, "the browser loaded the other origin's image"
        for seen in server.seen:
            assert "x-token" not in seen.headers
            assert "abc" not in seen.headers.get("cookie", "")


def _linked_pages(count: int, extra: str = "") -> dict[str, str]:
    """/ and /p1.html ... each linking to the next, with a barrier axe finds (an image
    without alt text) so that findings can be compared."""
    paths = ["/"] + [f"/p{i}.html" for i in range(1, count)]
    pages = {}
    for index, path in enumerate(paths):
        link = f'<a href="{paths[index + 1]}">next</a>' if index + 1 < len(paths) else ""
        pages[path] = CONTENT.format(extra=f'<img src="/i.png">{link}{extra}')
    return pages


def test_the_browser_renders_the_crawlers_copy_after_the_first_page_agreed(tmp_path):
    """The first page of a host is loaded by the browser to compare; the others are handed
    the crawler's copy: the server sees their documents requested once (by the crawler),
    and their findings are those of a page the browser loaded itself."""
    with scripted("127.0.0.1", {**_linked_pages(4), "/i.png": ""}) as site:
        pages = audit_pages(tmp_path, site.url)
        seen = list(site.seen)
    documents = [s for s in seen if s.path == "/" or s.path.endswith(".html")]
    by_browser = sorted(s.path for s in documents if is_browser(s))
    assert by_browser == ["/"]
    assert sorted(s.path for s in documents if not is_browser(s)) == [
        "/", "/p1.html", "/p2.html", "/p3.html"]
    assert [s.path for s in seen if s.path == "/i.png" and is_browser(s)], \
        "the page's assets still come from the server"
    assert all(p.error is None and p.rendered for p in pages.values())
    assert "document_from" not in pages["/"].extra
    assert {pages[p].extra.get("document_from") for p in ("/p1.html", "/p2.html", "/p3.html")
            } == {"crawler"}


def test_a_host_that_blocks_browsers_is_loaded_by_the_browser_on_every_page(tmp_path):
    """Once the first page disagrees, no page of that host is handed the crawler's copy:
    each one is loaded by the browser and reported as what it is."""
    crawler_pages = _linked_pages(3)

    def page(seen: Seen) -> Reply:
        path = seen.path.split("?", 1)[0]
        return Reply(BLOCK, 403) if is_browser(seen) else Reply(crawler_pages[path])

    with scripted("127.0.0.1", dict.fromkeys(crawler_pages, page)) as site:
        config = fast_config(out=tmp_path / "out", fail_on="never",
                             db=tmp_path / "audit.sqlite", max_pages=5,
                             urls_file=_url_list(tmp_path, site.url, crawler_pages))
        result = Audit(config).run()
        try:
            pages = list(result.store.iter_pages(result.run.id))
        finally:
            result.store.close()
    assert len(pages) == 3
    assert {p.extra.get("failure") for p in pages} == {PageFailure.BROWSER_MISMATCH}
    assert not any(p.extra.get("document_from") for p in pages)


def _url_list(tmp: Path, base: str, pages: dict[str, str]) -> Path:
    """A URL list: every page is claimed at once, not discovered from a rendered page."""
    listing = tmp / "urls.txt"
    listing.write_text("".join(base.rstrip("/") + path + "\n" for path in pages))
    return listing
