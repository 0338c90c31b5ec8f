"""The page document: what extraction produces and every rule type reads.

Blocks (paragraphs, list items, headings...), links and headings of one page, and the tag
tables extraction and section finding share. This module imports nothing else of the
content package but text helpers, so every other module can depend on it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TypeVar
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree

from checker.content.prefilter import LITERALS, Prefilter, normalize
from checker.content.text import clean, split_sentences, word_count

_T = TypeVar("_T")  # what PageDoc.per_blocks computes

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe",
                       "object", "select", "option", "textarea", "math", "canvas"})
BLOCK_TAGS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "td", "th",
    "summary", "figcaption", "caption", "pre", "address", "div", "section", "article", "main",
    "header", "footer", "aside", "nav", "ul", "ol", "dl", "table", "tr", "tbody", "thead",
    "form", "fieldset", "legend", "label", "button", "details", "figure", "body", "hr",
})
CHROME_REGIONS = frozenset({"aside", "teaser", "chrome", "header", "footer"})
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
PANEL_LEVEL = 7  # FAQ questions, accordion buttons, tab labels: below every h-level

ACCORDION_TOKEN = re.compile(r"accordion|toggle|collaps|faq-q|question|tab-title|tab-label",
                              re.IGNORECASE)


@dataclass
class Block:
    """A run of text owned by one element: a paragraph, list item, heading, cell..."""

    index: int
    el: etree._Element
    tag: str
    text: str
    region: str  # "main", "body" (outside main but not boilerplate), or a boilerplate region
    level: int | None = None  # heading level: 1-6, PANEL_LEVEL, or None for body text

    @property
    def is_main(self) -> bool:
        return self.region == "main"

    @cached_property
    def sentences(self) -> list[str]:
        return split_sentences(self.text)

    @cached_property
    def lowered(self) -> str:
        return self.text.lower()

    @cached_property
    def norm(self) -> str:
        """The text in the prefilters' normal form."""
        return normalize(self.text)

    @cached_property
    def words(self) -> int:
        return word_count(self.text)


@dataclass
class Link:
    raw: str  # the href as written
    base: str  # the page URL it resolves against
    region: str
    el: etree._Element
    owner: etree._Element  # the block element the link sits in

    @cached_property
    def href(self) -> str:
        """Absolute URL (resolved on first use: most links are never looked at)."""
        try:
            if self.raw[:1] == "/" and self.raw[1:2] != "/":
                # a path on the page's host resolves against the host alone: once per site
                # (perf42: the menu and footer links recur on every page)
                return _on_host(_host_root(self.base), self.raw)
            return urljoin(self.base, self.raw)
        except ValueError:
            return self.raw

    @cached_property
    def text(self) -> str:
        return clean(self.el.text_content())


@dataclass
class Heading:
    """A section heading and the text it governs (sub-sections included)."""

    text: str
    level: int
    el: etree._Element
    words: int
    region: str


class SelectorMemo:
    """One document's facts that css_selector reads, each read once: every parent's
    children's nth-of-type positions, and how often each id is used. Without it a page of
    thousands of findings among thousands of siblings cost minutes (each selector scanned its
    siblings and the whole document). Keeps the elements it has seen alive: an id() is only
    stable while lxml's proxy lives."""

    def __init__(self) -> None:
        self._positions: dict[int, dict[int, tuple[int, int]]] = {}
        self._alive: list[etree._Element] = []
        self._ids: dict[str, int] | None = None

    def position(self, parent: etree._Element, node: etree._Element) -> tuple[int, int]:
        """(1-based position of `node` among its parent's children of its tag, how many)."""
        table = self._positions.get(id(parent))
        if table is None:
            children = [child for child in parent if isinstance(child.tag, str)]
            totals: dict[str, int] = {}
            seen: dict[str, int] = {}
            for child in children:
                totals[child.tag] = totals.get(child.tag, 0) + 1
            table = {}
            for child in children:
                seen[child.tag] = seen.get(child.tag, 0) + 1
                table[id(child)] = (seen[child.tag], totals[child.tag])
            self._positions[id(parent)] = table
            self._alive += [parent, *children]
        return table[id(node)]

    def id_count(self, node: etree._Element, node_id: str) -> int:
        if self._ids is None:
            self._ids = {}
            # every element's id attribute, read by libxml2's XPath (speed33: the Python walk
            # made an object of each of the page's elements to read their ids)
            for value in node.getroottree().xpath("//@id"):
                value = str(value)
                self._ids[value] = self._ids.get(value, 0) + 1
        return self._ids.get(node_id, 0)


