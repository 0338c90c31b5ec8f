"""The Crawler API end to end on small sites: folders, limits, URL lists, sitemaps, secrets,
robots, resume, and the address guard at connection time."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import urllib3.util.connection

from checker.crawl import Crawler, CrawlItem
from checker.settings import ConfigError
from tests.crawl.conftest import fast, fast_config, run_crawl
from tests.crawl.misbehaving_server import PRIVATE_HOST, MisbehavingServer, RecordingServer

pytestmark = pytest.mark.timeout(30)

FOLDER = Path(__file__).resolve().parents[1] / "sites" / "crawl" / "static-clinic"


def paths(results: dict, origin: str) -> set[str]:
    return {url.removeprefix(origin) for url in results}


# --- a local folder ---------------------------------------------------------------------------


def test_folder_is_served_and_crawled(fake_dns: list[str]) -> None:
    logs: list[str] = []
    with Crawler(fast_config([str(FOLDER)]), log=logs.append) as crawler:
        origin = crawler.start_urls[0].rstrip("/")
        assert crawler.start_urls == [f"{origin}/"] and origin.startswith("http://127.0.0.1:")
        assert crawler.site == "static-clinic"
        results = run_crawl(crawler, workers=4)
        documents, broken, stats = crawler.documents, crawler.broken_links, crawler.stats
    assert paths(results, origin) == {
        "/", "/about/", "/about/team.html", "/services/ketamine.html", "/contact.html",
        "/orphan.html", "/brochure.pdf", "/missing.html",
    }  # fmt: skip
    pages = [r for r in results.values() if r.ok]
    assert len(pages) == 6 and all("Riverside Clinic" in (r.text or "") for r in pages)
    assert documents == [{"url": f"{origin}/brochure.pdf", "content_type": "application/pdf",
                          "referrer": f"{origin}/"}]  # fmt: skip
    assert broken == [{"url": f"{origin}/missing.html", "status": 404,
                       "error": "HTTP 404 Not Found", "referrer": f"{origin}/"}]  # fmt: skip
    assert stats["out_of_scope"] >= 1 and "example.org" not in fake_dns  # never even resolved
    with pytest.raises(OSError):  # the folder server stopped with the crawl
        socket.create_connection(("127.0.0.1", int(origin.rsplit(":", 1)[1])), timeout=1)


def test_folder_without_index_lists_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text('<a href="b.html">b</a>')
    (tmp_path / "b.html").write_text("<p>b</p>")
    with Crawler(fast_config([str(tmp_path)])) as crawler:
        results = run_crawl(crawler, workers=2)
        origin = crawler.start_urls[0].rstrip("/")
    assert paths(results, origin) == {"/a.html", "/b.html"}  # no directory listing page


# --- limits -------------------------------------------------------------------------------


@pytest.fixture
def site() -> Iterator[MisbehavingServer]:
    """The misbehaving server without the sitemap in its robots.txt, so that a crawl reaches
    only what the test starts from."""
    with MisbehavingServer() as server:
        server.state.sitemap_in_robots = False
        yield server


def test_max_pages_stops_an_endless_site(site: MisbehavingServer) -> None:
    config = fast_config([site.origin + "/tree/0"], max_pages=10, max_urls_per_pattern=10_000)
    with fast(Crawler(config)) as crawler:
        results = run_crawl(crawler, workers=4)
        assert crawler.stats["claimed"] == 10 and crawler.claim(timeout=0) is None
    assert len(results) == 10
    assert len([p for p in site.state.paths() if p.startswith("/tree/")]) == 10


def test_max_depth(site: MisbehavingServer) -> None:
    config = fast_config([site.origin + "/tree/0"], max_depth=2, max_urls_per_pattern=10_000)
    with fast(Crawler(config)) as crawler:
        results = run_crawl(crawler, workers=4)
    assert sorted(r.item.depth for r in results.values()) == [0, 1, 1, 2, 2, 2, 2]


def test_urls_file_audits_exactly_the_list(site: MisbehavingServer, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# audit these\n{site.origin}/tree/5\n\n{site.origin}/about#x\n")
    with fast(Crawler(fast_config([], urls_file=listing))) as crawler:
        results = run_crawl(crawler, workers=2)
    assert paths(results, site.origin) == {"/tree/5", "/about"}  # links are not followed


def test_sitemap_option_seeds_orphans(site: MisbehavingServer) -> None:
    config = fast_config([site.origin + "/about"], sitemaps=[site.origin + "/sitemap.txt"],
                         max_depth=0)  # fmt: skip
    with fast(Crawler(config)) as crawler:
        results = run_crawl(crawler, workers=2)
        assert crawler.stats["sitemap_urls"] >= 2
    assert {"/orphan", "/tree/7"} <= paths(results, site.origin)


def test_relative_robots_sitemap_is_resolved_and_a_malformed_one_skipped(
    site: MisbehavingServer,
) -> None:
    site.state.sitemap_in_robots = False
    site.state.robots_extra = "Sitemap: /sitemap.txt\nSitemap: http://[::1\n"
    logs: list[str] = []
    with fast(Crawler(fast_config([site.origin + "/about"], max_depth=0),
                      log=logs.append)) as crawler:  # fmt: skip
        results = run_crawl(crawler, workers=2)
    assert paths(results, site.origin) == {"/about", "/orphan", "/tree/7"}
    assert [line for line in logs if "is not a URL" in line] == [
        f"{site.origin}/robots.txt: Sitemap line 'http://[::1' is not a URL; skipped"]


def test_no_crawl_delay_on_loopback(site: MisbehavingServer) -> None:
    """robots.txt asks for Crawl-delay: 5; a loopback host gets no delay."""
    config = fast_config([site.origin + "/tree/0"], max_pages=20, max_urls_per_pattern=100)
    with fast(Crawler(config)) as crawler:
        run_crawl(crawler, workers=2)
        assert crawler.gate._hosts and all(
            host.delay == 0 for host in crawler.gate._hosts.values())


# --- robots ---------------------------------------------------------------------------------


def test_robots_server_error_keeps_the_crawler_away(site: MisbehavingServer) -> None:
    site.state.robots_status = 503
    with fast(Crawler(fast_config([site.url]))) as crawler:
        results = run_crawl(crawler, workers=2)
    assert [r.error for r in results.values()] == ["robots.txt unavailable (HTTP 503)"]
    assert site.state.paths() == ["/robots.txt"] * 2  # tried, retried once, then stayed away


def test_ignore_robots(site: MisbehavingServer) -> None:
    config = fast_config([site.origin + "/private/records"], ignore_robots=True, max_depth=0)
    logs: list[str] = []
    with fast(Crawler(config, log=logs.append)) as crawler:
        results = run_crawl(crawler, workers=2)
    assert all(r.ok for r in results.values())
    assert "/robots.txt" not in site.state.paths()
    assert any("--ignore-robots" in line for line in logs)


# --- secrets --------------------------------------------------------------------------------


def test_secrets_go_only_to_the_start_host(
    site: MisbehavingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CC_TEST_TOKEN", "Bearer tok-123")
    monkeypatch.setenv("CC_TEST_SESSION", "sess-456")
    with RecordingServer("127.0.0.2") as other:
        site.state.other_origin = other.origin
        config = fast_config(
            [site.origin + "/to-other-host"],
            allow_hosts=["127.0.0.2"],
            headers={"Authorization": "env:CC_TEST_TOKEN"},
            cookies={"session": "$CC_TEST_SESSION"},
        )
        logs: list[str] = []
        with fast(Crawler(config, log=logs.append)) as crawler:
            results = run_crawl(crawler, workers=2)
        other_log = list(other.state.log)
    assert any(r.final_url == other.origin + "/landing" and r.ok for r in results.values())
    for entry in site.state.log:  # every request to the start host carries the secrets
        assert entry.headers.get("Authorization") == "Bearer tok-123"
        assert entry.headers.get("Cookie") == "session=sess-456"
    assert {e.path for e in other_log} >= {"/landing", "/deeper", "/robots.txt"}
    for entry in other_log:  # the redirect target and its links get none of them
        assert "Authorization" not in entry.headers
        assert "sess-456" not in entry.headers.get("Cookie", "")
    dump = "\n".join(logs) + repr(results)
    assert "tok-123" not in dump and "sess-456" not in dump


def test_secrets_never_go_to_another_port_of_the_start_host(
    site: MisbehavingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same host, another port: another origin. The redirect is followed (the host is in
    scope), the secret stays behind."""
    monkeypatch.setenv("CC_TEST_TOKEN", "Bearer tok-123")
    with RecordingServer("127.0.0.1") as other_port:
        site.state.other_origin = other_port.origin
        config = fast_config([site.origin + "/to-other-host"], allow_hosts=["127.0.0.1"],
                             headers={"Authorization": "env:CC_TEST_TOKEN"})  # fmt: skip
        with fast(Crawler(config)) as crawler:
            results = run_crawl(crawler, workers=2)
        other_log = list(other_port.state.log)
    assert any(r.final_url == other_port.origin + "/landing" and r.ok for r in results.values())
    assert [e.headers.get("Authorization") for e in site.state.log if e.path != "/robots.txt"
            ] == ["Bearer tok-123"]  # fmt: skip
    assert {e.path for e in other_log} >= {"/landing", "/robots.txt"}
    assert all("Authorization" not in e.headers for e in other_log)


