"""The viewport is a setting: axe's verdict on a responsive page depends on it, and the run
names the one it used (results.json run options, the report's header)."""

from __future__ import annotations

import json

import pytest

from checker.browser.viewport import PRESETS, parse_viewport, viewport_problem
from checker.outcome import run_audit
from tests.browser.conftest import fast_config
from tests.browser.servers import scripted
from tests.conftest import requires_browser

# An image without alt shown only on narrow screens: a phone user meets the barrier.
RESPONSIVE = ("<!doctype html><html lang=en><head><title>Responsive</title>"
              '<meta name="viewport" content="width=device-width, initial-scale=1">'
              "<style>.phone { display: none } @media (max-width: 600px) {"
              " .phone { display: block } }</style></head><body><main><h1>Hours</h1>"
              '<img class="phone" src="/x.png" width="20" height="20"><p id="w"></p>'
              "</main></body></html>")


@requires_browser
@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("viewport,expect_barrier", [("1280x1024", False), ("mobile", True),
                                                     ("500x700", True)])
def test_the_viewport_decides_what_axe_sees_and_is_named_in_the_run(
        tmp_path, viewport, expect_barrier):
    with scripted("127.0.0.1", {"/": RESPONSIVE}) as site:
        config = fast_config(start=[site.url], out=tmp_path / "out", db=tmp_path / "a.sqlite",
                             viewport=viewport, formats=["json", "html"], fail_on="never",
                             max_pages=1)
        with run_audit(config) as outcome:
            findings = list(outcome.store.iter_findings(outcome.run.id))
    assert any(f.rule_id == "image-alt" for f in findings) is expect_barrier
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    assert results["run"]["options"]["viewport"] == viewport
    assert f"viewport {viewport}" in (tmp_path / "out" / "index.html").read_text()


@pytest.mark.parametrize("text,width,height,mobile", [
    ("1280x1024", 1280, 1024, False), (" 390 X 844 ", 390, 844, False),
    ("mobile", 390, 844, True), ("Desktop", 1280, 1024, False)])
def test_viewport_values(text, width, height, mobile):
    viewport = parse_viewport(text)
    assert (viewport.width, viewport.height, viewport.mobile) == (width, height, mobile)


@pytest.mark.parametrize("text", ["", "1280", "12x1024", "1280x99999", "tablet", "1280x1024x2"])
def test_viewport_mistakes_are_named(text):
    problem = viewport_problem(text)
    assert problem and ("WIDTHxHEIGHT" in problem or "pixels" in problem)


def test_presets_are_listed_in_the_option_help():
    from checker.settings.stages import BrowserSettings

    help_text = BrowserSettings.__dataclass_fields__["viewport"].metadata
    assert all(name in str(help_text) for name in PRESETS)


@requires_browser
@pytest.mark.browser
@pytest.mark.slow
def test_an_incremental_audit_at_another_viewport_finds_what_a_full_one_does(tmp_path):
    # The page is unchanged, the viewport is not: a desktop run's findings must not be
    # carried over to a phone run (they were: the phone run passed, its --full failed).
    with scripted("127.0.0.1", {"/": RESPONSIVE}) as site:
        def audit(viewport: str, name: str, **options: object) -> set[tuple[str, bool]]:
            config = fast_config(start=[site.url], out=tmp_path / name, max_pages=1,
                                 db=tmp_path / "a.sqlite", viewport=viewport, formats=["json"],
                                 fail_on="never", **options)
            with run_audit(config) as outcome:
                return {(f.rule_id, f.carried_over)
                        for f in outcome.store.iter_findings(outcome.run.id)
                        if f.source == "wcag"}
        assert ("image-alt", False) not in audit("1280x1024", "desktop")
        incremental = audit("mobile", "phone")
        assert incremental == audit("mobile", "phone-full", full=True)
        assert ("image-alt", False) in incremental


def test_the_viewport_and_tracker_blocking_are_part_of_the_reuse_profile():
    from checker.audit import profile_key
    from checker.content.engine import ContentEngine
    from checker.settings import AuditConfig

    engine = ContentEngine(AuditConfig().content)

    def key(**options: object) -> str:
        return profile_key(AuditConfig(**options), engine.version, "4.10.2")

    assert key() == key(viewport="desktop") == key(viewport=" 1280 x 1024 ")
    assert len({key(), key(viewport="mobile"), key(viewport="390x844"),
                key(block_trackers=False)}) == 4
