"""IBM Equal Access and HTML_CodeSniffer on the same render as axe, in real Chromium: their
real output mapped to the one model (prefixed rule, criteria, severity, status), every frame
reached once, one finding per barrier when engines agree, axe's findings unchanged on the demo
site, each engine's version in results.json and the report."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from checker.browser.axe import page_world
from checker.browser.engines import engine_findings, htmlcs, ibm
from checker.browser.engines.base import ASKED
from checker.browser.engines.frames import ENGINES_WORLD
from checker.browser.guard import RequestPolicy
from checker.browser.pool import BrowserPool
from checker.browser.render import Rendered, render_page, render_with_retry
from checker.browser.wcag import axe_version, findings_from_axe
from checker.model import Finding, normalize_url_for_fingerprint
from checker.settings import AuditConfig
from tests.browser.conftest import fast_config
from tests.conftest import SUITE_AS_OF, requires_browser, run_cli

ALL = ["axe", "ibm", "htmlcs"]
requires_engines = pytest.mark.skipif(
    ibm.SCRIPT.missing() or htmlcs.SCRIPT.missing(),
    reason="IBM / HTML_CodeSniffer engines not installed: run `make engines`")
pytestmark = [requires_browser, requires_engines, pytest.mark.browser, pytest.mark.slow]

IMG = "/html[1]/body[1]/main[1]/img[1]"
LINK = "/html[1]/body[1]/main[1]/a[1]"
SAME_FRAME_IMG = "/html[1]/body[1]/main[1]/iframe[1]/html[1]/body[1]/img[1]"


def _pool(policy: RequestPolicy | None):
    config = fast_config(engines=ALL, axe_timeout=30, screenshots=False, workers=1)
    with BrowserPool(config, policy=policy) as pool:
        yield pool, config


@pytest.fixture(scope="module")
def world_pool():
    """An audit's pool: engines in isolated worlds over the session's DevTools connection. One
    browser for every test of the module that needs one."""
    yield from _pool(RequestPolicy(guard=None))


@pytest.fixture(scope="module")
def page_world_pool():
    """A pool without the DevTools connection: engines in the page's world through WebDriver
    (a driver audited in place by the pytest plugin)."""
    yield from _pool(None)


@pytest.fixture(scope="module", params=["isolated-world", "page-world"])
def engines_pool(request):
    """Both ways engines run."""
    name = "world_pool" if request.param == "isolated-world" else "page_world_pool"
    return request.getfixturevalue(name)


@pytest.fixture(scope="module")
def barriers(site: str, engines_pool) -> Rendered:
    pool, config = engines_pool
    rendered = render_with_retry(pool, site + "engines.html", config)
    assert rendered.error is None and rendered.engines, rendered.error
    assert rendered.engines["errors"] == {}
    return rendered


def _by_path(hits, path):
    return {hit.rule_id: hit for hit in hits if hit.xpath == path}


def test_ibm_fail_is_a_violation_with_its_criteria_and_severity(barriers, engines_pool):
    config = engines_pool[1]
    hits = _by_path(ibm.hits(barriers.engines["raw"]["ibm"], config), IMG)
    image = hits["img_alt_valid"]
    assert (image.status, image.wcag, image.level) == ("violation", ["1.1.1"], "A")
    assert image.severity == "critical"  # toolkit level 1
    assert image.help_url.endswith("/img_alt_valid.html")
    assert image.to_finding(barriers.url).rule_id == "ibm:img_alt_valid"


def test_ibm_potential_and_manual_need_review_and_passes_are_dropped(barriers, engines_pool):
    config = engines_pool[1]
    raw = barriers.engines["raw"]["ibm"]
    assert all(r["value"][1] != "PASS" for r in raw)
    outcomes = {}
    for hit in ibm.hits(raw, config):
        outcomes.setdefault(hit.extra["ibm_value"][1], set()).add(hit.status)
    assert outcomes["FAIL"] == {"violation"}
    assert outcomes["POTENTIAL"] == {"needs-review"}
    assert outcomes.get("MANUAL", {"needs-review"}) == {"needs-review"}
    tabbable = _by_path(ibm.hits(raw, config), LINK)["element_tabbable_visible"]
    assert tabbable.status == "needs-review"


def test_ibm_recommendations_count_only_with_best_practices(barriers, engines_pool):
    """...but for those the mapping table asks a person about (ibm.DECISIONS, ASKED)."""
    raw = barriers.engines["raw"]["ibm"]
    recommendations = [r for r in raw if r["value"][0] == "RECOMMENDATION"]
    assert recommendations  # style_highcontrast_visible on the styled paragraph
    asked = {rule for d in ibm.DECISIONS if d.outcome == ASKED for rule in d.rules}
    plain = ibm.hits(recommendations, engines_pool[1])
    with_bp = ibm.hits(recommendations, AuditConfig(best_practices=True))
    assert {h.rule_id for h in plain} <= asked
    assert {h.rule_id for h in plain} < {h.rule_id for h in with_bp}
    assert {h.status for h in with_bp} == {"needs-review"}


def test_htmlcs_errors_are_violations_warnings_need_review_notices_left_out(barriers,
                                                                             engines_pool):
    config = engines_pool[1]
    raw = barriers.engines["raw"]["htmlcs"]
    assert {m["type"] for m in raw} == {htmlcs.ERROR, htmlcs.WARNING}
    image = _by_path(htmlcs.hits(raw, config), IMG)["1_1_1.H37"]
    assert (image.status, image.wcag, image.severity) == ("violation", ["1.1.1"], "serious")
    assert image.help_url == "https://www.w3.org/WAI/WCAG21/Techniques/html/H37"
    heading = _by_path(htmlcs.hits(raw, config), "/html[1]/body[1]/main[1]/h3[1]")
    assert heading["1_3_1_A.G141"].status == "needs-review"
    assert heading["1_3_1_A.G141"].wcag == ["1.3.1"]


def test_a_same_origin_frame_is_tested_once_by_each_engine(barriers, engines_pool):
    config = engines_pool[1]
    for module, rule in ((ibm, "img_alt_valid"), (htmlcs, "1_1_1.H37")):
        hits = [h for h in module.hits(barriers.engines["raw"][module.NAME], config)
                if h.xpath == SAME_FRAME_IMG and h.rule_id == rule]
        assert len(hits) == 1, (module.NAME, hits)


def test_a_cross_origin_frame_is_tested_too_and_merged_with_axe(site, engines_pool):
    pool, config = engines_pool
    rendered = render_with_retry(pool, site + "frames.html", config)
    assert rendered.error is None
    cross_img = "/html[1]/body[1]/main[1]/iframe[2]/html[1]/body[1]/img[1]"
    for module, rule in ((ibm, "img_alt_valid"), (htmlcs, "1_1_1.H37")):
        hits = module.hits(rendered.engines["raw"][module.NAME], config)
        assert [h.rule_id for h in hits if h.xpath == cross_img].count(rule) == 1
    # axe's node in the cross-origin frame is found in that frame's own document
    images = [f for f in _findings(rendered, config) if f.status == "violation"
              and "1.1.1" in f.wcag and ("cross" in (f.selector or "") or f.selector == cross_img)]
    assert [f.engine_rules for f in images] == [["image-alt", "ibm:img_alt_valid",
                                                 "htmlcs:1_1_1.H37"]]


def test_a_page_cannot_fake_or_break_the_engines_in_their_isolated_world(site, world_pool):
    pool, config = world_pool
    rendered = render_with_retry(pool, site + "engines-tampered.html", config)
    assert rendered.error is None and rendered.engines["errors"] == {}
    image = "/html[1]/body[1]/main[1]/img[1]"
    assert "img_alt_valid" in _by_path(ibm.hits(rendered.engines["raw"]["ibm"], config), image)
    assert "1_1_1.H37" in _by_path(htmlcs.hits(rendered.engines["raw"]["htmlcs"], config),
                                   image)


def test_htmlcs_reads_autocomplete_fields_without_failing_or_misreading_their_type(
        site, world_pool):
    pool, config = world_pool
    rendered = render_with_retry(pool, site + "engines-autocomplete.html", config)
    assert rendered.error is None and rendered.engines["errors"] == {}
    hits = htmlcs.hits(rendered.engines["raw"]["htmlcs"], config)
    form = "/html[1]/body[1]/main[1]/form[1]"
    # an input without a type attribute is a text field: "name" suits it
    assert [h for h in hits if h.xpath == form + "/input[1]" and h.status == "violation"] == []
    # an e-mail field is not one: HTMLCS's own error on it stands
    wrong = _by_path(hits, form + "/input[2]")["1_3_5.H98"]
    assert (wrong.status, wrong.wcag) == ("violation", ["1.3.5"])


def test_an_htmlcs_sniff_that_throws_loses_only_its_own_verdict(site, world_pool):
    pool, config = world_pool
    rendered = render_with_retry(pool, site + "engines-broken-sniff.html", config)
    assert rendered.error is None and rendered.engines["errors"] == {}
    failed = rendered.engines["extra"]["htmlcs"]["sniffs_failed"]
    assert [name for name in failed if "Guideline2_2_2_2_1" in name]  # the refresh sniff
    image = "/html[1]/body[1]/main[1]/img[1]"
    assert "1_1_1.H37" in _by_path(htmlcs.hits(rendered.engines["raw"]["htmlcs"], config), image)


def test_the_mapping_reads_each_element_in_the_page(site, world_pool):
    pool, config = world_pool
    rendered = render_with_retry(pool, site + "engines-mapping.html", config)
    assert rendered.error is None and rendered.engines["errors"] == {}
    found = htmlcs.hits(rendered.engines["raw"]["htmlcs"], config)
    main = "/html[1]/body[1]/main[1]"
    assert _by_path(found, main + "/div[1]/img[1]") == {}  # not rendered: left out
    labelled = _by_path(found, main + "/img[1]")["1_1_1.H37"]  # named by aria-label
    assert (labelled.status, labelled.extra["htmlcs_error"]) == ("needs-review", True)
    contrast = [h for h in found if h.xpath == main + "/label[1]" and h.wcag == ["1.4.3"]]
    assert contrast and {h.status for h in contrast} == {"needs-review"}  # disabled control
    frame = main + "/iframe[1]/html[1]"
    assert [h.rule_id for h in found if h.xpath.startswith(frame)
            and h.rule_id.startswith(tuple(htmlcs.PAGE_RULES))] == []
    raw_titles = [m for m in rendered.engines["raw"]["htmlcs"]
                  if m["xpath"].startswith(frame) and "H25.1.NoTitleEl" in m["code"]]
    assert raw_titles  # HTMLCS did call the frame's document a page without a title
    ibm_raw = rendered.engines["raw"]["ibm"]
    assert [r for r in ibm_raw if r["rule"] == "html_lang_exists" and r["xpath"] == frame]
    assert [h for h in ibm.hits(ibm_raw, config) if h.rule_id == "html_lang_exists"] == []


def _statuses(hits: list, path: str, rule: str) -> set[str]:
    return {h.status for h in hits if h.xpath == path and h.rule_id.startswith(rule)}


def test_the_decision_tables_read_each_elements_facts_in_the_page(site, world_pool):
    """The facts the DECISIONS tables of ibm.py and htmlcs.py read, computed in Chromium beside
    each engine's verdict: a presentational control, a table's shape, a language tag's primary
    language, an svg's role."""
    pool, config = world_pool
    rendered = render_with_retry(pool, site + "engines-mapping.html", config)
    raw = rendered.engines["raw"]
    found_ibm, found_htmlcs = ibm.hits(raw["ibm"], config), htmlcs.hits(raw["htmlcs"], config)
    main = "/html[1]/body[1]/main[1]"
    button = main + "/button[1]"
    assert [r["facts"]["presentational"] for r in raw["ibm"] if r["xpath"] == button][0]
    assert _statuses(found_ibm, button, "aria_") == {"needs-review"}
    assert _statuses(found_htmlcs, button, "4_1_2.H91") == {"needs-review"}
    one_row, two_way = main + "/table[1]", main + "/table[2]"
    shape = [r["facts"]["table"] for r in raw["ibm"] if r["xpath"] == one_row][0]
    assert (shape["rows"], shape["cols"], shape["headers"]) == (1, 2, False)
    assert _statuses(found_ibm, one_row, "table_headers_exists") == {"needs-review"}
    assert _statuses(found_ibm, two_way, "table_headers_exists") == {"violation"}
    tagged = main + "/p[1]"
    assert [r["facts"]["lang_known"] for r in raw["ibm"] if r["xpath"] == tagged][0] is True
    assert _statuses(found_ibm, tagged, "element_lang_valid") == {"needs-review"}
    assert _statuses(found_htmlcs, tagged, "3_1_2.H58") == {"needs-review"}
    svg = [h for h in found_ibm if h.rule_id == "svg_graphics_labelled"]
    assert svg and {h.status for h in svg} == {"needs-review"}


