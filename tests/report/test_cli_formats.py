"""--format and --pdf on the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SITES, requires_browser, run_cli

pytestmark = pytest.mark.slow  # the CLI in a subprocess, and Chromium


def test_format_option_picks_the_files(tmp_path: Path):
    out = tmp_path / "out"
    proc = run_cli("audit", str(SITES / "report"), "--no-browser", "--out", str(out),
                   "--format", "csv", "--format", "junit,sarif", "--fail-on", "never", "-q")
    assert proc.returncode == 0, proc.stderr
    written = {p.name for p in out.iterdir() if p.is_file()}
    assert {"findings.csv", "junit.xml", "results.sarif"} <= written
    assert not {"index.html", "results.json"} & written


def test_unknown_format_is_a_usage_error(tmp_path: Path):
    proc = run_cli("audit", str(SITES / "report"), "--format", "html,docx")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "docx" in proc.stderr


@requires_browser
@pytest.mark.browser
def test_pdf_is_printed_by_chromium(tmp_path: Path):
    from checker.browser.printing import chromium_printer
    from checker.report import write_reports
    from checker.settings import AuditConfig
    from tests.report.synthetic import build

    store, run_id = build(tmp_path / "a.sqlite", pages=6, findings=20, previous=False)
    config = AuditConfig(formats=["html"], pdf=True)
    paths = write_reports(config, store, run_id, tmp_path / "out",
                          print_pdf=chromium_printer(config))
    pdf = tmp_path / "out" / "report.pdf"
    assert pdf in paths
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5_000
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 2  # several pages
    # printing writes print.html beside the report and leaves the report's own files alone
    assert len(list((tmp_path / "out" / "pages").glob("*.html"))) == 6
    assert list((tmp_path / "out" / "rules").glob("*.html"))
