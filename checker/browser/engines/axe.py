"""axe-core as one engine among several. axe itself runs in checker.browser.axe and its results
become Findings in checker.browser.wcag, unchanged by other engines; this module only names the
elements of axe's results, so the other engines' findings can be merged with them: their
targets go to the engines' runner in the top document (frames.RUNNER_JS), which answers each
with the element's path (frames.XPATH_JS, IBM's notation); a target inside a cross-origin
frame is followed into that frame's document by the engines' walk. A node that cannot be found
(the page changed since axe ran) has no path and is merged with nothing.
"""

from __future__ import annotations

from typing import Any

from checker.browser.wcag import selector_of


def targets(results: dict[str, Any]) -> list[Any]:
    """The targets of axe's violations and needs-review nodes, in order."""
    return [node.get("target", []) for kind in ("violations", "incomplete")
            for rule in results.get(kind, []) for node in rule.get("nodes", [])]


def element_paths(targets_: list[Any], paths: list[Any]) -> dict[str, str]:
    """{finding selector: element path}, from the runner's answer for `targets_`."""
    return {selector_of(target): path for target, path in zip(targets_, paths, strict=False)
            if isinstance(path, str) and path}
