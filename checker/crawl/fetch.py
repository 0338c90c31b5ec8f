"""One HTTP request at a time, safely: timeouts, a total deadline, a streamed size cap that
also counts decompressed bytes (gzip bombs), and secrets sent only where they belong.

Redirects are never followed here (allow_redirects=False): the crawler follows them itself
so that every hop is checked against the scope, the address guard and robots.txt.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import itertools
import os
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from checker.crawl.scope import may_send_secrets, origin
from checker.settings import ConfigError
from checker.settings.secrets import resolve_secrets

CHUNK = 64 * 1024


class FetchError(Exception):
    """A request that failed for a reason worth reporting; str() is the reason."""

    def __init__(self, reason: str, retryable: bool = False) -> None:
        super().__init__(reason)
        self.retryable = retryable


@dataclass
class Hop:
    """One response: status and headers, and the body when it was read."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes | None = None
    body_hash: str | None = None
    elapsed: float = 0.0
    extra: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lowered:
                return value
        return None


# An HTTP header name (RFC 9110 token) and a value we are willing to send: printable ASCII and
# tabs. A newline would split the request (header injection), and requests' own error
# message would quote the value.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
_COOKIE_VALUE = re.compile(r"[\t\x20-\x3a\x3c-\x7e]*")  # no ";" either


def _checked(kind: str, name: str, value: str, value_pattern: re.Pattern[str]) -> str:
    """`value` stripped, or a ConfigError that names the header or cookie, never its value."""
    shown = name if _TOKEN.fullmatch(name) else repr(name[:60])
    if not _TOKEN.fullmatch(name):
        raise ConfigError(f"{kind} {shown}: the name is not a valid HTTP {kind[2:]} name")
    value = value.strip(" \t")
    if not value_pattern.fullmatch(value):
        raise ConfigError(f"{kind} {shown}: the value has a newline or another character "
                          f"not allowed in an HTTP {kind[2:]} (value not shown)")  # fmt: skip
    return value