def test_engines_preloaded_for_later_pages_find_what_they_found_when_sent(site, world_pool):
    pool, config = world_pool
    session = pool.acquire(fresh=True)  # no page yet: its first document gets the scripts sent
    try:
        def preload_mark() -> str:
            return page_world(session, ENGINES_WORLD).evaluate(
                "typeof window.__ccPreloadMs + ':' + window.__ccPreloadMs", 10)

        sent = render_page(session, site + "engines.html", config)
        assert preload_mark() == "undefined:undefined"
        preloaded = render_page(session, site + "engines.html", config)
        assert preload_mark() == "number:0"  # defined at load, its time counted by the walk
    finally:
        pool.release(session)
    assert sent.engines["errors"] == preloaded.engines["errors"] == {}
    assert sent.engines["raw"] == preloaded.engines["raw"]
    assert set(preloaded.engines["ms"]) == {"ibm", "htmlcs", "merge", "shared", "preload"}


def _findings(rendered: Rendered, config: AuditConfig) -> list[Finding]:
    return engine_findings(rendered.url, rendered.engines, config,
                           findings_from_axe(rendered.url, rendered.axe or {}))


def test_engines_that_agree_make_one_finding_with_axe_first(barriers, engines_pool):
    findings = _findings(barriers, engines_pool[1])
    on_image = [f for f in findings if "1.1.1" in f.wcag and f.status == "violation"
                and f.selector in ("#no-alt", IMG)]
    assert len(on_image) == 1
    image = on_image[0]
    assert image.engine_rules == ["image-alt", "ibm:img_alt_valid", "htmlcs:1_1_1.H37"]
    assert "dequeuniversity.com" in image.help_url
    assert len(image.extra["fingerprints"]) == 3
    in_frame = [f for f in findings if f.selector == "#same >>frame>> #inner-img"]
    assert in_frame[0].engine_rules == ["image-alt", "ibm:img_alt_valid", "htmlcs:1_1_1.H37"]


