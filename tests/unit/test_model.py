"""The model's pure logic: severities and fingerprints."""

from __future__ import annotations

import pytest

from checker.crawl.folder import FolderServer
from checker.model import Finding, Severity, fingerprint


def test_severity_ranks_follow_axe_impacts():
    assert Severity.CRITICAL.at_least(Severity.SERIOUS)
    assert not Severity.MINOR.at_least(Severity.MODERATE)
    assert Severity.parse(None, Severity.MODERATE) is Severity.MODERATE


def test_unknown_severity_names_the_choices():
    with pytest.raises(ValueError, match="critical, serious, moderate, minor"):
        Severity.parse("urgent")


def test_fingerprint_ignores_whitespace_case_and_curly_quotes_of_the_sentence():
    a = fingerprint("no-unqualified-cure-claims", "https://x.org/a",
                    "Our drip \u201ccures\u201d   fatigue.")
    b = fingerprint("no-unqualified-cure-claims", "https://X.org/a#top",
                    'our drip "cures" fatigue.')
    assert a == b


def test_fingerprint_separates_rules_pages_and_elements():
    base = fingerprint("image-alt", "https://x.org/a", "img.hero")
    assert base != fingerprint("image-alt", "https://x.org/b", "img.hero")
    assert base != fingerprint("label", "https://x.org/a", "img.hero")
    assert base != fingerprint("image-alt", "https://x.org/a", "img.logo")
    assert base != fingerprint("image-alt", "https://x.org:8443/a", "img.hero")


def test_fingerprint_ignores_the_port_of_a_loopback_build_server():
    assert fingerprint("label", "http://127.0.0.1:41234/contact.html", "#email") == fingerprint(
        "label", "http://127.0.0.1:50321/contact.html", "#email")


def test_finding_fingerprint_uses_sentence_before_selector():
    finding = Finding(rule_id="r", source="content", severity="serious", url="https://x.org/",
                      message="m", selector="main > p:nth-of-type(2)", sentence="It cures.")
    assert finding.fingerprint == fingerprint("r", "https://x.org/", "It cures.")
    assert Finding.from_dict(finding.to_dict()).fingerprint == finding.fingerprint


def test_a_folder_is_served_on_the_same_port_run_after_run(tmp_path):
    site = tmp_path / "public"
    site.mkdir()
    first = FolderServer(site)
    port = first.port
    first._server.server_close()
    again = FolderServer(site)
    try:
        assert again.port == port
    finally:
        again._server.server_close()


def test_only_html_pages_with_an_error_count_as_not_audited(tmp_path):
    from checker.model import Page, Run
    from checker.store.db import Store

    pages = [
        Page(url="https://x.org/", status=200),
        Page(url="https://x.org/slow", error="page did not finish loading within 30 s"),
        Page(url="https://x.org/gone", status=404, error="HTTP 404", kind="broken"),
        Page(url="https://x.org/a.pdf", status=200, kind="document"),
    ]
    assert [p.failed for p in pages] == [False, True, False, False]
    with Store(tmp_path / "h.sqlite") as store:
        store.start_run(Run(id="r1", site="x.org", started="2026-11-25T00:00:00"))
        for page in pages:
            store.save_page("r1", page, [])
        counts = store.counts("r1")
    assert (counts["pages"], counts["page_errors"]) == (2, 1)


def test_stored_fields_are_capped_once_with_a_visible_marker() -> None:
    from checker.model import FIELD_CAPS, Finding, capped

    finding = Finding(rule_id="r", source="content", severity="minor", url="http://x/",
                      message="m", sentence="s" * 1_048_576, selector="#a")
    once = capped(finding)
    assert once.sentence is not None and len(once.sentence) <= FIELD_CAPS["sentence"]
    assert once.sentence.endswith("… [truncated, 1,048,576 characters]")
    assert capped(once) == once and once.selector == "#a"
    assert finding.sentence == "s" * 1_048_576  # the caller's object is not changed
