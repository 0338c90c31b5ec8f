"""What reaches the user when a command fails: one line and an exit code, never a traceback.

`last_resort()` wraps every command. Typed errors that no command caught become their one
line; anything unexpected becomes `clinic-checker: internal error: ...` and exit 3, after the
run in hand (if any) is saved: marked unfinished so `--resume` carries it on, and every
report that can still be written is written (results.json at least). The traceback goes to
`crash.log` in the run's report folder, with secrets scrubbed. Ctrl-C is one line and 130,
the shell's code for a SIGINT.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from checker import __version__
from checker.exit_codes import EXIT_CANNOT_RUN, EXIT_INTERRUPTED
from checker.settings.secrets import env_name
from checker.store.opening import StoreError
from checker.untrusted import safe_text

if TYPE_CHECKING:
    from checker.audit import Audit
    from checker.settings import AuditConfig

CRASH_LOG = "crash.log"
MESSAGE_CAP = 200  # characters of the exception's message on the one line

# user:password@ in any URL; the password is replaced, the user kept for the reader
_URL_PASSWORD = re.compile(r"(?P<scheme>[a-zA-Z][\w+.-]*://)(?P<user>[^/@\s:]*):[^/@\s]*@")
# a header or cookie written out in a message or a repr
_SECRET_HEADER = re.compile(
    r"(?i)(?P<name>authorization|proxy-authorization|cookie|set-cookie|x-api-key|"
    r"x-auth-token)(?P<sep>['\"]?\s*[:=]\s*['\"]?)[^'\"\n,}]+")
_MIN_SECRET = 4  # shorter values would blank out ordinary words of the traceback


@dataclass
class CrashScene:
    """What the running command has in hand, for the handler to save if it crashes."""

    config: AuditConfig | None = None
    audit: Audit | None = None
    thread_errors: list[str] = field(default_factory=list)


SCENE = CrashScene()


def watch(config: AuditConfig, audit: Audit | None = None) -> None:
    """Called by a command before its work: the handler saves this run if it crashes."""
    SCENE.config = config
    SCENE.audit = audit


def one_line(text: str) -> str:
    return " ".join(text.split())


# The line for Ctrl-C, whichever layer catches it (click turns it into Abort inside a command).
INTERRUPTED = "clinic-checker: interrupted (a stopped audit carries on with --resume)"


@contextmanager
def last_resort() -> Iterator[None]:
    """Wrap a whole command: typed errors become their line, anything else the crash line."""
    previous_hook = threading.excepthook
    threading.excepthook = _thread_error
    # a fresh scene per command (a process may run several, as the tests do)
    SCENE.config, SCENE.audit = None, None
    SCENE.thread_errors.clear()
    try:
        yield
    except StoreError as exc:
        kind = "error" if exc.exit_code == 2 else "cannot run"
        click.echo(f"clinic-checker: {kind}: {one_line(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo(INTERRUPTED, err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        # the reader of our output went away (`| head`): nothing more to say to it
        _silence_stdout()
        sys.exit(EXIT_CANNOT_RUN)
    except Exception as exc:  # the last resort: by design, anything at all
        sys.exit(report_crash(exc))
    finally:
        # After the command the user has their one line; a background thread that dies
        # while the process winds down (a session start meeting "can't create new thread
        # at interpreter shutdown") must not print a traceback under it. A process that
        # set its own hook (a test runner) gets it back.
        threading.excepthook = (_after_command if previous_hook is threading.__excepthook__
                                else previous_hook)


def _after_command(args: threading.ExceptHookArgs) -> None:
    """Background work abandoned as the process exits: nothing left to tell the user."""


def report_crash(exc: BaseException) -> int:
    """Save the run, write crash.log, print the one line; return the exit code."""
    scrub = Scrubber.for_scene(SCENE, sys.argv)
    saved = save_run(SCENE)
    log = write_crash_log(exc, saved, scrub)
    message = safe_text(scrub(one_line(str(exc))), MESSAGE_CAP)
    where = f"details in {log}" if log else "no crash log could be written"
    click.echo(f"clinic-checker: internal error: {type(exc).__name__}"
               f"{': ' + message if message else ''} ({where})", err=True)
    return EXIT_CANNOT_RUN


class Scrubber:
    """Removes secrets from text: header and cookie values, URL passwords."""

    def __init__(self, secrets: Iterable[str]):
        self.secrets = sorted({s for s in secrets if len(s) >= _MIN_SECRET}, key=len,
                              reverse=True)

    @classmethod
    def for_scene(cls, scene: CrashScene, argv: list[str]) -> Scrubber:
        values: list[str] = []
        if scene.config is not None:
            for pairs in (scene.config.headers, scene.config.cookies):
                values += _secret_values((pairs or {}).values())
            values += _secret_values(_login_values(scene.config.login))
        values += _secret_values(_argv_secrets(argv))
        return cls(values)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        text = _URL_PASSWORD.sub(r"\g<scheme>\g<user>:***@", text)
        return _SECRET_HEADER.sub(r"\g<name>\g<sep>***", text)


def _secret_values(values: Iterable[Any]) -> list[str]:
    """Each value as given, and what an `env:VAR` value reads from the environment."""
    found = []
    for value in values:
        text = str(value).strip()
        found.append(text)
        if (variable := env_name(text)) is not None:
            found.append(os.environ.get(variable, ""))
    return found


def _login_values(steps: Iterable[str]) -> list[str]:
    """What the login script's fill steps type: their env:VAR (read by _secret_values)."""
    return [str(step).rsplit(" with ", 1)[-1] for step in steps or () if " with " in str(step)]


