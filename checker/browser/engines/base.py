"""What every extra WCAG engine shares: where its script lives (the cache `make engines` fills),
its version, and the raw hit every engine's results are first turned into.

An engine module (ibm.py, htmlcs.py) provides NAME, TITLE, SCRIPT (an EngineScript), version(),
spec(config) -> EngineSpec (its script and how to run it in a document) and hits(raw, config)
-> [Hit] (how its results become the one model, with the reasons for each mapping). Running
every engine in every frame of the page is frames.py; merging the findings with axe's is
merge.py.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.model import Finding
from checker.settings import AuditConfig, BrowserStageSettings, ConfigError

# What the engines read: the browser stage's slice (render) or the whole config (audit, CLI).
EngineSettings = BrowserStageSettings | AuditConfig
MAKE_HINT = "run `make engines` (scripts/fetch-engines.sh) to install it"


def engines_cache() -> Path:
    """The folder scripts/fetch-engines.sh installs into (same override variable)."""
    override = os.environ.get("CLINIC_CHECKER_ENGINES_CACHE")
    if override:
        return Path(override)
    return Path.home() / ".cache" / "clinic-checker" / "engines"


@dataclass(frozen=True)
class EngineScript:
    """One npm package's browser script, its licence file and its package.json."""

    package: str  # npm package name
    script: str  # path of the browser build inside the package
    licence: str  # path of the licence file inside the package

    @property
    def folder(self) -> Path:
        return engines_cache() / "node_modules" / self.package

    def missing(self) -> bool:
        return not (self.folder / self.script).is_file()

    def source(self) -> str:
        return _read(str(self.folder / self.script))

    def version(self) -> str:
        return str(_package_json(str(self.folder / "package.json")).get("version", "unknown"))


@lru_cache(maxsize=8)
def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def _package_json(path: str) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass
class Hit:
    """One engine result on one element, before it is a Finding. `xpath` is the element's
    path from the top document, frames included (IBM's own notation: a frame's path continues
    with /html[1]/...), so hits of different engines on one element compare equal."""

    engine: str
    rule_id: str  # the engine's own id, without prefix
    status: str  # "violation" or "needs-review"
    wcag: list[str]
    severity: str
    message: str
    xpath: str
    excerpt: str | None = None
    help_url: str | None = None
    level: str | None = None
    bbox: dict[str, float] | None = None
    extra: dict[str, Any] | None = None

    def to_finding(self, url: str) -> Finding:
        return Finding(
            rule_id=f"{self.engine}:{self.rule_id}",
            source="wcag",
            status=self.status,  # type: ignore[arg-type]
            severity=self.severity,  # type: ignore[arg-type]
            url=url,
            message=self.message,
            help_url=self.help_url,
            wcag=self.wcag,
            level=self.level,
            selector=self.xpath,
            excerpt=self.excerpt,
            bbox=self.bbox,
            extra={"engine": self.engine, **(self.extra or {})},
        )


@dataclass(frozen=True)
class Narrow:
    """EngineSpec.narrow: runs at other viewport sizes, each the metrics of
    Emulation.setDeviceMetricsOverride and what the runner is asked there, in order; then the
    audit's own viewport (`restore`)."""

    steps: tuple[tuple[dict[str, Any], Any], ...]
    restore: dict[str, Any]


@dataclass(frozen=True)
class Pixels:
    """EngineSpec.pixels: a run in the top document that marks regions to look at (`mark`:
    the runner's argument; each hit's data has a `clip` in CSS px of the page), a screenshot
    of each clip (PNG, at most `max_pixels` image pixels: Chromium scales the clip down), which
    `measure` turns into what the hit's data holds under "pixels", then a run that takes the
    marks away (`unmark`), whatever happened."""

    mark: Any
    unmark: Any
    measure: Callable[[bytes], Any]
    max_pixels: int = 4000


