"""IBM Equal Access (npm accessibility-checker-engine, Apache-2.0): `ace.Checker().check()` on
each frame's document with the WCAG ruleset of the profile (WCAG_2_0 / 2_1 / 2_2), as IBM's own
accessibility-checker runs it.

Mapping: a result's value is [VIOLATION | RECOMMENDATION | INFORMATION, FAIL | POTENTIAL |
MANUAL | PASS]. VIOLATION+FAIL is a violation; VIOLATION+POTENTIAL and +MANUAL need review;
recommendations count only with --best-practices (as needs-review), but for those DECISIONS
asks a person about (ASKED); passes and information
are dropped in the page. The success criteria of a rule are the ruleset's checkpoints that list
it; the severity comes from the checkpoint's toolkit level (1 = most urgent).

Mapping decisions beyond IBM's own levels are the rows of DECISIONS below, one table, each
with its reason and kind (base.Decision), made so that IBM is judged as axe-core is (measured on
the W3C ACT cases and bench/barriers: bench/README.md, which prints the table). A row covers
IBM rules, or a rule's reason ("html_lang_valid/Fail_2"), and, with `when`, only elements
whose facts (read in the page beside IBM's verdict: frames.XPATH_JS, __ccFacts; top document
only) meet a condition of CONDITIONS. In short: page-level rules count on the top document
only; the skip link, roles ARIA in HTML does not allow on an element, references to ids that
are not there, unnamed SVG without a role, headerless tables that are not two-way grids,
images marked both decorative and described, BCP 47 form beyond the primary language,
names of presentational controls and text drawn in
its background's colour need review; label-in-name, frame titles, focusable content under
aria-hidden, complex tables and presentational tables with headers stay violations.
"""

from __future__ import annotations

from typing import Any

