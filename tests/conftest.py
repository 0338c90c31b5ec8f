"""Shared fixtures: static sites served on 127.0.0.1, a browser config, the CLI runner."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Self

import pytest
from hypothesis import settings

from checker.settings import AuditConfig
from tests.warm_cli import WarmCli

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

# Hypothesis's per-example deadline (200 ms by default) is a timed assert: under load the first
# example of a property (a regex compiled, a matcher built) passed it and failed a guard run.
# The suite asserts no time (tests/fuzz/conftest.py bounds its own budget), so no test has one.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

TESTS = Path(__file__).resolve().parent
# The audit date (--as-of) the suite's audits and engines use unless a test is about dates:
# fixed, so that a finding that depends on a page's age does not change with the calendar.
SUITE_AS_OF = dt.date(2026, 11, 25)
WARM_CLI = WarmCli(SUITE_AS_OF)  # the one warm CLI server of this test process
SITES = TESTS / "sites"
REPO = TESTS.parent


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class LoopbackHTTPServer(http.server.ThreadingHTTPServer):
    """The test servers' HTTP server: a thread per request, and a client that hangs up is
    not an error. Chromium cancels requests when it navigates on and the checker stops
    reading at its body cap; socketserver would print each as a traceback in the log."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


class LocalServer:
    """A request handler served on 127.0.0.1 on a free port, in a thread, for a `with`
    block: the one server the test sites share."""

    def __init__(self, handler: Callable[..., http.server.BaseHTTPRequestHandler],
                 host: str = "127.0.0.1", port: int = 0):
        self.httpd = LoopbackHTTPServer((host, port), handler)
        self.url = f"http://{host}:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class StaticServer(LocalServer):
    """A folder served on 127.0.0.1 on a free port, in a thread."""

    def __init__(self, root: Path, host: str = "127.0.0.1"):
        super().__init__(functools.partial(_QuietHandler, directory=str(root)), host)
        self.root = root


@pytest.fixture
def serve():
    """serve(folder) -> StaticServer, shut down after the test."""
    servers: list[StaticServer] = []

    def start(root: Path, host: str = "127.0.0.1") -> StaticServer:
        server = StaticServer(root, host).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__()


# The suite's Python children (the CLI as a user runs it, spawned content workers, pytest in a
# subprocess; ~150 a run) import the checker package. Where PYTHONDONTWRITEBYTECODE is set, as
# in the shell CI and the helpers run in, none leaves its bytecode, so each child compiled the
# package's ~140 modules from source again: ~0.35 of a bare audit child's ~1.4 CPU-s start.
# The session gives them one bytecode folder of its own instead (PYTHONPYCACHEPREFIX: never
# in the checkout, removed at the end); the first process to import a module writes it.
_PYCACHE_ENV = "CLINIC_CHECKER_TEST_PYCACHE"


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return  # an xdist worker inherits the controller's bytecode folder and its warm-up
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not os.environ.get("PYTHONPYCACHEPREFIX"):
        # (without the variable: __pycache__; with a prefix: the user's own bytecode folder)
        prefix = tempfile.mkdtemp(prefix="clinic-checker-pycache-")
        os.environ[_PYCACHE_ENV] = prefix
        os.environ["PYTHONPYCACHEPREFIX"] = prefix
        del os.environ["PYTHONDONTWRITEBYTECODE"]
    workers = config.getoption("numprocesses", None)
    if isinstance(workers, int) and workers > 1 and not os.environ.get(
            "PYTHONDONTWRITEBYTECODE"):
        _warm_bytecode(config)


