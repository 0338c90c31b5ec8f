"""Is this page the login form again? With a login script, a page that redirects to the login
page, or shows the fields the script fills, was not audited behind the login: it is a page
error "not logged in", never a clean page. One test for the crawler's response and the
browser's render alike."""

from __future__ import annotations

import lxml.html
from cssselect import SelectorError
from lxml import etree

from checker.crawl.scope import normalize_url
from checker.settings.login import LoginScript


def login_page_reason(script: LoginScript, requested_url: str, final_url: str,
                      html: str | None) -> str | None:
    """Why the page asked for at `requested_url`, shown at `final_url` (after redirects), is
    the login form, or None. The login page's own URL asked for directly is the login form
    only when it shows the fields (a staging site may show its home page there once logged
    in), or when the script fills no field to tell by."""
    at_login = _same_path(final_url, script.login_url)
    if at_login and not _same_path(requested_url, script.login_url):
        return f"redirected to the login page {script.login_url}"
    selectors = script.form_selectors
    if selectors and html and _has_all(html, selectors):
        return f"the page shows the login form ({', '.join(selectors)})"
    if at_login and not selectors:
        return f"the page is the login page {script.login_url}"
    return None


def _same_path(url: str, login_url: str) -> bool:
    """The same scheme, host, port and path (the login page's query may carry a return
    address: ?next=/services/)."""
    try:
        return normalize_url(url).split("?", 1)[0] == normalize_url(login_url).split("?", 1)[0]
    except ValueError:
        return False


def _has_all(html: str, selectors: tuple[str, ...]) -> bool:
    """Whether each selector matches an element; a selector our CSS engine cannot read (the
    browser's may) counts as absent: the URL test still applies."""
    try:
        tree = lxml.html.document_fromstring(html)
        return all(tree.cssselect(selector) for selector in selectors)
    except (SelectorError, etree.ParserError, ValueError):
        return False