def test_missing_secret_variable_is_a_config_error(site: MisbehavingServer) -> None:
    config = fast_config([site.url], headers={"Authorization": "env:CC_NOT_SET_ANYWHERE"})
    with pytest.raises(ConfigError, match="CC_NOT_SET_ANYWHERE"):
        with Crawler(config):
            pass
    folder = fast_config([str(FOLDER)], cookies={"s": "$CC_NOT_SET_ANYWHERE"})
    crawler = Crawler(folder)
    with pytest.raises(ConfigError):
        crawler.__enter__()
    assert crawler._folder is None  # the folder server started first was stopped again


# --- the address guard at connection time ---------------------------------------------------------


def test_out_of_scope_private_link_is_never_resolved(site: MisbehavingServer, fake_dns) -> None:
    with fast(Crawler(fast_config([site.origin + "/to-private"]))) as crawler:
        results = run_crawl(crawler, workers=2)
    (result,) = results.values()
    assert result.error == f"out-of-scope redirect to http://{PRIVATE_HOST}/internal"
    assert PRIVATE_HOST not in fake_dns


def test_peer_check_catches_dns_rebinding(
    site: MisbehavingServer, monkeypatch: pytest.MonkeyPatch, fake_dns
) -> None:
    """The guard's lookup says public, but the connection lands on loopback (DNS changed its
    answer in between): the connected peer is checked and nothing is sent."""
    from checker.crawl import scope as scope_module

    monkeypatch.setattr(scope_module, "resolve_host", lambda host, port=None: ["93.184.216.34"])
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        return real("127.0.0.1" if host == "public.test" else host, port, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection.socket, "getaddrinfo", rebinding)
    start = f"http://public.test:{site.origin.rsplit(':', 1)[1]}/about"
    with fast(Crawler(fast_config([start]))) as crawler:
        results = run_crawl(crawler, workers=1)
    (result,) = results.values()
    assert result.error == "private address blocked (loopback address 127.0.0.1)"
    assert site.state.log == []  # connected, checked, closed: not one request sent


