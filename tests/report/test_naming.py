"""Pages as people name them: a folder audit's pages by file path, one page for the URLs of
one document (canonical link or identical body), broken links with the pages linking to
them."""

from __future__ import annotations

from checker.model import Page, Run
from checker.report.html_writer import referrers, url_text
from checker.report.naming import Naming, find_aliases

SITE = "https://clinic.example"


def _run(start: list[str], served: list[str]) -> Run:
    return Run(id="r1", site="public", started="2026-12-01T00:00:00",
               options={"start": start, "start_urls": served})


def test_a_folder_audit_shows_file_paths() -> None:
    naming = Naming.of(_run(["./build/public"], ["http://127.0.0.1:23456/"]))
    assert naming.display("http://127.0.0.1:23456/services/tms.html") == "public/services/tms.html"
    assert naming.display("http://127.0.0.1:23456/") == "public/index.html"
    assert naming.display("http://127.0.0.1:23456/a%20b/") == "public/a b/index.html"
    assert naming.is_local("http://127.0.0.1:23456/x.html")
    assert not naming.is_local(f"{SITE}/x.html")
    assert str(url_text("http://127.0.0.1:23456/services/tms.html", naming)) == (
        "public/<wbr>services/<wbr>tms.html")


def test_a_site_audit_keeps_its_urls() -> None:
    naming = Naming.of(_run([f"{SITE}/"], [f"{SITE}/"]))
    assert naming.display(f"{SITE}/services/") == f"{SITE}/services/"
    assert not naming.is_local(f"{SITE}/services/")
    local_server = Naming.of(_run(["http://127.0.0.1:8000/"], ["http://127.0.0.1:8000/"]))
    assert local_server.display("http://127.0.0.1:8000/a.html") == "http://127.0.0.1:8000/a.html"


def test_urls_wrap_only_at_path_boundaries_and_stay_escaped() -> None:
    assert str(url_text(f"{SITE}/a/b?x=<1>&y=2")) == (
        "https:/<wbr>/<wbr>clinic.example/<wbr>a/<wbr>b?<wbr>x=<wbr>&lt;1&gt;&amp;<wbr>y=<wbr>2")


def test_index_and_slash_with_one_body_are_one_page() -> None:
    pages = [Page(url=f"{SITE}/", body_hash="h1"), Page(url=f"{SITE}/index.html", body_hash="h1"),
             Page(url=f"{SITE}/about.html", body_hash="h2")]
    aliases = find_aliases(pages)
    assert aliases.of(f"{SITE}/") == [f"{SITE}/index.html"]
    assert aliases.is_alias(f"{SITE}/index.html") and not aliases.is_alias(f"{SITE}/")
    assert not aliases.is_alias(f"{SITE}/about.html") and aliases.of(f"{SITE}/about.html") == []


def test_a_canonical_link_names_the_page() -> None:
    canonical = f"{SITE}/services/tms.html"
    pages = [Page(url=f"{SITE}/tms", body_hash="a", canonical=canonical),
             Page(url=canonical, body_hash="b", canonical=canonical),
             Page(url=f"{SITE}/services/tms.html?ref=nav", body_hash="b")]
    aliases = find_aliases(pages)
    assert aliases.of(canonical) == [f"{SITE}/services/tms.html?ref=nav", f"{SITE}/tms"]


def test_pages_that_could_not_be_audited_are_never_merged() -> None:
    pages = [Page(url=f"{SITE}/a", error="timeout", body_hash="x"),
             Page(url=f"{SITE}/b", error="timeout", body_hash="x")]
    assert find_aliases(pages).others == {}


def test_a_broken_link_lists_the_pages_linking_to_it() -> None:
    recorded = Page(url=f"{SITE}/gone.html", kind="broken", status=404,
                    referrer=f"{SITE}/a.html",
                    extra={"referrers": [f"{SITE}/a.html", f"{SITE}/b.html"]})
    assert referrers(recorded) == [f"{SITE}/a.html", f"{SITE}/b.html"]
    first_only = Page(url=f"{SITE}/gone.html", kind="broken", referrer=f"{SITE}/a.html")
    assert referrers(first_only) == [f"{SITE}/a.html"]


def test_the_report_lists_every_page_linking_to_a_broken_link(tmp_path) -> None:
    from tests.conftest import StaticServer, run_cli

    site = tmp_path / "site"
    site.mkdir()
    page = ("<html lang='en'><head><title>{0}</title></head><body><main><h1>{0}</h1>"
            "<p><a href='gone.html'>Old page</a> <a href='{1}'>next</a></p></main></body></html>")
    (site / "index.html").write_text(page.format("Home", "about.html"), encoding="utf-8")
    (site / "about.html").write_text(page.format("About", "index.html"), encoding="utf-8")
    with StaticServer(site) as server:
        proc = run_cli("audit", server.url, "--no-browser", "-q", "--out", str(tmp_path / "out"),
                       "--db", str(tmp_path / "h.sqlite"), "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8").replace("<wbr>", "")
    row = index.split("broken link, HTTP 404; linked from")[1].split("</td>")[0]
    # both pages; index.html and / are one page, named once
    assert row.count('class="url"') == 2
    assert f"{server.url}about.html" in row and server.url + "</span>" in row
