"""WordPress detection: which pages are WordPress, which post they show, and the editor link
(checker.content.wordpress), on the parsed document the content rules read."""

from __future__ import annotations

import pytest

from checker.content.extract import parse_html
from checker.content.wordpress import edit_url, wordpress_post_id, wordpress_root


def page(head: str = "", body_class: str = "", body: str = "<p>Hello</p>") -> str:
    return (f"<!doctype html><html><head><title>t</title>{head}</head>"
            f"<body class=\"{body_class}\">{body}</body></html>")


GENERATOR = '<meta name="generator" content="WordPress 6.6.2">'


@pytest.mark.parametrize("html, post", [
    (page(GENERATOR, "page-template-default page page-id-42"), 42),
    (page(GENERATOR, "post-template-default single postid-7 single-format-standard"), 7),
    # the body class alone says WordPress (no generator: many sites remove it)
    (page("", "page page-id-42 wp-custom-logo"), 42),
    # the shortlink names the post when the theme drops the body classes
    (page('<link rel="shortlink" href="https://clinic.example/?p=318">'), 318),
    (page('<link rel="stylesheet" href="/wp-content/themes/x/style.css">'
          '<link rel=\'shortlink\' href="/?p=5">'), 5),
    # the body class wins over a shortlink (the rendered post is the body's)
    (page('<link rel="shortlink" href="/?p=9">', "page-id-12"), 12),
])
def test_the_post_id_of_a_wordpress_page(html: str, post: int) -> None:
    assert wordpress_post_id(parse_html(html)) == post


@pytest.mark.parametrize("html", [
    # WordPress, but no post: an archive or the blog index gets no link
    page(GENERATOR, "home blog"),
    page('<script src="/wp-includes/js/jquery/jquery.min.js"></script>', "archive"),
    # not WordPress: another generator, a look-alike class, a shortlink without a number
    page('<meta name="generator" content="Drupal 10">', "page-node-42"),
    page("", "my-page-id-42 postid-abc"),
    page('<link rel="shortlink" href="/?p=abc">'),
    # words in the text are not markup
    page("", "", "<p>We moved from wp-content/ and page-id-3 to a new site.</p>"),
])
def test_no_post_id_means_no_link(html: str) -> None:
    assert wordpress_post_id(parse_html(html)) is None


def test_the_editor_is_on_the_pages_origin() -> None:
    assert edit_url("https://www.clinic.example/services/tms/?utm=x#top", 42) == (
        "https://www.clinic.example/wp-admin/post.php?post=42&action=edit")
    assert edit_url("http://127.0.0.1:8123/a.html", 7) == (
        "http://127.0.0.1:8123/wp-admin/post.php?post=7&action=edit")
    # a start URL's user:password@ never reaches a report
    assert edit_url("https://user:secret@staging.example/", 1) == (
        "https://staging.example/wp-admin/post.php?post=1&action=edit")
    assert edit_url("file:///tmp/a.html", 1) is None


PAGE_URL = "https://www.clinic.example/blog/2026/iv-therapy/"


@pytest.mark.parametrize("head, root", [
    # the REST API link names the install's folder
    ('<link rel="https://api.w.org/" href="https://www.clinic.example/blog/wp-json/">', "/blog/"),
    ('<link rel="https://api.w.org/" href="/wp-json/">', "/"),
    # the RSD link, the shortlink and WordPress's own scripts do too, relative or not
    ('<link rel="EditURI" type="application/rsd+xml" href="/site/xmlrpc.php?rsd">', "/site/"),
    ('<link rel="shortlink" href="https://www.clinic.example/blog/?p=318">', "/blog/"),
    ('<script src="../../../blog/wp-includes/js/wp-embed.min.js"></script>', "/blog/"),
    # a CDN's copy of the scripts, another origin's API or another port say nothing
    ('<script src="https://cdn.example/blog/wp-includes/js/x.js"></script>', "/"),
    ('<link rel="https://api.w.org/" href="https://other.example/blog/wp-json/">', "/"),
    ('<link rel="https://api.w.org/" href="https://www.clinic.example:8443/b/wp-json/">', "/"),
    # the default port written out is the same origin; a link that is no URL is skipped
    ('<link rel="https://api.w.org/" href="https://www.clinic.example:443/b/wp-json/">', "/b/"),
    ('<link rel="https://api.w.org/" href="http://[oops/wp-json/">'
     '<link rel="shortlink" href="/blog/?p=2">', "/blog/"),
    # the API link is trusted before a theme's shortlink
    ('<link rel="shortlink" href="/x/?p=3"><link rel="https://api.w.org/" href="/blog/wp-json/">',
     "/blog/"),
    # a hostile page cannot put a query, a dot segment or a very long path in the link
    ('<link rel="https://api.w.org/" href="/a%3Fb/..%2F/wp-json/">', "/a%3Fb/..%2F/"),
    ('<link rel="https://api.w.org/" href="/' + "x" * 300 + '/wp-json/">', "/"),
    ("", "/"),
])
def test_the_install_folder_of_a_wordpress_page(head: str, root: str) -> None:
    assert wordpress_root(parse_html(page(head, "page-id-4")), PAGE_URL) == root


def test_the_editor_of_an_install_in_a_folder() -> None:
    assert edit_url(PAGE_URL, 42, "/blog/") == (
        "https://www.clinic.example/blog/wp-admin/post.php?post=42&action=edit")
    assert edit_url(PAGE_URL, 42, "blog") == (  # not a folder of the origin: the root
        "https://www.clinic.example/wp-admin/post.php?post=42&action=edit")
