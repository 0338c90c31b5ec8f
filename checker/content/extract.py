"""Extraction: from HTML to the units the rules read.

One pass over the lxml tree classifies every element's region (main content, or one of the
boilerplate regions: nav, header, footer, aside, teaser, chrome) and cuts the text into blocks
(paragraphs, list items, headings...), each remembering its element so a finding can point at
it with a CSS selector. The main content is the <main>/[role=main]/<article> container minus
boilerplate; pages without such landmarks fall back to trafilatura's boilerplate removal,
mapped back onto the blocks, and then to the body minus boilerplate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import lxml.html
from lxml import etree

from checker.content.document import (
    BLOCK_TAGS,
    HEADING_TAGS,
    PANEL_LEVEL,
    SKIP_TAGS,
    Block,
    Link,
    PageDoc,
    SelectorMemo,
)
from checker.content.text import clean

MAX_HTML_CHARS = 5_000_000  # larger documents are cut: no clinic page is this big
MAX_DEPTH = 400


class TooDeep(ValueError):
    """The page nests elements deeper than the rules read (MAX_DEPTH): what lies below was
    never read, so the page is not audited (a page error), never passed on what came before."""


# Class/id tokens of boilerplate containers. Whole tokens only: "content-with-sidebar" is
# not a sidebar.
_CHROME_TOKEN = re.compile(
    r"^(?:sidebar|side-bar|widget|widget-area|widgets|related|related-posts|related-articles|"
    r"recent-posts|latest-news|latest-posts|news-teasers?|teasers?|post-teasers?|breadcrumbs?|"
    r"cookie|cookies|cookie-banner|cookie-notice|cookie-consent|site-footer|site-header|"
    r"navbar|nav-menu|menu|main-menu|mega-menu|social|social-share|share|share-buttons|"
    r"skip-link|newsletter-signup|promo-bar|announcement-bar|nav|navigation|site-nav|"
    r"main-navigation|primary-menu|primary-nav|pagination|site-footer-widgets)$",
    re.IGNORECASE,
)
_SECTION_PART = re.compile(r"(?:^|\s)(?:header|footer)(?:\s|$)", re.IGNORECASE)
_CHROME_SET = frozenset({"sidebar", "widget", "related", "menu", "navbar", "social", "share",
                         "cookie", "cookies", "teaser", "teasers", "footer", "site-footer",
                         "page-footer", "main-footer", "footer-widgets", "header",
                         "site-header", "page-header-nav", "topbar", "top-bar", "masthead", "nav",
                         "navigation"})
# The first three letters of every chrome token: most class names are ruled out by a set test.
_CHROME_PREFIXES = frozenset({"sid", "wid", "rel", "rec", "lat", "new", "tea", "pos", "bre",
                              "coo", "sit", "nav", "men", "mai", "meg", "soc", "sha", "ski",
                              "pro", "ann", "foo", "hea", "pag", "top", "mas", "pri"})
_TEASER_HEADING = re.compile(
    r"^\s*(?:latest|recent|related|more)\s+(?:news|posts?|articles?|stories|from\s+(?:our|the)"
    r"\s+blog|reading|resources)\b|^\s*(?:you\s+(?:may|might)\s+also\s+(?:like|enjoy)|"
    r"from\s+(?:our|the)\s+blog|read\s+next|recommended(?:\s+(?:reading|articles?|posts?))?|"
    r"popular\s+posts?|in\s+the\s+news|keep\s+reading|further\s+reading\s+on\s+our\s+blog)\b",
    re.IGNORECASE,
)
_BOILER_ROLES = {"navigation": "nav", "menubar": "nav", "menu": "nav", "search": "nav",
                 "banner": "header", "contentinfo": "footer", "complementary": "aside"}
_SECTIONING = frozenset({"article", "main", "section"})


# libxml2 stops at a nesting depth of 256 by default and drops the rest of the page without a
# word: a page nested deeper (a hostile one hiding its claims, a page builder gone wild) would
# pass the rules on whatever came before. huge_tree lifts that limit, as a browser has none.
_PARSER = lxml.html.HTMLParser(huge_tree=True)


def parse_html(html: str) -> etree._Element:
    """An lxml tree, whatever the input: empty, fragment, or garbage still gives <html>."""
    html = (html or "")[:MAX_HTML_CHARS]
    if not html.strip():
        html = "<html><body></body></html>"
    try:
        tree = lxml.html.document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError):
        # ValueError: a str with an XML encoding declaration; ParserError: nothing parseable.
        try:
            tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"),
                                                 parser=_PARSER)
        except (etree.ParserError, ValueError):
            tree = lxml.html.document_fromstring("<html><body></body></html>")
    _close_head_like_a_browser(tree)
    return tree


# What the HTML standard lets <head> hold; any other element (or text) ends the head and
# opens the body ("in head" insertion mode, "anything else").
_HEAD_CONTENT = frozenset({"base", "basefont", "bgsound", "link", "meta", "title", "noscript",
                           "noframes", "style", "script", "template"})


def _close_head_like_a_browser(tree: etree._Element) -> None:
    """libxml2 parses HTML 4: with <body> omitted it keeps elements it does not know as
    head content (<nav>, <main>, <header>...) inside <head>, where no rule reads them. A
    browser starts the body at the first element that cannot be in the head: so do we."""
    head = tree.find("head")
    if head is None:
        return
    children = list(head)
    first = next((i for i, child in enumerate(children)
                  if (isinstance(child.tag, str) and child.tag not in _HEAD_CONTENT)
                  or (i and (children[i - 1].tail or "").strip())), None)
    if first is None and not (len(children) and (children[-1].tail or "").strip()):
        return
    body = tree.find("body")
    if body is None:
        body = etree.SubElement(tree, "body")
    if first is None:  # only text after the last head element
        body.text = (children[-1].tail or "") + (body.text or "")
        children[-1].tail = None
        return
    before = children[first - 1] if first else None
    if before is not None and (before.tail or "").strip():
        body.text = before.tail + (body.text or "")
        before.tail = None
    for position, child in enumerate(children[first:]):
        body.insert(position, child)


def extract(url: str, html: str) -> PageDoc:
    tree = parse_html(html)
    main_el = find_main(tree)
    teasers = teaser_elements(tree, main_el)
    walker = _Walker(url, main_el, teasers)
    walker.walk(tree, "body", False, 0)
    doc = PageDoc(url=url, tree=tree, title=_title(tree), blocks=walker.blocks,
                  links=walker.links, main_el=main_el, main_source="landmark",
                  site_name=_site_name(tree))
    doc._owners = walker.owners
    doc._regions = walker.regions
    if main_el is None:
        _mark_main_without_landmark(doc, html)
    elif main_el.tag == "main" or (main_el.get("role") or "").lower() == "main":
        _adopt_outside_landmark(doc)
    return doc


def main_lines(url: str, html: str) -> str:
    """The page's main text, one block a line (PageDoc.main_lines), without running rules."""
    return extract(url, html).main_lines


