"""The same run gives the same report, byte for byte, from one process to the next: nothing in
a report may follow a set's iteration order, which changes with PYTHONHASHSEED."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.report.synthetic import build

RENDER = """
import sys
from pathlib import Path
from checker.report import write_reports
from checker.settings import REPORT_FORMATS, AuditConfig
from checker.store.db import Store
store = Store(Path(sys.argv[1]))
write_reports(AuditConfig(formats=list(REPORT_FORMATS)), store,
              "run-3", Path(sys.argv[2]))
store.close()
"""


def _render(store: Path, out: Path, seed: str) -> dict[str, bytes]:
    """Every file written, by name; `out` is emptied first (the summary names the paths)."""
    shutil.rmtree(out, ignore_errors=True)
    env = os.environ | {"PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-c", RENDER, str(store), str(out)], env=env, check=True,
                   cwd=Path(__file__).resolve().parents[2], timeout=300)
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}


def test_reports_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    store, _ = build(tmp_path / "audit.sqlite", pages=30, findings=240)
    store.close()
    first = _render(tmp_path / "audit.sqlite", tmp_path / "out", "1")
    second = _render(tmp_path / "audit.sqlite", tmp_path / "out", "2")
    assert "index.html" in first and len(first) > 30
    assert first.keys() == second.keys()
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
