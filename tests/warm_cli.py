"""The command line in a child forked from a warm interpreter: tests.conftest.run_cli's way.

The suite runs the CLI in ~80 child processes (exit codes, the one line on stderr, reports,
the history file, as a user meets them). Each fresh `python -m checker` paid ~1.6 CPU-s of
imports and ~2 CPU-s compiling the content rules and the lexicons' automata before its first
page, on a 2-core machine whose suite is CPU-bound. A warm server (one per test process) has
imported the checker and compiled the default rules once; each run is a fork of it that
points fds 0-2 at the caller's pipes, takes the caller's working folder, environment and
argv, runs `python -m checker`'s main module and leaves through the interpreter's own exit
(atexit, non-daemon threads, flushed streams), as a fresh process does. What a fork cannot
show, a fresh interpreter's imports, is shown by the tests that start `python -m checker`
themselves (tests/e2e/test_demo_audit.py, tests/fuzz, tests/crawl/test_cli_exits.py's killed
audits) and by `make demo`.

Protocol on a socket pair: the caller sends the request (JSON: argv, cwd, env) with the three
fds; the server answers the child's pid, then its wait status.
"""

from __future__ import annotations

import atexit
import dataclasses
import datetime as dt
import json
import locale
import os
import runpy
import socket
import subprocess
import sys
import threading
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


def _warm(suite_as_of: dt.date) -> None:
    """What every audit child needs: the imports, the lexicons' automata, the rules compiled
    with the default settings for today and for the date most of the suite's audits pass as
    --as-of (an engine is compiled per settings, the date among them; `compiled_engine` keeps an
    engine per process, keyed by the settings and the packs' bytes: a child whose settings or
    packs differ compiles its own)."""
    import checker.audit  # noqa: F401
    import checker.cli.main  # noqa: F401
    from checker.content.engine import compiled_engine
    from checker.settings import AuditConfig

    page = ("<html><head><title>Clinic</title></head><body><main><h1>Knee pain</h1>"
            "<p>Our stem cell shots heal arthritis and cure diabetes.</p></main></body></html>")
    for as_of in (dt.date.today(), suite_as_of):
        config = dataclasses.replace(AuditConfig().content, as_of=as_of)
        compiled_engine(config).check_page("http://127.0.0.1/", page)


def _child(request: dict, fds: list[int]) -> None:
    """In the fork: become `python -m checker ARGS` run in the caller's folder."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = ["-m", *request["args"]]
    runpy.run_module("checker", run_name="__main__", alter_sys=True)


def serve(sock: socket.socket, suite_as_of: str) -> None:
    _warm(dt.date.fromisoformat(suite_as_of))
    sys.stdout.flush()
    sys.stderr.flush()
    while True:
        message, fds, _flags, _addr = socket.recv_fds(sock, 1 << 20, 3)
        if not message:
            return
        if threading.active_count() != 1:  # a fork of a threaded process may deadlock
            raise RuntimeError("the warm CLI server started a thread")
        pid = os.fork()
        if pid == 0:
            sock.close()
            _child(json.loads(message), fds)
            raise SystemExit(0)  # main returned without exiting: as `python -m` would
        for fd in fds:
            os.close(fd)
        sock.sendall(json.dumps({"pid": pid}).encode() + b"\n")
        _pid, status = os.waitpid(pid, 0)
        sock.sendall(json.dumps({"status": status}).encode() + b"\n")


class WarmCli:
    """One warm server for this test process, started on first use, its rules compiled for
    today and for `suite_as_of`."""

    def __init__(self, suite_as_of: dt.date) -> None:
        self._suite_as_of = suite_as_of
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        atexit.register(self._stop)

    def _start(self) -> socket.socket:
        if self._sock is None or self._proc is None or self._proc.poll() is not None:
            ours, theirs = socket.socketpair()
            as_of = self._suite_as_of.isoformat()
            self._proc = subprocess.Popen(
                [sys.executable, "-c", "import socket, sys; from tests.warm_cli import serve; "
                 f"serve(socket.socket(fileno={theirs.fileno()}), {as_of!r})"],
                pass_fds=[theirs.fileno()], cwd=_REPO, stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            theirs.close()
            self._sock = ours
        return self._sock

    def _stop(self) -> None:
        """Close the socket: the server leaves; waited for, so that its CPU is counted."""
        if self._sock is not None:
            self._sock.close()
        if self._proc is not None:
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()

    def run(self, args: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        """`python -m checker ARGS` in CWD with ENV (default: this process's), as
        subprocess.run(capture_output=True, text=True) would give it."""
        command = [sys.executable, "-m", "checker", *args]
        with self._lock:
            sock = self._start()
            reader = sock.makefile("rb")
            with open(os.devnull, "rb") as stdin, _Capture() as out, _Capture() as err:
                request = json.dumps({"args": args, "cwd": str(cwd),
                                      "env": dict(os.environ if env is None else env)})
                socket.send_fds(sock, [request.encode()], [stdin.fileno(), out.write_fd,
                                                            err.write_fd])
                out.close_writer()
                err.close_writer()
                pid = json.loads(reader.readline())["pid"]
                status, timed_out = _wait_status(reader, pid, timeout)
                stdout, stderr = out.read(), err.read()
            if timed_out:  # killed, as subprocess.run kills a child past its timeout
                raise subprocess.TimeoutExpired(command, timeout, stdout, stderr)
            return subprocess.CompletedProcess(command, os.waitstatus_to_exitcode(status),
                                               stdout, stderr)


def _wait_status(reader, pid: int, timeout: float) -> tuple[int, bool]:
    fired = threading.Event()

    def kill() -> None:
        fired.set()
        os.kill(pid, 9)

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        line = reader.readline()
    finally:
        timer.cancel()
    if not line:
        raise RuntimeError("the warm CLI server died")
    return json.loads(line)["status"], fired.is_set()


class _Capture:
    """A pipe the child writes and a thread drains, so a child that writes more than a pipe
    holds never blocks."""

    def __init__(self) -> None:
        self._read_fd, self.write_fd = os.pipe()
        self._chunks: list[bytes] = []
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        while chunk := os.read(self._read_fd, 1 << 16):
            self._chunks.append(chunk)

    def close_writer(self) -> None:
        if self.write_fd >= 0:
            os.close(self.write_fd)
            self.write_fd = -1

    def read(self) -> str:
        self._thread.join()
        # as subprocess.run(text=True) reads a child's output: the locale's encoding, strict,
        # universal newlines
        text = b"".join(self._chunks).decode(locale.getpreferredencoding(False))
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self) -> _Capture:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close_writer()
        self._thread.join(timeout=5)
        os.close(self._read_fd)
