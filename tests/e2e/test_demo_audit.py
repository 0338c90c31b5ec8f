"""End to end: the CLI audits the bundled demo site in real Chromium; its WCAG findings equal
a direct axe-core run's, its planted content defects are found, and its clean pages are clean."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from axe_selenium_python import Axe

from checker.browser.pool import start_session
from checker.browser.wcag import axe_tags
from checker.settings import AuditConfig
from tests.conftest import SUITE_AS_OF, StaticServer, requires_browser, run_cli

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]

AS_OF = SUITE_AS_OF.isoformat()

PLANTED_CONTENT = {
    ("/services/ketamine-depression.html", "off-label-disclosure"),
    ("/services/tms.html", "risks-section-present"),
    ("/services/iv-drips.html", "no-unqualified-cure-claims"),
    ("/services/iv-drips.html", "no-guaranteed-results"),
}
PLANTED_WCAG = {
    ("/services/ketamine-depression.html", "image-alt"),
    ("/services/iv-drips.html", "color-contrast"),
    ("/about/team.html", "link-name"),
    ("/contact.html", "label"),
}
CLEAN_PAGES = {
    "/services/botox.html",
    "/conditions/anxiety.html",
    "/blog/first-visit.html",
    "/contact.html",
    "/about/team.html",
    "/accessibility.html",
    "/privacy.html",
}


def _path(url: str) -> str:
    path = urlsplit(url).path or "/"
    return path + "index.html" if path.endswith("/") else path


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from checker.demo import demo_site_dir

    out = tmp_path_factory.mktemp("demo-e2e")
    # one worker: one Chromium start (a second costs ~4 CPU-s and tests nothing here)
    proc = run_cli("audit", str(demo_site_dir()), "--out", str(out), "--as-of", AS_OF,
                   "--fail-on", "never", "--workers", "1", "-q", fresh=True)
    assert proc.returncode == 0, proc.stderr
    results = json.loads((out / "results.json").read_text())
    return {"proc": proc, "results": results, "out": out}


@pytest.fixture(scope="module")
def direct_axe() -> set[tuple[str, str]]:
    """The same axe-core, same tags, same Chromium, driven without any of our plumbing."""
    from checker.demo import demo_site_dir

    pages = [p.relative_to(demo_site_dir()).as_posix()
             for p in sorted(demo_site_dir().rglob("*.html"))]
    config = AuditConfig(screenshots=False)
    options = json.dumps({"runOnly": {"type": "tag", "values": axe_tags(config)},
                          "resultTypes": ["violations"]})
    pairs = set()
    with StaticServer(demo_site_dir()) as server:
        session = start_session(config)
        try:
            for page in pages:
                session.driver.get(server.url + page)
                axe = Axe(session.driver)
                axe.inject()
                results = axe.run(options=options)
                pairs |= {("/" + page, v["id"]) for v in results["violations"]}
        finally:
            session.quit()
    return pairs


def test_every_demo_page_is_audited(demo_run):
    from checker.demo import demo_site_dir

    audited = {_path(p["url"]) for p in demo_run["results"]["pages"] if not p["error"]}
    expected = {"/" + p.relative_to(demo_site_dir()).as_posix()
                for p in demo_site_dir().rglob("*.html")}
    assert expected <= audited
    assert not [p for p in demo_run["results"]["pages"] if p["error"]]


def test_wcag_findings_equal_direct_axe_run(demo_run, direct_axe):
    ours = {(_path(f["url"]), f["rule_id"]) for f in demo_run["results"]["findings"]
            if f["source"] == "wcag" and f["status"] == "violation"}
    assert ours == direct_axe
    assert PLANTED_WCAG <= ours


def test_planted_content_defects_are_found(demo_run):
    content = {(_path(f["url"]), f["rule_id"]) for f in demo_run["results"]["findings"]
               if f["source"] == "content"}
    assert PLANTED_CONTENT <= content


def test_clean_pages_have_no_content_findings(demo_run):
    dirty = {(_path(f["url"]), f["rule_id"], f["message"])
             for f in demo_run["results"]["findings"]
             if f["source"] == "content" and _path(f["url"]) in CLEAN_PAGES}
    assert dirty == set()


def test_results_json_has_the_promised_shape(demo_run):
    data = demo_run["results"]
    assert data["schema_version"] == 1
    assert {"id", "started", "finished", "tool_version", "axe_version", "options"} <= set(
        data["run"])
    assert data["run"]["axe_version"].startswith("4.")
    page_keys = {"url", "final_url", "status", "error", "title", "findings_count"}
    assert all(page_keys <= set(p) for p in data["pages"])
    finding_keys = {"rule_id", "source", "status", "severity", "url", "wcag", "selector",
                    "excerpt", "message", "help_url", "fingerprint"}
    assert data["findings"] and all(finding_keys <= set(f) for f in data["findings"])
    assert {f["source"] for f in data["findings"]} == {"wcag", "content"}


def test_summary_names_the_report(demo_run):
    out = demo_run["proc"].stdout
    assert "Audited" in out and "Findings:" in out
    assert str(demo_run["out"] / "index.html") in out
    assert (demo_run["out"] / "index.html").stat().st_size > 1000
