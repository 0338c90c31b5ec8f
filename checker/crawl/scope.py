"""URL normalization, crawl scope, and the private-address guard.

Everything that decides *whether* a URL may be fetched lives here, so that links, redirects
and sitemap entries all pass through the same checks.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only identify a marketing campaign or a click: dropping them keeps one
# page from being fetched once per newsletter that links to it.
TRACKING_PARAMS = frozenset(
    {
        "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid",
        "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
        "oly_anon_id", "oly_enc_id", "vero_id", "twclid", "ttclid", "li_fat_id",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "hsa_")

DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_LENGTH = 2048
# Characters left alone when re-quoting a path or query: the reserved set plus "%".
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_HOST_CHARS = re.compile(r"[a-z0-9._-]+|[0-9a-f:.]+")  # names, IPv4, IPv6 (no zone ids)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


@functools.lru_cache(maxsize=8192)  # nav links repeat on every page; the cache is bounded
def normalize_url(url: str) -> str:
    """The one spelling of a URL used for dedupe, scope and storage.

    Scheme and host lower-cased, user info and fragment dropped, default port dropped, empty
    path made "/", query sorted with tracking parameters (utm_*, gclid, fbclid...) removed.
    Raises ValueError for a URL that is not http(s) or has no host.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url[:100]!r}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise ValueError(f"URL has no host: {url[:100]!r}")
    host = _idna(host)
    if not _HOST_CHARS.fullmatch(host):
        raise ValueError(f"invalid host name: {host[:100]!r}")
    port = parts.port  # raises ValueError on a bad port, which is what we want
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    path = quote(unquote_safe(_remove_dot_segments(parts.path)), safe=_SAFE_PATH) or "/"
    query = _normalize_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def _remove_dot_segments(path: str) -> str:
    if "/." not in path:
        return path
    return urlsplit(urljoin("http://h/", path)).path


def unquote_safe(path: str) -> str:
    """Undo percent-encoding of unreserved characters only, so %2F stays a literal slash."""
    return re.sub(r"%([0-9A-Fa-f]{2})", _unquote_unreserved, path)


def _unquote_unreserved(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    if char.isascii() and (char.isalnum() or char in "-._~"):
        return char
    return "%" + match.group(1).upper()


def _idna(host: str) -> str:
    host = host.lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _normalize_query(query: str) -> str:
    if not query:
        return ""
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _is_tracking(k)]
    pairs.sort()
    return urlencode(pairs, quote_via=quote, safe="/:@!$'()*,;-._~")


