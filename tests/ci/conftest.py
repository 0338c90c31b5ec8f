"""A project in a git-like folder with its built site in a folder of its own (PUBLIC),
audited as a folder in CI."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.scheduled.conftest import project, pytester, site  # noqa: F401 - shared fixtures
from tests.scheduled.sitegen import build_site

TOTAL = 4
# The built site's folder. A folder audit serves a folder on a port chosen from its name, so
# two test sessions at once (other helpers, CI shards) use different names: the same port for
# both would move one to another port between its runs, and its URLs with it.
PUBLIC = f"public-{uuid.uuid4().hex[:6]}"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository root (it has .git) whose site is built into PUBLIC: pages 2 and 3 carry a
    cure claim and a guaranteed result."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    build_site(root / PUBLIC, TOTAL, {2: ("cure",), 3: ("guarantee",)})
    return root
