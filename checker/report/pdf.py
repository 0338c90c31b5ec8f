"""report.pdf: the full report (overview and every page's findings) printed by Chromium's
own PDF engine (DevTools Page.printToPDF), for an audit archive."""

from __future__ import annotations

import base64
from pathlib import Path

from checker.report.common import ReportError
from checker.report.html_writer import write_print_html
from checker.settings import AuditConfig
from checker.store.db import Store


class PdfError(ReportError):
    """Chromium could not print the report (a ReportError to the CLI)."""


def write_pdf(config: AuditConfig, store: Store, run_id: str, out_dir: Path) -> Path:
    from checker.browser.pool import BrowserUnavailable, start_session

    source = write_print_html(config, store, run_id, out_dir / "print.html")
    target = out_dir / "report.pdf"
    try:
        session = start_session(config)
    except BrowserUnavailable as exc:
        raise PdfError(str(exc)) from exc
    try:
        session.driver.get(source.resolve().as_uri())
        data = session.driver.execute_cdp_cmd("Page.printToPDF", {
            "printBackground": True,
            "preferCSSPageSize": False,
            "paperWidth": 8.27, "paperHeight": 11.69,  # A4, in inches
            "marginTop": 0.5, "marginBottom": 0.5, "marginLeft": 0.5, "marginRight": 0.5,
            "displayHeaderFooter": True,
            "headerTemplate": "<span></span>",
            "footerTemplate": '<div style="font-size:8px;width:100%;text-align:center">'
                              '<span class="pageNumber"></span> / <span class="totalPages">'
                              "</span></div>",
        })
    except Exception as exc:  # noqa: BLE001 - any driver failure means no PDF, said plainly
        raise PdfError(f"Chromium could not print the report: {exc}") from exc
    finally:
        session.quit()
    target.write_bytes(base64.b64decode(data["data"]))
    return target
