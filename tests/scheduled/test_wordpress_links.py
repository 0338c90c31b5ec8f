"""End to end: a folder of built HTML whose page looks like WordPress (generator meta, body
class page-id-N) is audited; each of its findings links to the WordPress editor in
results.json, the HTML report and summary.md, and a plain page's findings do not."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from checker.outcome import run_audit
from checker.report.json_writer import schema_path
from checker.report.overview import page_file
from checker.settings import AuditConfig

CLAIM = "<p>Our IV drip cures chronic fatigue.</p>"
WORDPRESS_PAGE = f"""<!doctype html><html lang="en"><head><title>IV therapy</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" href="/wp-content/themes/clinic/style.css"></head>
<body class="page-template-default page page-id-42"><main><h1>IV therapy</h1>{CLAIM}</main>
<a href="plain.html">Plain</a> <a href="blog/">Blog</a></body></html>"""
# WordPress installed in a folder: its REST API link names the folder the editor is under
BLOG_PAGE = f"""<!doctype html><html lang="en"><head><title>Blog</title>
<link rel="https://api.w.org/" href="/blog/wp-json/"></head>
<body class="post-template-default single postid-7"><main><h1>News</h1>{CLAIM}</main>
</body></html>"""
PLAIN_PAGE = f"""<!doctype html><html lang="en"><head><title>Plain</title></head>
<body class="page-id-nope"><main><h1>Plain</h1>{CLAIM}</main></body></html>"""


def test_findings_on_a_wordpress_page_link_to_its_editor(tmp_path: Path) -> None:
    site = tmp_path / "public"
    site.mkdir()
    (site / "index.html").write_text(WORDPRESS_PAGE, encoding="utf-8")
    (site / "plain.html").write_text(PLAIN_PAGE, encoding="utf-8")
    (site / "blog").mkdir()
    (site / "blog" / "index.html").write_text(BLOG_PAGE, encoding="utf-8")
    config = AuditConfig(start=[str(site)], no_browser=True, out=tmp_path / "out",
                         db=tmp_path / "h.sqlite", formats=["html", "json", "markdown"],
                         quiet=True)
    with run_audit(config) as outcome:
        pages = {"blog" if "/blog/" in p.url else
                 "plain.html" if p.url.endswith("plain.html") else "index.html": p
                 for p in outcome.store.iter_pages(outcome.run.id)}
    results = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, json.loads(schema_path().read_text(encoding="utf-8")))

    wp_url = pages["index.html"].url
    editor = wp_url.split("/")[0] + "//" + wp_url.split("/")[2] + (
        "/wp-admin/post.php?post=42&action=edit")
    assert pages["index.html"].extra["wordpress"] == {"post_id": 42, "edit_url": editor}
    assert pages["blog"].extra["wordpress"] == {
        "post_id": 7, "edit_url": editor.split("/wp-admin/")[0]
        + "/blog/wp-admin/post.php?post=7&action=edit"}
    # the page's own findings (site-level ones, such as a missing accessibility statement,
    # are filed under the start URL but belong to no page's editor)
    by_page = {url: [f for f in results["findings"] if f["url"] == url and f["sentence"]]
               for url in (wp_url, pages["plain.html"].url)}
    assert by_page[wp_url] and all(f["edit_url"] == editor for f in by_page[wp_url])
    assert by_page[pages["plain.html"].url]
    assert all(f["edit_url"] is None for f in by_page[pages["plain.html"].url])
    page_records = {p["url"]: p for p in results["pages"]}
    assert page_records[wp_url]["edit_url"] == editor
    assert page_records[pages["plain.html"].url]["edit_url"] is None

    html = (tmp_path / "out" / page_file(wp_url)).read_text(encoding="utf-8")
    link = f'<a class="edit-link" href="{editor.replace("&", "&amp;")}"'
    assert link in html and "Edit in WordPress" in html
    plain_html = (tmp_path / "out" / page_file(pages["plain.html"].url)).read_text("utf-8")
    assert "Edit in WordPress" not in plain_html
    summary = (tmp_path / "out" / "summary.md").read_text(encoding="utf-8")
    assert f"[Edit in WordPress](<{editor}>)" in summary