def build_secret_headers(headers: dict[str, str], cookies: dict[str, str],
                   credentials: tuple[str, str] | None = None) -> dict[str, str]:
    """The headers that carry the user's secrets to one origin: --header values, --cookie
    values (env:NAME resolved), and HTTP basic auth from a start URL's user:password@ unless
    an Authorization header is given. Raises ConfigError naming a bad header, never its
    value."""
    sent = {name: _checked("--header", name, value, _HEADER_VALUE)
            for name, value in resolve_secrets(headers).items()}
    jar = {name: _checked("--cookie", name, value, _COOKIE_VALUE)
           for name, value in resolve_secrets(cookies).items()}
    if jar:
        sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
    has_auth = any(name.lower() == "authorization" for name in sent)
    if credentials is not None and not has_auth:
        token = base64.b64encode(":".join(credentials).encode("utf-8")).decode("ascii")
        sent["Authorization"] = f"Basic {token}"
    return sent


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from a page's stored validators: a server answers
    304 Not Modified when the page is still what it sent then. A value we would not send as
    a header (a newline, non-ASCII) is left out."""
    headers = {"If-None-Match": etag, "If-Modified-Since": last_modified}
    return {name: value for name, value in headers.items()
            if value and len(value) <= 1024 and _HEADER_VALUE.fullmatch(value)}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# --- a total deadline per request ---------------------------------------------------------


class _Watch:
    __slots__ = ("sock", "deadline", "active", "fired")

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock: socket.socket | None = sock
        self.deadline = deadline
        self.active = True
        self.fired = False


class Watchdog:
    """Shuts down a request's socket when its deadline passes.

    Socket timeouts bound each read, not the whole response: a server that sends its status
    line or its body one byte a second never trips them. One thread watches every request.
    """

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Watch]] = []
        self._ids = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    def watch(self, sock: socket.socket, deadline: float) -> _Watch:
        entry = _Watch(sock, deadline)
        with self._cond:
            if len(self._heap) > 1024:  # finished watches linger until their deadline: prune
                self._heap = [e for e in self._heap if e[2].active]
                heapq.heapify(self._heap)
            heapq.heappush(self._heap, (deadline, next(self._ids), entry))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fetch-watchdog",
                                                daemon=True)  # fmt: skip
                self._thread.start()
            self._cond.notify()
        return entry

    @staticmethod
    def unwatch(entry: _Watch) -> None:
        entry.active = False
        entry.sock = None

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()

    def _run(self) -> None:
        with self._cond:
            while not self._closed:
                while self._heap and not self._heap[0][2].active:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                self._fire(heapq.heappop(self._heap)[2])

    @staticmethod
    def _fire(entry: _Watch) -> None:
        sock = entry.sock
        if not entry.active or sock is None:
            return
        entry.fired = True
        try:
            sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in recv()
        except OSError:
            pass


# --- connections that check whom they reached ----------------------------------------------


class BlockedAddressError(urllib3.exceptions.NewConnectionError):
    """The socket connected to an address the guard forbids (e.g. DNS changed its answer
    between our check and the connection)."""


PeerCheck = Callable[[str], "str | None"]
OnResponse = Callable[[socket.socket], None]


def _guarded_adapter(check_peer: PeerCheck, on_response: OnResponse) -> HTTPAdapter:
    """An HTTPAdapter whose connections verify the connected peer address with the guard and
    put every response under the watchdog."""

    class _Guarded:
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()  # type: ignore[misc]
            try:
                peer = sock.getpeername()[0]
            except OSError:
                return sock
            reason = check_peer(peer)
            if reason is not None:
                sock.close()
                raise BlockedAddressError(self, reason)  # type: ignore[arg-type]
            return sock

        def getresponse(self):  # type: ignore[no-untyped-def]
            if self.sock is not None:  # type: ignore[attr-defined]
                on_response(self.sock)  # type: ignore[attr-defined]
            return super().getresponse()  # type: ignore[misc]

    class GuardedHTTP(_Guarded, HTTPConnection):
        pass

    class GuardedHTTPS(_Guarded, HTTPSConnection):
        pass

    class HTTPPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTP

    class HTTPSPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPS

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": HTTPPool, "https": HTTPSPool}

    return Adapter(pool_connections=16, pool_maxsize=16, max_retries=0)


class HttpClient:
    """requests sessions (one per thread, since a Session is not guaranteed thread-safe)
    that send our user agent everywhere and the user's secrets only to the origin they
    belong to (`secrets`: origin -> headers, see scope.may_send_secrets).

    Every request runs under a total deadline (the watchdog) and every new connection has
    its peer address checked by `check_peer`.
    """

    def __init__(
        self,
        user_agent: str,
        connect_timeout: float,
        read_timeout: float,
        secrets: dict[str, dict[str, str]] | None = None,
        check_peer: PeerCheck | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self._secrets = dict(secrets or {})
        self._check_peer: PeerCheck = check_peer or (lambda address: None)
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._jar = requests.cookies.RequestsCookieJar()  # cookies the sites set, shared
        # origin -> cookies the login script got in a browser (use_login_cookies)
        self.login_cookies: dict[str, dict[str, str]] = {}
        self.watchdog = Watchdog()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            # No proxies or .netrc from the environment: .netrc credentials would otherwise
            # be sent to whatever host a page links to.
            session.trust_env = False
            # ...but a company CA bundle named the usual way is still honoured.
            session.verify = (
                os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
            )
            session.cookies = self._jar
            adapter = _guarded_adapter(self._check_peer, self._on_response)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def _on_response(self, sock: socket.socket) -> None:
        deadline = getattr(self._local, "deadline", None)
        if deadline is not None:
            self._local.watches.append(self.watchdog.watch(sock, deadline))

    def headers_for(self, url: str) -> dict[str, str]:
        headers = {
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        }
        headers.update(self.secret_headers(url))
        login = self.login_cookies.get(origin(url)) if may_send_secrets(
            url, self.login_cookies) else None
        if login:
            own = "; ".join(f"{name}={value}" for name, value in login.items())
            headers["Cookie"] = f"{headers['Cookie']}; {own}" if "Cookie" in headers else own
        return headers

    def use_login_cookies(self, cookies: list[dict[str, Any]], origins: list[str]) -> None:
        """The cookies a browser got from the login script, for the crawler's requests: each
        goes only to those of `origins` (the start URLs', as --cookie) whose host its domain
        covers, and a secure cookie only over https. Set before the crawl's workers start."""
        jar: dict[str, dict[str, str]] = {}
        for start_origin in origins:
            parts = urlsplit(start_origin)
            for cookie in cookies:
                name, value = cookie.get("name"), cookie.get("value")
                if not isinstance(name, str) or not isinstance(value, str):
                    continue
                if _domain_covers(str(cookie.get("domain") or ""), parts.hostname or "") and (
                        parts.scheme == "https" or not cookie.get("secure")):
                    jar.setdefault(start_origin, {})[name] = value
        self.login_cookies = jar

    def secret_headers(self, url: str) -> dict[str, str]:
        """The --header/--cookie values for a request to `url`: only where they belong. The
        browser asks this too (checker.browser.guard), so both send secrets alike."""
        if may_send_secrets(url, self._secrets):
            return dict(self._secrets[origin(url)])
        return {}

    def open(self, url: str, deadline: float | None = None,
             conditions: dict[str, str] | None = None) -> requests.Response:
        """Send a GET and return once the headers are in; the body is left on the wire.
        The socket is shut down at `deadline` (time.monotonic()) until finish() is called.
        `conditions`: If-None-Match / If-Modified-Since (see conditional_headers).
        Raises FetchError with a plain reason."""
        self._local.deadline = deadline
        self._local.watches = []
        try:
            return self._session().get(
                url,
                headers=self.headers_for(url) | (conditions or {}),
                timeout=(self.connect_timeout, self.read_timeout),
                allow_redirects=False,
                stream=True,
            )
        except requests.exceptions.ConnectTimeout:
            raise FetchError(
                f"timed out connecting (> {self.connect_timeout:g} s)", retryable=True
            ) from None
        except requests.exceptions.ReadTimeout:
            raise FetchError(f"timed out: no answer within {self.read_timeout:g} s") from None
        except requests.exceptions.SSLError as exc:
            raise FetchError(f"TLS error: {_short(exc)}") from None
        except requests.exceptions.ConnectionError as exc:
            blocked = _blocked_reason(exc)
            if blocked is not None:
                raise FetchError(blocked) from None
            raise FetchError(_connection_reason(exc), retryable=True) from None
        except requests.exceptions.RequestException as exc:
            raise FetchError(f"request failed: {_short(exc)}") from None

    def finish(self) -> bool:
        """End the current thread's request; True if its deadline cut it short."""
        fired = False
        for entry in getattr(self._local, "watches", []):
            fired = fired or entry.fired
            self.watchdog.unwatch(entry)
        self._local.watches = []
        self._local.deadline = None
        return fired

    def close(self) -> None:
        self.watchdog.close()
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()


def _domain_covers(domain: str, host: str) -> bool:
    """A cookie for `domain` is sent to `host` (RFC 6265 domain matching)."""
    domain = domain.lower().lstrip(".")
    host = host.lower()
    return bool(domain) and (host == domain or host.endswith("." + domain))


def _blocked_reason(exc: BaseException) -> str | None:
    """The guard's reason when a connection was refused by our own peer check."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, BlockedAddressError):
            return current._message
        stack.extend([getattr(current, "reason", None), current.__cause__, current.__context__])
        stack.extend(a for a in current.args if isinstance(a, BaseException))
    return None


def read_body(response: requests.Response, cap: int, deadline: float) -> tuple[bytes, str]:
    """The whole body (decompressed) and its sha256, read in chunks so that neither a huge
    page, a gzip bomb nor a trickling server can hold more than `cap` bytes or run past
    `deadline` (time.monotonic()). Raises FetchError."""
    length = response.headers.get("Content-Length", "")
    encoded = response.headers.get("Content-Encoding", "identity").lower() not in ("", "identity")
    if length.isdigit() and int(length) > cap and not encoded:
        raise FetchError(f"too large: {_mb(int(length))} (> {_mb(cap)} limit)")
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    total = 0
    raw = response.raw
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchError("too slow: body not complete within the time limit")
            # read1 returns after one socket read, so the deadline is checked even when a
            # server sends one byte a second; with decoding it yields at most CHUNK bytes.
            chunk = raw.read1(CHUNK, decode_content=True)
            if not chunk:
                break
            total += len(chunk)
            if total > cap:
                kind = "decompressed " if encoded else ""
                raise FetchError(f"too large: {kind}body over {_mb(cap)} limit")
            digest.update(chunk)
            chunks.append(chunk)
    except urllib3.exceptions.ReadTimeoutError:
        raise FetchError("timed out while reading the body") from None
    except urllib3.exceptions.DecodeError as exc:
        raise FetchError(f"corrupt compressed body: {_short(exc)}") from None
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise FetchError(f"connection broken while reading the body: {_short(exc)}") from None
    return b"".join(chunks), digest.hexdigest()


def _connection_reason(exc: Exception) -> str:
    text = str(exc)
    if "Connection refused" in text:
        return "connection refused"
    if "Name or service not known" in text or "getaddrinfo failed" in text:
        return "host name does not resolve"
    if "RemoteDisconnected" in text or "closed connection without response" in text:
        return "server closed the connection without a response"
    if "reset by peer" in text:
        return "connection reset by the server"
    return f"connection error: {_short(exc)}"


def _short(exc: Exception, limit: int = 160) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"
