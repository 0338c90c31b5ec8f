"""Incremental audits: an unchanged page (same body, same axe and WCAG profile, same rule
packs) is not audited again; its findings are carried over and marked, the store and the
report say how many pages were rendered, and the result equals a --full audit's."""

from __future__ import annotations

import pytest

from tests.conftest import requires_browser
from tests.scheduled.conftest import AS_OF, cli, finding_keys, latest_run, results
from tests.scheduled.sitegen import write_page

pytestmark = pytest.mark.slow  # several audits of generated sites


def audit(project, url, out, *extra):
    proc = cli("audit", url, "--out", str(project / out), "--as-of", AS_OF, "--fail-on",
               "never", "-q", *extra, cwd=project)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    return proc


def test_second_audit_checks_only_changed_pages(project, site):
    total = 12
    root, server = site(total, {2: ("cure",), 5: ("guarantee",)})
    url = server.url + "index.html"
    db = project / ".clinic-checker" / "history.sqlite"
    audit(project, url, "r1", "--no-browser")
    options, pages, first = latest_run(db)
    assert options["incremental"]["carried_over"] == 0 and len(pages) == total + 1

    write_page(root, 3, total, ("cure",), revision=2)  # a new defect
    write_page(root, 5, total, (), revision=2)  # a defect fixed
    proc = audit(project, url, "r2", "--no-browser")
    options, pages, second = latest_run(db)
    changed = {server.url + "note-003.html", server.url + "note-005.html"}
    assert {p["url"] for p in pages if not p["carried_over"]} == changed
    # the folder server's Last-Modified lets some unchanged pages answer 304 (those whose
    # file was a second old when first fetched: tests/scheduled/test_conditional.py)
    assert 0 <= options["incremental"]["not_modified"] <= 11
    assert options["incremental"] | {"previous_run": None, "not_modified": 0} == {
        "previous_run": None, "full": False, "fresh": 2, "rendered": 0, "carried_over": 11,
        "not_modified": 0}
    assert "Incremental: 2 page(s) audited afresh" in proc.stdout
    assert results(project / "r2")["run"]["options"]["incremental"]["carried_over"] == 11
    # page findings of unchanged pages are carried over; site-wide ones are made afresh
    carried = [f for f in second if f["url"] not in changed and not f["extra"].get("site_level")]
    assert carried and all(f["carried_over"] for f in carried)

    audit(project, url, "r3", "--no-browser", "--full")
    options, pages, full = latest_run(db)
    assert options["incremental"]["carried_over"] == 0
    assert not any(p["carried_over"] for p in pages)
    assert finding_keys(second) == finding_keys(full)
    assert finding_keys(second) != finding_keys(first)


@requires_browser
@pytest.mark.browser
def test_second_audit_renders_only_changed_pages_in_chromium(project, site):
    total = 5
    root, server = site(total, {1: ("img-alt", "cure"), 3: ("label",)})
    url = server.url + "index.html"
    db = project / ".clinic-checker" / "history.sqlite"
    browser = ("--workers", "2", "--no-screenshots")
    audit(project, url, "r1", *browser)
    options, pages, first = latest_run(db)
    assert options["incremental"]["rendered"] == total + 1
    assert any(f["source"] == "wcag" for f in first)

    write_page(root, 1, total, ("cure",), revision=2)  # alt text problem fixed
    write_page(root, 4, total, ("label",), revision=2)  # a new unlabeled field
    audit(project, url, "r2", *browser)
    options, pages, second = latest_run(db)
    assert (options["incremental"]["rendered"], options["incremental"]["carried_over"]) == (2, 4)
    assert {p["url"] for p in pages if p["rendered"] and not p["carried_over"]} == {
        server.url + "note-001.html", server.url + "note-004.html"}

    # a later audit date re-checks the (date-dependent) content rules on the stored DOM
    # instead of rendering again
    proc = cli("audit", url, "--out", str(project / "r3"), "--as-of", "2026-12-01",
               "--fail-on", "never", "-q", *browser, cwd=project)
    assert proc.returncode == 0, proc.stderr
    options, _, later = latest_run(db)
    assert (options["incremental"]["rendered"], options["incremental"]["carried_over"]) == (0, 6)
    assert finding_keys(later) == finding_keys(second)

    audit(project, url, "r4", *browser, "--full")
    options, _, full = latest_run(db)
    assert options["incremental"]["rendered"] == total + 1
    assert finding_keys(second) == finding_keys(full)
    wcag = {(f["url"].rsplit("/", 1)[-1], f["rule_id"]) for f in full if f["source"] == "wcag"}
    assert ("note-004.html", "label") in wcag and ("note-001.html", "image-alt") not in wcag


@requires_browser
@pytest.mark.browser
def test_a_carried_over_page_keeps_its_screenshot_scale_and_capture_time(project, site):
    """The boxes of carried-over findings are drawn on the carried-over screenshot at its
    own scale, and the archive dates the page by when it was captured."""
    _, server = site(2, {1: ("img-alt",)})
    url = server.url + "index.html"
    db = project / ".clinic-checker" / "history.sqlite"
    audit(project, url, "r1", "--workers", "1")
    _, first, _ = latest_run(db)
    audit(project, url, "r2", "--workers", "1")
    _, second, _ = latest_run(db)
    before = {p["url"]: p for p in first}
    carried = [p for p in second if p["carried_over"] and p["screenshot"]]
    assert carried
    for page in carried:
        old = before[page["url"]]["extra"]
        assert page["extra"]["screenshot_scale"] == old["screenshot_scale"] < 1
        assert page["extra"]["captured_at"] == old["captured_at"]