def _adopt_outside_landmark(doc: PageDoc) -> None:
    """Text outside <main> that is not boilerplate (a hero banner between the header and
    <main>, a promo strip) is still the page's own content."""
    for block in doc.blocks:
        if block.region == "body":
            block.region = "main"
    for key, (el, region) in list(doc._regions.items()):
        if region == "body":
            doc._regions[key] = (el, "main")


def find_main(tree: etree._Element) -> etree._Element | None:
    """The main-content landmark: <main>, [role=main], or the largest <article>. A landmark
    that holds almost none of the page's text (an empty <main> left by a theme) is ignored."""
    landmark = next(iter(tree.iter("main")), None)
    if landmark is None:
        landmark = next((el for el in tree.iter() if isinstance(el.tag, str)
                         and (el.get("role") or "").lower() == "main"), None)
    if landmark is None:
        articles = [el for el in tree.iter("article") if not _in_boilerplate(el)]
        landmark = max(articles, key=lambda a: len(a.text_content())) if articles else None
    if landmark is not None and _too_small(tree, landmark):
        return None
    return landmark


def _too_small(tree: etree._Element, landmark: etree._Element) -> bool:
    inside = len(landmark.text_content().split())
    if inside >= 60:
        return False
    body = tree.find(".//body")
    if body is None:
        return False
    visible = body.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return len(" ".join(visible).split()) > 400


def _in_boilerplate(el: etree._Element) -> bool:
    node = el.getparent()
    while node is not None:
        if node.tag in ("nav", "aside", "footer", "header") or _chrome_tokens(node):
            return True
        node = node.getparent()
    return False


def _chrome_tokens(el: etree._Element) -> bool:
    classes, ident = el.get("class"), el.get("id")
    if not classes and not ident:
        return False
    key = (classes, ident)
    known = _CHROME_CACHE.get(key)
    if known is None:
        # Page builders repeat the same class strings thousands of times: decide each once.
        if len(_CHROME_CACHE) > 50_000:
            _CHROME_CACHE.clear()
        tokens = f"{classes or ''} {ident or ''}".lower().split()
        known = _CHROME_CACHE[key] = any(
            token in _CHROME_SET or _CHROME_TOKEN.match(token) for token in tokens
            if len(token) >= 3 and token[:3] in _CHROME_PREFIXES)
    return known


