"""The order `make test` hands test files to its processes (tests/conftest.py): costliest
recorded file first, each file's tests together and in their own order."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import FILE_COSTS, REPO, _costliest_files_first


@dataclass
class FakeItem:
    path: Path
    name: str


def test_the_costliest_file_goes_first_and_files_stay_whole() -> None:
    costs = json.loads(FILE_COSTS.read_text(encoding="utf-8"))["seconds"]
    heavy, light = sorted(costs, key=costs.get, reverse=True)[0], min(costs, key=costs.get)
    unknown = "tests/unit/not_a_recorded_file.py"
    items = [FakeItem(REPO / file, f"{file}::{n}") for file in (unknown, light, heavy)
             for n in range(3)]
    _costliest_files_first(items)  # type: ignore[arg-type]
    assert [item.name for item in items] == [f"{file}::{n}" for file in (heavy, light, unknown)
                                             for n in range(3)]


def test_every_recorded_file_exists() -> None:
    """A renamed or deleted test file loses its place: refresh the costs (see the note)."""
    costs = json.loads(FILE_COSTS.read_text(encoding="utf-8"))
    assert "--record-file-costs" in costs["note"]
    assert [f for f in costs["seconds"] if not (REPO / f).is_file()] == []
