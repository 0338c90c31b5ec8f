"""Sections: headings of every kind and how many words each one governs.

Clinic pages put risk information under <h2>/<h3>, inside FAQ <details>, behind accordion
buttons, in <dl> lists and in tab panels. Each kind of heading knows its own text: an h-level
heading governs the blocks up to the next heading of the same or a higher level (sub-sections
included); a panel-style heading governs its panel.
"""

from __future__ import annotations

import re

from lxml import etree

from checker.content.document import (
    ACCORDION_TOKEN,
    HEADING_TAGS,
    PANEL_LEVEL,
    Block,
    Heading,
    PageDoc,
)
from checker.content.text import clean, word_count

_EXCLUDED_REGIONS = ("nav", "header")
# Class stems of accordion triggers (case as written; ACCORDION_TOKEN rechecks).
_CLASS_STEMS = ("ccordion", "oggle", "ollaps", "aq-q", "uestion", "ab-title", "ab-label")
_PANEL_TAGS = frozenset({"summary", "dt", "button"})
_CLASSED_TAGS = frozenset({"div", "span", "li", "p", "a"})
_PSEUDO_MAX_WORDS = 12


def headings_of(doc: PageDoc) -> list[Heading]:
    """The page's headings of every kind, found once per page."""
    if doc.headings_cache is None:
        doc.headings_cache = find_headings(doc)
    return doc.headings_cache


def find_headings(doc: PageDoc) -> list[Heading]:
    headings = _block_headings(doc) + _panel_headings(doc) + _lead_in_headings(doc)
    return [h for h in headings if h.region not in _EXCLUDED_REGIONS]


def _lead_in_headings(doc: PageDoc) -> list[Heading]:
    """<p><strong>Side effects:</strong> Most people feel ...</p>: a bold label that opens a
    paragraph names what the paragraph is about."""
    result = []
    for block in doc.blocks:
        el = block.el
        if block.tag not in ("p", "li", "div") or (el.text or "").strip():
            continue
        first = next((c for c in el if isinstance(c.tag, str)), None)
        if first is None or first.tag not in ("strong", "b"):
            continue
        label = clean(first.text_content()).rstrip(":.- ")
        if label and word_count(label) <= _PSEUDO_MAX_WORDS and block.words > word_count(label):
            result.append(Heading(label, PANEL_LEVEL, el, block.words - word_count(label),
                                  block.region))
    return result


def _block_headings(doc: PageDoc) -> list[Heading]:
    """h1-h6 (and bold-only paragraphs acting as headings): words up to the next heading of
    the same or a higher level, within the same region."""
    blocks = doc.blocks
    levels = [_level(doc, b) for b in blocks]
    result: list[Heading] = []
    for i, block in enumerate(blocks):
        level = levels[i]
        if level is None:
            continue
        words = 0
        for j in range(i + 1, len(blocks)):
            other = levels[j]
            if blocks[j].region != block.region or (other is not None and other <= level):
                break
            words += blocks[j].words
        result.append(Heading(block.text, level, block.el, words, block.region))
    return result


def _level(doc: PageDoc, block: Block) -> int | None:
    if block.level is not None:
        return block.level
    if block.tag in ("p", "div") and _is_pseudo_heading(block.el, block.text, block.words):
        return PANEL_LEVEL
    return None


def _is_pseudo_heading(el: etree._Element, text: str, words: int) -> bool:
    """<p><strong>Side effects</strong></p>: a paragraph that is only bold, short text
    (`words`: its word count, the block's own, read once for the sections too)."""
    if words > _PSEUDO_MAX_WORDS or text.endswith((".", ",")):
        return False
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) != 1 or children[0].tag not in ("strong", "b"):
        return False
    return not (el.text or "").strip() and not (children[0].tail or "").strip()


def _panel_headings(doc: PageDoc) -> list[Heading]:
    """<summary>, <dt>, accordion buttons, role=tab and radio-tab labels with their panels."""
    result: list[Heading] = []
    tree = doc.tree
    for el in _panel_candidates(tree):
        if el.tag in ("div", "span", "li", "p", "a") and el.get("aria-controls") is None \
                and not ACCORDION_TOKEN.search(el.get("class") or ""):
            continue
        panel_words = _panel_words(tree, el)
        if panel_words is None:
            continue
        text = clean(el.text_content())
        if text:
            result.append(Heading(text, PANEL_LEVEL, el, panel_words, doc.region_of(el)))
    return result