_CHROME_CACHE: dict[tuple[str | None, str | None], bool] = {}


def teaser_elements(tree: etree._Element,
                    main_el: etree._Element | None) -> dict[int, etree._Element]:
    """Elements that are "Latest News"-style teaser blocks: a container whose heading says so,
    or, when the heading sits directly in the main container, the heading and what follows it
    up to the next heading of the same or a higher level."""
    marked: dict[int, etree._Element] = {}  # elements kept alive: see PageDoc._regions
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6", "summary"):
        if not _TEASER_HEADING.search(clean(heading.text_content())):
            continue
        parent = heading.getparent()
        if parent is None:
            continue
        own_container = (parent is not main_el and parent.tag not in ("body", "main", "article")
                         and sum(1 for _ in parent.iter("h2", "h3", "h4", "h5", "h6")) == 1)
        if own_container:
            marked[id(parent)] = parent
            continue
        level = HEADING_TAGS.get(heading.tag, PANEL_LEVEL)
        marked[id(heading)] = heading
        for sibling in heading.itersiblings():
            sibling_level = HEADING_TAGS.get(sibling.tag if isinstance(sibling.tag, str) else "")
            if sibling_level is not None and sibling_level <= level:
                break
            marked[id(sibling)] = sibling
    return marked


class _Walker:
    """One pass over the tree: regions, blocks and links."""

    def __init__(self, url: str, main_el: etree._Element | None,
                 teasers: dict[int, etree._Element]):
        self.url = url
        self.main_el = main_el
        self.teasers = teasers
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.owners: dict[int, list[Block]] = {}
        self.regions: dict[int, tuple[etree._Element, str]] = {}
        self._stack: list[tuple[etree._Element, list[str], str, bool]] = []

    def walk(self, el: etree._Element, region: str, in_main: bool, depth: int) -> None:
        # The hottest loop of extraction: lxml attribute reads (.tag, .text, .tail) build a
        # new str each time, so each is read once.
        tag = el.tag
        if not isinstance(tag, str) or not tag or tag in SKIP_TAGS:
            return
        if depth > MAX_DEPTH:
            raise TooDeep(f"the page nests elements more than {MAX_DEPTH} deep; the content"
                          " rules cannot read what lies below")
        if region == "body":  # inside boilerplate stays boilerplate
            region = self._region(el, tag, region, in_main)
        if not in_main and el is self.main_el:
            in_main = True
        self.regions[id(el)] = (el, "main" if (in_main and region == "body") else region)
        stack = self._stack
        is_block = tag in BLOCK_TAGS
        if is_block:
            self._flush()
            stack.append((el, [], region, in_main))
        elif tag == "br" and stack:
            self._flush()
        if tag == "a" and stack and el.get("href"):
            self._add_link(el, region)
        text = el.text
        if text and stack:
            stack[-1][1].append(text)
        depth += 1
        for child in el:
            self.walk(child, region, in_main, depth)
            if stack:
                tail = child.tail
                if tail:
                    stack[-1][1].append(tail)
        if is_block:
            self._flush()
            stack.pop()

    def _region(self, el: etree._Element, tag: str, region: str, in_main: bool) -> str:
        if region not in ("body",):
            return region  # inside boilerplate stays boilerplate
        if id(el) in self.teasers:
            return "teaser"
        if el is self.main_el:
            return "body"
        role = (el.get("role") or "").lower()
        if tag == "nav" or _BOILER_ROLES.get(role) == "nav":
            return "nav"
        if tag == "aside" or role == "complementary":
            return "aside"
        if tag in ("header", "footer") or role in ("banner", "contentinfo"):
            if not self._in_sectioning(el):
                return "footer" if tag == "footer" or role == "contentinfo" else "header"
        if tag not in ("body", "html") and _chrome_tokens(el):
            # Inside <main>, a "header"/"footer" class is an article's or a card's own.
            if not (in_main and _SECTION_PART.search(f"{el.get('class')} {el.get('id')}")):
                return "chrome"
        return region

    def _in_sectioning(self, el: etree._Element) -> bool:
        """A <header>/<footer> inside an article or main belongs to it (bylines, dates)."""
        return any(owner.tag in _SECTIONING for owner, _, _, _ in self._stack)

    def _add_link(self, el: etree._Element, region: str) -> None:
        href = (el.get("href") or "").strip()
        if href.lower().startswith(("javascript:", "data:")):
            return
        owner = self._stack[-1][0]
        self.links.append(Link(href, self.url, region, el, owner))

    def _flush(self) -> None:
        if not self._stack:
            return
        owner, parts, region, in_main = self._stack[-1]
        if not parts:
            return
        text = clean("".join(parts))
        parts.clear()
        if not text:
            return
        effective = "main" if (in_main and region == "body") else region
        tag = owner.tag
        level = HEADING_TAGS.get(tag) if tag != "button" else _heading_level(owner)
        block = Block(len(self.blocks), owner, tag, text, effective, level)
        self.blocks.append(block)
        self.owners.setdefault(id(owner), []).append(block)


