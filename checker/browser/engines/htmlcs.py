"""HTML_CodeSniffer (npm html_codesniffer, BSD-3-Clause): `HTMLCS.process(standard, document)`
on each frame's document with the profile's level (WCAG2A / WCAG2AA / WCAG2AAA), as pa11y's
htmlcs runner drives it.

Mapping: a message code reads STANDARD.PrincipleN.GuidelineN_N.N_N_N.TECHNIQUES[.detail]; the
fourth part is the success criterion. Errors (type 1) are violations, warnings (type 2) need
review. Notices (type 3) are left out, as pa11y does by default: they are "check that..."
reminders HTMLCS writes for every page and most elements whatever their markup, not barriers
it found.

Mapping decisions beyond HTMLCS's own types, each made so that HTMLCS is judged as axe-core and
IBM are (measured on the W3C ACT cases: bench/README.md), from facts about each message's
element that the runner reads in the page:
- An element that is not rendered (display: none on it or an ancestor, or visibility hidden,
  inside the body; an image map's areas excepted) is left out: HTMLCS 2.5.1 tests hidden
  elements as if shown; WCAG asks about content presented to users, and axe-core and IBM test
  rendered content only.
- A missing text alternative or name (`NAME_RULES`: H37 img, H36 image button, H53 object, H24
  area, H30 linked image, F68 and H91 form controls) on an element that has a name another way
  (aria-label, aria-labelledby naming text, title) or is marked decorative (role none or
  presentation on an image that is not focusable) is needs-review: HTMLCS tests one
  sufficient technique (the alt attribute) and does not read the others (ARIA6, ARIA10, the
  title attribute) that give the element its accessible name; whether that name serves is a
  reviewer's call.
- A contrast failure (1.4.3 / 1.4.6) on text with a text-shadow, or on a disabled control or its
  label, is needs-review: HTMLCS 2.5.1 does not compute text shadows, and WCAG exempts inactive
  user interface components, which HTMLCS does not recognise.
- Page-level rules (`TOP_DOCUMENT_ONLY`: no title, no head, empty title, no page language) count
  on the top document only: a frame's document is not a page (axe-core's document-title and
  html-has-lang run on the top document only). HTMLCS tests each document we run it in.
- An autocomplete error HTMLCS gives a text field only because its type attribute is missing
  is dropped (misread_text_input).
"""

from __future__ import annotations

import re
from typing import Any

from checker.browser.engines.base import EngineScript, EngineSettings, EngineSpec, Hit, in_frame

TITLE = "HTML_CodeSniffer"
NAME = "htmlcs"
SCRIPT = EngineScript(package="html_codesniffer", script="build/HTMLCS.js",
                      licence="licence.txt")
STANDARDS = {"A": "WCAG2A", "AA": "WCAG2AA", "AAA": "WCAG2AAA"}
ERROR, WARNING, NOTICE = 1, 2, 3
SEVERITY = {ERROR: "serious", WARNING: "moderate"}
# W3C's technique folders, by the technique id's prefix.
TECHNIQUE_FOLDERS = {"ARIA": "aria", "SCR": "client-side-script", "C": "css", "F": "failures",
                     "G": "general", "H": "html"}
TECHNIQUE_URL = "https://www.w3.org/WAI/WCAG21/Techniques/{folder}/{technique}"
NAME_RULES = ("1_1_1.H37", "1_1_1.H36", "1_1_1.H53", "1_1_1.H24", "1_1_1.H30", "1_3_1.F68",
              "4_1_2.H91.")
DECORATIVE_RULES = ("1_1_1.",)  # where role none / presentation marks an element decorative
CONTRAST_RULES = ("1_4_3.", "1_4_6.")
TOP_DOCUMENT_ONLY = {"2_4_2.H25.1.NoTitleEl", "2_4_2.H25.1.NoHeadEl", "2_4_2.H25.1.EmptyTitle",
                     "3_1_1.H57.2"}