def _panel_candidates(tree: etree._Element) -> list[etree._Element]:
    """What "//summary | //dt | //button | //label[@for] | //*[@aria-controls] |
    //*[self::div or self::span or self::li or self::p or self::a][contains(@class, stem)
    or ...]" selects, in document order, in one pass (the XPath union walked the tree six
    times)."""
    found = []
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in _PANEL_TAGS or (tag == "label" and el.get("for") is not None) \
                or el.get("aria-controls") is not None:
            found.append(el)
        elif tag in _CLASSED_TAGS:
            classes = el.get("class")
            if classes is None:
                continue
            hit = _STEM_CACHE.get(classes)
            if hit is None:
                if len(_STEM_CACHE) > 50_000:
                    _STEM_CACHE.clear()
                hit = _STEM_CACHE[classes] = any(stem in classes for stem in _CLASS_STEMS)
            if hit:
                found.append(el)
    return found


_STEM_CACHE: dict[str, bool] = {}  # class attribute -> holds an accordion stem


def _panel_words(tree: etree._Element, el: etree._Element) -> int | None:
    """Words in the panel `el` opens, or None when `el` is not a panel heading."""
    tag = el.tag
    if tag == "summary":
        details = el.getparent()
        if details is None:
            return None
        return word_count(_text(details)) - word_count(_text(el))
    if tag == "dt":
        return sum(word_count(_text(dd)) for dd in _following_dds(el))
    target = _controlled(tree, el)
    if target is not None:
        return word_count(_text(target))
    if tag == "label":
        return _radio_tab_words(tree, el)
    if tag == "button" or ACCORDION_TOKEN.search(el.get("class") or ""):
        if tag == "button" and el.getparent() is not None and el.getparent().tag in HEADING_TAGS:
            return None  # the h-level heading already governs this section
        sibling = _next_element(el)
        if sibling is not None and (tag == "button" or el.get("aria-expanded") is not None
                                    or ACCORDION_TOKEN.search(el.get("class") or "")):
            return word_count(_text(sibling))
    return None


def _controlled(tree: etree._Element, el: etree._Element) -> etree._Element | None:
    """The panel named by aria-controls on a tab or accordion trigger."""
    role = (el.get("role") or "").lower()
    target_id = el.get("aria-controls")
    if not target_id or not (role == "tab" or el.tag == "button" or el.get("aria-expanded")):
        return None
    found = tree.xpath("//*[@id=$v]", v=target_id.split()[0])
    return found[0] if found else None


def _radio_tab_words(tree: etree._Element, label: etree._Element) -> int | None:
    """CSS-only tabs: <input type=radio id=t2><label for=t2>Side effects</label><div>…</div>."""
    target = label.get("for")
    if not target:
        return None
    found = tree.xpath("//input[@id=$v]", v=target)
    if not found or (found[0].get("type") or "").lower() != "radio":
        return None
    panel = _next_element(label)
    while panel is not None and panel.tag in ("input", "label"):
        panel = _next_element(panel)
    return word_count(_text(panel)) if panel is not None else 0


def _following_dds(dt: etree._Element) -> list[etree._Element]:
    result = []
    for sibling in dt.itersiblings():
        if sibling.tag == "dt":
            break
        if sibling.tag == "dd":
            result.append(sibling)
    return result


def _next_element(el: etree._Element) -> etree._Element | None:
    for sibling in el.itersiblings():
        if isinstance(sibling.tag, str):
            return sibling
    return None


_SKIP_TEXT = re.compile(r"^(?:script|style|template|noscript)$")


def _text(el: etree._Element) -> str:
    parts = []
    for node in el.iter():
        if isinstance(node.tag, str) and not _SKIP_TEXT.match(node.tag) and node.text:
            parts.append(node.text)
        if node.tail and node is not el:
            parts.append(node.tail)
    return " ".join(parts)
