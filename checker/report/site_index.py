"""Runs people can find: with the default layout reports/<site>/<run>/, each site folder gets
reports/<site>/latest/ (a page that forwards to the newest run's report) and
reports/<site>/index.html, listing every run of the site with its verdict and counts. A
weekly audit has one bookmark."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from checker.model import Run
from checker.resources import reports_dir
from checker.store.db import Store

SEVERITIES = ("critical", "serious", "moderate", "minor")


def site_slug(site: str) -> str:
    """The site's folder name under reports/."""
    return "".join(c if c.isalnum() or c in "-." else "-" for c in site)[:80] or "site"


def site_folder(out_dir: Path, site: str) -> Path | None:
    """The site folder when the run's report lies in the default layout; None otherwise
    (an --out of the user's own is left alone)."""
    parent = out_dir.resolve().parent
    return parent if parent.name == site_slug(site) else None


def run_rows(store: Store, site: str, folder: Path) -> list[dict[str, Any]]:
    """Every run of the site, newest first, with its counts and a link to its report when
    the report is in the site folder."""
    rows = []
    for run in store.runs(site):
        counts = store.counts(run.id)
        report = _report_of(run, folder)
        rows.append({
            "run": run, "href": report, "verdict": run.options.get("verdict"),
            "audited": counts["pages"] - counts["page_errors"], "errors": counts["page_errors"],
            "by_severity": {s: counts["by_severity"].get(s, 0) for s in SEVERITIES},
            "review": counts["needs_review"],
        })
    return rows


def _report_of(run: Run, folder: Path) -> str | None:
    out = run.options.get("out_dir")
    if not out:
        return None
    index = Path(out).resolve() / "index.html"
    if not index.is_file() or index.parent.parent != folder:
        return None
    return Path(os.path.relpath(index, folder)).as_posix()


def write_site_index(store: Store, run: Run, out_dir: Path, render: Any) -> list[Path]:
    """reports/<site>/index.html and reports/<site>/latest/index.html, when out_dir is in
    the default layout; `render(template, path, **context)` writes a report template."""
    folder = site_folder(out_dir, run.site)
    if folder is None:
        return []
    (folder / "assets").mkdir(exist_ok=True)
    shutil.copyfile(reports_dir() / "static" / "report.css", folder / "assets" / "report.css")
    rows = run_rows(store, run.site, folder)
    newest = next((r for r in rows if r["href"]), None)
    index, latest = folder / "index.html", folder / "latest" / "index.html"
    render("site.html.j2", index, section="runs", root="", rows=rows, newest=newest)
    if newest is not None:
        render("latest.html.j2", latest, section="runs", root="../",
               target="../" + newest["href"], newest=newest)
    return [index, latest]
