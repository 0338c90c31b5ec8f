"""Where a content finding's sentence is on the rendered page: a DOM Range over the text
node(s) that hold it, measured in top-document CSS pixels like axe's element boxes, so the
report outlines the sentence on the page screenshot.

Runs while the render session still shows the page (the `after` hook of render_with_retry).
Best effort: a sentence that cannot be found (the page changed, text split by a widget)
simply gets no box."""

from __future__ import annotations

import json
from typing import Any

from selenium.common.exceptions import WebDriverException

from checker.browser.pool import Session
from checker.browser.render import in_page
from checker.model import Finding

MAX_SENTENCES = 200  # per page; a page with more content findings gets boxes for these

# For each {selector, sentence}: the text under the element (the whole body when the selector
# is not found or the sentence is not under it), normalized as the content rules normalize it
# (whitespace runs to one space, case folded, typographic quotes straightened), searched for
# the sentence; the Range from its first to its last character gives the box.
_LOCATE = """
var QUOTES = {'\\u2018': "'", '\\u2019': "'", '\\u201c': '"', '\\u201d': '"'};
function norm(s) {
  return s.replace(/[\\u2018\\u2019\\u201c\\u201d]/g, function (c) { return QUOTES[c]; })
          .replace(/\\s+/g, ' ').trim().toLowerCase();
}
function textMap(root) {
  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), node, text = '', map = [];
  var space = true;
  while ((node = walker.nextNode())) {
    var p = node.parentNode && node.parentNode.nodeName;
    if (p === 'SCRIPT' || p === 'STYLE' || p === 'NOSCRIPT' || p === 'TEMPLATE') continue;
    var v = node.nodeValue;
    for (var i = 0; i < v.length; i++) {
      var c = v[i];
      if (/\\s/.test(c)) {
        if (space) continue;
        c = ' '; space = true;
      } else {
        space = false;
        c = QUOTES[c] || c.toLowerCase();
        if (c.length !== 1) c = c[0];
      }
      text += c; map.push([node, i]);
    }
  }
  return {text: text, map: map};
}
function find(root, wanted) {
  var m = textMap(root), at = m.text.indexOf(wanted);
  if (at < 0) return null;
  var range = document.createRange(), first = m.map[at], last = m.map[at + wanted.length - 1];
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[1] + 1);
  var b = range.getBoundingClientRect();
  if (!b.width && !b.height) return null;
  return {x: Math.round((b.left + window.scrollX) * 10) / 10,
          y: Math.round((b.top + window.scrollY) * 10) / 10,
          width: Math.round(b.width * 10) / 10, height: Math.round(b.height * 10) / 10};
}
return JSON.stringify(arguments[0].map(function (item) {
  var wanted = norm(item.sentence || ''), el = null;
  if (!wanted || !document.body) return null;
  try { el = item.selector ? document.querySelector(item.selector) : null; }
  catch (e) { el = null; }
  return (el && find(el, wanted)) || find(document.body, wanted);
}));
"""


def locate_sentences(session: Session, findings: list[Finding]) -> int:
    """Set `bbox` on the content findings whose sentence is on the page in the session;
    returns how many were located."""
    wanted = [f for f in findings if f.source == "content" and f.sentence][:MAX_SENTENCES]
    if not wanted:
        return 0
    try:
        boxes: list[Any] = json.loads(in_page(
            session, _LOCATE, [{"selector": f.selector, "sentence": f.sentence} for f in wanted]))
    except (WebDriverException, RuntimeError, TimeoutError, ValueError, TypeError):
        return 0
    located = 0
    for finding, box in zip(wanted, boxes, strict=False):
        if isinstance(box, dict):
            finding.bbox = box
            located += 1
    return located