_CODE = re.compile(r"^[^.]+\.Principle\d\.Guideline\d_\d+\.((\d_\d+_\d+)[^.]*)\.?(.*)$")
_TECHNIQUE = re.compile(r"^(ARIA|SCR|[CFGH])\d+")


# The runner, after HTMLCS.js set its globals (HTMLCS, HTMLCS_WCAG2AA, translation, ...) on the
# window, where its sniffs look for each other. Defects of HTMLCS 2.5.1 that end the whole run
# on ordinary pages are contained first; what HTMLCS judges is unchanged:
# - two message lookups throw on any page with an `autocomplete` field or a nameless control:
#   its sniffs ask for "1_3_5_H98.InvalidAutoComplete_*" while its English texts are keyed
#   "InvalidAutocomplete_*", and for "4_1_2_attribute", which has no text;
# - a sniff that throws on one element (the meta-refresh sniff on a refresh without
#   `content`) ends the run: each sniff's `process` is wrapped so that only that sniff's
#   verdict on that element is lost, and the sniffs that threw are returned (extra).
# With each message, the runner returns the facts about its element that hits() needs (`facts`).
_RUNNER = """(function () {
  var en = window.translation && window.translation.en, failed = {};
  if (en) {
    Object.keys(en).forEach(function (key) {
      var fixed = key.replace('InvalidAutocomplete_', 'InvalidAutoComplete_');
      if (!(fixed in en)) en[fixed] = en[key];
    });
    if (!('4_1_2_attribute' in en)) en['4_1_2_attribute'] = 'attribute';
  }
  Object.keys(window).forEach(function (key) {
    var sniff = window[key];
    if (!/^HTMLCS_.+_Sniffs_/.test(key) || !sniff || typeof sniff.process !== 'function') return;
    var process = sniff.process;
    sniff.process = function () {
      try { return process.apply(this, arguments); }
      catch (e) { failed[key] = String(e && e.message || e).slice(0, 200); }
    };
  });
  function text(id) {
    var target = document.getElementById(id);
    return target ? target.textContent.trim() : '';
  }
  function named(el) {
    var role = (el.getAttribute('role') || '').trim().toLowerCase();
    // a focusable element keeps its role (ARIA's presentational-role conflict resolution)
    if ((role === 'none' || role === 'presentation') && !el.hasAttribute('tabindex')) {
      return 'decorative';
    }
    if ((el.getAttribute('aria-label') || '').trim()) return 'aria-label';
    var ids = (el.getAttribute('aria-labelledby') || '').trim().split(/\\s+/);
    if (ids.some(function (id) { return id && text(id); })) return 'aria-labelledby';
    if ((el.getAttribute('title') || '').trim()) return 'title';
    return null;
  }
  function inactive(el) {
    var control = el.matches(':disabled') ? el : el.control ||
        (el.nodeName === 'LABEL' ? el.querySelector('input, select, textarea, button') : null);
    if (control && control.matches(':disabled')) return true;
    if (el.getAttribute('aria-disabled') === 'true') return true;
    return !!el.id && !!document.querySelector(
      '[aria-labelledby~="' + CSS.escape(el.id) + '"][aria-disabled="true"]');
  }
  function facts(el) {
    if (!el || el.nodeType !== 1) return {};
    var out = {named: named(el), inactive: inactive(el),
               text_shadow: getComputedStyle(el).textShadow !== 'none'};
    if (el.nodeName === 'INPUT') out.input_type = [el.type, String(el.getAttribute('type'))];
    // an image map's areas have no box of their own (display: none by the browser's style)
    if (document.body && el !== document.body && document.body.contains(el) &&
        !el.closest('map')) {
      out.rendered = rendered(el);
    }
    return out;
  }
  function rendered(el) {
    for (var node = el; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).display === 'none') return false;
    }
    return getComputedStyle(el).visibility === 'visible';
  }
  return function (standard, h) {
    return new Promise(function (resolve, reject) {
      HTMLCS.process(standard, document, function () {
        resolve({hits: HTMLCS.getMessages().filter(function (m) { return m.type !== 3; })
          .map(function (m) {
            var el = m.element && m.element.nodeType === 9 ? m.element.documentElement
                                                           : m.element;
            return {type: m.type, code: m.code, message: m.msg, xpath: h.xpath(el),
                    snippet: el && el.outerHTML ? el.outerHTML.slice(0, 300) : null,
                    bbox: h.box(el), facts: facts(el)};
          }),
          extra: Object.keys(failed).length ? {sniffs_failed: failed} : null});
      }, function (e) { reject(e); }, 'en');
    });
  };
})()"""


