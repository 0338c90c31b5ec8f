"""The fuzz harness: the real CLI run in this process (a child costs seconds of imports),
a local HTTP server whose files each example sets, and the one property every example holds:
an exit code in {0, 1, 2, 3}, no traceback and no internal error, in bounded time.

Network: every hostname a fuzzed input could produce must stay on loopback. This machine's
resolver is a private address, so in this process name lookups are numeric-only and answer
only for loopback addresses (an offline resolver, as far as the checker can tell). The child
process runs (test_end_to_end.py) draw only inputs whose hosts are 127.0.0.1.
"""

from __future__ import annotations

import http.server
import os
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

from tests.conftest import LocalServer
from tests.fuzz.loopback_only import install, uninstall

EXIT_CODES = {0, 1, 2, 3}
EXAMPLE_TIME_LIMIT_S = 60  # generous: a bound on hangs, not a speed assert
# CLINIC_FUZZ_SCALE=10 runs ten times the examples (and a fresh random seed) for a deep run.
SCALE = float(os.environ.get("CLINIC_FUZZ_SCALE", "1"))
LOG = os.environ.get("CLINIC_FUZZ_LOG")


def examples(count: int) -> settings:
    """Hypothesis settings for one fuzz test: `count` examples (times the scale), no
    per-example deadline (the time bound is ours, and generous), deterministic by default."""
    # No shrinking by default: each step of it is another audit, and a failing example is
    # printed with every value drawn; a deep run (CLINIC_FUZZ_SCALE > 1) shrinks.
    phases = list(Phase) if SCALE > 1 else [Phase.explicit, Phase.reuse, Phase.generate]
    return settings(max_examples=max(1, int(count * SCALE)), deadline=None, phases=phases,
                    derandomize=SCALE == 1, database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# --- network: loopback only -------------------------------------------------------------

@pytest.fixture(scope="session", autouse=True)
def loopback_only_network() -> Iterator[None]:
    install()
    yield
    uninstall()


@pytest.fixture(scope="package", autouse=True)
def crash_logs_kept_here(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Crash logs of commands without a report folder go to the temporary folder: this
    session's, not the machine's. Package-scoped: tempfile.tempdir is the whole process's, and a
    session-wide one leaked into every later test file of the same test process (a browser
    profile made under it is too deep for Chromium's singleton socket, so tests/browser/
    test_pool.py's temp-folder tests failed whenever a fuzz file ran before them)."""
    previous = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("crash-logs"))
    yield
    tempfile.tempdir = previous


# --- a server whose files each example sets --------------------------------------------

@dataclass
class Response:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


class FuzzServer:
    """127.0.0.1 on a free port; `files[path]` is the response for that path (404 else)."""

    def __init__(self) -> None:
        self.files: dict[str, Response] = {}
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                response = server.files.get(self.path.split("#")[0]) or Response(
                    b"not here", 404, "text/plain")
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(response.body)))
                if response.location:
                    self.send_header("Location", response.location)
                self.end_headers()
                self.wfile.write(response.body)  # a hang-up at the body cap is the checker's right

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.local = LocalServer(Handler).__enter__()
        self.url = self.local.url

    def reset(self) -> None:
        """A small healthy site: the home page links to two pages."""
        self.files = {
            "/": Response(page("Home", ["/a.html", "/b.html"])),
            "/a.html": Response(page("A", ["/"])),
            "/b.html": Response(page("B", ["/a.html"])),
        }

    def close(self) -> None:
        self.local.__exit__()


def page(title: str, links: list[str]) -> bytes:
    anchors = "".join(f'<a href="{link}">{link}</a>' for link in links)
    return (f"<!doctype html><html lang=en><head><title>{title}</title></head><body><main>"
            f"<h1>{title}</h1><p>Our clinic is open on weekdays.</p>{anchors}</main></body>"
            "</html>").encode()


@pytest.fixture(scope="session")
def fuzz_server() -> Iterator[FuzzServer]:
    server = FuzzServer()
    server.reset()
    yield server
    server.close()


@pytest.fixture(scope="session")
def site_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built static site: three pages."""
    folder = tmp_path_factory.mktemp("fuzz-site")
    for name, links in (("index", ["a.html", "b.html"]), ("a", ["index.html"]), ("b", [])):
        (folder / f"{name}.html").write_bytes(page(name, links))
    return folder


# --- running the CLI --------------------------------------------------------------------

@dataclass
class Outcome:
    args: list[str]
    code: int
    stdout: str
    stderr: str
    seconds: float

    def __str__(self) -> str:
        args = [a if len(a) < 200 else f"{a[:100]}...({len(a)} chars)" for a in self.args]
        return (f"args={args!r}\ncode={self.code} in {self.seconds:.1f}s\n"
                f"stdout={self.stdout[-2000:]}\nstderr={self.stderr[-4000:]}")


class ExampleTimeout(BaseException):
    """Raised by the alarm in the main thread: a BaseException, so that the checker's own
    last-resort handler (which catches Exception) cannot swallow it."""


def _alarm(signum: int, frame: object) -> None:
    raise ExampleTimeout(f"example took over {EXAMPLE_TIME_LIMIT_S} s")


def run_checker(args: list[str], cwd: Path) -> Outcome:
    """`clinic-checker ARGS` in this process, in `cwd`, through the real entry point (with
    its last-resort handler), stdout and stderr captured."""
    from click.testing import CliRunner

    from checker.cli import main

    runner = CliRunner()
    previous_dir = Path.cwd()
    previous_handler = signal.signal(signal.SIGALRM, _alarm)
    began = time.monotonic()
    code: int | str | None = 0
    os.chdir(cwd)
    try:
        with runner.isolation(env={"COLUMNS": "120"}) as (out, err, _):
            import sys

            sys.argv = ["clinic-checker", *args]
            signal.setitimer(signal.ITIMER_REAL, EXAMPLE_TIME_LIMIT_S)
            try:
                main()
            except SystemExit as exc:
                code = exc.code
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            stdout = out.getvalue().decode("utf-8", "replace")
            stderr = err.getvalue().decode("utf-8", "replace")
    finally:
        signal.signal(signal.SIGALRM, previous_handler)
        os.chdir(previous_dir)
    code = 0 if code is None else code
    if not isinstance(code, int):  # sys.exit("message") prints it and exits 1
        stderr, code = stderr + str(code), 1
    outcome = Outcome(args, code, stdout, stderr, time.monotonic() - began)
    if LOG:  # CLINIC_FUZZ_LOG=FILE: one line per example, for figures and slow inputs
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(f"{outcome.seconds:.2f}\t{code}\t{str(args)[:300]!r}\n")
    return outcome


def assert_clean(outcome: Outcome) -> None:
    """The property: an exit code we document, and never a traceback or an internal error
    (the last-resort handler's line means the fuzzer found a bug)."""
    assert outcome.code in EXIT_CODES, str(outcome)
    assert "Traceback" not in outcome.stderr + outcome.stdout, str(outcome)
    assert "internal error" not in outcome.stderr, str(outcome)
    if outcome.code == 2:
        # a usage error is one line on stderr
        assert len(outcome.stderr.strip().splitlines()) == 1, str(outcome)


@pytest.fixture(scope="session")
def workdirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], Path]]:
    """workdirs() -> a fresh folder for one example (its history, reports, files)."""
    root = tmp_path_factory.mktemp("fuzz-runs")

    def fresh() -> Path:
        return Path(tempfile.mkdtemp(dir=root))

    yield fresh
