"""bench/remote_site.py's feasibility bound: from each contender's CPU-s a page (and the
site server's, on the same cores) the best pages/s it could make, and whether issue 17's
target ratio is reachable at all at the checker's CPU-s a page."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
remote_site = pytest.importorskip("remote_site")


def _row(name: str, pages: int, seconds: float, cpu: float, server: float = 0.0,
         browsers: int = 0) -> dict:
    return {"name": name, "pages": pages, "seconds": seconds, "rate": pages / seconds,
            "cpu": cpu, "server_cpu": server, "browsers": browsers}


def test_the_bound_is_the_cores_over_the_cpu_seconds_a_page():
    bare = _row("bare loop, 1 browser(s)", 50, 25.0, 35.0, server=5.0, browsers=1)
    assert remote_site.cpu_bound_rate(bare, 2) == pytest.approx(2 / 0.8)


def test_a_checker_spending_more_cpu_a_page_than_the_target_allows_cannot_reach_it():
    bare = _row("bare loop, 1 browser(s)", 50, 25.0, 35.0, browsers=1)  # 2.0 pages/s
    heavy = _row("checker, default workers", 50, 30.0, 56.0)  # 1.12 CPU-s a page
    light = _row("checker, --workers 2", 50, 30.0, 40.0)  # 0.80 CPU-s a page
    lines = remote_site.bound_lines([bare, heavy, light], (1.2, 1), 2)
    # 1.2 x 2.0 pages/s on 2 cores leaves 0.83 CPU-s a page
    assert heavy["target"]["needs_cpu_per_page"] == pytest.approx(2 / 2.4)
    assert heavy["target"]["reachable"] is False and light["target"]["reachable"] is True
    assert heavy["bound"] == pytest.approx(2 / 1.12)
    assert "NOT reachable" in lines[1] and "reachable in principle" in lines[2]
    assert "0.89x bare loop, 1 browser(s)" in lines[1]  # (2 / 1.12) / 2.0