# --- failures that must not raise -----------------------------------------------------------


def test_unreachable_start_url_is_a_result_not_an_exception() -> None:
    with socket.socket() as probe:  # a port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with fast(Crawler(fast_config([f"http://127.0.0.1:{port}/"]))) as crawler:
        results = run_crawl(crawler, workers=1)
        assert crawler.stats["retries"] >= 1
    assert [r.error for r in results.values()] == ["connection refused"]


def test_internal_errors_become_results(
    site: MisbehavingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with fast(Crawler(fast_config([site.origin + "/about"]))) as crawler:
        monkeypatch.setattr(crawler, "_fetch_page", lambda item, conditions: 1 / 0)
        result = crawler.fetch(crawler.claim())
    assert result.error == "internal error: ZeroDivisionError" and result.kind == "page"


# --- resume -----------------------------------------------------------------------------------


def test_resume_skips_done_urls_and_restores_pending(site: MisbehavingServer) -> None:
    origin = site.origin
    config = fast_config([origin + "/tree/0"], max_pages=5, max_urls_per_pattern=10_000)
    with fast(Crawler(config)) as crawler:
        crawler.skip([origin + "/tree/0", origin + "/tree/1#frag"])
        crawler.restore([CrawlItem(origin + "/tree/2", 1, origin + "/tree/0"),
                         CrawlItem(origin + "/tree/1", 1, origin + "/tree/0")])  # fmt: skip
        assert [i.url for i in crawler.pending()] == [origin + "/tree/2"]
        results = run_crawl(crawler, workers=1)
    # two done before + three now = max_pages; /tree/0 and /tree/1 never fetched again
    assert paths(results, origin) == {"/tree/2", "/tree/5", "/tree/6"}


def test_claim_is_safe_under_contention(site: MisbehavingServer) -> None:
    config = fast_config([site.origin + "/tree/0"], max_pages=60, max_urls_per_pattern=10_000)
    with fast(Crawler(config)) as crawler:
        results = run_crawl(crawler, workers=16)  # run_crawl asserts no URL is claimed twice
    assert len(results) == 60
    assert threading.active_count() < 40  # no thread leak from sessions or the watchdog
