"""The pytest plugin, as a web developer uses it: the `clinic_checker` fixture asserts that a
URL, or the page a live Selenium driver shows, has no findings at or above a severity."""

from __future__ import annotations

import pytest

from tests.conftest import requires_browser

pytestmark = pytest.mark.slow  # pytest in a subprocess, and Chromium


@pytest.fixture
def pages(site):
    _, server = site(3, {1: ("cure",), 2: ("img-alt",)})
    return server.url


def test_assert_clean_passes_and_fails_with_a_readable_message(pytester, pages):
    pytester.makepyfile(f"""
        BASE = {pages!r}

        def test_clean_page(clinic_checker):
            clinic_checker.assert_clean(BASE + "note-003.html", no_browser=True)

        def test_page_with_a_cure_claim(clinic_checker):
            clinic_checker.assert_clean(BASE + "note-001.html", no_browser=True)

        def test_threshold_above_the_findings(clinic_checker):
            clinic_checker.assert_clean(BASE + "note-001.html", fail_on="critical",
                                        no_browser=True)
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*AssertionError: clinic-checker: 2 finding(s) at or above serious on *note-001.html:",
        "*- serious content no-unqualified-cure-claims: *'Our energy drip cures chronic*",
        "*fix: *",
        "*- serious content risks-section-present*",
    ])


def test_assert_clean_is_the_audit_gate_with_waivers_and_thresholds(pytester, pages, tmp_path):
    """The plugin used to keep its own gate that ignored waivers; now it is the audit's."""
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text("waivers:\n"
                       "  - rule: no-unqualified-cure-claims\n"
                       "    reason: reviewed wording\n    approved_by: QA\n"
                       "    expires: 2099-01-01\n"
                       "  - rule: risks-section-present\n"
                       "    reason: risks page linked\n    approved_by: QA\n"
                       "    expires: 2099-01-01\n")
    pytester.makepyfile(f"""
        from pathlib import Path

        BASE = {pages!r}

        def test_waived(clinic_checker):
            clinic_checker.assert_clean(BASE + "note-001.html", no_browser=True,
                                        waivers=Path({str(waivers)!r}))

        def test_threshold(clinic_checker):
            clinic_checker.assert_clean(BASE + "note-003.html", fail_on="never",
                                        no_browser=True, thresholds={{"max_minor": 0}})
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*the gate failed on *note-003.html: * over max_minor = 0*"])


@requires_browser
@pytest.mark.browser
def test_assert_clean_with_chromium_on_a_url_and_a_live_driver(pytester, pages):
    pytester.makepyfile(f"""
        import os
        import shutil
        import tempfile

        import pytest
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        from checker.browser.pool import chrome_options
        from checker.settings import AuditConfig

        BASE = {pages!r}

        @pytest.fixture
        def driver():
            # a short path: Chromium's singleton socket lives under TMPDIR (108 bytes at most)
            profile = tempfile.mkdtemp()
            env = dict(os.environ, TMPDIR=profile)  # Chromium's temp files go with it
            service = Service("/usr/bin/chromedriver", env=env)
            driver = webdriver.Chrome(service=service, options=chrome_options(AuditConfig(),
                                                                              profile))
            yield driver
            driver.quit()
            shutil.rmtree(profile, ignore_errors=True)

        def test_url_with_missing_alt(clinic_checker):
            clinic_checker.assert_clean(BASE + "note-002.html")

        def test_live_driver_after_a_script_change(clinic_checker, driver):
            driver.get(BASE + "note-003.html")
            clinic_checker.assert_clean(driver)  # clean as served
            driver.execute_script(
                "var i = document.createElement('img'); i.src = 'data:,';"
                "document.querySelector('main').appendChild(i);")
            clinic_checker.assert_clean(driver)  # the page as it is now
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines([
        "*clinic-checker: 1 finding(s) at or above serious on *note-002.html:",
        "*- critical wcag image-alt (WCAG 1.1.1)*",
    ])
    result.stdout.fnmatch_lines([
        "*clinic-checker: 1 finding(s) at or above serious on *note-003.html (live driver):",
        "*- critical wcag image-alt (WCAG 1.1.1)*",
    ])
