"""Fixtures for scheduled-audit and CI-gate tests: generated sites on stable ports, the CLI
run in a project folder, and the store's view of a run."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from checker.store.db import Store
from tests.conftest import SUITE_AS_OF
from tests.scheduled.sitegen import SiteServer, build_site

REPO = Path(__file__).resolve().parents[2]
AS_OF = SUITE_AS_OF.isoformat()


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    """The same command in this process (a child costs seconds of imports per call)."""
    from click.testing import CliRunner

    from checker.cli.main import cli as group

    previous = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner(env=env).invoke(group, list(args), prog_name="clinic-checker")
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout,
                                       result.stderr)


def latest_run(db: Path) -> tuple[dict, list[dict], list[dict]]:
    """(run options, pages, findings) of the newest run in a store, as plain dicts."""
    with Store(db) as store:
        run = store.runs()[0]
        pages = [p.to_dict() for p in store.iter_pages(run.id)]
        findings = [f.to_dict() for f in store.iter_findings(run.id)]
    return run.options, pages, findings


def finding_keys(findings: list[dict]) -> set[tuple[str, str, str, str]]:
    """What must agree between two audits: identity, rule, severity and status."""
    return {(f["fingerprint"], f["rule_id"], f["severity"], f["status"]) for f in findings}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    return folder


@pytest.fixture
def site(tmp_path: Path):
    """site(total, defects, delay) -> (root folder, running SiteServer)."""
    servers: list[SiteServer] = []

    def make(total: int, defects: dict[int, tuple[str, ...]] | None = None,
             delay: float = 0.0) -> tuple[Path, SiteServer]:
        root = build_site(tmp_path / f"site{len(servers)}", total, defects)
        server = SiteServer(root, delay=delay).__enter__()
        servers.append(server)
        return root, server

    yield make
    for server in servers:
        server.__exit__()


@pytest.fixture
def pytester(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
             monkeypatch: pytest.MonkeyPatch):
    """pytest's own `pytester`. `pytest_plugins = ["pytester"]` is refused in a conftest
    below the rootdir (pytest >= 8), so the fixture is built here; the one option the
    plugin would have added is set to its default."""
    from _pytest.pytester import Pytester

    try:
        request.config.getoption("--runpytest")
    except ValueError:  # the plugin is not loaded: getoption looks the raw name up
        monkeypatch.setattr(request.config.option, "--runpytest", "inprocess", raising=False)
    return Pytester(request, tmp_path_factory, monkeypatch, _ispytest=True)


def results(out: Path) -> dict:
    return json.loads((out / "results.json").read_text())
