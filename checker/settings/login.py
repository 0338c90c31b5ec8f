"""The login script of a staging site behind a form: a list of pa11y-style steps, read once.

    login = [
      "open https://staging.example-clinic.com/login",
      "fill #username with env:STAGING_USER",
      "fill #password with env:STAGING_PASSWORD",
      "click button[type=submit]",
      "wait for url https://staging.example-clinic.com/account",   # or: wait for element .logout
    ]

Steps: `open URL`, `fill SELECTOR with env:VAR` (values come from the environment, with the one
secret syntax of checker.settings.secrets, so a password is never in a config file, a stored
option or a report), `click SELECTOR`, `wait for url URL-or-/path`, `wait for element
SELECTOR`. The script starts with `open` and ends with a `wait for`: that wait is how the audit
knows the login worked. Each step may take `login_timeout` seconds. The browser runs it
(checker.browser.login); this module only parses and checks it, with one-line problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from checker.settings.secrets import env_name

Action = Literal["open", "fill", "click", "wait-url", "wait-element"]
STEP_FORMS = ("open URL", "fill SELECTOR with env:VAR", "click SELECTOR", "wait for url URL",
              "wait for element SELECTOR")
_STEP = re.compile(
    r"^(?:(?P<open>open)\s+(?P<url>\S+)"
    r"|(?P<fill>fill)\s+(?P<field>.+?)\s+with\s+(?P<value>\S+)"
    r"|(?P<click>click)\s+(?P<button>.+)"
    r"|wait\s+for\s+(?:(?P<waiturl>url)\s+(?P<until>\S+)|(?P<waitel>element)\s+(?P<el>.+)))$",
    re.IGNORECASE)


@dataclass(frozen=True)
class LoginStep:
    """One step: what to do, on what (a URL, a CSS selector, or a URL or path to wait for), and
    for `fill` the env:VAR reference its value is read from (never the value itself)."""

    action: Action
    target: str
    value: str | None = None

    @property
    def text(self) -> str:
        """The step as written (safe to show: it holds no secret)."""
        words = {"open": "open", "fill": "fill", "click": "click", "wait-url": "wait for url",
                 "wait-element": "wait for element"}[self.action]
        return f"{words} {self.target}" + (f" with {self.value}" if self.value else "")


@dataclass(frozen=True)
class LoginScript:
    steps: tuple[LoginStep, ...]
    timeout: float

    @property
    def login_url(self) -> str:
        """The login page: the script's first `open`."""
        return self.steps[0].target

    @property
    def form_selectors(self) -> tuple[str, ...]:
        """The fields the script fills: a page that has all of them shows the login form."""
        return tuple(s.target for s in self.steps if s.action == "fill")

    @property
    def variables(self) -> tuple[str, ...]:
        """The environment variables the script reads."""
        return tuple(name for s in self.steps if (name := env_name(s.value or "")))


def parse_step(text: str) -> LoginStep:
    """One step, or ValueError with a one-line reason (never quoting a secret: a `fill` whose
    value is not env:VAR is refused without showing the value)."""
    match = _STEP.match(" ".join(str(text).split()))
    if match is None:
        raise ValueError(f"{_shown(text)!r} is not a login step (steps: "
                         f"{'; '.join(STEP_FORMS)})")
    if match["open"]:
        url = match["url"]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"open {url!r}: give an http(s) URL")
        if parts.username or parts.password:
            raise ValueError("open: a URL with user:password@ would keep the password in"
                             " the config; fill the form from env:VAR instead")
        return LoginStep("open", url)
    if match["fill"]:
        if env_name(match["value"]) is None:
            raise ValueError(f"fill {match['field']}: the value must come from the"
                             " environment, as env:VAR (value not shown)")
        return LoginStep("fill", match["field"], match["value"])
    if match["click"]:
        return LoginStep("click", match["button"])
    if match["waiturl"]:
        until = match["until"]
        if not until.startswith("/") and urlsplit(until).scheme not in ("http", "https"):
            raise ValueError(f"wait for url {until!r}: give an http(s) URL or a /path")
        return LoginStep("wait-url", until)
    return LoginStep("wait-element", match["el"])


def _shown(text: str) -> str:
    """A step that did not parse, by its first word only: a mistyped fill may carry a
    literal password, which no message repeats."""
    words = str(text).split()
    return (words[0][:40] + (" ..." if len(words) > 1 else "")) if words else ""


def step_problem(text: str) -> str | None:
    """The options table's check of one step."""
    try:
        parse_step(text)
    except ValueError as exc:
        return str(exc)
    return None


def script_problem(steps: list[str]) -> str | None:
    """The options table's check of the whole script (each step is checked on its own)."""
    if not steps:
        return None
    try:
        parsed = [parse_step(s) for s in steps]
    except ValueError:
        return None  # named by step_problem
    if parsed[0].action != "open":
        return "the login script must start with `open URL` (the login page)"
    if not parsed[-1].action.startswith("wait"):
        return ("the login script must end with `wait for url ...` or `wait for element"
                " ...`: that is how the audit knows the login worked")
    return None


def login_script(steps: list[str], timeout: float) -> LoginScript | None:
    """The parsed script of a validated config, or None without one."""
    if not steps:
        return None
    return LoginScript(tuple(parse_step(s) for s in steps), timeout)
