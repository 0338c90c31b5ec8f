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
from functools import lru_cache
from typing import Any

from checker.browser.engines.base import EngineScript, EngineSettings, Hit
from checker.browser.engines.frames import XPATH_JS, run_in_every_frame
from checker.browser.pool import Session

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


@lru_cache(maxsize=1)
def injection() -> str:
    """HTMLCS's UMD wrapper defines itself through AMD `define` when the page has RequireJS:
    hiding `define` makes it set its globals (HTMLCS, HTMLCS_WCAG2AA, ...) on the window,
    where its sniffs look for each other."""
    return f"(function (define) {{\n{SCRIPT.source()}\n}}).call(window);"


_RUN = XPATH_JS + """
var done = arguments[arguments.length - 1], standard = arguments[0];
try {
  HTMLCS.process(standard, document, function () {
    done(JSON.stringify(HTMLCS.getMessages().filter(function (m) { return m.type !== 3; })
      .map(function (m) {
        var el = m.element && m.element.nodeType === 9 ? m.element.documentElement : m.element;
        return {type: m.type, code: m.code, message: m.msg, xpath: __ccXpath(el),
                snippet: el && el.outerHTML ? el.outerHTML.slice(0, 300) : null,
                bbox: __ccBox(el)};
      })));
  }, function (e) { done(JSON.stringify({__error: String(e && e.message || e)})); }, 'en');
} catch (e) { done(JSON.stringify({__error: String(e && e.message || e)})); }
"""


def version() -> str:
    return SCRIPT.version()


def run(session: Session, config: EngineSettings) -> list[dict[str, Any]]:
    """Raw HTMLCS errors and warnings of every frame of the loaded page."""
    standard = STANDARDS[config.level]
    return run_in_every_frame(session, injection(), _RUN, standard, TITLE)


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
        out.append(Hit(
            engine=NAME, rule_id=rule,
            status="violation" if message["type"] == ERROR else "needs-review",
            wcag=[sc] if sc else [], severity=SEVERITY[message["type"]],
            message=message["message"], xpath=message["xpath"],
            excerpt=message.get("snippet"), help_url=technique_url(technique),
            bbox=message.get("bbox"), extra={"code": message["code"]},
        ))
    return out
