"""Pages as people name them: a folder audit's pages by their file path
(public/services/tms.html) instead of the 127.0.0.1 URL that stopped working when the run
ended, and one page for the URLs the crawl knows to be the same document (a canonical link to
another audited page, or an identical body)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit

from checker.model import Page, Run


@dataclass(frozen=True)
class Naming:
    """How the report writes a page's address: `folder_prefix` (the folder server's root URL)
    is replaced by `folder_name`, and such addresses are never links."""

    folder_prefix: str | None = None
    folder_name: str = ""

    @classmethod
    def of(cls, run: Run) -> Naming:
        starts = run.options.get("start") or []
        served = run.options.get("start_urls") or []
        if len(starts) == 1 and len(served) == 1 and "://" not in str(starts[0]):
            host = urlsplit(served[0]).hostname or ""
            if host == "localhost" or host.startswith("127."):
                name = PurePath(str(starts[0])).name or str(starts[0])
                return cls(served[0].rstrip("/") + "/", name)
        return cls()

    def display(self, url: str) -> str:
        """public/services/tms.html for a folder audit's page; the URL itself otherwise."""
        if not self.folder_prefix or not url.startswith(self.folder_prefix):
            return url
        path = unquote(urlsplit(url).path)
        if path.endswith("/"):
            path += "index.html"
        return self.folder_name + path

    def is_local(self, url: str) -> bool:
        """A folder audit's own address: no link, it stopped working when the run ended."""
        return bool(self.folder_prefix) and url.startswith(self.folder_prefix or "")


class _Identity(NamedTuple):
    canonical: str | None
    body_hash: str | None


@dataclass
class Aliases:
    """Page URL -> the URL of the page it is shown as (itself when it is the primary), and
    each primary's other URLs."""

    primary: dict[str, str] = field(default_factory=dict)
    others: dict[str, list[str]] = field(default_factory=dict)

    def of(self, url: str) -> list[str]:
        return self.others.get(url, [])

    def is_alias(self, url: str) -> bool:
        return self.primary.get(url, url) != url


def find_aliases(pages: Iterable[Page]) -> Aliases:
    """Audited pages that are one document: a canonical link to another audited page, or the
    same body. The primary is a page some canonical names, else the shortest URL
    (`/` before `/index.html`). Only the two facts that decide are kept of each page."""
    audited = {p.url: _Identity(p.canonical, p.body_hash) for p in pages
               if p.kind == "page" and p.error is None}
    parent = {url: url for url in audited}

    def root(url: str) -> str:
        while parent[url] != url:
            parent[url] = parent[parent[url]]
            url = parent[url]
        return url

    by_body: dict[str, str] = {}
    named: set[str] = set()
    for url, page in audited.items():
        if page.canonical in audited and page.canonical != url:
            parent[root(url)] = root(page.canonical)
            named.add(page.canonical)
        if page.body_hash:
            first = by_body.setdefault(page.body_hash, url)
            parent[root(url)] = root(first)
    groups: dict[str, list[str]] = {}
    for url in audited:
        groups.setdefault(root(url), []).append(url)
    aliases = Aliases()
    for urls in groups.values():
        primary = min(urls, key=lambda u: (u not in named, len(u), u))
        for url in urls:
            aliases.primary[url] = primary
        if len(urls) > 1:
            aliases.others[primary] = sorted(u for u in urls if u != primary)
    return aliases


def text_fragment_url(url: str, sentence: str, edge_words: int = 4) -> str:
    """A link that opens the live page scrolled to the sentence and highlighted
    (`#:~:text=start,end`): the sentence whole when short, else its first and last words."""
    words = sentence.split()
    if len(words) > 2 * edge_words + 2:
        directive = (_fragment_part(" ".join(words[:edge_words])) + ","
                     + _fragment_part(" ".join(words[-edge_words:])))
    else:
        directive = _fragment_part(" ".join(words))
    return url.split("#", 1)[0] + "#:~:text=" + directive


def _fragment_part(text: str) -> str:
    # "-", "," and "&" are the directive's own syntax: percent-encode them too.
    return quote(text, safe="").replace("-", "%2D")
