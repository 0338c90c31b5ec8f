"""Report writers: HTML for people; JSON, CSV, JUnit and SARIF for machines; GitHub
annotations and GitLab Code Quality for CI; PDF for the archive. Each streams what it
needs from the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from checker.model import Run
from checker.report.common import ReportError
from checker.report.csv_writer import write_csv
from checker.report.github_writer import write_github
from checker.report.gitlab_writer import write_gitlab
from checker.report.html_writer import write_html
from checker.report.json_writer import write_json
from checker.report.junit_writer import write_junit
from checker.report.markdown_writer import write_markdown
from checker.report.pdf import PrintFn
from checker.report.sarif_writer import write_sarif
from checker.settings import AuditConfig
from checker.store.db import Store

__all__ = ["FORMATS", "PRINTED", "printed_reports", "ReportError", "parse_formats",
           "rewrite_reports", "write_reports"]

Writer = Callable[[AuditConfig, Store, str, Path], Path]

# format name -> (file name, writer); the order is the order they are written and listed.
FORMATS: dict[str, tuple[str, Writer]] = {
    "json": ("results.json", lambda c, s, r, p: write_json(s, r, p)),
    "csv": ("findings.csv", lambda c, s, r, p: write_csv(s, r, p)),
    "junit": ("junit.xml", write_junit),
    "sarif": ("results.sarif", lambda c, s, r, p: write_sarif(
        s, r, p, source_map=c.source_map, baseline=c.baseline)),
    "html": ("index.html", write_html),
    "github": ("annotations.txt", write_github),
    "gitlab": ("gl-code-quality.json", write_gitlab),
    "markdown": ("summary.md", write_markdown),
}
# Written to a file and also printed on stdout, where a CI runner reads them.
PRINTED = ("github",)


def parse_formats(values: list[str] | tuple[str, ...]) -> list[str]:
    """'html,json' and repeated options alike, in order, without repeats; raises ValueError
    naming an unknown one."""
    names = [v.strip().lower() for value in values for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format {unknown[0]!r} (choose from: "
                         f"{', '.join(FORMATS)})")
    return list(dict.fromkeys(names))  # an empty list asks for no report at all


def write_reports(config: AuditConfig, store: Store, run_id: str, out_dir: Path, *,
                  print_pdf: PrintFn | None = None) -> list[Path]:
    """Every format the config asks for, and the PDF if asked (printed by `print_pdf`, e.g.
    checker.browser.printing.chromium_printer); returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = set(parse_formats(config.formats))
    written = [writer(config, store, run_id, out_dir / name)
               for fmt, (name, writer) in FORMATS.items() if fmt in wanted]
    if config.pdf:
        from checker.report.pdf import write_pdf

        if print_pdf is None:
            raise ReportError("a PDF was asked for but no print function was given")
        written.append(write_pdf(config, store, run_id, out_dir, print_pdf))
    return written


def rewrite_reports(store: Store, run: Run, *, print_pdf: PrintFn | None = None
                    ) -> list[Path]:
    """Write a run's reports again in its own folder (after a sign-off), in the formats the
    folder holds (the PDF if it has one), with the settings the run was made with; [] when
    the folder is gone."""
    out_dir = Path(run.options.get("out_dir") or "")
    if not run.options.get("out_dir") or not out_dir.is_dir():
        return []
    other = later_run_in(store, run, out_dir)
    if other is not None:
        raise ReportError(f"its folder {out_dir} now holds the reports of run {other}, which"
                          " were left as they are")
    config = AuditConfig.from_public_options(run.options)
    present = [fmt for fmt, (name, _) in FORMATS.items() if (out_dir / name).is_file()]
    config = replace(config, formats=present, pdf=(out_dir / "report.pdf").is_file())
    return write_reports(config, store, run.id, out_dir, print_pdf=print_pdf)


def later_run_in(store: Store, run: Run, out_dir: Path) -> str | None:
    """The later run of the store whose reports a folder holds now (a CI job that writes
    every run to the same --out), or None: writing `run` again there would put an old run's
    reports over the newer ones."""
    folder = out_dir.resolve()
    for other in store.runs():  # newest first
        if other.id == run.id:
            return None
        written = other.options.get("out_dir")
        if written and Path(written).resolve() == folder:
            return other.id
    return None


def printed_reports(paths: list[Path]) -> list[Path]:
    """The written reports whose lines go to stdout too (GitHub's workflow commands)."""
    names = {FORMATS[fmt][0] for fmt in PRINTED}
    return [p for p in paths if p.name in names]
