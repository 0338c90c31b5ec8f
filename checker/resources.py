"""Where the shipped data lives: rules/ and reports/, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name  # wheel: force-included by pyproject.toml
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # checkout or editable install


def rules_dir() -> Path:
    return _data_dir("rules")


def reports_dir() -> Path:
    return _data_dir("reports")
