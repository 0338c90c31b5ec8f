"""pytest plugin (entry point `pytest11`): assert that a page has no findings.

    def test_home_is_clean(clinic_checker):
        clinic_checker.assert_clean("http://127.0.0.1:8000/", fail_on="serious")

    def test_booking_dialog(clinic_checker, driver):     # a session of the checker's pool
        driver.get("http://127.0.0.1:8000/book.html")
        driver.find_element(By.ID, "book").click()
        clinic_checker.assert_clean(driver)   # the page as it is now

A URL is audited like one page of `clinic-checker audit` (fetched, rendered in headless
Chromium, axe-core and the content rules). A live Selenium driver is audited in place: axe-core
runs in its current document and the content rules read its current DOM, so states reached by
clicking (an open dialog, a filled form) can be checked. Keyword options are AuditConfig
fields (`no_browser=True`, `wcag_version="2.2"`, `disable_rules=[...]`, ...); the defaults
come from the project's clinic-checker.toml (its top-level keys: WCAG profile, rule packs,
fail_on, thresholds, baseline, waivers), so a test judges a page as `clinic-checker audit`
does.

`assert_clean` is the gate of `clinic-checker audit` (checker.outcome): a URL is audited with
run_audit and fails on what its gate fails on, `baseline=` and `waivers=` included; a live
driver's findings get the same baseline and waiver marks and the same fail_on test.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from checker.gate.policy import Policies, fails_gate
from checker.model import Finding
from checker.settings import AuditConfig, ConfigError

if TYPE_CHECKING:
    from checker.outcome import Outcome


class ClinicChecker:
    """What the `clinic_checker` fixture gives a test."""

    def __init__(self, workdir: Path, **defaults: Any):
        self.workdir = workdir
        self.defaults = defaults
        self._runs = 0

    def config(self, **options: Any) -> AuditConfig:
        self._runs += 1
        folder = self.workdir / f"audit-{self._runs}"
        values: dict[str, Any] = {"workers": 1, "quiet": True, "screenshots": False,
                                  "formats": [], "max_pages": 1, "out": folder,
                                  "db": folder / "audit.sqlite", "fail_on": "never"}
        values |= self.defaults | options
        try:
            return AuditConfig(**values).validate()
        except TypeError as exc:
            raise ConfigError(f"clinic_checker: {exc}") from None

    def findings(self, target: Any, **options: Any) -> list[Finding]:
        """Every finding (violations and needs-review) on a URL or a driver's current page."""
        if isinstance(target, str | Path):
            return self._audit_url(str(target), self.config(**options))
        return self._findings_in_place(target, self.config(**options))

    def _findings_in_place(self, target: Any, config: AuditConfig) -> list[Finding]:
        if hasattr(target, "execute_async_script") and hasattr(target, "page_source"):
            return self._audit_driver(target, config)
        raise TypeError(f"clinic_checker: expected a URL or a Selenium WebDriver, got"
                        f" {type(target).__name__}")

    def assert_clean(self, target: Any, fail_on: str | None = None, **options: Any) -> None:
        """Fail the test, listing them, if the gate fails: violations at or above `fail_on`
        (default: the config file's, else serious) that no baseline or waiver covers, or a
        threshold (`thresholds={...}`) exceeded."""
        __tracebackhide__ = True
        fail_on = fail_on or self.defaults.get("fail_on") or "serious"
        config = self.config(**(options | {"fail_on": fail_on}))
        if isinstance(target, str | Path):
            findings, reasons = self._gate_url(str(target), config)
        else:
            findings, reasons = self._findings_in_place(target, config), []
            Policies.load(config.gate, config.as_of).mark_all(findings)
        failing = [f for f in findings if fails_gate(f, config.gate)]
        if failing:
            raise AssertionError(format_findings(_describe(target), failing, fail_on))
        if reasons:  # a threshold (thresholds={"max_wcag_moderate": 0}) failed it
            raise AssertionError(f"clinic-checker: the gate failed on {_describe(target)}:"
                                 f" {'; '.join(reasons)}")

    def _run(self, url: str, config: AuditConfig) -> Outcome:
        from checker.outcome import run_audit

        config.start = [url]
        outcome = run_audit(config)
        # any error, broken links included: the URL under test itself must be audited
        failed = [p for p in outcome.store.iter_pages(outcome.run.id) if p.error]
        if failed:
            outcome.close()
            raise AssertionError(f"clinic-checker could not audit {failed[0].url}:"
                                 f" {failed[0].error}")
        return outcome

    def _audit_url(self, url: str, config: AuditConfig) -> list[Finding]:
        with self._run(url, config) as outcome:
            return list(outcome.store.iter_findings(outcome.run.id))

    def _gate_url(self, url: str, config: AuditConfig) -> tuple[list[Finding], list[str]]:
        """The run's findings and the reasons its gate failed (none: it passed)."""
        with self._run(url, config) as outcome:
            return list(outcome.store.iter_findings(outcome.run.id)), outcome.gate.reasons

    def _audit_driver(self, driver: Any, config: AuditConfig) -> list[Finding]:
        from checker.browser.wcag import findings_from_axe
        from checker.content.engine import compiled_engine

        url = driver.current_url
        findings: list[Finding] = []
        if not config.no_browser:
            findings += findings_from_axe(url, _axe_in_place(driver, config))
        html = driver.execute_script("return document.documentElement.outerHTML")
        findings += compiled_engine(config.content).check_page(url, html, status=200).findings
        return findings


