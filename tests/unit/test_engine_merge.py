"""The merge rules of checker.browser.engines.merge and the --engine option, without a browser
(the same merge on real engine output is in tests/browser/test_engines.py)."""

from __future__ import annotations

import pytest

from checker.browser.engines.merge import merge_findings
from checker.model import Finding
from checker.settings import AuditConfig, ConfigError
from tests.conftest import run_cli

URL = "http://127.0.0.1:8000/page.html"
IMG = "/html[1]/body[1]/img[1]"


def _axe(rule: str, status: str = "violation", sc: str = "1.1.1") -> Finding:
    return Finding(rule_id=rule, source="wcag", severity="critical", url=URL, message=rule,
                   status=status, wcag=[sc], selector="#hero", help_url="https://axe/" + rule)


def _other(engine: str, rule: str, status: str = "violation", sc: str = "1.1.1",
           path: str = IMG) -> Finding:
    return Finding(rule_id=f"{engine}:{rule}", source="wcag", severity="serious", url=URL,
                   message=rule, status=status, wcag=[sc], selector=path,
                   extra={"engine": engine})


ORDER = ["axe", "ibm", "htmlcs"]


def test_other_engines_join_axe_on_the_same_element_and_criterion():
    axe = _axe("image-alt")
    fingerprint = axe.fingerprint
    merged = merge_findings([axe], [_other("htmlcs", "H37"), _other("ibm", "img_alt_valid")],
                            {"#hero": IMG}, ORDER)
    assert merged == [axe]
    assert axe.engine_rules == ["image-alt", "ibm:img_alt_valid", "htmlcs:H37"]
    assert axe.fingerprint == fingerprint and axe.rule_id == "image-alt"
    assert len(axe.extra["fingerprints"]) == 3


def test_another_criterion_or_element_stays_apart():
    axe = _axe("image-alt")
    elsewhere = _other("ibm", "img_alt_valid", path="/html[1]/body[1]/img[2]")
    other_sc = _other("ibm", "text_contrast_sufficient", sc="1.4.3")
    merged = merge_findings([axe], [elsewhere, other_sc], {"#hero": IMG}, ORDER)
    assert merged == [axe, elsewhere, other_sc]
    assert axe.engine_rules == ["image-alt"]


def test_a_violation_does_not_hide_behind_axe_needs_review():
    axe = _axe("color-contrast", status="needs-review", sc="1.4.3")
    ibm = _other("ibm", "text_contrast_sufficient", sc="1.4.3")
    merged = merge_findings([axe], [ibm], {"#hero": IMG}, ORDER)
    assert merged == [axe, ibm]
    assert ibm.extra["axe_needs_review"] == ["color-contrast"]
    review = _other("htmlcs", "G18.Abs", status="needs-review", sc="1.4.3")
    assert merge_findings([axe], [review], {"#hero": IMG}, ORDER) == [axe]


def test_without_axe_the_violation_leads_then_engine_order():
    review = _other("ibm", "img_alt_valid", status="needs-review")
    error = _other("htmlcs", "H37")
    merged = merge_findings([], [review, error], {}, ORDER)
    assert merged == [error]
    assert error.engine_rules == ["htmlcs:H37", "ibm:img_alt_valid"]


def test_one_engine_never_merges_with_itself_and_axe_never_with_axe():
    first, second = _other("ibm", "a"), _other("ibm", "b")
    assert merge_findings([], [first, second], {}, ORDER) == [first, second]
    one, two = _axe("image-alt"), _axe("role-img-alt")
    assert merge_findings([one, two], [], {"#hero": IMG}, ORDER) == [one, two]


def test_engine_option_is_validated():
    assert AuditConfig().engines == ["axe"]
    AuditConfig(engines=["axe", "ibm", "htmlcs"]).validate()
    with pytest.raises(ConfigError, match="--engine 'wave' is not one of: axe, ibm, htmlcs"):
        AuditConfig(engines=["axe", "wave"]).validate()


def test_a_missing_engine_is_one_line_naming_the_make_target(tmp_path, monkeypatch):
    monkeypatch.setenv("CLINIC_CHECKER_ENGINES_CACHE", str(tmp_path / "empty"))
    proc = run_cli("audit", "http://127.0.0.1:9/", "--engine", "axe,ibm", timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "--engine ibm" in lines[0] and "make engines" in lines[0]


def test_a_baseline_knows_a_merged_barrier_by_any_engines_fingerprint(tmp_path):
    from checker.gate.baseline import Baseline

    axe = _axe("image-alt")
    ibm = _other("ibm", "img_alt_valid")
    merge_findings([axe], [ibm], {"#hero": IMG}, ORDER)
    entry = {"fingerprint": axe.fingerprint, "fingerprints": axe.extra["fingerprints"]}
    baseline = Baseline(tmp_path / "b.json", "run", "site", {axe.fingerprint: entry})
    # the same barrier in a run without axe is the IBM finding alone: still known, not fixed
    alone = _other("ibm", "img_alt_valid")
    assert alone.fingerprint in baseline
    assert baseline.fixed({alone.fingerprint}) == []
    assert baseline.fixed({"something-else"}) == [entry]


def test_our_own_checks_merge_like_any_engine():
    """A checker: finding on an element and criterion another engine flagged joins that
    finding (IBM's here, the primary by engine order when axe has none); alone, it stays a
    finding of its own."""
    from checker.browser.engines import own

    raw = [{"collector": "images", "xpath": IMG, "data": {"name": "IMG_0042.jpg",
                                                          "link_only": False}}]
    ours = [hit.to_finding(URL) for hit in own.hits(raw, AuditConfig())]
    ibm = _other("ibm", "img_alt_valid")
    merged = merge_findings([], [ibm, *ours], {}, [*ORDER, "checker"])
    assert merged == [ibm]
    assert ibm.engine_rules == ["ibm:img_alt_valid", "checker:image-alt-not-alternative"]
    assert merge_findings([], ours, {}, [*ORDER, "checker"]) == ours
