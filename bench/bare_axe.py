"""The bare reference loop the benchmarks compare the checker with: plain Selenium and
axe-selenium-python, one reused Chromium per worker thread (the checker's flags and
viewport), each page loaded with `driver.get`, axe injected into every frame, one `axe.run`.

What users write when they script axe themselves; no crawl, no guard, no screenshot, no
content rules, no store.
"""

from __future__ import annotations

import queue
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

PageResults = Callable[[str, dict[str, Any]], None]  # (url, axe's results)


@dataclass
class BareRun:
    seconds: float = 0.0
    errors: dict[str, str] = field(default_factory=dict)


def _new_driver(extra_flags: Iterable[str]) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    from checker.browser.pool import CHROMIUM_FLAGS, set_viewport
    from checker.browser.viewport import DEFAULT_VIEWPORT, parse_viewport

    opts = Options()
    for flag in (*CHROMIUM_FLAGS, *extra_flags):
        opts.add_argument(flag)
    set_viewport(opts, parse_viewport(DEFAULT_VIEWPORT))  # the checker's viewport
    opts.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='bare-axe-')}")
    opts.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"),
                              options=opts)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def inject_all(driver: Any, axe: Any, depth: int = 0) -> None:
    """axe-selenium-python's inject in the page and, depth first, in every frame."""
    axe.inject()
    if depth > 5:
        return
    for index in range(driver.execute_script("return window.frames.length") or 0):
        try:
            driver.switch_to.frame(index)
            inject_all(driver, axe, depth + 1)
        except Exception:  # noqa: BLE001 - a frame that refuses is axe's to report
            pass
        finally:
            driver.switch_to.parent_frame()


def run_bare(urls: list[str], workers: int, options_json: str, on_page: PageResults,
             extra_flags: Iterable[str] = ()) -> BareRun:
    """Audit `urls` with `workers` threads, each with its own Chromium (started inside the
    timed run, as the checker's sessions are). `on_page` gets each page's results."""
    from axe_selenium_python import Axe

    todo: queue.Queue[str] = queue.Queue()
    for url in urls:
        todo.put(url)
    run = BareRun()
    lock = threading.Lock()
    flags = tuple(extra_flags)

    def loop() -> None:
        driver = None
        try:
            while True:
                try:
                    url = todo.get_nowait()
                except queue.Empty:
                    return
                if driver is None:
                    driver = _new_driver(flags)
                try:
                    driver.get(url)
                    axe = Axe(driver)
                    inject_all(driver, axe)
                    on_page(url, axe.run(options=options_json))
                except Exception as exc:  # noqa: BLE001 - recorded per page
                    with lock:
                        run.errors[url] = str(exc).strip().splitlines()[0][:200]
                    _quit(driver)
                    driver = None
        finally:
            _quit(driver)

    started = time.monotonic()
    threads = [threading.Thread(target=loop, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    run.seconds = time.monotonic() - started
    return run


def _quit(driver: Any) -> None:
    if driver is None:
        return
    try:
        driver.quit()
    except Exception:  # noqa: BLE001
        pass
