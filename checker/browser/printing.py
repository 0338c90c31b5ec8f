"""Chromium's own print-to-PDF (DevTools Page.printToPDF), handed to the report writer as a
function so that the report stage never starts a browser itself."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.settings import BrowserStageSettings

if TYPE_CHECKING:
    from checker.report.pdf import PrintFn


def chromium_printer(config: BrowserStageSettings) -> PrintFn:
    """A print function that opens one browser session per document (BrowserUnavailable when
    Chromium cannot start; any driver failure raised as it comes)."""

    def print_pdf(source: Path, options: dict[str, Any]) -> bytes:
        from checker.browser.pool import start_session

        session = start_session(config)
        try:
            session.driver.get(source.resolve().as_uri())
            data = session.driver.execute_cdp_cmd("Page.printToPDF", options)
        finally:
            session.quit()
        return base64.b64decode(data["data"])

    return print_pdf
