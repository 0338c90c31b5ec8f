"""Where a crawl starts: start URLs, a local folder, a URL list, and sitemaps."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from checker.crawl.folder import FolderServer
from checker.crawl.scope import host_key, normalize_url
from checker.crawl.sitemaps import CrawlerWebClient, RawResponse, sitemap_page_urls
from checker.settings import ConfigError, CrawlSettings
from checker.untrusted import safe_text

Log = Callable[[str], None]


@dataclass
class Seeds:
    """The start of a crawl. `urls` are queued first: the start URLs, or a folder's files."""

    start_urls: list[str]
    urls: list[str]
    site: str
    folder: FolderServer | None = None


def resolve_seeds(config: CrawlSettings, log: Log) -> Seeds:
    """Start URLs, the folder (served on 127.0.0.1, started here: the caller stops it) or
    the URL list. Raises ConfigError when there is nothing valid to start from."""
    starts = list(config.start)
    if len(starts) == 1 and _is_folder(starts[0]):
        folder = FolderServer(starts[0]).start()
        log(f"serving folder {folder.folder} at {folder.url}")
        return Seeds([folder.url], folder.page_urls(), config.site or folder.folder.name,
                     folder)  # fmt: skip
    if config.urls_file is not None:
        starts += read_url_list(Path(config.urls_file))
    urls: list[str] = []
    for raw in starts:
        try:
            url = normalize_url(raw if "://" in raw else f"http://{raw}")
        except ValueError as exc:
            raise ConfigError(f"start URL {raw!r} is not valid: {exc}") from None
        if url not in urls:
            urls.append(url)
    if not urls and not config.sitemaps:
        raise ConfigError("nothing to audit: give a start URL, a folder, --sitemap or --urls")
    if not urls:
        urls = [normalize_url(urljoin(config.sitemaps[0], "/"))]
    return Seeds(urls, list(urls), config.site or (urlsplit(urls[0]).hostname or "site"))


def _is_folder(start: str) -> bool:
    try:
        return Path(start).is_dir()
    except (OSError, ValueError):  # a 5 KB URL is no file name (ENAMETOOLONG), nor is NUL
        return False


def read_url_list(path: Path) -> list[str]:
    """The URLs of a --urls file: one a line, blank lines and # comments skipped."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"--urls {path}: {exc.strerror}") from None
    # Windows editors save UTF-16 with a BOM; the BOM says how to read the file.
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        lines = data.decode(encoding).lstrip("\ufeff").splitlines()
    except UnicodeDecodeError:
        raise ConfigError(f"--urls {path}: not UTF-8 text (nor UTF-16/32 with a BOM)"
                          ) from None
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
         (codecs.BOM_UTF8, "utf-8-sig"))


def sitemap_hosts(sitemaps: list[str]) -> set[str]:
    """Hosts whose sitemap files may be fetched although their pages are out of scope."""
    return {host_key(normalize_url(s)) for s in sitemaps if "://" in s}


def read_sitemaps(sitemaps: list[str], fetch: Callable[[str], RawResponse],
                  add: Callable[[str, str], bool], log: Log) -> int:
    """Hand every page URL the sitemaps list to `add(url, sitemap it is listed in)`, which
    says whether it was queued. Returns how many were."""
    client = CrawlerWebClient(fetch)
    total = 0
    for sitemap in dict.fromkeys(sitemaps):
        added = sum(add(url, listed_in) for url, listed_in in sitemap_page_urls(sitemap, client))
        total += added
        log(f"sitemap {safe_text(sitemap)}: {added} new URL(s)")
    for error in client.errors:
        log(safe_text(error, 300))
    return total
