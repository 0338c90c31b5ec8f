"""How many Chromium sessions an audit runs: what fits the machine, not one per worker.

`--workers N` is how many pages are in flight at once. A page waiting for its server costs a
queue slot (checker.flow fetches ahead), not a browser: on a local browser at most
`local_session_cap` sessions run, one per core the process may use, fewer if memory is
short. More workers than that only deepen the fetch-ahead queue; they add no Chromium to
contend for the cores, so more workers are never slower than fewer (bench/README.md,
"Remote site and realistic pages", third round). A Selenium Grid's sessions run on its
nodes' cores: there every worker gets a session.

Why one a core, near site or far: a session keeps about 1.4 cores busy on a loopback site and
two sessions 1.8 of 2 cores with every response 150 ms away (bench/remote_site.py), so a
third session on 2 cores had little idle CPU to use; runs with 2 and 3 sessions on the far
site did not differ beyond their noise (1.42 and 1.43 pages/s, second round), and the third
costs a Chromium's memory and start.
"""

from __future__ import annotations

from pathlib import Path

from checker.settings import BrowserStageSettings, CrawlSettings
from checker.settings.stages import cores as usable_cores

# A Chromium session's peak memory on 30-50 KB pages with their assets (PSS of chromedriver,
# the browser, GPU/network/renderer processes), with room for the checker itself.
SESSION_MIB = 600


def available_mib() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def local_session_cap(cores: int, memory_mib: int | None) -> int:
    by_memory = cores if memory_mib is None else memory_mib // SESSION_MIB
    return max(1, min(cores, by_memory))


def session_count(config: BrowserStageSettings) -> int:
    """Browser sessions for this audit: a worker each, at most one a usable core locally."""
    if config.webdriver_url:
        return config.workers
    return max(1, min(config.workers, local_session_cap(usable_cores(), available_mib())))


def fetcher_count(config: CrawlSettings) -> int:
    """Threads that fetch ahead: as many as one host lets us (politeness caps the rest)."""
    return max(2, config.per_host_concurrency)