@dataclass
class PageDoc:
    """Everything the rule types read from one page."""

    url: str
    tree: etree._Element
    title: str
    blocks: list[Block]
    links: list[Link]
    main_el: etree._Element | None
    main_source: str  # "landmark", "trafilatura", "body"
    site_name: str | None = None
    _owners: dict[int, list[Block]] = field(default_factory=dict, repr=False)
    # id(element) -> (element, region). The element is kept so that lxml keeps the same
    # proxy object alive: an id is only stable while its proxy lives.
    _regions: dict[int, tuple[etree._Element, str]] = field(default_factory=dict, repr=False)
    _joined: dict[int, tuple] = field(default_factory=dict, repr=False)
    _present: dict[tuple, tuple] = field(default_factory=dict, repr=False)
    # Set once by sections.headings_of (sections reads the document, not the other way).
    headings_cache: list[Heading] | None = field(default=None, repr=False)
    # What css_selector reads of this page, read once for all its findings.
    selectors: SelectorMemo = field(default_factory=SelectorMemo, repr=False)

    @cached_property
    def main_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.is_main]

    @cached_property
    def chrome_blocks(self) -> list[Block]:
        """Sidebars, teasers, header and footer: the site's chrome, repeated on its pages."""
        return [b for b in self.blocks if b.region in CHROME_REGIONS]

    @cached_property
    def own_blocks(self) -> list[Block]:
        """Main content and the text outside it that is no boilerplate."""
        own = [b for b in self.blocks if b.region in ("main", "body")]
        # The same list as main_blocks when no text outside main is kept (most pages): the
        # per-list caches (joined text, literals present, literal blocks) are then read once
        # for both (perf42: each was a scan of the page's text).
        return self.main_blocks if len(own) == len(self.main_blocks) else own

    @cached_property
    def main_text(self) -> str:
        return " ".join(b.text for b in self.main_blocks)

    @cached_property
    def main_lines(self) -> str:
        """The main text one block a line: what a page said, kept as evidence and diffed
        line by line (`clinic-checker evidence`)."""
        return "\n".join(b.text for b in self.main_blocks)

    @cached_property
    def page_text(self) -> str:
        """All text of the page, hidden tab panels and collapsed accordions included."""
        return "\n".join(b.text for b in self.blocks) + "\n" + "\n".join(self.image_texts)

    def joined(self, blocks: list[Block]) -> tuple[str, list[int]]:
        """The blocks' normal-form text joined by newlines, and where each block starts
        (cached per block list: the rules of a page share it)."""
        key = id(blocks)
        cached = self._joined.get(key)
        if cached is None or cached[0] is not blocks:
            starts, position = [], 0
            for block in blocks:
                starts.append(position)
                position += len(block.norm) + 1
            cached = (blocks, "\n".join(b.norm for b in blocks), starts, {})
            self._joined[key] = cached
        return cached[1], cached[2]

    def per_blocks(self, name: str, blocks: list[Block],
                   compute: Callable[[list[Block]], _T]) -> _T:
        """`compute(blocks)`, once per page and block list under `name`: what the rules of a
        page each read of the same blocks (the names a page offers for sale, its FAQ
        questions)."""
        key = (name, id(blocks))
        cached = self._present.get(key)
        if cached is None or cached[0] is not blocks:
            cached = self._present[key] = (blocks, compute(blocks))
        return cached[1]

    def literals_present(self, blocks: list[Block]) -> frozenset[str]:
        """The prefilters' literals that occur in the blocks' joined text (one RE2 pass per
        block list and page, shared by the rules: prefilter.LITERALS)."""
        key = ("present", id(blocks))
        cached = self._present.get(key)
        if cached is None or cached[0] is not blocks or cached[1] != LITERALS.version:
            joined, _ = self.joined(blocks)
            version = LITERALS.version
            cached = self._present[key] = (blocks, version, LITERALS.present(joined))
        return cached[2]

    def literal_blocks(self, blocks: list[Block], literals: tuple[str, ...]) -> set[int]:
        """Indexes (into `blocks`) of the blocks whose normal form contains one of
        `literals`. Each literal's blocks are found in the joined text once per page: the
        rules of a page share literals. A literal never holds the newline that joins the
        blocks, so a hit never spans two of them."""
        joined, starts = self.joined(blocks)
        cache: dict[str, frozenset[int]] = self._joined[id(blocks)][3]
        result: set[int] = set()
        for literal in literals:
            found_blocks = cache.get(literal)
            if found_blocks is None:
                indexes = []
                found = joined.find(literal)
                count = len(starts)
                while found != -1:
                    index = bisect.bisect_right(starts, found) - 1
                    indexes.append(index)
                    # Skip to the next block: one hit is enough.
                    if index + 1 >= count:
                        break
                    found = joined.find(literal, starts[index + 1])
                found_blocks = cache[literal] = frozenset(indexes)
            result |= found_blocks
        return result

    @cached_property
    def image_texts(self) -> list[str]:
        return [clean(img.get("alt") or img.get("title") or "") for img in self.images]

    @cached_property
    def images(self) -> list[etree._Element]:
        return [el for el in self.tree.iter("img") if isinstance(el.tag, str)]

    @cached_property
    def h1s(self) -> list[str]:
        # A page's h1 often sits in a hero <header> outside <main>: it still names the page.
        return [b.text for b in self.blocks if b.tag == "h1"
                and b.region in ("main", "body", "header", "chrome")]

    @cached_property
    def body_el(self) -> etree._Element:
        body = self.tree.find(".//body")
        return body if body is not None else self.tree

    def blocks_of(self, el: etree._Element) -> list[Block]:
        return self._owners.get(id(el), [])

    def region_of(self, el: etree._Element) -> str:
        """Region of any element (skipped ones, e.g. <script>, take their parent's)."""
        node: etree._Element | None = el
        while node is not None:
            entry = self._regions.get(id(node))
            if entry is not None and entry[0] is node:
                return entry[1]
            node = node.getparent()
        return "body"


