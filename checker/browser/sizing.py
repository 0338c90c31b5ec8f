"""How many Chromium sessions an audit runs: what fits the machine, not one per worker.

`--workers N` is how many pages are in flight at once. A page waiting for its server costs a
queue slot (checker.flow fetches ahead), not a browser: on a local browser at most
`local_session_cap` sessions run, from the cores, the memory available, and whether the site
answered its first page from near (loopback, a LAN) or far (a remote server, where a session
spends much of a page waiting for the page's assets and a second one per core pays off).
A Selenium Grid's sessions run on its nodes' cores: there every worker gets a session.

The figures below were measured with bench/remote_site.py on the 2-core machine of
bench/README.md ("Remote site"): beyond these counts, sessions only contend for the cores.
"""

from __future__ import annotations

import os
from pathlib import Path

from checker.settings import BrowserStageSettings, CrawlSettings

# A Chromium session's peak memory on 30-50 KB pages with their assets (PSS of chromedriver,
# the browser, GPU/network/renderer processes), with room for the checker itself.
SESSION_MIB = 600
# A first page that took longer than this to fetch comes from a remote server.
REMOTE_SECONDS = 0.05
# Sessions per core: near sites keep a session's processes busy (about 1.4 cores a page),
# far ones leave it waiting on the network for part of every page.
SESSIONS_PER_CORE = {"near": 1.0, "far": 1.5}


def available_mib() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def local_session_cap(cores: int, memory_mib: int | None, far: bool) -> int:
    by_cpu = int(cores * SESSIONS_PER_CORE["far" if far else "near"])
    by_memory = by_cpu if memory_mib is None else memory_mib // SESSION_MIB
    return max(1, min(by_cpu, by_memory))


def session_count(config: BrowserStageSettings, first_fetch_seconds: float | None) -> int:
    """Browser sessions for this audit, once its first page is fetched (how long that took
    says near or far; None: no page was fetched)."""
    if config.webdriver_url:
        return config.workers
    far = first_fetch_seconds is not None and first_fetch_seconds >= REMOTE_SECONDS
    cap = local_session_cap(os.cpu_count() or 1, available_mib(), far)
    return max(1, min(config.workers, cap))


def fetcher_count(config: CrawlSettings) -> int:
    """Threads that fetch ahead: as many as one host lets us (politeness caps the rest)."""
    return max(2, config.per_host_concurrency)
