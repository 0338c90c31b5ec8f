"""The HTML report in real Chromium: filters and sorting work on the rows a reviewer sees,
no CSP violation or script error happens, nothing is loaded from outside the report folder,
and the checker's own axe audit of the report finds nothing serious or critical."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from checker.browser.pool import start_session
from checker.browser.render import render_page
from checker.browser.wcag import findings_from_axe
from checker.report import write_reports
from checker.report.overview import page_file
from checker.settings import AuditConfig
from tests.conftest import TESTS, requires_browser
from tests.report.browser_helpers import events, jpeg_of, recording_session
from tests.report.synthetic import BASE, build

pytestmark = [requires_browser, pytest.mark.browser]

ARTIFACTS = TESTS / "artifacts"
SHOT_PAGE = f"{BASE}/page-4.html"


@pytest.fixture(scope="module")
def session():
    session = recording_session()
    yield session
    session.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, session) -> dict:
    root = tmp_path_factory.mktemp("html")
    store, run_id = build(root / "audit.sqlite", pages=12, findings=60)
    out = root / "out"
    (out / "screenshots").mkdir(parents=True)
    (out / "screenshots" / "p4.jpg").write_bytes(
        jpeg_of(session.driver, "<h1>Clinic</h1><p>Book a visit</p>"))
    record = store.page_record(run_id, SHOT_PAGE)
    assert record is not None
    page = record["page"]
    page.screenshot = "screenshots/p4.jpg"
    store.save_page(run_id, page, list(store.iter_findings(run_id, SHOT_PAGE)))
    write_reports(AuditConfig(formats=["html"]), store, run_id, out)
    return {"out": out, "findings": list(store.iter_findings(run_id)),
            "pages": list(store.iter_pages(run_id))}


def _visible_rows(driver, body_id: str) -> list:
    return [r for r in driver.find_elements(By.CSS_SELECTOR, f"#{body_id} > [data-item]")
            if r.is_displayed()]


def _row_urls(rows: list) -> set[str]:
    urls = set()
    for row in rows:
        text = row.find_element(By.CSS_SELECTOR, "td").text
        urls |= {w for w in text.split() if w.startswith("http")}
    return urls


def test_filter_pages_by_severity_and_rule(session, report):
    driver = session.driver
    driver.get((report["out"] / "index.html").as_uri())
    assert len(_visible_rows(driver, "pages-body")) == len(report["pages"])
    violations = [f for f in report["findings"] if f.status == "violation"]

    Select(driver.find_element(By.CSS_SELECTOR, "#page-filter select[name=sev]")
           ).select_by_value("critical")
    critical = {f.url for f in violations if f.severity.value == "critical"}
    assert _row_urls(_visible_rows(driver, "pages-body")) == critical

    Select(driver.find_element(By.CSS_SELECTOR, "#page-filter select[name=rule]")
           ).select_by_value("label")
    both = {f.url for f in violations if f.severity.value == "critical" and f.rule_id == "label"}
    assert both and both != critical
    assert _row_urls(_visible_rows(driver, "pages-body")) == both
    status = driver.find_element(By.ID, "page-filter-status").text
    assert status == f"Showing {len(both)} of {len(report['pages'])}."

    driver.find_element(By.CSS_SELECTOR, "#page-filter button[type=reset]").click()
    WebDriverWait(driver, 5).until(  # the form's reset event fires before values clear
        lambda d: len(_visible_rows(d, "pages-body")) == len(report["pages"]))
    search = driver.find_element(By.CSS_SELECTOR, "#page-filter input[name=q]")
    search.send_keys("page-11.html")
    assert _row_urls(_visible_rows(driver, "pages-body")) == {f"{BASE}/page-11.html"}
    assert events(driver) == []


def test_filter_findings_on_a_page(session, report, serve):
    driver = session.driver
    server = serve(report["out"])  # over HTTP, where the browser lists what it loaded
    driver.get(server.url + page_file(SHOT_PAGE))
    mine = [f for f in report["findings"] if f.url == SHOT_PAGE]
    assert len(_visible_rows(driver, "findings-list")) == len(mine)
    Select(driver.find_element(By.CSS_SELECTOR, "#finding-filter select[name=src]")
           ).select_by_value("content")
    shown = _visible_rows(driver, "findings-list")
    assert len(shown) == sum(1 for f in mine if f.source == "content")
    assert all(r.get_attribute("data-src") == "content" for r in shown)
    # the screenshot is shown with the failing elements outlined, each box a link
    boxes = driver.find_elements(By.CSS_SELECTOR, ".shot a rect.box")
    assert boxes and len(boxes) == sum(1 for f in mine if f.bbox)
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert any(u.endswith("screenshots/p4.jpg") for u in loaded), loaded
    assert events(driver) == []


def test_sorting_a_column(session, report):
    driver = session.driver
    driver.get((report["out"] / "index.html").as_uri())
    header = driver.find_element(
        By.XPATH, "//table[@id='pages-table']//th[normalize-space()='Total']")
    header.find_element(By.TAG_NAME, "button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    totals = [int(r.find_elements(By.TAG_NAME, "td")[-1].text)
              for r in _visible_rows(driver, "pages-body")]
    assert totals == sorted(totals)
    header.find_element(By.TAG_NAME, "button").click()
    totals = [int(r.find_elements(By.TAG_NAME, "td")[-1].text)
              for r in _visible_rows(driver, "pages-body")]
    assert totals == sorted(totals, reverse=True)


def test_overview_screenshot_artifact(session, report):
    driver = session.driver
    driver.get((report["out"] / "index.html").as_uri())
    ARTIFACTS.mkdir(exist_ok=True)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True})
    path = ARTIFACTS / "report-overview.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    assert path.stat().st_size > 10_000
    assert driver.find_elements(By.CSS_SELECTOR, ".trend svg rect")  # trend over 3 runs


@pytest.mark.parametrize("over_http", [False, True])
def test_no_csp_violation_error_or_outside_request(session, report, serve, over_http):
    out: Path = report["out"]
    base = serve(out).url if over_http else out.as_uri() + "/"
    files = ["index.html", "rules.html", "rules/image-alt.html",
             "rules/no-unqualified-cure-claims.html", page_file(SHOT_PAGE)]
    for name in files:
        session.driver.get(base + name)
        assert events(session.driver) == [], name
        names = session.driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(n.startswith(base) for n in names), (name, names)
        if over_http:
            assert any(n.endswith("assets/report.css") for n in names)
        # the stylesheet applied: the report's own CSS is allowed by the CSP
        colour = session.driver.execute_script(
            "return getComputedStyle(document.querySelector('header.top')).backgroundColor")
        assert colour == "rgb(22, 50, 79)", name


def test_the_checker_passes_its_own_audit(report, serve):
    """Each kind of report file, served on 127.0.0.1 and put through the checker's own
    render + axe stage: no serious or critical WCAG finding."""
    server = serve(report["out"])
    config = AuditConfig(screenshots=False, page_timeout=20)
    session = start_session(config)
    bad = []
    try:
        for name in ("index.html", page_file(SHOT_PAGE), "rules.html", "rules/image-alt.html",
                     "rules/no-unqualified-cure-claims.html"):
            rendered = render_page(session, server.url + name, config)
            assert rendered.error is None and rendered.axe, name
            bad += [(name, f.rule_id, f.selector, f.summary)
                    for f in findings_from_axe(server.url + name, rendered.axe)
                    if f.status == "violation" and f.severity.value in ("serious", "critical")]
    finally:
        session.quit()
    assert bad == []


def test_keyboard_reaches_the_controls_in_order(session, report):
    """Tab from the top: the skip link first, then the navigation, and every filter control
    and sort button can be reached and used without a mouse."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver = session.driver
    driver.get((report["out"] / "index.html").as_uri())
    seen = []
    for _ in range(60):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        seen.append(driver.execute_script(
            "var e = document.activeElement;"
            "return e.tagName + ':' + (e.getAttribute('name') || e.textContent.trim());"))
    assert seen[0] == "A:Skip to main content"
    assert "A:Overview" in seen[:4]
    # the fix-first list leads the overview: its filters and sort buttons come first
    for control in ("SELECT:sev", "SELECT:src", "SELECT:status", "SELECT:rule", "INPUT:q",
                    "BUTTON:Pages"):
        assert control in seen, (control, seen)
    # choose a severity with the keyboard alone
    select = driver.find_element(By.CSS_SELECTOR, "#page-filter select[name=sev]")
    driver.execute_script("arguments[0].focus()", select)
    ActionChains(driver).send_keys(Keys.ARROW_DOWN).perform()  # "Critical"
    WebDriverWait(driver, 5).until(
        lambda d: len(_visible_rows(d, "pages-body")) < len(report["pages"]))
    focus_ring = driver.execute_script(
        "return getComputedStyle(document.activeElement).outlineStyle")
    assert focus_ring != "none"