from checker.browser.engines.base import (
    ASKED,
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

TITLE = "IBM Equal Access"
NAME = "ibm"
SCRIPT = EngineScript(package="accessibility-checker-engine", script="ace.js",
                      licence="ace.js.LICENSE.txt")
HELP_URL = "https://able.ibm.com/rules/archives/latest/doc/en-US/{rule}.html"
RULESETS = {"2.0": "WCAG_2_0", "2.1": "WCAG_2_1", "2.2": "WCAG_2_2"}
LEVEL_RANK = {"A": 1, "AA": 2, "AAA": 3}
SEVERITY_BY_TOOLKIT_LEVEL = {"1": "critical", "2": "serious", "3": "moderate", "4": "minor"}


def _not_two_way(result: dict[str, Any]) -> bool:
    """A table IBM calls a data table without headers that is not a plain grid of data: it has
    a role of its own (grid, treegrid, ...), cells with header roles, or fewer than two
    rendered rows or columns. Unknown shape (a frame's element): IBM's verdict stands."""
    table = facts(result).get("table")
    if not table:
        return False
    return bool(table["role"] or table["headers"] or table["rows"] < 2 or table["cols"] < 2)


CONDITIONS: dict[str, Condition] = {
    **SHARED_CONDITIONS,
    "no explicit role": lambda r: bool(facts(r)) and not facts(r).get("role"),
    "not a two-way table": _not_two_way,
}

DECISIONS: tuple[Decision, ...] = (
    Decision(("page_title_exists", "html_lang_exists", "skip_main_exists"), LEFT_OUT, "scope",
             PAGE_LEVEL + " So does a way to skip to the main content.", when="in a frame"),
    Decision(("skip_main_exists",), NEEDS_REVIEW, "heuristic", "2.4.1 asks for a bypass of"
             " blocks repeated on several pages, which one page cannot show; axe-core's bypass"
             " reports the same check as needs review (reviewOnFail). IBM reports it on almost"
             " every page (1,097 of 1,309 ACT and barrier pages)."),
    Decision(("aria_role_valid",), NEEDS_REVIEW, "scope", "IBM checks the roles ARIA in HTML"
             " allows on each element (role=none on a button, role=button on a summary): an"
             " authoring rule of HTML, which axe-core files as best practice (aria-allowed-role),"
             " not WCAG. Browsers resolve many (a presentational role is ignored on a focusable"
             " element); whether what assistive technology is told changed is a person's call."
             " A role that is no ARIA role stays a violation (aria_role_allowed)."),
    Decision(("aria_id_unique",), NEEDS_REVIEW, "heuristic", "An ARIA reference to an id that"
             " is not in the page is often intended (aria-controls of a popup made on demand,"
             " aria-errormessage of a message shown on error); axe-core reports missing"
             " references as needs review (aria-valid-attr-value), and a name lost that way is"
             " a violation of the name rules."),
    Decision(("svg_graphics_labelled",), NEEDS_REVIEW, "heuristic", "IBM calls every svg"
             " without aria-hidden or a presentational role informative. An inline svg without"
             " a role is an icon beside its text as often as an image (ACT has the same markup"
             " passed and failed); only a person can tell. An svg with an explicit role img or"
             " graphics-* and no name stays a violation.", when="no explicit role"),
    Decision(("img_alt_decorative",), NEEDS_REVIEW, "heuristic", "An image marked decorative"
             " (role none) that also has alt text gives two signals; which one the author meant"
             " (ACT passes and fails the same markup by the image's content) is a person's"
             " call."),
    Decision(("table_headers_exists",), NEEDS_REVIEW, "heuristic", "IBM treats every table"
             " not marked presentational as a data table that needs headers. A one-row or"
             " one-column table, an ARIA grid, or cells with header roles (which IBM does not"
             " read) have none to add; whether such a table has headers to identify is a"
             " person's call. A headerless table of two or more rows and columns stays a"
             " violation.", when="not a two-way table"),
    Decision(("aria_widget_labelled", "aria_attribute_required", "input_label_exists"),
             NEEDS_REVIEW, "mapping", PRESENTATIONAL, when="presentational"),
    Decision(("html_lang_valid/Fail_2", "html_lang_valid/Fail_4", "element_lang_valid/Fail_2",
              "element_lang_valid/Fail_4"), NEEDS_REVIEW, "scope", "The primary language is"
             " valid and only the rest of the tag breaks BCP 47 form; the language is"
             " programmatically determined (3.1.1, 3.1.2), and IBM's own ACT mapping"
             " (help/rules.csv) calls these reasons a pass of bf051a and de46e4."),
    Decision(("text_contrast_sufficient",), NEEDS_REVIEW, "heuristic", SAME_COLOURS,
             when="same colours"),
    Decision(("text_contrast_sufficient",), NEEDS_REVIEW, "heuristic", ONE_CHARACTER,
             when="one character"),
    Decision(("embed_alt_exists", "canvas_content_described", "aria_accessiblename_exists",
              "heading_content_exists", "element_mouseevent_keyboard",
              "media_audio_transcribed", "media_track_available"), ASKED, "heuristic",
             "IBM files these under a WCAG criterion of its WCAG ruleset as recommendations:"
             " an embed or canvas without a text alternative (1.1.1), an element whose role"
             " needs a name without one (4.1.2), an empty heading (2.4.6), mouse handlers"
             " without keyboard ones (2.1.1), audio or video whose transcript or description"
             " must be checked (1.2.1, 1.2.3, 1.2.5). Each is the criterion's own failure when"
             " a person confirms it, as axe's needs-review video-caption is; IBM's other"
             " recommendations (landmarks, link targets, grouping) stay best practice."),
    Decision(("label_name_visible",), KEPT, "engine right", "The check is the criterion's own"
             " (2.5.3: the visible label is part of the name) and agrees with ACT on 15 failed"
             " cases; IBM's plain text comparison misreads abbreviations, format hints in"
             " brackets and letters split over elements (4 ACT passed/inapplicable cases)."),
    Decision(("table_structure_misuse",), KEPT, "engine right", "role=presentation on a table"
             " with header cells or headers attributes discards relationships the markup"
             " states: WCAG's failure F92. ACT marks such tables inapplicable to its table"
             " rules, not passed."),
    Decision(("table_headers_related",), KEPT, "engine right", "A table with spanning or"
             " several levels of headers needs scope or headers (H43, H63) for the association"
             " to reach assistive technology reliably."),
    Decision(("aria_hidden_nontabbable",), KEPT, "engine right", "Focusable content inside"
             " aria-hidden is axe-core's violation too (aria-hidden-focus); a script that moves"
             " focus on at once (ACT's sentinel) is the exception only a person can confirm."),
    Decision(("frame_title_exists",), KEPT, "engine right", "A frame out of the tab order"
             " (tabindex=-1) is still listed and entered by screen readers, which announce its"
             " title."),
)


# The runner, in the scope where ace.js defined `ace`. IBM descends into same-origin frames
# itself (paths go on with /html[1]/...) and marks the nodes it tested, so frames.py runs it
# only in frames it cannot reach. An element inside such a frame is not looked up (h.element
# follows paths in this document): its box is IBM's own `bounds`, which are already in this
# document's coordinates (page_box).
_RUNNER = """function (policy, h) {
  var checker = new ace.Checker();
  var rules = {};
  checker.getGuidelines().filter(function (g) { return g.id === policy; }).forEach(function (g) {
    g.checkpoints.forEach(function (cp) {
      cp.rules.forEach(function (r) {
        var entry = rules[r.id] = rules[r.id] || {sc: [], levels: [], toolkit: r.toolkitLevel};
        entry.sc.push(cp.num); entry.levels.push(cp.wcagLevel);
        if (String(r.toolkitLevel) < String(entry.toolkit)) entry.toolkit = r.toolkitLevel;
      });
    });
  });
  return checker.check(document, [policy]).then(function (report) {
    var hits = [];
    report.results.forEach(function (r) {
      if (r.value[1] === 'PASS' || r.value[0] === 'INFORMATION') return;
      var el = null, inFrame = r.path.dom.indexOf('/html[', 1) > 0, b = r.bounds;
      if (!inFrame) el = h.element(r.path.dom);
      hits.push({rule: r.ruleId, reason: r.reasonId, value: r.value, message: r.message,
                 xpath: r.path.dom, snippet: r.snippet,
                 bbox: inFrame ? (b ? {x: b.left, y: b.top, width: b.width, height: b.height}
                                    : null) : h.box(el),
                 page_box: inFrame,
                 sc: (rules[r.ruleId] || {}).sc || [],
                 levels: (rules[r.ruleId] || {}).levels || [],
                 toolkit: (rules[r.ruleId] || {}).toolkit || null,
                 facts: inFrame ? {} : h.facts(el)});
    });
    return {hits: hits};
  });
}"""


def spec(config: EngineSettings) -> EngineSpec:
    """IBM in a document: ace.js, and the checker with the profile's WCAG ruleset."""
    return EngineSpec(name=NAME, title=TITLE, source=SCRIPT.source(), runner=_RUNNER,
                      argument=RULESETS[config.wcag_version], reaches_same_origin=True)


def version() -> str:
    return SCRIPT.version()


def hits(raw: list[dict[str, Any]], config: EngineSettings) -> list[Hit]:
    """IBM results mapped to the one model; criteria above the profile's level are dropped
    (a rule only about those is dropped with them)."""
    out = []
    for result in raw:
        engine_status = _status(result["value"], config.best_practices)
        if engine_status is None and result["value"][0] != "RECOMMENDATION":
            continue
        ids = [result["rule"], f"{result['rule']}/{result.get('reason')}"]
        status, reason = decide(DECISIONS, CONDITIONS, ids, result, engine_status)
        if status is None:
            continue
        criteria = [sc for sc, level in zip(result["sc"], result["levels"], strict=False)
                    if LEVEL_RANK.get(level, 3) <= LEVEL_RANK[config.level]]
        if result["sc"] and not criteria:
            continue
        levels = [lvl for sc, lvl in zip(result["sc"], result["levels"], strict=False)
                  if sc in criteria]
        out.append(Hit(
            engine=NAME, rule_id=result["rule"], status=status, wcag=criteria,
            severity=SEVERITY_BY_TOOLKIT_LEVEL.get(str(result.get("toolkit")), "moderate"),
            message=result["message"], xpath=result["xpath"], excerpt=result.get("snippet"),
            help_url=HELP_URL.format(rule=result["rule"]),
            level=min(levels, key=LEVEL_RANK.__getitem__) if levels else None,
            bbox=result.get("bbox"),
            extra={"reason": result.get("reason"), "ibm_value": result["value"],
                   **({"mapping": reason} if reason else {})},
        ))
    return out


def _status(value: list[str], best_practices: bool) -> str | None:
    kind, outcome = value
    if kind == "VIOLATION":
        return "violation" if outcome == "FAIL" else "needs-review"
    if kind == "RECOMMENDATION" and best_practices:
        return "needs-review"
    return None
