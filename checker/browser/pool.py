"""Chromium sessions: start one (local chromedriver or a remote WebDriver), keep a pool of them
that worker threads borrow, and get rid of one that crashed or hung without waiting on it.

A session that crashes, hangs or has served `pages_per_session` pages is replaced; a page that
kills its session is retried once in a fresh one by the caller (checker.browser.render).

Why so much care about hangs: a page with an infinite script loop freezes its renderer, and
every WebDriver call into that page then blocks inside chromedriver. Two fences keep a worker
from waiting forever: chromedriver's own page-load and script timeouts, and below them the HTTP
read timeout of our WebDriver client (a deadline per command, see `Session.deadline`). A session
that missed a deadline is killed (its chromedriver and the whole Chromium process tree, SIGKILL)
rather than asked to quit, because asking would block too.
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.chromium.remote_connection import ChromiumRemoteConnection
from selenium.webdriver.remote.client_config import ClientConfig

from checker.browser.devtools import DevToolsError, devtools_endpoint
from checker.browser.guard import TRACKER_URL_PATTERNS, RequestInterceptor, RequestPolicy
from checker.browser.viewport import MOBILE_USER_AGENT, Viewport, parse_viewport
from checker.settings import BrowserStageSettings

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
)

# Browser work no audit reads, off: background-tab throttling (axe's finishRun runs in a
# background tab), crash and hang reporting, phishing and translation scans of each page,
# pings and metrics, the back-forward cache (a page left is kept alive for nothing). In
# interleaved runs on bench/clinic_theme.py's pages (two sessions, the same pages, which
# first alternating) Chromium spent 3-4 % less CPU a page with these, and every page's
# findings were the same (bench/README.md, "Third round"). Lazy frame loading stays on: a
# lazy iframe is audited as a visitor gets it. bench/bare_axe.py's reference loop keeps
# CHROMIUM_FLAGS alone, as a user's script would.
LEAN_FLAGS = (
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
    "--disable-renderer-backgrounding",
    "--disable-ipc-flooding-protection",
    "--disable-hang-monitor",
    "--disable-breakpad",
    "--disable-client-side-phishing-detection",
    "--disable-domain-reliability",
    "--metrics-recording-only",
    "--no-pings",
    "--password-store=basic",
    "--use-mock-keychain",
    "--disable-features=Translate,OptimizationHints,MediaRouter,BackForwardCache,"
    "InterestFeedContentSuggestions,CalculateNativeWinOcclusion,HeavyAdPrivacyMitigations",
)

# Slack on top of chromedriver's own timeouts before a command counts as hung: chromedriver
# answers a timed-out navigation or script a moment after its own timeout fires.
DEADLINE_SLACK = 10.0
# Deadline for small commands (a short script, a frame switch, a window handle).
SHORT_DEADLINE = 15.0
# Deadline for starting a session (Chromium's first start on a cold disk is slow).
START_DEADLINE = 60.0
# How often a page waiting for a session looks again (a release is seen at once).
_IDLE_POLL = 0.05


class BrowserUnavailable(RuntimeError):
    """Chromium or chromedriver is missing or will not start: the audit cannot run (exit 3)."""


def _children_by_parent() -> dict[int, list[int]]:
    """Parent pid -> child pids, from /proc (no psutil: one less dependency)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue  # exited while we looked
        # The command name is in parentheses and may hold spaces: split after the last ')'.
        fields = stat.rsplit(")", 1)[-1].split()
        if len(fields) > 1:
            children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def process_tree(pid: int) -> list[int]:
    """Every descendant of `pid` (not `pid` itself), parents before children."""
    children = _children_by_parent()
    out: list[int] = []
    stack = list(children.get(pid, []))
    while stack:
        child = stack.pop(0)
        out.append(child)
        stack.extend(children.get(child, []))
    return out


