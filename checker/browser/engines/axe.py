"""axe-core as one engine among several. axe itself runs in checker.browser.axe and its results
become Findings in checker.browser.wcag, unchanged by other engines; this module only finds
the element path of each axe result, so the other engines' findings can be merged with it.
"""

from __future__ import annotations

import json
from typing import Any

from selenium.common.exceptions import WebDriverException

from checker.browser.axe import FIND_TARGET_JS, page_world
from checker.browser.engines.frames import XPATH_JS
from checker.browser.pool import Session
from checker.browser.wcag import selector_of

# axe's target has one selector per frame, innermost last (a list is a shadow DOM path): the
# element's path is the frames' paths and its own, joined (IBM's notation for frames).
_PATHS = XPATH_JS + FIND_TARGET_JS + """
return JSON.stringify(arguments[0].map(function (target) {
  var doc = document, path = '';
  for (var i = 0; i < target.length; i++) {
    var el;
    try { el = find(doc, target[i]); } catch (e) { el = null; }
    if (!el) return null;
    path += __ccXpath(el);
    if (i === target.length - 1) return path;
    try { doc = el.contentDocument; } catch (e) { doc = null; }
    if (!doc) return null;
  }
  return null;
}));
"""


def element_paths(session: Session, results: dict[str, Any]) -> dict[str, str]:
    """{finding selector: element path} for axe's violations and needs-review nodes; best
    effort (a node in a cross-origin frame gets none and is merged with nothing)."""
    targets = [node.get("target", []) for kind in ("violations", "incomplete")
               for rule in results.get(kind, []) for node in rule.get("nodes", [])]
    if not targets:
        return {}
    try:
        if session.interceptor is not None:  # in an isolated world, as axe ran
            raw = page_world(session).evaluate(
                f"(function () {{{_PATHS}}}).call(null, {json.dumps(targets)})", 30.0)
        else:
            session.driver.switch_to.default_content()
            raw = session.driver.execute_script(_PATHS, targets)
        paths = json.loads(raw)
    except (WebDriverException, RuntimeError, TimeoutError, ValueError, TypeError):
        return {}
    return {selector_of(target): path
            for target, path in zip(targets, paths, strict=False) if path}
