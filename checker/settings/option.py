"""How one row of the options table is written: `option(default, flag=..., help=...)` on a
field of a stage's settings dataclass. Everything else (the CLI flags, validation, the config
file's keys, the starter file, docs/cli.md) is generated from these rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The commands an option belongs to: every audit option is on `audit`; `demo` takes the ones
# that make sense for a bundled site (not the project's config, sites, baseline or history).
AUDIT_AND_DEMO = ("audit", "demo")
AUDIT_ONLY = ("audit",)


@dataclass(frozen=True)
class Option:
    """The metadata of one setting (a row of the table), besides its name, type and default."""

    help: str
    flag: str | None = None  # "--max-pages"; "--screenshots/--no-screenshots" for a pair
    short: str | None = None  # "-q"
    minimum: float | None = None  # inclusive
    above: float | None = None  # exclusive lower bound
    choices: tuple[str, ...] = ()
    metavar: str | None = None
    example: str | None = None  # TOML shown in the starter file when the default is None
    default_text: str | None = None  # how --help shows a computed default
    separator: str | None = None  # dict options on the CLI: NAME<sep>VALUE
    split: str | None = None  # list options on the CLI: also split each value on this
    scale: int = 1  # the flag and key are in units of field/scale (--max-body-mb: MiB)
    commands: tuple[str, ...] = AUDIT_AND_DEMO
    check: Callable[[Any], str | None] | None = None  # extra check: a problem, or None
    # a check of the whole value (a list's items together), after each item's `check`
    check_all: Callable[[Any], str | None] | None = None

    @property
    def key(self) -> str | None:
        """The config key: the flag's long name with underscores."""
        if self.flag is None:
            return None
        return self.flag.split("/")[0].removeprefix("--").replace("-", "_")


def option(default: Any = dataclasses.MISSING, *, factory: Callable[[], Any] | None = None,
           **meta: Any) -> Any:
    """A dataclass field that is also a row of the options table."""
    metadata = {"option": Option(**meta)}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


@dataclass(frozen=True)
class Setting:
    """One row of the table as read back: the field, its stage and its Option."""

    name: str  # the dataclass field (and the library's keyword)
    stage: str
    hint: Any  # the field's type
    field: dataclasses.Field
    option: Option

    @property
    def key(self) -> str:
        return self.option.key or self.name

    @property
    def flag(self) -> str | None:
        return self.option.flag

    @property
    def label(self) -> str:
        """How a message names this setting to a CLI user."""
        return self.option.flag.split("/")[0] if self.option.flag else self.name

    def field_default(self) -> Any:
        if self.field.default is not dataclasses.MISSING:
            return self.field.default
        if self.field.default_factory is not dataclasses.MISSING:
            return self.field.default_factory()
        return None

    def shown_default(self) -> Any:
        """The default in the units of the flag and the key (None: no default to show)."""
        value = self.field_default()
        if self.option.scale != 1 and isinstance(value, int | float):
            return value / self.option.scale
        return value

    @property
    def base(self) -> Any:
        """The type without `| None`: list[str], int, Path, ..."""
        return without_none(self.hint)

    @property
    def kind(self) -> Any:
        """list, dict or the scalar type."""
        return typing.get_origin(self.base) or self.base

    @property
    def item(self) -> Any:
        """The element type of a list, the value type of a dict, else the type itself."""
        args = typing.get_args(self.base)
        return args[-1] if args else self.base


def without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return inner[0]
    return hint


def type_words(hint: Any) -> str:
    """A type in words, for messages: 'a whole number', 'a list of paths'."""
    hint = without_none(hint)
    origin = typing.get_origin(hint)
    if origin is list:
        return f"a list of {_plural(typing.get_args(hint)[0])}"
    if origin is dict:
        return f"a table of {_plural(typing.get_args(hint)[1])}"
    return {bool: "true or false", int: "a whole number", float: "a number", str: "a string",
            Path: "a path (a string)", dt.date: "a date (YYYY-MM-DD)"}.get(hint, str(hint))


def _plural(hint: Any) -> str:
    return {str: "strings", int: "whole numbers", Path: "paths", bool: "booleans",
            float: "numbers"}.get(hint, getattr(hint, "__name__", str(hint)))
