"""A re-audit's browser work overlaps the crawl: its first Chromium session starts while the
crawl asks the server what changed (not when the first changed page turns up), and the
sessions quit behind the audit, on a thread the interpreter waits for, leaving nothing."""

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
HOLD_LIMIT = 60.0


def _our_browsers() -> list[int]:
    """Live Chromium and chromedriver processes started by this (test) process."""
    return [pid for pid in process_tree(os.getpid()) if _is_chromium(pid)]


class _HoldingHandler(sitegen._Handler):
    """Answers a page only once a browser of this process runs (or HOLD_LIMIT passed), and
    records for each page whether it had to give up waiting."""

    holding = threading.Event()
    gave_up: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.holding.is_set() and self.path.endswith(".html"):
            for _ in range(int(HOLD_LIMIT / 0.05)):
                if _our_browsers():
                    break
                time.sleep(0.05)
            else:
                self.gave_up.append(self.path)
        super().do_GET()


def _config(url: str, work: Path, out: str) -> AuditConfig:
    return AuditConfig(start=[url], db=work / "history.sqlite", out=work / out, workers=2,
                       quiet=True, screenshots=False, fail_on="never", formats=[])


def test_a_reaudit_starts_its_browser_while_the_crawl_fetches_and_closes_it_behind(tmp_path):
    total = 6
    root = sitegen.build_site(tmp_path / "site", total, {2: ("img-alt",)})
    handler = functools.partial(_HoldingHandler, directory=str(root))
    with LocalServer(handler) as server:
        url = server.url + "index.html"
        full = Audit(_config(url, tmp_path, "full"))
        result = full.run()
        result.store.close()
        closing = full.browser_closing
        # The audit hands its sessions to a closing thread the interpreter waits for at
        # exit (not a daemon): once it ends, no browser of this process is left.
        assert closing is not None and not closing.daemon
        closing.join(HOLD_LIMIT)
        assert not closing.is_alive() and _our_browsers() == []

        sitegen.write_page(root, total, total, ("img-alt",), revision=2)  # the crawl's last
        _HoldingHandler.holding.set()  # from now on a page waits for a browser to exist
        again = Audit(_config(url, tmp_path, "again"))
        result = again.run()
        tally = result.run.options["incremental"]
        result.store.close()
        again.browser_closing.join(HOLD_LIMIT)
    # The index and the unchanged notes came before the changed page: the browser was
    # already starting when the crawl asked for them.
    assert _HoldingHandler.gave_up == []
    assert (tally["rendered"], tally["carried_over"]) == (1, total)
    assert _our_browsers() == []
