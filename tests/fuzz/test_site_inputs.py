"""Fuzz what a site serves the crawler before any page: robots.txt and sitemaps, from a real
HTTP server on 127.0.0.1, audited with --no-browser. Each example: an exit code in
{0, 1, 2, 3}, no traceback, bounded time."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz import strategies as fz
from tests.fuzz.conftest import Response, assert_clean, examples, run_checker

AUDIT = ["--no-browser", "-q", "--max-pages", "4", "--format", "json"]
ROBOTS_TYPES = ["text/plain", "text/html", "application/octet-stream", "text/plain; charset=x"]


@examples(8)
@given(data=st.data(), status=st.sampled_from([200, 200, 200, 301, 403, 404, 500, 503]),
       content_type=st.sampled_from(ROBOTS_TYPES))
@example(data=None, status=200, content_type="text/plain")  # the relative Sitemap: line
def test_robots_txt(fuzz_server, workdirs, data, status, content_type):
    fuzz_server.reset()
    if data is None:
        body = b"User-agent: *\nDisallow:\nSitemap: /sitemap.xml\nSitemap: ::bad::\n"
    else:
        body = data.draw(fz.robots_txt(fuzz_server.url), label="robots.txt")
    # a 301 that points back at itself: a redirect loop on robots.txt
    location = fuzz_server.url + "robots.txt" if status == 301 else None
    fuzz_server.files["/robots.txt"] = Response(body, status, content_type, location)
    fuzz_server.files["/sitemap.xml"] = Response(fz.huge_sitemap(fuzz_server.url, 3), 200,
                                                 "application/xml")
    assert_clean(run_checker(["audit", fuzz_server.url, *AUDIT], workdirs()))


@examples(8)
@given(data=st.data(), path=st.sampled_from(["/sitemap.xml", "/sitemap.xml.gz", "/index.xml"]),
       via=st.sampled_from(["option", "robots"]))
@example(data=None, path="/sitemap.xml", via="option")  # many URLs
def test_sitemaps(fuzz_server, workdirs, data, path, via):
    """Malformed, nested, looping, gzipped, huge; named by --sitemap or by robots.txt."""
    fuzz_server.reset()
    for name in ("/sitemap.xml", "/sitemap.xml.gz", "/index.xml"):
        body = (fz.huge_sitemap(fuzz_server.url, 5_000) if data is None
                else data.draw(fz.sitemap_xml(fuzz_server.url), label=name))
        kind = "application/gzip" if name.endswith(".gz") else "application/xml"
        fuzz_server.files[name] = Response(body, 200, kind)
    args = ["audit", fuzz_server.url, *AUDIT]
    if via == "option":
        args += ["--sitemap", fuzz_server.url + path.lstrip("/")]
    else:
        fuzz_server.files["/robots.txt"] = Response(f"Sitemap: {path}\n".encode(), 200,
                                                    "text/plain")
    assert_clean(run_checker(args, workdirs()))


@pytest.mark.parametrize("sitemap", fz.XML_NASTIES, ids=range(len(fz.XML_NASTIES)))
def test_hostile_sitemap_files(fuzz_server, workdirs, sitemap):
    """Entity expansion, external entities, deep nesting, a gzip bomb: refused or bounded."""
    fuzz_server.reset()
    fuzz_server.files["/sitemap.xml"] = Response(sitemap, 200, "application/xml")
    args = ["audit", fuzz_server.url, *AUDIT, "--sitemap", fuzz_server.url + "sitemap.xml"]
    outcome = run_checker(args, workdirs())
    assert_clean(outcome)
    assert "root:" not in outcome.stdout + outcome.stderr  # /etc/passwd never read in
