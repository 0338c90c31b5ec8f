"""Is this page the login form again? With a login script, a page that redirects to the login
page, or shows the fields the script fills, was not audited behind the login: it is a page
error "not logged in", never a clean page. Without one, a start URL or URL-list entry that
redirects to a login form is the same error: the site is behind a login the audit does not
have. One test for the crawler's response and the browser's render alike, and what a login
page looks like (checker.browser.agreement asks it too)."""

from __future__ import annotations

import re

import lxml.html
from cssselect import SelectorError
from lxml import etree

from checker.crawl.scope import normalize_url
from checker.settings.login import LoginScript

# A password field in the markup: <input type=password>, any quoting, any attribute order
# (bounded: a hostile page's endless tag costs no backtracking).
_PASSWORD_FIELD = re.compile(r"<input\b[^>]{0,2000}?\btype\s*=\s*[\"']?password\b",
                             re.IGNORECASE)
# Words of a login page's title or URL, in the languages clinic sites here use most.
_LOGIN_WORDS = re.compile(
    r"log[\s_-]?in|sign[\s_-]?in|signin|logon|auth|session (?:has )?expired|"
    r"anmeld|connexion|iniciar sesi|accedi|password", re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]{0,500}>([^<]{0,500})", re.IGNORECASE)


def has_password_field(html: str | None) -> bool:
    return bool(html) and _PASSWORD_FIELD.search(html or "") is not None


def looks_like_login(html: str, title: str, url: str) -> bool:
    """A login page: a password field, and a title or URL that says so."""
    return has_password_field(html) and bool(
        _LOGIN_WORDS.search(title or "") or _LOGIN_WORDS.search(url or ""))


def login_wall_reason(requested_url: str, final_url: str, html: str | None,
                      credentials: bool = False) -> str | None:
    """Without a login script: why a page redirected to `final_url` is a login wall rather
    than the page, or None. Only a redirect counts: a start URL that is the login page itself
    is audited as that page. With `credentials` sent (--header, --cookie, user:password@) the
    wall means they were refused or expired."""
    if not html or _same_url(requested_url, final_url):
        return None
    title = _TITLE.search(html)
    if not looks_like_login(html, title.group(1) if title else "", final_url):
        return None
    if credentials:
        return (f"redirected to a login page {final_url} although credentials were sent"
                " (--header, --cookie or user:password@): refused or expired; a login of"
                " another kind (a patient portal) can be left out with --exclude")
    return (f"redirected to a login page {final_url} (audit behind it with --login, --header"
            " or --cookie; to audit the login page itself, start there)")


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


def _same_url(a: str, b: str) -> bool:
    try:
        return normalize_url(a) == normalize_url(b)
    except ValueError:
        return a == b


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
