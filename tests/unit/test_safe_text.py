"""Text from crawled pages reaches terminals and CI logs only without control characters."""

from __future__ import annotations

from checker.cli.runs import finding_line
from checker.model import Finding
from checker.untrusted import safe_text


def test_escape_sequences_and_newlines_are_removed():
    hostile = "ok\x1b[2J\x1b]0;owned\x07\nFAKE: gate passed\r\u202eevil"
    cleaned = safe_text(hostile)
    assert "\x1b" not in cleaned and "\n" not in cleaned and "\r" not in cleaned
    assert "\u202e" not in cleaned
    assert "FAKE: gate passed" in cleaned  # the words stay, on the same line


def test_long_text_is_capped():
    assert len(safe_text("x" * 5000, 200)) == 200


def test_diff_lines_quote_sentences_safely():
    finding = Finding(rule_id="no-unqualified-cure-claims", source="content",
                      severity="serious", url="http://x.test/a\x1b[31m", message="m",
                      sentence="It cures\nall:\x1b[0m ills.")
    line = finding_line(finding)
    assert "\x1b" not in line and "\n" not in line