# Each xdist worker collects every test file of the run, and the workers start together, so each
# rewrote the asserts of all ~340 test modules and compiled the checker itself: a cold collection
# took 11.4 CPU-s, one that finds the bytecode 3.8 (6 Dec 2026, bench/README.md "suite45"). The
# controller, which collects nothing, writes that bytecode once before the workers start: the
# checker's and the tests' own modules, and each test module as pytest's assertion rewriter
# writes it (a checked-hash pyc, so a stale one is never read). Best effort: anything here that
# fails leaves the workers to compile as before.
def _warm_bytecode(config: pytest.Config) -> None:
    import compileall
    import re

    prefix = os.environ.get("PYTHONPYCACHEPREFIX") or None
    saved_prefix, sys.pycache_prefix = sys.pycache_prefix, prefix
    try:
        for package in (REPO / "checker", REPO / "bench", TESTS):
            # the test modules themselves are read as the rewriter writes them, below
            compileall.compile_dir(package, quiet=2, workers=1,
                                   rx=re.compile(r"/(test_[^/]*|conftest)\.py$"))
        from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, _rewrite_test, _write_pyc_fp
    except Exception:  # noqa: BLE001 - an optimisation: the workers compile what is missing
        return
    finally:
        sys.pycache_prefix = saved_prefix
    roots = [(config.invocation_params.dir / arg.split("::")[0]).resolve()
             for arg in config.args] or [TESTS]
    for test_file in sorted({f for root in roots for f in (
            root.rglob("*.py") if root.is_dir() else [root])}):
        if not (test_file.name.startswith("test_") or test_file.name == "conftest.py") or \
                TESTS not in test_file.parents:
            continue
        cache = (Path(prefix, *test_file.parts[1:-1]) if prefix
                 else test_file.parent / "__pycache__")
        pyc = cache / (test_file.name[:-3] + PYC_TAIL)
        try:
            if _read_pyc(test_file, pyc) is not None:
                continue
            source_hash, code = _rewrite_test(test_file, config)
            cache.mkdir(parents=True, exist_ok=True)
            partial = pyc.with_name(f"{pyc.name}.{os.getpid()}")
            with open(partial, "wb") as out:
                _write_pyc_fp(out, source_hash, code)
            os.replace(partial, pyc)
        except Exception:  # noqa: BLE001 - as above
            return


def pytest_unconfigure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput") or not (prefix := os.environ.pop(_PYCACHE_ENV, "")):
        return
    del os.environ["PYTHONPYCACHEPREFIX"]
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    shutil.rmtree(prefix, ignore_errors=True)


def browser_available() -> bool:
    return Path("/usr/bin/chromedriver").exists() and (
        Path("/usr/bin/chromium").exists() or shutil.which("chromium") is not None
    )


requires_browser = pytest.mark.skipif(
    not browser_available(), reason="Chromium and chromedriver are not installed "
    "(apt-get install -y chromium chromium-driver)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that starts Chromium is slow (marked `browser`, or in tests/browser/):
    `pytest -m "not slow"` is the quick loop without them."""
    for item in items:
        in_browser_folder = "browser" in Path(str(item.path)).relative_to(TESTS).parts[:1]
        if item.get_closest_marker("browser") or in_browser_folder:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def browser_config(tmp_path: Path) -> AuditConfig:
    return AuditConfig(workers=2, out=tmp_path / "out", quiet=True, page_timeout=20)


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 600, fresh: bool = False
            ) -> subprocess.CompletedProcess[str]:
    """The real command line, in a child process, as a user would run it. By default in a
    fresh folder, removed afterwards, so the project history (.clinic-checker/) never lands
    in the checkout nor piles up in the temp folder. The child is forked from a warm
    interpreter (tests/warm_cli.py: the imports and the default rules compiled once per test
    process); `fresh=True` starts `python -m checker` itself, imports and all."""
    if cwd is None:
        with tempfile.TemporaryDirectory(prefix="cli-") as folder:
            return run_cli(*args, cwd=Path(folder), timeout=timeout, fresh=fresh)
    if not fresh:
        return WARM_CLI.run(list(args), cwd, timeout)
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], capture_output=True, text=True,
        cwd=cwd, timeout=timeout,
    )


def open_at_width(driver: WebDriver, url: str, width: int, height: int = 900) -> None:
    """Load `url` in a shared Chromium and lay it out `width` px wide (DevTools device metrics,
    as the checker narrows a page). After the load: chromedriver sets the session's own
    viewport again on each navigation. `restore_viewport` puts the session's own back."""
    from checker.browser.viewport import Viewport

    driver.get(url)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", Viewport(width, height).metrics())


def restore_viewport(driver: WebDriver) -> None:
    from checker.browser.viewport import DEFAULT_VIEWPORT, parse_viewport

    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           parse_viewport(DEFAULT_VIEWPORT).metrics())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def demo_site() -> Iterator[Path]:
    from checker.demo import demo_site_dir

    yield demo_site_dir()