def _heading_level(el: etree._Element) -> int | None:
    tag = el.tag
    if tag in HEADING_TAGS:
        return HEADING_TAGS[tag]
    if tag == "button":
        parent = el.getparent()
        if parent is not None and parent.tag in HEADING_TAGS:
            return HEADING_TAGS[parent.tag]
    return None


def _mark_main_without_landmark(doc: PageDoc, html: str) -> None:
    """No <main>/<article>: let trafilatura pick the main text, then mark the blocks whose
    text it kept. If it keeps nothing, everything outside boilerplate is main."""
    kept = _trafilatura_text(doc.tree, html)
    candidates = [b for b in doc.blocks if b.region == "body"]
    if kept:
        matched = [b for b in candidates if _norm(b.text) in kept]
        if sum(len(b.text) for b in matched) >= 0.3 * len(kept):
            for block in matched:
                block.region = "main"
            _adopt_headings(doc, matched)
            doc.main_source = "trafilatura"
            return
    for block in candidates:
        block.region = "main"
    doc.main_source = "body"


def _adopt_headings(doc: PageDoc, matched: list[Block]) -> None:
    """trafilatura may drop short headings; a heading right before kept text is kept too."""
    kept = {b.index for b in matched}
    for block in doc.blocks:
        if block.level is not None and block.region == "body" and block.index + 1 in kept:
            block.region = "main"


def _trafilatura_text(tree: etree._Element, html: str) -> str:
    try:
        import trafilatura

        text = trafilatura.extract(html, options=_trafilatura_options())
    except Exception:  # noqa: BLE001 - a third-party parser failing must not stop an audit
        return ""
    return _norm(text or "")


@lru_cache(maxsize=1)
def _trafilatura_options() -> Any:
    """trafilatura's options for the main text, built once (perf49): `extract` otherwise
    builds them on every call from its keywords, reading its config file's settings each
    time (~3 % of its work on a page). These are the options the keywords give
    (include_comments=False, include_tables=True, favor_recall=True, deduplicate=False);
    trafilatura copies them before changing any (its recall escalation)."""
    from trafilatura.settings import Extractor

    return Extractor(recall=True, comments=False, tables=True, dedup=False)


def _norm(text: str) -> str:
    return " ".join(clean(text).lower().split())


def _title(tree: etree._Element) -> str:
    for el in tree.iter("title"):
        return clean(el.text_content())
    return ""


def _site_name(tree: etree._Element) -> str | None:
    for el in tree.iter("meta"):
        prop = (el.get("property") or el.get("name") or "").lower()
        if prop in ("og:site_name", "application-name") and el.get("content"):
            return clean(el.get("content"))
    return None


# ---- selectors ---------------------------------------------------------------------------

_CSS_IDENT = re.compile(r"^-?[A-Za-z_][A-Za-z0-9_-]*$")


def css_selector(el: etree._Element | None, memo: SelectorMemo | None = None) -> str | None:
    """A CSS selector for an element: #id when it has a usable one, else a tag:nth-of-type
    path from the nearest ancestor with an id (or from html). Give the document's `memo`
    when asking for many elements of one page."""
    if el is None or not isinstance(el.tag, str):
        return None
    memo = memo or SelectorMemo()
    parts: list[str] = []
    node: etree._Element | None = el
    while node is not None and isinstance(node.tag, str):
        node_id = node.get("id")
        if node_id and _CSS_IDENT.match(node_id) and memo.id_count(node, node_id) == 1:
            parts.append(f"#{node_id}")
            break
        parent = node.getparent()
        if parent is None:
            parts.append(node.tag)
            break
        index, same = memo.position(parent, node)
        parts.append(node.tag + (f":nth-of-type({index})" if same > 1 else ""))
        node = parent
    return " > ".join(reversed(parts))
