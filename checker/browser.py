"""Chromium sessions: start one (local chromedriver or a remote WebDriver), load a page in it,
and keep a pool of them that worker threads borrow.

A session that crashes, hangs or has served `pages_per_session` pages is replaced; a page that
kills its session is retried once in a fresh one by the caller.
"""

from __future__ import annotations

import os
import queue
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

from checker.config import AuditConfig

# Flags that work on a root, offline Debian machine (see design.md). Without the
# background-networking flags Chromium's own connections are refused many at a time.
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--hide-scrollbars",
    "--window-size=1280,1024",
)

# Hosts whose requests the browser never sends: an audit leaves no trace in a clinic's
# analytics. The tracker content rule still reads them from the markup.
TRACKER_URL_PATTERNS = (
    "*connect.facebook.net*",
    "*facebook.com/tr*",
    "*googletagmanager.com*",
    "*google-analytics.com*",
    "*analytics.google.com*",
    "*doubleclick.net*",
    "*analytics.tiktok.com*",
    "*snap.licdn.com*",
    "*px.ads.linkedin.com*",
    "*bat.bing.com*",
    "*hotjar.com*",
    "*js.hs-scripts.com*",
    "*js.hs-analytics.net*",
    "*sc-static.net*",
    "*tr.snapchat.com*",
    "*ct.pinterest.com*",
    "*s.pinimg.com*",
    "*criteo.com*",
    "*criteo.net*",
    "*clarity.ms*",
    "*segment.com*",
    "*mixpanel.com*",
)


class BrowserUnavailable(RuntimeError):
    """Chromium or chromedriver is missing or will not start: the audit cannot run (exit 3)."""


@dataclass
class Session:
    """One WebDriver session and what it has done."""

    driver: webdriver.Remote
    profile_dir: str | None
    pages_served: int = 0

    def quit(self) -> None:
        try:
            self.driver.quit()
        except Exception:  # noqa: BLE001 - a dead session may fail to quit in many ways
            pass
        if self.profile_dir:
            shutil.rmtree(self.profile_dir, ignore_errors=True)


def check_browser_installed(config: AuditConfig) -> None:
    """Raise BrowserUnavailable with the install command when the local browser is missing."""
    if config.webdriver_url:
        return
    hint = "install it with: apt-get install -y chromium chromium-driver"
    if not Path(config.chromium_path).exists() and not shutil.which("chromium"):
        raise BrowserUnavailable(f"Chromium not found at {config.chromium_path}; {hint}")
    if not Path(config.chromedriver_path).exists():
        raise BrowserUnavailable(
            f"chromedriver not found at {config.chromedriver_path}; {hint} "
            "(or give its path with --chromedriver)"
        )


def chrome_options(config: AuditConfig, profile_dir: str | None) -> Options:
    options = Options()
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    if profile_dir:
        options.add_argument(f"--user-data-dir={profile_dir}")
    if not config.webdriver_url and Path(config.chromium_path).exists():
        options.binary_location = config.chromium_path
    # "eager" would let axe run before images load; "normal" waits for load, bounded by the
    # page-load timeout, which is what a user sees.
    options.page_load_strategy = "normal"
    # Dialogs never stall a worker: the driver dismisses them and reports them afterwards.
    options.set_capability("unhandledPromptBehavior", "dismiss and notify")
    return options


def start_session(config: AuditConfig) -> Session:
    """A fresh Chromium session with its own profile directory."""
    profile_dir = None if config.webdriver_url else tempfile.mkdtemp(prefix="clinic-checker-")
    options = chrome_options(config, profile_dir)
    try:
        if config.webdriver_url:
            driver = webdriver.Remote(command_executor=config.webdriver_url, options=options)
        else:
            service = Service(executable_path=config.chromedriver_path, log_output=os.devnull)
            driver = webdriver.Chrome(service=service, options=options)
    except WebDriverException as exc:
        if profile_dir:
            shutil.rmtree(profile_dir, ignore_errors=True)
        first_line = (exc.msg or str(exc)).strip().splitlines()[0:1]
        raise BrowserUnavailable(
            f"could not start Chromium: {first_line[0] if first_line else exc!r}"
        ) from exc
    driver.set_page_load_timeout(config.page_timeout)
    driver.set_script_timeout(config.axe_timeout)
    _install_page_guards(driver, config)
    return Session(driver=driver, profile_dir=profile_dir)


# Runs before any page script: dialogs and popups return at once instead of blocking, and
# beforeunload prompts are never shown.
_GUARD_SCRIPT = """
window.alert = function () {};
window.confirm = function () { return true; };
window.prompt = function () { return null; };
window.print = function () {};
window.open = function () { return null; };
window.addEventListener('beforeunload', function (e) { e.stopImmediatePropagation(); }, true);
Object.defineProperty(window, 'onbeforeunload', { set: function () {}, get: function () { return null; } });
"""


def _install_page_guards(driver: webdriver.Remote, config: AuditConfig) -> None:
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _GUARD_SCRIPT})
        if config.block_trackers:
            driver.execute_cdp_cmd("Network.enable", {})
            driver.execute_cdp_cmd(
                "Network.setBlockedURLs", {"urls": list(TRACKER_URL_PATTERNS)}
            )
    except (WebDriverException, AttributeError):
        # A remote grid may not expose CDP: the unhandledPromptBehavior capability still
        # keeps dialogs from stalling the session.
        pass


class BrowserPool:
    """Up to `size` sessions shared by worker threads. Sessions start lazily."""

    def __init__(self, config: AuditConfig, size: int | None = None):
        self.config = config
        self.size = size or config.workers
        self._idle: queue.LifoQueue[Session] = queue.LifoQueue()
        self._all: set[int] = set()
        self._sessions: list[Session] = []
        self._lock = threading.Lock()
        self.sessions_started = 0
        self.sessions_replaced = 0

    def __enter__(self) -> BrowserPool:
        check_browser_installed(self.config)
        # Start one session up front so a broken browser fails the audit before crawling.
        self.release(self._start())
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> Session:
        session = start_session(self.config)
        with self._lock:
            self.sessions_started += 1
            self._sessions.append(session)
        return session

    def acquire(self) -> Session:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return self._start()

    def release(self, session: Session) -> None:
        """Return a healthy session; one that served its quota is replaced."""
        if session.pages_served >= self.config.pages_per_session:
            self.discard(session)
            return
        self._idle.put(session)

    def discard(self, session: Session) -> None:
        """Throw away a session that crashed, hung or served its quota."""
        with self._lock:
            self.sessions_replaced += 1
            if session in self._sessions:
                self._sessions.remove(session)
        threading.Thread(target=session.quit, daemon=True).start()

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.quit()
