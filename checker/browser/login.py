"""Run the login script (checker.settings.login) in a Chromium session.

Each session of the pool logs in before its first page (and a replacement session after a
crash or its page quota logs in again); the crawler's cookies come from one more login
(checker.audit). A login that fails is recorded on the session: every page it would have
audited is a page error "not logged in", never a login form audited as the page.

Nothing typed into a field is ever put into a message: a failed step is named by its number
and its text as written (`fill #password with env:STAGING_PASSWORD`), and the reason is our
own words, not the driver's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from selenium.common.exceptions import (
    ElementNotInteractableException,
    InvalidSelectorException,
    TimeoutException,
    WebDriverException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from checker.browser.guard import RequestPolicy, same_page
from checker.browser.pool import (
    DEADLINE_SLACK,
    Session,
    check_browser_installed,
    start_session,
)
from checker.settings import BrowserStageSettings
from checker.settings.login import LoginScript, LoginStep
from checker.settings.secrets import resolve_secret

LOGIN_FAILED = "login_failed"  # Session.state key: why this session is not logged in


class LoginFailed(RuntimeError):
    """A step of the login script failed; str() names the step, never a value."""


def log_in(session: Session, script: LoginScript) -> None:
    """Run every step in `session`; raise LoginFailed at the first that fails."""
    if session.interceptor is not None:
        # No page under audit: the login's own navigations (form posts, redirects) are not
        # held as a page's would be; every request still passes the guard and the scope.
        session.interceptor.begin_page("")
    for number, step in enumerate(script.steps, 1):
        try:
            # Each WebDriver command is bounded by the session's own deadline (a page load
            # by --page-timeout); a wait polls with short commands until `timeout`.
            _run_step(session, step, script.timeout)
        except TimeoutException:
            raise LoginFailed(f"login step {number} ({step.text}) did not happen within"
                              f" {script.timeout:g} s") from None
        except InvalidSelectorException:
            raise LoginFailed(f"login step {number} ({step.text}): not a valid CSS selector"
                              ) from None
        except ElementNotInteractableException:
            raise LoginFailed(f"login step {number} ({step.text}): the element cannot be"
                              " used (hidden or disabled?)") from None
        except WebDriverException as exc:
            raise LoginFailed(f"login step {number} ({step.text}) failed in the browser"
                              f" ({type(exc).__name__})") from None
        except Exception as exc:  # noqa: BLE001 - a hung or dead browser: no use for pages
            session.broken = True
            raise LoginFailed(f"login step {number} ({step.text}): the browser stopped"
                              f" answering ({type(exc).__name__})") from None


def session_login(script: LoginScript) -> Callable[[Session], None]:
    """The pool's `prepare` hook: log a new session in; a failed login is kept on the
    session (login_failure), so each page it is handed is reported not logged in."""
    def prepare(session: Session) -> None:
        try:
            log_in(session, script)
        except LoginFailed as exc:
            session.state[LOGIN_FAILED] = str(exc)
    return prepare


def login_failure(session: Session) -> str | None:
    """Why pages of this session are not logged in, or None."""
    why = session.state.get(LOGIN_FAILED)
    return why if isinstance(why, str) else None


def browser_cookies(session: Session) -> list[dict[str, Any]]:
    """The session's cookies as WebDriver gives them (name, value, domain, secure, ...)."""
    with session.deadline(DEADLINE_SLACK):
        cookies = session.driver.get_cookies()
    return [c for c in cookies if isinstance(c, dict)]


def _run_step(session: Session, step: LoginStep, timeout: float) -> None:
    driver = session.driver
    wait = WebDriverWait(driver, timeout, poll_frequency=0.1)
    if step.action == "open":
        driver.get(step.target)
    elif step.action == "fill":
        field = wait.until(expected_conditions.visibility_of_element_located(
            (By.CSS_SELECTOR, step.target)))
        field.clear()
        field.send_keys(resolve_secret(step.value or ""))
    elif step.action == "click":
        wait.until(expected_conditions.element_to_be_clickable(
            (By.CSS_SELECTOR, step.target))).click()
    elif step.action == "wait-element":
        wait.until(expected_conditions.presence_of_element_located(
            (By.CSS_SELECTOR, step.target)))
    else:
        wait.until(lambda d: url_reached(d.current_url, step.target))


def url_reached(current: str, expected: str) -> bool:
    """`wait for url`: the browser shows that URL (a /path: that path, and that query when
    one is given, on any origin)."""
    if expected.startswith("/"):
        shown, wanted = urlsplit(current), urlsplit(expected)
        return shown.path == wanted.path and (not wanted.query or shown.query == wanted.query)
    return same_page(current, expected)


def crawler_login(config: BrowserStageSettings, policy: RequestPolicy,
                  script: LoginScript) -> list[dict[str, Any]]:
    """Log in once in a session of its own and return its cookies, for the crawler's
    requests session. Raises LoginFailed (or BrowserUnavailable: no browser, no login)."""
    check_browser_installed(config)
    session = start_session(config, policy)
    try:
        log_in(session, script)
        return browser_cookies(session)
    finally:
        session.quit()
