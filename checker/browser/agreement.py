"""Did the browser get the page the crawler got? If not, the render is not the page.

A WAF that serves Chromium a 403 "Attention required", a server that redirects only the
browser (to a login page, or round in a loop), a session that the crawler's --header keeps
alive but the browser lost: in each the browser rendered something else, and auditing that
would report on a block page or a login form as if it were the clinic's page. Such a page is
a page that could not be audited, with the reason.
"""

from __future__ import annotations

import re

from checker.browser.guard import same_page
from checker.browser.render import Rendered
from checker.model import PageFailure

# A password field in the markup: <input type=password>, any quoting, any attribute order.
_PASSWORD_FIELD = re.compile(r"<input\b[^>]*\btype\s*=\s*[\"']?password\b", re.IGNORECASE)
# Words of a login page's title or URL, in the languages clinic sites here use most.
_LOGIN_WORDS = re.compile(
    r"log[\s_-]?in|sign[\s_-]?in|signin|logon|auth|session (?:has )?expired|"
    r"anmeld|connexion|iniciar sesi|accedi|password", re.IGNORECASE)


def has_password_field(html: str | None) -> bool:
    return bool(html) and _PASSWORD_FIELD.search(html or "") is not None


def looks_like_login(html: str, title: str, url: str) -> bool:
    """A login page: a password field, and a title or URL that says so."""
    return has_password_field(html) and bool(
        _LOGIN_WORDS.search(title or "") or _LOGIN_WORDS.search(url or ""))


def disagreement(crawled_status: int | None, crawled_html: str | None,
                 rendered: Rendered) -> tuple[PageFailure, str] | None:
    """Why the browser's page is not the crawler's, or None when they agree."""
    status = rendered.extra.get("browser_status")
    crawled = crawled_status or 200
    if isinstance(status, int) and status >= 400 and crawled < 400:
        title = f' "{rendered.title[:80]}"' if rendered.title else ""
        return PageFailure.BROWSER_MISMATCH, (
            f"the browser was answered HTTP {status}{title} where the crawler got HTTP"
            f" {crawled} (a firewall or bot check that treats browsers differently?)")
    login = looks_like_login(rendered.html, rendered.title, rendered.final_url) and not (
        has_password_field(crawled_html))
    landed = rendered.extra.get("browser_final_url")
    if login:
        return PageFailure.AUTH_LOST, (
            "not logged in / auth lost: the browser got a login form where the crawler got"
            " the page's content (check --header/--cookie)")
    if isinstance(landed, str) and not same_page(landed, rendered.url):
        return PageFailure.BROWSER_MISMATCH, (
            f"the browser was redirected to {landed[:200]} where the crawler got the page")
    return None
