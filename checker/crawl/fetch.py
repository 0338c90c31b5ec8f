"""One HTTP request at a time, safely: timeouts, a total deadline, a streamed size cap that
also counts decompressed bytes (gzip bombs), and secrets sent only where they belong.

Redirects are never followed here (allow_redirects=False): the crawler follows them itself
so that every hop is checked against the scope, the address guard and robots.txt.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import requests
import urllib3

from checker.config import ConfigError
from checker.crawl.scope import host_key

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


def resolve_secret(value: str) -> str:
    """A header or cookie value, or the environment variable it names: "env:NAME" and
    "$NAME" both read os.environ["NAME"], so that secrets stay out of config files."""
    name = None
    if value.startswith("env:"):
        name = value[4:]
    elif value.startswith("$") and len(value) > 1:
        name = value[1:].strip("{}")
    if name is None:
        return value
    if name not in os.environ:
        raise ConfigError(f"environment variable {name} (named by a --header/--cookie) is not set")
    return os.environ[name]


def resolve_secrets(values: dict[str, str]) -> dict[str, str]:
    return {key: resolve_secret(str(value)) for key, value in values.items()}


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


class HttpClient:
    """requests sessions (one per thread, since a Session is not guaranteed thread-safe)
    that send our user agent everywhere and the configured secrets only to `secret_hosts`."""

    def __init__(
        self,
        user_agent: str,
        connect_timeout: float,
        read_timeout: float,
        headers: dict[str, str] | None = None,
        cookies: dict[str, str] | None = None,
        secret_hosts: Iterable[str] = (),
    ) -> None:
        self.user_agent = user_agent
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self._secret_headers = dict(headers or {})
        if cookies:
            cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
            self._secret_headers["Cookie"] = cookie
        self.secret_hosts = set(secret_hosts)
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._jar = requests.cookies.RequestsCookieJar()  # cookies the sites set, shared

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            # No proxies or .netrc from the environment: .netrc credentials would otherwise
            # be sent to whatever host a page links to.
            session.trust_env = False
            session.cookies = self._jar
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def headers_for(self, url: str) -> dict[str, str]:
        headers = {
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        }
        if host_key(url) in self.secret_hosts:
            headers.update(self._secret_headers)
        return headers

    def open(self, url: str) -> requests.Response:
        """Send a GET and return once the headers are in; the body is left on the wire.
        Raises FetchError with a plain reason."""
        try:
            return self._session().get(
                url,
                headers=self.headers_for(url),
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
            raise FetchError(_connection_reason(exc), retryable=True) from None
        except requests.exceptions.RequestException as exc:
            raise FetchError(f"request failed: {_short(exc)}") from None

    def close(self) -> None:
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()


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
                raise FetchError(f"too slow: body not complete after {_total_budget(response)}")
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


def _total_budget(response: requests.Response) -> str:
    budget = getattr(response, "_checker_budget", None)
    return f"{budget:g} s" if budget else "the time limit"


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
