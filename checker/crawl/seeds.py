"""Where a crawl starts: start URLs, a local folder, a URL list, and sitemaps."""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from checker.crawl.folder import FolderServer
from checker.crawl.scope import (
    MAX_URL_LENGTH,
    host_key,
    normalize_url,
    origin,
    without_userinfo,
)
from checker.crawl.sitemaps import CrawlerWebClient, RawResponse, sitemap_page_urls
from checker.settings import ConfigError, CrawlSettings
from checker.settings.inputs import read_input
from checker.untrusted import safe_text

Log = Callable[[str], None]


@dataclass
class Seeds:
    """The start of a crawl. `urls` are queued first: the start URLs, or a folder's files."""

    start_urls: list[str]
    urls: list[str]
    site: str
    sitemaps: list[str]  # --sitemap, normalized
    folder: FolderServer | None = None
    # user:password of start URLs, by origin: sent as basic auth there, stored nowhere.
    credentials: dict[str, tuple[str, str]] = field(default_factory=dict)

    def secret_origins(self) -> list[str]:
        """The origins the user's secrets go to: each start URL's, and the https origin of
        an http start on the default port (an upgrade redirect keeps the login; a
        downgrade never gets it)."""
        origins: list[str] = []
        for url in self.start_urls:
            origins.append(origin(url))
            parts = urlsplit(url)
            if parts.scheme == "http" and parts.port is None:
                origins.append(origin(urlunsplit(parts._replace(scheme="https"))))
        return list(dict.fromkeys(origins))


def resolve_seeds(config: CrawlSettings, log: Log) -> Seeds:
    """Start URLs, the folder (served on 127.0.0.1, started here: the caller stops it) or
    the URL list. Raises ConfigError when there is nothing valid to start from."""
    starts = list(config.start)
    if any(not str(start).strip() for start in starts):
        # Path("") is the current folder: an empty argument must not audit the cwd.
        raise ConfigError("a start URL is empty: give a URL, a folder, --sitemap or --urls")
    sitemaps = [start_url(s, "--sitemap") for s in config.sitemaps]
    if len(starts) == 1 and _is_folder(starts[0]):
        folder = FolderServer(starts[0]).start()
        log(f"serving folder {folder.folder} at {folder.url}")
        return Seeds([folder.url], folder.page_urls(), config.site or folder.folder.name,
                     sitemaps, folder)  # fmt: skip
    if config.urls_file is not None:
        starts += read_url_list(Path(config.urls_file))
    urls: list[str] = []
    credentials: dict[str, tuple[str, str]] = {}
    for raw in starts:
        raw = raw if "://" in raw else f"http://{raw}"
        url = start_url(raw, "start URL")
        parts = urlsplit(raw.strip())
        if parts.username:
            credentials[origin(url)] = (unquote(parts.username), unquote(parts.password or ""))
        if url not in urls:
            urls.append(url)
    if not urls and not sitemaps:
        raise ConfigError("nothing to audit: give a start URL, a folder, --sitemap or --urls")
    if not urls:
        urls = [normalize_url(urljoin(sitemaps[0], "/"))]
    return Seeds(urls, list(urls), config.site or (urlsplit(urls[0]).hostname or "site"),
                 sitemaps, credentials=credentials)


def _is_folder(start: str) -> bool:
    if "://" in start:
        return False
    try:
        return Path(start).is_dir()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return False


def start_url(raw: str, what: str) -> str:
    """A URL the user gave (start URL, URL-list line, --sitemap), normalized, or a one-line
    ConfigError that quotes at most the start of it, and never its user:password@."""
    shown = without_userinfo(raw)
    shown = shown if len(shown) <= 100 else shown[:100] + "…"
    if len(raw) > MAX_URL_LENGTH:
        raise ConfigError(f"{what} {shown!r} is {len(raw):,} characters long; the limit is "
                          f"{MAX_URL_LENGTH:,}")  # fmt: skip
    try:
        return normalize_url(raw)
    except ValueError as exc:
        # the parser's reason may quote the URL whole, password and all
        reason, authority = str(exc), raw.partition("://")[2].split("/", 1)[0]
        userinfo = authority.rpartition("@")[0]
        if ":" in userinfo and (password := userinfo.partition(":")[2]):
            reason = reason.replace(password, "***")
        raise ConfigError(f"{what} {shown!r} is not valid: {reason}") from None


# Byte-order marks of the encodings Windows editors save text in ("Unicode" is UTF-16 LE).
# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
         (codecs.BOM_UTF8, "utf-8-sig"))  # fmt: skip


def read_url_list(path: Path) -> list[str]:
    """The URLs of a --urls file: one a line, blank lines and # comments skipped. UTF-8,
    or UTF-8/16/32 with a byte-order mark; anything else is a one-line ConfigError."""
    try:
        data = read_input(path)
    except OSError as exc:
        raise ConfigError(f"--urls {path}: {exc.strerror or exc}") from None
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ConfigError(f"--urls {path}: not UTF-8 text, nor UTF-16/32 with a BOM"
                          f" (undecodable byte at offset {exc.start}); save it as UTF-8"
                          ) from None
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def robots_sitemaps(robots_url: str, lines: list[str], log: Log) -> list[str]:
    """The `Sitemap:` lines of a robots.txt as URLs: relative ones resolved against the
    robots.txt URL (as the big crawlers do), malformed ones skipped with a notice."""
    sitemaps: list[str] = []
    for line in lines:
        try:
            sitemaps.append(normalize_url(urljoin(robots_url, line.strip())))
        except ValueError:
            log(f"{safe_text(robots_url)}: Sitemap line {safe_text(line, 100)!r} is not a URL;"
                " skipped")
    return sitemaps


def sitemap_hosts(sitemaps: list[str]) -> set[str]:
    """Hosts whose sitemap files may be fetched although their pages are out of scope
    (`sitemaps` are normalized: start_url() or robots_sitemaps() made them)."""
    return {host_key(s) for s in sitemaps}


def read_sitemaps(sitemaps: list[str], fetch: Callable[[str], RawResponse],
                  add: Callable[[str, str, dt.datetime | None], bool], log: Log) -> int:
    """Hand every page URL the sitemaps list to `add(url, sitemap it is listed in, its
    lastmod)`, which says whether it was queued. Returns how many were."""
    client = CrawlerWebClient(fetch)
    total = 0
    for sitemap in dict.fromkeys(sitemaps):
        added = sum(add(url, listed_in, lastmod)
                    for url, listed_in, lastmod in sitemap_page_urls(sitemap, client))
        total += added
        log(f"sitemap {safe_text(sitemap)}: {added} new URL(s)")
    for error in client.errors:
        log(safe_text(error, 300))
    return total