def _kill(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


@dataclass
class Session:
    """One WebDriver session, what it has done, and how to get rid of it."""

    driver: webdriver.Remote
    profile_dir: str | None
    service: Service | None = None  # the local chromedriver; None for a remote WebDriver
    pages_served: int = 0
    broken: bool = False  # set when it missed a deadline or crashed: never reuse it
    main_handle: str | None = None
    blank_handle: str | None = None  # an about:blank tab where axe.finishRun runs
    state: dict[str, Any] = field(default_factory=dict)  # per-session caches of other stages
    # Our DevTools connection: request guard, page log, isolated worlds (None: no endpoint).
    interceptor: RequestInterceptor | None = None

    @property
    def driver_pid(self) -> int | None:
        process = getattr(self.service, "process", None)
        return process.pid if process is not None else None

    def browser_pids(self) -> list[int]:
        """The Chromium processes of this session (children of its chromedriver)."""
        pid = self.driver_pid
        return process_tree(pid) if pid else []

    def alive(self) -> bool:
        """Cheap health check before reuse: a local session whose Chromium was killed while it
        sat idle is replaced instead of costing a page a retry. Remote sessions: assume yes."""
        if self.broken:
            return False
        if self.service is None:
            return True
        process = self.service.process
        if process is None or process.poll() is not None:
            return False
        # The browser process found last time, if still there: walking every process of
        # the machine (browser_pids) costs tens of ms on a busy one, for every page.
        known = self.state.get("browser_pid")
        if known is not None and _is_chromium(known):
            return True
        found = next((pid for pid in self.browser_pids() if _is_chromium(pid)), None)
        self.state["browser_pid"] = found
        return found is not None

    @contextlib.contextmanager
    def deadline(self, seconds: float) -> Iterator[None]:
        """Every WebDriver call inside gives up after `seconds` with a urllib3 timeout error
        (the WebDriver client's HTTP read timeout; one session is used by one thread)."""
        client = self.driver.command_executor.client_config
        before = client.timeout
        client.timeout = seconds
        try:
            yield
        finally:
            client.timeout = before

    def quit(self, grace: float = 10.0) -> None:
        """Close politely, but never wait more than `grace` seconds: then kill."""
        if self.broken:
            self.kill()
            return
        worker = threading.Thread(target=self._quit_politely, daemon=True)
        worker.start()
        worker.join(grace)
        if worker.is_alive():
            self.kill()
        self._remove_profile()

    def _quit_politely(self) -> None:
        with contextlib.suppress(Exception):  # a dead session fails to quit in many ways
            with self.deadline(SHORT_DEADLINE):
                self.driver.quit()
        if self.service is not None:
            with contextlib.suppress(Exception):
                self.service.stop()

    def kill(self) -> None:
        """Kill without asking: chromedriver and its whole Chromium process tree."""
        self.broken = True
        pid = self.driver_pid
        if pid is not None:
            tree = process_tree(pid)
            _kill([pid, *tree])
            with contextlib.suppress(Exception):
                self.service.process.wait(timeout=5)  # reap chromedriver
            _reap_orphans(tree)
        else:
            # A remote session cannot be killed from here: ask the server to end it, in the
            # background and with a short deadline, so a hung node does not hold us up.
            threading.Thread(target=self._quit_politely, daemon=True).start()
        self._remove_profile()

    def _remove_profile(self) -> None:
        if self.interceptor is not None:
            self.interceptor.close()
        if self.profile_dir:
            shutil.rmtree(self.profile_dir, ignore_errors=True)


def _is_chromium(pid: int) -> bool:
    """A live (not zombie) Chromium process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    name, _, rest = stat.partition("(")[2].rpartition(")")
    return "chrom" in name and rest.split()[:1] != ["Z"]


def _reap_orphans(pids: list[int]) -> None:
    """Killed Chromium processes that were our direct children (never, usually: they are
    chromedriver's) would stay zombies; reap what we can without blocking."""
    for pid in pids:
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)


def check_browser_installed(config: BrowserStageSettings) -> None:
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


def chrome_options(config: BrowserStageSettings, profile_dir: str | None) -> Options:
    options = Options()
    for flag in (*CHROMIUM_FLAGS, *LEAN_FLAGS):
        options.add_argument(flag)
    if profile_dir:
        options.add_argument(f"--user-data-dir={profile_dir}")
    if not config.webdriver_url and Path(config.chromium_path).exists():
        options.binary_location = config.chromium_path
    # "eager" would let axe run before images load; "normal" waits for load, bounded by the
    # page-load timeout, which is what a user sees.
    options.page_load_strategy = "normal"
    set_viewport(options, parse_viewport(config.viewport))
    # No speculative connections: a <link rel=preconnect> (or Chromium's own predictor) opens
    # a socket without a request, which DevTools interception never sees (checker.browser.guard).
    options.add_experimental_option("prefs", {"net.network_prediction_options": 2})
    # Dialogs never stall a worker: the driver dismisses them and reports them afterwards.
    options.set_capability("unhandledPromptBehavior", "dismiss and notify")
    return options


def set_viewport(options: Options, viewport: Viewport) -> None:
    """The window and the exact viewport (chromedriver's device emulation, applied to every
    tab it opens); a mobile viewport also gets touch and a phone's user agent."""
    options.add_argument(f"--window-size={viewport.width},{viewport.height}")
    metrics = {"width": viewport.width, "height": viewport.height,
               "pixelRatio": viewport.scale, "touch": viewport.mobile, "mobile": viewport.mobile}
    emulation: dict[str, Any] = {"deviceMetrics": metrics}
    if viewport.mobile:
        emulation["userAgent"] = MOBILE_USER_AGENT
    options.add_experimental_option("mobileEmulation", emulation)


def command_deadline(config: BrowserStageSettings) -> float:
    """The longest any one WebDriver command may legitimately take."""
    return max(config.page_timeout, config.axe_timeout) + DEADLINE_SLACK


def start_session(config: BrowserStageSettings, policy: RequestPolicy | None = None) -> Session:
    """A fresh Chromium session with its own profile directory (local) or on the remote
    WebDriver, every request of it passing `policy` (see checker.browser.guard). Selenium
    Manager never runs: the driver path is always given."""
    profile_dir = None if config.webdriver_url else tempfile.mkdtemp(prefix="clinic-checker-")
    service = None
    try:
        if config.webdriver_url:
            address = config.webdriver_url
        else:
            service = Service(executable_path=config.chromedriver_path,
                              log_output=subprocess.DEVNULL, env=_temp_inside(profile_dir))
            service.start()
            address = service.service_url
        client = ClientConfig(remote_server_addr=address, timeout=START_DEADLINE)
        connection = ChromiumRemoteConnection(address, vendor_prefix="goog",
                                              browser_name="chrome", client_config=client)
        driver = webdriver.Remote(command_executor=connection,
                                  options=chrome_options(config, profile_dir))
    except Exception as exc:  # connection refused, bad driver, no Chromium: all mean "cannot"
        if service is not None:
            with contextlib.suppress(Exception):
                service.stop()
        if profile_dir:
            shutil.rmtree(profile_dir, ignore_errors=True)
        raise BrowserUnavailable(f"could not start Chromium: {_first_line(exc)}") from exc
    session = Session(driver=driver, profile_dir=profile_dir, service=service)
    try:
        with session.deadline(START_DEADLINE):
            driver.set_page_load_timeout(config.page_timeout)
            driver.set_script_timeout(config.axe_timeout)
            session.main_handle = driver.current_window_handle
            session.interceptor = _intercept(session, config, policy)
            _install_page_guards(driver, config, blocks_urls=session.interceptor is None)
    except Exception as exc:
        session.kill()
        raise BrowserUnavailable(f"could not set up Chromium: {_first_line(exc)}") from exc
    driver.command_executor.client_config.timeout = command_deadline(config)
    return session


def _temp_inside(profile_dir: str | None) -> dict[str, str]:
    """chromedriver's and Chromium's environment with TMPDIR inside the session's profile:
    with --disable-dev-shm-usage Chromium keeps its shared memory in the temp folder, and a
    Chromium that is killed (a hung page, a crash, a stopped audit) never removes those files.
    Inside the profile they go when the session's folder is removed. Not where the path would
    be too long for Chromium's singleton socket (a Unix socket path: 107 bytes), which lives
    there too: Chromium would not start."""
    env = dict(os.environ)
    temp = Path(profile_dir or "") / "tmp"
    if profile_dir and len(os.fsencode(temp)) + len(_SOCKET_UNDER_TMPDIR) <= _SOCKET_PATH_MAX:
        temp.mkdir(exist_ok=True)
        env["TMPDIR"] = str(temp)
    return env


_SOCKET_UNDER_TMPDIR = b"/org.chromium.Chromium.XXXXXX/SingletonSocket"
_SOCKET_PATH_MAX = 107


def _intercept(session: Session, config: BrowserStageSettings,
               policy: RequestPolicy | None) -> RequestInterceptor | None:
    """Our DevTools connection to the session's Chromium. Without one a guarded audit cannot
    run (a browser that may go anywhere is not started); an unguarded pool (policy None, only
    for tests and a driver audited in place) goes on without it."""
    try:
        endpoint = devtools_endpoint(session.driver, remote=bool(config.webdriver_url))
        if endpoint is None:
            raise DevToolsError("the WebDriver end offers no DevTools endpoint (se:cdp)")
        unguarded = RequestPolicy(guard=None, blocked_patterns=TRACKER_URL_PATTERNS
                                  if config.block_trackers else ())
        return RequestInterceptor(endpoint, policy or unguarded)
    except (DevToolsError, OSError, ValueError, KeyError) as exc:
        if policy is None:
            return None
        raise BrowserUnavailable(f"cannot guard the browser's requests: {exc}") from exc


def cdp(driver: webdriver.Remote, command: str, params: dict[str, Any] | None = None) -> Any:
    """A Chrome DevTools Protocol command through chromedriver's endpoint; works the same on
    a local chromedriver, one on a port and a Selenium Grid node."""
    payload = {"cmd": command, "params": params or {}}
    return driver.execute("executeCdpCommand", payload)["value"]


# Runs before any page script, in every frame: dialogs and popups return at once instead of
# blocking, and beforeunload prompts are never shown. Calls are counted so the report can say
# a page tried to open a dialog. confirm() answers "cancel", like the dismissing driver would.
GUARD_SCRIPT = """
(function () {
  var seen = [];
  Object.defineProperty(window, '__clinicCheckerDialogs', { value: seen, enumerable: false });
  function note(kind) { return function (m) { if (seen.length < 20) seen.push(kind + ': ' +
    String(m === undefined ? '' : m).slice(0, 200)); }; }
  var alertNote = note('alert'), confirmNote = note('confirm'), promptNote = note('prompt'),
      openNote = note('window.open');
  window.alert = function (m) { alertNote(m); };
  window.confirm = function (m) { confirmNote(m); return false; };
  window.prompt = function (m) { promptNote(m); return null; };
  window.print = function () {};
  window.open = function (u) { openNote(u); return null; };
  window.addEventListener('beforeunload', function (e) { e.stopImmediatePropagation(); }, true);
  Object.defineProperty(window, 'onbeforeunload', {
    set: function () {}, get: function () { return null; } });
})();
"""


def _install_page_guards(driver: webdriver.Remote, config: BrowserStageSettings,
                         blocks_urls: bool) -> None:
    """The dialog guard in every document; trackers blocked through chromedriver's own
    connection only without ours (`blocks_urls`): ours sets them on every target, and a
    Network domain enabled here too would make chromedriver read every request's events."""
    try:
        cdp(driver, "Page.addScriptToEvaluateOnNewDocument", {"source": GUARD_SCRIPT})
        if config.block_trackers and blocks_urls:
            cdp(driver, "Network.enable", {})
            cdp(driver, "Network.setBlockedURLs", {"urls": list(TRACKER_URL_PATTERNS)})
    except WebDriverException:
        # A remote end without CDP: the unhandledPromptBehavior capability still keeps
        # dialogs from stalling the session.
        pass


class BrowserPool:
    """Sessions shared by worker threads. Sessions start lazily; one starts up front so a
    broken browser fails the audit before crawling."""

    def __init__(self, config: BrowserStageSettings, size: int | None = None,
                 policy: RequestPolicy | None = None,
                 prepare: Callable[[Session], None] | None = None):
        self.config = config
        self.policy = policy
        # Runs on every new session before its first page (the login script:
        # checker.browser.login.session_login), so a replacement session is prepared too.
        self.prepare = prepare
        self.size = size or config.workers
        self._idle: queue.LifoQueue[Session] = queue.LifoQueue()
        self._sessions: list[Session] = []
        self._lock = threading.Lock()
        self.sessions_started = 0
        self.sessions_replaced = 0  # retired after their quota, or broken
        self.sessions_killed = 0  # crashed or hung
        self._starting = 0  # sessions being started by ensure()
        # Seconds a page waits for a busy session before another starts (0: at once). A
        # re-audit renders few pages: one session may serve them all, unhurried by a second
        # Chromium starting on the same cores (checker.audit sets it from a start's time).
        self.patience = 0.0
        self.start_seconds = 0.0  # how long the last session took to start

    def __enter__(self) -> BrowserPool:
        check_browser_installed(self.config)
        self.release(self._start())
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> Session:
        started = time.monotonic()
        session = start_session(self.config, self.policy)
        self.start_seconds = time.monotonic() - started
        if self.prepare is not None:
            try:
                self.prepare(session)
            except BaseException:
                session.kill()
                raise
        with self._lock:
            self.sessions_started += 1
            self._sessions.append(session)
        return session

    def ensure(self, count: int) -> None:
        """Start a session in the calling thread, idle in the pool, unless `count` sessions
        exist or are being started: browser threads start theirs while the first page
        renders, not when their first page waits for it. A browser that will not start is
        left for the page's own acquire to report."""
        with self._lock:
            if len(self._sessions) + self._starting >= count:
                return
            self._starting += 1
        try:
            session = self._start()
        except BrowserUnavailable:
            return
        finally:
            with self._lock:
                self._starting -= 1
        self.release(session)

    def acquire(self, fresh: bool = False) -> Session:
        """An idle healthy session, or a new one (`fresh`: always a new one, for retries).
        While a session is starting (ensure), the page waits for it or for a busy one
        rather than start yet another; with `patience`, it waits that long for a busy one
        first (a page that would render in a busy session before a new one could start)."""
        waited_since = time.monotonic()
        while not fresh:
            try:
                session = self._idle.get(timeout=_IDLE_POLL) if self._worth_waiting(
                    waited_since) else self._idle.get_nowait()
            except queue.Empty:
                if self._worth_waiting(waited_since):
                    continue
                break
            if session.alive():
                return session
            self.discard(session)
        return self._start()

    def _worth_waiting(self, since: float) -> bool:
        with self._lock:
            if self._starting:
                return True
            busy = bool(self._sessions)
        return busy and time.monotonic() - since < self.patience

    def release(self, session: Session) -> None:
        """Return a session after a page; a broken one is killed, one that served its quota
        is retired."""
        if session.broken:
            self.discard(session)
        elif session.pages_served >= self.config.pages_per_session:
            self._forget(session)
            threading.Thread(target=session.quit, daemon=True).start()
        else:
            self._idle.put(session)

    def discard(self, session: Session) -> None:
        """Throw away a session that crashed or hung: kill it, do not ask it to quit."""
        self._forget(session)
        with self._lock:
            self.sessions_killed += 1
        session.kill()

    def _forget(self, session: Session) -> None:
        with self._lock:
            self.sessions_replaced += 1
            if session in self._sessions:
                self._sessions.remove(session)

    def close(self) -> None:
        """Quit every session in parallel, each bounded by its grace period."""
        with self._lock:
            sessions, self._sessions = self._sessions, []
        threads = [threading.Thread(target=s.quit, daemon=True) for s in sessions]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
    lines = message.strip().splitlines()
    return lines[0][:300] if lines else type(exc).__name__
