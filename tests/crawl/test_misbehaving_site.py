"""The crawler against a site that misbehaves on purpose: it finishes within its limits,
records every fault on its page with a reason, and never requests what it must not."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from checker.crawl import Crawler, FetchResult
from checker.model import Page
from tests.crawl.conftest import (
    fast,
    fast_config,
    install_fake_dns,
    install_no_private_traffic,
    run_crawl,
)
from tests.crawl.misbehaving_server import PRIVATE_HOST, MisbehavingServer, RecordingServer

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def crawl() -> Iterator[dict]:
    """One crawl of the whole misbehaving site, shared by the assertions below."""
    with (
        pytest.MonkeyPatch.context() as monkeypatch,
        RecordingServer("127.0.0.2") as other,
        MisbehavingServer() as site,
    ):
        site.state.other_origin = other.origin
        install_fake_dns(monkeypatch)
        opened = install_no_private_traffic(monkeypatch)
        config = fast_config([site.url], allow_hosts=[PRIVATE_HOST])
        logs: list[str] = []
        started = time.monotonic()
        with fast(Crawler(config, log=logs.append)) as crawler:
            results = run_crawl(crawler)
            stats = crawler.stats
            documents, broken = list(crawler.documents), list(crawler.broken_links)
        yield {
            "results": results,
            "stats": stats,
            "documents": documents,
            "broken": broken,
            "elapsed": time.monotonic() - started,
            "logs": logs,
            "site": site,
            "other": other,
            "opened": opened,
        }


def _result(crawl: dict, path: str) -> FetchResult:
    url = crawl["site"].origin + path
    assert url in crawl["results"], f"{path} was never fetched; got {sorted(crawl['results'])}"
    return crawl["results"][url]


EXPECTED_ERRORS = {
    "/loop-a": "redirect loop",
    "/to-other-host": "out-of-scope redirect to http://127.0.0.2",
    "/to-private": "private address blocked",
    "/to-disallowed": "/private/redirected: disallowed by robots.txt",
    "/never": "timed out",
    "/trickle": "too slow",
    "/trickle-headers": "too slow",
    "/huge": "too large",
    "/huge-chunked": "too large",
    "/bomb": "too large: decompressed",
    "/error500": "HTTP 500",
    "/busy": "HTTP 503",
    "/busy-long": "Retry-After 3600",
    "/binary": "binary content",
    "/missing": "HTTP 404",
    "/gone": "HTTP 410 Gone",
    "/forbidden": "HTTP 403 Forbidden",
    "/unauthorized": "HTTP 401 Unauthorized",
}


def test_finishes_fast_and_within_limits(crawl: dict) -> None:
    assert crawl["elapsed"] < 30
    assert crawl["stats"]["claimed"] <= 80
    assert crawl["stats"]["in_flight"] == 0


@pytest.mark.parametrize("path,reason", sorted(EXPECTED_ERRORS.items()))
def test_every_fault_is_recorded_with_its_reason(crawl: dict, path: str, reason: str) -> None:
    result = _result(crawl, path)
    assert result.error is not None and reason in result.error, result
    assert result.text is None


def test_broken_links_carry_status_and_referrer(crawl: dict) -> None:
    """A 404 or 410 for a link says the link is wrong: a broken link, with its page."""
    home = crawl["site"].url
    by_url = {b["url"]: b for b in crawl["broken"]}
    for path, status in (("/missing", 404), ("/gone", 410)):
        entry = by_url[crawl["site"].origin + path]
        assert entry["status"] == status and entry["referrer"] == home
        assert _result(crawl, path).kind == "broken"
    assert len(by_url) == 2


@pytest.mark.parametrize("path,status", [("/error500", 500), ("/busy", 503),
                                         ("/busy-long", 503), ("/forbidden", 403),
                                         ("/unauthorized", 401)])  # fmt: skip
def test_server_errors_and_lost_auth_are_pages_that_could_not_be_audited(
    crawl: dict, path: str, status: int
) -> None:
    """5xx (503 after its retry too), 401 and 403: the page exists and was meant for the
    audit, so it is a page that could not be audited (Page.failed), not a broken link."""
    result = _result(crawl, path)
    assert result.kind == "page" and result.status == status and result.error
    page = Page(url=result.url, status=result.status, error=result.error, kind=result.kind)
    assert page.failed


def test_retries_only_what_may_recover(crawl: dict) -> None:
    hits = crawl["site"].state.hits
    assert hits["/busy"] == 2  # 503 + Retry-After 1: waited, retried once (retries=1)
    assert hits["/busy-long"] == 1  # Retry-After 3600 is past the cap: not retried
    assert hits["/error500"] == 1  # a 500 is not retried
    assert hits["/flaky"] == 2 and _result(crawl, "/flaky").ok  # 502 then 200
    assert hits["/throttled"] == 2 and _result(crawl, "/throttled").ok  # 429 then 200


def test_private_address_never_contacted(crawl: dict) -> None:
    assert "private address blocked" in (_result(crawl, "/to-private").error or "")
    admin = crawl["results"][f"http://{PRIVATE_HOST}/admin"]
    assert "private address blocked (private address 10.0.0.5)" == admin.error
    assert not [u for u in crawl["opened"] if PRIVATE_HOST in u]


def test_nothing_requested_out_of_scope_or_disallowed(crawl: dict) -> None:
    paths = crawl["site"].state.paths()
    assert not [p for p in paths if p.startswith("/private/")]
    assert crawl["other"].state.log == []  # redirect target and sitemap entry on 127.0.0.2
    assert crawl["stats"]["skipped_robots"] >= 2  # the link and the sitemap entry
    assert paths.count("/robots.txt") == 1


def test_orphan_from_gzipped_sitemap_index_is_reached(crawl: dict) -> None:
    orphan = _result(crawl, "/orphan")
    assert orphan.ok and "Orphan" in (orphan.text or "")
    assert (orphan.item.referrer or "").endswith("/sitemap-pages.xml.gz")
    assert orphan.item.depth == 0


def test_traps_are_capped(crawl: dict) -> None:
    paths = crawl["site"].state.paths()
    assert 1 <= sum(p.startswith("/calendar") for p in paths) <= 5
    assert 1 <= sum(p.startswith("/events/") for p in paths) <= 5
    assert crawl["stats"]["trap_capped"] >= 2
    assert any("calendar or filter trap" in line for line in crawl["logs"])


def test_invalid_utf8_is_audited_with_a_warning(crawl: dict) -> None:
    result = _result(crawl, "/bad-utf8")
    assert result.ok and "\ufffd" in (result.text or "") and "€5" in (result.text or "")
    assert result.warnings and "invalid utf-8" in result.warnings[0]


def test_document_recorded_not_downloaded(crawl: dict) -> None:
    result = _result(crawl, "/doc.pdf")
    assert result.kind == "document" and result.error is None and result.text is None
    assert result.content_type == "application/pdf"
    assert crawl["documents"] == [
        {"url": result.url, "content_type": "application/pdf", "referrer": crawl["site"].url}
    ]


def test_redirect_canonical_and_tracking_params(crawl: dict) -> None:
    moved = _result(crawl, "/moved")
    assert moved.ok and moved.final_url == crawl["site"].origin + "/about"
    assert moved.redirects == [crawl["site"].origin + "/about"]
    canonical = _result(crawl, "/canonical")  # linked as /canonical?utm_source=news
    assert canonical.canonical == crawl["site"].origin + "/about"


def test_logs_are_plain_and_name_the_faults(crawl: dict) -> None:
    text = "\n".join(crawl["logs"])
    assert "redirect loop" in text and "too large" in text
    assert all("\x1b" not in line and "\n" not in line for line in crawl["logs"])