# ---- helpers the rule types share ---------------------------------------------------------

def candidate_blocks(doc: PageDoc, prefilter: Prefilter, blocks: list[Block]) -> list[Block]:
    """The blocks that may match (`prefilter.may_match(block.norm)`), in page order.

    For each pattern, the blocks holding one of its most selective literals come from
    per-literal block sets found in the page's joined text once per page (the rules of a
    page share most literals, see PageDoc.literal_blocks); the pattern's other literal sets
    are then tested on those blocks only."""
    if prefilter.always:
        return blocks
    # None of the patterns' most selective literals anywhere in the region: nothing to read
    # (one scan of the joined text per literal, instead of one set lookup per pattern).
    present = doc.literals_present(blocks)
    # (the literal sets as frozensets: isdisjoint then walks the smaller side, not each
    # literal of a word class; speed32)
    if present.isdisjoint(prefilter.first_set):
        return []
    selected: set[int] = set()
    for as_sets in prefilter.each_sets:
        # a pattern one of whose literal sets is absent from the whole region reads nothing
        for alternatives in as_sets:
            if present.isdisjoint(alternatives):
                break
        else:
            _select(doc, blocks, present, as_sets, selected)
    return [blocks[i] for i in sorted(selected)]


def _select(doc: PageDoc, blocks: list[Block], present: frozenset[str],
            as_sets: list[frozenset[str]], selected: set[int]) -> None:
    """Adds to `selected` the blocks that hold a literal of each of one pattern's sets.
    Only the literals the region holds are looked for in a block (speed33: a word class of a
    hundred verbs, of which the page uses two, was a hundred substring scans a block)."""
    first = doc.literal_blocks(blocks, tuple(as_sets[0] & present)) - selected
    if first:
        rest = [tuple(alternatives & present) for alternatives in as_sets[1:]]
        for index in first:
            norm = blocks[index].norm
            for alternatives in rest:
                for literal in alternatives:
                    if literal in norm:
                        break
                else:
                    break  # this block lacks one of the pattern's required literals
            else:
                selected.add(index)


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def main_word_count(doc: PageDoc) -> int:
    return word_count(doc.main_text)


@lru_cache(maxsize=256)
def _host_root(url: str) -> str:
    """The URL's scheme and host as a base ("https://host/"), where urljoin resolves a path
    that starts with one slash exactly as against the URL itself (it keeps nothing of the
    base's path or query for such a path); the URL itself where it has no host."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else url


@lru_cache(maxsize=8192)  # a site's menu and footer links recur on every page
def _on_host(root: str, path: str) -> str:
    return urljoin(root, path)


@lru_cache(maxsize=8192)  # a site's menu and footer links recur on every page
def normalize_link(url: str) -> str:
    """Scheme/host lower-cased, fragment, query, trailing slash and index.html dropped."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    path = re.sub(r"/index\.html?$", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, "", ""))
