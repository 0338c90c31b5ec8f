"""report.pdf: the full report (overview and every page's findings) printed by a print
function the caller hands in (checker.browser.printing.chromium_printer: Chromium's own PDF
engine), for an audit archive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from checker.report.common import ReportError
from checker.report.html_writer import write_print_html
from checker.settings import AuditConfig
from checker.store.db import Store

# An HTML file and the printToPDF parameters -> the PDF's bytes.
PrintFn = Callable[[Path, dict[str, Any]], bytes]
PAGE = {
    "printBackground": True,
    "preferCSSPageSize": False,
    "paperWidth": 8.27, "paperHeight": 11.69,  # A4, in inches
    "marginTop": 0.5, "marginBottom": 0.5, "marginLeft": 0.5, "marginRight": 0.5,
    "displayHeaderFooter": True,
    "headerTemplate": "<span></span>",
    "footerTemplate": '<div style="font-size:8px;width:100%;text-align:center">'
                      '<span class="pageNumber"></span> / <span class="totalPages">'
                      "</span></div>",
}


class PdfError(ReportError):
    """The report could not be printed (a ReportError to the CLI)."""


def write_pdf(config: AuditConfig, store: Store, run_id: str, out_dir: Path,
              print_pdf: PrintFn) -> Path:
    source = write_print_html(config, store, run_id, out_dir / "print.html")
    target = out_dir / "report.pdf"
    try:
        data = print_pdf(source, PAGE)
    except Exception as exc:  # noqa: BLE001 - any printer failure means no PDF, said plainly
        raise PdfError(f"Chromium could not print the report: {exc}") from exc
    target.write_bytes(data)
    return target
