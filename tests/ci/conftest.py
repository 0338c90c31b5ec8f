"""A project in a git-like folder with its built site in public/, audited as a folder in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scheduled.conftest import project, pytester, site  # noqa: F401 - shared fixtures
from tests.scheduled.sitegen import build_site

TOTAL = 4


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository root (it has .git) whose site is built into public/: pages 2 and 3 carry
    a cure claim and a guaranteed result."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    build_site(root / "public", TOTAL, {2: ("cure",), 3: ("guarantee",)})
    return root
