"""Unit tests: normalization, scope, the address guard, link extraction, decoding, robots,
politeness and the frontier. No network."""

from __future__ import annotations

import threading
import time

import pytest

from checker.crawl import CrawlItem, extract_links, normalize_url, politeness
from checker.crawl import scope as scope_module
from checker.crawl.fetch import build_secret_headers, parse_retry_after
from checker.crawl.frontier import Frontier
from checker.crawl.links import decode_html, find_canonical, looks_binary
from checker.crawl.politeness import HostGate
from checker.crawl.robots import parse_robots
from checker.crawl.scope import (
    AddressGuard,
    Scope,
    address_class,
    looks_like_trap,
    may_send_secrets,
    origin,
    path_pattern,
    trap_keys,
    without_userinfo,
)
from checker.settings import ConfigError
from checker.settings.secrets import resolve_secret
from checker.untrusted import safe_text

# --- normalization ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("HTTP://Example.COM", "http://example.com/"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("http://example.com/a#section", "http://example.com/a"),
        ("http://example.com/?b=2&a=1", "http://example.com/?a=1&b=2"),
        ("http://example.com/?utm_source=x&utm_medium=y&id=3", "http://example.com/?id=3"),
        ("http://example.com/?gclid=1&fbclid=2&msclkid=3", "http://example.com/"),
        ("http://example.com/a/./b/../c", "http://example.com/a/c"),
        ("http://example.com/%7Ejane/%2Fx", "http://example.com/~jane/%2Fx"),
        ("http://example.com/caf\u00e9", "http://example.com/caf%C3%A9"),
        ("http://user:secret@example.com/", "http://example.com/"),
        ("http://B\u00fccher.de/", "http://xn--bcher-kva.de/"),
        ("http://[::1]:8000/x", "http://[::1]:8000/x"),
        ("http://example.com./", "http://example.com/"),
    ],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected
    assert normalize_url(expected) == expected  # idempotent


@pytest.mark.parametrize(
    "raw",
    ["mailto:a@b.c", "javascript:alert(1)", "ftp://x/", "http:///nohost", "http://a b/",
     "http://example.com:99999/"],
)  # fmt: skip
def test_normalize_rejects(raw: str) -> None:
    with pytest.raises(ValueError):
        normalize_url(raw)


def test_path_pattern_erases_numbers_and_query_values() -> None:
    a = path_pattern("http://x/events/2024/05/?day=3&view=list")
    b = path_pattern("http://x/events/1999/12/?view=grid&day=30")
    assert a == b == "x/events/N/N/?day&view"


def test_looks_like_trap() -> None:
    assert looks_like_trap("http://x/a/b/a/b/a/b/a/b/")
    assert looks_like_trap("http://x/" + "q" * 3000)
    assert not looks_like_trap("http://x/services/ketamine/faq/")


# --- scope ------------------------------------------------------------------------------------


def test_scope_same_site_www_and_scheme() -> None:
    scope = Scope(["https://clinic.org/"])
    assert scope.allows("https://clinic.org/a")
    assert scope.allows("http://clinic.org/a")  # http -> https sites
    assert scope.allows("https://www.clinic.org/a")
    assert not scope.allows("https://evil.org/")
    assert not scope.allows("https://clinic.org.evil.org/")
    assert not scope.allows("https://clinic.org:8443/")  # another port, another server


def test_scope_allow_hosts_include_exclude() -> None:
    scope = Scope(
        ["https://clinic.org/"],
        allow_hosts=["blog.clinic.org", "*.cdn.net"],
        include=[r"/(services|blog)/", r"^https://clinic\.org/$"],
        exclude=[r"\?print=1"],
    )
    assert scope.allows("https://blog.clinic.org/blog/1")
    assert scope.allows("https://a.cdn.net/services/x")
    assert not scope.allows("https://cdn.net.evil.org/services/")
    assert not scope.allows("https://clinic.org/contact")  # misses include
    assert scope.allows("https://clinic.org/")  # a start URL is always in scope
    assert not scope.allows("https://clinic.org/services/x?print=1")


# --- the address guard (decision only: no traffic) ---------------------------------------------