@dataclass(frozen=True)
class EngineSpec:
    """What the walk needs of one engine: its script and how to run it."""

    name: str
    title: str
    source: str  # the engine's browser script
    runner: str  # JS expression, evaluated after `source` in the same scope: the function
    # (argument, helpers) -> Promise of {hits: [...], extra?: {...}} that runs the engine on
    # `document`; helpers are {xpath(el), element(path), box(el), facts(el)}
    # (frames.XPATH_JS)
    argument: Any
    reaches_same_origin: bool = False  # the engine tests same-origin frames by itself (IBM)
    # Event types whose listeners (added by the page's scripts, which no isolated world can
    # see) the walk reads through DevTools in each document before the runner runs: the
    # elements that have them are in the world's `window.__ccListened`, each with its types in
    # `__ccListen` (worlds.FrameWorld.mark_listeners). Only where the engines run in isolated
    # worlds; in the page's world (no DevTools connection) the runner sees none.
    listeners: tuple[str, ...] = ()
    # Runs in the top document at other viewport widths (own.py: text clipped at 200% zoom,
    # reflow at 320 px): for each step the viewport is set (Emulation.setDeviceMetricsOverride)
    # and the runner runs with the step's argument; then the viewport goes back to
    # `narrow.restore` at once. Only with the engines in isolated worlds (our DevTools
    # connection).
    narrow: Narrow | None = None
    # Screenshots of regions the engine marks in the top document (own.py: the background
    # behind text); only with the engines in isolated worlds (our DevTools connection).
    pixels: Pixels | None = None

    def loader(self) -> str:
        """A statement that makes the engine loadable in a world without running its script.
        `define`, `exports` and `module` are hidden so that UMD scripts (HTMLCS) set their
        globals on the window even where a page has RequireJS (page-world runs); `this` is
        the window."""
        return (f"(window.__ccLoaders = window.__ccLoaders || {{}})[{json.dumps(self.name)}] ="
                f" function (define, exports, module) {{\n{self.source}\n;return ({self.runner});"
                "\n};")


# What a mapping decision makes of the engine results it covers.
LEFT_OUT, NEEDS_REVIEW, KEPT = "left out", "needs-review", "violation"
ASKED = "needs-review (recommendation)"  # an engine recommendation reported for review


@dataclass(frozen=True)
class Decision:
    """One row of an engine's mapping table (ibm.DECISIONS, htmlcs.DECISIONS): which of the
    engine's results it covers, on which elements, what they become, and why.

    `rules`: the engine's result ids: an IBM rule id ("aria_role_valid") or rule and reason
    ("html_lang_valid/Fail_2"), an HTMLCS code after the guideline ("1_4_3.G18.Fail"); a key
    ending in `*` covers every id it begins. `when`: a condition on the result (a name in the
    engine's CONDITIONS: facts the runner read about the element, its path, its message);
    None covers every such result. `outcome`: LEFT_OUT (not a finding), NEEDS_REVIEW (a
    violation becomes needs-review; what the engine said stays in the finding's extra), ASKED
    (an engine recommendation, otherwise reported only with --best-practices, is reported as
    needs-review) or KEPT (a violation left a violation where the engine disagrees with the W3C
    ACT cases: written down so that the disagreement is a decision, not an oversight).
    `kind`: why, in a word: "scope" (what the criterion or a page covers), "heuristic" (a
    verdict a person must confirm), "mapping" (the engine misreads the markup), "engine
    right"."""

    rules: tuple[str, ...]
    outcome: str
    kind: str
    reason: str
    when: str | None = None

    def covers(self, ids: list[str]) -> bool:
        return any(rid == key or (key.endswith("*") and rid.startswith(key[:-1]))
                   for key in self.rules for rid in ids)


Condition = Callable[[dict[str, Any]], bool]  # the raw result (with its `facts`) -> applies


