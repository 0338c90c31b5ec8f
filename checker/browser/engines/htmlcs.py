"""HTML_CodeSniffer (npm html_codesniffer, BSD-3-Clause): `HTMLCS.process(standard, document)`
on each frame's document with the profile's level (WCAG2A / WCAG2AA / WCAG2AAA), as pa11y's
htmlcs runner drives it.

Mapping: a message code reads STANDARD.PrincipleN.GuidelineN_N.N_N_N.TECHNIQUES[.detail]; the
fourth part is the success criterion. Errors (type 1) are violations, warnings (type 2) need
review. Notices (type 3) are left out, as pa11y does by default: they are "check that..."
reminders HTMLCS writes for every page and most elements whatever their markup, not barriers
it found.
"""

from __future__ import annotations

import re
from typing import Any

from checker.browser.engines.base import EngineScript, EngineSettings, EngineSpec, Hit

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
_CODE = re.compile(r"^[^.]+\.Principle\d\.Guideline\d_\d+\.((\d_\d+_\d+)[^.]*)\.?(.*)$")
_TECHNIQUE = re.compile(r"^(ARIA|SCR|[CFGH])\d+")


# The runner, after HTMLCS.js set its globals (HTMLCS, HTMLCS_WCAG2AA, translation, ...) on the
# window, where its sniffs look for each other. Two lookups of HTMLCS 2.5.1 are repaired first,
# because they throw and end the whole run on any page with an `autocomplete` field or a
# nameless control: its sniffs ask for "1_3_5_H98.InvalidAutoComplete_*" while its English
# texts are keyed "InvalidAutocomplete_*", and for "4_1_2_attribute", which has no text. Only
# the message lookup is repaired; what HTMLCS judges is unchanged.
_RUNNER = """(function () {
  var en = window.translation && window.translation.en;
  if (en) {
    Object.keys(en).forEach(function (key) {
      var fixed = key.replace('InvalidAutocomplete_', 'InvalidAutoComplete_');
      if (!(fixed in en)) en[fixed] = en[key];
    });
    if (!('4_1_2_attribute' in en)) en['4_1_2_attribute'] = 'attribute';
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
                    bbox: h.box(el), input_type: __INPUT_TYPE__};
          })});
      }, function (e) { reject(e); }, 'en');
    });
  };
})()"""
# HTMLCS reads an input's type from its attribute, not the element: an input without one (a
# text field, as the HTML standard defaults it) or with an unknown one is not a text field to
# its autocomplete sniff. The runner returns, for each message on an input, the type the
# element really has and the attribute HTMLCS read (see hits()).
_RUNNER = _RUNNER.replace("__INPUT_TYPE__", "el && el.nodeName === 'INPUT'"
                          " ? [el.type, String(el.getAttribute('type'))] : null")


def spec(config: EngineSettings) -> EngineSpec:
    """HTMLCS in a document: HTMLCS.js, and HTMLCS.process with the profile's standard."""
    return EngineSpec(name=NAME, title=TITLE, source=SCRIPT.source(), runner=_RUNNER,
                      argument=STANDARDS[config.level])


def version() -> str:
    return SCRIPT.version()


def misread_text_input(message: dict[str, Any]) -> bool:
    """An autocomplete error HTMLCS gives a text field only because the field's `type`
    attribute is missing or not exactly "text" (it reads the attribute; the element is a text
    field all the same). HTMLCS's own table allows text fields in every autocomplete group but
    Multiline, so for those groups the error is about nothing: dropped. Multiline errors, and
    every error on a field whose real type is not text, stand."""
    element_type = message.get("input_type")
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
        out.append(Hit(
            engine=NAME, rule_id=rule,
            status="violation" if message["type"] == ERROR else "needs-review",
            wcag=[sc] if sc else [], severity=SEVERITY[message["type"]],
            message=message["message"], xpath=message["xpath"],
            excerpt=message.get("snippet"), help_url=technique_url(technique),
            bbox=message.get("bbox"), extra={"code": message["code"]},
        ))
    return out