@pytest.mark.parametrize(
    "address,cls",
    [
        ("93.184.216.34", "public"),
        ("127.0.0.1", "loopback"),
        ("127.0.0.2", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.5", "private"),
        ("172.16.3.4", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "private"),  # carrier-grade NAT
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "unspecified"),
        ("::ffff:10.0.0.5", "private"),  # IPv4-mapped
        ("::ffff:127.0.0.1", "loopback"),
        ("2002:c0a8:101::1", "private"),  # 6to4 of 192.168.1.1 (Python calls it global)
        ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of the cloud metadata address
        ("2002:7f00:1::1", "loopback"),
        ("2002:5db8:d822::1", "public"),  # 6to4 of a public address
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "private"),  # Teredo
        ("64:ff9b::a9fe:a9fe", "private"),  # NAT64 of 169.254.169.254
    ],
)
def test_address_class(address: str, cls: str) -> None:
    assert address_class(address) == cls


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}

    def resolve(host: str, port: int | None = None) -> list[str]:
        if host not in table:
            raise OSError("no such host")
        return table[host]

    monkeypatch.setattr(scope_module, "resolve_host", resolve)
    return table


def test_guard_public_start_blocks_every_internal_address(dns: dict) -> None:
    dns["clinic.org"] = ["93.184.216.34"]
    dns["intranet.clinic.org"] = ["10.0.0.5"]
    dns["meta"] = ["169.254.169.254"]
    dns["mixed"] = ["93.184.216.35", "192.168.0.9"]
    guard = AddressGuard(["https://clinic.org/"])
    assert guard.check("https://clinic.org/x") is None
    assert "private address blocked" in (guard.check("https://intranet.clinic.org/") or "")
    assert "link-local" in (guard.check("http://meta/latest/") or "")
    assert "192.168.0.9" in (guard.check("http://mixed/") or "")  # any internal answer blocks
    assert "loopback" in (guard.check("http://127.0.0.1:8080/") or "")
    assert "unspecified" in (guard.check("http://0.0.0.0/") or "")
    assert "cannot resolve" in (guard.check("http://nowhere/") or "")


def test_guard_internal_start_opens_its_own_kind_only(dns: dict) -> None:
    dns.update({"staging.corp": ["10.1.2.3"], "other.corp": ["10.9.9.9"]})
    staging = AddressGuard(["http://staging.corp/"])
    assert staging.check("http://other.corp/") is None
    assert staging.check("http://127.0.0.1/") is not None
    assert staging.check("http://169.254.169.254/") is not None
    local = AddressGuard(["http://127.0.0.1:8000/"])
    assert local.check("http://127.0.0.2:9000/") is None
    assert local.check("http://other.corp/") is not None


# --- links and decoding ---------------------------------------------------------------------


def test_extract_links() -> None:
    html = """<html><head><link rel=canonical href="/c"></head><body>
    <a href="a.html">a</a> <a href="/b?utm_source=x">b</a> <a href="#top">top</a>
    <a href="mailto:x@y.z">m</a> <a href="tel:+1">t</a> <a href="javascript:void(0)">j</a>
    <a href="data:text/html,x">d</a> <a href=" //cdn.example.org/x ">cdn</a>
    <map><area href="../up.html"></map> <a href="a.html">dup</a> <a>no href</a>
    <a href="http://[bad">bad</a></body></html>"""
    assert extract_links(html, "http://x.org/dir/page.html") == [
        "http://x.org/dir/a.html",
        "http://x.org/b?utm_source=x",
        "http://cdn.example.org/x",
        "http://x.org/up.html",
    ]


def test_extract_links_honours_base_href_and_survives_junk() -> None:
    html = '<base href="https://x.org/sub/"><a href="p">p</a>'
    assert extract_links(html, "https://x.org/") == ["https://x.org/sub/p"]
    assert extract_links("", "http://x/") == []
    assert extract_links("\x00\x01\x02", "http://x/") == []
    assert extract_links('<?xml version="1.0" encoding="utf-8"?><a href="q">', "http://x/") == [
        "http://x/q"
    ]


def test_find_canonical() -> None:
    html = '<link rel="Canonical" href="/about?x=1">'
    assert find_canonical(html, "https://x.org/a") == "https://x.org/about?x=1"
    assert find_canonical("<p>none</p>", "https://x.org/") is None


