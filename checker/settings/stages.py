"""THE options table: every audit option once, as a field of its stage's settings.

A row says the option's name (the field), type and default (the annotation and the default),
flag, help, range or choices and the commands it belongs to (`option(...)`); its stage is the
dataclass it sits in. The CLI flags, `validate()`, the config keys (the flag's name with
underscores), the starter file of `init`, docs/cli.md and the README's options table are all
generated from here. To add an option, add a row to its stage (see ARCH-NOTES / README "Where
things go") and run `make docs`.

Each stage takes only its own slice (`config.crawl`, `config.content`, ...); AuditConfig is all
of them together, built flat (`AuditConfig(max_pages=5, no_browser=True)`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from checker.browser.viewport import DEFAULT_VIEWPORT, viewport_problem
from checker.model import Severity
from checker.settings.login import script_problem, step_problem
from checker.settings.option import AUDIT_ONLY, Setting, option
from checker.settings.thresholds import threshold_problem
from checker.settings.validate import validate

MIB = 1024 * 1024
FAIL_ON_CHOICES = (*(s.value for s in Severity), "never")
NOTIFY_FORMATS = ("json", "slack", "teams")  # shapes: checker.notify.SHAPES
# writers: checker.report.FORMATS
REPORT_FORMATS = ("html", "json", "csv", "junit", "sarif", "github", "gitlab", "markdown")
# WCAG engines: axe in checker/browser/axe.py, the others in checker.browser.engines.OPTIONAL
ENGINE_TITLES = {"axe": "axe-core", "ibm": "IBM Equal Access", "htmlcs": "HTML_CodeSniffer",
                 "checker": "clinic-checker checks"}
ENGINE_NAMES = tuple(ENGINE_TITLES)


def cores() -> int:
    """The cores this process may run on (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


MAX_PROCESSES = 64  # each worker process holds its own rule catalog (~100 MB)


def _processes_problem(count: int) -> str | None:
    return f"at most {MAX_PROCESSES}" if count > MAX_PROCESSES else None


def _regex_problem(pattern: str) -> str | None:
    import re

    try:
        re.compile(pattern)
    except re.error as exc:
        return f"{pattern!r} is not a valid regex: {exc}"
    return None


def _severity_problem(pair: tuple[str, str]) -> str | None:
    try:
        Severity.parse(pair[1])
    except ValueError as exc:
        return f"for {pair[0]}: {exc}"
    return None


SMTP_KEYS = ("host", "port", "from", "user", "password", "starttls")


def _smtp_problem(pair: tuple[str, str]) -> str | None:
    key, value = pair
    if key not in SMTP_KEYS:
        return f"unknown key {key!r} (keys: {', '.join(SMTP_KEYS)})"
    if key == "port" and not str(value).isdigit():
        return f"port {value!r} is not a whole number"
    return None


def _file_problem(path: Path) -> str | None:
    return None if Path(path).is_file() else f"{path}: no such file"


def _exists_problem(path: Path) -> str | None:
    return None if Path(path).exists() else f"{path}: no such file or folder"


@dataclass
class CrawlSettings:
    """What to audit and how to fetch it (checker/crawl)."""

    start: list[str] = option(factory=list, help="URLs, or one local folder of built HTML.",
                              example='["https://www.example-clinic.com/"]')
    site: str | None = option(None, flag="--site", commands=AUDIT_ONLY, metavar="NAME",
                              help="Audit this site of the config file (default, or `all`:"
                              " each of them in turn, into one history);"
                              " without sites in the file, the site's name in history"
                              " (default: the start host).", example='"production"')
    sitemaps: list[str] = option(factory=list, flag="--sitemap", metavar="URL",
                                 help="Seed the crawl from a sitemap or sitemap index"
                                 " (repeatable).",
                                 example='["https://www.example-clinic.com/sitemap.xml"]')
    urls_file: Path | None = option(None, flag="--urls", metavar="FILE", check=_file_problem,
                                    help="Audit exactly the URLs in FILE (one a line; UTF-8, or"
                                    " UTF-8/UTF-16 with a byte-order mark; a URL is at most"
                                    " 2,048 characters).",
                                    example='"urls.txt"')
    max_pages: int = option(500, flag="--max-pages", minimum=1, metavar="N",
                            help="Most pages audited: the first N in the order their links"
                                 " are found, the same pages whatever the timing.")
    max_depth: int | None = option(None, flag="--max-depth", minimum=0, metavar="N",
                                   help="Most links followed from a start URL (default: no"
                                   " limit).", example="5")
    allow_hosts: list[str] = option(factory=list, flag="--allow-host", metavar="HOST",
                                    help="Another host that is in scope (repeatable).",
                                    example='["cdn.example-clinic.com"]')
    include: list[str] = option(factory=list, flag="--include", metavar="REGEX",
                                check=_regex_problem, example='["/services/"]',
                                help="Only URLs matching one of these regexes (repeatable).")
    exclude: list[str] = option(factory=list, flag="--exclude", metavar="REGEX",
                                check=_regex_problem, example='["/calendar/"]',
                                help="Skip URLs matching this regex (repeatable).")
    max_urls_per_pattern: int = option(100, flag="--max-urls-per-pattern", minimum=1,
                                       metavar="N", help="Links of one shape (digits and query"
                                       " values erased) followed at most this many times: stops"
                                       " calendar and filter traps; sitemap and --urls entries"
                                       " are not capped.")
    ignore_robots: bool = option(False, flag="--ignore-robots", help="Ignore robots.txt (your"
                                 " own staging site only; the report says so).")
    delay: float = option(0.0, flag="--delay", minimum=0, metavar="SECONDS",
                          help="Seconds between requests to one host (not applied to loopback"
                          " or a local folder).")
    per_host_concurrency: int = option(2, flag="--per-host-concurrency", minimum=1, metavar="N",
                                       help="Requests in flight to one host at a time.")
    connect_timeout: float = option(10.0, flag="--connect-timeout", above=0, metavar="SECONDS",
                                    help="Seconds to wait for a connection.")
    read_timeout: float = option(30.0, flag="--read-timeout", above=0, metavar="SECONDS",
                                 help="Seconds to wait for the server between bytes.")
    max_body_bytes: int = option(10 * MIB, flag="--max-body-mb", above=0, scale=MIB,
                                 metavar="MB", help="Largest response body read, in MB.")
    retries: int = option(2, flag="--retries", minimum=0, metavar="N",
                          help="Retries of a request that failed on the network or with 429,"
                          " 502, 503 or 504.")
    headers: dict[str, str] = option(factory=dict, flag="--header", separator=":",
                                     metavar="'NAME: VALUE'", example='{ Authorization ='
                                     ' "env:STAGING_TOKEN" }', help="Send this header to the"
                                     " start URLs' origins only (scheme, host and port; an http"
                                     " start's https too); VALUE may be env:VAR to read it from"
                                     " the environment. Never stored.")
    cookies: dict[str, str] = option(factory=dict, flag="--cookie", separator="=",
                                     metavar="NAME=VALUE", example='{ session = "env:SESSION" }',
                                     help="Send this cookie to the start URLs' origins only, as"
                                     " --header; VALUE may be env:VAR. Never stored.")
    login: list[str] = option(factory=list, flag="--login", metavar="STEP",
                              check=step_problem, check_all=script_problem,
                              commands=AUDIT_ONLY,
                              example='["open https://staging.example-clinic.com/login",'
                              ' "fill #username with env:STAGING_USER",'
                              ' "fill #password with env:STAGING_PASSWORD",'
                              ' "click button[type=submit]", "wait for element .logout"]',
                              help="A login script for a site behind a form, one step per"
                              " value: open URL, fill SELECTOR with env:VAR, click SELECTOR,"
                              " wait for url URL|/path, wait for element SELECTOR. Each"
                              " browser session runs it before its first page and the crawler"
                              " gets its cookies; a page that shows the login form again is"
                              " a page error (not logged in). Logout links are not followed.")
    login_timeout: float = option(30.0, flag="--login-timeout", above=0, metavar="SECONDS",
                                  commands=AUDIT_ONLY,
                                  help="Seconds each step of the login script may take.")


@dataclass
class BrowserSettings:
    """The browser stage (checker/browser): sessions, page loads, screenshots."""

    no_browser: bool = option(False, flag="--no-browser",
                              help="Skip Chromium: content rules only, no WCAG checks.")
    workers: int = option(factory=lambda: 2 * (os.cpu_count() or 1), flag="--workers",
                          minimum=1, metavar="N", default_text="twice the number of cores",
                          example="4",
                          help="Pages in flight at once. Pages waiting for their server are"
                          " fetched ahead; local Chromium sessions are at most one a core"
                          " (fewer when memory is short), so more workers only fetch further"
                          " ahead; a Selenium Grid gets one session per worker.")
    chromium_path: str = option("/usr/bin/chromium", flag="--chromium", metavar="PATH",
                                help="The Chromium binary.")
    chromedriver_path: str = option("/usr/bin/chromedriver", flag="--chromedriver",
                                    metavar="PATH", help="The chromedriver binary.")
    webdriver_url: str | None = option(None, flag="--webdriver-url", metavar="URL",
                                       example='"http://grid.example:4444"',
                                       help="Remote WebDriver (Selenium Grid) URL.")
    page_timeout: float = option(30.0, flag="--page-timeout", minimum=1, metavar="SECONDS",
                                 help="Seconds for a page to load.")
    pages_per_session: int = option(200, flag="--pages-per-session", minimum=1, metavar="N",
                                    help="Pages a browser session serves before it is"
                                    " replaced.")
    screenshots: bool = option(True, flag="--screenshots/--no-screenshots",
                               help="Take screenshots of the pages that have findings (a"
                               " page with nothing to outline gets none).")
    block_trackers: bool = option(True, flag="--block-trackers/--no-block-trackers",
                                  help="Block requests to known tracker hosts while rendering.")
    viewport: str = option(DEFAULT_VIEWPORT, flag="--viewport", check=viewport_problem,
                           metavar="WxH|mobile",
                           help="Browser viewport in CSS pixels (target-size and"
                           " color-contrast depend on it), or a preset: desktop (1280x1024),"
                           " mobile (390x844, device scale 3, touch, mobile user agent).")
    engines: list[str] = option(factory=lambda: ["axe"], flag="--engine", choices=ENGINE_NAMES,
                                split=",", metavar="NAME",
                                help="WCAG engines run on the same render, repeatable or"
                                " comma-separated: axe, ibm (IBM Equal Access), htmlcs"
                                " (HTML_CodeSniffer), checker (our own checks of W3C failure"
                                " techniques: docs/checker-rules.md); findings they agree on"
                                " are merged. `make engines` installs ibm and htmlcs.")


@dataclass
class AxeSettings:
    """The WCAG profile axe-core runs with (checker/browser/axe.py, wcag.py)."""

    wcag_version: str = option("2.1", flag="--wcag", choices=("2.0", "2.1", "2.2"),
                               help="WCAG version of the axe profile.")
    level: str = option("AA", flag="--level", choices=("A", "AA", "AAA"),
                        help="WCAG conformance level of the axe profile.")
    best_practices: bool = option(False, flag="--best-practices",
                                  help="Add axe's best-practice rules.")
    axe_rules: list[str] = option(factory=list, flag="--rule", metavar="ID",
                                  example='["image-alt"]', help="Run only this axe rule id"
                                  " (repeatable; replaces the WCAG profile).")
    disable_axe_rules: list[str] = option(factory=list, flag="--disable-axe-rule", metavar="ID",
                                          example='["color-contrast"]',
                                          help="axe rule id to skip (repeatable).")
    axe_script: Path | None = option(None, flag="--axe-script", metavar="PATH",
                                     check=_file_problem, example='"axe.min.js"',
                                     help="A newer axe.min.js than the bundled one.")
    axe_timeout: float = option(60.0, flag="--axe-timeout", minimum=1, metavar="SECONDS",
                                help="Seconds for axe-core to finish on a page.")
    axe_preload_timeout: float = option(
        2.0, flag="--axe-preload-timeout", minimum=0, metavar="SECONDS",
        help="Longest wait for axe-core to load a page's stylesheets and media before it"
        " checks (axe's own default is 10 s, spent whole on a video that cannot load);"
        " 0 checks without preloading.")


@dataclass
class BrowserStageSettings(AxeSettings, BrowserSettings):
    """What the browser stage reads (checker/browser): its sessions and page loads, and the axe
    profile it runs in each page. `config.browser_stage`."""


@dataclass
class ContentSettings:
    """The content rules (checker/content, rules/*.yaml)."""

    rule_packs: list[Path] = option(factory=list, flag="--rules", metavar="PATH",
                                    check=_exists_problem, example='["rules/our-clinic.yaml"]',
                                    help="An extra content-rule pack (YAML file or folder;"
                                    " repeatable).")
    disable_rules: list[str] = option(factory=list, flag="--disable-rule", metavar="ID",
                                      example='["reading-level"]',
                                      help="Content rule id to skip (repeatable).")
    severity_overrides: dict[str, str] = option(
        factory=dict, flag="--severity-override", separator="=", metavar="RULE=SEVERITY",
        check=_severity_problem, example='{ reading-level = "minor" }',
        help="Report this content rule at another severity (repeatable).")
    content_processes: int = option(factory=lambda: cores(), flag="--content-processes",
                                    minimum=0, check=_processes_problem, metavar="N",
                                    default_text="number of cores",
                                    example="2", help="Processes that run the content rules"
                                    " in parallel (0 or 1: in the audit's own process), with"
                                    " --no-browser or --webdriver-url; with a local browser the"
                                    " rules run beside axe in the audit's process.")
    as_of: dt.date = option(factory=dt.date.today, flag="--as-of", metavar="YYYY-MM-DD",
                            default_text="today", example='"2026-11-25"',
                            help="Audit date for freshness rules and waiver expiry.")


@dataclass
class ReportSettings:
    """The report writers (checker/report)."""

    out: Path | None = option(None, flag="--out", metavar="DIR",
                              default_text="reports/<site>/<timestamp>/",
                              example='"reports/production"',
                              help="Report folder. By default each site's folder also gets"
                              " latest/ (the newest report) and index.html (every run).")
    formats: list[str] = option(factory=lambda: ["html", "json"], flag="--format",
                                choices=REPORT_FORMATS, split=",", metavar="FORMAT",
                                help="Report formats, repeatable or comma-separated.")
    pdf: bool = option(False, flag="--pdf",
                       help="Also print the report to report.pdf with Chromium.")
    source_map: dict[str, str] = option(
        factory=dict, flag="--source-map", separator="=", metavar="URL=FOLDER",
        example='{ "https://clinic.example/" = "public/" }',
        help="Pages under URL were built from the files in FOLDER: SARIF, GitHub and GitLab"
        " results then point at those files and lines (a folder audit does this by itself;"
        " repeatable).")


@dataclass
class GateSettings:
    """The gate (checker/gate): what fails the audit (exit 1)."""

    fail_on: str = option("serious", flag="--fail-on", choices=FAIL_ON_CHOICES,
                          help="Lowest severity that fails the gate (exit 1).")
    allow_page_errors: bool = option(False, flag="--allow-page-errors",
                                     help="Pages that could not be audited do not fail the"
                                     " gate.")
    thresholds: dict[str, int] = option(
        factory=dict, flag="--threshold", separator="=", metavar="max_SOURCE_SEVERITY=N",
        check=threshold_problem, example="{ max_wcag_serious = 0 }",
        help="At most N findings of that source at that severity or worse, e.g."
        " max_wcag_serious=0 (max_SEVERITY: any source; repeatable). A config file may also"
        " give them as top-level keys: max_wcag_serious = 0.")
    baseline: Path | None = option(None, flag="--baseline", metavar="FILE",
                                   commands=AUDIT_ONLY, example='"clinic-checker-baseline.json"',
                                   help="Only findings not in this baseline (`clinic-checker"
                                   " baseline RUN`) fail the gate.")
    waivers: Path | None = option(None, flag="--waivers", metavar="FILE", commands=AUDIT_ONLY,
                                  example='"waivers.yaml"', help="Waivers file (YAML or TOML):"
                                  " accepted findings, with expiry.")

    @property
    def fail_threshold(self) -> Severity | None:
        return None if self.fail_on == "never" else Severity.parse(self.fail_on)


@dataclass
class RunSettings:
    """How the run itself is kept and shown (checker/audit.py, checker/store, checker/cli)."""

    db: Path | None = option(None, flag="--db", metavar="FILE",
                             default_text=".clinic-checker/history.sqlite next to the config"
                             " file, else in the working directory",
                             example='".clinic-checker/history.sqlite"',
                             help="SQLite history of runs.")
    full: bool = option(False, flag="--full", help="Re-audit every page, even unchanged ones.")
    resume: bool = option(False, flag="--resume", commands=AUDIT_ONLY,
                          help="Carry on the site's unfinished run (after a crash or kill).")
    quiet: bool = option(False, flag="--quiet", short="-q", help="No progress output.")
    keep_runs: int | None = option(None, flag="--keep-runs", minimum=1, metavar="N",
                                   default_text="all", example="52",
                                   help="After the run, delete the site's runs beyond its"
                                   " newest N from the history, with their pages, findings and"
                                   " evidence; the summary names them. Report folders and"
                                   " sign-offs stay.")
    notify: list[str] = option(factory=list, flag="--notify", metavar="URL",
                               commands=AUDIT_ONLY, example='["env:SLACK_WEBHOOK_URL"]',
                               help="After the run, post a summary (verdict, counts, new"
                               " findings, report path) to this webhook when something changed"
                               " since the previous run; URL may be env:VAR (repeatable).")
    notify_format: str = option("json", flag="--notify-format", choices=NOTIFY_FORMATS,
                                commands=AUDIT_ONLY, help="Shape of the notification: our"
                                " JSON, or what Slack or Microsoft Teams incoming webhooks"
                                " accept.")
    notify_always: bool = option(False, flag="--notify-always", commands=AUDIT_ONLY,
                                 help="Notify after every run, changed or not.")
    notify_email: list[str] = option(factory=list, flag="--notify-email", metavar="ADDRESS",
                                     commands=AUDIT_ONLY, example='["web-team@clinic.example"]',
                                     help="Also mail the summary to this address, over the"
                                     " `smtp` settings (repeatable).")
    smtp: dict[str, str] = option(factory=dict, flag="--smtp", separator="=", metavar="KEY=VALUE",
                                  commands=AUDIT_ONLY, check=_smtp_problem,
                                  example='{ host = "smtp.clinic.example", port = "587",'
                                  ' from = "audit@clinic.example", user = "audit",'
                                  ' password = "env:SMTP_PASSWORD", starttls = "true" }',
                                  help="Mail server for --notify-email: host (default"
                                  " localhost), port (25), from, user, password (env:VAR),"
                                  " starttls (true/false).")


STAGES: dict[str, type] = {
    "crawl": CrawlSettings, "browser": BrowserSettings, "axe": AxeSettings,
    "content": ContentSettings, "report": ReportSettings, "gate": GateSettings,
    "run": RunSettings,
}
_SECRETS = ("headers", "cookies", "smtp")
_SECRET_LISTS = ("notify",)


@dataclass
class AuditConfig(RunSettings, GateSettings, ReportSettings, ContentSettings,
                  BrowserStageSettings, CrawlSettings):
    """Every stage's settings together (fields in stage order: crawl first). A stage is handed
    its own slice: `config.crawl`, `config.browser`, `config.axe`, `config.content`, ..."""

    def validate(self) -> AuditConfig:
        """Raise OptionError (a ConfigError) naming the first bad option; else return self."""
        validate(self, settings_table())
        return self

    def _slice(self, stage: type) -> Any:
        return stage(**{f.name: getattr(self, f.name) for f in fields(stage)})

    @property
    def crawl(self) -> CrawlSettings:
        return self._slice(CrawlSettings)

    @property
    def browser(self) -> BrowserSettings:
        return self._slice(BrowserSettings)

    @property
    def axe(self) -> AxeSettings:
        return self._slice(AxeSettings)

    @property
    def browser_stage(self) -> BrowserStageSettings:
        return self._slice(BrowserStageSettings)

    @property
    def content(self) -> ContentSettings:
        return self._slice(ContentSettings)

    @property
    def report(self) -> ReportSettings:
        return self._slice(ReportSettings)

    @property
    def gate(self) -> GateSettings:
        return self._slice(GateSettings)

    @classmethod
    def from_public_options(cls, options: dict[str, Any]) -> AuditConfig:
        """The settings a run was made with, read back from what public_options kept, enough
        to write its reports again: secrets stay out, and a value that no longer reads
        keeps its default."""
        from checker.settings.coerce import BadValue, coerce

        values: dict[str, Any] = {}
        for row in settings_table():
            value = options.get(row.name)
            if value is None or row.name in _SECRETS + _SECRET_LISTS:
                continue
            try:
                values[row.name] = coerce(value, row.hint)
            except BadValue:
                continue
        return cls(**values)

    def public_options(self) -> dict[str, Any]:
        """The options as stored with a run and printed in reports: secrets are masked."""
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _SECRETS:
                value = {k: "***" for k in value}
            elif f.name in _SECRET_LISTS:  # a webhook URL carries its token: keep env:NAME only
                value = [v if v.startswith("env:") else "***" for v in value]
            elif isinstance(value, Path):
                value = str(value)
            elif isinstance(value, list):
                value = [str(v) if isinstance(v, Path) else v for v in value]
            elif isinstance(value, dt.date):
                value = value.isoformat()
            data[f.name] = value
        return data


def settings_table() -> list[Setting]:
    """Every row, in stage order."""
    import typing

    hints = typing.get_type_hints(AuditConfig)
    rows = []
    for stage, cls in STAGES.items():
        for f in dataclasses.fields(cls):
            rows.append(Setting(f.name, stage, hints[f.name], f, f.metadata["option"]))
    return rows


def setting(name: str) -> Setting:
    return next(s for s in settings_table() if s.name == name)

