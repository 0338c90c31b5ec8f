"""The secret syntax of --header and --cookie values: `env:NAME` (or `$NAME`, `${NAME}`)
reads the environment variable NAME when the request is sent, so secrets stay out of config
files and are never stored. The one parser: the config file (to name a missing variable
before the audit), the crawl (to send the value) and the crash log scrubber use it."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

from checker.settings.errors import ConfigError

_ENV_VALUE = re.compile(r"^(?:env:|\$\{?)([A-Za-z_][A-Za-z0-9_]*)\}?$")


def env_name(value: object) -> str | None:
    """The environment variable a value names, or None for a literal value."""
    match = _ENV_VALUE.match(str(value).strip())
    return match.group(1) if match else None


def resolve_secret(value: str) -> str:
    """The value itself, or the environment variable it names (ConfigError when unset)."""
    name = env_name(value)
    if name is None:
        return value
    if name not in os.environ:
        raise ConfigError(f"environment variable {name} (named by an env: value of --header,"
                          " --cookie, --login or --notify) is not set")
    return os.environ[name]


def resolve_secrets(values: dict[str, str]) -> dict[str, str]:
    return {key: resolve_secret(str(value)) for key, value in values.items()}


# What stands in for a secret a page showed back (a debug page listing the request's headers,
# phpinfo(), a link carrying the token): never stored, reported or printed.
REDACTED = "[secret]"
MIN_REDACTED = 8  # shorter parts ("yes", a consent flag) are ordinary words, not secrets
_PARTS = re.compile(r"[\s;,=]+")
_SCHEMES = frozenset({"basic", "bearer", "digest", "negotiate", "token"})


class Redactor:
    """Replaces the user's secret values (--header, --cookie, a start URL's password, the
    login script's cookies) in text a page sent back, with REDACTED: each value, its parts
    (a "Bearer TOKEN" header's token, a cookie's value) of MIN_REDACTED characters or more,
    and their URL-encoded forms."""

    def __init__(self, values: Iterable[str]) -> None:
        parts: set[str] = set()
        for value in values:
            for part in (value, *_PARTS.split(value)):
                if len(part) >= MIN_REDACTED and part.lower() not in _SCHEMES:
                    parts |= {part, quote(part, safe=""), quote_plus(part), quote(part)}
        self.forms = sorted(parts, key=len, reverse=True)
        self._ascii = [(form.encode("ascii"), REDACTED.encode("ascii"))
                       for form in self.forms if form.isascii()]

    def __bool__(self) -> bool:
        return bool(self.forms)

    def text(self, text: str) -> str:
        for form in self.forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text

    def data(self, data: bytes) -> bytes:
        """The same in a body's bytes (an ASCII-compatible charset: secrets are ASCII)."""
        for form, marker in self._ascii:
            if form in data:
                data = data.replace(form, marker)
        return data
