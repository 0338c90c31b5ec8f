"""A background thread that dies while the process winds down after a command (CI caught one:
"RuntimeError: can't create new thread at interpreter shutdown" printed under the one-line
error of `audit http://127.0.0.1:1/`) prints nothing: the user's one line stays the last."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys, threading, time
    from checker.cli.errors import last_resort

    release = threading.Event()

    def late() -> None:
        release.wait()
        time.sleep(0.05)
        raise RuntimeError("can't create new thread at interpreter shutdown")

    threading.Thread(target=late, daemon=True).start()
    try:
        with last_resort():
            print("clinic-checker: cannot run: nothing was audited", file=sys.stderr)
            sys.exit(3)
    finally:
        release.set()
        time.sleep(0.3)  # the thread dies after the command, before the process ends
""")


def test_a_thread_dying_after_the_command_prints_no_traceback() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 3
    assert proc.stderr.strip().splitlines() == [
        "clinic-checker: cannot run: nothing was audited"], proc.stderr
