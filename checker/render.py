"""The render stage: load one page in a browser session, run axe on it, and return the
rendered DOM, its title and its links. The same load feeds axe, the content rules and link
discovery."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from selenium.common.exceptions import (
    InvalidSessionIdException,
    NoSuchWindowException,
    TimeoutException,
    UnexpectedAlertPresentException,
    WebDriverException,
)

from checker.browser import BrowserPool, Session
from checker.config import AuditConfig
from checker.wcag import AxeError, run_axe


class SessionBroken(RuntimeError):
    """The session died or hung: throw it away and retry the page once in a fresh one."""


@dataclass
class Rendered:
    url: str
    final_url: str
    title: str
    html: str
    links: list[str]
    axe: dict[str, Any] | None = None
    screenshot_png: bytes | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)


_DOM_SCRIPT = """
return {
  url: location.href,
  title: document.title || '',
  html: document.documentElement ? document.documentElement.outerHTML : '',
  links: Array.from(document.querySelectorAll('a[href], area[href]')).map(a => a.href),
};
"""

_DEAD_SESSION = (InvalidSessionIdException, NoSuchWindowException)


def render_page(session: Session, url: str, config: AuditConfig) -> Rendered:
    """Load `url` and audit it. Page-level problems come back as `Rendered.error`; a dead or
    hung session raises SessionBroken."""
    driver = session.driver
    session.pages_served += 1
    try:
        driver.get(url)
    except TimeoutException:
        _stop_loading(session)
        return Rendered(url, url, "", "", [], error=(
            f"page did not finish loading within {config.page_timeout:g} s"
        ))
    except UnexpectedAlertPresentException:
        pass  # dismissed by the session's prompt behaviour; the page is still audited
    except _DEAD_SESSION as exc:
        raise SessionBroken(_first_line(exc)) from exc
    except WebDriverException as exc:
        return _classify_load_error(url, exc)
    try:
        dom = driver.execute_script(_DOM_SCRIPT)
        axe = None if config.no_browser else run_axe(driver, config)
        shot = _screenshot(driver) if config.screenshots else None
    except TimeoutException as exc:
        raise SessionBroken("page scripts did not answer (hung renderer)") from exc
    except AxeError as exc:
        return Rendered(url, url, "", "", [], error=str(exc))
    except _DEAD_SESSION as exc:
        raise SessionBroken(_first_line(exc)) from exc
    except WebDriverException as exc:
        if "crash" in str(exc).lower() or "disconnected" in str(exc).lower():
            raise SessionBroken(_first_line(exc)) from exc
        return Rendered(url, url, "", "", [], error=f"browser error: {_first_line(exc)}")
    return Rendered(
        url=url,
        final_url=dom["url"],
        title=dom["title"],
        html=dom["html"],
        links=[link for link in dom["links"] if isinstance(link, str)],
        axe=axe,
        screenshot_png=shot,
    )


def render_with_retry(pool: BrowserPool, url: str, config: AuditConfig) -> Rendered:
    """A page that kills its session is retried once in a fresh session, then recorded."""
    reason = ""
    for _attempt in range(2):
        session = pool.acquire()
        try:
            rendered = render_page(session, url, config)
        except SessionBroken as exc:
            pool.discard(session)
            reason = str(exc)
            continue
        pool.release(session)
        return rendered
    return Rendered(url, url, "", "", [], error=f"browser session crashed twice: {reason}")


def _screenshot(driver: Any) -> bytes | None:
    try:
        data = driver.execute_cdp_cmd(
            "Page.captureScreenshot",
            {"format": "jpeg", "quality": 60, "captureBeyondViewport": False},
        )
        return base64.b64decode(data["data"])
    except (WebDriverException, KeyError, AttributeError):
        return None


def _stop_loading(session: Session) -> None:
    try:
        session.driver.execute_script("window.stop();")
    except WebDriverException:
        pass


def _classify_load_error(url: str, exc: WebDriverException) -> Rendered:
    text = _first_line(exc)
    lowered = text.lower()
    if "crash" in lowered or "disconnected" in lowered:
        raise SessionBroken(text) from exc
    if "err_too_many_redirects" in lowered:
        text = "redirect loop (too many redirects)"
    return Rendered(url, url, "", "", [], error=f"browser could not load the page: {text}")


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "msg", None) or str(exc)
    lines = message.strip().splitlines()
    return lines[0][:300] if lines else type(exc).__name__
