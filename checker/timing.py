"""Where an audit's time goes, per page and per stage (fetch, wait for a browser, load, axe,
screenshot, content, store, ...). Off unless a recorder is installed (bench/remote_site.py
installs one); then every stage's wall time is handed to it as it ends.

A stage is named once here so the pipeline and the benchmark's table agree on the words.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

Recorder = Callable[[str, str, float], None]  # (page URL, stage, seconds)

# The stages, in the order a page meets them.
STAGES = ("fetch", "wait", "session", "load", "dom", "axe", "engines", "screenshot",
          "content", "locate", "store")

_recorder: Recorder | None = None


def install(recorder: Recorder | None) -> None:
    """Hand every stage's time to `recorder` (None: stop)."""
    global _recorder
    _recorder = recorder


def note(url: str, stage: str, seconds: float) -> None:
    recorder = _recorder
    if recorder is not None:
        recorder(url, stage, seconds)


@contextlib.contextmanager
def timed(url: str, stage: str) -> Iterator[None]:
    if _recorder is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        note(url, stage, time.perf_counter() - started)