def test_decode_html_charsets() -> None:
    assert decode_html("caf\u00e9".encode("cp1252"), "text/html; charset=windows-1252")[0] == (
        "caf\u00e9"
    )
    meta = b'<meta charset="iso-8859-1"><p>caf\xe9'
    assert decode_html(meta, "text/html")[0].endswith("caf\u00e9")
    assert decode_html("caf\u00e9".encode(), None) == ("caf\u00e9", [])
    assert decode_html(b"caf\xe9", None)[0] == "caf\u00e9"  # undeclared legacy: cp1252
    text, warnings = decode_html(b"ok \xff", "text/html; charset=utf-8")
    assert text == "ok \ufffd" and "invalid utf-8" in warnings[0]
    text, warnings = decode_html(b'<meta charset="klingon">x', "text/html")
    assert text.endswith("x") and "unknown charset" in warnings[0]
    assert decode_html("\ufeffhi".encode(), "text/html; charset=latin-1")[0] == "hi"  # BOM wins


def test_looks_binary() -> None:
    assert looks_binary(bytes(range(256)), "text/html")
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00", "text/html")
    assert not looks_binary(b"<html>\n\t<p>fine</p></html>", "text/html")
    assert not looks_binary("<p>hi</p>".encode("utf-16"), "text/html; charset=utf-16")


def test_log_lines_strip_control_characters_and_cap_length() -> None:
    assert safe_text("evil\x1b[31m\nline\u202eabc") == "evil [31m line abc"
    assert len(safe_text("x" * 1000, limit=50)) == 50


# --- secrets, retry-after -------------------------------------------------------------------


def test_resolve_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CC_TOKEN", "s3cret")
    assert resolve_secret("env:CC_TOKEN") == "s3cret"
    assert resolve_secret("$CC_TOKEN") == "s3cret"
    assert resolve_secret("${CC_TOKEN}") == "s3cret"
    assert resolve_secret("Bearer literal") == "Bearer literal"
    monkeypatch.delenv("CC_TOKEN")
    with pytest.raises(ConfigError, match="CC_TOKEN"):
        resolve_secret("env:CC_TOKEN")


@pytest.mark.parametrize("url,allowed", [
    ("https://clinic.org/page", True),
    ("https://CLINIC.org:443/other?x=1", True),
    ("http://clinic.org/", False),  # a downgrade to plain http
    ("https://clinic.org:8443/", False),  # another port
    ("https://www.clinic.org/", False),  # another host
    ("https://clinic.org.evil.test/", False),
    ("https://evil.test/?https://clinic.org/", False),
    ("not a url", False),
])  # fmt: skip
def test_secrets_go_to_the_exact_origin_only(url: str, allowed: bool) -> None:
    origins = {origin("https://clinic.org/")}
    assert may_send_secrets(url, origins) is allowed


def test_origin_and_userinfo() -> None:
    assert origin("http://[::1]/") == "http://[::1]:80"
    assert origin("https://Example.org.:8443/x") == "https://example.org:8443"
    assert without_userinfo("https://u:p@x.org:81/a?b") == "https://x.org:81/a?b"
    assert without_userinfo("https://x.org/@home") == "https://x.org/@home"


def test_secret_headers_refuse_bad_values_without_showing_them() -> None:
    with pytest.raises(ConfigError) as caught:
        build_secret_headers({"X-Token": "abc\ndef"}, {})
    assert "X-Token" in str(caught.value) and "abc" not in str(caught.value)
    with pytest.raises(ConfigError, match="not a valid HTTP cookie name"):
        build_secret_headers({}, {"bad name": "v"})
    with pytest.raises(ConfigError, match="--cookie s"):
        build_secret_headers({}, {"s": "a;b"})
    sent = build_secret_headers({"X-Token": " t "}, {"s": "1"}, ("u", "p:w"))
    assert sent == {"X-Token": "t", "Cookie": "s=1", "Authorization": "Basic dTpwOnc="}
    assert build_secret_headers({"authorization": "Bearer x"}, {}, ("u", "p")) == {
        "authorization": "Bearer x"}  # an explicit header wins over the URL's password


def test_parse_retry_after() -> None:
    assert parse_retry_after("120") == 120
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    assert 55 < (parse_retry_after(future) or 0) <= 60


# --- robots and politeness ----------------------------------------------------------------


