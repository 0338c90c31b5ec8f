"""One validate() for the CLI, the config file and the library: ranges, choices and the
checks each row of the table names."""

from __future__ import annotations

import math
from typing import Any

from checker.settings.errors import OptionError
from checker.settings.option import Setting


def validate(config: Any, rows: list[Setting]) -> None:
    """Raise OptionError for the first setting (of the table's `rows`) whose value is out of
    its range or choices, or fails its row's check."""
    for setting in rows:
        value = getattr(config, setting.name)
        if value is None:
            continue
        problem = _problem(setting, value)
        if problem:
            raise OptionError(setting, problem)


def _problem(setting: Setting, value: Any) -> str | None:
    opt = setting.option
    if setting.kind is list:
        items: list[Any] = list(value)
    elif setting.kind is dict:
        items = list(value.items())
    else:
        items = [value]
    for item in items:
        problem = _range_problem(setting, item) or _choice_problem(setting, item)
        if problem is None and opt.check is not None:
            problem = opt.check(item)
        if problem:
            return problem
    return opt.check_all(value) if opt.check_all is not None else None


def _range_problem(setting: Setting, value: Any) -> str | None:
    opt = setting.option
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value):  # nan passes every comparison; inf overflows timeouts
        return f"must be a finite number, got {value}"
    shown = value / opt.scale
    if opt.minimum is not None and shown < opt.minimum:
        bound = "0 or more" if opt.minimum == 0 else f"at least {opt.minimum:g}"
        return f"must be {bound}, got {shown:g}"
    if opt.above is not None and shown <= opt.above:
        return f"must be more than {opt.above:g}, got {shown:g}"
    return None


def _choice_problem(setting: Setting, value: Any) -> str | None:
    choices = setting.option.choices
    if choices and value not in choices:
        return f"{value!r} is not one of: {', '.join(choices)}"
    return None
