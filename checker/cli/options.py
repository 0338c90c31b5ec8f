"""The click options of `audit`, `demo` and `rules`, generated from the options table
(checker/settings): a flag, its type, its help with the default and range. Ranges and choices
are checked by the one `AuditConfig.validate()`, not by click, so the CLI, config files and the
library refuse the same values with the same words.

Every option's click default is None: a value that is not None was typed, so a config file's
`max_pages = 50` is not undone by the table's default of 500."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from checker.settings import Setting, setting, settings_table
from checker.settings.starter import toml_value

Decorator = Callable[[Any], Any]


def table_options(command: str) -> Decorator:
    """Every option of the table that belongs to `command`, in table order."""
    rows = [s for s in settings_table() if s.flag and command in s.option.commands]

    def decorate(func: Any) -> Any:
        for row in reversed(rows):
            func = click_option(row)(func)
        return func

    return decorate


def click_option(row: Setting) -> Decorator:
    opt = row.option
    decls = [d for d in (opt.short, opt.flag, row.name) if d]
    kwargs: dict[str, Any] = {"default": None, "help": _help(row)}
    if row.kind is bool:
        if "/" not in (opt.flag or ""):  # a --x/--no-x pair is a flag by its form
            kwargs["is_flag"] = True
        return click.option(*decls, **kwargs)
    if row.kind in (list, dict):
        kwargs["multiple"] = True
    kwargs["type"] = _click_type(row)
    kwargs["metavar"] = opt.metavar or ("[" + "|".join(opt.choices) + "]" if opt.choices
                                        else None)
    kwargs["callback"] = _callback(row)
    return click.option(*decls, **kwargs)


def table_option(name: str) -> Decorator:
    """One option of the table on another command (`rules --rules PATH`)."""
    return click_option(setting(name))


def _click_type(row: Setting) -> Any:
    item = row.item
    if row.kind is dict:
        return click.STRING
    if row.option.scale != 1:
        return click.FLOAT
    return {int: click.INT, float: click.FLOAT, Path: click.Path(path_type=Path)}.get(
        item, click.STRING)


def _help(row: Setting) -> str:
    opt = row.option
    notes = []
    shown = row.shown_default()
    default = opt.default_text or (",".join(shown) if isinstance(shown, list)
                                   else toml_value(shown))
    if default and not (row.kind is bool and row.shown_default() is False):
        notes.append(f"default: {default}".replace('"', ""))
    if opt.minimum is not None:
        notes.append("0 or more" if opt.minimum == 0 else f"at least {opt.minimum:g}")
    if opt.above is not None:
        notes.append(f"more than {opt.above:g}")
    if opt.choices and row.kind is list:
        notes.append(f"choices: {', '.join(opt.choices)}")
    notes.append(f"key: {row.key}")
    return f"{opt.help} [{'; '.join(notes)}]"


def _callback(row: Setting) -> Any:
    opt = row.option

    def convert(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is None or value == ():
            return None
        if row.kind is dict:
            return _pairs(row, value)
        if row.kind is list:
            if opt.split:
                value = [v.strip().lower() for raw in value for v in raw.split(opt.split)]
                return list(dict.fromkeys(v for v in value if v))
            return list(value)
        if row.item is dt.date:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None
        if opt.scale != 1:
            if not math.isfinite(value):  # inf and nan have no whole number of bytes
                raise click.BadParameter(f"{value!r} is not a finite number")
            return int(value * opt.scale)
        return value

    return convert


def _pairs(row: Setting, values: tuple[str, ...]) -> dict[str, Any]:
    """`--header 'X-Token: env:TOKEN'` -> {"X-Token": "env:TOKEN"}; a dict of whole numbers
    (`--threshold max_wcag_serious=0`) converts its values."""
    separator = row.option.separator or "="
    pairs: dict[str, Any] = {}
    for value in values:
        name, sep, rest = value.partition(separator)
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME{separator}VALUE, got {value!r}")
        pairs[name.strip()] = rest.strip()
        if row.item is int:
            try:
                pairs[name.strip()] = int(rest)
            except ValueError:
                raise click.BadParameter(f"{rest.strip()!r} is not a whole number") from None
    return pairs


def typed_values(options: dict[str, Any]) -> dict[str, Any]:
    """The options the user typed (click's values that are not None)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in options.items()
            if v is not None}
