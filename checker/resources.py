"""Where the shipped data lives: rules/ and reports/, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_PACKAGE = Path(__file__).resolve().parent
# PyYAML's safe loader, in C (libyaml) when PyYAML was built with it: several times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name  # wheel: force-included by pyproject.toml
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # checkout or editable install


def rules_dir() -> Path:
    return _data_dir("rules")


def reports_dir() -> Path:
    return _data_dir("reports")


def read_own_yaml(path: Path) -> Any:
    """One of our own YAML files (the lexicons, frames and packs we ship, the claims corpus),
    read with libyaml when PyYAML has it: the pure-Python loader took a second of every
    command's start. (Users' rule packs go through rules.load_yaml, which refuses aliases.)"""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 - safe