def _argv_secrets(argv: list[str]) -> list[str]:
    """Values of --header/--cookie/--login on the command line (the crash may precede the
    config)."""
    found = []
    for index, arg in enumerate(argv):
        name, eq, inline = arg.partition("=")
        if name not in ("--header", "--cookie", "--login"):
            continue
        value = inline if eq else (argv[index + 1] if index + 1 < len(argv) else "")
        if name == "--login":
            found += _login_values([value])
            continue
        _, sep, secret = value.partition(":" if name == "--header" else "=")
        found.append(secret if sep else value)  # the header's name stays readable
    return found


def save_run(scene: CrashScene) -> list[str]:
    """Mark the crashed run unfinished and write what reports still can be; return notes
    on what was saved, for crash.log."""
    audit = scene.audit
    store, run_id = getattr(audit, "store", None), getattr(audit, "run_id", None)
    if audit is None or store is None or run_id is None:
        return ["no run was in progress"]
    notes = [_mark_unfinished(store, run_id)]
    out_dir = Path(getattr(audit, "out_dir", None) or crash_log_dir(scene))
    from checker.report import FORMATS, parse_formats

    wanted = set(parse_formats(audit.config.formats)) | {"json"}
    for fmt, (name, writer) in FORMATS.items():
        if fmt not in wanted:
            continue
        try:
            writer(audit.config, store, run_id, out_dir / name)
            notes.append(f"wrote {out_dir / name}")
        except Exception as exc:  # one report failing must not stop the others
            notes.append(f"could not write {name}: {type(exc).__name__}: {exc}")
    return notes


def _mark_unfinished(store: Any, run_id: str) -> str:
    try:
        run = store.get_run(run_id)
        if run is not None and run.status == "running":
            run.status = "interrupted"
            run.finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            store.finish_run(run)
        status = run.status if run is not None else "missing"
    except Exception as exc:  # a broken store is reported, not raised again
        return f"run {run_id}: could not be marked unfinished: {type(exc).__name__}: {exc}"
    if status == "interrupted":
        return f"run {run_id} saved as interrupted: `clinic-checker audit --resume` carries it on"
    return f"run {run_id} is {status}"


def crash_log_dir(scene: CrashScene) -> Path:
    """The run's report folder, else --out, else the system's temporary folder."""
    audit_out = getattr(scene.audit, "out_dir", None)
    config_out = scene.config.out if scene.config is not None else None
    return Path(audit_out or config_out or tempfile.gettempdir())


def write_crash_log(exc: BaseException, saved: list[str], scrub: Scrubber) -> Path | None:
    text = scrub(crash_report(exc, saved))
    for folder in dict.fromkeys([crash_log_dir(SCENE), Path(tempfile.gettempdir())]):
        name = CRASH_LOG if folder != Path(tempfile.gettempdir()) else (
            f"clinic-checker-crash-{os.getpid()}.log")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(text, encoding="utf-8")
            return path
        except OSError:
            continue  # the report folder may be the very thing that failed
    return None


def crash_report(exc: BaseException, saved: list[str]) -> str:
    lines = [
        f"clinic-checker {__version__} internal error, "
        f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        f"python {platform.python_version()} on {platform.platform()}",
        f"command: {' '.join(sys.argv)}",
        "saved:",
        *(f"  {note}" for note in saved),
        "",
        "".join(traceback.format_exception(exc)),
    ]
    if SCENE.thread_errors:
        lines += ["errors in background threads:", *SCENE.thread_errors]
    lines.append("Please report this with the lines above (secrets have been removed).")
    return "\n".join(lines) + "\n"


def _thread_error(args: threading.ExceptHookArgs) -> None:
    """A background thread's exception: one line now, the traceback kept for crash.log."""
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    SCENE.thread_errors.append("".join(traceback.format_exception(args.exc_value)))
    name = args.thread.name if args.thread else "?"
    scrub = Scrubber.for_scene(SCENE, sys.argv)
    message = safe_text(scrub(one_line(str(args.exc_value))), MESSAGE_CAP)
    click.echo(f"clinic-checker: warning: internal error in thread {name}: "
               f"{args.exc_type.__name__}: {message}", err=True)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
