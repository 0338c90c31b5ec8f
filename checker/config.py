"""AuditConfig: every option of an audit, its default, and its validation.

The CLI and config files both produce an AuditConfig; every stage reads only the fields it
needs. A bad value raises ConfigError with one line that names the option and how to mend it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from checker.model import Severity

FAIL_ON_CHOICES = ("critical", "serious", "moderate", "minor", "never")
WCAG_VERSIONS = ("2.0", "2.1", "2.2")
WCAG_LEVELS = ("A", "AA", "AAA")
REPORT_FORMATS = ("html", "json", "csv", "junit", "sarif")  # checker.report.FORMATS


class ConfigError(ValueError):
    """A usage or configuration error: the CLI prints it as one line and exits 2."""


SOURCES = ("wcag", "content")
_THRESHOLD_KEY = re.compile(
    r"^max_(?:(wcag|content)_)?(critical|serious|moderate|minor)$"
)


def parse_threshold_key(key: str) -> tuple[str | None, Severity] | None:
    """`max_wcag_serious` -> ("wcag", SERIOUS); `max_serious` -> (None, SERIOUS) for any
    source; None when the key is not a threshold."""
    match = _THRESHOLD_KEY.match(key)
    if match is None:
        return None
    return match.group(1), Severity(match.group(2))


@dataclass
class AuditConfig:
    # what to audit
    start: list[str] = field(default_factory=list)  # URLs, or one local folder
    site: str | None = None  # a name for the site in history; default: the start host
    sitemaps: list[str] = field(default_factory=list)
    urls_file: Path | None = None  # audit exactly these URLs, no crawling beyond them
    # scope
    max_pages: int = 500
    max_depth: int | None = None
    allow_hosts: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)  # regexes a URL must match (any)
    exclude: list[str] = field(default_factory=list)  # regexes that drop a URL
    # links of one shape (digits and query values erased) followed at most this many times:
    # stops calendar and filter traps; sitemap and --urls entries are not capped
    max_urls_per_pattern: int = 100
    # fetching and politeness
    ignore_robots: bool = False
    delay: float = 0.0  # seconds between requests to one non-loopback host
    per_host_concurrency: int = 2
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_body_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    headers: dict[str, str] = field(default_factory=dict)  # secrets: never stored or printed
    cookies: dict[str, str] = field(default_factory=dict)  # secrets: never stored or printed
    # browser stage
    no_browser: bool = False
    workers: int = field(default_factory=lambda: os.cpu_count() or 2)
    chromium_path: str = "/usr/bin/chromium"
    chromedriver_path: str = "/usr/bin/chromedriver"
    webdriver_url: str | None = None
    page_timeout: float = 30.0  # seconds for a page to load in the browser
    axe_timeout: float = 60.0
    pages_per_session: int = 50  # a session is recycled after this many pages
    screenshots: bool = True
    block_trackers: bool = True
    # WCAG profile
    wcag_version: str = "2.1"
    level: str = "AA"
    best_practices: bool = False
    axe_rules: list[str] = field(default_factory=list)  # only these axe rule ids
    disable_axe_rules: list[str] = field(default_factory=list)
    axe_script: Path | None = None
    # content rules
    rule_packs: list[Path] = field(default_factory=list)  # extra packs (--rules PATH)
    disable_rules: list[str] = field(default_factory=list)
    severity_overrides: dict[str, str] = field(default_factory=dict)
    as_of: dt.date = field(default_factory=dt.date.today)
    # store, gate and outputs
    out: Path | None = None
    db: Path | None = None
    fail_on: str = "serious"
    allow_page_errors: bool = False
    thresholds: dict[str, int] = field(default_factory=dict)  # e.g. max_wcag_serious: 0
    baseline: Path | None = None
    waivers: Path | None = None
    formats: list[str] = field(default_factory=lambda: ["html", "json"])
    pdf: bool = False
    full: bool = False  # ignore earlier runs: render every page again
    resume: bool = False
    quiet: bool = False

    def validate(self) -> AuditConfig:
        """Raise ConfigError naming the first bad option; return self when all is well."""
        if self.max_pages < 1:
            raise ConfigError(f"--max-pages must be at least 1, got {self.max_pages}")
        if self.max_depth is not None and self.max_depth < 0:
            raise ConfigError(f"--max-depth must be 0 or more, got {self.max_depth}")
        if self.workers < 1:
            raise ConfigError(f"--workers must be at least 1, got {self.workers}")
        if self.fail_on not in FAIL_ON_CHOICES:
            raise ConfigError(
                f"--fail-on {self.fail_on!r} is not one of: {', '.join(FAIL_ON_CHOICES)}"
            )
        if self.wcag_version not in WCAG_VERSIONS:
            raise ConfigError(
                f"--wcag {self.wcag_version!r} is not one of: {', '.join(WCAG_VERSIONS)}"
            )
        if self.level not in WCAG_LEVELS:
            raise ConfigError(f"--level {self.level!r} is not one of: {', '.join(WCAG_LEVELS)}")
        for name, value in (("--delay", self.delay), ("--page-timeout", self.page_timeout)):
            if value < 0:
                raise ConfigError(f"{name} must be 0 or more, got {value}")
        for option, patterns in (("--include", self.include), ("--exclude", self.exclude)):
            for pattern in patterns:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ConfigError(f"{option} {pattern!r} is not a valid regex: {exc}") from None
        for rule_id, severity in self.severity_overrides.items():
            try:
                Severity.parse(severity)
            except ValueError as exc:
                raise ConfigError(f"severity override for {rule_id}: {exc}") from None
        for key, limit in self.thresholds.items():
            if parse_threshold_key(key) is None:
                raise ConfigError(f"unknown threshold {key!r}: use max_SEVERITY or"
                                  " max_SOURCE_SEVERITY, e.g. max_wcag_serious")
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
                raise ConfigError(f"threshold {key} must be 0 or more, got {limit!r}")
        if self.axe_script is not None and not Path(self.axe_script).is_file():
            raise ConfigError(f"--axe-script {self.axe_script}: no such file")
        for fmt in self.formats:
            if fmt not in REPORT_FORMATS:
                raise ConfigError(
                    f"report format {fmt!r} is not one of: {', '.join(REPORT_FORMATS)}"
                )
        return self

    @property
    def fail_threshold(self) -> Severity | None:
        return None if self.fail_on == "never" else Severity.parse(self.fail_on)

    def public_options(self) -> dict[str, Any]:
        """The options as stored with a run and printed in reports: secrets are masked."""
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("headers", "cookies"):
                value = {k: "***" for k in value}
            elif isinstance(value, Path):
                value = str(value)
            elif isinstance(value, list):
                value = [str(v) if isinstance(v, Path) else v for v in value]
            elif isinstance(value, dt.date):
                value = value.isoformat()
            data[f.name] = value
        return data
