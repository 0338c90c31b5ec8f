"""Extraction reads what a browser reads: minified HTML that leaves out optional tags, and
bytes whose <meta charset> cannot be right. Served on 127.0.0.1 and audited end to end."""

from __future__ import annotations

import json
from pathlib import Path

from checker.content.extract import extract
from checker.crawl.links import decode_html
from tests.conftest import SUITE_AS_OF, run_cli

CURE = "no-unqualified-cure-claims"
# No </p>, no </li>, no <head> or <body>: every tag the HTML standard lets an author omit.
MINIFIED = (
    "<!DOCTYPE html><meta charset=utf-8><title>Ketamine therapy</title>"
    "<nav><ul><li><a href=/>Home<li><a href=/ketamine/>Ketamine</ul></nav>"
    "<main><h1>Ketamine therapy for depression</h1>"
    "<p>Our ketamine therapy cures depression for good.<p>Sessions last an hour."
    "</main><footer><p>Sunrise Clinic</footer>"
)
# The markup claims UTF-16; the bytes are UTF-8 (a CMS template copied between sites).
WRONG_CHARSET = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-16">'
    "<title>Ketamine therapy \u2013 Sunrise</title></head><body><main>"
    "<h1>Ketamine therapy for depression</h1>"
    "<p>Our caf\u00e9-style lounge is calm \u2013 and our ketamine therapy cures "
    "depression for good.</p></main></body></html>"
)


def _audit_folder(tmp_path: Path, serve, pages: dict[str, bytes]) -> dict:
    site = tmp_path / "site"
    site.mkdir()
    for name, body in pages.items():
        (site / name).write_bytes(body)
    server = serve(site)
    out = tmp_path / "out"
    proc = run_cli("audit", server.url + "index.html", "--no-browser", "--out", str(out),
                   "--fail-on", "never", "-q", "--as-of", SUITE_AS_OF.isoformat(),
                   "--max-pages", "1")
    assert proc.returncode == 0, proc.stderr
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def _cure_sentences(results: dict) -> list[str]:
    return [f["sentence"] for f in results["findings"] if f["rule_id"] == CURE]


def test_minified_page_without_optional_tags_is_read(tmp_path: Path, serve) -> None:
    results = _audit_folder(tmp_path, serve, {"index.html": MINIFIED.encode()})
    assert _cure_sentences(results) == ["Our ketamine therapy cures depression for good."]


def test_meta_utf16_on_utf8_bytes_is_read_as_utf8(tmp_path: Path, serve) -> None:
    results = _audit_folder(tmp_path, serve, {"index.html": WRONG_CHARSET.encode("utf-8")})
    assert _cure_sentences(results) == [
        "Our caf\u00e9-style lounge is calm \u2013 and our ketamine therapy cures depression "
        "for good."]


def test_body_content_left_in_head_by_the_parser_moves_to_the_body() -> None:
    doc = extract("https://c.example/", MINIFIED)
    main = [b.text for b in doc.main_blocks]
    assert main == ["Ketamine therapy for depression",
                    "Our ketamine therapy cures depression for good.", "Sessions last an hour."]
    assert {b.region for b in doc.blocks if b.text == "Ketamine"} == {"nav"}


def test_header_utf16_without_nul_bytes_is_not_utf16() -> None:
    body = "<p>Caf\u00e9 \u2013 open daily</p>".encode()
    text, warnings = decode_html(body, "text/html; charset=utf-16")
    assert text == "<p>Caf\u00e9 \u2013 open daily</p>" and warnings
    utf16 = "<p>Caf\u00e9</p>".encode("utf-16-le")
    assert decode_html(utf16, "text/html; charset=utf-16le")[0] == "<p>Caf\u00e9</p>"
