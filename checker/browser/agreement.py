"""Did the browser get the page the crawler got? If not, the render is not the page.

A WAF that serves Chromium a 403 "Attention required", a server that redirects only the
browser (to a login page, or round in a loop), a session that the crawler's --header keeps
alive but the browser lost: in each the browser rendered something else, and auditing that
would report on a block page or a login form as if it were the clinic's page. Such a page is
a page that could not be audited, with the reason.

The browser is normally handed the crawler's copy of each page (checker.browser.guard,
HandedDocument): it renders exactly the bytes the crawler read, and no second download is
made. Then the document itself cannot disagree, but the server may still treat the browser
otherwise (its assets and scripts, a WAF that blocks browsers). So the browser loads a host's
pages itself, and the two are compared as above: the first page of each host (the other pages
of that host wait for the answer), every `recheck_every`-th page after, and every page of a
host once one disagreed, so each such page is reported as it is. Pages whose response sets
cookies are loaded by the browser itself too: the crawler's copy would not give it them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from checker.browser.guard import HandedDocument, same_page
from checker.browser.render import Rendered
from checker.crawl.items import FetchResult
from checker.crawl.loginpage import has_password_field, looks_like_login
from checker.crawl.scope import host_key
from checker.model import PageFailure


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


@dataclass
class _HostCheck:
    agreed: bool = False  # a page the browser loaded itself agreed with the crawler's
    disagreed: bool = False  # one did not: the browser loads every page of this host
    checking: bool = False  # a page is being loaded by the browser to compare
    handed_since: int = 0  # pages handed over since the last comparison


class BrowserChecks:
    """Per host: hand the browser the crawler's copy, or let it load the page itself to
    compare (see the module docstring). Thread-safe."""

    recheck_every = 50

    def __init__(self, handing_over: bool = True) -> None:
        # Off with a login script: the browser's own session is then part of what is
        # audited (checker.browser.login), so it loads every page itself.
        self.handing_over = handing_over
        self._hosts: dict[str, _HostCheck] = {}
        self._cond = threading.Condition()

    def document_for(self, fetched: FetchResult) -> tuple[HandedDocument | None, bool]:
        """(the crawler's copy to hand over or None, whether this page is a comparison the
        caller must `settle`)."""
        if not self.handing_over:
            return None, False
        host = host_key(fetched.final_url)
        with self._cond:
            check = self._hosts.setdefault(host, _HostCheck())
            while check.checking and not check.agreed and not check.disagreed:
                self._cond.wait()  # the host's first comparison decides for its pages
            if fetched.body is None or fetched.sets_cookies or check.disagreed:
                return None, False
            if not check.agreed or check.handed_since >= self.recheck_every:
                check.checking, check.handed_since = True, 0
                return None, True
            check.handed_since += 1
        return HandedDocument(fetched.final_url, fetched.status or 200, fetched.headers,
                              fetched.body), False

    def settle(self, url: str, agreed: bool | None) -> None:
        """The comparison's outcome; None: the page failed otherwise, compare the next one."""
        with self._cond:
            check = self._hosts.setdefault(host_key(url), _HostCheck())
            check.checking = False
            if agreed is True:
                check.agreed = True
            elif agreed is False:
                check.disagreed = True
            self._cond.notify_all()
