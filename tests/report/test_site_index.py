"""Runs people can find: in the default layout reports/<site>/<run>/, the site folder gets
latest/ (forwarding to the newest report) and index.html listing every run."""

from __future__ import annotations

import re
from pathlib import Path

from checker.report import write_reports
from checker.report.site_index import site_folder, site_slug
from checker.settings import AuditConfig
from tests.report.synthetic import SITE, build


def _write(store, run_id: str, out: Path) -> None:
    run = store.get_run(run_id)
    run.options["out_dir"] = str(out)
    store.finish_run(run)
    write_reports(AuditConfig(formats=["html"]), store, run_id, out)


def test_site_folder_lists_every_run_and_latest_forwards(tmp_path: Path) -> None:
    store, newest = build(tmp_path / "audit.sqlite", pages=4, findings=12)
    folder = tmp_path / "reports" / site_slug(SITE)
    for run_id in ("run-1", "run-2", newest):  # oldest first, as a weekly audit makes them
        _write(store, run_id, folder / run_id)
    index = (folder / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="(run-\d)/index.html">', index)
    assert links == ["run-3", "run-2", "run-1"]  # newest first, each a link
    assert "Runs (3)" in index
    latest = (folder / "latest" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=../run-3/index.html"' in latest
    assert (folder / "assets" / "report.css").is_file()


def test_an_out_folder_of_ones_own_gets_no_site_index(tmp_path: Path) -> None:
    store, newest = build(tmp_path / "audit.sqlite", pages=2, findings=4, previous=False)
    out = tmp_path / "nightly-2026-12-01"
    _write(store, newest, out)
    assert site_folder(out, SITE) is None
    assert not (tmp_path / "index.html").exists() and not (tmp_path / "latest").exists()