def _axe_in_place(driver: Any, config: AuditConfig) -> dict[str, Any]:
    """The audit's own axe stage (every frame included) on the user's driver, as it is now.
    A page with frames makes the stage open a blank tab for axe.finishRun: it is closed
    again, so the user's browser is left as it was."""
    from checker.browser.axe import AxeError, run_axe
    from checker.browser.pool import Session

    main = driver.current_window_handle
    session = Session(driver=driver, profile_dir=None, main_handle=main)
    try:
        return run_axe(session, config)
    except AxeError as exc:
        raise AssertionError(f"axe-core failed on {driver.current_url}: {exc}") from None
    finally:
        if session.blank_handle is not None:
            driver.switch_to.window(session.blank_handle)
            driver.close()
            driver.switch_to.window(main)


def _describe(target: Any) -> str:
    if isinstance(target, str | Path):
        return str(target)
    return f"{getattr(target, 'current_url', 'the page')} (live driver)"


def format_findings(where: str, findings: list[Finding], fail_on: str) -> str:
    """The assertion message: one line per finding, worst first, with how to fix it."""
    findings = sorted(findings, key=lambda f: (-f.severity.rank, f.rule_id, f.locator))
    lines = [f"clinic-checker: {len(findings)} finding(s) at or above {fail_on} on {where}:"]
    for f in findings:
        sc = f" (WCAG {', '.join(f.wcag)})" if f.wcag else ""
        # a content message usually quotes its sentence already
        shown = f.locator and f.locator not in f.message
        where_on_page = f" at {f.locator[:100]!r}" if shown else ""
        lines.append(f"  - {f.severity.value} {f.source} {f.rule_id}{sc}{where_on_page}:"
                     f" {f.message}")
        if f.fix:
            lines.append(f"      fix: {' '.join(f.fix.split())[:200]}")
        if f.help_url:
            lines.append(f"      see {f.help_url}")
    return "\n".join(lines)


# Keys of a config file that say how a site is crawled and where a run is kept, not what is
# checked: a test audits one page into its own temporary store.
RUN_KEYS = ("start", "site", "sitemaps", "urls_file", "out", "db", "formats", "pdf", "quiet",
            "workers", "max_pages", "resume", "full")


def project_defaults(start: Path | None = None) -> dict[str, Any]:
    """What the project's clinic-checker.toml (or pyproject.toml) says is checked and how it
    is judged: the WCAG profile, rule packs, fail_on, thresholds, baseline and waivers, so
    pytest and `clinic-checker audit` agree. A [sites.NAME] table is not chosen: the file's
    top-level values apply."""
    from checker.configfile import find_config, parse_project

    path = find_config(start)
    if path is None:
        return {}
    return {k: v for k, v in parse_project(path).defaults.items() if k not in RUN_KEYS}


@pytest.fixture(scope="session")
def clinic_checker_defaults(pytestconfig: pytest.Config) -> dict[str, Any]:
    """The config file's options for every `clinic_checker` of the session (override this
    fixture to choose others)."""
    return project_defaults(Path(pytestconfig.rootpath))


@pytest.fixture
def clinic_checker(tmp_path_factory: pytest.TempPathFactory,
                   clinic_checker_defaults: dict[str, Any]) -> Iterator[ClinicChecker]:
    """Audit a URL or a Selenium driver's current page; `assert_clean` fails the test with a
    list of what is wrong. Configured from the project's config file."""
    workdir = Path(tempfile.mkdtemp(prefix="clinic-checker-", dir=tmp_path_factory.getbasetemp()))
    yield ClinicChecker(workdir, **clinic_checker_defaults)


@pytest.fixture(scope="session")
def clinic_checker_pool(clinic_checker_defaults: dict[str, Any]) -> Iterator[Any]:
    """The checker's browser pool (Chromium and chromedriver from the config file, headless),
    started on first use and closed at the end of the session."""
    from checker.browser.pool import BrowserPool

    config = AuditConfig(**clinic_checker_defaults, workers=1).validate()
    with BrowserPool(config, size=1) as pool:
        yield pool


@pytest.fixture
def driver(clinic_checker_pool: Any) -> Iterator[Any]:
    """A Selenium WebDriver from the checker's browser pool, for a test to click through a
    page before `clinic_checker.assert_clean(driver)`. Each test gets a fresh session."""
    session = clinic_checker_pool.acquire(fresh=True)
    try:
        yield session.driver
    finally:
        session.broken = True  # a test may have left anything open: never reuse it
        clinic_checker_pool.release(session)
