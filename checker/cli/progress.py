"""Progress output: a rich progress bar on a terminal, plain log lines otherwise.

URLs and titles come from crawled pages: control characters are stripped before they reach
the terminal, so a hostile page cannot rewrite the screen or forge log lines.
"""

from __future__ import annotations

import sys
import threading
import time

from rich.console import Console
from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress

from checker.model import Page
from checker.untrusted import safe_text
from checker.words import plural


class Progress:
    """Counts pages, errors and pages/s; thread-safe."""

    def __init__(self, enabled: bool = True, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and self.stream.isatty()
        self.done = self.errors = 0
        self._start = time.monotonic()
        self._lock = threading.Lock()
        self._bar: RichProgress | None = None
        self._task = None

    def __enter__(self) -> Progress:
        self._start = time.monotonic()
        if self.tty:
            self._bar = RichProgress(
                TextColumn("[bold]auditing"), BarColumn(),
                TextColumn("{task.fields[done]} pages, {task.fields[errors]} errors,"
                           " {task.fields[rate]:.1f} pages/s"),
                TimeElapsedColumn(), console=Console(file=self.stream), transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("audit", total=None, done=0, errors=0, rate=0.0)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    @property
    def rate(self) -> float:
        return self.done / max(time.monotonic() - self._start, 1e-6)

    def page(self, event: str, page: Page) -> None:
        with self._lock:
            self.done += 1
            self.errors += page.error is not None
            if self._bar is not None:
                self._bar.update(self._task, done=self.done, errors=self.errors, rate=self.rate)
            elif self.enabled:
                unchanged = " (unchanged)" if page.carried_over else ""
                state = (f"error: {safe_text(page.error)}" if page.error
                         else f"{plural(page.findings_count, 'finding')}{unchanged}")
                line = f"[{self.done}] {safe_text(page.url)} {state}"
                print(line, file=self.stream, flush=True)

    def log(self, message: str) -> None:
        if not self.enabled:
            return
        with self._lock:
            if self._bar is not None:
                self._bar.console.print(safe_text(message, 400), markup=False, highlight=False)
            else:
                print(safe_text(message, 400), file=self.stream, flush=True)
