"""Files the user hands the checker (config, rule packs, baseline, waivers, verdicts, URL
lists) are read here: a regular file of at most INPUT_MAX_BYTES. A 5 GB log given as
--baseline by mistake, /dev/zero or a FIFO would otherwise take all memory, or wait forever
for a writer, before the one-line error every bad input gets. The errors are OSErrors, so
each reader's "cannot read" line names them as it names a missing permission."""

from __future__ import annotations

import os
import stat
from pathlib import Path

INPUT_MAX_BYTES = 64 * 1024 * 1024  # far above any real config, pack, baseline or URL list


class UnreadableInput(OSError):
    """A file the checker will not read; str() is the reason, for one line."""

    def __str__(self) -> str:
        return self.args[0]


def read_input(path: Path) -> bytes:
    """The file's bytes. Raises FileNotFoundError, IsADirectoryError, other OSErrors, and
    UnreadableInput for what is not a regular file or is over INPUT_MAX_BYTES (checked
    before a byte is read: a FIFO is never opened)."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        raise UnreadableInput("not a regular file (a pipe or a device?)")
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        data = handle.read(INPUT_MAX_BYTES + 1) if size <= INPUT_MAX_BYTES else b""
    if size > INPUT_MAX_BYTES or len(data) > INPUT_MAX_BYTES:
        raise UnreadableInput(f"{max(size, len(data)) / 1024**2:,.0f} MB, more than the"
                              f" {INPUT_MAX_BYTES // 1024**2} MB a file given to the checker"
                              " may have (is it the right file?)")
    return data


def read_input_text(path: Path) -> str:
    """read_input() decoded as UTF-8 (UnicodeDecodeError as bytes.decode raises it), past a
    byte-order mark (Windows editors write one; TOML and JSON parsers refuse it)."""
    return read_input(path).decode("utf-8-sig")
