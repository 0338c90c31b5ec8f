"""HTML_CodeSniffer (npm html_codesniffer, BSD-3-Clause): `HTMLCS.process(standard, document)`
on each frame's document with the profile's level (WCAG2A / WCAG2AA / WCAG2AAA), as pa11y's
htmlcs runner drives it.

Mapping: a message code reads STANDARD.PrincipleN.GuidelineN_N.N_N_N.TECHNIQUES[.detail]; the
fourth part is the success criterion. Errors (type 1) are violations, warnings (type 2) need
review. Notices (type 3) are left out, as pa11y does by default: they are "check that..."
reminders HTMLCS writes for every page and most elements whatever their markup, not barriers
it found.

Mapping decisions beyond HTMLCS's own types are the rows of DECISIONS below, one table, each
with its reason and kind (base.Decision): so that HTMLCS is judged as axe-core and IBM are
(measured on the W3C ACT cases and bench/barriers: bench/README.md, which prints the table).
A row covers HTMLCS codes (after the guideline) and, with `when`, only elements whose facts
(read in the page beside HTMLCS's verdict: frames.XPATH_JS, __ccFacts) meet a condition of
CONDITIONS. In short: errors on elements that are not rendered, page-level errors in frames and
autocomplete errors caused by a missing type attribute are left out; a missing name on an
element named another way or presentational, a contrast failure HTMLCS cannot measure (shadows,
disabled controls, text drawn in its background's colour), a title outside the head, a refresh
delay of more than 20 hours, a language tag whose primary language is known and two
table-technique checks need review; an
empty anchor without href is no link and needs review.
"""

from __future__ import annotations

import re
from typing import Any

