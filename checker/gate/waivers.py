"""Waivers: findings a reviewer accepted, with a reason, an owner and an expiry.

A waivers file is YAML or TOML::

    waivers:                       # YAML (a bare list works too); TOML: [[waivers]]
      - rule: color-contrast
        url: "https://www.example-clinic.com/blog/*"   # glob on the URL or its path
        reason: Brand colours; redesign ships in Q1
        approved_by: Dana Reyes (compliance)
        expires: 2026-03-31
      - fingerprint: 3f2a9c0d1e4b5a6f7081
        reason: ...

A waiver names a rule, a fingerprint, or both, and may narrow by `url` (glob) or `url_regex`.
After its expiry date (compared with the audit's --as-of date) it no longer waives anything:
its findings count again and the gate lists the expired waiver.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from checker.model import Finding
from checker.settings import ConfigError
from checker.settings.inputs import read_input_text

_KEYS = ("rule", "url", "url_regex", "fingerprint", "reason", "approved_by", "expires")
_REQUIRED = ("reason", "approved_by", "expires")


@dataclass
class Waiver:
    number: int  # 1-based position in the file, for messages
    reason: str
    approved_by: str
    expires: dt.date
    rule: str | None = None
    url: str | None = None
    url_regex: re.Pattern[str] | None = None
    fingerprint: str | None = None

    def matches(self, finding: Finding) -> bool:
        if self.fingerprint is not None and finding.fingerprint != self.fingerprint:
            return False
        if self.rule is not None and finding.rule_id != self.rule:
            return False
        if self.url is not None and not _glob_matches(self.url, finding.url):
            return False
        return self.url_regex is None or bool(self.url_regex.search(finding.url))

    def expired(self, as_of: dt.date) -> bool:
        return self.expires < as_of

    def describe(self) -> dict[str, Any]:
        """The waiver as stored on the findings it covers (Finding.extra["waiver"])."""
        return {
            "number": self.number,
            "rule": self.rule,
            "url": self.url or (self.url_regex.pattern if self.url_regex else None),
            "fingerprint": self.fingerprint,
            "reason": self.reason,
            "approved_by": self.approved_by,
            "expires": self.expires.isoformat(),
        }

    def label(self) -> str:
        what = [f"rule {self.rule}"] if self.rule else []
        if self.fingerprint:
            what.append(f"fingerprint {self.fingerprint}")
        pattern = self.url or (self.url_regex.pattern if self.url_regex else None)
        if pattern:
            what.append(f"on {pattern}")
        return f"waiver {self.number} ({' '.join(what)}; approved by {self.approved_by})"


def _glob_matches(pattern: str, url: str) -> bool:
    """A glob on the whole URL, or on its path when the pattern starts with '/'."""
    target = (urlsplit(url).path or "/") if pattern.startswith("/") else url
    return fnmatch.fnmatchcase(target, pattern)


def load_waivers(path: Path) -> list[Waiver]:
    label = f"waivers {path}"
    raw = _read(path, label)
    if isinstance(raw, dict):
        unknown = [k for k in raw if k != "waivers"]
        if unknown:
            raise ConfigError(f"{label}: unknown key {unknown[0]!r} (expected 'waivers')")
        raw = raw.get("waivers")
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ConfigError(f"{label}: expected a list of waivers")
    return [_waiver(entry, number, label) for number, entry in enumerate(raw, 1)]


def _read(path: Path, label: str) -> Any:
    try:
        text = read_input_text(path)
    except FileNotFoundError:
        raise ConfigError(f"{label}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{label}: cannot read: {exc}") from None
    if path.suffix.lower() == ".toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{label}: not valid TOML: {exc}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{label}: not valid YAML: {' '.join(str(exc).split())}") from None


def _waiver(entry: Any, number: int, label: str) -> Waiver:
    where = f"{label}: waiver {number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} must be a table of {', '.join(_KEYS)}")
    for key in entry:
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} (keys: {', '.join(_KEYS)})")
    for key in _REQUIRED:
        if entry.get(key) in (None, ""):
            raise ConfigError(f"{where}: missing {key!r}")
    if not entry.get("rule") and not entry.get("fingerprint"):
        raise ConfigError(f"{where}: needs a 'rule' or a 'fingerprint'")
    for key in ("rule", "url", "url_regex", "fingerprint", "reason", "approved_by"):
        if key in entry and not isinstance(entry[key], str):
            raise ConfigError(f"{where}: {key!r} must be a string")
    return Waiver(
        number=number,
        reason=entry["reason"],
        approved_by=entry["approved_by"],
        expires=_date(entry["expires"], where),
        rule=entry.get("rule"),
        url=entry.get("url"),
        url_regex=_regex(entry.get("url_regex"), where),
        fingerprint=entry.get("fingerprint"),
    )


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: 'expires' {value!r} is not a date (YYYY-MM-DD)") from None


def _regex(value: str | None, where: str) -> re.Pattern[str] | None:
    if value is None:
        return None
    try:
        return re.compile(value)
    except re.error as exc:
        raise ConfigError(f"{where}: 'url_regex' {value!r} is not a valid regex: {exc}") from None