def spec(config: EngineSettings) -> EngineSpec:
    """HTMLCS in a document: HTMLCS.js, and HTMLCS.process with the profile's standard."""
    return EngineSpec(name=NAME, title=TITLE, source=SCRIPT.source(), runner=_RUNNER,
                      argument=STANDARDS[config.level])


def version() -> str:
    return SCRIPT.version()


def needs_review(rule: str, facts: dict[str, Any]) -> bool:
    """An HTMLCS error whose premise the element's facts contradict (module docstring)."""
    named = facts.get("named")
    if named and rule.startswith(NAME_RULES) and (
            named != "decorative" or rule.startswith(DECORATIVE_RULES)):
        return True
    return rule.startswith(CONTRAST_RULES) and bool(facts.get("text_shadow")
                                                    or facts.get("inactive"))


def misread_text_input(message: dict[str, Any]) -> bool:
    """An autocomplete error HTMLCS gives a text field only because the field's `type`
    attribute is missing or not exactly "text" (it reads the attribute; the element is a text
    field all the same). HTMLCS's own table allows text fields in every autocomplete group but
    Multiline, so for those groups the error is about nothing: dropped. Multiline errors, and
    every error on a field whose real type is not text, stand."""
    element_type = (message.get("facts") or {}).get("input_type")
    return (message["type"] == ERROR and str(message["code"]).endswith(".H98")
            and bool(element_type) and element_type[0] == "text" and element_type[1] != "text"
            and "Multiline control group" not in str(message["message"]))


def parse_code(code: str) -> tuple[str, str, str | None]:
    """"WCAG2AA.Principle1.Guideline1_1.1_1_1.H37" -> ("1_1_1.H37", "1.1.1", "H37");
    "...1_3_1_A.G141" (a variant of 1.3.1's sniff) -> ("1_3_1_A.G141", "1.3.1", "G141")."""
    match = _CODE.match(code)
    if not match:
        return code, "", None
    head, sc, rest = match.groups()
    technique = _TECHNIQUE.match(rest)
    rule = f"{head}.{rest}" if rest else head
    return rule, sc.replace("_", "."), technique.group(0) if technique else None


def technique_url(technique: str | None) -> str | None:
    if not technique:
        return None
    prefix = _TECHNIQUE.match(technique)
    folder = TECHNIQUE_FOLDERS.get(prefix.group(1)) if prefix else None
    return TECHNIQUE_URL.format(folder=folder, technique=technique) if folder else None


def hits(raw: list[dict[str, Any]], config: EngineSettings) -> list[Hit]:
    out = []
    for message in raw:
        if message["type"] not in SEVERITY or misread_text_input(message):
            continue
        rule, sc, technique = parse_code(message["code"])
        facts = message.get("facts") or {}
        if facts.get("rendered") is False or (rule in TOP_DOCUMENT_ONLY
                                               and in_frame(message["xpath"])):
            continue
        status = "violation" if message["type"] == ERROR else "needs-review"
        extra: dict[str, Any] = {"code": message["code"]}
        if status == "violation" and needs_review(rule, facts):
            # HTMLCS's error stands in the record; the finding asks a reviewer
            status, extra["htmlcs_error"] = "needs-review", True
        out.append(Hit(
            engine=NAME, rule_id=rule, status=status,
            wcag=[sc] if sc else [], severity=SEVERITY[message["type"]],
            message=message["message"], xpath=message["xpath"],
            excerpt=message.get("snippet"), help_url=technique_url(technique),
            bbox=message.get("bbox"), extra=extra,
        ))
    return out
