"""A config file's values (TOML) turned into typed settings: the type comes from the
options table's annotation; a mismatch is BadValue saying the expected type in words."""

from __future__ import annotations

import datetime as dt
import typing
from pathlib import Path
from typing import Any

from checker.settings.option import type_words, without_none


class BadValue(ValueError):
    """The expected type, in words."""


def coerce(value: Any, hint: Any) -> Any:
    hint = without_none(hint)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is list:
        if isinstance(value, str):
            value = [value]  # start = "https://..." reads naturally
        if not isinstance(value, list):
            raise BadValue(type_words(hint))
        return [coerce(v, args[0]) for v in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise BadValue(type_words(hint))
        return {str(k): coerce(v, args[1]) for k, v in value.items()}
    return _scalar(value, hint)


def _scalar(value: Any, hint: Any) -> Any:
    if hint is bool:
        if not isinstance(value, bool):
            raise BadValue("true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue("a whole number")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadValue("a number")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise BadValue("a string")
        return value
    if hint is Path:
        if not isinstance(value, str) or not value:
            raise BadValue("a path (a string)")
        return Path(value)
    if hint is dt.date:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise BadValue("a date (YYYY-MM-DD)") from None
    raise BadValue(type_words(hint))