def facts(raw: dict[str, Any]) -> dict[str, Any]:
    """What the runner read about a result's element in the page (frames.XPATH_JS)."""
    return raw.get("facts") or {}


# Conditions and reasons both engines' tables use (the same fact, judged the same way).
SHARED_CONDITIONS: dict[str, Condition] = {
    "in a frame": lambda r: in_frame(r["xpath"]),
    "presentational": lambda r: bool(facts(r).get("presentational")),
    "same colours": lambda r: contrast_ratio(str(r["message"])) == 1.0,
    "one character": lambda r: facts(r).get("characters") == 1,
}
SAME_COLOURS = ("Text drawn in its background's colour (1:1) is not low-contrast text but text"
                " nobody sees, hidden on purpose or by mistake, which a person must tell apart;"
                " axe-core reports 1:1 as needs review (its equalRatio).")
ONE_CHARACTER = ("A single character (×, ›, X on a close button) is an icon as often as text,"
                 " and 1.4.3 is about text; axe-core reports contrast on one-character content"
                 " as needs review (shortTextContent).")
PRESENTATIONAL = ("role none or presentation on a control that cannot take focus (disabled)"
                  " removes its role (ARIA's conflict resolution spares only focusable"
                  " elements), so it is not a control that needs a name or states; the engine"
                  " judges it by its tag.")
PAGE_LEVEL = ("A title and the page's language belong to the page, and a frame's document is"
              " not a page: axe-core runs document-title and html-has-lang on the top document"
              " only (is-initiator-matches); the engine, run in each frame, would call every"
              " frame a page without them.")


def decide(decisions: tuple[Decision, ...], conditions: Mapping[str, Condition],
           ids: list[str], raw: dict[str, Any],
           status: str | None) -> tuple[str | None, str | None]:
    """The status a result gets after the table (None: left out), and the decision's reason
    when one changed it. `status` is what the engine's own levels make of the result (None: not
    reported, an engine recommendation without --best-practices). The first row that covers
    the result and whose condition holds decides; NEEDS_REVIEW only weakens a violation, ASKED
    only reports what would not be reported."""
    for decision in decisions:
        if not decision.covers(ids) or (decision.when and not conditions[decision.when](raw)):
            continue
        if decision.outcome == LEFT_OUT:
            return None, decision.reason
        if (decision.outcome == NEEDS_REVIEW and status == "violation") or (
                decision.outcome == ASKED and status is None):
            return NEEDS_REVIEW, decision.reason
        return status, None
    return status, None


def decisions_markdown(engine: str, decisions: tuple[Decision, ...]) -> list[str]:
    """The table as Markdown rows (bench/README.md, --write-readme)."""
    lines = ["| engine | rules | when | outcome | kind | reason |",
             "| --- | --- | --- | --- | --- | --- |"]
    for d in decisions:
        lines.append(f"| {engine} | {', '.join(f'`{r}`' for r in d.rules)} |"
                     f" {d.when or 'always'} | {d.outcome} | {d.kind} | {d.reason} |")
    return lines


_RATIO = re.compile(r"contrast (?:ratio )?of (\d+(?:\.\d+)?)(?::1)?\b")


def contrast_ratio(message: str) -> float | None:
    """The measured ratio an engine's contrast message states: HTMLCS "... has a contrast
    ratio of 1:1", IBM "Text contrast of 1.00 with its background ..."."""
    match = _RATIO.search(message)
    return float(match.group(1)) if match else None


def in_frame(xpath: str) -> bool:
    """Whether an element path (frames.XPATH_JS, frames joined) is in a frame's document."""
    return xpath.find("/html[", 1) > 0


class EngineFailed(RuntimeError):
    """The engines' runner failed in the page, or its results are not the runner's."""


def require_installed(name: str, script: EngineScript) -> None:
    if script.missing():
        raise ConfigError(f"--engine {name}: {script.package} is not installed in"
                          f" {engines_cache()}; {MAKE_HINT}")