def origin(url: str) -> str:
    """scheme://host:port of a URL, the port always written (RFC 6454): http://clinic.org,
    https://clinic.org and https://clinic.org:8443 are three origins. Raises ValueError."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = _idna((parts.hostname or "").rstrip("."))
    if scheme not in DEFAULT_PORTS or not host:
        raise ValueError(f"not an http(s) URL: {url[:100]!r}")
    port = parts.port or DEFAULT_PORTS[scheme]
    return f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"


def may_send_secrets(url: str, secret_origins: Iterable[str]) -> bool:
    """Whether a request to `url` may carry the user's secrets (--header, --cookie, the
    password of a start URL): only to the exact origin (scheme, host, port) they were given
    for, never over http to an https start's host, never to another port. The one rule the
    crawler and the browser both apply."""
    try:
        return origin(url) in secret_origins
    except ValueError:
        return False


_USERINFO = re.compile(r"^(\s*[A-Za-z][A-Za-z0-9+.-]*:/*)[^/?#]*@")


def without_userinfo(url: str) -> str:
    """The URL as given, minus any user:password@ (kept out of everything stored or shown).
    Never raises: it also cleans URLs too malformed to parse."""
    return _USERINFO.sub(r"\1", url)


def host_key(url: str) -> str:
    """host[:port] of a normalized URL, the unit of politeness."""
    return urlsplit(url).netloc


def site_key(url: str) -> str:
    """host[:port] with a leading "www." dropped: www.clinic.org and clinic.org are one site."""
    netloc = urlsplit(url).netloc
    return netloc[4:] if netloc.startswith("www.") else netloc


def path_pattern(url: str) -> str:
    """The shape of a URL with numbers and query values erased: /events/2024/05?d=1 becomes
    /events/N/N?d. Many URLs of one shape are the mark of a calendar or filter trap."""
    parts = urlsplit(url)
    path = re.sub(r"\d+", "N", parts.path)
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{parts.netloc}{path}?{'&'.join(keys)}"


def trap_keys(url: str) -> tuple[str, ...]:
    """The counters a link URL is charged to: its shape, when it has numbers or a query, and
    its path, when it has a query (one path with endless query variants: a filter trap).
    Plain slug URLs are charged to nothing, which keeps the counters few."""
    parts = urlsplit(url)
    keys: list[str] = []
    pattern = path_pattern(url)
    if parts.query or pattern != f"{parts.netloc}{parts.path}?":
        keys.append(pattern)
    if parts.query:
        keys.append(f"{parts.netloc}{parts.path}")
    return tuple(keys)


def looks_like_trap(url: str) -> bool:
    """URLs no real page has: very long, or a path segment repeated many times (a relative
    link that keeps nesting itself, e.g. a/b/a/b/a/b)."""
    if len(url) > MAX_URL_LENGTH:
        return True
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if len(segments) > 30:
        return True
    return any(segments.count(s) > 3 for s in set(segments))


@dataclass
class Scope:
    """Which URLs belong to the audit: the start sites, allowed hosts, include/exclude."""

    start_urls: list[str]
    allow_hosts: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sites = {site_key(u) for u in self.start_urls}
        self._allow = [h.lower().strip() for h in self.allow_hosts if h.strip()]
        self._include = [re.compile(p) for p in self.include]
        self._exclude = [re.compile(p) for p in self.exclude]

    def host_allowed(self, url: str) -> bool:
        if site_key(url) in self._sites:
            return True
        netloc = urlsplit(url).netloc
        host = urlsplit(url).hostname or ""
        for allowed in self._allow:
            if allowed.startswith(("*.", ".")):
                suffix = allowed.lstrip("*")
                if host.endswith(suffix) or host == suffix[1:]:
                    return True
            elif allowed in (netloc, host):
                return True
        return False

    def allows(self, url: str) -> bool:
        """True when a normalized URL is in scope (host, include, exclude)."""
        if not self.host_allowed(url):
            return False
        if self._include and not any(p.search(url) for p in self._include):
            # A start URL is always in scope, even when the include patterns miss it.
            if url not in self.start_urls:
                return False
        return not any(p.search(url) for p in self._exclude)


# --- private-address guard -------------------------------------------------------------


def resolve_host(host: str, port: int | None = None) -> list[str]:
    """All addresses a host name resolves to. The one place the crawler asks DNS, so that
    tests can patch it (checker.crawl.scope.resolve_host)."""
    infos = socket.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


def address_class(address: str) -> str:
    """'public', 'loopback', 'private', 'link-local' or 'unspecified' (the last also covers
    multicast and reserved ranges: nothing a web page lives on)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4 address inside an IPv6 one is that address: IPv4-mapped, and 6to4
        # (2002:c0a8:101::/48 reaches 192.168.1.1 through a 6to4 relay), which Python calls
        # global. (Teredo and NAT64 are not global: private below.)
        embedded = ip.ipv4_mapped or ip.sixtofour
        ip = embedded if embedded is not None else ip
    if ip.is_unspecified or ip.is_multicast:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_private or ip.is_reserved or not ip.is_global:
        return "private"
    return "public"


class AddressGuard:
    """Blocks fetches to internal addresses unless the audit itself starts on one.

    A clinic page that links (or redirects) to http://169.254.169.254/ or an intranet host
    must not make the checker, which may run inside a company network, fetch it. A start
    URL on an internal address opens exactly its own kind: a staging server on 10.x allows
    private addresses, a dev server on 127.0.0.1 allows loopback, and neither opens the
    other (a page on a local dev server may still not reach into the office network).
    """

    cache_seconds = 60.0

    def __init__(self, start_urls: Iterable[str]) -> None:
        self._cache: dict[str, tuple[float, str | None]] = {}
        self._lock = threading.Lock()
        self.allowed = {"public"}
        for url in start_urls:
            self.allowed |= self._classes(url) - {"unspecified"}

    def _classes(self, url: str) -> set[str]:
        try:
            return {address_class(a) for a in self._addresses(url)}
        except (OSError, ValueError):
            return set()

    @staticmethod
    def _addresses(url: str) -> list[str]:
        parts = urlsplit(url)
        host = parts.hostname or ""
        try:
            ipaddress.ip_address(host)
            return [host]
        except ValueError:
            return resolve_host(host, parts.port)  # a global lookup: tests patch it

    def check(self, url: str) -> str | None:
        """None when the URL's host may be fetched; otherwise the reason it may not.

        Answers are cached for a minute per host: the system resolver does not cache, and
        every page would otherwise cost a DNS query. A host whose address changes in between
        is still caught, by the connection's own peer check (fetch.py)."""
        host = urlsplit(url).netloc
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(host)
        if cached is not None and cached[0] > now:
            return cached[1]
        reason = self._check_uncached(url)
        with self._lock:
            if len(self._cache) > 1024:
                self._cache.clear()
            self._cache[host] = (now + self.cache_seconds, reason)
        return reason

    def _check_uncached(self, url: str) -> str | None:
        try:
            addresses = self._addresses(url)
        except (OSError, UnicodeError) as exc:
            return f"cannot resolve host {urlsplit(url).hostname}: {exc.__class__.__name__}"
        if not addresses:
            return f"cannot resolve host {urlsplit(url).hostname}"
        return self.check_addresses(addresses)

    def check_addresses(self, addresses: Iterable[str]) -> str | None:
        for address in addresses:
            cls = address_class(address)
            if cls not in self.allowed:
                return f"private address blocked ({cls} address {address})"
        return None