def test_robots_rules() -> None:
    body = b"User-agent: *\nDisallow: /private/\nCrawl-delay: 2\nSitemap: https://x.org/s.xml\n"
    robots = parse_robots(200, body, None)
    assert not robots.allowed("https://x.org/private/a", "clinic-checker/1")
    assert robots.allowed("https://x.org/public", "clinic-checker/1")
    assert robots.crawl_delay("clinic-checker/1") == 2
    assert robots.sitemaps == ["https://x.org/s.xml"]
    assert parse_robots(404, b"", None).allowed("https://x.org/private/a", "ua")
    assert parse_robots(None, None, "connection refused").allowed("https://x.org/", "ua")
    unavailable = parse_robots(503, b"", None)
    assert not unavailable.allowed("https://x.org/", "ua") and "503" in unavailable.error


def test_robots_agent_specific_group() -> None:
    body = b"User-agent: clinic-checker\nDisallow: /\n\nUser-agent: *\nDisallow:\n"
    robots = parse_robots(200, body, None)
    assert not robots.allowed("https://x.org/a", "clinic-checker/0.1.0")
    assert robots.allowed("https://x.org/a", "otherbot")


class _SleptClock:
    """time.monotonic and time.sleep of a clock that moves only when slept or told: the gate's
    spacing judged on its decisions, not on how late a loaded machine's thread woke."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_host_gate_spaces_requests_from_when_each_started(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    clock = _SleptClock()
    monkeypatch.setattr(politeness, "time", clock)
    gate = HostGate(concurrency=2)
    gate.set_delay("slow.org", 0.2)
    starts: list[float] = []
    for _ in range(3):
        with gate.slot("slow.org"):
            starts.append(clock.now)
            clock.now += 0.05  # the request takes 50 ms: the gate waits the rest of the gap
    assert starts == pytest.approx([100.0, 100.2, 100.4])
    assert clock.slept == pytest.approx([0.15, 0.15])
    with gate.slot("fast.org"), gate.slot("fast.org"):
        pass  # no delay set: no wait
    assert len(clock.slept) == 2


def test_host_gate_caps_concurrent_requests() -> None:
    gate = HostGate(concurrency=2)
    active, peak = 0, 0
    lock = threading.Lock()
    both_in = threading.Barrier(2, timeout=10)  # two requests in their slots at once, always

    def hit() -> None:
        nonlocal active, peak
        with gate.slot("busy.org"):
            with lock:
                active += 1
                peak = max(peak, active)
            both_in.wait()
            with lock:
                active -= 1

    threads = [threading.Thread(target=hit) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == 2 and not both_in.broken


def test_host_gate_pause() -> None:
    gate = HostGate(concurrency=1)
    gate.pause("x.org", 0.2)
    started = time.monotonic()
    with gate.slot("x.org"):
        pass
    assert time.monotonic() - started >= 0.19


# --- frontier -------------------------------------------------------------------------------


def item(url: str, depth: int = 0) -> CrawlItem:
    return CrawlItem(url, depth, None)


def test_frontier_dedupes_and_caps_patterns() -> None:
    frontier = Frontier(max_pages=100, max_per_pattern=2)
    assert frontier.add(item("http://x/a")) == ("queued", None)
    assert frontier.add(item("http://x/a")) == ("seen", None)
    outcomes = [frontier.add(item(f"http://x/d/{n}"), trap_keys(f"http://x/d/{n}"))[0]
                for n in range(4)]  # fmt: skip
    assert outcomes == ["queued", "queued", "capped", "capped"]
    # one path, endless query variants (a filter trap), each with a new set of keys
    outcomes = [frontier.add(item(f"http://x/s?{k}=1"), trap_keys(f"http://x/s?{k}=1"))[0]
                for k in "abcd"]  # fmt: skip
    assert outcomes == ["queued", "queued", "capped", "capped"]


def test_trap_keys() -> None:
    assert trap_keys("http://x/services/ketamine/") == ()  # slugs cost nothing
    assert trap_keys("http://x/events/2024/05/") == ("x/events/N/N/?",)
    assert trap_keys("http://x/find?city=a") == ("x/find?city", "x/find")


def test_frontier_claim_waits_for_in_flight_items() -> None:
    frontier = Frontier(max_pages=10)
    frontier.add(item("http://x/"))
    first = frontier.claim()
    assert first is not None
    assert frontier.claim(timeout=0.05) is None and not frontier.done  # waiting, not over
    got: list[CrawlItem | None] = []
    waiter = threading.Thread(target=lambda: got.append(frontier.claim(timeout=5)))
    waiter.start()
    time.sleep(0.05)
    frontier.add(item("http://x/child", 1))  # discovered by the in-flight item
    waiter.join(timeout=5)
    assert got and got[0] is not None and got[0].url == "http://x/child"
    frontier.release()
    frontier.release()
    assert frontier.claim(timeout=1) is None and frontier.done


def test_frontier_wakes_all_waiters_when_over() -> None:
    frontier = Frontier(max_pages=10)
    frontier.add(item("http://x/"))
    claimed = frontier.claim()
    assert claimed is not None
    results: list[CrawlItem | None] = []
    waiters = [threading.Thread(target=lambda: results.append(frontier.claim())) for _ in range(4)]
    for w in waiters:
        w.start()
    time.sleep(0.05)
    frontier.release()
    for w in waiters:
        w.join(timeout=2)
        assert not w.is_alive()
    assert results == [None] * 4


def test_frontier_max_pages_skip_restore_pending() -> None:
    frontier = Frontier(max_pages=3)
    for path in ("a", "b", "c", "d"):
        frontier.add(item(f"http://x/{path}"))
    frontier.skip(["http://x/a", "http://x/zz"])  # done in an earlier run: count, never claim
    assert [i.url for i in frontier.pending()] == ["http://x/b", "http://x/c", "http://x/d"]
    claimed = frontier.claim()
    assert claimed is not None and claimed.url == "http://x/b"
    assert frontier.claim() is None  # 2 skipped + 1 claimed = max_pages
    fresh = Frontier(max_pages=10)
    fresh.skip(["http://x/a"])
    fresh.restore([item("http://x/a"), item("http://x/b", 2), item("http://x/b", 2)])
    assert [(i.url, i.depth) for i in fresh.pending()] == [("http://x/b", 2)]
    assert fresh.add(item("http://x/b"))[0] == "seen"


def test_gzipped_sitemap_is_inflated_under_a_cap() -> None:
    import gzip

    from checker.crawl.sitemaps import gunzip_capped

    small = gzip.compress(b"<urlset/>")
    assert gunzip_capped(small, 100) == b"<urlset/>"
    with pytest.raises(ValueError, match="inflates past"):
        gunzip_capped(gzip.compress(b" " * 5_000_000), 1024 * 1024)
    with pytest.raises(ValueError, match="corrupt"):
        gunzip_capped(b"\x1f\x8bnot really gzip", 1024)


@pytest.mark.parametrize("raw", ["http://user:S3CRETPW@:80/", "http://user:S3CRETPW@[::1/",
                                 "https://user:S3CRETPW@exa mple.org/", "http://u:S3CRETPW@"])
def test_a_bad_start_url_is_named_without_its_password(raw: str) -> None:
    from checker.crawl.seeds import start_url
    from checker.settings import ConfigError

    with pytest.raises(ConfigError) as raised:
        start_url(raw, "start URL")
    assert "S3CRETPW" not in str(raised.value) and "is not valid" in str(raised.value)


@pytest.mark.parametrize("head,not_found,placeholder", [
    ("<title>Page not found – Riverbend Clinic</title>", True, False),
    ("<h1>Oops! That page can&rsquo;t be found.</h1>", True, False),
    ("<title>404 | Riverbend</title>", True, False),
    ("<title>404 Chiropractic | Atlanta</title>", False, False),  # a name (area code 404)
    ("<h1>When a cure is not found</h1>", False, False),
    ("<p>Page not found</p><title>Clinic</title>", False, False),  # not a title or heading
    ("<title>Coming Soon | Riverbend Clinic</title>", False, True),
    ("<title>Welcome to nginx!</title>", False, True),
    ("<title>Apache2 Debian Default Page: It works</title>", False, True),
    ("<title>Account Suspended</title>", False, True),
    ("<h1>Our Eastside clinic: coming soon to Main Street</h1>", False, False),
    ("<h1>It works for most patients</h1>", False, False),
])
def test_not_found_and_placeholder_pages_are_told_by_title_or_heading(
        head: str, not_found: bool, placeholder: bool) -> None:
    from checker.crawl.responses import says_not_found, says_unavailable

    assert says_not_found(head) is not_found
    assert says_unavailable(head) is placeholder
