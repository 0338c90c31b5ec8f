"""The report is a decision (issue 14), checked as its readers meet it, in real Chromium: the
demo site audited twice, with a baseline and a waiver in between and new defects in the second
run (a cure claim on one page, an empty link in the header of every page). The verdict, the
counts by status and the fix-first order in the report match the terminal and JUnit; the
site's run index lists both runs; the new sentence is outlined where the page shows it."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from checker.browser.pool import start_session
from checker.browser.render import render_page
from checker.browser.wcag import findings_from_axe
from checker.settings import AuditConfig
from checker.store.db import Store
from tests.conftest import (
    SUITE_AS_OF,
    StaticServer,
    open_at_width,
    requires_browser,
    restore_viewport,
    run_cli,
)

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]

AS_OF = SUITE_AS_OF.isoformat()
CLAIM = "Our drips reverse diabetes for good."
WAIVERS = """waivers:
  - rule: color-contrast
    url: "*"
    reason: Brand colour; the redesign ships in Q1
    approved_by: Dana Reyes
    expires: 2027-03-31
"""


def _audit(project: Path, url: str, *extra: str):
    # one worker: one Chromium start (a second costs ~4 CPU-s and tests nothing here)
    return run_cli("audit", url, "--as-of", AS_OF, "--workers", "1", "-q",
                   "--format", "html,json,junit,sarif", *extra, cwd=project)


def _plant_second_run_defects(site: Path) -> None:
    iv = site / "services" / "iv-drips.html"
    iv.write_text(iv.read_text(encoding="utf-8").replace(
        "<h1>IV drip therapy</h1>", f"<h1>IV drip therapy</h1><p>{CLAIM}</p>"), encoding="utf-8")
    for page in site.rglob("*.html"):  # one defect in the shared header: one row, many pages
        page.write_text(page.read_text(encoding="utf-8").replace(
            '<header class="site-header">',
            '<header class="site-header"><a class="help" href="#help"></a>'), encoding="utf-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory):
    from checker.demo import demo_site_dir

    root = tmp_path_factory.mktemp("verdict-report")
    site, project = root / "site", root / "project"
    shutil.copytree(demo_site_dir(), site)
    project.mkdir()
    with StaticServer(site) as server:
        first = _audit(project, server.url)
        assert first.returncode == 1, first.stderr
        baseline = run_cli("baseline", "latest", "-o", "baseline.json", cwd=project)
        assert baseline.returncode == 0, baseline.stderr
        (project / "waivers.yaml").write_text(WAIVERS, encoding="utf-8")
        _plant_second_run_defects(site)
        second = _audit(project, server.url, "--baseline", "baseline.json",
                        "--waivers", "waivers.yaml")
        assert second.returncode == 1, second.stdout + second.stderr
        folder = next((project / "reports").iterdir())
        report = sorted(p for p in folder.iterdir() if p.name[:1].isdigit())[-1]
        session = start_session(AuditConfig(screenshots=False, page_timeout=20))
        try:
            yield {"cli": second.stdout, "report": report, "folder": folder,
                   "server": server, "driver": session.driver, "session": session,
                   "db": project / ".clinic-checker" / "history.sqlite"}
        finally:
            session.quit()


def _junit_properties(report: Path) -> dict[str, str]:
    suite = ET.parse(report / "junit.xml").getroot().find("testsuite")
    assert suite is not None
    return {p.get("name"): p.get("value") for p in suite.iter("property")}


def _report_tiles(driver) -> dict[str, int]:
    tiles = {}
    for tile in driver.find_elements(By.CSS_SELECTOR, ".verdict ul.tiles li"):
        number = tile.find_element(By.CSS_SELECTOR, ".n").text
        label = tile.text.split("\n")[1]
        tiles[label] = int(number)
    return tiles


def test_verdict_words_match_the_terminal(runs) -> None:
    driver = runs["driver"]
    driver.get((runs["report"] / "index.html").as_uri())
    assert driver.find_element(By.ID, "verdict-h").text == "Failed"
    why = driver.find_element(By.CSS_SELECTOR, ".verdict .why").text
    first_line = runs["cli"].splitlines()[0]
    assert first_line == f"FAILED: {why[:-1]}. Threshold: fail on serious."
    # the cure claim, and the header link on every page
    assert re.fullmatch(r"1[0-9] new serious findings\.", why)
    assert _junit_properties(runs["report"])["verdict"] == "Failed: " + why[:-1]


def test_counts_by_status_match_the_terminal_and_junit(runs) -> None:
    driver = runs["driver"]
    driver.get((runs["report"] / "index.html").as_uri())
    tiles = _report_tiles(driver)
    line = next(x for x in runs["cli"].splitlines() if x.startswith("Open: "))
    numbers = {word: n for n, word in re.findall(r"(\d+) (new|known)", line)}
    cli = {"open (new)": int(numbers["new"]), "open (known)": int(numbers["known"]),
           "waived": int(re.search(r"waived: (\d+)", line)[1]),
           "baselined": int(re.search(r"baselined: (\d+)", line)[1]),
           "fixed since the previous run": int(re.search(r"previous run: (\d+)", line)[1]),
           "for review": int(re.search(r"for review: (\d+)", line)[1])}
    props = _junit_properties(runs["report"])
    junit = {"open (new)": props["status.open-new"], "open (known)": props["status.open-known"],
             "waived": props["status.waived"], "baselined": props["status.baselined"],
             "fixed since the previous run": props["status.fixed"],
             "for review": props["status.review"]}
    assert tiles == cli == {k: int(v) for k, v in junit.items()}
    # the first run's eight findings are baselined, but the waived colour contrast
    assert tiles["open (new)"] >= 2 and tiles["waived"] >= 1 and tiles["baselined"] >= 6
    suite = ET.parse(runs["report"] / "junit.xml").getroot().find("testsuite")
    assert int(suite.get("failures")) == tiles["open (new)"] + tiles["open (known)"]
    sarif = json.loads((runs["report"] / "results.sarif").read_text(encoding="utf-8"))
    statuses = sarif["runs"][0]["properties"]["verdict"]["statuses"]
    assert {k: str(v) for k, v in statuses.items() if isinstance(v, int)} == {
        k.removeprefix("status."): v for k, v in props.items() if k.startswith("status.")}
    per_result = Counter(r["properties"]["findingStatus"] for r in sarif["runs"][0]["results"])
    assert per_result["open-new"] == tiles["open (new)"]
    assert per_result["waived"] == tiles["waived"]


def test_fix_first_groups_the_header_defect_and_matches_the_failing_lines(runs) -> None:
    driver = runs["driver"]
    driver.get((runs["report"] / "index.html").as_uri())
    rows = driver.find_elements(By.CSS_SELECTOR, "#fix-body tr")
    first = rows[0]
    assert first.find_element(By.CSS_SELECTOR, "td[data-label=Rule]").text == "link-name"
    pages = first.find_element(By.CSS_SELECTOR, "td[data-label=Pages] summary")
    assert re.fullmatch(r"on (1[0-9]) pages", pages.text)
    pages.click()  # the pages are one click away
    links = first.find_elements(By.CSS_SELECTOR, "td[data-label=Pages] li a")
    assert len(links) == int(pages.text.split()[1]) and links[0].is_displayed()
    report_order = [row.find_element(By.CSS_SELECTOR, "td[data-label=Rule]").text
                    for row in rows
                    if row.get_attribute("data-sev") in ("critical", "serious")]
    failing = [line.split()[2] for line in runs["cli"].splitlines() if "failing:" in line]
    assert failing == report_order == ["link-name", "no-unqualified-cure-claims"]
    assert "(on " in next(x for x in runs["cli"].splitlines() if "failing:" in x)


def test_waived_and_baselined_findings_are_reachable_but_lead_nothing(runs) -> None:
    driver = runs["driver"]
    index = (runs["report"] / "index.html").read_text(encoding="utf-8")
    top_rules = index.split('id="toprules-h"')[1].split("</section>")[0]
    assert "color-contrast" not in top_rules and "image-alt" not in top_rules
    assert "color-contrast" in index.split('id="aside-h"')[1].split("</section>")[0]
    page = next(p for p in (runs["report"] / "pages").glob("*.html")
                if CLAIM in p.read_text(encoding="utf-8"))
    driver.get(page.as_uri())  # the cure claim is open; the colour contrast there is waived
    cards = driver.find_elements(By.CSS_SELECTOR, "#findings-list > li")
    shown = [c.text for c in cards if c.is_displayed()]
    assert shown and all("open (new)" in text for text in shown)
    assert any("color-contrast" in c.get_attribute("textContent") for c in cards)
    driver.find_element(By.CSS_SELECTOR,
                        "#finding-filter select[name=status] option[value=waived]").click()
    shown = [c.text for c in cards if c.is_displayed()]
    assert len(shown) == 1 and "color-contrast" in shown[0]
    assert "Waived until 2027-03-31" in shown[0]


def test_the_new_sentence_is_outlined_and_linked_on_the_live_page(runs) -> None:
    with Store(runs["db"]) as store:
        run = store.runs()[0]
        [claim] = [f for f in store.iter_findings(run.id) if f.sentence == CLAIM]
    assert claim.bbox and claim.bbox["width"] > 50
    driver = runs["driver"]
    driver.get(claim.url)
    x = claim.bbox["x"] + claim.bbox["width"] / 2
    y = claim.bbox["y"] + claim.bbox["height"] / 2
    text = driver.execute_script(
        "window.scrollTo(0, arguments[1] - 100);"
        "var e = document.elementFromPoint(arguments[0], arguments[1] - window.scrollY);"
        "return e ? e.textContent : '';", x, y)
    assert CLAIM in text
    page = next(p for p in (runs["report"] / "pages").glob("*.html")
                if CLAIM in p.read_text(encoding="utf-8"))
    html = page.read_text(encoding="utf-8")
    assert claim.url + "#:~:text=Our%20drips%20reverse%20diabetes%20for%20good." in html
    assert html.count('class="box"') >= 2


def test_the_site_folder_lists_both_runs_with_their_verdicts(runs) -> None:
    index = (runs["folder"] / "index.html").read_text(encoding="utf-8")
    assert index.count("Failed</span>") == 2 and "new serious findings" in index
    latest = (runs["folder"] / "latest" / "index.html").read_text(encoding="utf-8")
    assert f"url=../{runs['report'].name}/index.html" in latest


@pytest.mark.parametrize("width", [390, 1366])
def test_nothing_runs_off_the_screen(runs, width: int) -> None:
    # the module's Chromium, each page laid out at this width, then back at the session's own
    driver = runs["driver"]
    try:
        for name in ("index.html", "rules.html", "rules/link-name.html"):
            open_at_width(driver, (runs["report"] / name).as_uri(), width)
            for details in driver.find_elements(By.CSS_SELECTOR, "details summary"):
                details.click()
            assert driver.execute_script("return window.innerWidth") == width
            assert driver.execute_script(
                "return document.documentElement.scrollWidth") <= width, name
    finally:
        restore_viewport(driver)


def test_the_report_passes_its_own_audit(runs) -> None:
    with StaticServer(runs["report"]) as server:
        config = AuditConfig(screenshots=False, page_timeout=20)
        bad = []
        for name in ("index.html", "rules.html", "rules/link-name.html",
                     *(p.relative_to(runs["report"]).as_posix()
                       for p in sorted((runs["report"] / "pages").glob("*.html"))[:3])):
            rendered = render_page(runs["session"], server.url + name, config)
            assert rendered.error is None and rendered.axe, name
            bad += [(name, f.rule_id, f.selector) for f in findings_from_axe(
                server.url + name, rendered.axe)
                if f.status == "violation" and f.severity.value in ("serious", "critical")]
    assert bad == []
