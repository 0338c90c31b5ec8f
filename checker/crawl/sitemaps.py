"""Sitemaps (XML, sitemap indexes, gzip, plain text, RSS/Atom) read with
ultimate-sitemap-parser (usp), but fetched through the crawler's own HTTP path so that the
address guard, timeouts, size caps and politeness apply to them as to any page."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import logging
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from usp.exceptions import SitemapException
from usp.fetch_parse import SitemapFetcher
from usp.objects.sitemap import AbstractSitemap, InvalidSitemap
from usp.web_client.abstract_client import (
    AbstractWebClient,
    AbstractWebClientResponse,
    AbstractWebClientSuccessResponse,
    WebClientErrorResponse,
)

SITEMAP_MAX_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit, uncompressed
MAX_SITEMAP_FILES = 200  # an index of indexes could otherwise fetch without end

# usp logs every fetch at INFO and recoverable oddities at WARNING; our log says what matters.
logging.getLogger("usp").setLevel(logging.ERROR)


@dataclass
class RawResponse:
    """What the crawler's fetch path returns for a sitemap URL."""

    url: str
    status: int | None
    body: bytes | None
    content_type: str | None
    error: str | None


class _Success(AbstractWebClientSuccessResponse):
    def __init__(self, url: str, status: int, body: bytes, content_type: str | None) -> None:
        self._url, self._status, self._body, self._type = url, status, body, content_type

    def status_code(self) -> int:
        return self._status

    def status_message(self) -> str:
        return "OK"

    def header(self, case_insensitive_name: str) -> str | None:
        return self._type if case_insensitive_name.lower() == "content-type" else None

    def raw_data(self) -> bytes:
        return self._body

    def url(self) -> str:
        return self._url


class CrawlerWebClient(AbstractWebClient):
    """usp's web client interface over a function of ours. Errors are never "retryable" to
    usp: our fetch path already retried, and usp would sleep a second per retry."""

    def __init__(self, get: Callable[[str], RawResponse]) -> None:
        self._get = get
        self.fetched = 0
        self.errors: list[str] = []

    def set_max_response_data_length(self, max_response_data_length: int | None) -> None:
        pass  # our own cap applies

    def get(self, url: str) -> AbstractWebClientResponse:
        if self.fetched >= MAX_SITEMAP_FILES:
            return WebClientErrorResponse(f"more than {MAX_SITEMAP_FILES} sitemap files", False)
        self.fetched += 1
        response = self._get(url)
        if response.error is not None or response.body is None:
            reason = response.error or f"HTTP {response.status}"
            self.errors.append(f"sitemap {url}: {reason}")
            return WebClientErrorResponse(reason, False)
        body, content_type = response.body, response.content_type
        if body[:2] == b"\x1f\x8b":
            # Gunzip here, with our cap, so that usp never inflates a gzip bomb.
            try:
                body = gunzip_capped(body, SITEMAP_MAX_BYTES)
            except ValueError as exc:
                self.errors.append(f"sitemap {url}: {exc}")
                return WebClientErrorResponse(str(exc), False)
            content_type = "application/xml"
        return _Success(response.url, response.status or 200, body, content_type)


def _utc(when: dt.datetime | None) -> dt.datetime | None:
    """A <lastmod> in UTC; one without a zone (a bare date) is taken as UTC."""
    if when is None:
        return None
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def gunzip_capped(data: bytes, cap: int) -> bytes:
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(64 * 1024):
                out.write(chunk)
                if out.tell() > cap:
                    raise ValueError(f"gzipped sitemap inflates past {cap // (1024 * 1024)} MB")
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"corrupt gzip sitemap: {exc}") from None
    return out.getvalue()


def sitemap_page_urls(url: str, client: CrawlerWebClient
                      ) -> Iterator[tuple[str, str, dt.datetime | None]]:
    """(page URL, URL of the sitemap file that lists it, its <lastmod> in UTC or None) for
    the sitemap at `url` and every sitemap it points to."""
    try:
        tree = SitemapFetcher(url=url, recursion_level=0, web_client=client).sitemap()
    except SitemapException as exc:  # not a web URL (file:///, a relative robots.txt line)
        client.errors.append(f"sitemap {url}: skipped: {exc}")
        return
    except (ArithmeticError, LookupError, TypeError, ValueError) as exc:
        # The parser lets some hostile values escape (a <lastmod> of 40 digits overflows
        # dateutil): the sitemap is reported as unreadable, the audit goes on.
        client.errors.append(f"sitemap {url}: could not be parsed ({type(exc).__name__})")
        return
    stack: list[AbstractSitemap] = [tree]
    while stack:
        sitemap = stack.pop()
        if isinstance(sitemap, InvalidSitemap):
            client.errors.append(f"sitemap {sitemap.url}: {sitemap.reason}")
            continue
        for page in sitemap.pages:
            yield page.url, sitemap.url, _utc(page.last_modified)
        stack.extend(reversed(sitemap.sub_sitemaps))