def test_axe_findings_are_the_same_with_and_without_other_engines(barriers, engines_pool):
    """The page rendered again with axe alone (same browser, a fresh load): axe's findings
    equal those of the render with every engine, and the merge leaves them as they were."""
    pool, config = engines_pool
    alone = render_with_retry(pool, barriers.url, fast_config(engines=["axe"], axe_timeout=30,
                                                             screenshots=False, workers=1))
    assert alone.error is None and not alone.engines
    axe_alone = findings_from_axe(alone.url, alone.axe or {})
    axe_with_engines = findings_from_axe(barriers.url, barriers.axe or {})
    merged = [f for f in _findings(barriers, config) if "engine" not in f.extra]

    def identity(f: Finding) -> tuple:
        return (f.rule_id, f.selector, f.status, f.severity, f.fingerprint, f.help_url,
                f.message, tuple(f.wcag))

    assert axe_alone
    assert [identity(f) for f in axe_with_engines] == [identity(f) for f in axe_alone]
    assert [identity(f) for f in merged] == [identity(f) for f in axe_alone]


def _audit_demo(engines: str, out: Path) -> dict:
    from checker.demo import demo_site_dir

    # one worker, one Chromium: what is compared is the findings, not parallel rendering
    proc = run_cli("audit", str(demo_site_dir()), "--out", str(out), "--engine", engines,
                   "--fail-on", "never", "--workers", "1", "--no-screenshots", "-q",
                   "--as-of", SUITE_AS_OF.isoformat())
    assert proc.returncode == 0, proc.stderr
    return json.loads((out / "results.json").read_text())


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The demo site audited with axe alone and with every engine, both at once (the slowest
    part of this module: two whole audits in their own processes)."""
    base = tmp_path_factory.mktemp("engines-demo")
    runs = ("axe", "axe,ibm,htmlcs")
    with ThreadPoolExecutor(max_workers=len(runs)) as audits:
        results = audits.map(lambda engines: _audit_demo(
            engines, base / engines.replace(",", "-")), runs)
        return dict(zip(runs, results, strict=True))


def test_demo_site_axe_findings_unchanged_by_adding_engines(demo_runs):
    # A page's identity across runs, as fingerprints read it: the folder server's port can
    # differ between the two runs (its stable port taken meanwhile by another audit of a
    # folder with the same name: crawl/folder.py), which no finding depends on.
    def axe_set(results: dict) -> set[tuple]:
        return {(f["rule_id"], normalize_url_for_fingerprint(f["url"]), f["selector"],
                 f["status"], f["severity"], f["fingerprint"]) for f in results["findings"]
                if f["source"] == "wcag" and ":" not in f["rule_id"]}

    alone, together = axe_set(demo_runs["axe"]), axe_set(demo_runs["axe,ibm,htmlcs"])
    assert alone and alone == together
    others = [f for f in demo_runs["axe,ibm,htmlcs"]["findings"] if ":" in f["rule_id"]]
    assert others  # the other engines did report on the demo site


def test_results_json_and_report_name_each_engine_version(demo_runs):
    versions = demo_runs["axe,ibm,htmlcs"]["run"]["engine_versions"]
    packages = {m.NAME: json.loads((m.SCRIPT.folder / "package.json").read_text())["version"]
                for m in (ibm, htmlcs)}
    assert versions == {"axe": axe_version(AuditConfig()), **packages}
    assert demo_runs["axe"]["run"]["engine_versions"] == {"axe": axe_version(AuditConfig())}
    out = Path(demo_runs["axe,ibm,htmlcs"]["run"]["options"]["out"])
    header = (out / "index.html").read_text()
    assert f"IBM Equal Access {packages['ibm']}" in header
    assert f"HTML_CodeSniffer {packages['htmlcs']}" in header
