"""IBM Equal Access (npm accessibility-checker-engine, Apache-2.0): `ace.Checker().check()` on
each frame's document with the WCAG ruleset of the profile (WCAG_2_0 / 2_1 / 2_2), as IBM's own
accessibility-checker runs it.

Mapping: a result's value is [VIOLATION | RECOMMENDATION | INFORMATION, FAIL | POTENTIAL |
MANUAL | PASS]. VIOLATION+FAIL is a violation; VIOLATION+POTENTIAL and +MANUAL need review;
recommendations count only with --best-practices (as needs-review); passes and information
are dropped in the page. The success criteria of a rule are the ruleset's checkpoints that list
it; the severity comes from the checkpoint's toolkit level (1 = most urgent).

Mapping decisions beyond IBM's own levels, each made so that IBM is judged as axe-core is
(measured on the W3C ACT cases: bench/README.md):
- Rules about the page as a whole (`TOP_DOCUMENT_ONLY`: a title, the page's language, a way to
  skip to the main content) count on the top document only. A frame's document is part of the
  page, not a page: axe-core runs its document-title and html-has-lang rules on the top
  document only (`is-initiator-matches`), and IBM, run by us in a cross-origin frame, would
  otherwise report every such frame as a page without a title.
- skip_main_exists (2.4.1, "the page does not provide a way to skip to the main content") is
  needs-review, not a violation: 2.4.1 asks for a bypass of blocks repeated on several pages,
  which one page cannot show; axe-core's bypass rule reports the same check as needs-review
  (`reviewOnFail`) for that reason. IBM reports it on almost every page it sees (1,097 of the
  1,309 ACT and barrier pages), whatever their content.
"""

from __future__ import annotations

from typing import Any

from checker.browser.engines.base import EngineScript, EngineSettings, EngineSpec, Hit, in_frame

TITLE = "IBM Equal Access"
NAME = "ibm"
SCRIPT = EngineScript(package="accessibility-checker-engine", script="ace.js",
                      licence="ace.js.LICENSE.txt")
HELP_URL = "https://able.ibm.com/rules/archives/latest/doc/en-US/{rule}.html"
RULESETS = {"2.0": "WCAG_2_0", "2.1": "WCAG_2_1", "2.2": "WCAG_2_2"}
LEVEL_RANK = {"A": 1, "AA": 2, "AAA": 3}
SEVERITY_BY_TOOLKIT_LEVEL = {"1": "critical", "2": "serious", "3": "moderate", "4": "minor"}
TOP_DOCUMENT_ONLY = {"page_title_exists", "html_lang_exists", "skip_main_exists"}
REVIEW_ONLY = {"skip_main_exists"}


# The runner, in the scope where ace.js defined `ace`. IBM descends into same-origin frames
# itself (paths go on with /html[1]/...) and marks the nodes it tested, so frames.py runs it
# only in frames it cannot reach. An element inside such a frame has no path
# document.evaluate can follow: its box is IBM's own `bounds`, which are already in this
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
      try {
        if (!inFrame) el = document.evaluate(r.path.dom, document, null, 9, null).singleNodeValue;
      } catch (e) { el = null; }
      hits.push({rule: r.ruleId, reason: r.reasonId, value: r.value, message: r.message,
                 xpath: r.path.dom, snippet: r.snippet,
                 bbox: inFrame ? (b ? {x: b.left, y: b.top, width: b.width, height: b.height}
                                    : null) : h.box(el),
                 page_box: inFrame,
                 sc: (rules[r.ruleId] || {}).sc || [],
                 levels: (rules[r.ruleId] || {}).levels || [],
                 toolkit: (rules[r.ruleId] || {}).toolkit || null});
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
        status = _status(result["value"], config.best_practices)
        if status is None or (result["rule"] in TOP_DOCUMENT_ONLY and in_frame(result["xpath"])):
            continue
        if result["rule"] in REVIEW_ONLY:
            status = "needs-review"
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
            extra={"reason": result.get("reason"), "ibm_value": result["value"]},
        ))
    return out


def _status(value: list[str], best_practices: bool) -> str | None:
    kind, outcome = value
    if kind == "VIOLATION":
        return "violation" if outcome == "FAIL" else "needs-review"
    if kind == "RECOMMENDATION" and best_practices:
        return "needs-review"
    return None
