"""Chromium helpers for report tests: a session that records what a page does (CSP
violations, script errors, dialogs) from before any of the page's own scripts run."""

from __future__ import annotations

from typing import Any

from checker.browser.pool import Session, start_session
from checker.settings import AuditConfig

# Installed with CDP, so it runs in every document before the page's scripts and is not
# subject to the page's CSP. A dialog or a payload would leave a trace here.
RECORDER = """
window.__events = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__events.push('csp ' + e.violatedDirective + ' ' + e.blockedURI);
});
window.addEventListener('error', function (e) {
  window.__events.push('error ' + (e.message || (e.target && e.target.tagName) || 'unknown'));
}, true);
['alert', 'confirm', 'prompt', 'print', 'open'].forEach(function (name) {
  window[name] = function () { window.__events.push('dialog ' + name); window.__pwned = 1; };
});
"""


def recording_session() -> Session:
    session = start_session(AuditConfig(screenshots=False))
    session.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                   {"source": RECORDER})
    return session


def events(driver: Any) -> list[str]:
    return list(driver.execute_script("return window.__events || []"))


def jpeg_of(driver: Any, html: str) -> bytes:
    """A real JPEG screenshot of a small page, for reports that show one."""
    import base64
    from urllib.parse import quote

    driver.get("data:text/html," + quote(html))
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "jpeg", "quality": 50})
    return base64.b64decode(data["data"])
