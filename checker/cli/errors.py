"""What reaches the user when a command fails: one line and an exit code, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from checker.store.opening import StoreError


def one_line(text: str) -> str:
    return " ".join(text.split())


@contextmanager
def last_resort() -> Iterator[None]:
    """Wrap a whole command: typed errors that no command caught become their one line."""
    try:
        yield
    except StoreError as exc:
        kind = "error" if exc.exit_code == 2 else "cannot run"
        click.echo(f"clinic-checker: {kind}: {one_line(str(exc))}", err=True)
        sys.exit(exc.exit_code)
