"""One finding per barrier: findings of different engines on the same element for the same
success criterion become one finding.

- axe's findings are never changed in identity: an axe finding is the group's primary (its rule
  id, selector, message, help link and fingerprint), and other engines' findings join it. Two
  axe findings are never merged with each other.
- A finding joins a primary only if its status is not stronger: an IBM or HTMLCS violation on
  an element where axe only asks for review stays its own finding (the gate must see it), and
  says which axe rule asked for review.
- A finding that joins brings its criteria to the group: an element's missing label that IBM
  files under 1.3.1 and 4.1.2 joins axe's `label` (4.1.2), and HTMLCS's 1.3.1 finding on the
  same element then joins too.
- Without axe in the group, the first finding by status (violations first), then engine order
  (ibm, htmlcs) is the primary.

The merged finding lists every engine's finding in `extra["engines"]` (primary first) and
every member's own fingerprint in `extra["fingerprints"]`, so a baseline or waiver written
with another set of engines still recognises the barrier.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.model import Finding

STATUS_RANK = {"violation": 2, "needs-review": 1}


def engine_of(finding: Finding) -> str:
    return str(finding.extra.get("engine", "axe"))


def member(finding: Finding) -> dict[str, object]:
    return {"engine": engine_of(finding), "rule_id": finding.rule_id, "status": finding.status,
            "fingerprint": finding.fingerprint, "help_url": finding.help_url}


def merge_findings(axe_findings: list[Finding], other_findings: Iterable[Finding],
                   axe_paths: dict[str, str], engine_order: list[str]) -> list[Finding]:
    """axe's findings (unchanged, in their order) followed by the other engines' findings that
    did not join one. `axe_paths` maps an axe selector to its element path (frames.XPATH_JS);
    an axe finding without a path (its node could not be found again) joins nothing."""
    index: dict[tuple[str, str], list[Finding]] = {}
    for finding in axe_findings:
        path = axe_paths.get(finding.selector or "")
        if path:
            _add(index, path, finding)
    order = {name: n for n, name in enumerate(engine_order)}
    others = sorted(other_findings, key=lambda f: (-STATUS_RANK[f.status],
                                                    order.get(engine_of(f), 99)))
    kept: list[Finding] = []
    for finding in others:
        path = finding.selector or ""
        primary = _primary_for(index, path, finding)
        if primary is not None:
            _join(primary, finding)
            # the barrier now also stands for the joined finding's criteria
            _add(index, path, primary, finding.wcag)
            continue
        _note_weaker_axe(index, path, finding)
        kept.append(finding)
        _add(index, path, finding)
    return axe_findings + kept


def _add(index: dict[tuple[str, str], list[Finding]], path: str, finding: Finding,
         criteria: list[str] | None = None) -> None:
    for sc in finding.wcag if criteria is None else criteria:
        entries = index.setdefault((path, sc), [])
        if finding not in entries:
            entries.append(finding)


def _primary_for(index: dict[tuple[str, str], list[Finding]], path: str,
                 finding: Finding) -> Finding | None:
    for sc in finding.wcag:
        for candidate in index.get((path, sc), []):
            if (engine_of(candidate) != engine_of(finding)
                    and STATUS_RANK[candidate.status] >= STATUS_RANK[finding.status]):
                return candidate
    return None


def _join(primary: Finding, finding: Finding) -> None:
    members = primary.extra.setdefault("engines", [member(primary)])
    members.append(member(finding))
    fingerprints = primary.extra.setdefault("fingerprints", [primary.fingerprint])
    fingerprints.append(finding.fingerprint)


def _note_weaker_axe(index: dict[tuple[str, str], list[Finding]], path: str,
                     finding: Finding) -> None:
    """A violation another engine found where axe only asked for review: say so."""
    weaker = [c.rule_id for sc in finding.wcag for c in index.get((path, sc), [])
              if engine_of(c) == "axe"]
    if weaker:
        finding.extra["axe_needs_review"] = sorted(set(weaker))

