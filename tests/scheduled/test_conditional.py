"""Re-audits that do not fetch what has not changed: a page stored with an ETag or a
Last-Modified is asked for with If-None-Match / If-Modified-Since; a 304 stands for the body
the previous run read, so its findings are carried over; a server that sends neither leaves
the body hash to judge; --full asks unconditionally. Every incremental run here ends with the
findings a --full run finds."""

from __future__ import annotations

import pytest

from tests.scheduled.conftest import AS_OF, cli, finding_keys, latest_run
from tests.scheduled.sitegen import DEFECTS
from tests.scheduled.validating_server import ValidatingServer, ValidatingSite

pytestmark = pytest.mark.slow  # several audits of a local site

TOTAL = 12  # notes, plus the index


def note(n: int, defects: tuple[str, ...] = (), revision: int = 1) -> str:
    nav = "".join(f'<li><a href="/note-{m}.html">Note {m}</a></li>'
                  for m in (n - 1, n + 1) if 1 <= m <= TOTAL)
    extra = "".join(DEFECTS[d] for d in defects)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Note {n}'
            f'</title></head><body><nav><ul><li><a href="/">Home</a></li>{nav}</ul></nav>'
            f"<main><h1>Patient note {n}</h1><p>Revision {revision}: what to expect at your "
            f"first visit, and what to bring.</p>{extra}</main><footer><p>This website is "
            "general information, not a substitute for professional medical advice.</p>"
            "</footer></body></html>")


def clinic_site(**validators: bool) -> ValidatingSite:
    links = "".join(f'<li><a href="/note-{n}.html">Note {n}</a></li>'
                    for n in range(1, TOTAL + 1))
    pages = {"/": f"<!DOCTYPE html><html lang=en><head><title>Guide</title></head><body>"
                  f"<main><h1>Patient guide</h1><ul>{links}</ul></main></body></html>"}
    pages |= {f"/note-{n}.html": note(n, ("cure",) if n % 4 == 0 else ())
              for n in range(1, TOTAL + 1)}
    return ValidatingSite(pages, **validators)


def audit(project, url, out, *extra):
    proc = cli("audit", url, "--no-browser", "--out", str(project / out), "--fail-on", "never",
               "-q", "--db", str(project / "history.sqlite"), *extra, cwd=project)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    return latest_run(project / "history.sqlite")


@pytest.mark.parametrize("validators", [
    {"etags": True, "last_modified": True},
    {"etags": True, "last_modified": False},
    {"etags": False, "last_modified": True},
], ids=["etag-and-last-modified", "etag", "last-modified"])
def test_unchanged_pages_are_answered_304_and_equal_a_full_audit(project, validators):
    site = clinic_site(**validators)
    with ValidatingServer(site) as server:
        audit(project, server.url, "r1", "--as-of", AS_OF)
        assert set(site.statuses()) == {200}
        assert not any(s.if_none_match or s.if_modified_since for s in site.page_log())

        site.clear()
        options, pages, unchanged = audit(project, server.url, "r2", "--as-of", AS_OF)
        assert site.statuses() == [304] * (TOTAL + 1)  # not one body sent again
        sent = site.page_log()[0]
        assert (sent.if_none_match is not None) == validators["etags"]
        assert (sent.if_modified_since is not None) == validators["last_modified"]
        assert options["incremental"]["not_modified"] == TOTAL + 1
        assert all(p["carried_over"] for p in pages)

        site.change("/note-3.html", note(3, ("guarantee",), revision=2))  # a new defect
        site.change("/note-4.html", note(4, (), revision=2))  # a defect fixed
        site.clear()
        options, pages, changed = audit(project, server.url, "r3", "--as-of", AS_OF)
        fresh = {s.path for s in site.page_log() if s.status == 200}
        assert fresh == {"/note-3.html", "/note-4.html"}
        assert site.statuses().count(304) == TOTAL - 1
        assert {p["url"] for p in pages if not p["carried_over"]} == {
            server.url + "note-3.html", server.url + "note-4.html"}

        site.clear()
        options, pages, full = audit(project, server.url, "r4", "--as-of", AS_OF, "--full")
        assert set(site.statuses()) == {200}
        assert not any(s.if_none_match or s.if_modified_since for s in site.page_log())
    assert finding_keys(changed) == finding_keys(full)
    assert finding_keys(unchanged) != finding_keys(full)  # the changes made a difference
    rules = {f["rule_id"] for f in full if f["url"].endswith("note-3.html")}
    assert rules and not any(f["url"].endswith("note-4.html") for f in full)


def test_without_validators_the_body_hash_judges(project):
    site = clinic_site(etags=False, last_modified=False)
    with ValidatingServer(site) as server:
        audit(project, server.url, "r1", "--as-of", AS_OF)
        site.change("/note-5.html", note(5, ("cure",), revision=2))
        site.clear()
        options, pages, incremental = audit(project, server.url, "r2", "--as-of", AS_OF)
        assert set(site.statuses()) == {200}
        assert not any(s.if_none_match or s.if_modified_since for s in site.page_log())
        assert {p["url"] for p in pages if not p["carried_over"]} == {
            server.url + "note-5.html"}
        _, _, full = audit(project, server.url, "r3", "--as-of", AS_OF, "--full")
    assert finding_keys(incremental) == finding_keys(full)


def test_a_new_audit_date_reads_the_pages_again_without_the_browser(project):
    """The date's rules (freshness) run on the page's HTML, which a 304 does not send."""
    site = clinic_site()
    with ValidatingServer(site) as server:
        audit(project, server.url, "r1", "--as-of", AS_OF)
        site.clear()
        options, pages, moved = audit(project, server.url, "r2", "--as-of", "2027-06-01")
        assert set(site.statuses()) == {200}
        assert options["incremental"]["not_modified"] == 0
        _, _, full = audit(project, server.url, "r3", "--as-of", "2027-06-01", "--full")
    assert finding_keys(moved) == finding_keys(full)


def test_pages_a_sitemap_dates_before_the_last_read_are_not_asked_for(project):
    site = clinic_site(sitemap=True)
    with ValidatingServer(site) as server:
        sitemap = ("--sitemap", server.url + "sitemap.xml", "--as-of", AS_OF)
        audit(project, server.url, "r1", *sitemap)
        site.change("/note-8.html", note(8, (), revision=2))  # its cure claim removed
        site.clear()
        options, pages, listed = audit(project, server.url, "r2", *sitemap)
        # the changed page, dated now, is asked for; the start page (a start URL, not a
        # sitemap entry) conditionally; the other notes not at all
        assert sorted((s.path, s.status) for s in site.page_log()) == [
            ("/", 304), ("/note-8.html", 200)]
        assert options["incremental"]["not_modified"] == TOTAL
        assert {p["url"] for p in pages if not p["carried_over"]} == {
            server.url + "note-8.html"}
        site.clear()
        _, _, full = audit(project, server.url, "r3", *sitemap, "--full")
        assert set(site.statuses()) == {200} and len(site.page_log()) == TOTAL + 1
    assert finding_keys(listed) == finding_keys(full)
    assert not any(f["url"].endswith("note-8.html") for f in full)