from checker.browser.engines.base import (
    KEPT,
    LEFT_OUT,
    NEEDS_REVIEW,
    ONE_CHARACTER,
    PAGE_LEVEL,
    PRESENTATIONAL,
    SAME_COLOURS,
    SHARED_CONDITIONS,
    Condition,
    Decision,
    EngineScript,
    EngineSettings,
    EngineSpec,
    Hit,
    decide,
    facts,
)

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
# window, where its sniffs look for each other. Defects of HTMLCS 2.5.1 that end the whole run
# on ordinary pages are contained first; what HTMLCS judges is unchanged:
# - two message lookups throw on any page with an `autocomplete` field or a nameless control:
#   its sniffs ask for "1_3_5_H98.InvalidAutoComplete_*" while its English texts are keyed
#   "InvalidAutocomplete_*", and for "4_1_2_attribute", which has no text;
# - a sniff that throws on one element (the meta-refresh sniff on a refresh without
#   `content`) ends the run: each sniff's `process` is wrapped so that only that sniff's
#   verdict on that element is lost, and the sniffs that threw are returned (extra).
# With each message, the runner returns the facts about its element (frames.XPATH_JS, __ccFacts)
# that the DECISIONS table reads.
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
  return function (standard, h) {
    return new Promise(function (resolve, reject) {
      HTMLCS.process(standard, document, function () {
        resolve({hits: HTMLCS.getMessages().filter(function (m) { return m.type !== 3; })
          .map(function (m) {
            var el = m.element && m.element.nodeType === 9 ? m.element.documentElement
                                                           : m.element;
            return {type: m.type, code: m.code, message: m.msg, xpath: h.xpath(el),
                    snippet: el && el.outerHTML ? el.outerHTML.slice(0, 300) : null,
                    bbox: h.box(el), facts: h.facts(el)};
          }),
          extra: Object.keys(failed).length ? {sniffs_failed: failed} : null});
      }, function (e) { reject(e); }, 'en');
    });
  };
})()"""


def misread_text_input(message: dict[str, Any]) -> bool:
    """An autocomplete error HTMLCS gives a text field only because the field's `type`
    attribute is missing or not exactly "text" (it reads the attribute; the element is a text
    field all the same). HTMLCS's own table allows text fields in every autocomplete group but
    Multiline, so for those groups the error is about nothing. Multiline errors, and every
    error on a field whose real type is not text, stand."""
    element_type = (message.get("facts") or {}).get("input_type")
    return (message["type"] == ERROR and bool(element_type) and element_type[0] == "text"
            and element_type[1] != "text"
            and "Multiline control group" not in str(message["message"]))


CONDITIONS: dict[str, Condition] = {
    **SHARED_CONDITIONS,
    "not rendered": lambda m: facts(m).get("rendered") is False,
    "misread text input": misread_text_input,
    # named by aria-label, aria-labelledby naming text, title or placeholder
    "named another way": lambda m: facts(m).get("named") not in (None, "decorative"),
    "decorative image": lambda m: facts(m).get("named") == "decorative",
    "shadow or disabled": lambda m: bool(facts(m).get("text_shadow")
                                         or facts(m).get("inactive")),
    "title elsewhere": lambda m: bool(str(facts(m).get("title") or "").strip()),
    "refresh of more than 20 hours": lambda m: (facts(m).get("refresh_delay") or 0) > 72000,
    "primary language known": lambda m: bool(facts(m).get("lang_known")),
    "empty language": lambda m: bool(facts(m).get("lang_empty")),
    "default button label": lambda m: (facts(m).get("input_type") or [""])[0]
    in ("submit", "reset") and facts(m).get("has_value") is False,
}
NAME_RULES = ("1_1_1.H37*", "1_1_1.H36*", "1_1_1.H53*", "1_1_1.H24*", "1_1_1.H30*", "1_3_1.F68*",
              "4_1_2.H91.*")
PAGE_RULES = ("2_4_2.H25.1.NoTitleEl", "2_4_2.H25.1.NoHeadEl", "2_4_2.H25.1.EmptyTitle",
              "3_1_1.H57.2")

DECISIONS: tuple[Decision, ...] = (
    Decision(("*",), LEFT_OUT, "scope", "HTMLCS 2.5.1 tests elements that are not rendered"
             " (display: none on them or an ancestor, visibility hidden) as if shown; WCAG asks"
             " about content presented to users, and axe-core and IBM test rendered content"
             " only.", when="not rendered"),
    Decision(PAGE_RULES, LEFT_OUT, "scope", PAGE_LEVEL, when="in a frame"),
    Decision(("1_3_5.H98",), LEFT_OUT, "mapping", "HTMLCS reads the type attribute, not the"
             " field's type: a text field without type=\"text\" is refused tokens its own table"
             " allows text fields.", when="misread text input"),
    Decision(NAME_RULES, NEEDS_REVIEW, "mapping", "HTMLCS tests one sufficient technique for a"
             " name (the alt attribute, a label) and does not read the others (aria-label,"
             " aria-labelledby, title, a placeholder, which HTML-AAM makes the name of a field"
             " with nothing else) that give the element its accessible name; whether that name"
             " serves is a reviewer's call.", when="named another way"),
    Decision(("1_1_1.*",), NEEDS_REVIEW, "mapping", "role none or presentation on an image"
             " that is not focusable marks it decorative (ARIA), which HTMLCS does not read;"
             " whether it is decorative is a person's call.", when="decorative image"),
    Decision(("4_1_2.H91.*", "1_3_1.F68"), NEEDS_REVIEW, "mapping", PRESENTATIONAL,
             when="presentational"),
    Decision(("4_1_2.H91.InputButton.Name", "4_1_2.H91.InputSubmit.Name",
              "4_1_2.H91.InputReset.Name"), NEEDS_REVIEW, "mapping", "A submit or reset"
             " button without a value attribute is named by the browser (\"Submit\","
             " \"Reset\"; HTML-AAM), which HTMLCS does not count; an empty value attribute"
             " stays a violation.", when="default button label"),
    Decision(("4_1_2.H91.A.Empty", "4_1_2.H91.A.EmptyNoId"), NEEDS_REVIEW, "scope", "An a"
             " element without href is not a link (no role), so it needs no name; HTMLCS reports"
             " an empty anchor that is not a link target, which may be leftover markup.",
             ),
    Decision(("1_4_3.*", "1_4_6.*"), NEEDS_REVIEW, "heuristic", "HTMLCS 2.5.1 does not"
             " compute text shadows, and WCAG exempts inactive user interface components, which"
             " HTMLCS does not recognise.", when="shadow or disabled"),
    Decision(("1_4_3.*", "1_4_6.*"), NEEDS_REVIEW, "heuristic", SAME_COLOURS,
             when="same colours"),
    Decision(("1_4_3.*", "1_4_6.*"), NEEDS_REVIEW, "heuristic", ONE_CHARACTER,
             when="one character"),
    Decision(("2_4_2.H25.1.NoTitleEl",), NEEDS_REVIEW, "mapping", "HTMLCS looks for the"
             " title element in the head only; a title element elsewhere is still the document's"
             " title (document.title, what browsers and assistive technology present), though"
             " misplaced.", when="title elsewhere"),
    Decision(("2_2_1.F40*", "2_2_1.F41*"), NEEDS_REVIEW, "scope", "2.2.1 exempts time limits"
             " longer than 20 hours; HTMLCS fails every refresh and redirect delay (F41, F40).",
             when="refresh of more than 20 hours"),
    Decision(("3_1_1.H57.3.Lang", "3_1_2.H58.1.Lang"), NEEDS_REVIEW, "scope", "The primary"
             " language subtag is one the browser knows, so the language is programmatically"
             " determined (3.1.1, 3.1.2); HTMLCS fails the whole tag (BCP 47 form), which"
             " assistive technology does not need. IBM's own ACT mapping calls the same reason"
             " a pass.", when="primary language known"),
    Decision(("3_1_2.H58.1.Lang",), NEEDS_REVIEW, "scope", "lang=\"\" on a passage is no"
             " malformed tag: HTML reads it as \"language unknown\", an author's statement;"
             " whether the passage is in another language than the page is a person's call"
             " (axe-core's valid-lang and IBM leave empty values alone). An empty lang on the"
             " page itself stays a violation (3.1.1).", when="empty language"),
    Decision(("1_3_5.H98",), KEPT, "engine right", "A token HTML's autofill table puts on"
             " other input types than the field's (\"does not belong to ... control group\")"
             " mostly names the wrong purpose (a name token on an e-mail field), which fails"
             " 1.3.5; a harmless pairing (a day of birth on a tel field, an ACT passed case) is"
             " the rarer one."),
    Decision(("1_3_1.H43.IncorrectAttr",), NEEDS_REVIEW, "heuristic", "HTMLCS compares a"
             " cell's headers attribute with the headers its position would give; the attribute"
             " exists to point elsewhere. A headers attribute naming a missing id is a violation"
             " in axe (td-headers-attr) and IBM (table_headers_ref_valid)."),
    Decision(("1_3_1.H43,H63",), NEEDS_REVIEW, "heuristic", "HTMLCS asks for scope or headers"
             " on every table with both row and column headers; HTML's table model assigns a"
             " header in the first row to its column and in the first column to its row, so a"
             " simple two-way table needs neither; whether a table is complex enough is a"
             " person's call. Complex tables without ids stay violations (H43.HeadersRequired)."),
    Decision(("1_3_1.F92,ARIA4",), KEPT, "engine right", "role=presentation on a table with"
             " header cells or headers attributes discards relationships the markup states:"
             " WCAG's own failure F92. ACT marks such tables inapplicable to its table rules, not"
             " passed."),
    Decision(("1_3_1.F68",), KEPT, "engine right", "A form control without any name (F68)"
             " fails 4.1.2 and 1.3.1 wherever it appears, also in ACT cases written for another"
             " rule of the same criterion (a select in an owned-elements case)."),
)


def spec(config: EngineSettings) -> EngineSpec:
    """HTMLCS in a document: HTMLCS.js, and HTMLCS.process with the profile's standard."""
    return EngineSpec(name=NAME, title=TITLE, source=SCRIPT.source(), runner=_RUNNER,
                      argument=STANDARDS[config.level])


def version() -> str:
    return SCRIPT.version()


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
        if message["type"] not in SEVERITY:
            continue
        rule, sc, technique = parse_code(message["code"])
        engine_status = "violation" if message["type"] == ERROR else "needs-review"
        status, reason = decide(DECISIONS, CONDITIONS, [rule], message, engine_status)
        if status is None:
            continue
        extra: dict[str, Any] = {"code": message["code"]}
        if status != engine_status:
            # HTMLCS's error stands in the record; the finding asks a reviewer, and says why
            extra["htmlcs_error"], extra["mapping"] = True, reason
        out.append(Hit(
            engine=NAME, rule_id=rule, status=status,
            wcag=[sc] if sc else [], severity=SEVERITY[message["type"]],
            message=message["message"], xpath=message["xpath"],
            excerpt=message.get("snippet"), help_url=technique_url(technique),
            bbox=message.get("bbox"), extra=extra,
        ))
    return out
