"""Opening the history file safely: a `--db` path that is not our SQLite history is refused
with one line before anything is written to it.

A wrong path is a usage error (exit 2): a folder, a file that is not SQLite, a truncated or
damaged database, another program's database (which is never modified: it is inspected
read-only). A database locked by another process is "cannot run" (exit 3): the path is right,
the moment is not; we wait a bounded time for the lock first.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from checker.settings import ConfigError

# Seconds to wait for another process's lock when opening; then one line, not a hang.
OPEN_LOCK_WAIT_S = 5.0
# Once open, a run has work at stake: its writes wait longer for a concurrent writer.
WRITE_LOCK_WAIT_S = 30.0

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
# Our own tables' marker: every history this tool made has this key in its `meta` table.
SCHEMA_KEY = "schema_version"


class StoreError(Exception):
    """The history file cannot be used; `exit_code` says whether the user or the moment is
    to blame."""

    exit_code = 3


class StoreUnusable(StoreError, ConfigError):
    """The path names something that is not (or no longer) a clinic-checker history."""

    exit_code = 2


class StoreBusy(StoreError):
    """Another process holds the database's lock beyond the bounded wait."""

    exit_code = 3


def check_store_path(path: Path, schema_version: int) -> None:
    """Raise StoreUnusable unless `path` is absent, empty, or our history at a version we
    read. Reads only: another program's file is left exactly as it was."""
    if path.is_dir():
        raise StoreUnusable(f"--db {path} is a folder, not a SQLite file")
    if path.parent.exists() and not path.parent.is_dir():
        raise StoreUnusable(f"--db {path}: {path.parent} is a file, not a folder")
    if not path.exists() or path.stat().st_size == 0:
        return
    _check_header(path)
    tables, version = _read_schema(path)
    if version is None and tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreUnusable(f"--db {path} is another program's SQLite database (tables: "
                            f"{shown}); it was not touched: pass a new file for the history")
    if version is not None and version > schema_version:
        raise StoreUnusable(f"--db {path} was written by a newer clinic-checker (schema "
                            f"{version}, this one reads {schema_version}): upgrade")


def _check_header(path: Path) -> None:
    """The 100-byte SQLite header: the magic string, and a file at least as long as the
    page count it records (a truncated copy fails here, not halfway through an audit)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError as exc:
        raise StoreUnusable(f"--db {path} cannot be read: {exc.strerror or exc}") from None
    if not header.startswith(SQLITE_MAGIC) or len(header) < _HEADER_SIZE:
        raise StoreUnusable(f"--db {path} is not a SQLite database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages, valid_for = (int.from_bytes(header[i:i + 4], "big")
                                        for i in (24, 28, 92))
    wal = path.with_name(path.name + "-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    # The page count is trusted only when written by SQLite 3.7+ (valid_for matches) and no
    # WAL file holds pages not yet copied back into the main file.
    if (change_counter == valid_for and not wal_pending
            and path.stat().st_size < pages * page_size):
        raise StoreUnusable(f"--db {path} is truncated ({path.stat().st_size} bytes of "
                            f"{pages * page_size}): restore it or pass a new file")


def _read_schema(path: Path) -> tuple[set[str], int | None]:
    """The file's table names and our schema version (None when it has no such marker),
    read through a read-only connection."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=OPEN_LOCK_WAIT_S)
    except sqlite3.Error as exc:
        raise StoreUnusable(f"--db {path} cannot be opened: {exc}") from None
    try:
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%'")}
        return tables, _schema_version(conn) if "meta" in tables else None
    except sqlite3.OperationalError as exc:
        raise _locked_or_unusable(path, exc) from None
    except sqlite3.DatabaseError as exc:
        raise StoreUnusable(f"--db {path} is damaged ({exc}): restore it or pass a new file"
                            ) from None
    finally:
        conn.close()


def _schema_version(conn: sqlite3.Connection) -> int | None:
    """Our marker in `meta`; None when that table is someone else's (other columns)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (SCHEMA_KEY,)).fetchone()
    except sqlite3.OperationalError as exc:
        if "no such column" in str(exc):
            return None
        raise
    return int(row[0]) if row and str(row[0]).isdigit() else None


def _locked_or_unusable(path: Path, exc: sqlite3.Error) -> StoreError:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return StoreBusy(f"--db {path} is locked by another process (waited "
                         f"{OPEN_LOCK_WAIT_S:g} s): try again when it has finished")
    return StoreUnusable(f"--db {path} cannot be used: {message}")


def connect(path: Path, schema: str, schema_version: int) -> sqlite3.Connection:
    """Check `path`, then open it for the audit: WAL mode, our tables made if missing.
    Raises StoreUnusable or StoreBusy with one line; never leaves a half-open connection."""
    check_store_path(path, schema_version)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnusable(f"--db {path}: cannot create {path.parent}: "
                            f"{exc.strerror or exc}") from None
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                               timeout=OPEN_LOCK_WAIT_S)
    except sqlite3.Error as exc:
        raise StoreUnusable(f"--db {path} cannot be opened: {exc}") from None
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(schema)
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                     (SCHEMA_KEY, str(schema_version)))
        conn.execute(f"PRAGMA busy_timeout={int(WRITE_LOCK_WAIT_S * 1000)}")
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        raise _locked_or_unusable(path, exc) from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreUnusable(f"--db {path} is damaged ({exc}): restore it or pass a new file"
                            ) from None


def check_out_dir(path: Path) -> None:
    """The report folder exists or can be made, and a file can be written in it: raise
    StoreUnusable (exit 2) now, before a page is fetched, not after the audit's work."""
    if path.exists() and not path.is_dir():
        raise StoreUnusable(f"--out {path} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".clinic-checker-write-test-"):
            pass
    except OSError as exc:
        raise StoreUnusable(f"--out {path} cannot be written: {exc.strerror or exc}"
                            ) from None
