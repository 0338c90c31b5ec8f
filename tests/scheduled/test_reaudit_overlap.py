"""When the browser starts and stops around the crawl: a full audit's first Chromium session
starts while the crawl fetches its first page (not after it), a re-audit whose pages are
unchanged starts none, and an audit's sessions quit behind it, on a thread the interpreter
waits for, leaving nothing."""

from __future__ import annotations

import functools
import os
import threading
import time
from pathlib import Path

import pytest

from checker.audit import Audit
from checker.browser.pool import _is_chromium, process_tree
from checker.settings import AuditConfig
from tests.conftest import LocalServer, requires_browser
from tests.scheduled import sitegen

pytestmark = [requires_browser, pytest.mark.browser]

# How long the holding server waits for a browser before it answers anyway: only reached
# when no session starts during the crawl (the failure this file tests for).
HOLD_LIMIT = 20.0


def _our_browsers() -> list[int]:
    """Live Chromium and chromedriver processes started by this (test) process."""
    return [pid for pid in process_tree(os.getpid()) if _is_chromium(pid)]


class _WatchingHandler(sitegen._Handler):
    """Notes, for each page asked for, whether a browser of this process was running; while
    `holding` is set, a page is answered only once one runs (or HOLD_LIMIT passed)."""

    holding = threading.Event()
    gave_up: list[str] = []
    browser_seen: list[bool] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path.endswith(".html"):
            if self.holding.is_set():
                for _ in range(int(HOLD_LIMIT / 0.05)):
                    if _our_browsers():
                        break
                    time.sleep(0.05)
                else:
                    self.gave_up.append(self.path)
            self.browser_seen.append(bool(_our_browsers()))
        super().do_GET()


def _config(url: str, work: Path, out: str) -> AuditConfig:
    return AuditConfig(start=[url], db=work / "history.sqlite", out=work / out, workers=2,
                       quiet=True, screenshots=False, fail_on="never", formats=[])


def _audit(url: str, work: Path, out: str) -> dict:
    audit = Audit(_config(url, work, out))
    result = audit.run()
    tally = result.run.options["incremental"]
    result.store.close()
    # The audit hands its sessions to a closing thread the interpreter waits for at exit
    # (not a daemon); once it ends, no browser of this process is left.
    closing = audit.browser_closing
    assert closing is not None and not closing.daemon
    closing.join(60)
    assert not closing.is_alive() and _our_browsers() == []
    return tally


def test_a_full_audit_starts_its_browser_with_the_crawl_and_an_unchanged_one_none(tmp_path):
    root = sitegen.build_site(tmp_path / "site", 4, {2: ("img-alt",)})
    handler = functools.partial(_WatchingHandler, directory=str(root))
    with LocalServer(handler) as server:
        url = server.url + "index.html"
        _WatchingHandler.holding.set()  # the first page waits for a browser to run
        tally = _audit(url, tmp_path, "full")
        assert _WatchingHandler.gave_up == [] and tally["rendered"] == 5
        _WatchingHandler.holding.clear()
        _WatchingHandler.browser_seen.clear()
        tally = _audit(url, tmp_path, "again")
    assert (tally["rendered"], tally["carried_over"]) == (0, 5)
    assert _WatchingHandler.browser_seen and not any(_WatchingHandler.browser_seen)
